using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Numerics;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>
/// Tolerance bands that partition the whole real line exactly, each mapped to a level of one <see cref="StatusScale"/>:
/// every finite band input gets exactly one status.
/// </summary>
/// <remarks>
/// <para>
/// <b>Validation.</b> The bands are sorted by their lower end; the first must start at −∞ and the last end at +∞; each
/// band must end exactly where the next starts, and at that shared end exactly one of the two must be inclusive. An
/// open interval between two bands or a shared end neither includes is a <see cref="BandSetProblem.Gap"/>; an interval
/// in common or a shared end both include is an <see cref="BandSetProblem.Overlap"/>. Violations throw
/// <see cref="BandSetException"/> naming the bands by their index in the caller's list.
/// </para>
/// <para>
/// <b>Classification.</b> NaN and ±∞ band inputs get no level (rank −1 in the span API, null in the scalar API).
/// Several bands may share a level (for example amber on both sides of a green target range).
/// </para>
/// </remarks>
public sealed class BandSet
{
    private readonly double[] uppers;
    private readonly bool[] upperInclusive;
    private readonly int[] ranks;

    /// <summary>Creates a band set.</summary>
    /// <param name="scale">The status scale of the bands' levels.</param>
    /// <param name="bands">The bands, in any order; together they must partition the real line exactly.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/>, <paramref name="bands"/> or a band is null.</exception>
    /// <exception cref="BandSetException">The bands do not partition the real line, or a level is not in <paramref name="scale"/>.</exception>
    public BandSet(StatusScale scale, IEnumerable<ToleranceBand> bands)
    {
        Guard.Against.Null(scale);
        Guard.Against.Null(bands);
        ToleranceBand[] input = [.. bands];
        for (int i = 0; i < input.Length; i++)
        {
            if (input[i] is null)
            {
                throw new ArgumentNullException(nameof(bands), $"{nameof(bands)}[{i}] is null.");
            }

            if (!scale.Contains(input[i].Level))
            {
                throw new BandSetException(BandSetProblem.LevelNotInScale, i, -1, $"{nameof(bands)}[{i}] {input[i]} has the level '{input[i].Level.Id}', which is not a level of the scale '{scale.Id}'.", nameof(bands));
            }
        }

        if (input.Length == 0)
        {
            throw new BandSetException(BandSetProblem.Empty, -1, -1, $"{nameof(bands)} must contain at least one band.", nameof(bands));
        }

        int[] order = [.. Enumerable.Range(0, input.Length)];
        Array.Sort(order, (a, b) =>
        {
            int c = input[a].Lower.CompareTo(input[b].Lower);
            return c != 0 ? c : (input[b].LowerInclusive ? 1 : 0) - (input[a].LowerInclusive ? 1 : 0);
        });

        ToleranceBand first = input[order[0]];
        if (!double.IsNegativeInfinity(first.Lower))
        {
            throw new BandSetException(BandSetProblem.DoesNotStartAtNegativeInfinity, order[0], -1, $"{nameof(bands)} must start at −∞, but the lowest band {nameof(bands)}[{order[0]}] {first} starts at {first.Lower}; values below it would have no status.", nameof(bands));
        }

        for (int k = 1; k < order.Length; k++)
        {
            int ia = order[k - 1];
            int ib = order[k];
            ToleranceBand a = input[ia];
            ToleranceBand b = input[ib];
            if (b.Lower < a.Upper || (b.Lower == a.Upper && a.UpperInclusive && b.LowerInclusive))
            {
                throw new BandSetException(BandSetProblem.Overlap, ia, ib, $"{nameof(bands)}[{ia}] {a} and {nameof(bands)}[{ib}] {b} overlap; a value there would have two statuses.", nameof(bands));
            }

            if (b.Lower > a.Upper || (!a.UpperInclusive && !b.LowerInclusive))
            {
                throw new BandSetException(BandSetProblem.Gap, ia, ib, $"{nameof(bands)}[{ia}] {a} and {nameof(bands)}[{ib}] {b} leave a gap; a value there would have no status. Where two bands touch, exactly one must include the shared end.", nameof(bands));
            }
        }

        ToleranceBand last = input[order[^1]];
        if (!double.IsPositiveInfinity(last.Upper))
        {
            throw new BandSetException(BandSetProblem.DoesNotEndAtPositiveInfinity, order[^1], -1, $"{nameof(bands)} must end at +∞, but the highest band {nameof(bands)}[{order[^1]}] {last} ends at {last.Upper}; values above it would have no status.", nameof(bands));
        }

        Scale = scale;
        Bands = [.. order.Select(i => input[i])];
        uppers = [.. Bands.Take(Bands.Length - 1).Select(b => b.Upper)];
        upperInclusive = [.. Bands.Take(Bands.Length - 1).Select(b => b.UpperInclusive)];
        ranks = [.. Bands.Select(b => b.Level.Rank)];
        bool up = true;
        bool down = true;
        for (int k = 1; k < ranks.Length; k++)
        {
            up &= ranks[k] >= ranks[k - 1];
            down &= ranks[k] <= ranks[k - 1];
        }

        IsNonDecreasing = up;
        IsNonIncreasing = down;
    }

    /// <summary>Gets the status scale.</summary>
    public StatusScale Scale { get; }

    /// <summary>Gets the bands sorted from −∞ to +∞.</summary>
    public ImmutableArray<ToleranceBand> Bands { get; }

    /// <summary>Gets whether a larger band input never gets a worse level (true for "higher is better" band sets).</summary>
    public bool IsNonDecreasing { get; }

    /// <summary>Gets whether a larger band input never gets a better level (true for "lower is better" band sets).</summary>
    public bool IsNonIncreasing { get; }

    /// <summary>
    /// Creates "higher is better" bands from N − 1 ascending thresholds of an N-level scale: <c>(−∞, t₀)</c> gets the
    /// worst level, <c>[tₖ₋₁, tₖ)</c> rank k, and <c>[t_{N−2}, +∞)</c> the best level. A value equal to a threshold
    /// belongs to the better band ("at least 0.95 is green").
    /// </summary>
    /// <param name="scale">The scale.</param>
    /// <param name="thresholds">N − 1 finite, strictly increasing thresholds.</param>
    /// <returns>The band set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> or <paramref name="thresholds"/> is null.</exception>
    /// <exception cref="ArgumentException">The count is not N − 1 or the thresholds are not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not finite.</exception>
    /// <example><c>BandSet.HigherIsBetter(StatusScale.Rag, 0.90, 0.95)</c>: red below 0.90, amber [0.90, 0.95), green ≥ 0.95.</example>
    [Pure]
    public static BandSet HigherIsBetter(StatusScale scale, params double[] thresholds)
    {
        double[] t = CheckThresholds(scale, thresholds, scale?.Count - 1 ?? 0, nameof(thresholds));
        var bands = new List<ToleranceBand>(t.Length + 1) { ToleranceBand.Below(t[0], scale!.Level(0)) };
        for (int k = 1; k < t.Length; k++)
        {
            bands.Add(ToleranceBand.Between(t[k - 1], true, t[k], false, scale.Level(k)));
        }

        bands.Add(ToleranceBand.AtLeast(t[^1], scale.Best));
        return new BandSet(scale, bands);
    }

    /// <summary>
    /// Creates "lower is better" bands from N − 1 ascending thresholds of an N-level scale: <c>(−∞, t₀]</c> gets the
    /// best level, <c>(tₖ₋₁, tₖ]</c> rank N − 1 − k, and <c>(t_{N−2}, +∞)</c> the worst. A value equal to a threshold
    /// belongs to the better band ("at most 5 % is green").
    /// </summary>
    /// <param name="scale">The scale.</param>
    /// <param name="thresholds">N − 1 finite, strictly increasing thresholds.</param>
    /// <returns>The band set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> or <paramref name="thresholds"/> is null.</exception>
    /// <exception cref="ArgumentException">The count is not N − 1 or the thresholds are not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not finite.</exception>
    /// <example><c>BandSet.LowerIsBetter(StatusScale.Rag, 0.05, 0.10)</c>: green ≤ 0.05, amber (0.05, 0.10], red above.</example>
    [Pure]
    public static BandSet LowerIsBetter(StatusScale scale, params double[] thresholds)
    {
        double[] t = CheckThresholds(scale, thresholds, scale?.Count - 1 ?? 0, nameof(thresholds));
        int best = scale!.Count - 1;
        var bands = new List<ToleranceBand>(t.Length + 1) { ToleranceBand.AtMost(t[0], scale.Best) };
        for (int k = 1; k < t.Length; k++)
        {
            bands.Add(ToleranceBand.Between(t[k - 1], false, t[k], true, scale.Level(best - k)));
        }

        bands.Add(ToleranceBand.Above(t[^1], scale.Worst));
        return new BandSet(scale, bands);
    }

    /// <summary>
    /// Creates "inside is best" bands for a target range: <c>[low, high]</c> gets the best level; each of the N − 2
    /// ascending margins mₖ adds a ring one level worse on both sides, <c>[low − mₖ, low − mₖ₋₁)</c> and
    /// <c>(high + mₖ₋₁, high + mₖ]</c> (m₀ = 0); beyond the last margin is the worst level.
    /// </summary>
    /// <param name="scale">The scale.</param>
    /// <param name="low">The finite lower end of the best range.</param>
    /// <param name="high">The finite upper end of the best range, at least <paramref name="low"/>.</param>
    /// <param name="margins">N − 2 finite, positive, strictly increasing margins.</param>
    /// <returns>The band set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> or <paramref name="margins"/> is null.</exception>
    /// <exception cref="ArgumentException">The margin count is not N − 2, margins are not strictly increasing, or <paramref name="high"/> &lt; <paramref name="low"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or a margin is not positive.</exception>
    /// <example><c>BandSet.Around(StatusScale.Rag, 0, 1, 0.1)</c>: green [0, 1], amber [−0.1, 0) and (1, 1.1], red beyond.</example>
    [Pure]
    public static BandSet Around(StatusScale scale, double low, double high, params double[] margins)
    {
        Guard.Against.Null(scale);
        Guard.Against.Null(margins);
        Guard.Against.NotFinite(low);
        Guard.Against.NotFinite(high);
        if (high < low)
        {
            throw new ArgumentException($"{nameof(high)} ({high}) must be at least {nameof(low)} ({low}).", nameof(high));
        }

        if (margins.Length != scale.Count - 2)
        {
            throw new ArgumentException($"{nameof(margins)} must hold N − 2 = {scale.Count - 2} margins for the {scale.Count}-level scale '{scale.Id}' (got {margins.Length}).", nameof(margins));
        }

        for (int k = 0; k < margins.Length; k++)
        {
            Guard.Against.NotFinitePositive(margins[k], nameof(margins));
            if (k > 0 && margins[k] <= margins[k - 1])
            {
                throw new ArgumentException($"{nameof(margins)} must be strictly increasing, but {nameof(margins)}[{k}] = {margins[k]} is not above {nameof(margins)}[{k - 1}] = {margins[k - 1]}.", nameof(margins));
            }
        }

        int best = scale.Count - 1;
        double outer = margins.Length == 0 ? 0 : margins[^1];
        var bands = new List<ToleranceBand>
        {
            ToleranceBand.Between(low, true, high, true, scale.Best),
            ToleranceBand.Below(low - outer, scale.Worst),
            ToleranceBand.Above(high + outer, scale.Worst),
        };
        for (int k = 0; k < margins.Length; k++)
        {
            double inner = k == 0 ? 0 : margins[k - 1];
            bands.Add(ToleranceBand.Between(low - margins[k], true, low - inner, false, scale.Level(best - 1 - k)));
            bands.Add(ToleranceBand.Between(high + inner, false, high + margins[k], true, scale.Level(best - 1 - k)));
        }

        return new BandSet(scale, bands);
    }

    /// <summary>Gets the level of a band input.</summary>
    /// <param name="value">The band input.</param>
    /// <returns>The level, or null when <paramref name="value"/> is NaN or infinite.</returns>
    [Pure]
    public StatusLevel? Classify(double value)
    {
        int rank = ClassifyRank(value);
        return rank < 0 ? null : Scale.Levels[rank];
    }

    /// <summary>Gets the rank of a band input's level.</summary>
    /// <param name="value">The band input.</param>
    /// <returns>The rank, or −1 when <paramref name="value"/> is NaN or infinite.</returns>
    [Pure]
    public int ClassifyRank(double value)
    {
        if (!double.IsFinite(value))
        {
            return -1;
        }

        double[] u = uppers;
        bool[] inc = upperInclusive;
        for (int i = 0; i < u.Length; i++)
        {
            if (value < u[i] || (value == u[i] && inc[i]))
            {
                return ranks[i];
            }
        }

        return ranks[^1];
    }

    /// <summary>
    /// Classifies many band inputs at once: <c>ranks[i]</c> = the rank of <c>values[i]</c>'s level, or −1 when it is
    /// NaN or infinite. Allocates nothing; vectorised with <see cref="Vector{T}"/> (the band index is the number of band
    /// upper ends a value lies beyond).
    /// </summary>
    /// <param name="values">The band inputs.</param>
    /// <param name="ranks">The destination, at least as long as <paramref name="values"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="ranks"/> is shorter than <paramref name="values"/>.</exception>
    public void ClassifyRanks(ReadOnlySpan<double> values, Span<int> ranks)
    {
        if (ranks.Length < values.Length)
        {
            throw new ArgumentException($"{nameof(ranks)} (length {ranks.Length}) must be at least as long as {nameof(values)} (length {values.Length}).", nameof(ranks));
        }

        int[] bandRanks = this.ranks;
        double[] u = uppers;
        bool[] inc = upperInclusive;
        int i = 0;
        if (Vector.IsHardwareAccelerated && u.Length > 0)
        {
            int w = Vector<double>.Count;
            Span<long> lanes = stackalloc long[w];
            for (; i <= values.Length - w; i += w)
            {
                var x = new Vector<double>(values[i..]);
                Vector<long> index = Vector<long>.Zero;
                for (int b = 0; b < u.Length; b++)
                {
                    var ub = new Vector<double>(u[b]);
                    index -= inc[b] ? Vector.GreaterThan(x, ub) : Vector.GreaterThanOrEqual(x, ub);
                }

                index.CopyTo(lanes);
                for (int k = 0; k < w; k++)
                {
                    double v = values[i + k];
                    ranks[i + k] = double.IsFinite(v) ? bandRanks[(int)lanes[k]] : -1;
                }
            }
        }

        for (; i < values.Length; i++)
        {
            ranks[i] = ClassifyRank(values[i]);
        }
    }

    private static double[] CheckThresholds(StatusScale? scale, double[]? thresholds, int expected, string paramName)
    {
        Guard.Against.Null(scale);
        Guard.Against.Null(thresholds, paramName);
        if (thresholds.Length != expected)
        {
            throw new ArgumentException($"{paramName} must hold N − 1 = {expected} thresholds for the {scale.Count}-level scale '{scale.Id}' (got {thresholds.Length}).", paramName);
        }

        for (int k = 0; k < thresholds.Length; k++)
        {
            Guard.Against.NotFinite(thresholds[k], paramName);
            if (k > 0 && thresholds[k] <= thresholds[k - 1])
            {
                throw new ArgumentException($"{paramName} must be strictly increasing, but {paramName}[{k}] = {thresholds[k]} is not above {paramName}[{k - 1}] = {thresholds[k - 1]}.", paramName);
            }
        }

        return [.. thresholds];
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join("; ", Bands);
}
