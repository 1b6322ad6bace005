using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>One task (work package) of a schedule-adherence analysis: its cumulative PV curve on the project's period grid and its EV.</summary>
public sealed class ScheduleAdherenceTask
{
    /// <summary>Creates a task.</summary>
    /// <param name="id">The task id, unique within the analysis.</param>
    /// <param name="cumulativePlannedValue">Cumulative PV at the end of each project period (<c>PV(0) = 0</c> implied): at least one value, finite, zero or positive, non-decreasing.</param>
    /// <param name="earnedValue">The task's cumulative EV at the status date (at AT), finite, zero or positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cumulativePlannedValue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank; the curve is empty or decreases.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative.</exception>
    public ScheduleAdherenceTask(string id, IEnumerable<double> cumulativePlannedValue, double earnedValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Guard.Against.Null(cumulativePlannedValue);
        double[] curve = cumulativePlannedValue.ToArray();
        if (curve.Length == 0)
        {
            throw new ArgumentException($"{nameof(cumulativePlannedValue)} must hold at least one period.", nameof(cumulativePlannedValue));
        }

        Guard.Against.NotFiniteNonNegativeElements(curve, nameof(cumulativePlannedValue));
        Guard.Against.NotNonDecreasing(curve, nameof(cumulativePlannedValue));
        Id = id;
        CumulativePlannedValue = [.. curve];
        EarnedValue = Guard.Against.NotFiniteNonNegative(earnedValue);
    }

    /// <summary>Gets the task id.</summary>
    public string Id { get; }

    /// <summary>Gets the cumulative PV at the end of each project period.</summary>
    public ImmutableArray<double> CumulativePlannedValue { get; }

    /// <summary>Gets the task's budget: its final cumulative PV.</summary>
    public double BudgetAtCompletion => CumulativePlannedValue[^1];

    /// <summary>Gets the task's cumulative EV.</summary>
    public double EarnedValue { get; }

    /// <summary>Gets the task's cumulative PV at a time in periods, linear within a period.</summary>
    /// <param name="time">Time in periods; zero or less gives 0, at or after the last period the task's BAC.</param>
    /// <returns>The cumulative PV.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is NaN or infinite.</exception>
    [Pure]
    public double PlannedValueAt(double time)
    {
        Guard.Against.NotFinite(time);
        return CumulativeCurves.ValueAt(CumulativePlannedValue.AsSpan(), time);
    }
}
