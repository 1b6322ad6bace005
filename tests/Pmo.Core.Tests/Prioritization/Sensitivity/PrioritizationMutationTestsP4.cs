using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>
/// Issue 9 §6, Stryker survivors list P4 (weight sensitivity and stability): <see cref="WeightStability.Intervals"/> on
/// tiny hand-worked cases — ties at the base weight, a dominating alternative (crossings exactly at 0 and 1), a
/// lower-is-better linear method, the scan grid reaching its bound, the early return near a bound, the
/// adjacent-doubles stop of bisection, the <see cref="IMcdaScorer"/> weight contract, tie-breaking by input order — and
/// the documented validation messages of the shared sensitivity checks.
/// </summary>
public class PrioritizationMutationTestsP4
{
    private static DecisionMatrix M(double[,] values) => Matrices.Benefit(values);

    private static CriteriaWeights W(params double[] w) => CriteriaWeights.Create(w);

    private static void NoNames(WeightStabilityInterval i, bool lower, bool upper)
    {
        if (lower)
        {
            Assert.Null(i.LowerChallenger);
            Assert.Null(i.LowerDisplaced);
        }

        if (upper)
        {
            Assert.Null(i.UpperChallenger);
            Assert.Null(i.UpperDisplaced);
        }
    }

    // ---- validation messages (SensitivityHelpers and WeightStability) ----
    [Fact]
    public void Weights_of_the_wrong_length_are_rejected_by_the_shared_check()
    {
        // 3 criteria, 2 weights: the message of CriteriaWeights.EnsureMatches, before any evaluation.
        DecisionMatrix m = M(new double[,] { { 1, 0, 0 }, { 0, 1, 1 } });
        Reject.Rule<ArgumentException>(() => WeightStability.Intervals(new RawSum(), m, W(0.5, 0.5)), "weights", "weights has 2 weights but the matrix has 3 criteria");
        Reject.Rule<ArgumentException>(() => WeightSensitivity.OneAtATime(new RawSum(), m, W(0.5, 0.5), 0, [0.1]), "weights", "weights has 2 weights but the matrix has 3 criteria");
    }

    [Fact]
    public void A_single_criterion_is_rejected_with_the_rule()
    {
        DecisionMatrix m = M(new double[,] { { 1 }, { 2 } });
        Reject.Rule<ArgumentException>(() => WeightStability.Intervals(new RawSum(), m, CriteriaWeights.Equal(1)), "weights", "needs at least two criteria");
    }

    [Fact]
    public void TopK_message_names_the_range()
    {
        // 2 alternatives → topK in [1, 2].
        DecisionMatrix m = M(new double[,] { { 1, 0 }, { 0, 1 } });
        Reject.Rule<ArgumentOutOfRangeException>(() => WeightStability.Intervals(new RawSum(), m, W(0.5, 0.5), topK: 3), "topK", "topK must lie in [1, 2]", "got 3");
    }

    [Fact]
    public void Target_and_search_messages_list_the_defined_values()
    {
        DecisionMatrix m = M(new double[,] { { 1, 0 }, { 0, 1 } });
        Reject.Rule<ArgumentOutOfRangeException>(() => WeightStability.Intervals(new RawSum(), m, W(0.5, 0.5), target: (StabilityTarget)7), "target", "target must be TopKSet or TopKOrder");
        Reject.Rule<ArgumentOutOfRangeException>(() => WeightStability.Intervals(new RawSum(), m, W(0.5, 0.5), search: (CrossingSearch)7), "search", "search must be Auto, Linear or Bisection");
    }

    [Fact]
    public void ScanSteps_message_names_the_range() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => WeightStability.Intervals(new RawSum(), M(new double[,] { { 1, 0 }, { 0, 1 } }), W(0.5, 0.5), scanSteps: 1),
            "scanSteps",
            "scanSteps must lie in [2, 100000] (got 1)");

    [Theory]
    [InlineData(0.01, 2)]
    [InlineData(1e-9, 100_000)]
    public void Tolerance_and_scanSteps_accept_their_closed_ends(double tolerance, int scanSteps)
    {
        // tolerance in (0, 0.01] and scanSteps in [2, 100000]: both ends are allowed. Linear search does not scan, so the
        // large scanSteps costs nothing. A = (1, 0), B = (0, 1), w = (0.7, 0.3): path 0 A = t, B = 1 − t → tie at 0.5.
        WeightStabilityResult r = WeightStability.Intervals(
            new RawSum(), M(new double[,] { { 1, 0 }, { 0, 1 } }), W(0.7, 0.3), search: CrossingSearch.Linear, tolerance: tolerance, scanSteps: scanSteps);
        Assert.Equal(0.5, r.Intervals[0].Lower, 12);
    }

    [Fact]
    public void Linear_search_names_the_criterion_of_a_nonlinear_path() =>
        Reject.Rule<ArgumentException>(
            () => WeightStability.Intervals(new TestNonLinear(), M(new double[,] { { 1, 0 }, { 0, 1 }, { 0.6, 0.6 } }), W(0.7, 0.3), search: CrossingSearch.Linear),
            "method",
            "is not linear in the weights along the path of criterion 'c0'");

    [Fact]
    public void A_non_finite_preference_is_an_invalid_operation()
    {
        // Documented: InvalidOperationException when the scorer returns a non-finite preference value.
        DecisionMatrix m = M(new double[,] { { 1, 0 }, { 0, 1 } });
        var e = Assert.Throws<InvalidOperationException>(() => WeightStability.Intervals(new NaNScorer(), m, W(0.5, 0.5)));
        Assert.Contains("non-finite preference", e.Message, StringComparison.Ordinal);
    }

    // ---- tie-breaking by input order ----
    [Fact]
    public void Tied_best_alternatives_go_in_input_order_higher_is_better()
    {
        // A = B = (1, 0), C = (0, 1), w = (0.7, 0.3), min-max weighted sum: A = B = 0.7, C = 0.3. A and B tie; the
        // earlier input (A) is first, as in Ranking.
        WeightStabilityResult r = WeightStability.Intervals(new TestWeightedSum(), M(new double[,] { { 1, 0 }, { 1, 0 }, { 0, 1 } }), W(0.7, 0.3));
        Assert.Equal(["A"], r.BaselineTop.ToArray());
    }

    [Fact]
    public void Tied_best_alternatives_go_in_input_order_lower_is_better()
    {
        // Same matrix with the lower-is-better product Π(1 + u)^(−w): A = B = 2^−0.7 ≈ 0.616 < C = 2^−0.3 ≈ 0.812.
        // A and B tie exactly (identical rows); A, the earlier input, is first.
        WeightStabilityResult r = WeightStability.Intervals(new TestNonLinear(), M(new double[,] { { 1, 0 }, { 1, 0 }, { 0, 1 } }), W(0.7, 0.3), scanSteps: 4);
        Assert.Equal(["A"], r.BaselineTop.ToArray());
    }

    // ---- exact (linear) crossings ----

    /// <summary>
    /// Raw weighted sum, A = (1, 0), B = (0, 1), w = (0.5, 0.5): A = B = 0.5, A first by input order.
    /// Path 0 (w0 = t): A = t, B = 1 − t; above 0.5 A leads (top kept up to 1), below 0.5 B leads → [0.5, 1], B displaces A.
    /// Path 1 (w1 = t): A = 1 − t, B = t; below 0.5 A leads, above B leads → [0, 0.5], B displaces A.
    /// The base weight is itself an end: a tie at t0 counts on the side where the challenger is ahead.
    /// </summary>
    [Fact]
    public void A_tie_at_the_base_weight_ends_the_interval_on_the_losing_side_only()
    {
        WeightStabilityResult r = WeightStability.Intervals(new RawSum(), M(new double[,] { { 1, 0 }, { 0, 1 } }), W(0.5, 0.5), search: CrossingSearch.Linear);
        WeightStabilityInterval c0 = r.Intervals[0];
        Assert.Equal(0.5, c0.Lower);
        Assert.Equal("B", c0.LowerChallenger);
        Assert.Equal("A", c0.LowerDisplaced);
        Assert.Equal(1, c0.Upper);
        NoNames(c0, lower: false, upper: true);
        Assert.Equal(0.5, c0.Width); // 1 − 0.5
        Assert.True(c0.IsExact);

        WeightStabilityInterval c1 = r.Intervals[1];
        Assert.Equal(0, c1.Lower);
        NoNames(c1, lower: true, upper: false);
        Assert.Equal(0.5, c1.Upper);
        Assert.Equal("B", c1.UpperChallenger);
        Assert.Equal("A", c1.UpperDisplaced);
        Assert.Equal(0.5, c1.Width); // 0.5 − 0
    }

    /// <summary>
    /// The same tie with the top-2 order (A, B) as target: on path 0 the order is kept for t above 0.5 (A = t ahead of
    /// B = 1 − t) and flips below → [0.5, 1]. Only pairs in which the first is ahead at the base matter: B behind A does
    /// not end the interval above 0.5.
    /// </summary>
    [Fact]
    public void Order_target_with_a_tie_at_the_base_weight_keeps_the_winning_side()
    {
        WeightStabilityResult r = WeightStability.Intervals(
            new RawSum(), M(new double[,] { { 1, 0 }, { 0, 1 } }), W(0.5, 0.5), topK: 2, target: StabilityTarget.TopKOrder, search: CrossingSearch.Linear);
        Assert.Equal(["A", "B"], r.BaselineTop.ToArray());
        WeightStabilityInterval c0 = r.Intervals[0];
        Assert.Equal(0.5, c0.Lower);
        Assert.Equal("B", c0.LowerChallenger);
        Assert.Equal("A", c0.LowerDisplaced);
        Assert.Equal(1, c0.Upper);
        NoNames(c0, lower: false, upper: true);
    }

    /// <summary>
    /// A = (0, 1), B = C = (1, 0), w = (0.5, 0.5): all three score 0.5, A first by input order.
    /// Path 0 (w0 = t): A = 1 − t, B = C = t. Just above 0.5 the best is B (B and C tie, B is the earlier input) →
    /// Upper = 0.5, challenger B; below 0.5 A leads → Lower = 0, no names.
    /// Path 1 (w1 = t): A = t, B = C = 1 − t: Lower = 0.5 with challenger B, Upper = 1 with no names.
    /// </summary>
    [Fact]
    public void Two_tied_challengers_name_the_earlier_input()
    {
        WeightStabilityResult r = WeightStability.Intervals(new RawSum(), M(new double[,] { { 0, 1 }, { 1, 0 }, { 1, 0 } }), W(0.5, 0.5), search: CrossingSearch.Linear);
        WeightStabilityInterval c0 = r.Intervals[0];
        Assert.Equal(0.5, c0.Upper);
        Assert.Equal("B", c0.UpperChallenger);
        Assert.Equal("A", c0.UpperDisplaced);
        Assert.Equal(0, c0.Lower);
        NoNames(c0, lower: true, upper: false);

        WeightStabilityInterval c1 = r.Intervals[1];
        Assert.Equal(0.5, c1.Lower);
        Assert.Equal("B", c1.LowerChallenger);
        Assert.Equal("A", c1.LowerDisplaced);
        Assert.Equal(1, c1.Upper);
        NoNames(c1, lower: false, upper: true);
    }

    /// <summary>
    /// A = (1, 1) dominates B = (1, 0), w = (0.5, 0.5). Path 0: A = 1, B = t meets A only at t = 1; path 1: B = 1 − t
    /// meets A only at t = 0. Neither end lies inside (0, 1), so the top never changes: (0, 1) with null names
    /// ("Lower = 0 or Upper = 1 with a null challenger means the top-k never changes on that side").
    /// </summary>
    [Fact]
    public void A_dominating_alternative_is_never_displaced_even_by_ties_at_the_path_ends()
    {
        WeightStabilityResult r = WeightStability.Intervals(new RawSum(), M(new double[,] { { 1, 1 }, { 1, 0 } }), W(0.5, 0.5), search: CrossingSearch.Linear);
        Assert.All(r.Intervals, i =>
        {
            Assert.Equal(0, i.Lower);
            Assert.Equal(1, i.Upper);
            NoNames(i, lower: true, upper: true);
            Assert.True(i.IsExact);
        });
    }

    /// <summary>
    /// Lower-is-better raw cost Σ w x: A = (0, 1), B = (1, 0), C = (0.4, 0.4), w = (0.7, 0.3): A 0.3, C 0.4, B 0.7 →
    /// A best. Path 0 (w0 = t): A = 1 − t, B = t, C = 0.4; below 0.7, A meets C at 0.6 (and B at 0.5, farther) →
    /// [0.6, 1], C displaces A. Path 1 (w1 = t): A = t, B = 1 − t, C = 0.4; above 0.3, A meets C at 0.4 → [0, 0.4].
    /// </summary>
    [Fact]
    public void Exact_crossings_of_a_lower_is_better_method()
    {
        WeightStabilityResult r = WeightStability.Intervals(new RawSum(higherIsBetter: false), M(new double[,] { { 0, 1 }, { 1, 0 }, { 0.4, 0.4 } }), W(0.7, 0.3), search: CrossingSearch.Linear);
        Assert.Equal(["A"], r.BaselineTop.ToArray());
        WeightStabilityInterval c0 = r.Intervals[0];
        Assert.Equal(0.6, c0.Lower, 12);
        Assert.Equal("C", c0.LowerChallenger);
        Assert.Equal("A", c0.LowerDisplaced);
        Assert.Equal(1, c0.Upper);
        NoNames(c0, lower: false, upper: true);
        WeightStabilityInterval c1 = r.Intervals[1];
        Assert.Equal(0, c1.Lower);
        Assert.Equal(0.4, c1.Upper, 12);
        Assert.Equal("C", c1.UpperChallenger);
        Assert.Equal("A", c1.UpperDisplaced);
    }

    /// <summary>
    /// A linear method with scores near 1e9 (for example money) is still recognised as linear: the affinity check is
    /// relative to the scores' size. Raw sum, A = (1.1e9, 0.7e9), B = (0.3e9, 1.3e9), C = (0.9e9, 0.9e9), w = (0.37, 0.63):
    /// A 0.848e9, B 0.93e9, C 0.9e9 → B best. Path 0 (w0 = t): B = 1.3e9 − 1e9 t meets C at 0.4 (A = 0.7e9 + 0.4e9 t only at
    /// 0.6/1.4 ≈ 0.43) → [0, 0.4]. Path 1 (w1 = t): B = 0.3e9 + 1e9 t meets C at 0.6 → [0.6, 1].
    /// </summary>
    [Fact]
    public void Large_linear_scores_are_still_fitted_exactly()
    {
        DecisionMatrix m = M(new double[,] { { 1.1e9, 0.7e9 }, { 0.3e9, 1.3e9 }, { 0.9e9, 0.9e9 } });
        WeightStabilityResult r = WeightStability.Intervals(new RawSum(), m, W(0.37, 0.63));
        Assert.Equal(["B"], r.BaselineTop.ToArray());
        Assert.All(r.Intervals, i => Assert.True(i.IsExact));
        Assert.Equal(0.4, r.Intervals[0].Upper, 9);
        Assert.Equal("C", r.Intervals[0].UpperChallenger);
        Assert.Equal(0.6, r.Intervals[1].Lower, 9);
        Assert.Equal("C", r.Intervals[1].LowerChallenger);
    }

    /// <summary>
    /// The scorer contract: weights are positive and sum to 1 (IMcdaScorer.Score). A = (1, 1, 1) dominates
    /// B = (0.5, 0.5, 0.5), so every path is fitted (or scanned) all the way; base weights 0.2, 0.3, 0.5 give probe points on
    /// both sides of 1/3 and 1/2. No evaluation may use a weight outside [0, 1] (the strict scorer throws if one does).
    /// </summary>
    [Theory]
    [InlineData(CrossingSearch.Linear)]
    [InlineData(CrossingSearch.Bisection)]
    public void Every_evaluation_uses_weights_on_the_simplex(CrossingSearch search)
    {
        DecisionMatrix m = M(new double[,] { { 1, 1, 1 }, { 0.5, 0.5, 0.5 } });
        WeightStabilityResult r = WeightStability.Intervals(new RawSum(), m, W(0.2, 0.3, 0.5), search: search, tolerance: 0.01, scanSteps: 4);
        Assert.Equal(3, r.Intervals.Length);
        Assert.All(r.Intervals, i =>
        {
            Assert.Equal(0, i.Lower);
            Assert.Equal(1, i.Upper);
            NoNames(i, lower: true, upper: true);
        });
    }

    // ---- bisection ----

    /// <summary>
    /// Raw sum, A = (0, 1), B = (0.25, 0), w = (0.3, 0.7): A = 0.7, B = 0.075 → A best. Path 0 (w0 = t): A = 1 − t,
    /// B = 0.25 t, tie at 1 − t = 0.25 t → t = 0.8. With scanSteps = 2 and tolerance 0.01 the grid above 0.3 is
    /// 0.3 + 0.69/2 = 0.645 (A 0.355 &gt; B 0.161, unchanged) and the bound 0.99 (A 0.01 &lt; B 0.2475, changed): the change
    /// is only seen at the last grid point, the bound itself. Bisection brackets 0.8 to 0.01, so the midpoint is within
    /// 0.005. Below 0.3 nothing changes: Lower = 0 with no names.
    /// </summary>
    [Fact]
    public void The_scan_reaches_its_bound()
    {
        WeightStabilityResult r = WeightStability.Intervals(new RawSum(), M(new double[,] { { 0, 1 }, { 0.25, 0 } }), W(0.3, 0.7), search: CrossingSearch.Bisection, tolerance: 0.01, scanSteps: 2);
        WeightStabilityInterval c0 = r.Intervals[0];
        Assert.False(c0.IsExact);
        Assert.InRange(c0.Upper, 0.795, 0.805);
        Assert.Equal("B", c0.UpperChallenger);
        Assert.Equal("A", c0.UpperDisplaced);
        Assert.Equal(0, c0.Lower);
        NoNames(c0, lower: true, upper: false);
    }

    /// <summary>
    /// The same path with a tolerance below the spacing of doubles near 0.8 (≈ 1.1e-16): bisection stops when the
    /// bracket is two adjacent doubles (documented) and ends at the tie 0.8 to full precision.
    /// </summary>
    [Fact]
    public void Bisection_with_a_tolerance_below_the_double_spacing_stops_at_adjacent_doubles()
    {
        WeightStabilityResult r = WeightStability.Intervals(new RawSum(), M(new double[,] { { 0, 1 }, { 0.25, 0 } }), W(0.3, 0.7), search: CrossingSearch.Bisection, tolerance: 1e-300, scanSteps: 2);
        Assert.Equal(0.8, r.Intervals[0].Upper, 12);
        Assert.Equal("B", r.Intervals[0].UpperChallenger);
    }

    /// <summary>
    /// Top-2 order (A, C) with A = (1, 0), B = (0, 1), C = (0.6, 0.6), w = (0.7, 0.3), raw sum: A 0.7, C 0.6, B 0.3.
    /// Path 0 (w0 = t): A = t, B = 1 − t, C = 0.6. Going down from 0.7 the first change is C overtaking A at 0.6 (B meets A
    /// at 0.5 and C at 0.4, later): by bisection the order end is 0.6 ± 1e-6 with challenger C and displaced A. Going up
    /// nothing changes: Upper = 1 with no names.
    /// </summary>
    [Fact]
    public void Bisection_names_the_pair_that_swaps_inside_an_ordered_top()
    {
        WeightStabilityResult r = WeightStability.Intervals(
            new RawSum(), M(new double[,] { { 1, 0 }, { 0, 1 }, { 0.6, 0.6 } }), W(0.7, 0.3), topK: 2, target: StabilityTarget.TopKOrder, search: CrossingSearch.Bisection, tolerance: 1e-6, scanSteps: 10);
        Assert.Equal(["A", "C"], r.BaselineTop.ToArray());
        WeightStabilityInterval c0 = r.Intervals[0];
        Assert.InRange(c0.Lower, 0.6 - 1e-6, 0.6 + 1e-6);
        Assert.Equal("C", c0.LowerChallenger);
        Assert.Equal("A", c0.LowerDisplaced);
        Assert.Equal(1, c0.Upper);
        NoNames(c0, lower: false, upper: true);
    }

    /// <summary>
    /// The tolerance is also the distance kept from 0 and 1. Raw sum, A = (1, 0), B = (0, 1), C = (0.992, 0.992),
    /// w = (0.995, 0.005), tolerance 0.01: A 0.995 > C 0.992 > B → A best.
    /// Path 0 (t0 = 0.995): above, the search bound 1 − 0.01 = 0.99 is not above t0, so that side is not searched:
    /// Upper = 1, no names. Below, A = t meets C at 0.992 (bracketed to 0.01, so within 0.005).
    /// Path 1 (t0 = 0.005): below, the bound 0.01 is not below t0: Lower = 0, no names. Above, A = 1 − t meets C at
    /// t = 0.008 (within 0.005).
    /// </summary>
    [Fact]
    public void A_side_within_tolerance_of_the_bound_is_not_searched()
    {
        WeightStabilityResult r = WeightStability.Intervals(
            new RawSum(), M(new double[,] { { 1, 0 }, { 0, 1 }, { 0.992, 0.992 } }), W(0.995, 0.005), search: CrossingSearch.Bisection, tolerance: 0.01, scanSteps: 2);
        WeightStabilityInterval c0 = r.Intervals[0];
        Assert.Equal(1, c0.Upper);
        NoNames(c0, lower: false, upper: true);
        Assert.InRange(c0.Lower, 0.987, 0.997);
        Assert.Equal("C", c0.LowerChallenger);
        WeightStabilityInterval c1 = r.Intervals[1];
        Assert.Equal(0, c1.Lower);
        NoNames(c1, lower: true, upper: false);
        Assert.InRange(c1.Upper, 0.003, 0.013);
        Assert.Equal("C", c1.UpperChallenger);
    }

    /// <summary>
    /// A non-monotone method: P_A = 0.5, P_B = 0.5025 − (w0 − 0.75)², so B leads only for w0 in (0.7, 0.8). w = (0.3, 0.7),
    /// scanSteps 3, tolerance 0.01. Path 0 above 0.3: grid 0.3 + 0.69·s/3 = 0.53, 0.76, 0.99; 0.76 lies in the window →
    /// bisection between 0.53 and 0.76 finds 0.7 (±0.005), challenger B; below 0.3 (grid 0.2033, 0.1067, 0.01) nothing.
    /// Path 1 (w1 = t, w0 = 1 − t), B leads for t in (0.2, 0.3): grid below 0.7 is 0.47, 0.24, 0.01; 0.24 is in the
    /// window → Lower = 0.3 (±0.005); above (0.7967, 0.8933, 0.99) nothing.
    /// </summary>
    [Fact]
    public void The_scan_probes_the_evenly_spaced_grid_points()
    {
        WeightStabilityResult r = WeightStability.Intervals(new Window(), M(new double[,] { { 1, 0 }, { 0, 1 } }), W(0.3, 0.7), tolerance: 0.01, scanSteps: 3);
        WeightStabilityInterval c0 = r.Intervals[0];
        Assert.False(c0.IsExact);
        Assert.InRange(c0.Upper, 0.695, 0.705);
        Assert.Equal("B", c0.UpperChallenger);
        Assert.Equal("A", c0.UpperDisplaced);
        Assert.Equal(0, c0.Lower);
        NoNames(c0, lower: true, upper: false);
        WeightStabilityInterval c1 = r.Intervals[1];
        Assert.InRange(c1.Lower, 0.295, 0.305);
        Assert.Equal("B", c1.LowerChallenger);
        Assert.Equal(1, c1.Upper);
        NoNames(c1, lower: false, upper: true);
    }

    // ---- test-only methods ----

    /// <summary>
    /// Raw weighted sum P_i = Σ_j w_j x_ij (no normalisation), higher or lower is better. Linear in the weights. It checks
    /// the <see cref="IMcdaScorer.Score"/> contract (finite weights in [0, 1] summing to 1) and throws if a caller breaks it.
    /// </summary>
    private sealed class RawSum(bool higherIsBetter = true) : IMcdaMethod
    {
        public string Name => "Raw weighted sum";

        public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
        {
            double[] p = new double[matrix.AlternativeCount];
            Prepare(matrix).Score(weights.AsSpan(), p);
            return new McdaResult(Name, matrix, weights, p, higherIsBetter);
        }

        public IMcdaScorer Prepare(DecisionMatrix matrix) => new Scorer(matrix, higherIsBetter);

        private sealed class Scorer(DecisionMatrix matrix, bool higher) : IMcdaScorer
        {
            public int AlternativeCount => matrix.AlternativeCount;

            public int CriterionCount => matrix.CriterionCount;

            public bool HigherIsBetter => higher;

            public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
            {
                if (weights.Length != CriterionCount || preferences.Length != AlternativeCount)
                {
                    throw new ArgumentException("Wrong span length.", nameof(weights));
                }

                double sum = 0;
                foreach (double w in weights)
                {
                    if (!(w >= 0 && w <= 1))
                    {
                        throw new InvalidOperationException($"Scorer contract broken: weight {w} outside [0, 1].");
                    }

                    sum += w;
                }

                if (Math.Abs(sum - 1) > 1e-9)
                {
                    throw new InvalidOperationException($"Scorer contract broken: weights sum to {sum}.");
                }

                for (int i = 0; i < AlternativeCount; i++)
                {
                    double s = 0;
                    for (int j = 0; j < CriterionCount; j++)
                    {
                        s += weights[j] * matrix[i, j];
                    }

                    preferences[i] = s;
                }
            }
        }
    }

    /// <summary>Two alternatives: P_A = 0.5, P_B = 0.5025 − (w0 − 0.75)² (B leads only for w0 in (0.7, 0.8)); higher is better.</summary>
    private sealed class Window : IMcdaMethod
    {
        public string Name => "Window";

        public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
        {
            double[] p = new double[2];
            Prepare(matrix).Score(weights.AsSpan(), p);
            return new McdaResult(Name, matrix, weights, p, higherIsBetter: true);
        }

        public IMcdaScorer Prepare(DecisionMatrix matrix) => new Scorer();

        private sealed class Scorer : IMcdaScorer
        {
            public int AlternativeCount => 2;

            public int CriterionCount => 2;

            public bool HigherIsBetter => true;

            public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
            {
                preferences[0] = 0.5;
                preferences[1] = 0.5025 - ((weights[0] - 0.75) * (weights[0] - 0.75));
            }
        }
    }

    /// <summary>A scorer that returns NaN for the second alternative.</summary>
    private sealed class NaNScorer : IMcdaMethod
    {
        public string Name => "NaN";

        public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => throw new NotSupportedException();

        public IMcdaScorer Prepare(DecisionMatrix matrix) => new Scorer(matrix.AlternativeCount, matrix.CriterionCount);

        private sealed class Scorer(int m, int n) : IMcdaScorer
        {
            public int AlternativeCount => m;

            public int CriterionCount => n;

            public bool HigherIsBetter => true;

            public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
            {
                preferences.Fill(1);
                preferences[1] = double.NaN;
            }
        }
    }
}
