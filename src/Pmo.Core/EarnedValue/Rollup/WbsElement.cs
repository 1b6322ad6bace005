using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// One element of a work breakdown structure (or any grouping tree) for <see cref="WbsRollup"/>: its own planned value
/// per period on the project's period grid, and its own cumulative EV and AC. Summary elements usually carry none of
/// their own and receive their children's sums.
/// </summary>
public sealed class WbsElement
{
    /// <summary>Creates a WBS element.</summary>
    /// <param name="id">The identifier, unique in the tree.</param>
    /// <param name="parentId">The parent's identifier, or null for a root.</param>
    /// <param name="periodPlannedValue">The element's own PV per period (empty for none): finite, zero or positive.</param>
    /// <param name="earnedValue">The element's own cumulative EV: finite, zero or positive.</param>
    /// <param name="actualCost">The element's own cumulative AC: finite, zero or positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="periodPlannedValue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or equals <paramref name="parentId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative.</exception>
    public WbsElement(string id, string? parentId, IEnumerable<double> periodPlannedValue, double earnedValue, double actualCost)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(periodPlannedValue);
        if (parentId is not null && parentId == id)
        {
            throw new ArgumentException($"{nameof(parentId)} of '{id}' is the element itself; an element cannot be its own parent.", nameof(parentId));
        }

        ImmutableArray<double> pv = [.. periodPlannedValue];
        Guard.Against.NotFiniteNonNegativeElements(pv.AsSpan(), nameof(periodPlannedValue));
        Id = id;
        ParentId = parentId;
        PeriodPlannedValue = pv;
        EarnedValue = Guard.Against.NotFiniteNonNegative(earnedValue);
        ActualCost = Guard.Against.NotFiniteNonNegative(actualCost);
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the parent's identifier, or null for a root.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the element's own PV per period.</summary>
    public ImmutableArray<double> PeriodPlannedValue { get; }

    /// <summary>Gets the element's own cumulative EV.</summary>
    public double EarnedValue { get; }

    /// <summary>Gets the element's own cumulative AC.</summary>
    public double ActualCost { get; }
}

/// <summary>The rolled-up earned-value figures of one WBS element (its own values plus all descendants').</summary>
public sealed class WbsNodeResult
{
    internal WbsNodeResult()
    {
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Gets the parent's identifier, or null for a root.</summary>
    public string? ParentId { get; internal init; }

    /// <summary>Gets the depth (roots are 0).</summary>
    public int Depth { get; internal init; }

    /// <summary>Gets the number of direct children.</summary>
    public int ChildCount { get; internal init; }

    /// <summary>Gets the summed budget at completion.</summary>
    public double BudgetAtCompletion { get; internal init; }

    /// <summary>Gets the summed PV at the status time.</summary>
    public double PlannedValue { get; internal init; }

    /// <summary>Gets the summed EV.</summary>
    public double EarnedValue { get; internal init; }

    /// <summary>Gets the summed AC.</summary>
    public double ActualCost { get; internal init; }

    /// <summary>Gets CV = EV − AC of the sums.</summary>
    public double CostVariance => EarnedValue - ActualCost;

    /// <summary>Gets SV = EV − PV of the sums.</summary>
    public double ScheduleVariance => EarnedValue - PlannedValue;

    /// <summary>Gets CPI = ΣEV / ΣAC; null when ΣAC = 0 or the quotient overflows the double range.</summary>
    public double? CostPerformanceIndex => ActualCost == 0 || !double.IsFinite(EarnedValue / ActualCost) ? null : EarnedValue / ActualCost;

    /// <summary>Gets SPI = ΣEV / ΣPV; null when ΣPV = 0 or the quotient overflows the double range.</summary>
    public double? SchedulePerformanceIndex => PlannedValue == 0 || !double.IsFinite(EarnedValue / PlannedValue) ? null : EarnedValue / PlannedValue;

    /// <summary>Gets ES on the summed PV curve; null when the element plans no value (BAC = 0).</summary>
    public double? EarnedSchedule { get; internal init; }

    /// <summary>Gets SPI(t) = ES / AT; null when ES is undefined, AT = 0 or the quotient overflows the double range.</summary>
    public double? SchedulePerformanceIndexTime { get; internal init; }
}
