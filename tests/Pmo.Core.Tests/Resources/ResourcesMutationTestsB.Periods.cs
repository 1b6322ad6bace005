using NodaTime;
using Pmo.Core.Resources;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Mutation tests (helper B) for <see cref="PlanningPeriods"/>: the calendar-end limits of Monthly and Weekly at their
/// exact boundaries, the documented count limits of Create, labels and label lookup.
/// </summary>
public class ResourcesMutationTestsBPeriods
{
    // Monthly: the last month's exclusive end (first day of the next month) must exist, i.e. be ≤ 9999-12-31.
    // 9999-11 ends (exclusive) on 9999-12-01: allowed. 9999-12 would end on 10000-01-01: rejected.

    [Fact]
    public void Monthly_up_to_november_9999_is_allowed()
    {
        PlanningPeriods one = PlanningPeriods.Monthly(new YearMonth(9999, 11), 1);
        Assert.Equal(new LocalDate(9999, 12, 1), one.End);
        PlanningPeriods two = PlanningPeriods.Monthly(new YearMonth(9999, 10), 2);
        Assert.Equal(["9999-10", "9999-11"], two.Labels.ToArray());
    }

    [Fact]
    public void Monthly_past_the_calendar_end_is_a_count_error_naming_the_rule()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => PlanningPeriods.Monthly(new YearMonth(9999, 12), 1), "count", "1 months from 9999-12", "end after the last date the calendar supports");
        Reject.Rule<ArgumentOutOfRangeException>(() => PlanningPeriods.Monthly(new YearMonth(9999, 10), 3), "count", "3 months from 9999-10");
        Reject.Rule<ArgumentOutOfRangeException>(() => PlanningPeriods.Monthly(new YearMonth(9990, 1), 200), "count", "200 months");
    }

    // Weekly: the last week's exclusive end firstDay + 7·count must be ≤ LocalDate.MaxIsoValue (9999-12-31).

    [Fact]
    public void Weekly_ending_exactly_on_the_last_supported_date_is_allowed()
    {
        LocalDate max = LocalDate.MaxIsoValue;
        Assert.Equal(max, PlanningPeriods.Weekly(max.PlusDays(-7), 1).End);
        Assert.Equal(max, PlanningPeriods.Weekly(max.PlusDays(-14), 2).End);
    }

    [Fact]
    public void Weekly_past_the_calendar_end_is_a_count_error_naming_the_rule()
    {
        LocalDate max = LocalDate.MaxIsoValue;
        Reject.Rule<ArgumentOutOfRangeException>(() => PlanningPeriods.Weekly(max.PlusDays(-6), 1), "count", "1 weeks from 9999-12-25", "end after the last date the calendar supports");
        Reject.Rule<ArgumentOutOfRangeException>(() => PlanningPeriods.Weekly(max.PlusDays(-13), 2), "count", "2 weeks from");
    }

    [Fact]
    public void Weekly_labels_are_the_iso_first_days()
    {
        PlanningPeriods w = PlanningPeriods.Weekly(new LocalDate(2027, 1, 4), 2);
        Assert.Equal(["2027-01-04", "2027-01-11"], w.Labels.ToArray());
    }

    [Fact]
    public void Create_rejects_null_and_null_elements()
    {
        Reject.Rule<ArgumentNullException>(() => PlanningPeriods.Create(null!), "periods");
        Reject.Rule<ArgumentNullException>(() => PlanningPeriods.Create([null!]), "periods", "periods[0] is null");
    }

    [Fact]
    public void Create_accepts_exactly_max_count_and_rejects_more_stating_the_limit()
    {
        LocalDate d0 = new(2000, 1, 1);
        PlanningPeriod[] items = [.. Enumerable.Range(0, PlanningPeriods.MaxCount + 1).Select(i => new PlanningPeriod("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), d0.PlusDays(i), d0.PlusDays(i + 1)))];
        Assert.Equal(PlanningPeriods.MaxCount, PlanningPeriods.Create(items.Take(PlanningPeriods.MaxCount)).Count);
        Reject.Rule<ArgumentException>(() => PlanningPeriods.Create(items), "periods", "must hold 1 … 10000 periods", "got 10001");
        Reject.Rule<ArgumentException>(() => PlanningPeriods.Create([]), "periods", "got 0");
    }

    [Fact]
    public void Index_of_an_unknown_label_is_minus_one()
    {
        PlanningPeriods m = PlanningPeriods.Monthly(new YearMonth(2027, 1), 2);
        Assert.Equal(-1, m.IndexOf("2027-03"));
        Assert.Equal(1, m.IndexOf("2027-02"));
    }
}
