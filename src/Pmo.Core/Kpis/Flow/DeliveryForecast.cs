using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// Monte Carlo delivery forecasts from sampled historical throughput: "when will these items be done?"
/// (<see cref="WhenDone"/>) and "how many items by this date?" (<see cref="HowMany"/>). Pure, thread-safe and
/// deterministic: the same inputs and seed give bit-identical results whatever the thread count.
/// </summary>
/// <remarks>
/// <para>
/// Method (T. Magennis, Focused Objective, "Forecasting using data"; Vacanti 2015, ch. 12–13): each trial walks
/// forward one working day at a time from the start date, and for every working day draws one day of the throughput
/// history uniformly with replacement (bootstrap), adding its count of finished items. <see cref="WhenDone"/> stops when
/// the trial's remaining scope is reached and records the number of working days; <see cref="HowMany"/> sums the draws
/// over the working days of the window. Non-working days of the <see cref="WorkdayCalendar"/> are skipped: history and
/// forecast are both in working days (use <see cref="FlowMetrics.WorkingDayThroughput"/> for the history).
/// </para>
/// <para>
/// Random numbers: xoshiro256** (Blackman and Vigna) seeded through SplitMix64; trials run in fixed blocks of 1,024,
/// block b using the master stream after b jumps of 2^128 steps, and results are merged in block order.
/// </para>
/// </remarks>
public static class DeliveryForecast
{
    /// <summary>The largest number of trials a forecast accepts (100,000,000), as for a risk simulation's iterations: the trials' results are kept (about 8 bytes each), so the bound keeps a call within about 1 GB.</summary>
    public const int MaxTrials = 100_000_000;

    /// <summary>Simulates when the remaining scope will be done.</summary>
    /// <param name="dailyThroughput">Items finished per working day in the history, zero days included; not empty, no negative value.</param>
    /// <param name="remaining">The remaining scope (exact, a uniform range or empirical samples).</param>
    /// <param name="start">The first day of work on the remaining scope.</param>
    /// <param name="calendar">The working-day calendar of the forecast.</param>
    /// <param name="trials">The number of trials, 1 … 100,000,000 (10,000 is typical; memory is about 8 bytes per trial).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="options">Options; default <see cref="DeliveryForecastOptions.Default"/>.</param>
    /// <param name="progress">Receives the trials done out of <paramref name="trials"/> after every block of 1,024 trials (optional; see <see cref="WorkProgress"/>). When no date can be forecast (<see cref="ForecastStatus.CannotFinish"/>) no trial is simulated and the single report is <paramref name="trials"/> of <paramref name="trials"/>.</param>
    /// <param name="cancellationToken">Checked before every block of 1,024 trials.</param>
    /// <returns>The distribution of completion dates, or <see cref="ForecastStatus.CannotFinish"/> when the history has no finished item and scope remains.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="remaining"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dailyThroughput"/> is empty or has a negative value; <paramref name="trials"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trials"/> is above <see cref="MaxTrials"/> (100,000,000, the same bound as a risk simulation's iterations).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> plus the horizon (<see cref="DeliveryForecastOptions.HorizonDays"/>) passes the last representable date, 9999-12-31.</exception>
    [Pure]
    public static CompletionForecast WhenDone(ReadOnlySpan<int> dailyThroughput, RemainingScope remaining, LocalDate start, WorkdayCalendar calendar, int trials, ulong seed, DeliveryForecastOptions? options = null, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int[] history = CheckHistory(dailyThroughput);
        Guard.Against.Null(remaining);
        Guard.Against.Null(calendar);
        CheckTrials(trials);
        options ??= DeliveryForecastOptions.Default;
        LocalDate horizonEnd = Period.DaysBetween(start, LocalDate.MaxIsoValue) < options.HorizonDays - 1
            ? throw new ArgumentOutOfRangeException(nameof(start), start, $"{nameof(start)} ({start:yyyy-MM-dd}) plus the horizon of {options.HorizonDays} days passes the last representable date ({LocalDate.MaxIsoValue:yyyy-MM-dd}).")
            : start.PlusDays(options.HorizonDays - 1);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        if (remaining.Maximum > 0 && history.All(h => h == 0))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "WhenDone", $"Every one of the {history.Length} days of throughput history finished 0 items: at that rate the remaining scope ({remaining}) can never be done. No date is forecast."));
            progress?.Report(new WorkProgress(trials, trials));
            return new CompletionForecast(ForecastStatus.CannotFinish, start, trials, seed, remaining, trials, horizonEnd, [], [], diagnostics.ToImmutable());
        }

        LocalDate[] workingDates = calendar.WorkingDays(start, horizonEnd);
        int horizon = workingDates.Length;
        int[] days = new int[trials];
        RandomStreams.RunBlocks(trials, seed, options.MaxDegreeOfParallelism, (int first, int count, ref Xoshiro256StarStar random) =>
        {
            int n = history.Length;
            for (int t = first; t < first + count; t++)
            {
                long target = remaining.Sample(ref random);
                long done = 0;
                int d = 0;
                while (done < target)
                {
                    if (d == horizon)
                    {
                        d = -1;
                        break;
                    }

                    done += history[random.NextInt(n)];
                    d++;
                }

                days[t] = d;
            }
        }, progress, cancellationToken);

        int beyond = days.Count(d => d < 0);
        int[] finished = [.. days.Where(d => d >= 0)];
        Array.Sort(finished);
        if (beyond > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "WhenDone", $"{beyond} of {trials} trials had not finished by the horizon ({horizonEnd:yyyy-MM-dd}, {options.HorizonDays} calendar days): confidences above {(trials - beyond) / (double)trials:0.####} have no date and the mean is undefined."));
        }

        return new CompletionForecast(ForecastStatus.Simulated, start, trials, seed, remaining, beyond, horizonEnd, [.. finished], workingDates, diagnostics.ToImmutable());
    }

    /// <summary>Simulates how many items will be finished from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="dailyThroughput">Items finished per working day in the history, zero days included; not empty, no negative value.</param>
    /// <param name="start">The first day of the window.</param>
    /// <param name="end">The last day of the window.</param>
    /// <param name="calendar">The working-day calendar of the forecast.</param>
    /// <param name="trials">The number of trials, 1 … 100,000,000 (memory is about 8 bytes per trial).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="options">Options (only <see cref="DeliveryForecastOptions.MaxDegreeOfParallelism"/> applies); default <see cref="DeliveryForecastOptions.Default"/>.</param>
    /// <param name="progress">Receives the trials done out of <paramref name="trials"/> after every block of 1,024 trials (optional; see <see cref="WorkProgress"/>).</param>
    /// <param name="cancellationToken">Checked before every block of 1,024 trials.</param>
    /// <returns>The distribution of item counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="dailyThroughput"/> is empty or has a negative value; <paramref name="end"/> precedes <paramref name="start"/>;
    /// <paramref name="trials"/> is less than 1; the largest daily throughput times the working days exceeds <see cref="int.MaxValue"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trials"/> is above <see cref="MaxTrials"/> (100,000,000, the same bound as a risk simulation's iterations).</exception>
    [Pure]
    public static ItemCountForecast HowMany(ReadOnlySpan<int> dailyThroughput, LocalDate start, LocalDate end, WorkdayCalendar calendar, int trials, ulong seed, DeliveryForecastOptions? options = null, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int[] history = CheckHistory(dailyThroughput);
        FlowMetrics.CheckRange(start, end, nameof(end));
        Guard.Against.Null(calendar);
        CheckTrials(trials);
        options ??= DeliveryForecastOptions.Default;
        int workingDays = calendar.CountWorkingDays(start, end);
        if ((long)history.Max() * workingDays > int.MaxValue)
        {
            throw new ArgumentException($"The largest daily throughput ({history.Max()}) times the {workingDays} working days exceeds {int.MaxValue}.", nameof(dailyThroughput));
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (history.All(h => h == 0))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "HowMany", $"Every one of the {history.Length} days of throughput history finished 0 items: every trial finishes 0 items."));
        }

        if (workingDays == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "HowMany", $"The window {start:yyyy-MM-dd}…{end:yyyy-MM-dd} has no working day: every trial finishes 0 items."));
        }

        int[] counts = new int[trials];
        RandomStreams.RunBlocks(trials, seed, options.MaxDegreeOfParallelism, (int first, int count, ref Xoshiro256StarStar random) =>
        {
            int n = history.Length;
            for (int t = first; t < first + count; t++)
            {
                int sum = 0;
                for (int d = 0; d < workingDays; d++)
                {
                    sum += history[random.NextInt(n)];
                }

                counts[t] = sum;
            }
        }, progress, cancellationToken);

        Array.Sort(counts);
        return new ItemCountForecast(start, end, workingDays, trials, seed, [.. counts], diagnostics.ToImmutable());
    }

    private static int[] CheckHistory(ReadOnlySpan<int> dailyThroughput)
    {
        Guard.Against.EmptySpan(dailyThroughput);
        for (int i = 0; i < dailyThroughput.Length; i++)
        {
            if (dailyThroughput[i] < 0)
            {
                throw new ArgumentException($"{nameof(dailyThroughput)}[{i}] must be zero or positive (got {dailyThroughput[i]}).", nameof(dailyThroughput));
            }
        }

        return dailyThroughput.ToArray();
    }

    private static void CheckTrials(int trials)
    {
        Guard.Against.NegativeOrZero(trials);
        if (trials > MaxTrials)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, $"{nameof(trials)} must be at most {MaxTrials:N0} (got {trials:N0}): every trial's result is kept.");
        }
    }
}
