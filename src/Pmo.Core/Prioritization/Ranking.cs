using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>How tied preference values are ranked.</summary>
public enum TiePolicy
{
    /// <summary>Tied alternatives share the best rank of their group and the next rank skips ("1224", standard competition ranking). The default.</summary>
    Min = 0,

    /// <summary>Tied alternatives share the mean of the ranks they occupy ("1 2.5 2.5 4", fractional ranking, as in Spearman's ρ).</summary>
    Average = 1,

    /// <summary>Tied alternatives share a rank and the next rank does not skip ("1223", dense ranking).</summary>
    Dense = 2,

    /// <summary>Ties are broken by input order: every alternative gets a distinct rank ("1234", ordinal ranking).</summary>
    InputOrder = 3,
}

/// <summary>
/// A ranking of alternatives by preference values: rank 1 is the best. Immutable.
/// </summary>
/// <remarks>
/// Alternatives are sorted by preference (descending when higher is better, ascending otherwise), ties in input
/// order. A tie group starts at an alternative and takes in every following one whose preference lies within
/// <see cref="TieTolerance"/> of the group's first value (absolute difference); the default tolerance 0 means exact
/// equality. Tied alternatives are ranked by <see cref="Policy"/>.
/// </remarks>
public sealed class Ranking
{
    private Ranking(ImmutableArray<double> ranks, ImmutableArray<int> order, TiePolicy policy, double tolerance, bool hasTies)
    {
        Ranks = ranks;
        Order = order;
        Policy = policy;
        TieTolerance = tolerance;
        HasTies = hasTies;
    }

    /// <summary>Gets each alternative's rank, in input order (1 = best; fractional under <see cref="TiePolicy.Average"/>).</summary>
    public ImmutableArray<double> Ranks { get; }

    /// <summary>Gets the alternatives' indices from best to worst (ties in input order).</summary>
    public ImmutableArray<int> Order { get; }

    /// <summary>Gets the tie policy used.</summary>
    public TiePolicy Policy { get; }

    /// <summary>Gets the absolute tolerance within which preferences count as tied.</summary>
    public double TieTolerance { get; }

    /// <summary>Gets a value indicating whether any two alternatives are tied.</summary>
    public bool HasTies { get; }

    /// <summary>Gets the number of ranked alternatives.</summary>
    public int Count => Ranks.Length;

    /// <summary>Ranks preference values.</summary>
    /// <param name="preferences">The preference values, one per alternative, finite.</param>
    /// <param name="higherIsBetter">Whether a larger preference is better (true for weighted sum, TOPSIS, net flow) or worse (VIKOR's Q, SPOTIS).</param>
    /// <param name="policy">How ties are ranked.</param>
    /// <param name="tieTolerance">The absolute tolerance within which preferences tie; zero or positive, default 0 (exact).</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentException"><paramref name="preferences"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A preference is not finite; <paramref name="tieTolerance"/> is negative or not finite; <paramref name="policy"/> is undefined.</exception>
    [Pure]
    public static Ranking FromPreferences(ReadOnlySpan<double> preferences, bool higherIsBetter, TiePolicy policy = TiePolicy.Min, double tieTolerance = 0)
    {
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "policy must be a defined TiePolicy.");
        }

        if (!double.IsFinite(tieTolerance) || tieTolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tieTolerance), tieTolerance, $"tieTolerance must be a finite number, zero or positive (got {tieTolerance.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (preferences.IsEmpty)
        {
            throw new ArgumentException("At least one preference value is needed.", nameof(preferences));
        }

        double[] p = preferences.ToArray();
        for (int i = 0; i < p.Length; i++)
        {
            if (!double.IsFinite(p[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(preferences), p[i], $"preferences[{i}] must be a finite number (got {p[i].ToString(CultureInfo.InvariantCulture)}).");
            }
        }

        int n = p.Length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        // Sort by key (−p when higher is better) with the primitive sort, then put each run of equal keys back in input
        // order: the same order as a stable sort, several times faster than a comparison delegate.
        double[] keys = new double[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = higherIsBetter ? -p[i] : p[i];
        }

        Array.Sort(keys, order);
        for (int s = 0; s < n;)
        {
            int e = s + 1;
            while (e < n && keys[e] == keys[s])
            {
                e++;
            }

            if (e - s > 1)
            {
                Array.Sort(order, s, e - s);
            }

            s = e;
        }

        double[] ranks = new double[n];
        bool hasTies = false;
        int position = 0;
        int dense = 0;
        while (position < n)
        {
            int start = position;
            double leader = p[order[start]];
            int end = start + 1;
            while (end < n && Math.Abs(p[order[end]] - leader) <= tieTolerance)
            {
                end++;
            }

            dense++;
            hasTies |= end - start > 1;
            for (int k = start; k < end; k++)
            {
                ranks[order[k]] = policy switch
                {
                    TiePolicy.Min => start + 1,
                    TiePolicy.Average => ((start + 1) + end) / 2.0,
                    TiePolicy.Dense => dense,
                    _ => k + 1,
                };
            }

            position = end;
        }

        return new Ranking([.. ranks], [.. order], policy, tieTolerance, hasTies);
    }
}
