using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>Shared assertions for the KpisMutationTestsA* classes.</summary>
internal static class KpiA
{
    /// <summary>A two-level pass/fail scale (the smallest scale the library accepts).</summary>
    public static readonly StatusScale PassFail = new("pass-fail",
    [
        new StatusLevel("fail", "Fail", "#C62828", 0),
        new StatusLevel("pass", "Pass", "#2E7D32", 1),
    ]);

    /// <summary>
    /// Asserts that <paramref name="act"/> throws exactly <typeparamref name="T"/> with the given ParamName and a message
    /// that contains every one of <paramref name="words"/> (the rule and the offending value).
    /// </summary>
    public static T Rule<T>(string param, Action act, params string[] words)
        where T : ArgumentException => Reject.Rule<T>(act, param, words);
}

/// <summary>Mutation-killing tests for <see cref="BandSet"/>, <see cref="ToleranceBand"/> and <see cref="BandSetException"/>.</summary>
public class KpisMutationTestsABands
{
    private static readonly StatusLevel R = StatusScale.Red;
    private static readonly StatusLevel A = StatusScale.Amber;
    private static readonly StatusLevel G = StatusScale.Green;
    private static readonly StatusScale Five = StatusScale.FiveLevel;

    // ---- BandSet constructor: documented guards, problem kinds, band indices (−1 when none applies), messages ----

    [Fact]
    public void Null_band_list_is_rejected_naming_bands() =>
        KpiA.Rule<ArgumentNullException>("bands", () => _ = new BandSet(StatusScale.Rag, null!));

    [Fact]
    public void Null_band_element_is_rejected_with_its_index() =>
        KpiA.Rule<ArgumentNullException>("bands", () => _ = new BandSet(StatusScale.Rag, [ToleranceBand.Below(0, R), null!]), "bands[1] is null");

    [Fact]
    public void Band_with_a_level_of_another_scale_names_the_band_the_level_and_the_scale()
    {
        // FiveLevel "amber-red" has rank 1, but rank 1 of RAG is "amber": not a level of RAG.
        StatusLevel foreign = Five["amber-red"];
        BandSetException e = KpiA.Rule<BandSetException>(
            "bands",
            () => _ = new BandSet(StatusScale.Rag, [ToleranceBand.Below(0, R), ToleranceBand.AtLeast(0, foreign)]),
            "bands[1]", "'amber-red'", "not a level of the scale 'rag'");
        Assert.Equal(BandSetProblem.LevelNotInScale, e.Problem);
        Assert.Equal(1, e.FirstBandIndex);
        Assert.Equal(-1, e.SecondBandIndex);
    }

    [Fact]
    public void Empty_band_list_has_no_band_indices()
    {
        BandSetException e = KpiA.Rule<BandSetException>("bands", () => _ = new BandSet(StatusScale.Rag, []), "must contain at least one band");
        Assert.Equal(BandSetProblem.Empty, e.Problem);
        Assert.Equal(-1, e.FirstBandIndex);
        Assert.Equal(-1, e.SecondBandIndex);
    }

    [Fact]
    public void Not_starting_at_minus_infinity_names_the_lowest_band_by_caller_index()
    {
        // Caller order: [1, +∞) green at index 0, [0, 1) amber at index 1: the lowest band is the caller's index 1.
        BandSetException e = KpiA.Rule<BandSetException>(
            "bands",
            () => _ = new BandSet(StatusScale.Rag, [ToleranceBand.AtLeast(1, G), ToleranceBand.Between(0, true, 1, false, A)]),
            "must start at −∞", "bands[1]");
        Assert.Equal(BandSetProblem.DoesNotStartAtNegativeInfinity, e.Problem);
        Assert.Equal(1, e.FirstBandIndex);
        Assert.Equal(-1, e.SecondBandIndex);
    }

    [Fact]
    public void Not_ending_at_plus_infinity_names_the_highest_band_by_caller_index()
    {
        // Caller order: [0, 1) amber at index 0, (−∞, 0) red at index 1: the highest band is index 0.
        BandSetException e = KpiA.Rule<BandSetException>(
            "bands",
            () => _ = new BandSet(StatusScale.Rag, [ToleranceBand.Between(0, true, 1, false, A), ToleranceBand.Below(0, R)]),
            "must end at +∞", "bands[0]");
        Assert.Equal(BandSetProblem.DoesNotEndAtPositiveInfinity, e.Problem);
        Assert.Equal(0, e.FirstBandIndex);
        Assert.Equal(-1, e.SecondBandIndex);
    }

    [Fact]
    public void Overlap_message_names_both_bands_and_the_problem()
    {
        // (−∞, 0] and [0, +∞) both include 0.
        BandSetException e = KpiA.Rule<BandSetException>(
            "bands",
            () => _ = new BandSet(StatusScale.Rag, [ToleranceBand.AtMost(0, R), ToleranceBand.AtLeast(0, G)]),
            "bands[0]", "bands[1]", "overlap");
        Assert.Equal(BandSetProblem.Overlap, e.Problem);
        Assert.Equal(0, e.FirstBandIndex);
        Assert.Equal(1, e.SecondBandIndex);
    }

    [Fact]
    public void Exception_constructors_without_bands_report_minus_one_indices()
    {
        // Documented: "or −1 when none applies".
        Assert.Equal(-1, new BandSetException().FirstBandIndex);
        Assert.Equal(-1, new BandSetException().SecondBandIndex);
        Assert.Equal(-1, new BandSetException("m").FirstBandIndex);
        Assert.Equal(-1, new BandSetException("m", new InvalidOperationException()).SecondBandIndex);
    }

    // ---- Sorting: a point band [0, 0] and (0, x) share the lower end 0; the inclusive one must come first ----

    private static IEnumerable<T[]> Permutations<T>(T[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            T[] rest = [.. items.Take(i), .. items.Skip(i + 1)];
            foreach (T[] p in Permutations(rest))
            {
                yield return [items[i], .. p];
            }
        }
    }

    [Fact]
    public void Bands_sharing_a_lower_end_are_accepted_in_any_caller_order_three_bands()
    {
        // (−∞, 0) red, [0, 0] green (a single point), (0, +∞) amber: a valid partition of the real line.
        ToleranceBand red = ToleranceBand.Below(0, R);
        ToleranceBand point = ToleranceBand.Between(0, true, 0, true, G);
        ToleranceBand amber = ToleranceBand.Above(0, A);
        foreach (ToleranceBand[] order in Permutations(new[] { red, point, amber }))
        {
            var set = new BandSet(StatusScale.Rag, order);
            Assert.Equal([red, point, amber], [.. set.Bands]);
            Assert.Same(R, set.Classify(-0.5));
            Assert.Same(G, set.Classify(0));
            Assert.Same(A, set.Classify(0.5));
        }
    }

    [Fact]
    public void Bands_sharing_a_lower_end_are_accepted_in_any_caller_order_four_bands()
    {
        // (−∞, 0) red, [0, 0] green, (0, 1) amber, [1, +∞) green.
        ToleranceBand red = ToleranceBand.Below(0, R);
        ToleranceBand point = ToleranceBand.Between(0, true, 0, true, G);
        ToleranceBand amber = ToleranceBand.Between(0, false, 1, false, A);
        ToleranceBand green = ToleranceBand.AtLeast(1, G);
        foreach (ToleranceBand[] order in Permutations(new[] { red, point, amber, green }))
        {
            var set = new BandSet(StatusScale.Rag, order);
            Assert.Equal([red, point, amber, green], [.. set.Bands]);
            Assert.Same(G, set.Classify(0));
            Assert.Same(A, set.Classify(0.5));
            Assert.Same(G, set.Classify(1));
        }
    }

    // ---- Monotonicity flags ----

    [Fact]
    public void Higher_is_better_is_non_decreasing_and_not_non_increasing()
    {
        BandSet set = BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 0.95); // ranks 0, 1, 2
        Assert.True(set.IsNonDecreasing);
        Assert.False(set.IsNonIncreasing);
    }

    [Fact]
    public void Lower_is_better_is_non_increasing_and_not_non_decreasing()
    {
        BandSet set = BandSet.LowerIsBetter(StatusScale.Rag, 5, 10); // ranks 2, 1, 0
        Assert.True(set.IsNonIncreasing);
        Assert.False(set.IsNonDecreasing);
        BandSet two = BandSet.LowerIsBetter(KpiA.PassFail, 3); // ranks 1, 0: one comparison
        Assert.True(two.IsNonIncreasing);
        Assert.False(two.IsNonDecreasing);
    }

    [Fact]
    public void Equal_neighbouring_levels_count_as_non_increasing_and_non_decreasing()
    {
        // Ranks 1, 1, 0: never better as the input grows (non-increasing), but not non-decreasing.
        var down = new BandSet(StatusScale.Rag, [ToleranceBand.Below(0, A), ToleranceBand.Between(0, true, 1, false, A), ToleranceBand.AtLeast(1, R)]);
        Assert.True(down.IsNonIncreasing);
        Assert.False(down.IsNonDecreasing);

        // Ranks 1, 1: both.
        var flat = new BandSet(StatusScale.Rag, [ToleranceBand.Below(0, A), ToleranceBand.AtLeast(0, A)]);
        Assert.True(flat.IsNonIncreasing);
        Assert.True(flat.IsNonDecreasing);
    }

    [Fact]
    public void Around_bands_are_neither_non_decreasing_nor_non_increasing()
    {
        BandSet set = BandSet.Around(StatusScale.Rag, 0, 1, 0.1); // red, amber, green, amber, red
        Assert.False(set.IsNonDecreasing);
        Assert.False(set.IsNonIncreasing);
    }

    // ---- HigherIsBetter / LowerIsBetter threshold validation (CheckThresholds) ----

    [Fact]
    public void Thresholds_null_scale_is_rejected() =>
        KpiA.Rule<ArgumentNullException>("scale", () => _ = BandSet.HigherIsBetter(null!, 0.9, 0.95));

    [Fact]
    public void Thresholds_null_scale_with_no_thresholds_is_rejected() =>
        KpiA.Rule<ArgumentNullException>("scale", () => _ = BandSet.LowerIsBetter(null!));

    [Fact]
    public void Thresholds_null_array_is_rejected_naming_thresholds() =>
        KpiA.Rule<ArgumentNullException>("thresholds", () => _ = BandSet.HigherIsBetter(StatusScale.Rag, null!));

    [Fact]
    public void Thresholds_wrong_count_states_n_minus_one() =>
        KpiA.Rule<ArgumentException>("thresholds", () => _ = BandSet.LowerIsBetter(StatusScale.Rag, 1, 2, 3), "must hold N − 1 = 2 thresholds", "3-level", "got 3");

    [Fact]
    public void Thresholds_equal_neighbours_are_not_strictly_increasing() =>
        KpiA.Rule<ArgumentException>("thresholds", () => _ = BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 0.9), "must be strictly increasing", "thresholds[1] = 0.9", "thresholds[0] = 0.9");

    [Fact]
    public void Two_level_scales_take_one_threshold()
    {
        // Pass/fail: one threshold t = 3; lower is better so x ≤ 3 passes.
        BandSet set = BandSet.LowerIsBetter(KpiA.PassFail, 3);
        Assert.Equal("pass", set.Classify(3)!.Id);
        Assert.Equal("fail", set.Classify(3.5)!.Id);
        BandSet up = BandSet.HigherIsBetter(KpiA.PassFail, 3);
        Assert.Equal("pass", up.Classify(3)!.Id);
        Assert.Equal("fail", up.Classify(2.5)!.Id);
    }

    // ---- Around ----

    [Fact]
    public void Around_null_scale() => KpiA.Rule<ArgumentNullException>("scale", () => _ = BandSet.Around(null!, 0, 1, 0.1));

    [Fact]
    public void Around_null_margins() => KpiA.Rule<ArgumentNullException>("margins", () => _ = BandSet.Around(StatusScale.Rag, 0, 1, null!));

    [Fact]
    public void Around_non_finite_low() => KpiA.Rule<ArgumentOutOfRangeException>("low", () => _ = BandSet.Around(StatusScale.Rag, double.NaN, 1, 0.1));

    [Fact]
    public void Around_non_finite_high() => KpiA.Rule<ArgumentOutOfRangeException>("high", () => _ = BandSet.Around(StatusScale.Rag, 0, double.PositiveInfinity, 0.1));

    [Fact]
    public void Around_high_below_low_states_the_rule() =>
        KpiA.Rule<ArgumentException>("high", () => _ = BandSet.Around(StatusScale.Rag, 2, 1, 0.1), "high (1) must be at least low (2)");

    [Fact]
    public void Around_accepts_a_single_point_best_range()
    {
        // low = high = 5, margin 1: green [5, 5], amber [4, 5) and (5, 6], red beyond.
        BandSet set = BandSet.Around(StatusScale.Rag, 5, 5, 1);
        Assert.Same(G, set.Classify(5));
        Assert.Same(A, set.Classify(4));
        Assert.Same(A, set.Classify(6));
        Assert.Same(R, set.Classify(3.999));
        Assert.Same(R, set.Classify(6.001));
    }

    [Fact]
    public void Around_wrong_margin_count_states_n_minus_two() =>
        KpiA.Rule<ArgumentException>("margins", () => _ = BandSet.Around(StatusScale.Rag, 0, 1, 0.1, 0.2), "must hold N − 2 = 1 margins", "3-level", "got 2");

    [Fact]
    public void Around_margins_not_increasing_names_both_margins()
    {
        // margins 2, 1, 3: margins[1] = 1 is not above margins[0] = 2.
        KpiA.Rule<ArgumentException>("margins", () => _ = BandSet.Around(Five, 0, 10, 2, 1, 3), "must be strictly increasing", "margins[1] = 1 is not above margins[0] = 2");
    }

    [Fact]
    public void Around_equal_margins_are_not_strictly_increasing() =>
        KpiA.Rule<ArgumentException>("margins", () => _ = BandSet.Around(Five, 0, 10, 1, 1, 2), "must be strictly increasing");

    [Theory]
    [InlineData(-3.5, "red")]
    [InlineData(-3.0, "amber-red")] // [low − m₃, low − m₂) = [−3, −2)
    [InlineData(-2.5, "amber-red")]
    [InlineData(-2.0, "amber")] // [−2, −1)
    [InlineData(-1.5, "amber")]
    [InlineData(-1.0, "amber-green")] // [−1, 0)
    [InlineData(-0.5, "amber-green")]
    [InlineData(0.0, "green")] // [0, 10]
    [InlineData(10.0, "green")]
    [InlineData(10.5, "amber-green")] // (10, 11]
    [InlineData(11.0, "amber-green")]
    [InlineData(11.5, "amber")] // (11, 12]
    [InlineData(12.0, "amber")]
    [InlineData(12.5, "amber-red")] // (12, 13]
    [InlineData(13.0, "amber-red")]
    [InlineData(13.5, "red")]
    public void Around_five_levels_builds_rings_per_the_documented_formula(double x, string level)
    {
        // Documented: [low − mₖ, low − mₖ₋₁) and (high + mₖ₋₁, high + mₖ] one level worse per ring, m₀ = 0.
        // low = 0, high = 10, margins 1, 2, 3 (worked by hand in the InlineData comments).
        BandSet set = BandSet.Around(Five, 0, 10, 1, 2, 3);
        Assert.Equal(level, set.Classify(x)!.Id);
        Assert.Equal(9, set.Bands.Length);
    }

    [Fact]
    public void Around_two_level_scale_takes_no_margins()
    {
        // N − 2 = 0 margins: pass inside [1, 2], fail outside.
        BandSet set = BandSet.Around(KpiA.PassFail, 1, 2);
        Assert.Equal(3, set.Bands.Length);
        Assert.Equal("pass", set.Classify(1)!.Id);
        Assert.Equal("pass", set.Classify(2)!.Id);
        Assert.Equal("fail", set.Classify(0.999)!.Id);
        Assert.Equal("fail", set.Classify(2.001)!.Id);
    }

    // ---- ClassifyRanks ----

    [Fact]
    public void ClassifyRanks_short_destination_states_both_lengths() =>
        KpiA.Rule<ArgumentException>("ranks", () => BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 0.95).ClassifyRanks(new double[3], new int[2]), "ranks (length 2) must be at least as long as values (length 3)");

    [Fact]
    public void ClassifyRanks_matches_the_documented_bands_for_every_length()
    {
        // HigherIsBetter(RAG, 0.9, 0.95): x < 0.9 → 0, 0.9 ≤ x < 0.95 → 1, x ≥ 0.95 → 2; NaN/±∞ → −1 (documented).
        static int Expected(double x) => !double.IsFinite(x) ? -1 : x < 0.9 ? 0 : x < 0.95 ? 1 : 2;
        double[] pool = [0.5, 0.9, 0.94, 0.95, double.NaN, 1.2, 0.899999, double.PositiveInfinity, -3, 0.95, double.NegativeInfinity, 0.92];
        BandSet set = BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 0.95);
        for (int n = 0; n <= 19; n++)
        {
            double[] values = [.. Enumerable.Range(0, n).Select(i => pool[(i * 5) % pool.Length])];
            int[] ranks = new int[n + 1];
            ranks[n] = 99;
            set.ClassifyRanks(values, ranks);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(Expected(values[i]), ranks[i]);
            }

            Assert.Equal(99, ranks[n]);
        }
    }

    [Fact]
    public void BandSet_text_lists_its_bands_in_order()
    {
        BandSet set = BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 0.95);
        Assert.Equal("(−∞, 0.9) → Red; [0.9, 0.95) → Amber; [0.95, +∞) → Green", set.ToString());
    }

    // ---- ToleranceBand ----

    [Fact]
    public void Band_nan_lower_states_the_rule() =>
        KpiA.Rule<ArgumentOutOfRangeException>("lower", () => _ = new ToleranceBand(double.NaN, false, 1, false, R), "lower must be a finite number or −∞");

    [Fact]
    public void Band_minus_infinity_upper_states_the_rule() =>
        KpiA.Rule<ArgumentOutOfRangeException>("upper", () => _ = new ToleranceBand(0, false, double.NegativeInfinity, false, R), "upper must be a finite number or +∞");

    [Fact]
    public void Band_inclusive_minus_infinity_states_the_rule() =>
        KpiA.Rule<ArgumentOutOfRangeException>("lowerInclusive", () => _ = new ToleranceBand(double.NegativeInfinity, true, 1, false, R), "lowerInclusive must be false when lower is −∞");

    [Fact]
    public void Band_inclusive_plus_infinity_states_the_rule() =>
        KpiA.Rule<ArgumentOutOfRangeException>("upperInclusive", () => _ = new ToleranceBand(0, false, double.PositiveInfinity, true, R), "upperInclusive must be false when upper is +∞");

    [Fact]
    public void Band_empty_states_the_rule_and_shows_the_interval() =>
        KpiA.Rule<ArgumentException>("upper", () => _ = new ToleranceBand(1, true, 1, false, R), "The band [1, 1) is empty", "upper must exceed lower");

    [Fact]
    public void Between_rejects_an_infinite_lower_end() =>
        KpiA.Rule<ArgumentOutOfRangeException>("lower", () => _ = ToleranceBand.Between(double.NegativeInfinity, false, 1, true, R), "must be a finite number");

    [Fact]
    public void Band_text_uses_interval_notation()
    {
        Assert.Equal("(−∞, 0.9) → Red", ToleranceBand.Below(0.9, R).ToString());
        Assert.Equal("(−∞, 0.9] → Red", ToleranceBand.AtMost(0.9, R).ToString());
        Assert.Equal("[0.95, +∞) → Green", ToleranceBand.AtLeast(0.95, G).ToString());
        Assert.Equal("(0.95, +∞) → Green", ToleranceBand.Above(0.95, G).ToString());
        Assert.Equal("[-1.5, 2] → Amber", ToleranceBand.Between(-1.5, true, 2, true, A).ToString());
        Assert.Equal("(0.1, 0.2) → Amber", ToleranceBand.Between(0.1, false, 0.2, false, A).ToString());
    }

    [Fact]
    public void Band_equality_compares_every_field()
    {
        var b = ToleranceBand.Between(0, true, 1, false, A);
        Assert.True(b.Equals(ToleranceBand.Between(0, true, 1, false, A)));
        Assert.True(b.Equals((object)ToleranceBand.Between(0, true, 1, false, A)));
        Assert.Equal(b.GetHashCode(), ToleranceBand.Between(0, true, 1, false, A).GetHashCode());
        Assert.False(b.Equals(null));
        Assert.False(b.Equals(ToleranceBand.Between(-1, true, 1, false, A))); // lower
        Assert.False(b.Equals(ToleranceBand.Between(0, false, 1, false, A))); // lower inclusive
        Assert.False(b.Equals(ToleranceBand.Between(0, true, 2, false, A))); // upper
        Assert.False(b.Equals(ToleranceBand.Between(0, true, 1, true, A))); // upper inclusive
        Assert.False(b.Equals(ToleranceBand.Between(0, true, 1, false, G))); // level
    }
}
