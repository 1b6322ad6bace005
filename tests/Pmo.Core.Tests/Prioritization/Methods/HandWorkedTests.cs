using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Methods;

/// <summary>
/// Hand-worked examples: every expected value is derived in the comment beside it from the 3 × 2 matrix
/// a = (NPV 100, risk 3), b = (200, 1), c = (300, 2), NPV benefit on a fixed scale [0, 500], risk cost on [1, 5],
/// weights 0.6 and 0.4.
/// </summary>
public class HandWorkedTests
{
    private const double Tol = 1e-6;

    internal static DecisionMatrix Projects() => DecisionMatrix.FromRows(
        ["a", "b", "c"],
        [Criterion.Benefit("npv", 0, 500), Criterion.Cost("risk", 1, 5)],
        [[100.0, 3], [200, 1], [300, 2]]);

    internal static CriteriaWeights W() => CriteriaWeights.Create([0.6, 0.4]);

    [Theory]
    // Min-max: npv (x − 100)/200 = 0, .5, 1; risk complement (3 − x)/2 = 0, 1, .5.
    [InlineData(NormalizationMethod.MinMax, CostHandling.Complement, new[] { 0, 0.5, 1, 0, 1, 0.5 })]
    // Min-max reciprocal: 1/x = 1/3, 1, 1/2 → (t − 1/3)/(2/3) = 0, 1, 0.25.
    [InlineData(NormalizationMethod.MinMax, CostHandling.Reciprocal, new[] { 0, 0.5, 1, 0, 1, 0.25 })]
    // Min-max negation: −(x − 1)/2 = −1, 0, −0.5.
    [InlineData(NormalizationMethod.MinMax, CostHandling.Negation, new[] { 0, 0.5, 1, -1, 0, -0.5 })]
    // Max: npv x/300 = 1/3, 2/3, 1; risk 1 − x/3 = 0, 2/3, 1/3.
    [InlineData(NormalizationMethod.Max, CostHandling.Complement, new[] { 1 / 3.0, 2 / 3.0, 1, 0, 2 / 3.0, 1 / 3.0 })]
    // Max reciprocal: min/x = 1/3, 1, 1/2.
    [InlineData(NormalizationMethod.Max, CostHandling.Reciprocal, new[] { 1 / 3.0, 2 / 3.0, 1, 1 / 3.0, 1, 0.5 })]
    // Sum: npv x/600 = 1/6, 1/3, 1/2; risk reciprocal (1/x)/Σ(1/x) with Σ = 11/6: 2/11, 6/11, 3/11.
    [InlineData(NormalizationMethod.Sum, CostHandling.Reciprocal, new[] { 1 / 6.0, 1 / 3.0, 0.5, 2 / 11.0, 6 / 11.0, 3 / 11.0 })]
    // Sum complement: 1 − x/6 = 0.5, 5/6, 2/3.
    [InlineData(NormalizationMethod.Sum, CostHandling.Complement, new[] { 1 / 6.0, 1 / 3.0, 0.5, 0.5, 5 / 6.0, 2 / 3.0 })]
    // Vector: npv x/√140000 = 0.267261, 0.534522, 0.801784; risk 1 − x/√14 = 0.198216, 0.732739, 0.465478.
    [InlineData(NormalizationMethod.Vector, CostHandling.Complement, new[] { 0.267261, 0.534522, 0.801784, 0.198216, 0.732739, 0.465478 })]
    // Fixed bounds: npv x/500 = .2, .4, .6; risk (5 − x)/4 = .5, 1, .75.
    [InlineData(NormalizationMethod.FixedBounds, CostHandling.Complement, new[] { 0.2, 0.4, 0.6, 0.5, 1, 0.75 })]
    // Fixed bounds reciprocal: t = 1/x on [1/5, 1]: (t − 0.2)/0.8 = 1/6, 1, 0.375.
    [InlineData(NormalizationMethod.FixedBounds, CostHandling.Reciprocal, new[] { 0.2, 0.4, 0.6, 1 / 6.0, 1, 0.375 })]
    public void Normalisations_match_hand_values(NormalizationMethod method, CostHandling cost, double[] columnsThenRows)
    {
        McdaMatrix r = Normalization.Normalize(Projects(), method, cost);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(columnsThenRows[i], r[i, 0], Tol);
            Assert.Equal(columnsThenRows[3 + i], r[i, 1], Tol);
        }

        Assert.Equal(3, r.RowCount);
        Assert.Equal(2, r.ColumnCount);
    }

    [Fact]
    public void NormalizeColumn_matches_the_matrix_version()
    {
        Span<double> r = stackalloc double[3];
        Normalization.NormalizeColumn([3.0, 1, 2], Criterion.Cost("risk"), NormalizationMethod.MinMax, CostHandling.Complement, r);
        Assert.Equal([0.0, 1, 0.5], r.ToArray());
    }

    [Theory]
    // Min-max complement: a 0; b .6·.5 + .4·1 = .7; c .6 + .4·.5 = .8.
    [InlineData(NormalizationMethod.MinMax, CostHandling.Complement, new[] { 0, 0.7, 0.8 })]
    // Max complement: a .6/3 = .2; b .4 + .4·2/3 = .666667; c .6 + .4/3 = .733333.
    [InlineData(NormalizationMethod.Max, CostHandling.Complement, new[] { 0.2, 0.666667, 0.733333 })]
    // Max negation: risk −x/3: a .2 − .4 = −.2; b .4 − .133333 = .266667; c .6 − .266667 = .333333.
    [InlineData(NormalizationMethod.Max, CostHandling.Negation, new[] { -0.2, 0.266667, 0.333333 })]
    // Sum reciprocal: a .1 + .4·2/11 = .172727; b .2 + .4·6/11 = .418182; c .3 + .4·3/11 = .409091.
    [InlineData(NormalizationMethod.Sum, CostHandling.Reciprocal, new[] { 0.172727, 0.418182, 0.409091 })]
    // Vector complement: a .6·.267261 + .4·.198216 = .239643; b .613809; c .667261.
    [InlineData(NormalizationMethod.Vector, CostHandling.Complement, new[] { 0.239643, 0.613809, 0.667261 })]
    // Fixed bounds: a .12 + .2 = .32; b .24 + .4 = .64; c .36 + .3 = .66.
    [InlineData(NormalizationMethod.FixedBounds, CostHandling.Complement, new[] { 0.32, 0.64, 0.66 })]
    public void Weighted_sum_matches_hand_values(NormalizationMethod method, CostHandling cost, double[] expected)
    {
        WeightedSumResult r = new WeightedSum(method, cost).Evaluate(Projects(), W());
        Assert.Equal(expected, r.Preferences.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);
        Assert.True(r.HigherIsBetter);
        Assert.Equal(method, new WeightedSum(method, cost).NormalizationMethod);
        Assert.Equal(r.Preferences[2] > r.Preferences[1] ? "c" : "b", r.Best);
    }

    [Fact]
    public void Weighted_product_and_waspas_match_hand_values()
    {
        // r = (1/3, 1/3), (2/3, 1), (1, 1/2); P = r1^.6 · r2^.4: a 1/3; b (2/3)^.6 = e^(.6·(−.405465)) = e^(−.243279) = .784053; c .5^.4 = .757858.
        WeightedProductResult p = new WeightedProduct().Evaluate(Projects(), W());
        Assert.Equal([1 / 3.0, 0.784053, 0.757858], p.Preferences.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);
        Assert.Equal(0.5, p.NormalizedMatrix[2, 1], 15);

        // WSM part (max, reciprocal): a .2 + .4/3 = .333333; b .4 + .4 = .8; c .6 + .2 = .8.
        // Q = .5·WSM + .5·WPM: a .333333; b .5·.8 + .5·.784053 = .792026; c .4 + .378929 = .778929.
        WaspasResult w = new Waspas().Evaluate(Projects(), W());
        Assert.Equal([1 / 3.0, 0.792026, 0.778929], w.Preferences.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);
        Assert.Equal([1 / 3.0, 0.8, 0.8], w.WeightedSumScores.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);
        Assert.Equal(p.Preferences.ToArray(), w.WeightedProductScores.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-15);
        Assert.Equal(0.5, w.Lambda);
        Assert.Equal("b", w.Best);

        // λ = 1 is the weighted sum, λ = 0 the weighted product.
        Assert.Equal(w.WeightedSumScores.ToArray(), new Waspas(1).Evaluate(Projects(), W()).Preferences.ToArray());
        Assert.Equal(w.WeightedProductScores.ToArray(), new Waspas(0).Evaluate(Projects(), W()).Preferences.ToArray());
    }

    [Fact]
    public void Topsis_reports_its_intermediates()
    {
        // Min-max on every column as benefit: npv 0, .5, 1; risk (x − 1)/2 = 1, 0, .5. Weighted: npv 0, .3, .6; risk .4, 0, .2.
        // Ideal: npv max .6, risk (cost) min 0; anti: 0, .4.
        // a: D+ = √(.36 + .16) = .721110, D- = 0, C = 0; b: D+ = .3, D- = √(.09 + .16) = .5, C = .625;
        // c: D+ = .2, D- = √(.36 + .04) = .632456, C = .632456/.832456 = .759747.
        TopsisResult r = new Topsis(NormalizationMethod.MinMax).Evaluate(Projects(), W());
        Assert.Equal([0.6, 0.0], r.PositiveIdeal.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-12);
        Assert.Equal([0.0, 0.4], r.NegativeIdeal.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-12);
        Assert.Equal([0.721110, 0.3, 0.2], r.DistanceToIdeal.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);
        Assert.Equal([0, 0.5, 0.632456], r.DistanceToAntiIdeal.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);
        Assert.Equal([0, 0.625, 0.759747], r.Closeness.ToArray(), (x, y) => Math.Abs(x - y) <= Tol);
        Assert.Equal(1.0, r.NormalizedMatrix[0, 1], 15);
        Assert.Equal(0.4, r.WeightedMatrix[0, 1], 15);
        Assert.Equal([3.0, 2, 1], r.Ranking.Ranks.ToArray());
        Assert.Equal(1, r.RankOf("c"));
        Assert.Equal(0.625, r.PreferenceOf("b"), 12);
    }

    [Fact]
    public void Spotis_uses_the_fixed_scales_and_reports_the_ideal_point()
    {
        // Ideal (500, 1). d_npv = (500 − x)/500 = .8, .6, .4; d_risk = (x − 1)/4 = .5, 0, .25.
        // P: a .48 + .2 = .68; b .36; c .24 + .1 = .34 (smaller is better: c, b, a).
        SpotisResult r = new Spotis().Evaluate(Projects(), W());
        Assert.Equal([0.68, 0.36, 0.34], r.Scores.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-12);
        Assert.Equal([500.0, 1], r.IdealPoint.ToArray());
        Assert.Equal([0.0, 1], r.LowerBounds.ToArray());
        Assert.Equal([500.0, 5], r.UpperBounds.ToArray());
        Assert.Equal(0.25, r.NormalizedDistances[2, 1], 15);
        Assert.False(r.HigherIsBetter);
        Assert.Equal("c", r.Best);
    }

    [Fact]
    public void Spotis_scores_do_not_change_when_an_alternative_is_dropped()
    {
        SpotisResult all = new Spotis().Evaluate(Projects(), W());
        SpotisResult two = new Spotis().Evaluate(Projects().WithoutAlternative(1), W());
        Assert.Equal([all.Scores[0], all.Scores[2]], two.Scores.ToArray());
    }

    [Fact]
    public void Vikor_reports_s_r_q_conditions_and_a_single_compromise()
    {
        // Opricovic and Tzeng (2004) example, worked in mcda-examples.json: S = .5, .375, .5; R = .5, .25, .5; Q = 1, 0, 1.
        DecisionMatrix m = DecisionMatrix.FromRows(["A1", "A2", "A3"], [Criterion.Cost("c1"), Criterion.Benefit("c2")], [[1.0, 3000], [2, 3750], [5, 4500]]);
        VikorResult r = new Vikor().Evaluate(m, CriteriaWeights.Equal(2));
        Assert.Equal([1.0, 0, 1], r.Q.ToArray());
        Assert.Equal([1.0, 4500], r.BestValues.ToArray());
        Assert.Equal([5.0, 3000], r.WorstValues.ToArray());
        Assert.Equal(0.25, r.NormalizedRegrets[1, 0], 15);
        Assert.Equal(0.5, r.AdvantageThreshold);
        Assert.True(r.AcceptableAdvantage); // Q(A1) − Q(A2) = 1 ≥ DQ = 1/2.
        Assert.True(r.AcceptableStability); // A2 is also best by S (.375) and R (.25).
        Assert.Equal(["A2"], r.CompromiseSet.ToArray());
        Assert.Equal(1, r.RankingByS.Ranks[1]);
        Assert.Equal(1, r.RankingByR.Ranks[1]);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Vikor_without_acceptable_advantage_proposes_every_close_alternative()
    {
        // Benefit criteria, equal weights. c1 best 10 worst 0: d = 0, 1, .5; c2 best 10 worst 0: d = 1, 0, .6.
        // S = .5, .5, .55; R = .5, .5, .3. Q = .5·(S − .5)/.05 + .5·(R − .3)/.2 = .5, .5, .5: all tied.
        // First A1, second A2; Q(A2) − Q(A1) = 0 < DQ = .5, so C1 fails and the set is every Q within DQ: A1, A2, A3.
        DecisionMatrix m = DecisionMatrix.FromRows(["A1", "A2", "A3"], [Criterion.Benefit("c1"), Criterion.Benefit("c2")], [[10.0, 0], [0, 10], [5, 4]]);
        VikorResult r = new Vikor().Evaluate(m, CriteriaWeights.Equal(2));
        Assert.Equal([0.5, 0.5, 0.5], r.Q.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-12);
        Assert.False(r.AcceptableAdvantage);
        Assert.True(r.AcceptableStability);
        Assert.Equal(["A1", "A2", "A3"], r.CompromiseSet.ToArray());
    }

    [Fact]
    public void Vikor_without_acceptable_stability_proposes_the_first_two()
    {
        // Three benefit criteria on 0…10 (best 10, worst 0 in every column), equal weights, v = 0.6; d = (10 − x)/10.
        // d: A (0, 0, 1), B (.6, .6, .6), C (.64, .44, 0), D (1, .4, .4), E (.4, 1, .4).
        // 3S = Σd: A 1, B 1.8, C 1.08, D 1.8, E 1.8; 3R = max d: A 1, B .6, C .64, D 1, E 1.
        // (S − S*)/(S⁻ − S*): A 0, B 1, C .08/.8 = .1, D 1, E 1; (R − R*)/(R⁻ − R*): A 1, B 0, C .04/.4 = .1, D 1, E 1.
        // Q = .6·qs + .4·qr: A .4, B .6, C .1, D 1, E 1. Best C, second A: .4 − .1 = .3 ≥ DQ = 1/4, so C1 holds;
        // C is best neither by S (A) nor by R (B), so C2 fails and the compromise set is {C, A}.
        DecisionMatrix m = DecisionMatrix.FromRows(
            ["A", "B", "C", "D", "E"],
            [Criterion.Benefit("c1"), Criterion.Benefit("c2"), Criterion.Benefit("c3")],
            [[10.0, 10, 0], [4, 4, 4], [3.6, 5.6, 10], [0, 6, 6], [6, 0, 6]]);
        VikorResult r = new Vikor(0.6).Evaluate(m, CriteriaWeights.Equal(3));
        Assert.Equal([0.4, 0.6, 0.1, 1, 1], r.Q.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-12);
        Assert.True(r.AcceptableAdvantage);
        Assert.False(r.AcceptableStability);
        Assert.Equal(["C", "A"], r.CompromiseSet.ToArray());
    }

    [Fact]
    public void Vikor_with_equal_group_utility_says_so_in_a_diagnostic()
    {
        // d = (0, 1) and (1, 0) with equal weights: S = .5 for both, R = .5 for both: both Q terms undefined, taken as 0.
        DecisionMatrix m = DecisionMatrix.FromRows(["A1", "A2"], [Criterion.Benefit("c1"), Criterion.Benefit("c2")], [[1.0, 0], [0, 1]]);
        VikorResult r = new Vikor().Evaluate(m, CriteriaWeights.Equal(2));
        Assert.Equal([0.0, 0], r.Q.ToArray());
        Assert.Equal(2, r.Diagnostics.Length);
        Assert.True(r.Ranking.HasTies);
    }

    [Fact]
    public void Promethee_flows_are_consistent_and_each_function_matches_its_formula()
    {
        // Two alternatives, one benefit criterion, values 0 and 3 (d = 3 in favour of b): φ⁺(b) = P(3), φ⁻(a) = P(3), net ±P(3).
        DecisionMatrix m = DecisionMatrix.FromRows(["a", "b"], [Criterion.Benefit("x")], [[0.0], [3.0]]);
        (PreferenceFunction F, double P)[] cases =
        [
            (PreferenceFunction.Usual(), 1),
            (PreferenceFunction.UShape(2), 1),      // 3 > q = 2.
            (PreferenceFunction.UShape(3), 0),      // 3 ≤ q = 3.
            (PreferenceFunction.VShape(4), 0.75),   // 3/4.
            (PreferenceFunction.Level(1, 4), 0.5),  // q < 3 ≤ p.
            (PreferenceFunction.Level(1, 2), 1),    // 3 > p.
            (PreferenceFunction.Linear(1, 5), 0.5), // (3 − 1)/(5 − 1).
            (PreferenceFunction.Gaussian(3), 1 - Math.Exp(-0.5)), // 1 − e^(−9/18) = .393469.
        ];
        foreach ((PreferenceFunction f, double p) in cases)
        {
            Assert.Equal(p, f.Evaluate(3), 12);
            Assert.Equal(0, f.Evaluate(-3));
            PrometheeResult r = new Promethee2(f).Evaluate(m, CriteriaWeights.Equal(1));
            Assert.Equal(-p, r.NetFlow[0], 12);
            Assert.Equal(p, r.NetFlow[1], 12);
            Assert.Equal(p, r.PositiveFlow[1], 12);
            Assert.Equal(p, r.NegativeFlow[0], 12);
            Assert.Equal(p, r.UnicriterionNetFlows[1, 0], 12);
        }

        // A cost criterion reverses the direction of d.
        DecisionMatrix cost = DecisionMatrix.FromRows(["a", "b"], [Criterion.Cost("x")], [[0.0], [3.0]]);
        Assert.Equal(0.75, new Promethee2(PreferenceFunction.VShape(4)).Evaluate(cost, CriteriaWeights.Equal(1)).NetFlow[0], 12);
    }

    [Fact]
    public void Promethee_takes_one_function_per_criterion()
    {
        // npv V-shape p = 200: d(c, a) = 200 → 1, d(c, b) = d(b, a) = 100 → .5. risk usual (cost): b beats a and c, c beats a.
        // π(a, ·) = 0; π(b, a) = .6·.5 + .4 = .7; π(b, c) = .4; π(c, a) = .6 + .4 = 1; π(c, b) = .3.
        // φ⁺ = (0, 1.1, 1.3)/2; φ⁻ = (1.7, .3, .4)/2; φ = −.85, .4, .45.
        var method = new Promethee2([PreferenceFunction.VShape(200), PreferenceFunction.Usual()]);
        PrometheeResult r = method.Evaluate(Projects(), W());
        Assert.Equal([-0.85, 0.4, 0.45], r.NetFlow.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-12);
        Assert.Equal([0, 0.55, 0.65], r.PositiveFlow.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-12);
        Assert.Equal([0.85, 0.15, 0.2], r.NegativeFlow.ToArray(), (x, y) => Math.Abs(x - y) <= 1e-12);
        Assert.Equal(2, method.Functions.Length);
        Assert.Contains("V-shape", method.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Tie_policy_option_is_used_by_the_ranking()
    {
        // Vikor all-tied example above: Q = .5, .5, .5.
        DecisionMatrix m = DecisionMatrix.FromRows(["A1", "A2", "A3"], [Criterion.Benefit("c1"), Criterion.Benefit("c2")], [[10.0, 0], [0, 10], [5, 4]]);
        VikorResult r = new Vikor { TiePolicy = TiePolicy.Dense }.Evaluate(m, CriteriaWeights.Equal(2));
        Assert.Equal(TiePolicy.Dense, r.Ranking.Policy);
    }
}
