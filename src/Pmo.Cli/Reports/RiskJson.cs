using Pmo.Cli.Analysis;
using Pmo.Cli.Json;
using Pmo.Core.Risk;

namespace Pmo.Cli.Reports;

/// <summary>Maps the portfolio risk analysis to the output contract.</summary>
internal static class RiskJson
{
    public static RiskSectionJson? Section(PortfolioRisks? r) => r is null ? null : new RiskSectionJson
    {
        Model = r.Model,
        OpenRisks = r.OpenCount,
        TotalRisks = r.TotalCount,
        Top =
        [
            .. r.Top.Select(t => new TopRiskJson
            {
                Id = t.Risk.Id,
                ProjectId = t.ProjectId,
                Title = t.Risk.Title,
                Kind = KpiFmt.Name(t.Risk.Kind),
                Probability = t.Assessment.Probability,
                Impacts = t.Assessment.Impacts,
                Score = t.Score.Score,
                Band = t.Score.Band,
                ProbabilityLevel = t.Score.ProbabilityLevel,
                ImpactLevel = t.Score.ImpactLevel,
                ExpectedMonetaryValue = t.Exposure.Money,
                ExpectedDelayDays = t.Exposure.Time,
            }),
        ],
        HeatMap = HeatMap(r.InherentHeat, r.ResidualHeat, r.Unplaced),
        ExposureByProgramme = [.. r.ByProgramme.Groups.Select(Exposure)],
        PortfolioExposure = Exposure(r.ByProgramme.Total),
        Contingency = Contingency(r.Contingency),
        AppetiteBreaches =
        [
            .. r.Breaches.Select(b => new AppetiteBreachJson
            {
                Kind = KpiFmt.Name(b.Kind),
                Scope = b.Scope,
                RiskId = b.RiskId,
                Band = b.Band,
                Value = b.Value,
                Limit = b.Limit,
                Reason = b.Reason,
            }),
        ],
        OverdueResponses =
        [
            .. r.Overdue.Select(Overdue),
        ],
        Burndown =
        [
            .. r.Burndown.Select(b => new BurndownJson
            {
                Date = b.Date,
                Projects = b.Projects,
                Risks = b.Point.Count,
                ThreatMoney = b.Point.ThreatMoney,
                OpportunityMoney = b.Point.OpportunityMoney,
                NetMoney = b.Point.NetMoney,
                NetDays = b.Point.NetTime,
            }),
        ],
    };

    public static RiskHeatMapJson HeatMap(int[,] inherent, int[,] residual, int unplaced) => new()
    {
        Levels = inherent.GetLength(0),
        Inherent = Grid(inherent),
        Residual = Grid(residual),
        Unplaced = unplaced,
    };

    public static ContingencyJson Contingency(ContingencyEstimate c) => new()
    {
        Money = c.Money,
        Days = c.Time,
        Method = KpiFmt.Name(c.Method),
        Description = c.Description,
    };

    public static OverdueResponseJson Overdue(OverdueResponse o) => new()
    {
        RiskId = o.RiskId,
        ResponseId = o.Response.Id,
        Strategy = KpiFmt.Name(o.Response.Strategy),
        Owner = o.Response.Owner,
        Due = o.Response.DueDate,
        DaysOverdue = o.DaysOverdue,
    };

    public static ExposureJson Exposure(ExposureGroup g) => new()
    {
        Id = g.Key,
        Risks = g.Count,
        ThreatMoney = g.ThreatMoney,
        OpportunityMoney = g.OpportunityMoney,
        NetMoney = g.NetMoney,
        ThreatDays = g.ThreatTime,
        OpportunityDays = g.OpportunityTime,
        NetDays = g.NetTime,
    };

    private static int[][] Grid(int[,] grid) =>
        [.. Enumerable.Range(0, grid.GetLength(0)).Select(p => Enumerable.Range(0, grid.GetLength(1)).Select(i => grid[p, i]).ToArray())];
}
