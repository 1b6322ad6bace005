using NodaTime;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Layer 1: hand-counted capacity. Calendar facts (read off the 2027 calendar): 1 January 2027 is a Friday and
/// 1 February 2027 a Monday. Monday–Friday working days: January has Fri 1 + four full weeks (4–8, 11–15, 18–22,
/// 25–29) = 21; with New Year's Day a holiday, 20. February (28 days from a Monday) has exactly 20.
/// </summary>
public class CapacityPlanTests
{
    internal static readonly LocalDate NewYear = new(2027, 1, 1);

    internal static WorkingCalendar Calendar2027(IEnumerable<IsoDayOfWeek>? days = null) =>
        new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31), days, days is null ? [NewYear] : []);

    internal static PlanningPeriods JanFeb => PlanningPeriods.Monthly(new YearMonth(2027, 1), 2);

    [Fact]
    public void Monthly_and_weekly_periods_have_the_expected_bounds_and_labels()
    {
        PlanningPeriods m = PlanningPeriods.Monthly(new YearMonth(2026, 11), 3);
        Assert.Equal(["2026-11", "2026-12", "2027-01"], m.Labels.ToArray());
        Assert.Equal(new LocalDate(2026, 12, 1), m[0].End);
        Assert.Equal(new LocalDate(2027, 2, 1), m.End);
        Assert.Equal(1, m.IndexOf(new LocalDate(2026, 12, 31)));
        Assert.Equal(-1, m.IndexOf(new LocalDate(2027, 2, 1)));
        Assert.Equal(-1, m.IndexOf(new LocalDate(2026, 10, 31)));
        Assert.Equal(2, m.IndexOf("2027-01"));
        PlanningPeriods w = PlanningPeriods.Weekly(new LocalDate(2027, 1, 4), 2);
        Assert.Equal(new LocalDate(2027, 1, 18), w.End);
        Assert.Equal(1, w.IndexOf(new LocalDate(2027, 1, 17)));
        Assert.Equal(7, w[0].Days);
    }

    [Fact]
    public void Capacity_is_hours_times_fte_over_working_days_less_absences()
    {
        WorkingCalendar cal = Calendar2027();
        var plan = new CapacityPlan(
            JanFeb,
            cal,
            [new Role("dev", department: "Engineering", skills: ["dotnet"]), new Role("qa", department: "Engineering")],
            [
                new Person("a", "dev"),                                  // Jan 20 d × 8 = 160; Feb 160
                new Person("b", "dev", fte: 0.5),                       // 80; 80
                new Person("c", "dev", absences: [new Absence(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 5)), new Absence(new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 4), 0.5)]),
                                                                         // Jan 19.5 d × 8 = 156; Feb 15 d × 8 = 120
                new Person("d", "dev", activeFrom: new LocalDate(2027, 2, 15)), // Jan 0; Feb 15–26 = 10 d → 80
                new Person("e", "qa", calendar: Calendar2027([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday])),
                                                                         // Mon–Thu, no holiday: Jan 4–7, 11–14, 18–21, 25–28 = 16 d → 128; Feb 4 weeks = 16 d → 128
            ],
            [new RolePool("qa", 2, from: new LocalDate(2027, 1, 18))]); // Jan 18–29 = 10 d × 16 = 160; Feb 20 × 16 = 320
        Assert.Equal(160 + 80 + 156 + 0, plan.Capacity("dev", 0), 9);
        Assert.Equal(160 + 80 + 120 + 80, plan.Capacity("dev", 1), 9);
        Assert.Equal(128 + 160, plan.Capacity("qa", 0), 9);
        Assert.Equal(128 + 320, plan.Capacity("qa", 1), 9);
        Assert.Equal(156, plan.PersonCapacity("c", 0), 9);
        Assert.Equal(160, plan.StandardHours(0));
        Assert.Equal(160, plan.StandardHours(1));
        Assert.Equal(0.5, plan.ToFte(0, 80));
        Assert.Equal(40, plan.ToHours(1, 0.25));
        Assert.Equal([396.0, 440.0], plan.CapacityRow(0).ToArray());
    }

    [Fact]
    public void A_pool_window_and_a_leaver_are_cut_at_their_dates()
    {
        var plan = new CapacityPlan(
            JanFeb,
            Calendar2027(),
            [new Role("pm")],
            [new Person("x", "pm", activeTo: new LocalDate(2027, 1, 15))], // Jan 4–15 = 10 d → 80 (1 Jan holiday)
            [new RolePool("pm", 1.5, to: new LocalDate(2027, 2, 3))]);     // Jan 20 d × 12 = 240; Feb 1–3 = 3 d × 12 = 36
        Assert.Equal(80 + 240, plan.Capacity("pm", 0), 9);
        Assert.Equal(36, plan.Capacity("pm", 1), 9);
    }

    [Fact]
    public void What_if_copies_add_and_remove_capacity()
    {
        var plan = new CapacityPlan(JanFeb, Calendar2027(), [new Role("dev")], [new Person("a", "dev"), new Person("b", "dev")]);
        Assert.Equal(320, plan.Capacity("dev", 0), 9);
        Assert.Equal(160, plan.WithoutPerson("a").Capacity("dev", 0), 9);
        Assert.Equal(480, plan.WithPerson(new Person("c", "dev")).Capacity("dev", 0), 9);
        Assert.Equal(400, plan.WithPool(new RolePool("dev", 0.5)).Capacity("dev", 0), 9);
        Assert.Equal(320, plan.Capacity("dev", 0), 9); // the original is unchanged
    }

    [Fact]
    public void A_period_without_working_days_has_no_fte_figure()
    {
        // A week of holidays: 2027-01-04 … 2027-01-08 (Mon–Fri) as one custom period.
        var cal = new WorkingCalendar(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31), null, [new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 5), new LocalDate(2027, 1, 6), new LocalDate(2027, 1, 7), new LocalDate(2027, 1, 8)]);
        var periods = PlanningPeriods.Create([new PlanningPeriod("shutdown", new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 9)), new PlanningPeriod("after", new LocalDate(2027, 1, 9), new LocalDate(2027, 1, 16))]);
        var plan = new CapacityPlan(periods, cal, [new Role("dev")], [new Person("a", "dev")]);
        Assert.Equal(0, plan.Capacity("dev", 0));
        Assert.Null(plan.ToFte(0, 8));
        Assert.Equal(40, plan.Capacity("dev", 1), 9); // Mon 11 – Fri 15
    }
}
