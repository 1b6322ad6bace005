using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// A time-phased performance measurement baseline (PMB): the cumulative planned value (PV, BCWS) at the end of each
/// reporting period. Periods are consecutive date ranges of any length; period <c>i</c> (1-based) runs from the day
/// after the end of period <c>i − 1</c> (for the first period: <see cref="Start"/>) to <see cref="PeriodEnds"/>[i − 1]
/// inclusive.
/// </summary>
/// <remarks>
/// <para>
/// <b>Time.</b> Time is measured in periods from the start of the first day of the baseline. A date stands for the end
/// of that day (a status date is a cut-off: all work through that day is reported), so the end of period <c>i</c> is
/// time <c>i</c> and a date inside period <c>i</c> is <c>(i − 1) + d / L</c> where <c>d</c> is the number of days of
/// the period elapsed through that date and <c>L</c> the period's length in days. This is the actual-time (AT)
/// convention of earned schedule (Lipke, "Schedule is Different", The Measurable News, 2003), made fractional.
/// </para>
/// <para>
/// <b>After the planned finish</b> the calendar continues with periods of the same NodaTime <see cref="Period"/> as the
/// last baseline period (one calendar month after a month, seven days after a week), and PV stays at BAC.
/// </para>
/// <para>
/// <b>Budget.</b> BAC is the final cumulative PV; the planned duration PD is the number of periods.
/// Sources: PMI, <i>Practice Standard for Earned Value Management</i>, 2nd ed. (2011); ANSI/EIA-748.
/// </para>
/// </remarks>
public sealed class TimePhasedBaseline : IEquatable<TimePhasedBaseline>
{
    private readonly double[] cumulative; // length n + 1, cumulative[0] = 0
    private readonly int[] endDay;        // length n + 1, endDay[0] = day number of Start − 1
    private readonly int extensionMonths;
    private readonly int extensionDays;

    private TimePhasedBaseline(LocalDate start, ImmutableArray<LocalDate> periodEnds, double[] cumulative)
    {
        Start = start;
        PeriodEnds = periodEnds;
        this.cumulative = cumulative;
        endDay = new int[periodEnds.Length + 1];
        endDay[0] = DayNumber(start) - 1;
        for (int i = 0; i < periodEnds.Length; i++)
        {
            endDay[i + 1] = DayNumber(periodEnds[i]);
        }

        LocalDate lastStart = periodEnds.Length == 1 ? start : periodEnds[^2].PlusDays(1);
        Period p = Period.Between(lastStart, periodEnds[^1].PlusDays(1), PeriodUnits.Months | PeriodUnits.Days);
        extensionMonths = p.Months;
        extensionDays = p.Days;
        CumulativePlannedValue = ImmutableArray.Create(cumulative, 1, periodEnds.Length);
    }

    /// <summary>Gets the first day of the first period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day (inclusive) of each period, strictly increasing.</summary>
    public ImmutableArray<LocalDate> PeriodEnds { get; }

    /// <summary>Gets the cumulative planned value at the end of each period (same length as <see cref="PeriodEnds"/>).</summary>
    public ImmutableArray<double> CumulativePlannedValue { get; }

    /// <summary>Gets the number of periods.</summary>
    public int PeriodCount => PeriodEnds.Length;

    /// <summary>Gets the budget at completion, BAC: the final cumulative planned value.</summary>
    public double BudgetAtCompletion => cumulative[^1];

    /// <summary>Gets the planned duration PD in periods (the number of periods of the baseline).</summary>
    public double PlannedDuration => PeriodEnds.Length;

    /// <summary>Gets the planned finish date: the last day of the last period.</summary>
    public LocalDate PlannedFinish => PeriodEnds[^1];

    /// <summary>
    /// Gets the cumulative PV with a leading zero (length <see cref="PeriodCount"/> + 1): the curve the earned-schedule
    /// kernel <see cref="EarnedSchedule.Compute(ReadOnlySpan{double}, double)"/> takes.
    /// </summary>
    public ReadOnlySpan<double> CumulativeCurve => cumulative;

    /// <summary>Builds a baseline from the planned value of each period.</summary>
    /// <param name="start">The first day of the first period.</param>
    /// <param name="periodEnds">The last day of each period, strictly increasing, the first on or after <paramref name="start"/>.</param>
    /// <param name="periodPlannedValue">The PV planned in each period: finite and zero or positive.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentException">A collection is empty, the lengths differ, the dates are not increasing, or BAC is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A planned value is NaN, infinite or negative, or the last period ends on 9999-12-31.</exception>
    [Pure]
    public static TimePhasedBaseline FromPeriodValues(LocalDate start, IEnumerable<LocalDate> periodEnds, IEnumerable<double> periodPlannedValue)
    {
        Guard.Against.Null(periodEnds);
        Guard.Against.Null(periodPlannedValue);
        double[] pv = periodPlannedValue.ToArray();
        Guard.Against.NotFiniteNonNegativeElements(pv, nameof(periodPlannedValue));
        double[] cum = new double[pv.Length + 1];
        for (int i = 0; i < pv.Length; i++)
        {
            cum[i + 1] = cum[i] + pv[i];
        }

        return Create(start, periodEnds, cum, nameof(periodEnds), nameof(periodPlannedValue));
    }

    /// <summary>Builds a baseline from the cumulative planned value at the end of each period.</summary>
    /// <param name="start">The first day of the first period.</param>
    /// <param name="periodEnds">The last day of each period, strictly increasing, the first on or after <paramref name="start"/>.</param>
    /// <param name="cumulativePlannedValue">Cumulative PV at each period end: finite, zero or positive, non-decreasing.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentException">A collection is empty, the lengths differ, the dates are not increasing, the PV decreases, or BAC is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A planned value is NaN, infinite or negative, or the last period ends on 9999-12-31.</exception>
    [Pure]
    public static TimePhasedBaseline FromCumulativeValues(LocalDate start, IEnumerable<LocalDate> periodEnds, IEnumerable<double> cumulativePlannedValue)
    {
        Guard.Against.Null(periodEnds);
        Guard.Against.Null(cumulativePlannedValue);
        double[] given = cumulativePlannedValue.ToArray();
        Guard.Against.NotFiniteNonNegativeElements(given, nameof(cumulativePlannedValue));
        Guard.Against.NotNonDecreasing(given, nameof(cumulativePlannedValue));
        double[] cum = new double[given.Length + 1];
        given.CopyTo(cum, 1);
        return Create(start, periodEnds, cum, nameof(periodEnds), nameof(cumulativePlannedValue));
    }

    private static LocalDate MonthEnd(LocalDate start, int months, string parameterName)
    {
        try
        {
            return start.PlusMonths(months).PlusDays(-1);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(parameterName, start, $"{parameterName} = {start:yyyy-MM-dd}: month {months} of the baseline ends beyond the last representable date (9999-12-31).");
        }
    }

    /// <summary>
    /// Builds a baseline of equal calendar-month periods from the planned value of each month: period <c>i</c> ends on
    /// the day before <paramref name="start"/> plus <c>i</c> months.
    /// </summary>
    /// <param name="start">The first day of the first month-long period.</param>
    /// <param name="monthlyPlannedValue">The PV of each month: finite, zero or positive.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="monthlyPlannedValue"/> is null.</exception>
    /// <exception cref="ArgumentException">It is empty or sums to zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative; or the last month ends on or beyond 9999-12-31.</exception>
    [Pure]
    public static TimePhasedBaseline Monthly(LocalDate start, IEnumerable<double> monthlyPlannedValue)
    {
        Guard.Against.Null(monthlyPlannedValue);
        double[] pv = monthlyPlannedValue.ToArray();
        Guard.Against.NotFiniteNonNegativeElements(pv, nameof(monthlyPlannedValue));
        if (pv.Length == 0)
        {
            throw new ArgumentException($"{nameof(monthlyPlannedValue)} must contain at least one month.", nameof(monthlyPlannedValue));
        }

        var ends = new LocalDate[pv.Length];
        double[] cum = new double[pv.Length + 1];
        for (int i = 0; i < pv.Length; i++)
        {
            ends[i] = MonthEnd(start, i + 1, nameof(start));
            cum[i + 1] = cum[i] + pv[i];
        }

        return Create(start, ends, cum, nameof(monthlyPlannedValue), nameof(monthlyPlannedValue));
    }

    private static TimePhasedBaseline Create(LocalDate start, IEnumerable<LocalDate> periodEnds, double[] cum, string endsName, string valuesName)
    {
        ImmutableArray<LocalDate> ends = [.. periodEnds];
        if (ends.IsEmpty)
        {
            throw new ArgumentException($"{endsName} must contain at least one period.", endsName);
        }

        if (ends.Length != cum.Length - 1)
        {
            throw new ArgumentException($"{valuesName} has {cum.Length - 1} values but {endsName} has {ends.Length} periods; they must match.", valuesName);
        }

        if (ends[0] < start)
        {
            throw new ArgumentException($"{endsName}[0] = {ends[0]:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}; the first period must end on or after the start.", endsName);
        }

        for (int i = 1; i < ends.Length; i++)
        {
            if (ends[i] <= ends[i - 1])
            {
                throw new ArgumentException($"{endsName} must be strictly increasing, but {endsName}[{i}] = {ends[i]:yyyy-MM-dd} is not after {ends[i - 1]:yyyy-MM-dd}.", endsName);
            }
        }

        if (ends[^1] == LocalDate.MaxIsoValue)
        {
            throw new ArgumentOutOfRangeException(endsName, ends[^1], $"{endsName}: the last period must end before {LocalDate.MaxIsoValue:yyyy-MM-dd}, the last representable date; the baseline continues past its planned finish from the day after it.");
        }

        if (!(cum[^1] > 0) || double.IsInfinity(cum[^1]))
        {
            throw new ArgumentException($"{valuesName} must plan some value: BAC (the final cumulative PV) must be finite and greater than zero (got {cum[^1]}).", valuesName);
        }

        return new TimePhasedBaseline(start, ends, cum);
    }

    /// <summary>Gets the cumulative planned value at a time in periods, interpolating linearly within a period.</summary>
    /// <param name="time">Time in periods; zero or negative gives 0, at or after <see cref="PlannedDuration"/> gives BAC.</param>
    /// <returns>The cumulative PV.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is NaN or infinite.</exception>
    [Pure]
    public double PlannedValueAt(double time)
    {
        Guard.Against.NotFinite(time);
        return CumulativeCurves.ValueAtWithLeadingZero(cumulative, time);
    }

    /// <summary>Gets the cumulative planned value through the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The cumulative PV, linear within a period.</returns>
    [Pure]
    public double PlannedValueAt(LocalDate date) => PlannedValueAt(TimeAt(date));

    /// <summary>
    /// Gets the time in periods at the end of <paramref name="date"/>: <c>(i − 1) + d / L</c> inside period <c>i</c>.
    /// Dates before the start give negative times on the first period's scale; dates after the planned finish continue
    /// on the last period's calendar step.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The time in periods.</returns>
    [Pure]
    public double TimeAt(LocalDate date)
    {
        int day = DayNumber(date);
        int n = PeriodEnds.Length;
        if (day <= endDay[0])
        {
            return (double)(day - endDay[0]) / (endDay[1] - endDay[0]);
        }

        if (day <= endDay[n])
        {
            int i = Array.BinarySearch(endDay, day);
            if (i >= 0)
            {
                return i;
            }

            int upper = ~i; // first boundary after day
            return (upper - 1) + ((double)(day - endDay[upper - 1]) / (endDay[upper] - endDay[upper - 1]));
        }

        // After the planned finish: continue with the last period's calendar step.
        long k = EstimateExtensionIndex(date);
        while (k > 1 && ExtensionEnd(k - 1) >= date)
        {
            k--;
        }

        while (ExtensionEnd(k) < date)
        {
            k++;
        }

        int prev = k == 1 ? endDay[n] : DayNumber(ExtensionEnd(k - 1));
        int end = DayNumber(ExtensionEnd(k));
        return n + (k - 1) + ((double)(day - prev) / (end - prev));
    }

    /// <summary>
    /// Gets the date in which a time in periods falls (the day whose end is at or after that time). Integer times give
    /// period ends; time 0 gives the day before <see cref="Start"/>.
    /// </summary>
    /// <param name="time">Time in periods, finite and zero or positive.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is NaN, infinite or negative, or so large the date overflows.</exception>
    [Pure]
    public LocalDate DateAt(double time)
    {
        Guard.Against.NotFiniteNonNegative(time);
        return TryDateAt(time, out LocalDate date)
            ? date
            : throw new ArgumentOutOfRangeException(nameof(time), time, $"{nameof(time)} = {time} periods lies beyond the last representable date (9999-12-31) of this baseline's calendar.");
    }

    /// <summary>Gets the date in which a time falls, or false when it lies beyond 9999-12-31 (or is negative or not finite).</summary>
    internal bool TryDateAt(double time, out LocalDate date)
    {
        date = default;
        if (!double.IsFinite(time) || time < 0 || time > 4_000_000)
        {
            return false;
        }

        int n = PeriodEnds.Length;
        int c = (int)Math.Floor(time);
        double f = time - c;
        try
        {
            int startDay;
            int endDayOfPeriod;
            if (c < n)
            {
                startDay = endDay[c];
                endDayOfPeriod = endDay[c + 1];
            }
            else
            {
                long k = c - n + 1; // extension period index that contains (c, c + 1]
                startDay = k == 1 ? endDay[n] : DayNumber(ExtensionEnd(k - 1));
                if (f == 0)
                {
                    date = FromDayNumber(startDay);
                    return true;
                }

                endDayOfPeriod = DayNumber(ExtensionEnd(k));
            }

            // The small allowance absorbs rounding in f (for example 15/31 · 31 = 15.000000000000002), so that
            // DateAt(TimeAt(d)) == d for every date.
            int days = (int)Math.Ceiling((f * (endDayOfPeriod - startDay)) - 1e-9);
            date = FromDayNumber(startDay + days);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Gets the last day of period <paramref name="period"/> (1-based), continuing past the planned finish.</summary>
    /// <param name="period">The period number, 1 or more.</param>
    /// <returns>The period's last day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1, or its end lies beyond 9999-12-31.</exception>
    [Pure]
    public LocalDate PeriodEnd(int period)
    {
        if (period < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"{nameof(period)} must be 1 or more (got {period}).");
        }

        int n = PeriodEnds.Length;
        if (period <= n)
        {
            return PeriodEnds[period - 1];
        }

        try
        {
            return ExtensionEnd(period - n);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"{nameof(period)} = {period}: the end of that period lies beyond the last representable date (9999-12-31) of this baseline's calendar.");
        }
    }

    private LocalDate ExtensionEnd(long k)
    {
        LocalDate anchor = PeriodEnds[^1].PlusDays(1);
        return anchor.PlusMonths(checked((int)(extensionMonths * k))).PlusDays(checked((int)(extensionDays * k)) - 1);
    }

    private long EstimateExtensionIndex(LocalDate date)
    {
        double stepDays = (extensionMonths * 30.436875) + extensionDays;
        long k = (long)Math.Floor((DayNumber(date) - endDay[^1]) / stepDays);
        return Math.Max(1, k);
    }

    private static readonly LocalDate Epoch = new(1, 1, 1);

    internal static int DayNumber(LocalDate date) => Period.DaysBetween(Epoch, date);

    private static LocalDate FromDayNumber(int day) => Epoch.PlusDays(day);

    /// <inheritdoc/>
    public bool Equals(TimePhasedBaseline? other) =>
        other is not null && Start == other.Start && PeriodEnds.AsSpan().SequenceEqual(other.PeriodEnds.AsSpan())
        && cumulative.AsSpan().SequenceEqual(other.cumulative);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TimePhasedBaseline);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, PeriodEnds.Length, BudgetAtCompletion);
}
