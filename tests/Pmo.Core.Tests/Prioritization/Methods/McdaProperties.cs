using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Methods;

/// <summary>Layer 2: FsCheck properties of the normalisations and methods on random problems (integer values 1…100, no NaN).</summary>
public class McdaProperties
{
    private const int Tests = 150;

    /// <summary>Random problems: 2–12 alternatives, 1–6 criteria, integer values in [1, 100] with no constant column, random directions and weights.</summary>
    private static readonly Gen<Problem> Problems =
        Gen.Choose(2, 12).SelectMany(n =>
            Gen.Choose(1, 6).SelectMany(m =>
                Gen.Choose(1, 100).ArrayOf(n * m).SelectMany(values =>
                    Gen.Elements(true, false).ArrayOf(m).SelectMany(benefit =>
                        Gen.Choose(1, 10).ArrayOf(m).Select(weights => new Problem(n, m, values, benefit, weights))))));

    private static readonly NormalizationMethod[] ScaleInvariant = [NormalizationMethod.MinMax, NormalizationMethod.Max, NormalizationMethod.Sum, NormalizationMethod.Vector];

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Tests);

    [Fact]
    public void Scale_invariant_normalisations_ignore_a_positive_rescaling_of_a_criterion() =>
        Check.One(Config, Prop.ForAll(Problems.ToArbitrary(), Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (p, scaleBy, which) =>
        {
            DecisionMatrix a = p.Matrix();
            int column = which % p.M;
            double factor = scaleBy / 100.0; // 0.01 … 100.
            DecisionMatrix b = p.Matrix(column, factor);
            foreach (NormalizationMethod method in ScaleInvariant)
            {
                foreach (CostHandling cost in Enum.GetValues<CostHandling>())
                {
                    McdaMatrix ra = Normalization.Normalize(a, method, cost);
                    McdaMatrix rb = Normalization.Normalize(b, method, cost);
                    for (int k = 0; k < ra.Values.Length; k++)
                    {
                        if (Math.Abs(ra.Values[k] - rb.Values[k]) > 1e-12 * Math.Max(1, Math.Abs(ra.Values[k])))
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void Improving_an_alternative_on_a_benefit_criterion_never_lowers_its_weighted_sum() =>
        Check.One(Config, Prop.ForAll(Problems.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (p, pick, delta) =>
        {
            int i = pick % p.N;
            int j = Array.IndexOf(p.Benefit, true);
            if (j < 0)
            {
                return true;
            }

            DecisionMatrix before = p.Matrix();
            DecisionMatrix after = p.Matrix(alternative: i, criterion: j, add: delta);
            if (Enumerable.Range(0, p.M).Any(c => after.Column(c).Distinct().Count() == 1))
            {
                return true; // the improvement made a column constant: min-max rightly rejects it (tested separately)
            }

            CriteriaWeights w = p.Weights();
            foreach (NormalizationMethod method in ScaleInvariant)
            {
                foreach (CostHandling cost in Enum.GetValues<CostHandling>())
                {
                    var wsm = new WeightedSum(method, cost);
                    if (wsm.Evaluate(after, w).Preferences[i] < wsm.Evaluate(before, w).Preferences[i] - 1e-12)
                    {
                        return false;
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void A_dominated_alternative_never_outranks_its_dominator_in_wsm_and_topsis() =>
        Check.One(Config, Prop.ForAll(Problems.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(1, 30).ArrayOf(6).ToArbitrary(), (p, pick, worsen) =>
        {
            // Set a's values to 40…100 and copy them into b, made strictly worse on every criterion by 1…30, so no
            // column is constant and no value leaves [10, 130].
            int a = pick % p.N;
            int b = (a + 1) % p.N;
            int[] values = [.. p.Values];
            for (int j = 0; j < p.M; j++)
            {
                int step = 1 + (worsen[j] % 30);
                int x = 40 + (values[(a * p.M) + j] % 61);
                values[(a * p.M) + j] = x;
                values[(b * p.M) + j] = p.Benefit[j] ? x - step : x + step;
            }

            Problem q = p with { Values = values };
            DecisionMatrix m = q.Matrix();
            CriteriaWeights w = q.Weights();
            IMcdaMethod[] methods =
            [
                new WeightedSum(), new WeightedSum(NormalizationMethod.Vector), new WeightedSum(NormalizationMethod.Max, CostHandling.Reciprocal),
                new Topsis(), new Topsis(NormalizationMethod.MinMax),
            ];
            return methods.All(method =>
            {
                McdaResult r = method.Evaluate(m, w);
                return r.Ranking.Ranks[a] < r.Ranking.Ranks[b];
            });
        }));

    [Fact]
    public void Linear_scorer_is_bit_identical_to_evaluate()
    {
        // The vectorised column-major scorer adds the same terms in the same order as Evaluate's row loop.
        var random = new Random(5);
        const int n = 37, m = 7;
        double[] values = [.. Enumerable.Range(0, n * m).Select(_ => random.NextDouble() * 1000)];
        DecisionMatrix matrix = DecisionMatrix.FromRowMajor(
            Enumerable.Range(0, n).Select(i => "a" + i),
            Enumerable.Range(0, m).Select(j => j % 2 == 0 ? Criterion.Benefit("c" + j) : Criterion.Cost("c" + j)),
            values);
        double[] raw = [.. Enumerable.Range(0, m).Select(_ => 0.1 + random.NextDouble())];
        CriteriaWeights weights = CriteriaWeights.Create(raw, WeightPolicy.Normalize);
        var method = new WeightedSum();
        double[] scored = new double[n];
        method.Prepare(matrix).Score(weights.AsSpan(), scored);
        Assert.Equal(method.Evaluate(matrix, weights).Preferences.ToArray(), scored);
    }

    [Fact]
    public void Every_scorer_equals_evaluate() =>
        Check.One(Config, Prop.ForAll(Problems.ToArbitrary(), p =>
        {
            DecisionMatrix m = p.Matrix();
            CriteriaWeights w = p.Weights();
            IMcdaMethod[] methods =
            [
                new WeightedSum(), new WeightedSum(NormalizationMethod.Sum, CostHandling.Reciprocal), new WeightedProduct(), new Waspas(0.3),
                new Topsis(), new Topsis(NormalizationMethod.MinMax), new Vikor(0.7), new Promethee2(PreferenceFunction.Linear(5, 30)),
                new Promethee2(PreferenceFunction.Gaussian(12)), new Spotis(Enumerable.Repeat(0.0, p.M).ToArray(), Enumerable.Repeat(101.0, p.M).ToArray()),
            ];
            double[] scored = new double[p.N];
            foreach (IMcdaMethod method in methods)
            {
                McdaResult r = method.Evaluate(m, w);
                IMcdaScorer s = method.Prepare(m);
                s.Score(w.AsSpan(), scored);
                if (s.HigherIsBetter != r.HigherIsBetter)
                {
                    return false;
                }

                for (int i = 0; i < scored.Length; i++)
                {
                    if (Math.Abs(scored[i] - r.Preferences[i]) > 1e-12 * Math.Max(1, Math.Abs(scored[i])))
                    {
                        return false;
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void Sorted_promethee_flows_equal_the_pairwise_definition_for_every_preference_function() =>
        Check.One(Config, Prop.ForAll(Problems.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (p, q, width) =>
        {
            DecisionMatrix m = p.Matrix();
            CriteriaWeights w = p.Weights();
            PreferenceFunction[] functions =
            [
                PreferenceFunction.Usual(), PreferenceFunction.UShape(q), PreferenceFunction.VShape(width), PreferenceFunction.Level(q, q + width),
                PreferenceFunction.Linear(q, q + width), PreferenceFunction.Gaussian(width / 4.0),
            ];
            foreach (PreferenceFunction f in functions)
            {
                PrometheeResult r = new Promethee2(f).Evaluate(m, w);
                (double[] plus, double[] minus) = Pairwise(m, w, f);
                for (int i = 0; i < p.N; i++)
                {
                    if (Math.Abs(r.PositiveFlow[i] - plus[i]) > 1e-12 || Math.Abs(r.NegativeFlow[i] - minus[i]) > 1e-12
                        || Math.Abs(r.NetFlow[i] - (plus[i] - minus[i])) > 1e-12)
                    {
                        return false;
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void Spotis_keeps_every_other_score_when_an_alternative_leaves() =>
        Check.One(Config, Prop.ForAll(Problems.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (p, pick) =>
        {
            if (p.N < 3)
            {
                return true;
            }

            var spotis = new Spotis(Enumerable.Repeat(0.0, p.M).ToArray(), Enumerable.Repeat(100.0, p.M).ToArray());
            int drop = pick % p.N;
            SpotisResult all = spotis.Evaluate(p.Matrix(), p.Weights());
            SpotisResult rest = spotis.Evaluate(p.Matrix().WithoutAlternative(drop), p.Weights());
            double[] kept = [.. all.Scores.Where((_, i) => i != drop)];
            return kept.SequenceEqual(rest.Scores);
        }));

    /// <summary>Brute-force oracle: π(a, b) = Σ_j w_j P(d_j(a, b)) over all pairs, flows divided by n − 1.</summary>
    internal static (double[] Plus, double[] Minus) Pairwise(DecisionMatrix m, CriteriaWeights w, PreferenceFunction f)
    {
        int n = m.AlternativeCount;
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                double pi = 0;
                for (int j = 0; j < m.CriterionCount; j++)
                {
                    double d = m[a, j] - m[b, j];
                    pi += w[j] * f.Evaluate(m.Criteria[j].Direction == CriterionDirection.Benefit ? d : -d);
                }

                plus[a] += pi / (n - 1);
                minus[b] += pi / (n - 1);
            }
        }

        return (plus, minus);
    }

    internal sealed record Problem(int N, int M, int[] Values, bool[] Benefit, int[] RawWeights)
    {
        public CriteriaWeights Weights() => CriteriaWeights.Create([.. RawWeights.Select(x => (double)x)], WeightPolicy.Normalize);

        public DecisionMatrix Matrix(int scaleColumn = -1, double factor = 1, int alternative = -1, int criterion = -1, int add = 0)
        {
            double[] x = new double[N * M];
            for (int k = 0; k < x.Length; k++)
            {
                x[k] = Values[k];
            }

            // No constant column: methods that divide by the range reject one (tested separately).
            for (int j = 0; j < M; j++)
            {
                if (Enumerable.Range(0, N).All(i => x[(i * M) + j] == x[j]))
                {
                    x[j] += 1;
                }
            }

            for (int k = 0; k < x.Length; k++)
            {
                x[k] = Math.Max(1, x[k]);
                if (k % M == scaleColumn)
                {
                    x[k] *= factor;
                }
            }

            if (alternative >= 0)
            {
                x[(alternative * M) + criterion] += add;
            }

            return DecisionMatrix.FromRowMajor(
                Enumerable.Range(0, N).Select(i => "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Enumerable.Range(0, M).Select(j => new Criterion("c" + j.ToString(System.Globalization.CultureInfo.InvariantCulture), Benefit[j] ? CriterionDirection.Benefit : CriterionDirection.Cost)),
                x);
        }
    }
}
