using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.Finance;

/// <summary>
/// Cash flows on calendar dates, for XNPV and XIRR. The first flow's date is the reference date (time zero); every
/// other flow is discounted by its Actual/365 year fraction <c>(d_i − d_0) / 365</c> from it. Immutable and validated.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> As in the spreadsheet XNPV/XIRR ("The first payment date indicates the beginning of the schedule of
/// payments. All other dates must be later than this date, but they may occur in any order", Microsoft Support, XNPV
/// function; ECMA-376 Part 1 §18.17.7.355), later flows may come in any order and may share a date, including the
/// first date; a date <i>before</i> the first is rejected with <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// <b>Day count.</b> Actual/365 (fixed): whole calendar days between the dates divided by 365, leap years included, as in
/// the spreadsheet functions.
/// </para>
/// </remarks>
public sealed class DatedCashFlowSeries : IEquatable<DatedCashFlowSeries>
{
    private readonly double[] amounts;
    private readonly double[] years;

    /// <summary>Creates a dated series; the first flow fixes the reference date.</summary>
    /// <param name="flows">The flows; at least one; no date before the first flow's date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="flows"/> is empty, or a date precedes the first flow's date.</exception>
    public DatedCashFlowSeries(IEnumerable<DatedCashFlow> flows)
    {
        Guard.Against.Null(flows);
        Flows = [.. flows];
        if (Flows.IsEmpty)
        {
            throw new ArgumentException($"{nameof(flows)} must contain at least one flow.", nameof(flows));
        }

        LocalDate first = Flows[0].Date;
        amounts = new double[Flows.Length];
        years = new double[Flows.Length];
        for (int i = 0; i < Flows.Length; i++)
        {
            DatedCashFlow f = Flows[i];
            if (f.Date < first)
            {
                throw new ArgumentException(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{nameof(flows)}[{i}].Date = {f.Date:yyyy-MM-dd} precedes the first flow's date {first:yyyy-MM-dd}; the first flow is the reference date and no flow may come before it (later flows may be in any order)."),
                    nameof(flows));
            }

            amounts[i] = f.Amount;
            years[i] = Period.DaysBetween(first, f.Date) / DaysPerYear;
        }
    }

    /// <summary>Creates a dated series from parallel collections of dates and amounts.</summary>
    /// <param name="dates">The dates; no date before the first.</param>
    /// <param name="amounts">The amounts; finite; as many as dates.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentException">The collections are empty (<paramref name="dates"/>) or differ in length (<paramref name="amounts"/>), or a date precedes the first (<paramref name="dates"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is NaN or infinite.</exception>
    public static DatedCashFlowSeries FromDatesAndAmounts(IEnumerable<LocalDate> dates, IEnumerable<double> amounts)
    {
        Guard.Against.Null(dates);
        Guard.Against.Null(amounts);
        LocalDate[] d = [.. dates];
        double[] a = [.. amounts];
        if (d.Length != a.Length)
        {
            throw new ArgumentException($"{nameof(amounts)} has {a.Length} values but {nameof(dates)} has {d.Length}; they must match.", nameof(amounts));
        }

        if (d.Length == 0)
        {
            throw new ArgumentException($"{nameof(dates)} must contain at least one date.", nameof(dates));
        }

        FinanceGuards.Finite(a, nameof(amounts));
        var flows = new DatedCashFlow[d.Length];
        for (int i = 0; i < d.Length; i++)
        {
            if (d[i] < d[0])
            {
                throw new ArgumentException(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{nameof(dates)}[{i}] = {d[i]:yyyy-MM-dd} precedes the first date {d[0]:yyyy-MM-dd}; the first date is the reference date and no date may come before it (later dates may be in any order)."),
                    nameof(dates));
            }

            flows[i] = new DatedCashFlow(d[i], a[i]);
        }

        return new DatedCashFlowSeries(flows);
    }

    /// <summary>The Actual/365 day-count divisor.</summary>
    public const double DaysPerYear = 365.0;

    /// <summary>Gets the flows in the order given.</summary>
    public ImmutableArray<DatedCashFlow> Flows { get; }

    /// <summary>Gets the reference date: the first flow's date (time zero).</summary>
    public LocalDate ReferenceDate => Flows[0].Date;

    /// <summary>Gets the number of flows.</summary>
    public int Count => amounts.Length;

    internal ReadOnlySpan<double> Amounts => amounts;

    /// <summary>Gets each flow's Actual/365 year fraction from the reference date.</summary>
    internal ReadOnlySpan<double> YearFractions => years;

    /// <inheritdoc/>
    public bool Equals(DatedCashFlowSeries? other) => other is not null && Flows.AsSpan().SequenceEqual(other.Flows.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DatedCashFlowSeries);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Flows.Length, Flows[0], Flows[^1]);
}
