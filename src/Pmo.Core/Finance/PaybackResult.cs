using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Finance;

/// <summary>A payback period (simple or discounted), with the cumulative series it was read from.</summary>
/// <remarks>
/// The first amount is the time-zero flow; amount <c>t</c> falls at the end of period <c>t</c> and is assumed to arrive
/// evenly during that period. The payback is the first time the cumulative flow reaches zero:
/// <c>k − 1 + (−C_{k−1}) / (C_k − C_{k−1})</c>, where <c>k</c> is the first period with <c>C_k ≥ 0</c> after the
/// cumulative flow has been negative. Source: Brealey, Myers and Allen, <i>Principles of Corporate Finance</i>, ch. 5
/// (payback and discounted payback).
/// </remarks>
public sealed class PaybackResult
{
    internal PaybackResult()
    {
    }

    /// <summary>Gets the payback in periods (fractional, linearly interpolated); <see langword="null"/> when the investment is never recovered or there is none (see <see cref="Diagnostics"/>).</summary>
    public double? Periods { get; internal init; }

    /// <summary>Gets the period <c>k</c> in which the cumulative flow reaches zero; <see langword="null"/> with <see cref="Periods"/>.</summary>
    public int? CrossingPeriod { get; internal init; }

    /// <summary>Gets the cumulative (discounted, for discounted payback) flow at each time 0, 1, …, n − 1.</summary>
    public ImmutableArray<double> CumulativeFlows { get; internal init; } = [];

    /// <summary>Gets the discount rate of a discounted payback; <see langword="null"/> for the simple payback.</summary>
    public double? DiscountRate { get; internal init; }

    /// <summary>Gets why the payback is undefined, or a warning when the cumulative flow turns negative again later.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];
}
