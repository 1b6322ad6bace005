using System.Diagnostics.Contracts;
using Pmo.Core.Kpis;

namespace Pmo.Core.Risk;

/// <summary>
/// Ready-made scales and matrices. They are ordinary data: copy one with <c>ToDefinition()</c>, change it (a cell's
/// band, a threshold), and build it again with <c>FromDefinition()</c>, which re-validates it. Each call returns a new
/// instance.
/// </summary>
/// <remarks>
/// The PMBOK cell scores are the numbers printed in PMI, <i>PMBOK Guide</i>, 5th ed. (2013), Figure 11-10 (the
/// products of the probability and impact values rounded half up to 2 decimals: 0.9 × 0.05 = 0.045 is printed 0.05,
/// 0.1 × 0.05 = 0.005 is printed 0.01). The figure's high/moderate/low shading could not be verified from a text copy;
/// the bands here (low &lt; 0.05 ≤ moderate &lt; 0.18 ≤ high) are our recollection of the figure — check them against
/// your copy. The ordinal 5×5 and 3×3 bands are conventions of this library, not from a published source.
/// </remarks>
public static class RiskMatrixPresets
{
    /// <summary>Gets the three risk bands, worst first: high (red, rank 0), moderate (amber, rank 1), low (green, rank 2).</summary>
    public static StatusScale HighModerateLow { get; } = new("risk-rating",
    [
        new StatusLevel("high", "High", "#C62828", 0),
        new StatusLevel("moderate", "Moderate", "#F9A825", 1),
        new StatusLevel("low", "Low", "#2E7D32", 2),
    ]);

    /// <summary>Gets bands over a score: low below <paramref name="moderateFrom"/>, moderate up to <paramref name="highFrom"/> (exclusive), high from it.</summary>
    /// <param name="moderateFrom">The lowest moderate score.</param>
    /// <param name="highFrom">The lowest high score, above <paramref name="moderateFrom"/>.</param>
    /// <returns>The band set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not finite.</exception>
    /// <exception cref="BandSetException">The thresholds are not increasing (the bands overlap).</exception>
    [Pure]
    public static BandSet Bands(double moderateFrom, double highFrom) => new(HighModerateLow,
    [
        ToleranceBand.Below(moderateFrom, HighModerateLow["low"]),
        ToleranceBand.Between(moderateFrom, true, highFrom, false, HighModerateLow["moderate"]),
        ToleranceBand.AtLeast(highFrom, HighModerateLow["high"]),
    ]);

    /// <summary>
    /// Gets the PMBOK 5th ed. Figure 11-10 numeric 5×5 matrix: probabilities 0.1/0.3/0.5/0.7/0.9 (rows) × impacts
    /// 0.05/0.10/0.20/0.40/0.80 (columns), cells as printed (products rounded half up to 2 decimals), opportunity half
    /// mirrored; bands low &lt; 0.05 ≤ moderate &lt; 0.18 ≤ high (unverified recollection of the shading).
    /// </summary>
    /// <returns>The matrix.</returns>
    [Pure]
    public static RiskMatrix Pmbok5x5() => RiskMatrix.FromScores(
        "PMBOK 5th ed. Figure 11-10",
        [
            [0.01, 0.01, 0.02, 0.04, 0.08], // P = 0.10
            [0.02, 0.03, 0.06, 0.12, 0.24], // P = 0.30
            [0.03, 0.05, 0.10, 0.20, 0.40], // P = 0.50
            [0.04, 0.07, 0.14, 0.28, 0.56], // P = 0.70
            [0.05, 0.09, 0.18, 0.36, 0.72], // P = 0.90
        ],
        Bands(0.05, 0.18));

    /// <summary>
    /// Gets a 5×5 ordinal matrix: cell = probability level × impact level (1 … 25); bands low 1–4, moderate 5–10,
    /// high 12–25 (a convention of this library).
    /// </summary>
    /// <returns>The matrix.</returns>
    [Pure]
    public static RiskMatrix Ordinal5x5() => RiskMatrix.FromScores("Ordinal 5×5", Products(5, 5), Bands(5, 12));

    /// <summary>Gets a 3×3 matrix: cell = probability level × impact level (1 … 9); bands low 1–2, moderate 3–4, high 6–9 (a convention of this library).</summary>
    /// <returns>The matrix.</returns>
    [Pure]
    public static RiskMatrix Simple3x3() => RiskMatrix.FromScores("Simple 3×3", Products(3, 3), Bands(3, 6));

    /// <summary>Gets the PMBOK 5th ed. probability scale: points 0.1, 0.3, 0.5, 0.7, 0.9 (labels Very low … Very high); a probability maps to the nearest point.</summary>
    /// <returns>The scale.</returns>
    [Pure]
    public static ProbabilityScale PmbokProbability() => new(
    [
        ScaleLevel.Point("Very low", 0.1),
        ScaleLevel.Point("Low", 0.3),
        ScaleLevel.Point("Moderate", 0.5),
        ScaleLevel.Point("High", 0.7),
        ScaleLevel.Point("Very high", 0.9),
    ]);

    /// <summary>
    /// Gets a PMBOK 5th ed. numeric impact scale for a dimension: points 0.05, 0.10, 0.20, 0.40, 0.80 (Very low …
    /// Very high), the raw estimate being the analyst's rating on that numeric scale.
    /// </summary>
    /// <param name="dimension">The dimension id.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is blank.</exception>
    [Pure]
    public static ImpactScale PmbokImpact(string dimension) => new(dimension, "rating", ThresholdBasis.Absolute,
    [
        ScaleLevel.Point("Very low", 0.05),
        ScaleLevel.Point("Low", 0.10),
        ScaleLevel.Point("Moderate", 0.20),
        ScaleLevel.Point("High", 0.40),
        ScaleLevel.Point("Very high", 0.80),
    ]);

    /// <summary>Gets an ordinal probability scale of N equal ranges of [0, 1]: level k covers [(k − 1)/N, k/N) (the last includes 1), value k.</summary>
    /// <param name="levels">N, 3 to 9.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="RiskScaleException"><paramref name="levels"/> is outside 3 … 9.</exception>
    [Pure]
    public static ProbabilityScale EqualProbabilityRanges(int levels) => new(
        Enumerable.Range(1, Math.Max(levels, 0)).Select(k => ScaleLevel.Range($"P{k}", k, (k - 1) / (double)levels, true, k / (double)levels, k == levels)));

    private static double[][] Products(int rows, int columns) =>
        [.. Enumerable.Range(1, rows).Select(p => Enumerable.Range(1, columns).Select(i => (double)(p * i)).ToArray())];
}
