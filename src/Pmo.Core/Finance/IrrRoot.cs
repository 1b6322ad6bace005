namespace Pmo.Core.Finance;

/// <summary>One real internal rate of return: a zero of the NPV polynomial, with its multiplicity.</summary>
public readonly record struct IrrRoot
{
    /// <summary>Creates a root.</summary>
    /// <param name="rate">The rate, above −1.</param>
    /// <param name="multiplicity">The multiplicity, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite or not above −1, or <paramref name="multiplicity"/> is below 1.</exception>
    public IrrRoot(double rate, int multiplicity)
    {
        Rate = FinanceGuards.Rate(rate, nameof(rate));
        Multiplicity = multiplicity >= 1 ? multiplicity : throw new ArgumentOutOfRangeException(nameof(multiplicity), multiplicity, $"{nameof(multiplicity)} must be 1 or more (got {multiplicity}).");
    }

    /// <summary>Gets the rate per period (0.1 = 10 %).</summary>
    public double Rate { get; }

    /// <summary>
    /// Gets the multiplicity: 1 for a simple root where NPV changes sign; 2 (or any even number) for a tangency, where
    /// NPV touches zero without changing sign. Estimated from the cluster of polynomial roots (see docs/finance.md).
    /// </summary>
    public int Multiplicity { get; }
}
