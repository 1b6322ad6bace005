namespace Pmo.Core.Risk;

/// <summary>
/// The plain data form of a <see cref="ScaleLevel"/> (primitives only, for JSON). Not validated until a scale's
/// <c>FromDefinition</c> builds it.
/// </summary>
public sealed record ScaleLevelDefinition
{
    /// <summary>Gets the label.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the level's value (the point of a point level).</summary>
    public required double Value { get; init; }

    /// <summary>Gets the lower end of a range level; null for a point level.</summary>
    public double? Lower { get; init; }

    /// <summary>Gets whether the lower end is inclusive (default true).</summary>
    public bool LowerInclusive { get; init; } = true;

    /// <summary>Gets the upper end of a range level; null means +∞ (for a range) or a point level (when <see cref="Lower"/> is null too).</summary>
    public double? Upper { get; init; }

    /// <summary>Gets whether the upper end is inclusive (default false).</summary>
    public bool UpperInclusive { get; init; }

    internal static ScaleLevelDefinition From(ScaleLevel level) => level.IsPoint
        ? new ScaleLevelDefinition { Label = level.Label, Value = level.Value, LowerInclusive = true, UpperInclusive = true }
        : new ScaleLevelDefinition
        {
            Label = level.Label,
            Value = level.Value,
            Lower = level.Lower,
            LowerInclusive = level.LowerInclusive,
            Upper = double.IsPositiveInfinity(level.Upper) ? null : level.Upper,
            UpperInclusive = level.UpperInclusive,
        };

    internal ScaleLevel ToLevel() => Lower is null && Upper is null
        ? ScaleLevel.Point(Label, Value)
        : ScaleLevel.Range(Label, Value, Lower ?? 0, LowerInclusive, Upper ?? double.PositiveInfinity, UpperInclusive);
}

/// <summary>The plain data form of a <see cref="ProbabilityScale"/> (for JSON).</summary>
public sealed record ProbabilityScaleDefinition
{
    /// <summary>Gets the levels, lowest first.</summary>
    public required IReadOnlyList<ScaleLevelDefinition> Levels { get; init; }
}

/// <summary>The plain data form of an <see cref="ImpactScale"/> (for JSON).</summary>
public sealed record ImpactScaleDefinition
{
    /// <summary>Gets the dimension id.</summary>
    public required string Dimension { get; init; }

    /// <summary>Gets the unit of raw estimates; may be empty.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Gets whether the bounds are absolute or fractions of the budget or duration.</summary>
    public ThresholdBasis Basis { get; init; }

    /// <summary>Gets the levels, lowest first.</summary>
    public required IReadOnlyList<ScaleLevelDefinition> Levels { get; init; }
}
