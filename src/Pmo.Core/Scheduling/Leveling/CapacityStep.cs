using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>One step of a <see cref="ResourceCapacity"/> profile: from working time <see cref="From"/> onwards the capacity is <see cref="Capacity"/>.</summary>
public sealed class CapacityStep
{
    /// <summary>Initializes a new step.</summary>
    /// <param name="from">The working time (from the project start) at which the capacity takes effect: finite, ≥ 0.</param>
    /// <param name="capacity">The capacity in units per working day from then on: finite, ≥ 0 (0 = unavailable).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> or <paramref name="capacity"/> is NaN, infinite or negative.</exception>
    public CapacityStep(double from, double capacity)
    {
        Guard.Against.NotFiniteNonNegative(from);
        Guard.Against.NotFiniteNonNegative(capacity);
        From = from;
        Capacity = capacity;
    }

    /// <summary>Gets the working time from which the capacity applies.</summary>
    public double From { get; }

    /// <summary>Gets the capacity in units per working day.</summary>
    public double Capacity { get; }

    /// <inheritdoc/>
    [Pure]
    public override string ToString() => $"from {From.ToString(CultureInfo.InvariantCulture)}: {Capacity.ToString(CultureInfo.InvariantCulture)}";
}
