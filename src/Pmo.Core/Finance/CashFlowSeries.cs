using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Pmo.Core.Finance;

/// <summary>
/// Periodic cash flows: one net amount per equally spaced period, in order. Negative amounts are outflows (costs,
/// investment), positive amounts inflows (benefits). Immutable and validated.
/// </summary>
/// <remarks>
/// Whether the first amount falls at time zero or at the end of the first period is not a property of the series but
/// of the metric: <see cref="CashFlowMetrics.NetPresentValue(CashFlowSeries, double, DiscountConvention)"/> takes a
/// <see cref="DiscountConvention"/>; IRR and MIRR do not depend on it; payback, discounted payback and the
/// profitability index treat the first amount as the time-zero investment.
/// </remarks>
public sealed class CashFlowSeries : IEquatable<CashFlowSeries>
{
    private readonly double[] amounts;

    /// <summary>Creates a series from its amounts.</summary>
    /// <param name="amounts">The amount of each period, in order; finite; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="amounts"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is NaN or infinite.</exception>
    public CashFlowSeries(IEnumerable<double> amounts)
    {
        Guard.Against.Null(amounts);
        this.amounts = [.. amounts];
        if (this.amounts.Length == 0)
        {
            throw new ArgumentException($"{nameof(amounts)} must contain at least one amount.", nameof(amounts));
        }

        FinanceGuards.Finite(this.amounts, nameof(amounts));
        Amounts = ImmutableArray.Create(this.amounts);
    }

    /// <summary>Gets the amounts, in period order.</summary>
    public ImmutableArray<double> Amounts { get; }

    /// <summary>Gets the number of amounts.</summary>
    public int Count => amounts.Length;

    internal ReadOnlySpan<double> Span => amounts;

    /// <inheritdoc/>
    public bool Equals(CashFlowSeries? other) => other is not null && amounts.AsSpan().SequenceEqual(other.amounts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CashFlowSeries);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(amounts.Length, amounts[0], amounts[^1]);
}
