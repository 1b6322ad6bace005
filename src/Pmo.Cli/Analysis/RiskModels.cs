using Pmo.Core.Risk;

namespace Pmo.Cli.Analysis;

/// <summary>
/// The CLI's risk scoring presets (<c>riskModel</c>): a core matrix preset with relative impact scales (cost as a
/// fraction of the project's BAC, schedule as a fraction of its planned duration in days). See docs/json-contracts.md.
/// </summary>
internal static class RiskModels
{
    private static readonly double[] FivePoints = [0.05, 0.10, 0.20, 0.40, 0.80];
    private static readonly double[] ThreePoints = [0.05, 0.20, 0.50];
    private static readonly string[] FiveLabels = ["Very low", "Low", "Moderate", "High", "Very high"];
    private static readonly string[] ThreeLabels = ["Low", "Moderate", "High"];

    /// <summary>Builds the scoring model of a preset for one project.</summary>
    /// <param name="id">The preset id.</param>
    /// <param name="budget">The project's BAC.</param>
    /// <param name="durationDays">The project's planned duration in days.</param>
    /// <returns>The model.</returns>
    public static RiskScoringModel Create(string id, double budget, double durationDays)
    {
        var context = new ScaleContext(budget, durationDays);
        return id switch
        {
            "ordinal5x5" => RiskScoringModel.WithMatrix(RiskMatrixPresets.EqualProbabilityRanges(5), Impacts(FivePoints, FiveLabels), RiskMatrixPresets.Ordinal5x5(), context: context),
            "simple3x3" => RiskScoringModel.WithMatrix(RiskMatrixPresets.EqualProbabilityRanges(3), Impacts(ThreePoints, ThreeLabels), RiskMatrixPresets.Simple3x3(), context: context),
            _ => RiskScoringModel.WithMatrix(RiskMatrixPresets.PmbokProbability(), Impacts(FivePoints, FiveLabels), RiskMatrixPresets.Pmbok5x5(), context: context),
        };
    }

    /// <summary>Gets the number of probability (and impact) levels of a preset.</summary>
    /// <param name="id">The preset id.</param>
    /// <returns>The level count.</returns>
    public static int Levels(string id) => id == "simple3x3" ? 3 : 5;

    private static ImpactScale[] Impacts(double[] points, string[] labels) =>
    [
        new(RiskDimensions.Cost, "fraction of BAC", ThresholdBasis.FractionOfBudget, points.Select((v, i) => ScaleLevel.Point(labels[i], v))),
        new(RiskDimensions.Schedule, "fraction of planned duration", ThresholdBasis.FractionOfDuration, points.Select((v, i) => ScaleLevel.Point(labels[i], v))),
    ];
}
