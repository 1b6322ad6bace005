using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>SMAA-2: analytic expectations, properties (sums, determinism, ranking kernel), validation.</summary>
public class SmaaTests
{
    private static readonly DecisionMatrix Identity = Matrices.Benefit(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } });

    /// <summary>
    /// With the identity matrix and a weighted sum, alternative i is first exactly when w_i is the largest weight. Under
    /// uniform weights on the simplex (flat Dirichlet) each is first, second and third with probability 1/3 by symmetry,
    /// and the central weight of A is E[w | w_1 is the largest] = E[max of 3 uniform spacings] = (1/3)(1 + 1/2 + 1/3) = 11/18
    /// for its own criterion, (1 − 11/18)/2 = 7/36 for each other. 30,000 samples: the standard error of b is
    /// √(2/9/30000) ≈ 0.0027; tolerance 0.015 (over 5 standard errors).
    /// </summary>
    [Fact]
    public void Uniform_weights_analytic_expectations()
    {
        SmaaResult r = Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { Samples = 30_000, Seed = 42 });
        for (int i = 0; i < 3; i++)
        {
            for (int rank = 1; rank <= 3; rank++)
            {
                Assert.InRange(r.RankAcceptability(i, rank), (1.0 / 3) - 0.015, (1.0 / 3) + 0.015);
            }

            Assert.InRange(r.CentralWeights[i][i], (11.0 / 18) - 0.01, (11.0 / 18) + 0.01);
            Assert.InRange(r.CentralWeights[i][(i + 1) % 3], (7.0 / 36) - 0.01, (7.0 / 36) + 0.01);

            // Holistic acceptability: 1·b1 + 0.5·b2 + 0·b3 ≈ 0.5.
            Assert.InRange(r.HolisticAcceptability[i], 0.5 - 0.015, 0.5 + 0.015);
        }

        Assert.Empty(r.Diagnostics);
        Assert.Equal(0, r.RejectedDraws);
    }

    /// <summary>
    /// Bounds w_1 ≥ 0.5 make A first in every sample (w_1 ≥ 0.5 ≥ w_2 + w_3). Under the flat Dirichlet P(w_1 ≥ 0.5) =
    /// (1 − 0.5)² = 0.25, so rejection sampling rejects about 3 draws per accepted sample: rejected share 0.75 ± 0.01
    /// (standard error √(0.1875/40000) ≈ 0.002 over ~40,000 draws).
    /// </summary>
    [Fact]
    public void Bounded_weights_rejection_rate_matches_the_simplex_volume()
    {
        var options = new SmaaOptions { Samples = 10_000, Seed = 7, Weights = SmaaWeightDistribution.Bounded([0.5, 0, 0], [1, 1, 1]) };
        SmaaResult r = Smaa.Run(new TestWeightedSum(), Identity, options);
        Assert.Equal(1, r.RankAcceptability(0, 1));
        double share = (double)r.RejectedDraws / (r.RejectedDraws + r.Samples);
        Assert.InRange(share, 0.74, 0.76);
        Assert.Equal(2, r.Diagnostics.Length); // B and C never rank first: no central weights
        Assert.True(r.CentralWeights[1].IsEmpty);
        Assert.All(r.CentralWeights[0], _ => { });
        Assert.True(r.CentralWeights[0][0] >= 0.5);
    }

    [Fact]
    public void A_dominating_alternative_is_always_first()
    {
        var m = Matrices.Benefit(new double[,] { { 5, 5, 5 }, { 1, 4, 2 }, { 4, 1, 3 }, { 2, 2, 2 } });
        SmaaResult r = Smaa.Run(new TestWeightedSum(), m, new SmaaOptions { Samples = 3000 });
        Assert.Equal(1, r.FirstRankAcceptability("A"));
        Assert.Equal(1, r.HolisticAcceptability[0]);
    }

    /// <summary>A scorer that ignores the weights: every sample ranks the same fixed preferences, ties by input order.</summary>
    private sealed class Fixed(double[] preferences, bool higherIsBetter) : IMcdaMethod
    {
        public string Name => "Fixed";

        public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => new(Name, matrix, weights, preferences, higherIsBetter);

        public IMcdaScorer Prepare(DecisionMatrix matrix) => new S(preferences, higherIsBetter, matrix.CriterionCount);

        private sealed class S(double[] p, bool higher, int n) : IMcdaScorer
        {
            public int AlternativeCount => p.Length;

            public int CriterionCount => n;

            public bool HigherIsBetter => higher;

            public void Score(ReadOnlySpan<double> weights, Span<double> preferences) => p.CopyTo(preferences);
        }
    }

    /// <summary>
    /// The bucket-sort ranking kernel against <see cref="Ranking"/> (input-order ties): values with many exact ties, negative
    /// values, −0 and +0, neighbours one ulp apart, and large equal-value buckets (which take the introsort fallback).
    /// </summary>
    [Fact]
    public void Ranking_kernel_matches_Ranking_with_input_order_ties() =>
        Prop.ForAll(Gen.Choose(1, 300).SelectMany(n => Gen.Choose(-6, 6).ArrayOf(n).SelectMany(v => Gen.Choose(0, 3).ArrayOf(n).SelectMany(kind => Gen.Elements(true, false).Select(h => (v, kind, h))))).ToArbitrary(), c =>
        {
            double[] p = new double[c.v.Length];
            for (int i = 0; i < p.Length; i++)
            {
                double x = c.v[i] * 1e5;
                p[i] = c.kind[i] switch
                {
                    0 => x,
                    1 => Math.BitIncrement(x),
                    2 => c.v[i] == 0 ? -0.0 : Math.BitDecrement(x),
                    _ => x / 3,
                };
            }

            var m = Matrices.Benefit(new double[p.Length, 2]);
            SmaaResult r = Smaa.Run(new Fixed(p, c.h), m, new SmaaOptions { Samples = 3, MaxDegreeOfParallelism = 1 });
            Ranking expected = Ranking.FromPreferences(p, c.h, TiePolicy.InputOrder);
            for (int i = 0; i < p.Length; i++)
            {
                if (r.RankAcceptability(i, (int)expected.Ranks[i]) != 1)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    private static readonly Gen<DecisionMatrix> SmallMatrices =
        Gen.Choose(1, 12).SelectMany(m =>
            Gen.Choose(1, 4).SelectMany(n =>
                Gen.Choose(0, 9).ArrayOf(m * n).Select(values =>
                    DecisionMatrix.FromRowMajor(
                        Enumerable.Range(0, m).Select(i => "A" + i),
                        Enumerable.Range(0, n).Select(j => Criterion.Benefit("c" + j)),
                        values.Select(v => (double)v).ToArray()))));

    [Fact]
    public void Acceptabilities_sum_to_1_over_ranks_and_over_alternatives() =>
        Prop.ForAll(SmallMatrices.ToArbitrary(), Gen.Choose(1, 3000).ToArbitrary(), (m, samples) =>
        {
            SmaaResult r = Smaa.Run(new TestWeightedSum(), m, new SmaaOptions { Samples = samples, Seed = (ulong)samples });
            int a = m.AlternativeCount;
            for (int x = 0; x < a; x++)
            {
                long rowCount = 0, columnCount = 0;
                double row = 0, column = 0;
                for (int k = 0; k < a; k++)
                {
                    rowCount += r.RankCounts[(x * a) + k];
                    columnCount += r.RankCounts[(k * a) + x];
                    row += r.RankAcceptabilities[(x * a) + k];
                    column += r.RankAcceptabilities[(k * a) + x];
                }

                if (rowCount != samples || columnCount != samples || Math.Abs(row - 1) > 1e-12 || Math.Abs(column - 1) > 1e-12)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Same_seed_is_bit_identical_whatever_the_degree_of_parallelism()
    {
        var m = Matrices.Benefit(new double[,] { { 3, 1, 4 }, { 1, 5, 9 }, { 2, 6, 5 }, { 3, 5, 8 }, { 9, 7, 9 }, { 3, 2, 3 } });
        SmaaResult Run(int? degree) => Smaa.Run(new TestWeightedSum(), m, new SmaaOptions { Samples = 40_000, Seed = 123, MaxDegreeOfParallelism = degree });
        SmaaResult one = Run(1);
        foreach (int? degree in new int?[] { 2, 3, 8, null })
        {
            SmaaResult other = Run(degree);
            Assert.Equal(one.RankCounts.ToArray(), other.RankCounts.ToArray());
            for (int i = 0; i < one.CentralWeights.Length; i++)
            {
                Assert.Equal(one.CentralWeights[i].Select(BitConverter.DoubleToInt64Bits), other.CentralWeights[i].Select(BitConverter.DoubleToInt64Bits));
            }
        }

        SmaaResult differentSeed = Smaa.Run(new TestWeightedSum(), m, new SmaaOptions { Samples = 40_000, Seed = 124 });
        Assert.NotEqual(one.RankCounts.ToArray(), differentSeed.RankCounts.ToArray());
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { Samples = 5000 }, null, cts.Token));
    }

    // ---- validation ----
    [Fact]
    public void Null_arguments()
    {
        Assert.Equal("method", Assert.Throws<ArgumentNullException>(() => Smaa.Run(null!, Identity)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => Smaa.Run(new TestWeightedSum(), null!)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000_001)]
    public void Samples_out_of_range(int s) =>
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { Samples = s })).ParamName);

    [Fact]
    public void Degree_below_1() =>
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { MaxDegreeOfParallelism = 0 })).ParamName);

    [Fact]
    public void Rejections_out_of_range() =>
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { MaxRejectionsPerSample = 0 })).ParamName);

    [Fact]
    public void Null_distribution() =>
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { Weights = null! })).ParamName);

    [Fact]
    public void Bounds_do_not_match_the_criteria() =>
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { Weights = SmaaWeightDistribution.Bounded([0, 0], [1, 1]) })).ParamName);

    [Fact]
    public void Region_too_small_for_rejection_sampling() =>
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { Weights = SmaaWeightDistribution.Bounded([0.98, 0, 0], [1, 1, 1]), MaxRejectionsPerSample = 5 })).ParamName);

    [Fact]
    public void Bounded_validation()
    {
        Assert.Equal("lower", Assert.Throws<ArgumentException>(() => SmaaWeightDistribution.Bounded([], [])).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentException>(() => SmaaWeightDistribution.Bounded([0, 0], [1])).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentOutOfRangeException>(() => SmaaWeightDistribution.Bounded([-0.1, 0], [1, 1])).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentOutOfRangeException>(() => SmaaWeightDistribution.Bounded([double.NaN, 0], [1, 1])).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => SmaaWeightDistribution.Bounded([0.5, 0], [0.4, 1])).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => SmaaWeightDistribution.Bounded([0, 0], [1.1, 1])).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentException>(() => SmaaWeightDistribution.Bounded([0.6, 0.6], [1, 1])).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentException>(() => SmaaWeightDistribution.Bounded([0, 0], [0.4, 0.4])).ParamName);
    }

    [Fact]
    public void Around_validation()
    {
        Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => SmaaWeightDistribution.Around(null!, 0.1)).ParamName);
        Assert.Equal("relativeSpread", Assert.Throws<ArgumentOutOfRangeException>(() => SmaaWeightDistribution.Around(CriteriaWeights.Equal(2), 0)).ParamName);
        Assert.Equal("relativeSpread", Assert.Throws<ArgumentOutOfRangeException>(() => SmaaWeightDistribution.Around(CriteriaWeights.Create([0.8, 0.2]), 0.5)).ParamName);
        SmaaWeightDistribution d = SmaaWeightDistribution.Around(CriteriaWeights.Create([0.6, 0.4]), 0.5);
        Assert.Equal(0.3, d.Lower[0], 12);
        Assert.Equal(0.9, d.Upper[0], 12);
    }

    [Fact]
    public void Result_accessor_validation()
    {
        SmaaResult r = Smaa.Run(new TestWeightedSum(), Identity, new SmaaOptions { Samples = 10 });
        Assert.Throws<ArgumentOutOfRangeException>(() => r.RankAcceptability(3, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.RankAcceptability(0, 0));
        Assert.Throws<KeyNotFoundException>(() => r.FirstRankAcceptability("Z"));
    }
}
