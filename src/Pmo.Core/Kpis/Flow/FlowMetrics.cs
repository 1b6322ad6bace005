using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// Flow metrics of a set of work items: cycle time, throughput, work in progress (WIP), item age and the service level
/// expectation. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Definitions follow D. S. Vacanti, <i>Actionable Agile Metrics for Predictability</i> (2015): cycle time is the
/// elapsed time from start to finish, throughput the number of items finished per unit of time, WIP the number of
/// items started and not finished, age the elapsed time of an item still in progress. Day counting is chosen with
/// <see cref="CycleTimeConvention"/>. See <c>docs/flow.md</c>.
/// </remarks>
public static class FlowMetrics
{
    /// <summary>The cycle time of a finished item in days.</summary>
    /// <param name="item">The item.</param>
    /// <param name="convention">The day-counting convention; default <see cref="CycleTimeConvention.FinishMinusStartPlusOne"/>.</param>
    /// <returns><c>finish − start (+ 1)</c>, or <see langword="null"/> when the item is still in progress.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not defined.</exception>
    [Pure]
    public static int? CycleTime(WorkItem item, CycleTimeConvention convention = CycleTimeConvention.FinishMinusStartPlusOne)
    {
        Guard.Against.Null(item);
        CheckConvention(convention);
        return item.Finish is { } f ? Days(item.Start, f, convention) : null;
    }

    /// <summary>The cycle times of the finished items, in input order (items in progress are skipped).</summary>
    /// <param name="items">The items.</param>
    /// <param name="convention">The day-counting convention; default <see cref="CycleTimeConvention.FinishMinusStartPlusOne"/>.</param>
    /// <returns>The cycle times in days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not defined.</exception>
    [Pure]
    public static ImmutableArray<int> CycleTimes(IEnumerable<WorkItem> items, CycleTimeConvention convention = CycleTimeConvention.FinishMinusStartPlusOne)
    {
        WorkItem[] list = CheckItems(items);
        CheckConvention(convention);
        var builder = ImmutableArray.CreateBuilder<int>();
        foreach (WorkItem item in list)
        {
            if (item.Finish is { } f)
            {
                builder.Add(Days(item.Start, f, convention));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Throughput: the number of items finished in each day (or 7-day period) from <paramref name="from"/> to
    /// <paramref name="to"/>, both included, with every period present — days with no finished item count 0.
    /// </summary>
    /// <param name="items">The items; those finishing outside the range, or not finished, are not counted.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="granularity">Days or 7-day periods from <paramref name="from"/>; default <see cref="FlowGranularity.Day"/>.</param>
    /// <returns>The series, with mean and coefficient of variation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> precedes <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="granularity"/> is not defined.</exception>
    [Pure]
    public static FlowSeries Throughput(IEnumerable<WorkItem> items, LocalDate from, LocalDate to, FlowGranularity granularity = FlowGranularity.Day)
    {
        WorkItem[] list = CheckItems(items);
        CheckRange(from, to);
        CheckGranularity(granularity);
        int days = Period.DaysBetween(from, to) + 1;
        int[] daily = new int[days];
        foreach (WorkItem item in list)
        {
            if (item.Finish is { } f && f >= from && f <= to)
            {
                daily[Period.DaysBetween(from, f)]++;
            }
        }

        return Bucket(daily, from, to, granularity);
    }

    /// <summary>
    /// Throughput per working day, the input of <see cref="DeliveryForecast"/>: one count per working day of
    /// <paramref name="calendar"/> from <paramref name="from"/> to <paramref name="to"/>, zero days included. An item
    /// finished on a non-working day is counted on the next working day in the range (or, after the last one, on the
    /// last working day).
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>One count per working day, in date order; empty when the range has no working day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/>, one of its elements, or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> precedes <paramref name="from"/>.</exception>
    [Pure]
    public static ImmutableArray<int> WorkingDayThroughput(IEnumerable<WorkItem> items, LocalDate from, LocalDate to, WorkdayCalendar calendar)
    {
        WorkItem[] list = CheckItems(items);
        CheckRange(from, to);
        Guard.Against.Null(calendar);
        LocalDate[] workDays = calendar.WorkingDays(from, to);
        int[] counts = new int[workDays.Length];
        if (workDays.Length == 0)
        {
            return [];
        }

        foreach (WorkItem item in list)
        {
            if (item.Finish is { } f && f >= from && f <= to)
            {
                int i = Array.BinarySearch(workDays, f);
                if (i < 0)
                {
                    i = Math.Min(~i, workDays.Length - 1);
                }

                counts[i]++;
            }
        }

        return [.. counts];
    }

    /// <summary>
    /// Work in progress per day from <paramref name="from"/> to <paramref name="to"/>: the number of items in progress
    /// on each day. Under <see cref="CycleTimeConvention.FinishMinusStartPlusOne"/> an item is in progress from its
    /// start to its finish day, both included; under <see cref="CycleTimeConvention.FinishMinusStart"/> its finish day is
    /// excluded. Either way the sum of WIP over all days equals the sum of cycle times (Little's-law bookkeeping).
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="convention">The day-counting convention; default <see cref="CycleTimeConvention.FinishMinusStartPlusOne"/>.</param>
    /// <returns>The daily series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> precedes <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not defined.</exception>
    [Pure]
    public static FlowSeries WorkInProgress(IEnumerable<WorkItem> items, LocalDate from, LocalDate to, CycleTimeConvention convention = CycleTimeConvention.FinishMinusStartPlusOne)
    {
        WorkItem[] list = CheckItems(items);
        CheckRange(from, to);
        CheckConvention(convention);
        int days = Period.DaysBetween(from, to) + 1;
        int[] delta = new int[days + 1];
        foreach (WorkItem item in list)
        {
            // In progress on [start, lastDay] where lastDay = finish (inclusive convention) or finish − 1.
            LocalDate first = item.Start;
            if (item.Finish == LocalDate.MinIsoValue && convention != CycleTimeConvention.FinishMinusStartPlusOne)
            {
                continue; // finished on the first representable day, exclusive convention: never in progress (and finish − 1 does not exist)
            }

            LocalDate? last = item.Finish is { } f ? (convention == CycleTimeConvention.FinishMinusStartPlusOne ? f : f.PlusDays(-1)) : null;
            if (last is { } l && (l < first || l < from))
            {
                continue;
            }

            if (first > to)
            {
                continue;
            }

            int a = first < from ? 0 : Period.DaysBetween(from, first);
            int b = last is { } e && e < to ? Period.DaysBetween(from, e) : days - 1;
            delta[a]++;
            delta[b + 1]--;
        }

        int[] wip = new int[days];
        int running = 0;
        for (int i = 0; i < days; i++)
        {
            running += delta[i];
            wip[i] = running;
        }

        return Bucket(wip, from, to, FlowGranularity.Day);
    }

    /// <summary>
    /// The ages on <paramref name="asOf"/> of the items in progress that day: started on or before it and not finished by
    /// it (finish after <paramref name="asOf"/> or none). Age is <c>asOf − start (+ 1)</c> days.
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="asOf">The day of the snapshot.</param>
    /// <param name="convention">The day-counting convention; default <see cref="CycleTimeConvention.FinishMinusStartPlusOne"/>.</param>
    /// <returns>The ages, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not defined.</exception>
    [Pure]
    public static ImmutableArray<ItemAge> Ages(IEnumerable<WorkItem> items, LocalDate asOf, CycleTimeConvention convention = CycleTimeConvention.FinishMinusStartPlusOne)
    {
        WorkItem[] list = CheckItems(items);
        CheckConvention(convention);
        var builder = ImmutableArray.CreateBuilder<ItemAge>();
        foreach (WorkItem item in list)
        {
            if (item.Start <= asOf && (item.Finish is null || item.Finish > asOf))
            {
                builder.Add(new ItemAge(item, Days(item.Start, asOf, convention)));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The service level expectation: the p-th percentile of the finished items' cycle times, and its attainment (the
    /// share of finished items with cycle time at most the SLE).
    /// </summary>
    /// <param name="items">The items; only finished ones count.</param>
    /// <param name="percentile">p as a fraction in (0, 1]; default 0.85.</param>
    /// <param name="definition">The percentile definition; default <see cref="PercentileDefinition.NearestRank"/>.</param>
    /// <param name="convention">The day-counting convention; default <see cref="CycleTimeConvention.FinishMinusStartPlusOne"/>.</param>
    /// <returns>The SLE; its days are <see langword="null"/> (with a diagnostic) when nothing has finished.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="percentile"/> is outside (0, 1]; <paramref name="definition"/> or <paramref name="convention"/> is not defined.
    /// </exception>
    [Pure]
    public static ServiceLevelExpectation ServiceLevel(IEnumerable<WorkItem> items, double percentile = 0.85, PercentileDefinition definition = PercentileDefinition.NearestRank, CycleTimeConvention convention = CycleTimeConvention.FinishMinusStartPlusOne)
    {
        WorkItem[] list = CheckItems(items);
        Guard.Against.NotInRange(percentile, 0, 1, false, true);
        Percentiles.CheckDefinition(definition);
        CheckConvention(convention);
        double[] cycle = [.. CycleTimes(list, convention).Select(c => (double)c)];
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (cycle.Length == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "SLE", "No item has finished: there are no cycle times to take a percentile of."));
            return new ServiceLevelExpectation(percentile, null, null, 0, definition, convention, diagnostics.ToImmutable());
        }

        Array.Sort(cycle);
        double? sle = Percentiles.Kernel(cycle, percentile, definition);
        if (sle is not { } s)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "SLE", $"The {definition} percentile {percentile} is undefined for {cycle.Length} cycle times (it needs p in [1/(n + 1), n/(n + 1)])."));
            return new ServiceLevelExpectation(percentile, null, null, cycle.Length, definition, convention, diagnostics.ToImmutable());
        }

        int within = cycle.Count(c => c <= s);
        return new ServiceLevelExpectation(percentile, s, within / (double)cycle.Length, cycle.Length, definition, convention, diagnostics.ToImmutable());
    }

    /// <summary>The share of finished items whose cycle time is at most <paramref name="sleDays"/> (attainment of a given SLE).</summary>
    /// <param name="items">The items; only finished ones count.</param>
    /// <param name="sleDays">The SLE in days; finite, zero or positive.</param>
    /// <param name="convention">The day-counting convention; default <see cref="CycleTimeConvention.FinishMinusStartPlusOne"/>.</param>
    /// <returns>The attainment in [0, 1], or <see langword="null"/> when no item has finished.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sleDays"/> is negative or not finite; <paramref name="convention"/> is not defined.</exception>
    [Pure]
    public static double? Attainment(IEnumerable<WorkItem> items, double sleDays, CycleTimeConvention convention = CycleTimeConvention.FinishMinusStartPlusOne)
    {
        WorkItem[] list = CheckItems(items);
        Guard.Against.NotFiniteNonNegative(sleDays);
        ImmutableArray<int> cycle = CycleTimes(list, convention);
        return cycle.IsEmpty ? null : cycle.Count(c => c <= sleDays) / (double)cycle.Length;
    }

    internal static int Days(LocalDate start, LocalDate end, CycleTimeConvention convention) =>
        Period.DaysBetween(start, end) + (convention == CycleTimeConvention.FinishMinusStartPlusOne ? 1 : 0);

    internal static void CheckConvention(CycleTimeConvention convention, string parameterName = "convention")
    {
        if (!Enum.IsDefined(convention))
        {
            throw new ArgumentOutOfRangeException(parameterName, convention, $"{parameterName} must be a defined {nameof(CycleTimeConvention)} (got {(int)convention}).");
        }
    }

    private static void CheckGranularity(FlowGranularity granularity)
    {
        if (!Enum.IsDefined(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, $"{nameof(granularity)} must be a defined {nameof(FlowGranularity)} (got {(int)granularity}).");
        }
    }

    internal static void CheckRange(LocalDate from, LocalDate to, string toName = "to")
    {
        if (to < from)
        {
            throw new ArgumentException($"{toName} ({to:yyyy-MM-dd}) must not precede from ({from:yyyy-MM-dd}).", toName);
        }
    }

    private static WorkItem[] CheckItems(IEnumerable<WorkItem> items)
    {
        Guard.Against.Null(items);
        WorkItem[] list = items as WorkItem[] ?? [.. items];
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(items), $"{nameof(items)}[{i}] must not be null.");
            }
        }

        return list;
    }

    private static FlowSeries Bucket(int[] daily, LocalDate from, LocalDate to, FlowGranularity granularity)
    {
        int size = granularity == FlowGranularity.Day ? 1 : 7;
        int periods = (daily.Length + size - 1) / size;
        var starts = new LocalDate[periods];
        var ends = new LocalDate[periods];
        int[] values = new int[periods];
        for (int k = 0; k < periods; k++)
        {
            starts[k] = from.PlusDays(k * size);
            ends[k] = Period.DaysBetween(starts[k], to) < size ? to : starts[k].PlusDays(size - 1); // never steps past 'to' (9999-12-31 safe)
            for (int d = k * size; d < Math.Min(daily.Length, (k + 1) * size); d++)
            {
                values[k] += daily[d];
            }
        }

        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        if (granularity == FlowGranularity.Week && daily.Length % 7 != 0)
        {
            diagnostics = diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "Throughput", $"The range is {daily.Length} days, not a whole number of weeks: the last period has {daily.Length % 7} days."));
        }

        return new FlowSeries(granularity, [.. starts], [.. ends], [.. values], diagnostics);
    }
}
