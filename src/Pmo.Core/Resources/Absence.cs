using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Resources;

/// <summary>
/// A period in which a person is (partly) unavailable: leave, training, a part-time spell. Reduces the person's
/// capacity on the working days from <see cref="From"/> to <see cref="To"/> (both inclusive) by <see cref="Fraction"/>.
/// </summary>
public sealed class Absence
{
    /// <summary>Initializes a new absence.</summary>
    /// <param name="from">The first day (inclusive).</param>
    /// <param name="to">The last day (inclusive); not before <paramref name="from"/>.</param>
    /// <param name="fraction">The share of the person's working time lost on those days: in (0, 1]; 1 = fully absent.</param>
    /// <param name="reason">An optional reason, for example <c>leave</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>; <paramref name="fraction"/> is not in (0, 1].</exception>
    public Absence(LocalDate from, LocalDate to, double fraction = 1.0, string? reason = null)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"{nameof(to)} ({to:uuuu-MM-dd}) must not be before {nameof(from)} ({from:uuuu-MM-dd}).");
        }

        Guard.Against.NotInRange(fraction, 0, 1, minInclusive: false, maxInclusive: true);
        From = from;
        To = to;
        Fraction = fraction;
        Reason = reason;
    }

    /// <summary>Gets the first day (inclusive).</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day (inclusive).</summary>
    public LocalDate To { get; }

    /// <summary>Gets the share of working time lost, in (0, 1].</summary>
    public double Fraction { get; }

    /// <summary>Gets the optional reason.</summary>
    public string? Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:uuuu-MM-dd}..{To:uuuu-MM-dd} × {Fraction}{(Reason is null ? string.Empty : " " + Reason)}");
}
