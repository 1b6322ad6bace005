using System.Diagnostics.Contracts;

namespace Pmo.Core.Kpis.Spc;

/// <summary>The scaling constants of XmR charts for moving ranges of two points.</summary>
/// <remarks>
/// <para>
/// Wheeler, D. J. and Chambers, D. S., <i>Understanding Statistical Process Control</i>, 2nd ed., SPC Press, 1992:
/// natural process limits X̄ ± 2.66·mR̄ and upper range limit URL = 3.268·mR̄; with medians X̃ ± 3.145·median mR and
/// URL = 3.865·median mR. The constant 2.66 is 3/d2 with d2 = 1.128, the bias-correction factor of the range of two
/// normal observations.
/// </para>
/// <para>
/// Exact values for n = 2: the range of two standard normal observations is √2·|Z|, so d2 = E = 2/√π,
/// d3 = SD = √(2 − 4/π), and its median is d4 = √2·Φ⁻¹(0.75).
/// </para>
/// </remarks>
public static class XmrConstants
{
    /// <summary>Exact d2 for n = 2: 2/√π ≈ 1.1283791671.</summary>
    public const double D2Exact = 1.1283791670955126;

    /// <summary>Exact d3 for n = 2: √(2 − 4/π) ≈ 0.8525024665.</summary>
    public const double D3Exact = 0.8525024664274217;

    /// <summary>Exact median of the range of two standard normal observations: √2·Φ⁻¹(0.75) ≈ 0.9538725524.</summary>
    public const double D4MedianExact = 0.9538725524089398;

    /// <summary>Tabulated d2 for n = 2 (1.128).</summary>
    public const double D2Tabulated = 1.128;

    /// <summary>Tabulated D4 for n = 2 (3.267).</summary>
    public const double D4Tabulated = 3.267;

    /// <summary>Tabulated median-range factor for n = 2 (0.954).</summary>
    public const double D4MedianTabulated = 0.954;

    /// <summary>Wheeler's limit factor with the average moving range (2.66).</summary>
    public const double WheelerAverageLimit = 2.66;

    /// <summary>Wheeler's upper-range-limit factor with the average moving range (3.268).</summary>
    public const double WheelerAverageRange = 3.268;

    /// <summary>Wheeler's limit factor with the median moving range (3.145).</summary>
    public const double WheelerMedianLimit = 3.145;

    /// <summary>Wheeler's upper-range-limit factor with the median moving range (3.865).</summary>
    public const double WheelerMedianRange = 3.865;

    /// <summary>Gets the factor K of the natural process limits <c>centre ± K·dispersion</c>.</summary>
    /// <param name="constant">The constant family.</param>
    /// <param name="dispersion">The moving-range statistic.</param>
    /// <returns>
    /// Wheeler: 2.66 or 3.145; tabulated: 3/1.128 or 3/0.954; exact: 3/d2 or 3/d4.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined enum value.</exception>
    [Pure]
    public static double LimitFactor(ScalingConstant constant, DispersionStatistic dispersion) => (constant, dispersion) switch
    {
        (ScalingConstant.Wheeler, DispersionStatistic.AverageMovingRange) => WheelerAverageLimit,
        (ScalingConstant.Wheeler, DispersionStatistic.MedianMovingRange) => WheelerMedianLimit,
        (ScalingConstant.ThreeOverD2Tabulated, DispersionStatistic.AverageMovingRange) => 3 / D2Tabulated,
        (ScalingConstant.ThreeOverD2Tabulated, DispersionStatistic.MedianMovingRange) => 3 / D4MedianTabulated,
        (ScalingConstant.ThreeOverD2Exact, DispersionStatistic.AverageMovingRange) => 3 / D2Exact,
        (ScalingConstant.ThreeOverD2Exact, DispersionStatistic.MedianMovingRange) => 3 / D4MedianExact,
        _ => throw Undefined(constant, dispersion),
    };

    /// <summary>Gets the factor of the upper range limit <c>URL = factor·dispersion</c> of the moving-range chart.</summary>
    /// <param name="constant">The constant family.</param>
    /// <param name="dispersion">The moving-range statistic.</param>
    /// <returns>
    /// Wheeler: 3.268 or 3.865; tabulated: 3.267 or 3.865; exact: 1 + 3·d3/d2 ≈ 3.2665 or (d2 + 3·d3)/d4 ≈ 3.8640.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined enum value.</exception>
    [Pure]
    public static double RangeFactor(ScalingConstant constant, DispersionStatistic dispersion) => (constant, dispersion) switch
    {
        (ScalingConstant.Wheeler, DispersionStatistic.AverageMovingRange) => WheelerAverageRange,
        (ScalingConstant.Wheeler, DispersionStatistic.MedianMovingRange) => WheelerMedianRange,
        (ScalingConstant.ThreeOverD2Tabulated, DispersionStatistic.AverageMovingRange) => D4Tabulated,
        (ScalingConstant.ThreeOverD2Tabulated, DispersionStatistic.MedianMovingRange) => WheelerMedianRange,
        (ScalingConstant.ThreeOverD2Exact, DispersionStatistic.AverageMovingRange) => 1 + (3 * D3Exact / D2Exact),
        (ScalingConstant.ThreeOverD2Exact, DispersionStatistic.MedianMovingRange) => (D2Exact + (3 * D3Exact)) / D4MedianExact,
        _ => throw Undefined(constant, dispersion),
    };

    private static ArgumentOutOfRangeException Undefined(ScalingConstant constant, DispersionStatistic dispersion) =>
        !Enum.IsDefined(constant)
            ? new ArgumentOutOfRangeException(nameof(constant), constant, $"constant must be a defined {nameof(ScalingConstant)} (got {(int)constant}).")
            : new ArgumentOutOfRangeException(nameof(dispersion), dispersion, $"dispersion must be a defined {nameof(DispersionStatistic)} (got {(int)dispersion}).");
}
