namespace Pmo.Core.Prioritization;

/// <summary>
/// A business driver (a strategic objective such as "grow revenue" or "reduce regulatory risk") with the absolute
/// <see cref="RatingScale"/> candidates are rated on. Its weight lives in the scorecard's <see cref="CriteriaWeights"/>.
/// Immutable.
/// </summary>
public sealed class BusinessDriver
{
    /// <summary>Creates a driver.</summary>
    /// <param name="id">The driver's id, unique within a scorecard (compared ordinally).</param>
    /// <param name="scale">The rating scale.</param>
    /// <param name="name">An optional display name; defaults to <paramref name="id"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public BusinessDriver(string id, RatingScale scale, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(scale);
        Id = id;
        Scale = scale;
        Name = string.IsNullOrWhiteSpace(name) ? id : name;
    }

    /// <summary>Gets the driver's id.</summary>
    public string Id { get; }

    /// <summary>Gets the rating scale.</summary>
    public RatingScale Scale { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the driver as a benefit <see cref="Criterion"/> with the scale's fixed bounds.</summary>
    /// <returns>The criterion.</returns>
    public Criterion ToCriterion() => new(Id, CriterionDirection.Benefit, Scale.Min, Scale.Max, unit: "rating", name: Name);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
