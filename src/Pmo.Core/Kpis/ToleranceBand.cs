using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>
/// An interval of the band input (the raw value, percent of target, achievement or position in range, see
/// <see cref="BandMode"/>) mapped to a status level. Both ends say explicitly whether they are inclusive.
/// </summary>
/// <remarks>
/// The outer ends may be −∞ and +∞; an infinite end is always exclusive (no number equals it). A single-point band
/// <c>[a, a]</c> is allowed (both ends inclusive). Build bands with <see cref="Between"/>, <see cref="AtLeast"/>,
/// <see cref="Above"/>, <see cref="AtMost"/> and <see cref="Below"/>, which read like the rule they state.
/// </remarks>
public sealed class ToleranceBand : IEquatable<ToleranceBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="lower">The lower end: a finite number or −∞.</param>
    /// <param name="lowerInclusive">Whether <paramref name="lower"/> belongs to the band; must be false when it is −∞.</param>
    /// <param name="upper">The upper end: a finite number or +∞; at least <paramref name="lower"/>.</param>
    /// <param name="upperInclusive">Whether <paramref name="upper"/> belongs to the band; must be false when it is +∞.</param>
    /// <param name="level">The status level of values in the band.</param>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="lower"/> is NaN or +∞, <paramref name="upper"/> is NaN or −∞, or an infinite end is inclusive.
    /// </exception>
    /// <exception cref="ArgumentException">The band is empty: <paramref name="upper"/> &lt; <paramref name="lower"/>, or they are equal and not both inclusive.</exception>
    public ToleranceBand(double lower, bool lowerInclusive, double upper, bool upperInclusive, StatusLevel level)
    {
        Guard.Against.Null(level);
        if (double.IsNaN(lower) || double.IsPositiveInfinity(lower))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, $"{nameof(lower)} must be a finite number or −∞ (got {lower}).");
        }

        if (double.IsNaN(upper) || double.IsNegativeInfinity(upper))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"{nameof(upper)} must be a finite number or +∞ (got {upper}).");
        }

        if (lowerInclusive && double.IsInfinity(lower))
        {
            throw new ArgumentOutOfRangeException(nameof(lowerInclusive), lowerInclusive, $"{nameof(lowerInclusive)} must be false when {nameof(lower)} is −∞: no number equals −∞.");
        }

        if (upperInclusive && double.IsInfinity(upper))
        {
            throw new ArgumentOutOfRangeException(nameof(upperInclusive), upperInclusive, $"{nameof(upperInclusive)} must be false when {nameof(upper)} is +∞: no number equals +∞.");
        }

        if (upper < lower || (upper == lower && !(lowerInclusive && upperInclusive)))
        {
            throw new ArgumentException($"The band {Format(lower, lowerInclusive, upper, upperInclusive)} is empty: {nameof(upper)} must exceed {nameof(lower)}, or equal it with both ends inclusive.", nameof(upper));
        }

        Lower = lower;
        LowerInclusive = lowerInclusive;
        Upper = upper;
        UpperInclusive = upperInclusive;
        Level = level;
    }

    /// <summary>Gets the lower end (may be −∞).</summary>
    public double Lower { get; }

    /// <summary>Gets whether the lower end belongs to the band.</summary>
    public bool LowerInclusive { get; }

    /// <summary>Gets the upper end (may be +∞).</summary>
    public double Upper { get; }

    /// <summary>Gets whether the upper end belongs to the band.</summary>
    public bool UpperInclusive { get; }

    /// <summary>Gets the status level of values in the band.</summary>
    public StatusLevel Level { get; }

    /// <summary>Creates the band <c>[lower, upper)</c>, <c>[lower, upper]</c>, <c>(lower, upper)</c> or <c>(lower, upper]</c>.</summary>
    /// <param name="lower">The finite lower end.</param>
    /// <param name="lowerInclusive">Whether the lower end belongs to the band.</param>
    /// <param name="upper">The finite upper end.</param>
    /// <param name="upperInclusive">Whether the upper end belongs to the band.</param>
    /// <param name="level">The level.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite.</exception>
    /// <exception cref="ArgumentException">The band is empty.</exception>
    [Pure]
    public static ToleranceBand Between(double lower, bool lowerInclusive, double upper, bool upperInclusive, StatusLevel level)
    {
        Guard.Against.NotFinite(lower);
        Guard.Against.NotFinite(upper);
        return new ToleranceBand(lower, lowerInclusive, upper, upperInclusive, level);
    }

    /// <summary>Creates the band <c>[threshold, +∞)</c>.</summary>
    /// <param name="threshold">The finite threshold.</param>
    /// <param name="level">The level.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite.</exception>
    [Pure]
    public static ToleranceBand AtLeast(double threshold, StatusLevel level) =>
        new(Guard.Against.NotFinite(threshold), true, double.PositiveInfinity, false, level);

    /// <summary>Creates the band <c>(threshold, +∞)</c>.</summary>
    /// <param name="threshold">The finite threshold.</param>
    /// <param name="level">The level.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite.</exception>
    [Pure]
    public static ToleranceBand Above(double threshold, StatusLevel level) =>
        new(Guard.Against.NotFinite(threshold), false, double.PositiveInfinity, false, level);

    /// <summary>Creates the band <c>(−∞, threshold]</c>.</summary>
    /// <param name="threshold">The finite threshold.</param>
    /// <param name="level">The level.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite.</exception>
    [Pure]
    public static ToleranceBand AtMost(double threshold, StatusLevel level) =>
        new(double.NegativeInfinity, false, Guard.Against.NotFinite(threshold), true, level);

    /// <summary>Creates the band <c>(−∞, threshold)</c>.</summary>
    /// <param name="threshold">The finite threshold.</param>
    /// <param name="level">The level.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite.</exception>
    [Pure]
    public static ToleranceBand Below(double threshold, StatusLevel level) =>
        new(double.NegativeInfinity, false, Guard.Against.NotFinite(threshold), false, level);

    /// <summary>Tells whether a value lies in the band (NaN lies in no band).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it lies in the band.</returns>
    [Pure]
    public bool Contains(double value) =>
        (LowerInclusive ? value >= Lower : value > Lower) && (UpperInclusive ? value <= Upper : value < Upper);

    /// <inheritdoc/>
    public bool Equals(ToleranceBand? other) =>
        other is not null && Lower.Equals(other.Lower) && LowerInclusive == other.LowerInclusive
        && Upper.Equals(other.Upper) && UpperInclusive == other.UpperInclusive && Level.Equals(other.Level);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ToleranceBand);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, LowerInclusive, Upper, UpperInclusive, Level);

    /// <inheritdoc/>
    public override string ToString() => $"{Format(Lower, LowerInclusive, Upper, UpperInclusive)} → {Level.Label}";

    internal static string Format(double lower, bool lowerInclusive, double upper, bool upperInclusive) =>
        (lowerInclusive ? "[" : "(") + Number(lower) + ", " + Number(upper) + (upperInclusive ? "]" : ")");

    private static string Number(double x) => double.IsNegativeInfinity(x) ? "−∞" : double.IsPositiveInfinity(x) ? "+∞" : x.ToString("R", CultureInfo.InvariantCulture);
}
