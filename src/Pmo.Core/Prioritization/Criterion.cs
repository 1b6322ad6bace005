using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization;

/// <summary>
/// One criterion (column) of a <see cref="DecisionMatrix"/>: its id, direction, optional fixed scale bounds and unit.
/// Immutable.
/// </summary>
/// <remarks>
/// Fixed scale bounds are the PMO-set minimum and maximum of a rating scale (for example 1 and 5 for a five-point
/// business-driver scale). Normalisations that use them (<c>fixed-bounds</c>) map the scale rather than the observed
/// range, so a candidate's normalised score does not change when other candidates join or leave the list. When bounds
/// are given, every value in the column must lie within them.
/// </remarks>
public sealed class Criterion : IEquatable<Criterion>
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="id">The criterion's id, unique within its matrix (compared ordinally).</param>
    /// <param name="direction">Whether more is better (<see cref="CriterionDirection.Benefit"/>) or worse.</param>
    /// <param name="scaleMin">The fixed lower bound of the criterion's scale, or null. Given together with <paramref name="scaleMax"/>.</param>
    /// <param name="scaleMax">The fixed upper bound of the criterion's scale, or null. Must exceed <paramref name="scaleMin"/>.</param>
    /// <param name="unit">An optional unit for display, for example <c>EUR</c> or <c>points</c>.</param>
    /// <param name="name">An optional display name; defaults to <paramref name="id"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank; only one of the bounds is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or <paramref name="scaleMax"/> ≤ <paramref name="scaleMin"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    public Criterion(string id, CriterionDirection direction = CriterionDirection.Benefit, double? scaleMin = null, double? scaleMax = null, string? unit = null, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Guard.Against.EnumOutOfRange(direction);
        if (scaleMin.HasValue != scaleMax.HasValue)
        {
            throw new ArgumentException(
                $"A criterion's fixed scale needs both scaleMin and scaleMax (criterion '{id}' has only {(scaleMin.HasValue ? nameof(scaleMin) : nameof(scaleMax))}).",
                scaleMin.HasValue ? nameof(scaleMax) : nameof(scaleMin));
        }

        if (scaleMin is double lo && scaleMax is double hi)
        {
            Guard.Against.NotFinite(lo, nameof(scaleMin));
            Guard.Against.NotFinite(hi, nameof(scaleMax));
            if (hi <= lo)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(scaleMax),
                    hi,
                    string.Create(CultureInfo.InvariantCulture, $"scaleMax must be greater than scaleMin for criterion '{id}' (got scaleMin {lo}, scaleMax {hi})."));
            }
        }

        Id = id;
        Direction = direction;
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        Unit = unit;
        Name = string.IsNullOrWhiteSpace(name) ? id : name;
    }

    /// <summary>Gets the criterion's id.</summary>
    public string Id { get; }

    /// <summary>Gets whether more is better or worse.</summary>
    public CriterionDirection Direction { get; }

    /// <summary>Gets the fixed lower bound of the scale, or null when the scale is not fixed.</summary>
    public double? ScaleMin { get; }

    /// <summary>Gets the fixed upper bound of the scale, or null when the scale is not fixed.</summary>
    public double? ScaleMax { get; }

    /// <summary>Gets a value indicating whether the criterion has fixed scale bounds.</summary>
    public bool HasFixedScale => ScaleMin.HasValue;

    /// <summary>Gets the unit for display, or null.</summary>
    public string? Unit { get; }

    /// <summary>Gets the display name (the id when none was given).</summary>
    public string Name { get; }

    /// <summary>Creates a benefit criterion (more is better).</summary>
    /// <param name="id">The id.</param>
    /// <param name="scaleMin">The fixed lower bound of the scale, or null.</param>
    /// <param name="scaleMax">The fixed upper bound of the scale, or null.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static Criterion Benefit(string id, double? scaleMin = null, double? scaleMax = null) => new(id, CriterionDirection.Benefit, scaleMin, scaleMax);

    /// <summary>Creates a cost criterion (less is better).</summary>
    /// <param name="id">The id.</param>
    /// <param name="scaleMin">The fixed lower bound of the scale, or null.</param>
    /// <param name="scaleMax">The fixed upper bound of the scale, or null.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static Criterion Cost(string id, double? scaleMin = null, double? scaleMax = null) => new(id, CriterionDirection.Cost, scaleMin, scaleMax);

    /// <inheritdoc/>
    public bool Equals(Criterion? other) =>
        other is not null && Id == other.Id && Direction == other.Direction && Nullable.Equals(ScaleMin, other.ScaleMin)
        && Nullable.Equals(ScaleMax, other.ScaleMax) && Unit == other.Unit && Name == other.Name;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Criterion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Direction, ScaleMin, ScaleMax, Unit, Name);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Direction})";
}
