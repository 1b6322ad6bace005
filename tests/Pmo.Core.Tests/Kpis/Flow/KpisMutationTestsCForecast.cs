using System.Globalization;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Core.Tests.Kpis.Flow;

/// <summary>
/// Mutation-driven tests (helper C) for <see cref="DeliveryForecast"/> and <see cref="CompletionForecast"/>. Trial counts
/// are tiny; expected values come from degenerate, hand-computable cases (constant throughput, fixed scope) or from
/// documented invariants.
/// </summary>
public class KpisMutationTestsCForecast
{
    private static readonly LocalDate Monday = new(2025, 3, 3);
    private static readonly LocalDate Friday = new(2025, 3, 7);

    [Fact]
    public void WhenDone_horizon_may_end_exactly_on_the_last_representable_date()
    {
        var options = new DeliveryForecastOptions { HorizonDays = 10 };
        LocalDate start = LocalDate.MaxIsoValue.PlusDays(-9); // start + 9 days = max: the 10-day horizon just fits
        CompletionForecast f = DeliveryForecast.WhenDone([1], RemainingScope.Exactly(3), start, WorkdayCalendar.EveryDay, 4, 1, options);
        Assert.Equal(LocalDate.MaxIsoValue, f.HorizonEnd);
        Assert.Equal([3, 3, 3, 3], [.. f.SortedWorkingDays]); // one item a day, three items: 3 working days in every trial
        Assert.Equal(start.PlusDays(2), f.DateAt(1.0));
    }

    [Fact]
    public void WhenDone_horizon_past_the_last_representable_date_throws()
    {
        var options = new DeliveryForecastOptions { HorizonDays = 10 };
        LocalDate start = LocalDate.MaxIsoValue.PlusDays(-8);
        KpiC.Throws<ArgumentOutOfRangeException>("start", () => DeliveryForecast.WhenDone([1], RemainingScope.Exactly(3), start, WorkdayCalendar.EveryDay, 4, 1, options), "horizon of 10 days passes the last representable date");
    }

    [Fact]
    public void WhenDone_zero_scope_is_done_immediately_and_nothing_is_beyond_the_horizon()
    {
        CompletionForecast f = DeliveryForecast.WhenDone([1], RemainingScope.Exactly(0), Monday, WorkdayCalendar.EveryDay, 5, 3);
        Assert.Equal(ForecastStatus.Simulated, f.Status);
        Assert.Equal(0, f.TrialsBeyondHorizon);
        Assert.Equal(0.0, f.MeanWorkingDays);
        Assert.DoesNotContain(f.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void WhenDone_beyond_horizon_warning_states_the_finished_share()
    {
        // One item a day; scope is 1 or 50 items with a 10-day horizon: a trial drawing 50 cannot finish.
        const int Trials = 16;
        var options = new DeliveryForecastOptions { HorizonDays = 10 };
        CompletionForecast f = DeliveryForecast.WhenDone([1], RemainingScope.FromSamples([1, 50]), Monday, WorkdayCalendar.EveryDay, Trials, 7, options);
        int beyond = f.TrialsBeyondHorizon;
        Assert.InRange(beyond, 1, Trials - 1); // precondition of this test: both scopes were drawn
        Assert.Equal(Trials - beyond, f.SortedWorkingDays.Length);
        Assert.All(f.SortedWorkingDays, d => Assert.Equal(1, d));
        Diagnostic d = KpiC.Single(f.Diagnostics, DiagnosticKind.Warning, "WhenDone");
        string share = ((Trials - beyond) / (double)Trials).ToString("0.####", CultureInfo.InvariantCulture);
        Assert.Contains($"{beyond} of {Trials} trials", d.Message, StringComparison.Ordinal);
        Assert.Contains($"confidences above {share} have no date", d.Message, StringComparison.Ordinal);
        Assert.Null(f.MeanWorkingDays);
    }

    [Fact]
    public void WhenDone_accepts_exactly_the_maximum_trial_count()
    {
        // A zero-throughput history cannot finish: the forecast returns before simulating, so MaxTrials is cheap here.
        CompletionForecast f = DeliveryForecast.WhenDone([0], RemainingScope.Exactly(1), Monday, WorkdayCalendar.EveryDay, DeliveryForecast.MaxTrials, 1);
        Assert.Equal(ForecastStatus.CannotFinish, f.Status);
        Assert.Equal(DeliveryForecast.MaxTrials, f.Trials);
    }

    [Fact]
    public void Trials_above_maximum_message() =>
        KpiC.Throws<ArgumentOutOfRangeException>("trials", () => DeliveryForecast.WhenDone([1], RemainingScope.Exactly(1), Monday, WorkdayCalendar.EveryDay, DeliveryForecast.MaxTrials + 1, 1), "trials must be at most 100,000,000");

    [Fact]
    public void Negative_history_message_names_index() =>
        KpiC.Throws<ArgumentException>("dailyThroughput", () => DeliveryForecast.HowMany([1, -2], Monday, Friday, WorkdayCalendar.EveryDay, 2, 1), "dailyThroughput[1] must be zero or positive", "-2");

    [Theory]
    [InlineData(1, "(1)")]
    [InlineData(2, "(2)")]
    public void CannotFinish_diagnostic_names_an_exact_scope(int items, string shown)
    {
        CompletionForecast f = DeliveryForecast.WhenDone([0, 0], RemainingScope.Exactly(items), Monday, WorkdayCalendar.EveryDay, 3, 1);
        Diagnostic d = KpiC.Single(f.Diagnostics, DiagnosticKind.Undefined, "WhenDone");
        Assert.Contains($"remaining scope {shown}", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CannotFinish_diagnostic_names_a_uniform_scope()
    {
        CompletionForecast f = DeliveryForecast.WhenDone([0], RemainingScope.Uniform(3, 7), Monday, WorkdayCalendar.EveryDay, 3, 1);
        Assert.Contains("remaining scope (uniform 3…7)", KpiC.Single(f.Diagnostics, DiagnosticKind.Undefined, "WhenDone").Message, StringComparison.Ordinal);
        CompletionForecast g = DeliveryForecast.WhenDone([0], RemainingScope.Uniform(4, 4), Monday, WorkdayCalendar.EveryDay, 3, 1);
        Assert.Contains("remaining scope (4)", KpiC.Single(g.Diagnostics, DiagnosticKind.Undefined, "WhenDone").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CannotFinish_diagnostic_names_a_sampled_scope()
    {
        CompletionForecast f = DeliveryForecast.WhenDone([0], RemainingScope.FromSamples([4, 9, 4]), Monday, WorkdayCalendar.EveryDay, 3, 1);
        Assert.Contains("remaining scope (one of 3 values in 4…9)", KpiC.Single(f.Diagnostics, DiagnosticKind.Undefined, "WhenDone").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HowMany_throughput_times_days_overflow_throws_naming_the_largest_value()
    {
        // max 2^30 × 2 working days = 2^31 > int.MaxValue.
        KpiC.Throws<ArgumentException>("dailyThroughput", () => DeliveryForecast.HowMany([0, 1 << 30], Monday, Monday.PlusDays(1), WorkdayCalendar.EveryDay, 2, 1), "largest daily throughput (1073741824)", "2 working days");
    }

    [Fact]
    public void HowMany_throughput_times_days_equal_to_int_max_is_allowed()
    {
        // int.MaxValue × 1 working day = int.MaxValue: allowed (only exceeding it is rejected).
        ItemCountForecast f = DeliveryForecast.HowMany([int.MaxValue], Monday, Monday, WorkdayCalendar.EveryDay, 2, 1);
        Assert.Equal([int.MaxValue, int.MaxValue], [.. f.SortedCounts]);
    }

    [Fact]
    public void HowMany_window_without_working_day_is_reported()
    {
        ItemCountForecast weekend = DeliveryForecast.HowMany([2], Friday.PlusDays(1), Friday.PlusDays(2), WorkdayCalendar.MondayToFriday, 3, 1);
        Assert.Equal(0, weekend.WorkingDays);
        Assert.Equal([0, 0, 0], [.. weekend.SortedCounts]);
        Diagnostic d = KpiC.Single(weekend.Diagnostics, DiagnosticKind.Information, "HowMany");
        Assert.Contains("2025-03-08…2025-03-09 has no working day", d.Message, StringComparison.Ordinal);

        ItemCountForecast week = DeliveryForecast.HowMany([2], Monday, Friday, WorkdayCalendar.MondayToFriday, 3, 1);
        Assert.Equal([10, 10, 10], [.. week.SortedCounts]); // 2 a day × 5 working days
        Assert.Empty(week.Diagnostics);
    }

    [Fact]
    public void ProbabilityDoneBy_a_date_before_start_is_zero()
    {
        // One item a day, one item: every trial needs exactly 1 working day (Monday).
        CompletionForecast f = DeliveryForecast.WhenDone([1], RemainingScope.Exactly(1), Monday, WorkdayCalendar.EveryDay, 4, 1);
        Assert.Equal(0.0, f.ProbabilityDoneBy(Monday.PlusDays(-1)));
        Assert.Equal(1.0, f.ProbabilityDoneBy(Monday));
    }

    [Fact]
    public void ProbabilityDoneBy_a_non_working_date_counts_the_working_days_before_it()
    {
        // Start Friday, one item a day, one item: done Friday; by Saturday (not worked) it is certainly done.
        CompletionForecast f = DeliveryForecast.WhenDone([1], RemainingScope.Exactly(1), Friday, WorkdayCalendar.MondayToFriday, 4, 1);
        Assert.Equal(1.0, f.ProbabilityDoneBy(Friday.PlusDays(1)));
        // Two items: Friday and Monday; by Sunday only one working day has elapsed.
        CompletionForecast g = DeliveryForecast.WhenDone([1], RemainingScope.Exactly(2), Friday, WorkdayCalendar.MondayToFriday, 4, 1);
        Assert.Equal(0.0, g.ProbabilityDoneBy(Friday.PlusDays(2)));
        Assert.Equal(1.0, g.ProbabilityDoneBy(Friday.PlusDays(3)));
    }
}
