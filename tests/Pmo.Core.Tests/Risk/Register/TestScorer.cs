using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Register;

/// <summary>
/// A test-only scorer (the real scales and matrices are built elsewhere): score = P × (cost impact / 100,000), capped at 1.
/// Probability level = 1 + ⌊P × 5⌋ capped at 5; impact level = 1 + ⌊cost / 20,000⌋ capped at 5.
/// Bands: score ≥ 0.2 "high", ≥ 0.05 "medium", otherwise "low". An assessment without a cost impact gets a null score,
/// no band and no levels (to exercise the undefined paths).
/// </summary>
internal sealed class TestScorer : IRiskScorer
{
    public static readonly TestScorer Instance = new();

    public RiskScore Score(RiskAssessment assessment, RiskKind kind)
    {
        if (assessment.Impact(RiskDimensions.Cost) is not { } cost)
        {
            return new RiskScore(null, null, null, null);
        }

        double score = Math.Min(1, assessment.Probability * cost / 100_000);
        string band = score >= 0.2 ? "high" : score >= 0.05 ? "medium" : "low";
        int p = Math.Min(5, 1 + (int)Math.Floor(assessment.Probability * 5));
        int i = Math.Min(5, 1 + (int)Math.Floor(cost / 20_000));
        return new RiskScore(score, band, p, i);
    }
}
