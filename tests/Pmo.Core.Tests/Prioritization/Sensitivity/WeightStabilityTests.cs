using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>Weight-stability intervals: hand-computed crossings, the "just inside / just outside" property, validation.</summary>
public class WeightStabilityTests
{
    // A = (1, 0), B = (0, 1), C = (0.6, 0.6): columns already span [0, 1].
    private static readonly DecisionMatrix Abc = Matrices.Benefit(new double[,] { { 1, 0 }, { 0, 1 }, { 0.6, 0.6 } });

    private static readonly CriteriaWeights W = CriteriaWeights.Create([0.7, 0.3]);

    /// <summary>
    /// Path of criterion 0 (w0 = t, w1 = 1 − t): A = t, B = 1 − t, C = 0.6. Baseline t = 0.7: A 0.7, C 0.6, B 0.3.
    /// Top-1: A meets C at t = 0.6 (below) and nobody above → [0.6, 1], challenger C.
    /// Path of criterion 1 (w1 = t): A = 1 − t, B = t, C = 0.6; base t = 0.3; A meets C at t = 0.4 → [0, 0.4].
    /// Top-2 set {A, C}: on path 0, B (1 − t) meets A (t) at 0.5 and C (0.6) at 0.4; the nearer below 0.7 is 0.5 →
    /// [0.5, 1], B displaces A. On path 1, B (t) meets A (1 − t) at 0.5 and C at 0.6 → [0, 0.5].
    /// </summary>
    [Theory]
    [InlineData(CrossingSearch.Linear)]
    [InlineData(CrossingSearch.Bisection)]
    [InlineData(CrossingSearch.Auto)]
    public void Hand_example(CrossingSearch search)
    {
        double tol = search == CrossingSearch.Bisection ? 1e-8 : 1e-12;
        WeightStabilityResult top1 = WeightStability.Intervals(new TestWeightedSum(), Abc, W, search: search, tolerance: 1e-9);
        Assert.Equal(["A"], top1.BaselineTop.ToArray());
        WeightStabilityInterval c0 = top1.Intervals[0];
        Assert.Equal(0.6, c0.Lower, tol);
        Assert.Equal(1, c0.Upper, tol);
        Assert.Equal("C", c0.LowerChallenger);
        Assert.Equal("A", c0.LowerDisplaced);
        Assert.Null(c0.UpperChallenger);
        Assert.Equal(search != CrossingSearch.Bisection, c0.IsExact);
        WeightStabilityInterval c1 = top1.Intervals[1];
        Assert.Equal(0, c1.Lower, tol);
        Assert.Equal(0.4, c1.Upper, tol);
        Assert.Equal("C", c1.UpperChallenger);

        WeightStabilityResult top2 = WeightStability.Intervals(new TestWeightedSum(), Abc, W, topK: 2, search: search, tolerance: 1e-9);
        Assert.Equal(0.5, top2.Intervals[0].Lower, tol);
        Assert.Equal("B", top2.Intervals[0].LowerChallenger);
        Assert.Equal("A", top2.Intervals[0].LowerDisplaced);
        Assert.Equal(0.5, top2.Intervals[1].Upper, tol);
    }

    /// <summary>Top-2 order (A, C): on path 0 the order changes where C overtakes A, t = 0.6 (the set changes only at 0.5).</summary>
    [Fact]
    public void Order_target_reacts_to_swaps_inside_the_top()
    {
        WeightStabilityResult r = WeightStability.Intervals(new TestWeightedSum(), Abc, W, topK: 2, target: StabilityTarget.TopKOrder);
        Assert.Equal(0.6, r.Intervals[0].Lower, 12);
        Assert.Equal("C", r.Intervals[0].LowerChallenger);
    }

    [Fact]
    public void Auto_falls_back_to_bisection_for_a_nonlinear_method()
    {
        WeightStabilityResult r = WeightStability.Intervals(new TestNonLinear(), Abc, W);
        Assert.All(r.Intervals, i => Assert.False(i.IsExact));
    }

    private static readonly Gen<(DecisionMatrix Matrix, CriteriaWeights Weights, int TopK, bool Order)> Cases =
        Gen.Choose(3, 8).SelectMany(m =>
            Gen.Choose(2, 4).SelectMany(n =>
                Gen.Choose(0, 20).ArrayOf(m * n).SelectMany(values =>
                    Gen.Choose(1, 20).ArrayOf(n).SelectMany(w =>
                        Gen.Choose(1, m).SelectMany(k =>
                            Gen.Elements(true, false).Select(order =>
                                (DecisionMatrix.FromRowMajor(
                                    Enumerable.Range(0, m).Select(i => "A" + i),
                                    Enumerable.Range(0, n).Select(j => Criterion.Benefit("c" + j)),
                                    values.Select(v => (double)v).ToArray()),
                                 CriteriaWeights.Create(w.Select(v => (double)v).ToArray(), WeightPolicy.Normalize),
                                 k,
                                 order)))))));

    private static int[] Top(IMcdaMethod method, DecisionMatrix matrix, CriteriaWeights w, int k, int criterion, double t, bool order)
    {
        double[] x = new double[w.Count];
        for (int j = 0; j < x.Length; j++)
        {
            x[j] = j == criterion ? t : w[j] * (1 - t) / (1 - w[criterion]);
        }

        int[] top = [.. method.Evaluate(matrix, CriteriaWeights.Create(x, WeightPolicy.Normalize)).Ranking.Order.Take(k)];
        return order ? top : [.. top.Order()];
    }

    private static bool EndsAreWhereTheTopChanges(IMcdaMethod method, CrossingSearch search, (DecisionMatrix Matrix, CriteriaWeights Weights, int TopK, bool Order) c)
    {
        const double delta = 1e-6;

        // Alternatives tied at the base weights may be tied along the whole path (for example equal products of
        // utilities), and then their order flips on rounding noise; such degenerate cases are skipped.
        double[] p = [.. method.Evaluate(c.Matrix, c.Weights).Preferences.Order()];
        for (int x = 1; x < p.Length; x++)
        {
            if (p[x] - p[x - 1] <= 1e-9)
            {
                return true;
            }
        }

        var target = c.Order ? StabilityTarget.TopKOrder : StabilityTarget.TopKSet;
        WeightStabilityResult r = WeightStability.Intervals(method, c.Matrix, c.Weights, c.TopK, target, search, tolerance: 1e-11, scanSteps: 400);
        foreach (WeightStabilityInterval i in r.Intervals)
        {
            int[] baseline = Top(method, c.Matrix, c.Weights, c.TopK, i.CriterionIndex, i.Weight, c.Order);
            bool Same(double t) => Top(method, c.Matrix, c.Weights, c.TopK, i.CriterionIndex, t, c.Order).SequenceEqual(baseline);
            if (i.Upper < 1 - (2 * delta) && Same(i.Upper + delta))
            {
                return false;
            }

            if (i.Upper - delta > i.Lower + delta && !Same(i.Upper - delta))
            {
                return false;
            }

            if (i.Lower > 2 * delta && Same(i.Lower - delta))
            {
                return false;
            }

            if (i.Lower + delta < i.Upper - delta && !Same(i.Lower + delta))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Exact_ends_are_where_the_top_k_changes() =>
        Prop.ForAll(Cases.ToArbitrary(), c => EndsAreWhereTheTopChanges(new TestWeightedSum(), CrossingSearch.Linear, c)).QuickCheckThrowOnFailure();

    [Fact]
    public void Bisection_ends_are_where_the_top_k_changes() =>
        Prop.ForAll(Cases.ToArbitrary(), c => EndsAreWhereTheTopChanges(new TestNonLinear(), CrossingSearch.Bisection, c)).QuickCheckThrowOnFailure();

    // ---- validation ----
    [Fact]
    public void Null_arguments()
    {
        Assert.Equal("method", Assert.Throws<ArgumentNullException>(() => WeightStability.Intervals(null!, Abc, W)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => WeightStability.Intervals(new TestWeightedSum(), null!, W)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => WeightStability.Intervals(new TestWeightedSum(), Abc, null!)).ParamName);
    }

    [Fact]
    public void Weights_do_not_match() => Assert.Equal("weights", Assert.Throws<ArgumentException>(() => WeightStability.Intervals(new TestWeightedSum(), Abc, CriteriaWeights.Equal(3))).ParamName);

    [Fact]
    public void Single_criterion() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => WeightStability.Intervals(new TestWeightedSum(), Matrices.Benefit(new double[,] { { 1 }, { 2 } }), CriteriaWeights.Equal(1))).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void TopK_out_of_range(int k) => Assert.Equal("topK", Assert.Throws<ArgumentOutOfRangeException>(() => WeightStability.Intervals(new TestWeightedSum(), Abc, W, k)).ParamName);

    [Fact]
    public void Undefined_target() => Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => WeightStability.Intervals(new TestWeightedSum(), Abc, W, target: (StabilityTarget)9)).ParamName);

    [Fact]
    public void Undefined_search() => Assert.Equal("search", Assert.Throws<ArgumentOutOfRangeException>(() => WeightStability.Intervals(new TestWeightedSum(), Abc, W, search: (CrossingSearch)9)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(0.02)]
    [InlineData(double.NaN)]
    public void Tolerance_out_of_range(double t) => Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => WeightStability.Intervals(new TestWeightedSum(), Abc, W, tolerance: t)).ParamName);

    [Theory]
    [InlineData(1)]
    [InlineData(100_001)]
    public void ScanSteps_out_of_range(int s) => Assert.Equal("scanSteps", Assert.Throws<ArgumentOutOfRangeException>(() => WeightStability.Intervals(new TestWeightedSum(), Abc, W, scanSteps: s)).ParamName);

    [Fact]
    public void Linear_search_rejects_a_nonlinear_method() =>
        Assert.Equal("method", Assert.Throws<ArgumentException>(() => WeightStability.Intervals(new TestNonLinear(), Abc, W, search: CrossingSearch.Linear)).ParamName);
}
