using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>An objective milestone of a <see cref="WeightedMilestonesTechnique"/> with its weight.</summary>
public sealed class Milestone : IEquatable<Milestone>
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="id">The milestone id, unique within its work package.</param>
    /// <param name="weight">Its weight, finite and greater than zero (a share of BAC, or a relative weight when normalised).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not finite or not positive.</exception>
    public Milestone(string id, double weight)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Weight = Guard.Against.NotFinitePositive(weight);
    }

    /// <summary>Gets the milestone id.</summary>
    public string Id { get; }

    /// <summary>Gets the weight as given.</summary>
    public double Weight { get; }

    /// <inheritdoc/>
    public bool Equals(Milestone? other) => other is not null && Id == other.Id && Weight.Equals(other.Weight);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Milestone);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Weight);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Weight})";
}
