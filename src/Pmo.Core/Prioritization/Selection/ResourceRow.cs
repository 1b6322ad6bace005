using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>
/// A generic constraint row of a portfolio selection: a named budget or resource (capital, opex, a role's hours) with a
/// capacity per period and each candidate's consumption per period. For every period <c>t</c> the selection must
/// satisfy <c>Σ_j consumption_j[t]·x_j ≤ capacity[t]</c>. Immutable.
/// </summary>
/// <remarks>
/// Candidates not listed in <see cref="Consumption"/> consume nothing. Capacities and consumptions are finite and
/// non-negative; a period's capacity may be zero (then no candidate consuming in that period can be selected).
/// Resource capacity per role and period (issue 7) enters as further rows of this same shape.
/// </remarks>
public sealed class ResourceRow
{
    private readonly ImmutableDictionary<string, ImmutableArray<double>> consumption;

    /// <summary>Creates a row.</summary>
    /// <param name="name">The row's unique name, for example <c>Capex</c> or <c>Engineers (FTE-months)</c>.</param>
    /// <param name="capacity">The capacity per period (one or more periods); finite, zero or positive.</param>
    /// <param name="consumption">Per candidate id, its consumption per period (as many entries as <paramref name="capacity"/>); finite, zero or positive.</param>
    /// <exception cref="ArgumentNullException">An argument, a key or a consumption array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank; <paramref name="capacity"/> is empty; a candidate id is blank or listed twice; a consumption array has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity or consumption is NaN, infinite or negative.</exception>
    public ResourceRow(string name, IEnumerable<double> capacity, IEnumerable<KeyValuePair<string, double[]>> consumption)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(capacity);
        Guard.Against.Null(consumption);
        ImmutableArray<double> cap = [.. capacity];
        if (cap.IsEmpty)
        {
            throw new ArgumentException($"capacity of row '{name}' must hold at least one period.", nameof(capacity));
        }

        for (int t = 0; t < cap.Length; t++)
        {
            if (!double.IsFinite(cap[t]) || cap[t] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(capacity), cap[t], $"capacity[{t}] of row '{name}' must be a finite number, zero or positive (got {cap[t]}).");
            }
        }

        var builder = ImmutableDictionary.CreateBuilder<string, ImmutableArray<double>>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, double[]> entry in consumption)
        {
            if (entry.Key is null)
            {
                throw new ArgumentNullException(nameof(consumption), $"A candidate id in the consumption of row '{name}' is null.");
            }

            if (string.IsNullOrWhiteSpace(entry.Key))
            {
                throw new ArgumentException($"A candidate id in the consumption of row '{name}' is blank.", nameof(consumption));
            }

            if (entry.Value is null)
            {
                throw new ArgumentNullException(nameof(consumption), $"The consumption of '{entry.Key}' in row '{name}' is null.");
            }

            if (entry.Value.Length != cap.Length)
            {
                throw new ArgumentException($"The consumption of '{entry.Key}' in row '{name}' has {entry.Value.Length} period(s) but the row's capacity has {cap.Length}.", nameof(consumption));
            }

            for (int t = 0; t < entry.Value.Length; t++)
            {
                double a = entry.Value[t];
                if (!double.IsFinite(a) || a < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(consumption), a, $"The consumption of '{entry.Key}' in row '{name}', period index {t}, must be a finite number, zero or positive (got {a}).");
                }
            }

            if (!builder.TryAdd(entry.Key, [.. entry.Value]))
            {
                throw new ArgumentException($"Candidate '{entry.Key}' is listed more than once in the consumption of row '{name}'.", nameof(consumption));
            }
        }

        Name = name;
        Capacity = cap;
        this.consumption = builder.ToImmutable();
    }

    private ResourceRow(string name, ImmutableArray<double> capacity, ImmutableDictionary<string, ImmutableArray<double>> consumption)
    {
        Name = name;
        Capacity = capacity;
        this.consumption = consumption;
    }

    /// <summary>Gets the row's name.</summary>
    public string Name { get; }

    /// <summary>Gets the capacity per period.</summary>
    public ImmutableArray<double> Capacity { get; }

    /// <summary>Gets the number of periods.</summary>
    public int PeriodCount => Capacity.Length;

    /// <summary>Gets the capacity summed over the periods.</summary>
    public double TotalCapacity
    {
        get
        {
            double s = 0;
            foreach (double c in Capacity)
            {
                s += c;
            }

            return s;
        }
    }

    /// <summary>Gets the listed consumptions, per candidate id (candidates not listed consume nothing).</summary>
    public IReadOnlyDictionary<string, ImmutableArray<double>> Consumption => consumption;

    /// <summary>Creates a one-period row (a single budget).</summary>
    /// <param name="name">The row's unique name.</param>
    /// <param name="capacity">The capacity; finite, zero or positive.</param>
    /// <param name="consumption">Per candidate id, its consumption; finite, zero or positive.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="ResourceRow(string, IEnumerable{double}, IEnumerable{KeyValuePair{string, double[]}})"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity or consumption is NaN, infinite or negative.</exception>
    [Pure]
    public static ResourceRow SinglePeriod(string name, double capacity, IEnumerable<KeyValuePair<string, double>> consumption)
    {
        Guard.Against.Null(consumption);
        return new ResourceRow(name, [capacity], consumption.Select(e => new KeyValuePair<string, double[]>(e.Key, [e.Value])));
    }

    /// <summary>Gets a candidate's consumption per period (zeros when the candidate is not listed).</summary>
    /// <param name="candidateId">The candidate id.</param>
    /// <returns>The consumption per period.</returns>
    [Pure]
    public ImmutableArray<double> ConsumptionOf(string candidateId)
    {
        Guard.Against.Null(candidateId);
        return consumption.TryGetValue(candidateId, out ImmutableArray<double> a) ? a : [.. new double[PeriodCount]];
    }

    /// <summary>Gets a candidate's consumption in one period (zero when the candidate is not listed).</summary>
    /// <param name="candidateId">The candidate id.</param>
    /// <param name="period">The period index, from 0.</param>
    /// <returns>The consumption.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is outside the row's periods.</exception>
    [Pure]
    public double ConsumptionOf(string candidateId, int period)
    {
        Guard.Against.Null(candidateId);
        Guard.Against.OutOfRange(period, nameof(period), 0, PeriodCount - 1);
        return consumption.TryGetValue(candidateId, out ImmutableArray<double> a) ? a[period] : 0;
    }

    /// <summary>Returns a copy of this row with another capacity per period (scenarios, frontiers).</summary>
    /// <param name="capacity">The new capacity per period; same number of periods; finite, zero or positive.</param>
    /// <returns>The new row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="capacity"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of periods differs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity is NaN, infinite or negative.</exception>
    [Pure]
    public ResourceRow WithCapacity(IEnumerable<double> capacity)
    {
        Guard.Against.Null(capacity);
        ImmutableArray<double> cap = [.. capacity];
        if (cap.Length != PeriodCount)
        {
            throw new ArgumentException($"capacity has {cap.Length} period(s) but row '{Name}' has {PeriodCount}.", nameof(capacity));
        }

        for (int t = 0; t < cap.Length; t++)
        {
            if (!double.IsFinite(cap[t]) || cap[t] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(capacity), cap[t], $"capacity[{t}] of row '{Name}' must be a finite number, zero or positive (got {cap[t]}).");
            }
        }

        return new ResourceRow(Name, cap, consumption);
    }
}
