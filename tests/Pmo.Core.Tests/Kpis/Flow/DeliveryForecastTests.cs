using MathNet.Numerics.Distributions;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis.Flow;

namespace Pmo.Core.Tests.Kpis.Flow;

/// <summary>
/// The Monte Carlo forecasts against EXACT distributions. Tolerance: the Dvoretzky–Kiefer–Wolfowitz inequality
/// (Massart's constant) bounds the largest gap between the empirical CDF of T trials and the true CDF:
/// P(sup |F_T − F| &gt; ε) ≤ 2·exp(−2Tε²). With α = 1e-9, ε = sqrt(ln(2/α) / (2T)) (≈ 0.0103 for T = 100,000), so a
/// correct simulator fails a check with probability below 1e-9 (and, with a fixed seed, never changes its verdict).
/// </summary>
public class DeliveryForecastTests
{
    private const int T = 100_000;
    private static readonly double Epsilon = Math.Sqrt(Math.Log(2 / 1e-9) / (2.0 * T));
    private static readonly LocalDate Monday = new(2025, 3, 3);

    private static void EmpiricalCdfIsClose(IReadOnlyList<int> sortedSample, Func<int, double> exactCdf, int from, int to)
    {
        double worst = 0;
        int i = 0;
        for (int k = from; k <= to; k++)
        {
            while (i < sortedSample.Count && sortedSample[i] <= k)
            {
                i++;
            }

            worst = Math.Max(worst, Math.Abs((i / (double)sortedSample.Count) - exactCdf(k)));
        }

        Assert.True(worst <= Epsilon, $"sup |F_T − F| = {worst} > ε = {Epsilon}");
    }

    [Fact]
    public void Constant_throughput_of_one_a_day_finishes_in_exactly_N_working_days()
    {
        CompletionForecast f = DeliveryForecast.WhenDone([1, 1, 1], RemainingScope.Exactly(10), Monday, WorkdayCalendar.MondayToFriday, 1_000, 7);
        Assert.Equal(ForecastStatus.Simulated, f.Status);
        Assert.All(f.SortedWorkingDays, d => Assert.Equal(10, d));
        Assert.Equal(10.0, f.MeanWorkingDays);
        // The 10th working day from Monday 3 March 2025 is Friday 14 March.
        Assert.Equal(new LocalDate(2025, 3, 14), f.DateAt(0.5));
        Assert.Equal(new LocalDate(2025, 3, 14), f.DateAt(1.0));
        Assert.Equal(0.0, f.ProbabilityDoneBy(new LocalDate(2025, 3, 13)));
        Assert.Equal(1.0, f.ProbabilityDoneBy(new LocalDate(2025, 3, 14)));
        Assert.Equal(1.0, f.ProbabilityDoneBy(new LocalDate(2026, 1, 1)));
        Assert.Equal(0.0, f.ProbabilityDoneBy(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Zero_one_history_gives_a_negative_binomial_completion_time()
    {
        // Each working day finishes 1 item with probability 1/2. Days to finish N = N + failures before the N-th
        // success, failures ~ NegativeBinomial(N, 1/2) (MathNet counts failures).
        const int N = 20;
        var nb = new NegativeBinomial(N, 0.5);
        CompletionForecast f = DeliveryForecast.WhenDone([0, 1], RemainingScope.Exactly(N), Monday, WorkdayCalendar.EveryDay, T, 42);
        Assert.Equal(0, f.TrialsBeyondHorizon);
        EmpiricalCdfIsClose(f.SortedWorkingDays, k => k < N ? 0 : nb.CumulativeDistribution(k - N), N, 120);

        // Percentiles read in the right direction: the simulated 85 % day d satisfies F(d) ≥ 0.85 − ε and F(d − 1) ≤ 0.85 + ε.
        foreach (double q in new[] { 0.5, 0.7, 0.85, 0.95 })
        {
            int d = f.WorkingDaysAt(q)!.Value;
            Assert.True(nb.CumulativeDistribution(d - N) >= q - Epsilon, $"q={q}: F({d}) too small");
            Assert.True(nb.CumulativeDistribution(d - 1 - N) <= q + Epsilon, $"q={q}: F({d - 1}) too large");
            Assert.Equal(Monday.PlusDays(d - 1), f.DateAt(q));
        }

        // Mean N/p = 40, standard deviation sqrt(N(1 − p))/p = sqrt(40); allow 6 standard errors.
        Assert.True(Math.Abs(f.MeanWorkingDays!.Value - 40) <= 6 * Math.Sqrt(40.0 / T), $"mean {f.MeanWorkingDays}");
    }

    [Fact]
    public void Zero_one_history_gives_a_binomial_count()
    {
        // 4 weeks Monday–Sunday on a Monday–Friday calendar: 20 working days, count ~ Binomial(20, 1/2).
        var bin = new Binomial(0.5, 20);
        ItemCountForecast f = DeliveryForecast.HowMany([0, 1], Monday, Monday.PlusDays(27), WorkdayCalendar.MondayToFriday, T, 42);
        Assert.Equal(20, f.WorkingDays);
        EmpiricalCdfIsClose(f.SortedCounts, k => bin.CumulativeDistribution(k), 0, 20);
        foreach (double q in new[] { 0.5, 0.7, 0.85, 0.95 })
        {
            // "q chance of at least n": P(X ≥ n) ≥ q − ε and P(X ≥ n + 1) ≤ q + ε.
            int n = f.AtLeast(q);
            Assert.True(1 - bin.CumulativeDistribution(n - 1) >= q - Epsilon, $"q={q}, n={n}");
            Assert.True(1 - bin.CumulativeDistribution(n) <= q + Epsilon, $"q={q}, n={n}");
            Assert.True(f.ProbabilityAtLeast(n) >= q);
        }

        Assert.True(Math.Abs(f.MeanCount - 10) <= 6 * Math.Sqrt(5.0 / T));
    }

    [Fact]
    public void Higher_confidence_means_later_dates_and_fewer_items()
    {
        int[] history = [0, 1, 2, 0, 3, 1, 0, 0, 2, 5];
        CompletionForecast when = DeliveryForecast.WhenDone(history, RemainingScope.Exactly(50), Monday, WorkdayCalendar.MondayToFriday, 10_000, 1);
        Assert.True(when.DateAt(0.5) <= when.DateAt(0.85));
        Assert.True(when.DateAt(0.85) <= when.DateAt(0.95));
        ItemCountForecast many = DeliveryForecast.HowMany(history, Monday, Monday.PlusDays(60), WorkdayCalendar.MondayToFriday, 10_000, 1);
        Assert.True(many.AtLeast(0.5) >= many.AtLeast(0.85));
        Assert.True(many.AtLeast(0.85) >= many.AtLeast(0.95));
    }

    [Fact]
    public void Same_seed_is_bit_identical_whatever_the_thread_count()
    {
        int[] history = [0, 1, 2, 0, 3, 1, 0, 0, 2, 5];
        var scope = RemainingScope.Uniform(150, 250);
        CompletionForecast one = DeliveryForecast.WhenDone(history, scope, Monday, WorkdayCalendar.MondayToFriday, 20_000, 123, new DeliveryForecastOptions { MaxDegreeOfParallelism = 1 });
        CompletionForecast two = DeliveryForecast.WhenDone(history, scope, Monday, WorkdayCalendar.MondayToFriday, 20_000, 123, new DeliveryForecastOptions { MaxDegreeOfParallelism = 2 });
        CompletionForecast many = DeliveryForecast.WhenDone(history, scope, Monday, WorkdayCalendar.MondayToFriday, 20_000, 123, new DeliveryForecastOptions { MaxDegreeOfParallelism = 16 });
        CompletionForecast again = DeliveryForecast.WhenDone(history, scope, Monday, WorkdayCalendar.MondayToFriday, 20_000, 123);
        Assert.Equal(one.SortedWorkingDays.ToArray(), two.SortedWorkingDays.ToArray());
        Assert.Equal(one.SortedWorkingDays.ToArray(), many.SortedWorkingDays.ToArray());
        Assert.Equal(one.SortedWorkingDays.ToArray(), again.SortedWorkingDays.ToArray());
        Assert.Equal(BitConverter.DoubleToInt64Bits(one.MeanWorkingDays!.Value), BitConverter.DoubleToInt64Bits(many.MeanWorkingDays!.Value));

        ItemCountForecast a = DeliveryForecast.HowMany(history, Monday, Monday.PlusDays(90), WorkdayCalendar.MondayToFriday, 20_000, 5, new DeliveryForecastOptions { MaxDegreeOfParallelism = 1 });
        ItemCountForecast b = DeliveryForecast.HowMany(history, Monday, Monday.PlusDays(90), WorkdayCalendar.MondayToFriday, 20_000, 5, new DeliveryForecastOptions { MaxDegreeOfParallelism = 4 });
        Assert.Equal(a.SortedCounts.ToArray(), b.SortedCounts.ToArray());

        CompletionForecast other = DeliveryForecast.WhenDone(history, scope, Monday, WorkdayCalendar.MondayToFriday, 20_000, 124);
        Assert.NotEqual(one.SortedWorkingDays.ToArray(), other.SortedWorkingDays.ToArray());
    }

    [Fact]
    public void All_zero_history_cannot_finish()
    {
        CompletionForecast f = DeliveryForecast.WhenDone([0, 0, 0], RemainingScope.Exactly(5), Monday, WorkdayCalendar.MondayToFriday, 1_000, 1);
        Assert.Equal(ForecastStatus.CannotFinish, f.Status);
        Assert.Null(f.DateAt(0.5));
        Assert.Null(f.WorkingDaysAt(0.01));
        Assert.Null(f.MeanWorkingDays);
        Assert.Equal(0.0, f.ProbabilityDoneBy(new LocalDate(2100, 1, 1)));
        Assert.Equal(1_000, f.TrialsBeyondHorizon);
        Assert.Contains(f.Diagnostics, d => d.Kind == DiagnosticKind.Undefined);
    }

    [Fact]
    public void Nothing_remaining_is_done_before_the_start()
    {
        CompletionForecast f = DeliveryForecast.WhenDone([0, 0], RemainingScope.Exactly(0), Monday, WorkdayCalendar.MondayToFriday, 100, 1);
        Assert.Equal(ForecastStatus.Simulated, f.Status);
        Assert.Equal(0, f.WorkingDaysAt(1));
        Assert.Equal(Monday.PlusDays(-1), f.DateAt(1));

        // Consistent with DateAt: every trial is done by that day (it used to report 0 there), none two days before.
        Assert.Equal(1, f.ProbabilityDoneBy(Monday.PlusDays(-1)));
        Assert.Equal(1, f.ProbabilityDoneBy(Monday));
        Assert.Equal(0, f.ProbabilityDoneBy(Monday.PlusDays(-2)));
    }

    [Fact]
    public void A_date_before_the_start_counts_no_trial_that_needs_working_days()
    {
        // Constant throughput 1 per day, 3 items: every trial needs exactly 3 working days (Mon, Tue, Wed).
        CompletionForecast f = DeliveryForecast.WhenDone([1, 1], RemainingScope.Exactly(3), Monday, WorkdayCalendar.MondayToFriday, 50, 1);
        Assert.Equal(0, f.ProbabilityDoneBy(Monday.PlusDays(-1)));
        Assert.Equal(0, f.ProbabilityDoneBy(Monday.PlusDays(1)));
        Assert.Equal(1, f.ProbabilityDoneBy(Monday.PlusDays(2)));
    }

    [Fact]
    public void Trials_beyond_the_horizon_have_no_date()
    {
        // One item in four days on average; 100 items cannot be done within a 30-day horizon.
        var options = new DeliveryForecastOptions { HorizonDays = 30 };
        CompletionForecast f = DeliveryForecast.WhenDone([0, 0, 0, 1], RemainingScope.Exactly(100), Monday, WorkdayCalendar.EveryDay, 500, 1, options);
        Assert.Equal(500, f.TrialsBeyondHorizon);
        Assert.Null(f.DateAt(0.5));
        Assert.Null(f.MeanWorkingDays);
        Assert.Equal(Monday.PlusDays(29), f.HorizonEnd);
        Assert.Contains(f.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Uniform_and_empirical_scope_are_sampled_with_equal_weights()
    {
        // Constant throughput 1: days = scope. Uniform 5..9 → each value with probability 1/5.
        CompletionForecast u = DeliveryForecast.WhenDone([1], RemainingScope.Uniform(5, 9), Monday, WorkdayCalendar.EveryDay, T, 3);
        EmpiricalCdfIsClose(u.SortedWorkingDays, k => Math.Clamp((k - 4) / 5.0, 0, 1), 0, 12);
        // Empirical {3, 3, 7}: 3 with probability 2/3.
        CompletionForecast e = DeliveryForecast.WhenDone([1], RemainingScope.FromSamples([3, 3, 7]), Monday, WorkdayCalendar.EveryDay, T, 3);
        EmpiricalCdfIsClose(e.SortedWorkingDays, k => k < 3 ? 0 : k < 7 ? 2 / 3.0 : 1, 0, 10);
    }

    [Fact]
    public void How_many_on_a_working_calendar_with_constant_throughput()
    {
        // Monday to Sunday with a Wednesday holiday: 4 working days × 2 items.
        var cal = new WorkdayCalendar([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [Monday.PlusDays(2)]);
        ItemCountForecast f = DeliveryForecast.HowMany([2], Monday, Monday.PlusDays(6), cal, 100, 1);
        Assert.Equal(4, f.WorkingDays);
        Assert.All(f.SortedCounts, c => Assert.Equal(8, c));
        Assert.Equal(8, f.AtLeast(0.95));
        Assert.Equal(1.0, f.ProbabilityAtLeast(8));
        Assert.Equal(0.0, f.ProbabilityAtLeast(9));
    }

    [Fact]
    public void How_many_with_an_all_zero_history_is_zero_with_a_warning()
    {
        ItemCountForecast f = DeliveryForecast.HowMany([0, 0], Monday, Monday.PlusDays(6), WorkdayCalendar.MondayToFriday, 100, 1);
        Assert.Equal(0, f.AtLeast(0.5));
        Assert.Contains(f.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }
}
