using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Spc;

/// <summary>
/// Target assurance: will a stable process consistently pass, consistently fail, or sometimes meet its target?
/// </summary>
/// <remarks>
/// NHS England and NHS Improvement, "Making Data Count: Strengthening your decisions" (2019), assurance icons, as
/// implemented by NHSRplotthedots <c>ptd_calculate_assurance_type</c>: with higher-is-better, a target above the upper
/// limit is consistently failed and a target below the lower limit consistently passed (reversed for lower-is-better);
/// a target within the limits, including on a limit, is hit and miss. No target, a neutral direction or undefined
/// limits give <see cref="AssuranceStatus.Undefined"/>.
/// </remarks>
public static class Assurance
{
    /// <summary>Evaluates assurance against the limits of the chart's last phase (the current process).</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="target">The target, finite; null for none.</param>
    /// <param name="direction">Which direction is better.</param>
    /// <returns>The assurance status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is NaN or infinite, or <paramref name="direction"/> is undefined.</exception>
    [Pure]
    public static AssuranceStatus Evaluate(XmrChartResult chart, double? target, ImprovementDirection direction)
    {
        Guard.Against.Null(chart);
        XmrPhase last = chart.Phases[^1];
        if (last.LowerLimit is not { } lower || last.UpperLimit is not { } upper)
        {
            CheckArguments(target, direction);
            return AssuranceStatus.Undefined;
        }

        return Evaluate(lower, upper, target, direction);
    }

    /// <summary>Evaluates assurance against given process limits.</summary>
    /// <param name="lowerLimit">The lower natural process limit, finite.</param>
    /// <param name="upperLimit">The upper natural process limit, finite and ≥ <paramref name="lowerLimit"/>.</param>
    /// <param name="target">The target, finite; null for none.</param>
    /// <param name="direction">Which direction is better.</param>
    /// <returns>The assurance status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit or the target is NaN or infinite, or <paramref name="direction"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="upperLimit"/> is below <paramref name="lowerLimit"/>.</exception>
    [Pure]
    public static AssuranceStatus Evaluate(double lowerLimit, double upperLimit, double? target, ImprovementDirection direction)
    {
        Guard.Against.NotFinite(lowerLimit);
        Guard.Against.NotFinite(upperLimit);
        if (upperLimit < lowerLimit)
        {
            throw new ArgumentException($"{nameof(upperLimit)} ({upperLimit}) must not be below {nameof(lowerLimit)} ({lowerLimit}).", nameof(upperLimit));
        }

        CheckArguments(target, direction);
        if (target is not { } t || direction == ImprovementDirection.Neutral)
        {
            return AssuranceStatus.Undefined;
        }

        bool increase = direction == ImprovementDirection.Increase;
        if (t > upperLimit)
        {
            return increase ? AssuranceStatus.ConsistentlyFail : AssuranceStatus.ConsistentlyPass;
        }

        if (t < lowerLimit)
        {
            return increase ? AssuranceStatus.ConsistentlyPass : AssuranceStatus.ConsistentlyFail;
        }

        return AssuranceStatus.HitAndMiss;
    }

    private static void CheckArguments(double? target, ImprovementDirection direction)
    {
        if (target is { } t)
        {
            Guard.Against.NotFinite(t, nameof(target));
        }

        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"{nameof(direction)} must be a defined {nameof(ImprovementDirection)} (got {(int)direction}).");
        }
    }
}
