namespace Pmo.Core.Kpis.Spc;

/// <summary>The centre line and limits of one phase of an XmR chart.</summary>
/// <remarks>
/// <c>UNPL = centre + K·dispersion</c>, <c>LNPL = centre − K·dispersion</c> (floored at 0 when asked),
/// <c>URL = R·dispersion</c>, σ̂ = K·dispersion/3, where K and R are <see cref="XmrConstants.LimitFactor"/> and
/// <see cref="XmrConstants.RangeFactor"/> (Wheeler and Chambers 1992: 2.66 and 3.268 with mR̄). With only one point in
/// the baseline the dispersion, σ̂ and the limits are undefined (null).
/// </remarks>
public sealed class XmrPhase
{
    internal XmrPhase()
    {
    }

    /// <summary>Gets the zero-based phase number.</summary>
    public int Number { get; internal init; }

    /// <summary>Gets the index of the phase's first value.</summary>
    public int StartIndex { get; internal init; }

    /// <summary>Gets the number of values in the phase.</summary>
    public int Length { get; internal init; }

    /// <summary>Gets the number of leading values the limits were computed from.</summary>
    public int BaselineLength { get; internal init; }

    /// <summary>Gets the centre line (mean or median of the baseline values).</summary>
    public double Centre { get; internal init; }

    /// <summary>Gets the moving-range statistic (mR̄ or median mR of the baseline); null with a one-point baseline.</summary>
    public double? Dispersion { get; internal init; }

    /// <summary>Gets how many baseline moving ranges the dispersion was computed from (after screening).</summary>
    public int MovingRangesUsed { get; internal init; }

    /// <summary>Gets σ̂ = (UNPL − centre)/3, the width of one sigma zone; null when the dispersion is undefined.</summary>
    public double? Sigma { get; internal init; }

    /// <summary>Gets the upper natural process limit; null when the dispersion is undefined.</summary>
    public double? UpperLimit { get; internal init; }

    /// <summary>Gets the lower natural process limit (floored at 0 when asked); null when the dispersion is undefined.</summary>
    public double? LowerLimit { get; internal init; }

    /// <summary>Gets whether the lower limit was raised to 0 by the floor.</summary>
    public bool IsLowerLimitFloored { get; internal init; }

    /// <summary>Gets the upper range limit of the moving-range chart; null when the dispersion is undefined.</summary>
    public double? UpperRangeLimit { get; internal init; }

    /// <summary>Gets the index one past the phase's last value.</summary>
    public int EndIndex => StartIndex + Length;
}
