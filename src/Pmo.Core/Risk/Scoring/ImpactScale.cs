using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// An impact scale for one dimension (cost, schedule, scope, quality, reputation, safety or custom, see
/// <see cref="RiskDimensions"/>): 3 to 9 levels that partition [0, +∞), absolute (money, days) or relative to the
/// budget or duration. See <see cref="RiskScale"/> for the rules.
/// </summary>
/// <remarks>
/// <para>
/// PMI, <i>PMBOK Guide</i>, 5th ed. (2013), Table 11-1 defines impact levels relative to the project (cost: "&lt; 10 %",
/// "10–20 %", "20–40 %", "&gt; 40 %" cost increase; time: "&lt; 5 %", "5–10 %", "10–20 %", "&gt; 20 %"), with numeric
/// values 0.05/0.10/0.20/0.40/0.80. The published table does not say which side of "10–20 %" owns 10 % and 20 %; a
/// scale built from it must choose explicitly, which this type forces.
/// </para>
/// <para>
/// A relative scale (<see cref="ThresholdBasis.FractionOfBudget"/> or <see cref="ThresholdBasis.FractionOfDuration"/>)
/// has bounds in fractions; <see cref="LevelOf(double, ScaleContext?)"/> divides the raw estimate by the budget or
/// duration, and <see cref="Resolve"/> multiplies the bounds to give the equivalent absolute scale.
/// </para>
/// </remarks>
public sealed class ImpactScale : RiskScale, IEquatable<ImpactScale>
{
    /// <summary>Creates an impact scale.</summary>
    /// <param name="dimension">The dimension id, for example <see cref="RiskDimensions.Cost"/>; not blank.</param>
    /// <param name="unit">The unit of raw estimates for readers (for example <c>USD</c>, <c>days</c>); may be empty.</param>
    /// <param name="basis">Whether the bounds are absolute or fractions of the budget or duration.</param>
    /// <param name="levels">3 to 9 levels, lowest first: all points, or all ranges partitioning [0, +∞).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/>, <paramref name="unit"/>, <paramref name="levels"/> or a level is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    /// <exception cref="RiskScaleException">The levels break a rule of <see cref="RiskScale"/>; <see cref="RiskScaleException.Problem"/> says which.</exception>
    public ImpactScale(string dimension, string unit, ThresholdBasis basis, IEnumerable<ScaleLevel> levels)
        : base(levels, double.PositiveInfinity, nameof(levels))
    {
        Guard.Against.NullOrWhiteSpace(dimension);
        Guard.Against.Null(unit);
        ScoringGuards.Defined(basis, nameof(basis));
        Dimension = dimension;
        Unit = unit;
        Basis = basis;
    }

    /// <summary>Gets the dimension id.</summary>
    public string Dimension { get; }

    /// <summary>Gets the unit of raw estimates (for readers).</summary>
    public string Unit { get; }

    /// <summary>Gets whether the bounds are absolute or fractions of the budget or duration.</summary>
    public ThresholdBasis Basis { get; }

    /// <summary>Gets whether the bounds are relative (need a <see cref="ScaleContext"/>).</summary>
    public bool IsRelative => Basis != ThresholdBasis.Absolute;

    private protected override double TopOfDomain => double.PositiveInfinity;

    /// <summary>Maps a raw impact estimate to its 1-based level.</summary>
    /// <param name="raw">The raw estimate in the dimension's unit (money, days, …): finite, zero or positive.</param>
    /// <param name="context">The budget and duration; required when the scale is relative.</param>
    /// <returns>The level, 1 … N.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="raw"/> is NaN, infinite or negative.</exception>
    /// <exception cref="ArgumentException">The scale is relative and <paramref name="context"/> lacks the budget or duration it needs.</exception>
    [Pure]
    public int LevelOf(double raw, ScaleContext? context = null)
    {
        Guard.Against.NotFiniteNonNegative(raw);
        return LevelOfUnchecked(raw / Divisor(context, nameof(context)));
    }

    /// <summary>
    /// Gets the equivalent absolute scale: range bounds (and point values) multiplied by the budget or duration. An
    /// absolute scale is returned as is.
    /// </summary>
    /// <param name="context">The budget and duration.</param>
    /// <returns>The absolute scale.</returns>
    /// <exception cref="ArgumentException">The scale is relative and <paramref name="context"/> lacks the budget or duration it needs, or a bound or point value times the budget or duration overflows to infinity.</exception>
    /// <exception cref="RiskScaleException">The scaled bounds underflow so that the levels no longer partition the raw estimates (for example two point values both become 0).</exception>
    [Pure]
    public ImpactScale Resolve(ScaleContext? context)
    {
        if (!IsRelative)
        {
            return this;
        }

        double factor = Divisor(context, nameof(context));
        ScaleLevel[] scaled = [.. Levels.Select(l => l.Scaled(factor))];
        foreach (ScaleLevel l in scaled)
        {
            if (!double.IsFinite(l.Value) || !double.IsFinite(l.Lower) || (double.IsInfinity(l.Upper) && l.UpperInclusive))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Resolving the impact scale '{Dimension}' with the {(Basis == ThresholdBasis.FractionOfBudget ? "budget" : "duration")} {factor:R} overflows: level '{l.Label}' would become {l}; the absolute bounds must be finite."), nameof(context));
            }
        }

        return new ImpactScale(Dimension, Unit, ThresholdBasis.Absolute, scaled);
    }

    private double Divisor(ScaleContext? context, string paramName)
    {
        if (!IsRelative)
        {
            return 1;
        }

        return context?.Divisor(Basis)
            ?? throw new ArgumentException($"The impact scale '{Dimension}' has thresholds as a fraction of the {(Basis == ThresholdBasis.FractionOfBudget ? "budget" : "duration")}; {paramName} must give the {(Basis == ThresholdBasis.FractionOfBudget ? nameof(ScaleContext.Budget) : nameof(ScaleContext.Duration))}.", paramName);
    }

    /// <summary>Gets the plain data form of the scale (records of primitives, for JSON).</summary>
    /// <returns>The definition.</returns>
    [Pure]
    public ImpactScaleDefinition ToDefinition() => new()
    {
        Dimension = Dimension,
        Unit = Unit,
        Basis = Basis,
        Levels = [.. Levels.Select(ScaleLevelDefinition.From)],
    };

    /// <summary>Creates and validates a scale from its plain data form.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/>, a member or a level is null.</exception>
    /// <exception cref="ArgumentException">The dimension is blank, or a level is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, negative or infinite where it must be finite, or the basis is undefined.</exception>
    /// <exception cref="RiskScaleException">The levels break a rule of <see cref="RiskScale"/>.</exception>
    [Pure]
    public static ImpactScale FromDefinition(ImpactScaleDefinition definition)
    {
        Guard.Against.Null(definition);
        Guard.Against.Null(definition.Levels, nameof(definition));
        return new ImpactScale(definition.Dimension, definition.Unit, definition.Basis, definition.Levels.Select(l => l?.ToLevel()!));
    }

    /// <inheritdoc/>
    public bool Equals(ImpactScale? other) =>
        other is not null && Dimension == other.Dimension && Unit == other.Unit && Basis == other.Basis && Levels.SequenceEqual(other.Levels);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ImpactScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dimension, Basis, Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Dimension} ({Basis}): {base.ToString()}";
}
