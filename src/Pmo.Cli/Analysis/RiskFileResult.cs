using System.Collections.Immutable;
using Pmo.Cli.Input;
using Pmo.Core.Risk;

namespace Pmo.Cli.Analysis;

/// <summary>One risk of a <c>pmo risk</c> file scored at the inherent and residual stages.</summary>
internal sealed record ScoredRisk(RiskEntry Risk, RiskScore Inherent, RiskScore Residual);

/// <summary>The result of <c>pmo risk</c>: every risk scored, heat maps, exposure by category, contingency, overdue responses.</summary>
internal sealed record RiskFileResult(
    LoadedRiskFile Input,
    ImmutableArray<ScoredRisk> Risks,
    int[,] InherentHeat,
    int[,] ResidualHeat,
    int Unplaced,
    ExposureBreakdown ByCategory,
    ContingencyEstimate Contingency,
    ImmutableArray<OverdueResponse> Overdue)
{
    public static RiskFileResult Analyze(LoadedRiskFile input)
    {
        RiskRegister register = input.Register;
        RiskScoringModel model = input.Model;
        var inherent = new int[input.ProbabilityLevels, input.ImpactLevels];
        var residual = new int[input.ProbabilityLevels, input.ImpactLevels];
        int unplaced = PortfolioRisks.AddHeat(inherent, RiskAnalytics.HeatMap(register, model, AssessmentStage.Inherent))
            + PortfolioRisks.AddHeat(residual, RiskAnalytics.HeatMap(register, model, AssessmentStage.Residual));
        ImmutableArray<ScoredRisk> scored =
        [
            .. register.Risks
                .Select(r => new ScoredRisk(r, model.Score(r.Inherent, r.Kind), model.Score(r.Residual, r.Kind)))
                .OrderByDescending(s => s.Risk.IsOpen)
                .ThenByDescending(s => s.Residual.Score ?? double.NegativeInfinity)
                .ThenByDescending(s => Math.Abs(s.Risk.ExposureAt(AssessmentStage.Residual).Money))
                .ThenBy(s => s.Risk.Id, StringComparer.Ordinal),
        ];
        return new RiskFileResult(
            input,
            scored,
            inherent,
            residual,
            unplaced,
            ExposureRollup.By(register, RiskGrouping.Category, AssessmentStage.Residual),
            ContingencyReserve.Estimate(register, AssessmentStage.Residual),
            RiskAppetiteEvaluator.OverdueResponses(register, input.AsOf));
    }
}
