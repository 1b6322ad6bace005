using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>
/// Rank correlation coefficients to compare the rankings of two methods or scenarios: Spearman's ρ, Kendall's τ-b,
/// the weighted Spearman coefficient r_w and the WS similarity coefficient.
/// </summary>
/// <remarks>
/// <para>
/// Inputs are rank vectors in alternative order (1 = best), for example <see cref="Ranking.Ranks"/>, or
/// <see cref="Ranking"/>s. Spearman and Kendall depend only on the order of the values, so preference values work too
/// (their sign of association is then reversed for "lower is better" scores). r_w and WS use the rank values
/// themselves and need ranks in [1, N].
/// </para>
/// <para>
/// Spearman's ρ and Kendall's τ-b are undefined when one vector is constant (every item tied): they then return
/// <see langword="null"/>.
/// </para>
/// </remarks>
public static class RankCorrelation
{
    /// <summary>Spearman's rank correlation ρ, tie-corrected: Pearson's correlation of the average (fractional) ranks.</summary>
    /// <param name="x">The first vector (ranks or scores).</param>
    /// <param name="y">The second vector, as long as <paramref name="x"/>.</param>
    /// <returns>ρ in [−1, 1], or null when a vector is constant.</returns>
    /// <remarks>
    /// Both vectors are re-ranked ascending with tied values sharing their mean rank, then ρ = cov(rx, ry) / (σ_rx σ_ry)
    /// (Spearman, C., 1904, "The proof and measurement of association between two things", American Journal of
    /// Psychology 15(1):72–101; the tie treatment is Kendall, M. G., 1948, <i>Rank Correlation Methods</i>, ch. 3).
    /// Without ties this equals 1 − 6 Σ d² / (N(N² − 1)).
    /// </remarks>
    /// <exception cref="ArgumentException">Lengths differ; fewer than two items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite.</exception>
    [Pure]
    public static double? Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y);
        double[] rx = AverageRanks(x);
        double[] ry = AverageRanks(y);
        return Pearson(rx, ry);
    }

    /// <summary>Spearman's ρ of two rankings of the same alternatives.</summary>
    /// <param name="x">The first ranking.</param>
    /// <param name="y">The second ranking.</param>
    /// <returns>ρ, or null when a ranking ties every alternative.</returns>
    /// <exception cref="ArgumentNullException">A ranking is null.</exception>
    /// <exception cref="ArgumentException">The rankings rank different numbers of alternatives; fewer than two alternatives.</exception>
    [Pure]
    public static double? Spearman(Ranking x, Ranking y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Spearman(x.Ranks.AsSpan(), y.Ranks.AsSpan());
    }

    /// <summary>Kendall's τ-b (tie-adjusted).</summary>
    /// <param name="x">The first vector (ranks or scores).</param>
    /// <param name="y">The second vector, as long as <paramref name="x"/>.</param>
    /// <returns>τ-b in [−1, 1], or null when a vector is constant.</returns>
    /// <remarks>
    /// τ_b = (C − D) / √((n₀ − n₁)(n₀ − n₂)), where C and D count concordant and discordant pairs, n₀ = N(N − 1)/2, and
    /// n₁, n₂ count the pairs tied in x and in y (Kendall, M. G., 1945, "The treatment of ties in ranking problems",
    /// Biometrika 33(3):239–251). Computed over all pairs, O(N²).
    /// </remarks>
    /// <exception cref="ArgumentException">Lengths differ; fewer than two items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite.</exception>
    [Pure]
    public static double? KendallTauB(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y);
        long concordant = 0, discordant = 0, tiedX = 0, tiedY = 0;
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                int sx = Math.Sign(x[i] - x[j]);
                int sy = Math.Sign(y[i] - y[j]);
                if (sx == 0)
                {
                    tiedX++;
                }

                if (sy == 0)
                {
                    tiedY++;
                }

                if (sx != 0 && sy != 0)
                {
                    if (sx == sy)
                    {
                        concordant++;
                    }
                    else
                    {
                        discordant++;
                    }
                }
            }
        }

        long n0 = (long)n * (n - 1) / 2;
        double denominator = Math.Sqrt((double)(n0 - tiedX) * (n0 - tiedY));
        return denominator == 0 ? null : (concordant - discordant) / denominator;
    }

    /// <summary>Kendall's τ-b of two rankings of the same alternatives.</summary>
    /// <param name="x">The first ranking.</param>
    /// <param name="y">The second ranking.</param>
    /// <returns>τ-b, or null when a ranking ties every alternative.</returns>
    /// <exception cref="ArgumentNullException">A ranking is null.</exception>
    /// <exception cref="ArgumentException">The rankings rank different numbers of alternatives; fewer than two alternatives.</exception>
    [Pure]
    public static double? KendallTauB(Ranking x, Ranking y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return KendallTauB(x.Ranks.AsSpan(), y.Ranks.AsSpan());
    }

    /// <summary>The weighted Spearman rank correlation r_w, which weighs disagreements near the top more.</summary>
    /// <param name="x">The first rank vector, ranks in [1, N].</param>
    /// <param name="y">The second rank vector, as long as <paramref name="x"/>, ranks in [1, N].</param>
    /// <returns>r_w; 1 for identical rankings of distinct ranks.</returns>
    /// <remarks>
    /// r_w = 1 − 6 Σ_i (x_i − y_i)² ((N − x_i + 1) + (N − y_i + 1)) / (N⁴ + N³ − N² − N) (Pinto da Costa, J. and Soares, C.,
    /// 2005, "A weighted rank measure of correlation", Australian &amp; New Zealand Journal of Statistics 47(4):515–529;
    /// written in this form by Sałabun, W. and Urbaniak, K., 2020, "A new coefficient of rankings similarity in
    /// decision-making problems", ICCS 2020, LNCS 12138, doi:10.1007/978-3-030-50417-5_47). Defined for rankings without ties; with ties
    /// the value is computed from the given ranks but is no longer bounded by ±1.
    /// </remarks>
    /// <exception cref="ArgumentException">Lengths differ; fewer than two items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rank is not finite or outside [1, N].</exception>
    [Pure]
    public static double WeightedSpearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y);
        ValidateRanks(x, nameof(x));
        ValidateRanks(y, nameof(y));
        double n = x.Length;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double d = x[i] - y[i];
            sum += d * d * ((n - x[i] + 1) + (n - y[i] + 1));
        }

        return 1 - (6 * sum / ((n * n * n * n) + (n * n * n) - (n * n) - n));
    }

    /// <summary>The weighted Spearman r_w of two rankings.</summary>
    /// <param name="x">The first ranking.</param>
    /// <param name="y">The second ranking.</param>
    /// <returns>r_w.</returns>
    /// <exception cref="ArgumentNullException">A ranking is null.</exception>
    /// <exception cref="ArgumentException">The rankings rank different numbers of alternatives; fewer than two alternatives.</exception>
    [Pure]
    public static double WeightedSpearman(Ranking x, Ranking y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return WeightedSpearman(x.Ranks.AsSpan(), y.Ranks.AsSpan());
    }

    /// <summary>The WS rank similarity coefficient of a ranking <paramref name="y"/> to a reference ranking <paramref name="x"/>.</summary>
    /// <param name="x">The reference rank vector, ranks in [1, N].</param>
    /// <param name="y">The compared rank vector, as long as <paramref name="x"/>, ranks in [1, N].</param>
    /// <returns>WS; 1 for identical rankings, smaller the more (and the higher up) they differ. Not symmetric.</returns>
    /// <remarks>
    /// WS = 1 − Σ_i 2^(−x_i) |x_i − y_i| / max(|x_i − 1|, |x_i − N|) (Sałabun, W. and Urbaniak, K., 2020, "A new coefficient
    /// of rankings similarity in decision-making problems", ICCS 2020, LNCS 12138, doi:10.1007/978-3-030-50417-5_47). The factor 2^(−x_i)
    /// makes a change at the reference's top rank count most; the denominator is the largest possible displacement from
    /// rank x_i. WS lies in [0, 1] for rankings without ties (the paper's setting).
    /// </remarks>
    /// <exception cref="ArgumentException">Lengths differ; fewer than two items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rank is not finite or outside [1, N].</exception>
    [Pure]
    public static double WS(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y);
        ValidateRanks(x, nameof(x));
        ValidateRanks(y, nameof(y));
        double n = x.Length;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += Math.Pow(2, -x[i]) * Math.Abs(x[i] - y[i]) / Math.Max(Math.Abs(x[i] - 1), Math.Abs(x[i] - n));
        }

        return 1 - sum;
    }

    /// <summary>The WS similarity of ranking <paramref name="y"/> to the reference ranking <paramref name="x"/>.</summary>
    /// <param name="x">The reference ranking.</param>
    /// <param name="y">The compared ranking.</param>
    /// <returns>WS.</returns>
    /// <exception cref="ArgumentNullException">A ranking is null.</exception>
    /// <exception cref="ArgumentException">The rankings rank different numbers of alternatives; fewer than two alternatives.</exception>
    [Pure]
    public static double WS(Ranking x, Ranking y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return WS(x.Ranks.AsSpan(), y.Ranks.AsSpan());
    }

    /// <summary>Average (fractional) ascending ranks: the smallest value gets 1; ties share the mean of their positions.</summary>
    internal static double[] AverageRanks(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        double[] keys = values.ToArray();
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        double[] ranks = new double[n];
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            double mean = ((start + 1) + end) / 2.0;
            for (int k = start; k < end; k++)
            {
                ranks[order[k]] = mean;
            }

            start = end;
        }

        return ranks;
    }

    /// <summary>Pearson's r of two equally long series; null when either is constant.</summary>
    internal static double? Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double mx = 0, my = 0;
        for (int i = 0; i < x.Length; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= x.Length;
        my /= y.Length;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        if (sxx == 0 || syy == 0)
        {
            return null;
        }

        // Clamp only the last-ulp rounding of a perfect correlation, never a real value.
        double r = sxy / Math.Sqrt(sxx * syy);
        return Math.Max(-1, Math.Min(1, r));
    }

    private static void Validate(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"y has {y.Length} items but x has {x.Length}; both must rank the same alternatives.", nameof(y));
        }

        if (x.Length < 2)
        {
            throw new ArgumentException($"A rank correlation needs at least two items (got {x.Length}).", nameof(x));
        }

        ValidateFinite(x, nameof(x));
        ValidateFinite(y, nameof(y));
    }

    private static void ValidateFinite(ReadOnlySpan<double> v, string name)
    {
        for (int i = 0; i < v.Length; i++)
        {
            if (!double.IsFinite(v[i]))
            {
                throw new ArgumentOutOfRangeException(name, v[i], $"{name}[{i}] must be a finite number (got {v[i].ToString(CultureInfo.InvariantCulture)}).");
            }
        }
    }

    private static void ValidateRanks(ReadOnlySpan<double> v, string name)
    {
        for (int i = 0; i < v.Length; i++)
        {
            if (v[i] < 1 || v[i] > v.Length)
            {
                throw new ArgumentOutOfRangeException(name, v[i], $"{name}[{i}] must be a rank in [1, {v.Length}] (got {v[i].ToString(CultureInfo.InvariantCulture)}).");
            }
        }
    }
}
