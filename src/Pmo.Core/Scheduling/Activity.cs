using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling;

/// <summary>
/// An activity of a schedule network: an id, a duration in working-time units (zero for a milestone), an optional
/// start-no-earlier-than constraint and a cost.
/// </summary>
/// <remarks>
/// All times (duration, <see cref="StartNoEarlierThan"/>) are in the same working-time units, counted from the
/// project start (time 0). Cost = <see cref="FixedCost"/> + <see cref="CostRate"/> × <see cref="Duration"/>
/// (a fixed part plus a time-dependent rate; PMI, <i>PMBOK Guide</i>, 6th ed., 2017, §7.2).
/// </remarks>
public sealed class Activity
{
    /// <summary>Initializes a new activity.</summary>
    /// <param name="id">The unique, non-blank id.</param>
    /// <param name="duration">The duration in working-time units: finite, zero or positive (zero makes a milestone).</param>
    /// <param name="name">An optional display name.</param>
    /// <param name="startNoEarlierThan">An optional start-no-earlier-than time (finite, ≥ 0), in the same units from the project start.</param>
    /// <param name="fixedCost">The fixed cost: finite, ≥ 0.</param>
    /// <param name="costRate">The cost per unit of duration: finite, ≥ 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="duration"/>, <paramref name="startNoEarlierThan"/>, <paramref name="fixedCost"/> or
    /// <paramref name="costRate"/> is NaN, infinite or negative.
    /// </exception>
    public Activity(string id, double duration, string? name = null, double? startNoEarlierThan = null, double fixedCost = 0, double costRate = 0)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NotFiniteNonNegative(duration);
        if (startNoEarlierThan is double snet)
        {
            Guard.Against.NotFiniteNonNegative(snet, nameof(startNoEarlierThan));
        }

        Guard.Against.NotFiniteNonNegative(fixedCost);
        Guard.Against.NotFiniteNonNegative(costRate);
        Id = id;
        Duration = duration;
        Name = name;
        StartNoEarlierThan = startNoEarlierThan;
        FixedCost = fixedCost;
        CostRate = costRate;
    }

    /// <summary>Gets the unique id.</summary>
    public string Id { get; }

    /// <summary>Gets the duration in working-time units.</summary>
    public double Duration { get; }

    /// <summary>Gets the optional display name.</summary>
    public string? Name { get; }

    /// <summary>Gets the optional start-no-earlier-than time, from the project start.</summary>
    public double? StartNoEarlierThan { get; }

    /// <summary>Gets the fixed cost.</summary>
    public double FixedCost { get; }

    /// <summary>Gets the cost per unit of duration.</summary>
    public double CostRate { get; }

    /// <summary>Gets a value indicating whether the activity is a milestone (duration 0).</summary>
    public bool IsMilestone => Duration == 0;

    /// <summary>Gets the cost: <c>FixedCost + CostRate × Duration</c>.</summary>
    public double Cost => FixedCost + (CostRate * Duration);

    /// <inheritdoc/>
    [Pure]
    public override string ToString() => Name is null ? Id : $"{Id} ({Name})";
}
