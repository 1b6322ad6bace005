using NodaTime;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>Layer 3: one test per validation rule of the calendar, schedule dates, PERT and path enumeration (type + ParamName).</summary>
public class SchedulingExtensionValidationTests
{
    private static readonly LocalDate From = new(2026, 1, 1);
    private static readonly LocalDate To = new(2026, 12, 31);
    private static readonly LocalDate Monday = new(2026, 1, 5);
    private static readonly WorkingCalendar Calendar = new(From, To);
    private static readonly ActivityNetwork Ab = ActivityNetwork.Create([new("A", 1), new("B", 2)], [new("A", "B")]);

    private static T Throws<T>(string param, Action action)
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(action);
        Assert.Equal(param, e.ParamName);
        return e;
    }

    private static Dictionary<string, ThreePointEstimate> AbEstimates() => new() { ["A"] = new(1, 2, 3), ["B"] = new(2, 3, 4) };

    // WorkingCalendar constructor
    [Fact] public void Calendar_range_reversed() => Throws<ArgumentOutOfRangeException>("validTo", () => _ = new WorkingCalendar(To, From));

    [Fact] public void Calendar_range_too_long() => Throws<ArgumentOutOfRangeException>("validTo", () => _ = new WorkingCalendar(From, From.PlusDays(WorkingCalendar.MaxRangeDays)));

    [Fact] public void Calendar_no_working_weekday() => Throws<ArgumentException>("workingDays", () => _ = new WorkingCalendar(From, To, []));

    [Theory]
    [InlineData(IsoDayOfWeek.None)]
    [InlineData((IsoDayOfWeek)8)]
    public void Calendar_working_day_undefined(IsoDayOfWeek d) => Throws<ArgumentOutOfRangeException>("workingDays", () => _ = new WorkingCalendar(From, To, [IsoDayOfWeek.Monday, d]));

    [Fact] public void Calendar_holiday_outside_range() => Throws<ArgumentOutOfRangeException>("holidays", () => _ = new WorkingCalendar(From, To, holidays: [To.PlusDays(1)]));

    [Fact] public void Calendar_extra_working_day_outside_range() => Throws<ArgumentOutOfRangeException>("extraWorkingDays", () => _ = new WorkingCalendar(From, To, extraWorkingDays: [From.PlusDays(-1)]));

    [Fact]
    public void Calendar_date_both_holiday_and_extra_working_day()
    {
        ArgumentException e = Throws<ArgumentException>("extraWorkingDays", () => _ = new WorkingCalendar(From, To, holidays: [Monday], extraWorkingDays: [Monday]));
        Assert.Contains("2026-01-05", e.Message, StringComparison.Ordinal);
    }

    // WorkingCalendar queries
    [Fact] public void IsWorkingDay_outside_range() => Throws<ArgumentOutOfRangeException>("date", () => Calendar.IsWorkingDay(To.PlusDays(1)));

    [Fact] public void WorkingDaysBetween_from_outside_range() => Throws<ArgumentOutOfRangeException>("from", () => Calendar.WorkingDaysBetween(From.PlusDays(-1), To));

    [Fact] public void WorkingDaysBetween_to_outside_range() => Throws<ArgumentOutOfRangeException>("to", () => Calendar.WorkingDaysBetween(From, To.PlusDays(2)));

    [Fact] public void Project_start_outside_range() => Throws<ArgumentOutOfRangeException>("projectStart", () => Calendar.StartDate(From.PlusDays(-3), 0));

    [Fact]
    public void Project_start_not_a_working_day()
    {
        ArgumentException e = Throws<ArgumentException>("projectStart", () => Calendar.FinishDate(new LocalDate(2026, 1, 3), 1));
        Assert.Contains("Saturday", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void StartDate_time_not_finite_non_negative(double t) => Throws<ArgumentOutOfRangeException>("time", () => Calendar.StartDate(Monday, t));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void FinishDate_time_not_finite_non_negative(double t) => Throws<ArgumentOutOfRangeException>("time", () => Calendar.FinishDate(Monday, t));

    [Fact] public void StartDate_time_beyond_range() => Throws<ArgumentOutOfRangeException>("time", () => Calendar.StartDate(Monday, 1000));

    [Fact] public void FinishDate_time_beyond_range() => Throws<ArgumentOutOfRangeException>("time", () => Calendar.FinishDate(Monday, 1000));

    [Fact] public void FinishDates_element_invalid() => Throws<ArgumentOutOfRangeException>("times", () => Calendar.FinishDates(Monday, [1, double.NaN], new LocalDate[2]));

    [Fact] public void FinishDates_destination_too_short() => Throws<ArgumentException>("destination", () => Calendar.FinishDates(Monday, [1, 2], new LocalDate[1]));

    [Fact] public void WorkingTime_date_before_start() => Throws<ArgumentOutOfRangeException>("date", () => Calendar.WorkingTime(Monday, Monday.PlusDays(-1)));

    [Fact] public void WorkingTime_date_outside_range() => Throws<ArgumentOutOfRangeException>("date", () => Calendar.WorkingTime(Monday, To.PlusDays(1)));

    [Fact] public void NextWorkingDay_none_left() => Throws<ArgumentOutOfRangeException>("date", () => new WorkingCalendar(From, new LocalDate(2026, 1, 4)).NextWorkingDay(new LocalDate(2026, 1, 3)));

    // ScheduleDates
    [Fact] public void ScheduleDates_cpm_null() => Throws<ArgumentNullException>("cpm", () => ScheduleDates.Create(null!, Calendar, Monday));

    [Fact] public void ScheduleDates_calendar_null() => Throws<ArgumentNullException>("calendar", () => ScheduleDates.Create(CriticalPath.Analyze(Ab), null!, Monday));

    [Fact] public void ScheduleDates_id_null() => Throws<ArgumentNullException>("id", () => _ = ScheduleDates.Create(CriticalPath.Analyze(Ab), Calendar, Monday)[null!]);

    // ThreePointEstimate
    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Estimate_optimistic_not_finite_non_negative(double a) => Throws<ArgumentOutOfRangeException>("optimistic", () => _ = new ThreePointEstimate(a, 2, 3));

    [Fact] public void Estimate_most_likely_not_finite() => Throws<ArgumentOutOfRangeException>("mostLikely", () => _ = new ThreePointEstimate(1, double.NaN, 3));

    [Fact] public void Estimate_most_likely_below_optimistic() => Throws<ArgumentOutOfRangeException>("mostLikely", () => _ = new ThreePointEstimate(2, 1, 3));

    [Fact] public void Estimate_pessimistic_not_finite() => Throws<ArgumentOutOfRangeException>("pessimistic", () => _ = new ThreePointEstimate(1, 2, double.PositiveInfinity));

    [Fact] public void Estimate_pessimistic_below_most_likely() => Throws<ArgumentOutOfRangeException>("pessimistic", () => _ = new ThreePointEstimate(1, 3, 2));

    // Pert.Analyze
    [Fact] public void Pert_network_null() => Throws<ArgumentNullException>("network", () => Pert.Analyze(null!, AbEstimates()));

    [Fact] public void Pert_estimates_null() => Throws<ArgumentNullException>("estimates", () => Pert.Analyze(Ab, null!));

    [Fact] public void Pert_estimate_missing() => Throws<ArgumentException>("estimates", () => Pert.Analyze(Ab, new Dictionary<string, ThreePointEstimate> { ["A"] = new(1, 2, 3) }));

    [Fact]
    public void Pert_estimate_for_unknown_activity()
    {
        Dictionary<string, ThreePointEstimate> e = AbEstimates();
        e["Z"] = new(1, 1, 1);
        Throws<ArgumentException>("estimates", () => Pert.Analyze(Ab, e));
    }

    [Fact]
    public void Pert_estimate_null()
    {
        Dictionary<string, ThreePointEstimate> e = AbEstimates();
        e["B"] = null!;
        Throws<ArgumentNullException>("estimates", () => Pert.Analyze(Ab, e));
    }

    [Fact] public void Pert_float_tolerance_negative() => Throws<ArgumentOutOfRangeException>("floatTolerance", () => Pert.Analyze(Ab, AbEstimates(), floatTolerance: -1));

    [Fact] public void Pert_max_paths_below_one() => Throws<ArgumentOutOfRangeException>("maxPaths", () => Pert.Analyze(Ab, AbEstimates(), maxPaths: 0));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Pert_due_not_finite(double due) => Throws<ArgumentOutOfRangeException>("due", () => Pert.Analyze(Ab, AbEstimates()).ProbabilityOfMeeting(due));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Pert_probability_outside_open_unit_interval(double p) => Throws<ArgumentOutOfRangeException>("probability", () => Pert.Analyze(Ab, AbEstimates()).DueDateFor(p));

    [Fact] public void Pert_path_null() => Throws<ArgumentNullException>("activityIds", () => Pert.Analyze(Ab, AbEstimates()).Path(null!));

    [Fact] public void Pert_path_empty() => Throws<ArgumentException>("activityIds", () => Pert.Analyze(Ab, AbEstimates()).Path([]));

    [Fact] public void Pert_path_null_element() => Throws<ArgumentNullException>("activityIds", () => Pert.Analyze(Ab, AbEstimates()).Path(["A", null!]));

    [Fact] public void Pert_path_unknown_activity() => Throws<ArgumentException>("activityIds", () => Pert.Analyze(Ab, AbEstimates()).Path(["A", "Z"]));

    [Fact] public void Pert_path_not_linked() => Throws<ArgumentException>("activityIds", () => Pert.Analyze(Ab, AbEstimates()).Path(["B", "A"]));

    // Enumeration
    [Fact] public void Enumerate_cpm_null() => Throws<ArgumentNullException>("cpm", () => CriticalPath.EnumerateCriticalPaths(null!));

    [Fact] public void Enumerate_max_paths_below_one() => Throws<ArgumentOutOfRangeException>("maxPaths", () => CriticalPath.EnumerateCriticalPaths(CriticalPath.Analyze(Ab), 0));
}
