using NodaTime;

namespace Pmo.Core.Finance;

/// <summary>One dated cash flow: an amount (negative = outflow, positive = inflow) on a calendar date.</summary>
/// <remarks><c>default(DatedCashFlow)</c> is a zero amount on 0001-01-01 (NodaTime's default date), which is valid.</remarks>
public readonly struct DatedCashFlow : IEquatable<DatedCashFlow>
{
    /// <summary>Creates a dated cash flow.</summary>
    /// <param name="date">The date of the flow.</param>
    /// <param name="amount">The amount; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is NaN or infinite.</exception>
    public DatedCashFlow(LocalDate date, double amount)
    {
        if (!double.IsFinite(amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"{nameof(amount)} must be a finite number (got {amount}).");
        }

        Date = date;
        Amount = amount;
    }

    /// <summary>Gets the date of the flow.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the amount.</summary>
    public double Amount { get; }

    /// <inheritdoc/>
    public bool Equals(DatedCashFlow other) => Date == other.Date && Amount.Equals(other.Amount);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DatedCashFlow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Amount);

    /// <summary>Compares two flows for equality.</summary>
    /// <param name="left">The first flow.</param>
    /// <param name="right">The second flow.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DatedCashFlow left, DatedCashFlow right) => left.Equals(right);

    /// <summary>Compares two flows for inequality.</summary>
    /// <param name="left">The first flow.</param>
    /// <param name="right">The second flow.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DatedCashFlow left, DatedCashFlow right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd}: {Amount}");
}
