using NodaTime;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Documented behaviour of <see cref="TimePhasedBaseline"/>, <see cref="BudgetStructure"/>, <see cref="BaselineHistory"/>
/// and the curve-end tolerance that the mutation run showed untested: validation messages, the calendar limits
/// (9999-12-31, int overflow of far periods), and boundaries. Expected dates come from NodaTime's own arithmetic.
/// </summary>
public class BaselineMutationTests
{
    private static readonly LocalDate Jan1 = new(2025, 1, 1);

    // ------------------------------------------------------------------ construction rules

    [Fact]
    public void Monthly_needs_a_month()
    {
        Ev.Rule<ArgumentException>(() => TimePhasedBaseline.Monthly(Jan1, []), "monthlyPlannedValue", "at least one month");
    }

    [Fact]
    public void Monthly_rejects_months_beyond_9999_12_31()
    {
        // From 9999-11-01 month 1 ends on 9999-11-30; month 2 would end on 9999-12-31, the last representable date,
        // and its end is found from 10000-01-01, which does not exist.
        Ev.Rule<ArgumentOutOfRangeException>(
            () => TimePhasedBaseline.Monthly(new LocalDate(9999, 11, 1), [1, 1]),
            "start",
            "start = 9999-11-01",
            "month 2",
            "beyond the last representable date");
    }

    [Fact]
    public void Period_values_state_each_rule()
    {
        Ev.Rule<ArgumentException>(() => TimePhasedBaseline.FromPeriodValues(Jan1, [], []), "periodEnds", "at least one period");
        Ev.Rule<ArgumentException>(
            () => TimePhasedBaseline.FromPeriodValues(Jan1, [new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28)], [1]),
            "periodPlannedValue",
            "has 1 values but periodEnds has 2 periods");
        Ev.Rule<ArgumentException>(
            () => TimePhasedBaseline.FromPeriodValues(new LocalDate(2025, 1, 10), [new LocalDate(2025, 1, 9)], [1]),
            "periodEnds",
            "periodEnds[0] = 2025-01-09 is before the start 2025-01-10");
        Ev.Rule<ArgumentException>(
            () => TimePhasedBaseline.FromPeriodValues(Jan1, [new LocalDate(2025, 1, 31), new LocalDate(2025, 1, 31)], [1, 1]),
            "periodEnds",
            "strictly increasing",
            "periodEnds[1] = 2025-01-31");
        Ev.Rule<ArgumentOutOfRangeException>(
            () => TimePhasedBaseline.FromPeriodValues(new LocalDate(9999, 12, 1), [LocalDate.MaxIsoValue], [1]),
            "periodEnds",
            "last representable date");
        Ev.Rule<ArgumentException>(() => TimePhasedBaseline.FromPeriodValues(Jan1, [new LocalDate(2025, 1, 31)], [0]), "periodPlannedValue", "must plan some value");
    }

    // ------------------------------------------------------------------ DateAt and PeriodEnd at the calendar's limits

    [Fact]
    public void DateAt_rejects_a_negative_time_with_the_rule()
    {
        var b = TimePhasedBaseline.Monthly(Jan1, [1, 1]);
        Ev.Rule<ArgumentOutOfRangeException>(() => b.DateAt(-1), "time", "zero or positive");
    }

    [Fact]
    public void DateAt_rejects_times_beyond_9999_12_31()
    {
        // Monthly periods from 2025: 3,000,000 or 5,000,000 periods are 250,000+ years away.
        var b = TimePhasedBaseline.Monthly(Jan1, [1, 1]);
        Ev.Rule<ArgumentOutOfRangeException>(() => b.DateAt(5_000_000), "time", "beyond the last representable date");
        Ev.Rule<ArgumentOutOfRangeException>(() => b.DateAt(3_000_000), "time", "beyond the last representable date");

        // Daily periods from 2025: 3,000,000 days are about 8,200 years away (past 9999).
        var daily = TimePhasedBaseline.FromPeriodValues(Jan1, [Jan1], [1]);
        Ev.Rule<ArgumentOutOfRangeException>(() => daily.DateAt(3_000_000), "time", "beyond the last representable date");
    }

    [Fact]
    public void DateAt_reaches_4_000_000_daily_periods_when_the_calendar_allows()
    {
        // One-day periods from 9000 BC-ish (ISO year −9000): period k ends on start + (k − 1) days, so time 4,000,000
        // (an integer time gives a period end) is start + 3,999,999 days, around ISO year 1951, well inside the calendar.
        var start = new LocalDate(-9000, 1, 1);
        var daily = TimePhasedBaseline.FromPeriodValues(start, [start], [1]);
        LocalDate expected = start.PlusDays(3_999_999);
        Assert.Equal(expected, daily.DateAt(4_000_000));
        Assert.Equal(expected, daily.PeriodEnd(4_000_000));
    }

    [Fact]
    public void PeriodEnd_states_its_rules()
    {
        var b = TimePhasedBaseline.Monthly(Jan1, [1, 1]);
        Ev.Rule<ArgumentOutOfRangeException>(() => b.PeriodEnd(0), "period", "must be 1 or more (got 0)");
    }

    [Fact]
    public void PeriodEnd_of_a_far_two_month_period_overflows_to_a_clear_error()
    {
        // One two-month period (Jan–Feb 2025): period p ends 2·(p − 1) months after 28 Feb 2025. For p = int.MaxValue
        // that month count exceeds int.MaxValue; the answer is an out-of-range error, never a wrapped-around date.
        var b = TimePhasedBaseline.FromPeriodValues(Jan1, [new LocalDate(2025, 2, 28)], [1]);
        Assert.Equal(new LocalDate(2025, 4, 30), b.PeriodEnd(2)); // Mar + Apr
        Ev.Rule<ArgumentOutOfRangeException>(() => b.PeriodEnd(int.MaxValue), "period", $"period = {int.MaxValue}", "beyond the last representable date");
    }

    [Fact]
    public void PeriodEnd_of_a_far_weekly_period_overflows_to_a_clear_error()
    {
        // One seven-day period (6–12 Jan 2025). Period 613,566,758 is 613,566,757 weeks after it:
        // 7 · 613,566,757 = 4,294,967,299 = 2³² + 3 days, far beyond 9999-12-31 (and beyond int); it must not wrap to 3 days.
        var start = new LocalDate(2025, 1, 6);
        var b = TimePhasedBaseline.FromPeriodValues(start, [new LocalDate(2025, 1, 12)], [1]);
        Assert.Equal(new LocalDate(2025, 1, 19), b.PeriodEnd(2));
        Ev.Rule<ArgumentOutOfRangeException>(() => b.PeriodEnd(613_566_758), "period", "beyond the last representable date");
    }

    // ------------------------------------------------------------------ budget structure

    [Fact]
    public void Budget_structure_overflow_names_the_formula()
    {
        Ev.Rule<ArgumentOutOfRangeException>(
            () => new BudgetStructure(double.MaxValue).ContractBudgetBase(double.MaxValue),
            "budgetAtCompletion",
            "CBB = BAC + MR",
            "overflows");
        Ev.Rule<ArgumentOutOfRangeException>(
            () => new BudgetStructure(0, double.MaxValue).TotalAllocatedBudget(double.MaxValue),
            "budgetAtCompletion",
            "TAB = BAC + MR + over-target amount",
            "overflows");
    }

    [Fact]
    public void Budget_structures_differ_when_either_amount_differs()
    {
        Assert.True(new BudgetStructure(1, 2) != new BudgetStructure(1, 3));
        Assert.True(new BudgetStructure(1, 2) != new BudgetStructure(5, 2));
        Assert.True(new BudgetStructure(1, 2) == new BudgetStructure(1, 2));
    }

    // ------------------------------------------------------------------ baseline history

    [Fact]
    public void Baseline_history_states_its_rules_and_allows_same_day_approvals()
    {
        var b = TimePhasedBaseline.Monthly(Jan1, [1, 1]);
        Ev.Rule<ArgumentException>(() => _ = new BaselineHistory([]), "versions", "at least one baseline version");

        // Approval dates must be non-decreasing: two versions approved the same day are accepted.
        var sameDay = new BaselineHistory([new BaselineVersion(1, Jan1, "original", b), new BaselineVersion(2, Jan1, "corrected", b)]);
        Assert.Equal(2, sameDay.Current.Version);

        Ev.Rule<ArgumentException>(
            () => _ = new BaselineHistory([new BaselineVersion(2, Jan1, "x", b), new BaselineVersion(1, Jan1, "y", b)]),
            "versions",
            "increasing version and approval-date order",
            "version 1 (2025-01-01) follows version 2");
    }

    // ------------------------------------------------------------------ curve-end tolerance (relative 1e−9)

    [Fact]
    public void A_package_curve_may_end_within_a_relative_1e_9_of_BAC()
    {
        // BAC 1,000,000: tolerance 1e−9 · 1,000,000 = 0.001. An end 0.0005 above is accepted, 0.002 above is not.
        var ok = new WorkPackage("A", "a", 1_000_000, EarningTechnique.PercentComplete, [1_000_000.0005]);
        Assert.Equal(1_000_000.0005, ok.CumulativePlannedValue[^1]);
        Assert.Throws<ArgumentException>(() => new WorkPackage("A", "a", 1_000_000, EarningTechnique.PercentComplete, [1_000_000.002]));
    }

    [Fact]
    public void A_package_curve_ending_exactly_at_the_tolerance_is_accepted()
    {
        // BAC = 1,953,125 = 5⁹: tolerance 1e−9 · 5⁹ = 5⁹ / (2⁹ · 5⁹) = 2⁻⁹ = 0.001953125, exact in binary, and
        // 1,953,125 ± 2⁻⁹ are doubles (spacing 2⁻³¹ there). The rule is |end − BAC| ≤ tolerance, so both are accepted.
        var above = new WorkPackage("A", "a", 1_953_125, EarningTechnique.PercentComplete, [1_953_125.001953125]);
        var below = new WorkPackage("B", "b", 1_953_125, EarningTechnique.PercentComplete, [1_953_124.998046875]);
        Assert.True(above.HasPlannedValue);
        Assert.True(below.HasPlannedValue);
    }
}
