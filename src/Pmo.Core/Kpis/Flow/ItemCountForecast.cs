using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// The result of <see cref="DeliveryForecast.HowMany"/>: the number of items finished in each trial between two dates,
/// and how to read it with a stated confidence. Immutable.
/// </summary>
/// <remarks>
/// Reading: "<c>AtLeast(0.85)</c> = 42" means 85 % of the trials finished 42 items or more — the largest N with at least
/// <c>⌈0.85 · trials⌉</c> trials at N or above, i.e. the nearest-rank 15th percentile counted from the top. Higher
/// confidence gives a smaller number: the percentile is read in the opposite direction from completion dates.
/// </remarks>
public sealed class ItemCountForecast
{
    internal ItemCountForecast(LocalDate start, LocalDate end, int workingDays, int trials, ulong seed, ImmutableArray<int> sortedCounts, ImmutableArray<Diagnostic> diagnostics)
    {
        Start = start;
        End = end;
        WorkingDays = workingDays;
        Trials = trials;
        Seed = seed;
        SortedCounts = sortedCounts;
        Diagnostics = diagnostics;
        MeanCount = sortedCounts.Average(c => (double)c);
    }

    /// <summary>Gets the first day simulated.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day simulated (included).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the number of working days from <see cref="Start"/> to <see cref="End"/>.</summary>
    public int WorkingDays { get; }

    /// <summary>Gets the number of trials.</summary>
    public int Trials { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the items finished in each trial, sorted ascending.</summary>
    public ImmutableArray<int> SortedCounts { get; }

    /// <summary>Gets the mean number of items finished.</summary>
    public double MeanCount { get; }

    /// <summary>Gets notes (for example an all-zero history).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The largest number N of items finished in at least a share <paramref name="confidence"/> of the trials: "85 %
    /// chance of at least N items".
    /// </summary>
    /// <param name="confidence">The confidence as a fraction in (0, 1].</param>
    /// <returns>N.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1].</exception>
    [Pure]
    public int AtLeast(double confidence)
    {
        Guard.Against.NotInRange(confidence, 0, 1, false, true);
        int needed = Percentiles.NearestRank(Trials, confidence);
        return SortedCounts[Trials - needed];
    }

    /// <summary>The share of trials that finished at least <paramref name="items"/> items.</summary>
    /// <param name="items">The number of items.</param>
    /// <returns>The probability in [0, 1].</returns>
    [Pure]
    public double ProbabilityAtLeast(int items)
    {
        int below = LowerBound(SortedCounts, items);
        return (Trials - below) / (double)Trials;
    }

    private static int LowerBound(ImmutableArray<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
