using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>Rank correlations: hand-computed examples, MathNet.Numerics as an oracle for Spearman, properties, validation.</summary>
public class RankCorrelationTests
{
    /// <summary>Random permutations of 2–40 items (ranks 1..N without ties).</summary>
    private static readonly Gen<double[]> Permutations =
        Gen.Choose(2, 40).SelectMany(n => Gen.Shuffle(Enumerable.Range(1, n).Select(i => (double)i).ToArray()).Select(a => a.ToArray()));

    /// <summary>
    /// r_w, x = (1, 2, 3), y = (2, 1, 3), N = 3: Σ (x − y)² ((N − x + 1) + (N − y + 1)) = 1·(3 + 2) + 1·(2 + 3) + 0 = 10;
    /// denominator N⁴ + N³ − N² − N = 81 + 27 − 9 − 3 = 96; r_w = 1 − 60/96 = 0.375.
    /// y = (1, 3, 2): 0 + 1·(2 + 1) + 1·(1 + 2) = 6; r_w = 1 − 36/96 = 0.625 (a swap lower down costs less).
    /// </summary>
    [Fact]
    public void Weighted_Spearman_hand_examples()
    {
        Assert.Equal(0.375, RankCorrelation.WeightedSpearman([1, 2, 3], [2, 1, 3]), 12);
        Assert.Equal(0.625, RankCorrelation.WeightedSpearman([1, 2, 3], [1, 3, 2]), 12);
    }

    /// <summary>
    /// WS, x = (1, 2, 3), y = (2, 1, 3), N = 3: i = 1: 2^−1 · 1 / max(0, 2) = 0.25; i = 2: 2^−2 · 1 / max(1, 1) = 0.25;
    /// i = 3: 0 → WS = 0.5. y = (1, 3, 2): i = 2: 2^−2 · 1 / 1 = 0.25; i = 3: 2^−3 · 1 / max(2, 0) = 0.0625 → WS = 0.6875.
    /// </summary>
    [Fact]
    public void WS_hand_examples()
    {
        Assert.Equal(0.5, RankCorrelation.WS([1, 2, 3], [2, 1, 3]), 12);
        Assert.Equal(0.6875, RankCorrelation.WS([1, 2, 3], [1, 3, 2]), 12);
    }

    /// <summary>
    /// Kendall, x = (1, 2, 3, 4), y = (2, 1, 4, 3): of the 6 pairs, (1,2) and (3,4) are discordant, 4 concordant:
    /// τ = (4 − 2)/6 = 1/3. With ties, x = (1, 2, 2, 4), y = (1, 2, 3, 4): n₀ = 6, n₁ = 1 tied pair in x, n₂ = 0;
    /// C = 5, D = 0; τ_b = 5 / √(5 · 6) = 0.9128709.
    /// </summary>
    [Fact]
    public void Kendall_hand_examples()
    {
        Assert.Equal(1.0 / 3, RankCorrelation.KendallTauB([1, 2, 3, 4], [2, 1, 4, 3])!.Value, 12);
        Assert.Equal(5 / Math.Sqrt(30), RankCorrelation.KendallTauB([1, 2, 2, 4], [1, 2, 3, 4])!.Value, 12);
    }

    /// <summary>Spearman without ties: x = (1, 2, 3, 4), y = (2, 1, 4, 3): Σd² = 4, ρ = 1 − 6·4/(4·15) = 0.6.</summary>
    [Fact]
    public void Spearman_hand_example() => Assert.Equal(0.6, RankCorrelation.Spearman([1, 2, 3, 4], [2, 1, 4, 3])!.Value, 12);

    /// <summary>
    /// Published values, transcribed from the correlation tests of pyfdm (J. Więckowski, 2022), which
    /// cites the papers; printed to 2 decimals (tolerance 0.005). Spearman: Sałabun, W. and Urbaniak, K., 2020, "A new
    /// coefficient of rankings similarity in decision-making problems", ICCS 2020, LNCS 12138:632–645:
    /// (1, 2, 3, 4, 5) vs (2, 1, 3, 4, 5) → 0.90. r_w and WS: Paradowski, B., Bączkiewicz, A. and Wątróbski, J., 2021,
    /// "Towards proper consumer choices – MCDM based product selection", Procedia Computer Science 192:1347–1358 →
    /// r_w 0.96, WS 0.90. Hand check (N = 12; ranks differ at items 3, 4, 8: 2→3, 1→2, 3→1): r_w = 1 − 6 (1·(11 + 10) +
    /// 1·(12 + 11) + 4·(10 + 12)) / (12⁴ + 12³ − 12² − 12) = 1 − 792/22308 = 0.9645; WS = 1 − (0.25/10 + 0.5/11 + 0.125·2/9)
    /// = 1 − 0.0982 = 0.9018.
    /// </summary>
    [Fact]
    public void Published_values_Salabun_Urbaniak_2020_and_Paradowski_et_al_2021()
    {
        Assert.Equal(0.90, RankCorrelation.Spearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])!.Value, 0.005);
        double[] x = [7, 11, 2, 1, 4, 9, 6, 3, 5, 10, 8, 12];
        double[] y = [7, 11, 3, 2, 4, 9, 6, 1, 5, 10, 8, 12];
        Assert.Equal(0.96, RankCorrelation.WeightedSpearman(x, y), 0.005);
        Assert.Equal(0.90, RankCorrelation.WS(x, y), 0.005);
    }

    [Fact]
    public void Spearman_matches_MathNet_with_ties() =>
        Prop.ForAll(Gen.Choose(3, 30).SelectMany(n => Gen.Choose(0, 5).ArrayOf(n).SelectMany(a => Gen.Choose(0, 5).ArrayOf(n).Select(b => (a, b)))).ToArbitrary(), pair =>
        {
            double[] x = pair.a.Select(v => (double)v).ToArray();
            double[] y = pair.b.Select(v => (double)v).ToArray();
            double? ours = RankCorrelation.Spearman(x, y);
            if (x.Distinct().Count() == 1 || y.Distinct().Count() == 1)
            {
                return ours is null;
            }

            double oracle = MathNet.Numerics.Statistics.Correlation.Spearman(x, y);
            return ours is double r && Math.Abs(r - oracle) <= 1e-12;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Self_correlation_is_1_and_reverse_is_minus_1() =>
        Prop.ForAll(Permutations.ToArbitrary(), x =>
        {
            double n = x.Length;
            double[] reverse = x.Select(v => n + 1 - v).ToArray();
            return Math.Abs(RankCorrelation.Spearman(x, x)!.Value - 1) <= 1e-12
                && Math.Abs(RankCorrelation.KendallTauB(x, x)!.Value - 1) <= 1e-12
                && Math.Abs(RankCorrelation.WeightedSpearman(x, x) - 1) <= 1e-12
                && Math.Abs(RankCorrelation.WS(x, x) - 1) <= 1e-12
                && Math.Abs(RankCorrelation.Spearman(x, reverse)!.Value + 1) <= 1e-12
                && Math.Abs(RankCorrelation.KendallTauB(x, reverse)!.Value + 1) <= 1e-12;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void WS_lies_in_0_1_and_correlations_in_minus_1_1() =>
        Prop.ForAll(Permutations.SelectMany(x => Gen.Shuffle(x).Select(y => (x, y: y.ToArray()))).ToArbitrary(), p =>
        {
            double ws = RankCorrelation.WS(p.x, p.y);
            double rw = RankCorrelation.WeightedSpearman(p.x, p.y);
            double rho = RankCorrelation.Spearman(p.x, p.y)!.Value;
            double tau = RankCorrelation.KendallTauB(p.x, p.y)!.Value;
            return ws >= -1e-12 && ws <= 1 + 1e-12 && Math.Abs(rw) <= 1 + 1e-12 && Math.Abs(rho) <= 1 && Math.Abs(tau) <= 1 + 1e-12;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Rankings_overloads_use_the_ranks()
    {
        Ranking a = Ranking.FromPreferences([0.9, 0.5, 0.1], higherIsBetter: true);
        Ranking b = Ranking.FromPreferences([0.5, 0.9, 0.1], higherIsBetter: true);
        Assert.Equal(0.5, RankCorrelation.WS(a, b), 12);
        Assert.Equal(0.375, RankCorrelation.WeightedSpearman(a, b), 12);
        Assert.Equal(0.5, RankCorrelation.Spearman(a, b)!.Value, 12); // Σd² = 2, 1 − 12/24
        Assert.Equal(1.0 / 3, RankCorrelation.KendallTauB(a, b)!.Value, 12); // C = 2, D = 1
    }

    [Fact]
    public void Constant_vector_is_undefined()
    {
        Assert.Null(RankCorrelation.Spearman([1, 1, 1], [1, 2, 3]));
        Assert.Null(RankCorrelation.KendallTauB([1, 2, 3], [2, 2, 2]));
    }

    // ---- validation ----
    [Fact]
    public void Lengths_differ() => Assert.Equal("y", Assert.Throws<ArgumentException>(() => RankCorrelation.Spearman([1, 2], [1, 2, 3])).ParamName);

    [Fact]
    public void Fewer_than_two_items() => Assert.Equal("x", Assert.Throws<ArgumentException>(() => RankCorrelation.KendallTauB([1], [1])).ParamName);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Not_finite(double v)
    {
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => RankCorrelation.Spearman([v, 1], [1, 2])).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentOutOfRangeException>(() => RankCorrelation.WS([1, 2], [1, v])).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Rank_outside_1_N(double v)
    {
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => RankCorrelation.WS([v, 1, 2], [1, 2, 3])).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentOutOfRangeException>(() => RankCorrelation.WeightedSpearman([1, 2, 3], [1, 2, v])).ParamName);
    }

    [Fact]
    public void Null_rankings()
    {
        Ranking a = Ranking.FromPreferences([1, 2], true);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => RankCorrelation.Spearman(null!, a)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentNullException>(() => RankCorrelation.KendallTauB(a, null!)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => RankCorrelation.WeightedSpearman(null!, a)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentNullException>(() => RankCorrelation.WS(a, null!)).ParamName);
    }
}
