using System.Collections.Immutable;
using NodaTime;
using Pmo.Cli.Input;
using Pmo.Core.Risk;

namespace Pmo.Cli.Analysis;

/// <summary>One scored risk of the portfolio (at the residual stage).</summary>
internal sealed record RiskRow(RiskEntry Risk, string ProjectId, RiskAssessment Assessment, RiskScore Score, Exposure Exposure);

/// <summary>One snapshot date of the portfolio burndown (the snapshots of every project on that date, summed).</summary>
internal sealed record RiskBurndownRow(LocalDate Date, int Projects, BurndownPoint Point);

/// <summary>
/// The portfolio's risk analysis for <c>pmo report</c>: every call is a core <c>Pmo.Core.Risk</c> function; this type only
/// builds one scoring model per project (relative impact scales need the project's BAC and duration) and adds up.
/// </summary>
internal sealed record PortfolioRisks(
    string Model,
    int Levels,
    int OpenCount,
    int TotalCount,
    ImmutableArray<RiskRow> Top,
    int[,] InherentHeat,
    int[,] ResidualHeat,
    int Unplaced,
    ExposureBreakdown ByProgramme,
    ContingencyEstimate Contingency,
    ImmutableArray<AppetiteBreach> Breaches,
    ImmutableArray<OverdueResponse> Overdue,
    ImmutableArray<RiskBurndownRow> Burndown)
{
    /// <summary>The number of risks in the top list.</summary>
    public const int TopCount = 10;

    /// <summary>Analyses the registers of a portfolio; null when no project has risks.</summary>
    /// <param name="pf">The portfolio.</param>
    /// <returns>The analysis, or null.</returns>
    public static PortfolioRisks? Analyze(LoadedPortfolio pf)
    {
        ImmutableArray<LoadedProject> withRisks = [.. pf.Projects.Where(p => !p.Risks.IsEmpty)];
        if (withRisks.IsEmpty)
        {
            return null;
        }

        int n = RiskModels.Levels(pf.RiskModel);
        var inherent = new int[n, n];
        var residual = new int[n, n];
        int unplaced = 0;
        var rows = new List<RiskRow>();
        var breaches = ImmutableArray.CreateBuilder<AppetiteBreach>();
        RiskAppetite? perProject = pf.RiskAppetite is { } a ? new RiskAppetite(a.Bands, a.MaxEmvPerRisk, a.MaxDelayPerRisk, a.MaxProjectExposure) : null;
        foreach (LoadedProject p in withRisks)
        {
            double days = Period.Between(p.Baseline.Start, p.Baseline.PlannedFinish, PeriodUnits.Days).Days + 1;
            RiskScoringModel model = RiskModels.Create(pf.RiskModel, p.Baseline.BudgetAtCompletion, days);
            var register = new RiskRegister(p.Risks);
            unplaced += AddHeat(inherent, RiskAnalytics.HeatMap(register, model, AssessmentStage.Inherent));
            unplaced += AddHeat(residual, RiskAnalytics.HeatMap(register, model, AssessmentStage.Residual));
            foreach (RiskEntry r in register.Risks.Where(r => r.IsOpen))
            {
                RiskAssessment at = r.AssessmentAt(AssessmentStage.Residual);
                rows.Add(new RiskRow(r, p.Id, at, model.Score(at, r.Kind), r.ExposureAt(AssessmentStage.Residual)));
            }

            if (perProject is not null)
            {
                breaches.AddRange(RiskAppetiteEvaluator.Evaluate(register, perProject, model, pf.StatusDate, AssessmentStage.Residual).Breaches);
            }
        }

        var all = new RiskRegister(
            withRisks.SelectMany(p => p.Risks),
            pf.Projects.Select(p => new RegisterProject(p.Id, p.Programme)),
            pf.Name);
        if (pf.RiskAppetite?.MaxPortfolioExposure is { } limit)
        {
            // Only the portfolio limit: no band policies, so the scorer is not consulted for them.
            RiskScoringModel any = RiskModels.Create(pf.RiskModel, 1, 1);
            breaches.AddRange(RiskAppetiteEvaluator.Evaluate(all, new RiskAppetite([], maxPortfolioExposure: limit), any, pf.StatusDate, AssessmentStage.Residual).Breaches);
        }

        ImmutableArray<RiskRow> top =
        [
            .. rows.OrderByDescending(r => r.Score.Score ?? double.NegativeInfinity)
                .ThenByDescending(r => Math.Abs(r.Exposure.Money))
                .ThenBy(r => r.Risk.Id, StringComparer.Ordinal)
                .Take(TopCount),
        ];
        ImmutableArray<RiskBurndownRow> burndown =
        [
            .. withRisks.SelectMany(p => p.RiskSnapshots)
                .GroupBy(s => s.Date)
                .OrderBy(g => g.Key)
                .Select(g => new RiskBurndownRow(
                    g.Key,
                    g.Count(),
                    RiskBurndown.Compute([new RiskRegisterSnapshot(g.Key, g.SelectMany(s => s.Register.Risks))])[0])),
        ];
        return new PortfolioRisks(
            pf.RiskModel,
            n,
            all.Risks.Count(r => r.IsOpen),
            all.Count,
            top,
            inherent,
            residual,
            unplaced,
            ExposureRollup.By(all, RiskGrouping.Programme, AssessmentStage.Residual),
            ContingencyReserve.Estimate(all, AssessmentStage.Residual),
            breaches.ToImmutable(),
            RiskAppetiteEvaluator.OverdueResponses(all, pf.StatusDate),
            burndown);
    }

    /// <summary>Adds a core heat map's cells to a grid (probability rows, impact columns, level 1 first).</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="map">The heat map.</param>
    /// <returns>The assessments that could not be placed.</returns>
    public static int AddHeat(int[,] grid, RiskHeatMap map)
    {
        int outside = map.Unplaced;
        foreach (HeatMapCell c in map.Cells)
        {
            if (c.ProbabilityLevel >= 1 && c.ProbabilityLevel <= grid.GetLength(0) && c.ImpactLevel >= 1 && c.ImpactLevel <= grid.GetLength(1))
            {
                grid[c.ProbabilityLevel - 1, c.ImpactLevel - 1] += c.Count;
            }
            else
            {
                outside += c.Count;
            }
        }

        return outside;
    }
}
