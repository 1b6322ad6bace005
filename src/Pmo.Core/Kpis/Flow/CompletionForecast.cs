using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// The result of <see cref="DeliveryForecast.WhenDone"/>: for each trial, the number of working days needed to finish
/// the remaining scope, and how to read it as dates with a stated confidence. Immutable.
/// </summary>
/// <remarks>
/// Reading: "<c>DateAt(0.85)</c> = 14 March" means 85 % of the trials finished on or before 14 March — the 85th
/// percentile of completion dates, by nearest rank (the earliest date by which at least 85 % of the trials had
/// finished). Later dates have higher confidence. A trial needing 0 working days (no scope) finishes on the day before
/// the start date. Trials still unfinished at the horizon count as not finished by any date, so a confidence that
/// needs them has no date (<see langword="null"/>, with a diagnostic).
/// </remarks>
public sealed class CompletionForecast
{
    private readonly LocalDate[] workingDates;

    internal CompletionForecast(ForecastStatus status, LocalDate start, int trials, ulong seed, RemainingScope scope, int beyondHorizon, LocalDate horizonEnd, ImmutableArray<int> sortedDays, LocalDate[] workingDates, ImmutableArray<Diagnostic> diagnostics)
    {
        Status = status;
        Start = start;
        Trials = trials;
        Seed = seed;
        Scope = scope;
        TrialsBeyondHorizon = beyondHorizon;
        HorizonEnd = horizonEnd;
        SortedWorkingDays = sortedDays;
        this.workingDates = workingDates;
        Diagnostics = diagnostics;
        if (status == ForecastStatus.Simulated && beyondHorizon == 0)
        {
            MeanWorkingDays = sortedDays.Average(d => (double)d);
        }
    }

    /// <summary>Gets whether trials were simulated or the work can never finish.</summary>
    public ForecastStatus Status { get; }

    /// <summary>Gets the first day of the forecast (work on the remaining scope starts that day).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the number of trials requested.</summary>
    public int Trials { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the remaining scope simulated.</summary>
    public RemainingScope Scope { get; }

    /// <summary>Gets the number of trials not finished by <see cref="HorizonEnd"/> (all of them when the work cannot finish).</summary>
    public int TrialsBeyondHorizon { get; }

    /// <summary>Gets the last day simulated (start + horizon − 1).</summary>
    public LocalDate HorizonEnd { get; }

    /// <summary>Gets the working days each finished trial needed, sorted ascending (empty when the work cannot finish).</summary>
    public ImmutableArray<int> SortedWorkingDays { get; }

    /// <summary>Gets the mean number of working days, or <see langword="null"/> when some trial did not finish within the horizon.</summary>
    public double? MeanWorkingDays { get; }

    /// <summary>Gets notes: cannot finish, trials beyond the horizon, undefined values.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The number of working days within which a share <paramref name="confidence"/> of the trials finished (nearest rank:
    /// the smallest d with at least <c>⌈confidence · trials⌉</c> trials needing d days or fewer).
    /// </summary>
    /// <param name="confidence">The confidence as a fraction in (0, 1].</param>
    /// <returns>The working days, or <see langword="null"/> when too few trials finished within the horizon (or none can).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1].</exception>
    [Pure]
    public int? WorkingDaysAt(double confidence)
    {
        Guard.Against.NotInRange(confidence, 0, 1, false, true);
        int needed = Percentiles.NearestRank(Trials, confidence);
        return needed <= SortedWorkingDays.Length ? SortedWorkingDays[needed - 1] : null;
    }

    /// <summary>
    /// The date on or before which a share <paramref name="confidence"/> of the trials finished: "85 % chance of being done
    /// on or before this date".
    /// </summary>
    /// <param name="confidence">The confidence as a fraction in (0, 1].</param>
    /// <returns>The date, or <see langword="null"/> when too few trials finished within the horizon (or none can).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1].</exception>
    [Pure]
    public LocalDate? DateAt(double confidence) => WorkingDaysAt(confidence) is { } d ? DateOf(d) : null;

    /// <summary>
    /// The share of trials finished on or before <paramref name="date"/> (trials beyond the horizon never count). A trial
    /// with nothing left to do finishes after 0 working days, dated the day before <see cref="Start"/> (as
    /// <see cref="DateAt"/> reports it), so it counts from that day on; earlier dates count no trial.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The probability in [0, 1].</returns>
    [Pure]
    public double ProbabilityDoneBy(LocalDate date)
    {
        if (SortedWorkingDays.IsEmpty)
        {
            return 0;
        }

        // Working days elapsed by the date: the number of simulated working dates on or before it.
        int elapsed = date < Start.PlusDays(-1) ? -1 : date < Start ? 0 : UpperBound(workingDates, date);
        int done = 0;
        foreach (int d in SortedWorkingDays)
        {
            if (d > elapsed)
            {
                break;
            }

            done++;
        }

        return done / (double)Trials;
    }

    private LocalDate DateOf(int workingDays) => workingDays == 0 ? Start.PlusDays(-1) : workingDates[workingDays - 1];

    private static int UpperBound(LocalDate[] dates, LocalDate date)
    {
        int i = Array.BinarySearch(dates, date);
        return i >= 0 ? i + 1 : ~i;
    }
}
