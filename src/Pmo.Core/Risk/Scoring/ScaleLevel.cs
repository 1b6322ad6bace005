using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// One level of a <see cref="ProbabilityScale"/> or <see cref="ImpactScale"/>: a label, the numeric value used by
/// numeric scoring methods, and either a point value or a range of raw estimates with explicit inclusive ends.
/// </summary>
/// <remarks>
/// <para>
/// A <b>point</b> level (<see cref="IsPoint"/>) is a representative raw estimate, for example probability 0.3 on the
/// PMBOK 5×5 scale; its <see cref="Value"/> is that point. A scale of point levels maps a raw estimate to the nearest
/// point (see <see cref="RiskScale"/>).
/// </para>
/// <para>
/// A <b>range</b> level covers the raw estimates between <see cref="Lower"/> and <see cref="Upper"/>; each end says
/// whether it belongs to the level; <see cref="Upper"/> may be +∞ (then exclusive). Its <see cref="Value"/> is the
/// score value of the level (0.05 … 0.8 on the PMBOK numeric impact scale, or 1 … N on an ordinal scale).
/// Ranges of a relative scale (<see cref="ThresholdBasis"/>) are fractions (0.1 = 10 % of the budget).
/// </para>
/// </remarks>
public sealed class ScaleLevel : IEquatable<ScaleLevel>
{
    private ScaleLevel(string label, double value, bool isPoint, double lower, bool lowerInclusive, double upper, bool upperInclusive)
    {
        Label = label;
        Value = value;
        IsPoint = isPoint;
        Lower = lower;
        LowerInclusive = lowerInclusive;
        Upper = upper;
        UpperInclusive = upperInclusive;
    }

    /// <summary>Gets the label shown to readers, for example <c>Very high</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the level's numeric value (the point for a point level, the score value for a range level).</summary>
    public double Value { get; }

    /// <summary>Gets whether the level is a point value rather than a range.</summary>
    public bool IsPoint { get; }

    /// <summary>Gets the lower end of the range (equals <see cref="Value"/> for a point level).</summary>
    public double Lower { get; }

    /// <summary>Gets whether <see cref="Lower"/> belongs to the level.</summary>
    public bool LowerInclusive { get; }

    /// <summary>Gets the upper end of the range: finite or +∞ (equals <see cref="Value"/> for a point level).</summary>
    public double Upper { get; }

    /// <summary>Gets whether <see cref="Upper"/> belongs to the level (always false when it is +∞).</summary>
    public bool UpperInclusive { get; }

    /// <summary>Creates a point level.</summary>
    /// <param name="label">The label; not blank.</param>
    /// <param name="value">The point: a finite number, zero or positive.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or negative.</exception>
    public static ScaleLevel Point(string label, double value)
    {
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.NotFiniteNonNegative(value);
        return new ScaleLevel(label, value, true, value, true, value, true);
    }

    /// <summary>Creates a range level.</summary>
    /// <param name="label">The label; not blank.</param>
    /// <param name="value">The score value of the level: finite, zero or positive.</param>
    /// <param name="lower">The lower end: finite, zero or positive.</param>
    /// <param name="lowerInclusive">Whether <paramref name="lower"/> belongs to the level.</param>
    /// <param name="upper">The upper end: finite or +∞, at least <paramref name="lower"/>.</param>
    /// <param name="upperInclusive">Whether <paramref name="upper"/> belongs to the level; false when it is +∞.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank, or the range is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="value"/> or <paramref name="lower"/> is NaN, infinite or negative; <paramref name="upper"/> is NaN
    /// or −∞; or <paramref name="upperInclusive"/> is true with an infinite <paramref name="upper"/>.
    /// </exception>
    public static ScaleLevel Range(string label, double value, double lower, bool lowerInclusive, double upper, bool upperInclusive)
    {
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.NotFiniteNonNegative(value);
        Guard.Against.NotFiniteNonNegative(lower);
        if (double.IsNaN(upper) || double.IsNegativeInfinity(upper))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"{nameof(upper)} must be a finite number or +∞ (got {upper}).");
        }

        if (upperInclusive && double.IsInfinity(upper))
        {
            throw new ArgumentOutOfRangeException(nameof(upperInclusive), upperInclusive, $"{nameof(upperInclusive)} must be false when {nameof(upper)} is +∞: no number equals +∞.");
        }

        if (upper < lower || (upper == lower && !(lowerInclusive && upperInclusive)))
        {
            throw new ArgumentException($"The range {Format(lower, lowerInclusive, upper, upperInclusive)} of level '{label}' is empty: {nameof(upper)} must exceed {nameof(lower)}, or equal it with both ends inclusive.", nameof(upper));
        }

        return new ScaleLevel(label, value, false, lower, lowerInclusive, upper, upperInclusive);
    }

    /// <summary>Creates the half-open range level <c>[lower, upper)</c>, the most common form.</summary>
    /// <param name="label">The label; not blank.</param>
    /// <param name="value">The score value of the level.</param>
    /// <param name="lower">The inclusive lower end.</param>
    /// <param name="upper">The exclusive upper end (+∞ for the last level).</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank, or the range is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, negative, or infinite where it must be finite.</exception>
    public static ScaleLevel HalfOpen(string label, double value, double lower, double upper) =>
        Range(label, value, lower, true, upper, false);

    /// <summary>Tells whether a raw estimate lies in the level's range (for a point level: equals the point).</summary>
    /// <param name="raw">The raw estimate.</param>
    /// <returns>Whether it lies in the range.</returns>
    public bool Contains(double raw) =>
        (LowerInclusive ? raw >= Lower : raw > Lower) && (UpperInclusive ? raw <= Upper : raw < Upper);

    internal ScaleLevel Scaled(double factor) => IsPoint
        ? new ScaleLevel(Label, Value * factor, true, Value * factor, true, Value * factor, true)
        : new ScaleLevel(Label, Value, false, Lower * factor, LowerInclusive, Upper * factor, UpperInclusive);

    internal static string Format(double lower, bool lowerInclusive, double upper, bool upperInclusive) =>
        (lowerInclusive ? "[" : "(") + lower.ToString(CultureInfo.InvariantCulture) + ", "
        + (double.IsPositiveInfinity(upper) ? "+∞" : upper.ToString(CultureInfo.InvariantCulture)) + (upperInclusive ? "]" : ")");

    /// <inheritdoc/>
    public bool Equals(ScaleLevel? other) =>
        other is not null && Label == other.Label && Value.Equals(other.Value) && IsPoint == other.IsPoint
        && Lower.Equals(other.Lower) && LowerInclusive == other.LowerInclusive && Upper.Equals(other.Upper) && UpperInclusive == other.UpperInclusive;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScaleLevel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Value, Lower, Upper);

    /// <inheritdoc/>
    public override string ToString() => IsPoint
        ? $"{Label} = {Value.ToString(CultureInfo.InvariantCulture)}"
        : $"{Label} {Format(Lower, LowerInclusive, Upper, UpperInclusive)} → {Value.ToString(CultureInfo.InvariantCulture)}";
}
