using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.Resources;

/// <summary>
/// The contiguous, ordered periods of a capacity plan (months, weeks or custom ranges): period <c>t</c> ends where
/// period <c>t + 1</c> starts. Immutable.
/// </summary>
/// <remarks>
/// Capacity, demand, gaps and allocations are all indexed by period number <c>0 … Count − 1</c>; a date maps to its
/// period with <see cref="IndexOf(NodaTime.LocalDate)"/> in O(log n).
/// </remarks>
public sealed class PlanningPeriods
{
    /// <summary>The largest number of periods accepted.</summary>
    public const int MaxCount = 10_000;

    private readonly LocalDate[] starts;

    private PlanningPeriods(ImmutableArray<PlanningPeriod> items)
    {
        Items = items;
        starts = [.. items.Select(p => p.Start)];
    }

    /// <summary>Gets the periods in order.</summary>
    public ImmutableArray<PlanningPeriod> Items { get; }

    /// <summary>Gets the number of periods.</summary>
    public int Count => Items.Length;

    /// <summary>Gets the first day of the first period.</summary>
    public LocalDate Start => Items[0].Start;

    /// <summary>Gets the exclusive end of the last period.</summary>
    public LocalDate End => Items[^1].End;

    /// <summary>Gets the labels in order.</summary>
    public ImmutableArray<string> Labels => [.. Items.Select(p => p.Label)];

    /// <summary>Gets the period with the given number.</summary>
    /// <param name="index">The period number, 0 … <see cref="Count"/> − 1.</param>
    public PlanningPeriod this[int index] => Items[index];

    /// <summary>Creates contiguous calendar months, labelled <c>yyyy-MM</c>.</summary>
    /// <param name="firstMonth">The first month.</param>
    /// <param name="count">The number of months: 1 … <see cref="MaxCount"/>.</param>
    /// <returns>The periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range, or the last month ends after 9999-12-31.</exception>
    [Pure]
    public static PlanningPeriods Monthly(YearMonth firstMonth, int count)
    {
        Guard.Against.OutOfRange(count, nameof(count), 1, MaxCount);
        if ((firstMonth.Year * 12L) + firstMonth.Month - 1 + count > (9999L * 12) + 11)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"{count} months from {firstMonth:uuuu-MM} end after the last date the calendar supports (9999-12-31)."));
        }

        var items = ImmutableArray.CreateBuilder<PlanningPeriod>(count);
        YearMonth m = firstMonth;
        for (int i = 0; i < count; i++)
        {
            YearMonth next = m.PlusMonths(1);
            items.Add(new PlanningPeriod(m.ToString("uuuu-MM", CultureInfo.InvariantCulture), m.OnDayOfMonth(1), next.OnDayOfMonth(1)));
            m = next;
        }

        return new PlanningPeriods(items.MoveToImmutable());
    }

    /// <summary>Creates contiguous weeks of seven days from <paramref name="firstDay"/>, labelled by their first day (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="firstDay">The first day of the first week (any day of the week).</param>
    /// <param name="count">The number of weeks: 1 … <see cref="MaxCount"/>.</param>
    /// <returns>The periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range, or the last week ends after 9999-12-31.</exception>
    [Pure]
    public static PlanningPeriods Weekly(LocalDate firstDay, int count)
    {
        Guard.Against.OutOfRange(count, nameof(count), 1, MaxCount);
        if (Period.DaysBetween(firstDay, LocalDate.MaxIsoValue) < 7L * count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"{count} weeks from {firstDay:uuuu-MM-dd} end after the last date the calendar supports ({LocalDate.MaxIsoValue:uuuu-MM-dd})."));
        }

        var items = ImmutableArray.CreateBuilder<PlanningPeriod>(count);
        LocalDate d = firstDay;
        for (int i = 0; i < count; i++)
        {
            LocalDate next = d.PlusDays(7);
            items.Add(new PlanningPeriod(d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), d, next));
            d = next;
        }

        return new PlanningPeriods(items.MoveToImmutable());
    }

    /// <summary>Creates custom periods (for example quarters or sprints), which must be contiguous and in order.</summary>
    /// <param name="periods">The periods: at least one, at most <see cref="MaxCount"/>; each starts where the previous one ends; labels unique.</param>
    /// <returns>The periods.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">No periods, too many, a gap or overlap between consecutive periods, or a repeated label.</exception>
    [Pure]
    public static PlanningPeriods Create(IEnumerable<PlanningPeriod> periods)
    {
        Guard.Against.Null(periods);
        ImmutableArray<PlanningPeriod> items = [.. periods];
        if (items.IsEmpty || items.Length > MaxCount)
        {
            throw new ArgumentException($"{nameof(periods)} must hold 1 … {MaxCount} periods (got {items.Length}).", nameof(periods));
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++)
        {
            PlanningPeriod p = items[i] ?? throw new ArgumentNullException(nameof(periods), $"{nameof(periods)}[{i}] is null.");
            if (!labels.Add(p.Label))
            {
                throw new ArgumentException($"{nameof(periods)} repeats the label '{p.Label}'.", nameof(periods));
            }

            if (i > 0 && p.Start != items[i - 1].End)
            {
                throw new ArgumentException($"{nameof(periods)} must be contiguous: period '{p.Label}' starts {p.Start:uuuu-MM-dd} but '{items[i - 1].Label}' ends {items[i - 1].End:uuuu-MM-dd} (exclusive).", nameof(periods));
            }
        }

        return new PlanningPeriods(items);
    }

    /// <summary>The number of the period containing a date, or −1 when the date is outside all periods.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period number or −1.</returns>
    [Pure]
    public int IndexOf(LocalDate date)
    {
        if (date < Start || date >= End)
        {
            return -1;
        }

        int i = Array.BinarySearch(starts, date);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The number of the period with the given label, or −1.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The period number or −1.</returns>
    [Pure]
    public int IndexOf(string label)
    {
        for (int i = 0; i < Items.Length; i++)
        {
            if (Items[i].Label == label)
            {
                return i;
            }
        }

        return -1;
    }
}
