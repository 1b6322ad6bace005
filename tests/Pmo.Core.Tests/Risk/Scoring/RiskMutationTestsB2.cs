using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Scoring;

/// <summary>
/// Pins down the scale side of the scoring types (RiskScale, ProbabilityScale, ImpactScale, ScaleLevel,
/// ScaleContext, the scale definitions and the PMBOK impact preset) — issue 9 §6, Stryker survivors list B (risk-S2):
/// each partition rule with its exact exception, ParamName, level indices and message; point-scale midpoints beyond
/// decimal's range; effective ranges; resolving relative scales; text forms and value equality. Expected values are
/// worked by hand in the comments.
/// </summary>
public class RiskMutationTestsB2
{
    private static readonly double TwoTo100 = Math.ScaleB(1, 100); // 2^100 ≈ 1.27e30, beyond decimal's ≈ 7.9e28

    private static ImpactScale Impact(params ScaleLevel[] levels) => new("cost", "USD", ThresholdBasis.Absolute, levels);

    // Half-open ranges [0, c1), [c1, c2), …, [ck, +∞) labelled a, b, c, … with values 1, 2, 3, ….
    private static ScaleLevel[] Ranges(params double[] cuts) =>
        [.. Enumerable.Range(0, cuts.Length + 1).Select(k => ScaleLevel.HalfOpen(((char)('a' + k)).ToString(), k + 1, k == 0 ? 0 : cuts[k - 1], k == cuts.Length ? double.PositiveInfinity : cuts[k]))];

    private static RiskScaleException ScaleRule(Action act, RiskScaleProblem problem, int first, int second, params string[] fragments)
    {
        RiskScaleException e = Reject.Rule<RiskScaleException>(act, "levels", fragments);
        Assert.Equal(problem, e.Problem);
        Assert.Equal((first, second), (e.FirstLevelIndex, e.SecondLevelIndex));
        return e;
    }

    // ---- RiskScale: partition rules ----

    [Fact]
    public void A_null_level_list_is_rejected() =>
        Reject.Rule<ArgumentNullException>(() => _ = new ProbabilityScale(null!), "levels");

    [Fact]
    public void A_null_level_is_named_by_index() =>
        Reject.Rule<ArgumentNullException>(
            () => _ = new ProbabilityScale([ScaleLevel.Point("a", 0.1), null!, ScaleLevel.Point("c", 0.9)]), "levels", "levels[1] is null.");

    [Fact]
    public void Too_few_levels_break_the_level_count_with_no_level_named() =>
        ScaleRule(() => _ = Impact(Ranges(10)), RiskScaleProblem.LevelCount, -1, -1, "levels must hold 3 to 9 levels (got 2).");

    [Fact]
    public void Ten_levels_break_the_level_count() =>
        ScaleRule(() => _ = Impact(Ranges(1, 2, 3, 4, 5, 6, 7, 8, 9)), RiskScaleProblem.LevelCount, -1, -1, "(got 10)");

    [Fact]
    public void Nine_levels_are_accepted() => Assert.Equal(9, Impact(Ranges(1, 2, 3, 4, 5, 6, 7, 8)).Count);

    [Fact]
    public void A_range_after_a_point_mixes_kinds_and_says_the_first_is_a_point() =>
        ScaleRule(
            () => _ = new ProbabilityScale([ScaleLevel.Point("a", 0.1), ScaleLevel.HalfOpen("b", 2, 0.2, 0.5), ScaleLevel.Point("c", 0.9)]),
            RiskScaleProblem.MixedLevelKinds, 0, 1, "levels[0] is a point but levels[1] is not; a scale's levels are all points or all ranges.");

    [Fact]
    public void A_point_after_ranges_mixes_kinds_and_says_the_first_is_a_range() =>
        ScaleRule(
            () => _ = new ProbabilityScale([ScaleLevel.HalfOpen("a", 1, 0, 0.3), ScaleLevel.HalfOpen("b", 2, 0.3, 0.6), ScaleLevel.Point("c", 0.9)]),
            RiskScaleProblem.MixedLevelKinds, 0, 2, "levels[0] is a range but levels[2] is not");

    [Fact]
    public void A_probability_point_of_exactly_one_is_inside_the_domain()
    {
        var p = new ProbabilityScale([ScaleLevel.Point("a", 0.1), ScaleLevel.Point("b", 0.5), ScaleLevel.Point("c", 1)]);
        Assert.Equal(3, p.LevelOf(1)); // cut between 0.5 and 1 is 0.75; 1 >= 0.75
        Assert.Equal(1, p.MaxValue);
    }

    [Fact]
    public void A_probability_point_above_one_is_out_of_domain_with_its_index() =>
        ScaleRule(
            () => _ = new ProbabilityScale([ScaleLevel.Point("a", 0.1), ScaleLevel.Point("b", 0.5), ScaleLevel.Point("c", 1.2)]),
            RiskScaleProblem.OutOfDomain, 2, -1, "levels[2] c = 1.2 lies outside the domain [0, 1] of raw estimates");

    [Fact]
    public void Values_not_increasing_name_both_levels()
    {
        // Values 0.1, 0.5, 0.5, 0.9: level index 2 is not above index 1.
        ScaleRule(
            () => _ = new ProbabilityScale([ScaleLevel.Point("a", 0.1), ScaleLevel.Point("b", 0.5), ScaleLevel.Point("c", 0.5), ScaleLevel.Point("d", 0.9)]),
            RiskScaleProblem.ValuesNotIncreasing, 1, 2, "levels values must increase strictly with the level, but levels[2] c = 0.5 is not above levels[1] b = 0.5.");
    }

    [Fact]
    public void A_first_range_not_starting_at_zero_is_named() =>
        ScaleRule(
            () => _ = Impact(ScaleLevel.HalfOpen("a", 1, 1, 2), ScaleLevel.HalfOpen("b", 2, 2, 3), ScaleLevel.HalfOpen("c", 3, 3, double.PositiveInfinity)),
            RiskScaleProblem.DoesNotStartAtZero, 0, -1, "levels[0] a [1, 2) → 1 must start at 0 inclusive; smaller raw estimates would have no level.");

    [Fact]
    public void A_first_range_excluding_zero_does_not_start_at_zero() =>
        ScaleRule(
            () => _ = Impact(ScaleLevel.Range("a", 1, 0, false, 2, false), ScaleLevel.HalfOpen("b", 2, 2, 3), ScaleLevel.HalfOpen("c", 3, 3, double.PositiveInfinity)),
            RiskScaleProblem.DoesNotStartAtZero, 0, -1, "levels[0] a (0, 2) → 1 must start at 0 inclusive");

    [Fact]
    public void Overlapping_ranges_name_both_levels()
    {
        // [0, 1), [1, 2), [1.5, 3), [3, +∞): indices 1 and 2 share [1.5, 2).
        ScaleRule(
            () => _ = Impact(ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.HalfOpen("b", 2, 1, 2), ScaleLevel.HalfOpen("c", 3, 1.5, 3), ScaleLevel.HalfOpen("d", 4, 3, double.PositiveInfinity)),
            RiskScaleProblem.Overlap, 1, 2, "levels[1] b [1, 2) → 2 and levels[2] c [1.5, 3) → 3 overlap; a raw estimate there would have two levels.");
    }

    [Fact]
    public void Ranges_with_a_gap_name_both_levels()
    {
        // [0, 1), [1, 2), [2.5, 3), [3, +∞): nothing covers [2, 2.5) between indices 1 and 2.
        ScaleRule(
            () => _ = Impact(ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.HalfOpen("b", 2, 1, 2), ScaleLevel.HalfOpen("c", 3, 2.5, 3), ScaleLevel.HalfOpen("d", 4, 3, double.PositiveInfinity)),
            RiskScaleProblem.Gap, 1, 2, "levels[1] b [1, 2) → 2 and levels[2] c [2.5, 3) → 3 leave a gap; a raw estimate there would have no level. Where two ranges touch, exactly one must include the shared end.");
    }

    [Fact]
    public void A_probability_scale_must_end_at_one_inclusive() =>
        ScaleRule(
            () => _ = new ProbabilityScale([ScaleLevel.HalfOpen("a", 1, 0, 0.25), ScaleLevel.HalfOpen("b", 2, 0.25, 0.5), ScaleLevel.HalfOpen("c", 3, 0.5, 1)]),
            RiskScaleProblem.DoesNotCoverTop, 2, -1, "levels[2] c [0.5, 1) → 3 must end at 1 inclusive; larger raw estimates would have no level.");

    [Fact]
    public void An_impact_scale_must_end_at_infinity() =>
        ScaleRule(
            () => _ = Impact(ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.HalfOpen("b", 2, 1, 2), ScaleLevel.HalfOpen("c", 3, 2, 3)),
            RiskScaleProblem.DoesNotCoverTop, 2, -1, "levels[2] c [2, 3) → 3 must end at +∞; larger raw estimates would have no level.");

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Level_outside_one_to_count_is_rejected_with_the_range(int k) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = Impact(Ranges(1, 2)).Level(k), "level", $"level must lie in 1 … 3 (got {k}).");

    // ---- Point-scale midpoints beyond decimal's range use binary arithmetic ----

    [Fact]
    public void Huge_points_cut_at_their_binary_midpoints()
    {
        // Points 2^100, 3·2^100, 5·2^100 (all beyond decimal's range): the cuts are (1 + 3)/2 · 2^100 = 2^101 and
        // (3 + 5)/2 · 2^100 = 2^102, exact in binary; each cut belongs to the higher level.
        ImpactScale s = Impact(ScaleLevel.Point("a", TwoTo100), ScaleLevel.Point("b", 3 * TwoTo100), ScaleLevel.Point("c", 5 * TwoTo100));
        double c1 = 2 * TwoTo100;
        double c2 = 4 * TwoTo100;
        Assert.Equal([(0.0, true, c1, false), (c1, true, c2, false), (c2, true, double.PositiveInfinity, false)], s.EffectiveRanges().ToArray());
        Assert.Equal(1, s.LevelOf(TwoTo100));
        Assert.Equal(2, s.LevelOf(c1));
        Assert.Equal(2, s.LevelOf(3 * TwoTo100));
        Assert.Equal(3, s.LevelOf(c2));
    }

    [Fact]
    public void A_small_point_next_to_a_huge_one_uses_binary_arithmetic()
    {
        // Points 1, 2^100, 2^101: the first cut is 1/2 + 2^99, which rounds to 2^99 (its ulp is 2^47); the second is
        // 2^99 + 2^100 = 1.5 · 2^100. Decimal arithmetic cannot hold 2^100, so neither midpoint may go through it.
        ImpactScale s = Impact(ScaleLevel.Point("a", 1), ScaleLevel.Point("b", TwoTo100), ScaleLevel.Point("c", 2 * TwoTo100));
        Assert.Equal(Math.ScaleB(1, 99), s.EffectiveRanges()[0].Upper);
        Assert.Equal(1.5 * TwoTo100, s.EffectiveRanges()[1].Upper);
        Assert.Equal(1, s.LevelOf(1));
        Assert.Equal(2, s.LevelOf(TwoTo100));
    }

    // ---- Effective ranges ----

    [Fact]
    public void Effective_ranges_of_an_impact_range_scale_are_its_ranges()
    {
        // [0, 1), [1, 2], (2, +∞): shared ends belong to the level that includes them; +∞ is never included.
        ImpactScale s = Impact(ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.Range("b", 2, 1, true, 2, true), ScaleLevel.Range("c", 3, 2, false, double.PositiveInfinity, false));
        Assert.Equal([(0.0, true, 1.0, false), (1.0, true, 2.0, true), (2.0, false, double.PositiveInfinity, false)], s.EffectiveRanges().ToArray());
    }

    [Fact]
    public void Effective_ranges_of_a_probability_scale_end_at_one_inclusive()
    {
        var p = new ProbabilityScale([ScaleLevel.HalfOpen("a", 1, 0, 0.25), ScaleLevel.HalfOpen("b", 2, 0.25, 0.5), ScaleLevel.Range("c", 3, 0.5, true, 1, true)]);
        Assert.Equal([(0.0, true, 0.25, false), (0.25, true, 0.5, false), (0.5, true, 1.0, true)], p.EffectiveRanges().ToArray());
    }

    [Fact]
    public void Effective_ranges_of_a_probability_point_scale_cut_at_midpoints()
    {
        // PMBOK points 0.1 … 0.9: cuts 0.2, 0.4, 0.6, 0.8 (decimal midpoints), each in the higher level; the last ends at 1 inclusive.
        var ranges = RiskMatrixPresets.PmbokProbability().EffectiveRanges();
        Assert.Equal([(0.0, true, 0.2, false), (0.2, true, 0.4, false), (0.4, true, 0.6, false), (0.6, true, 0.8, false), (0.8, true, 1.0, true)], ranges.ToArray());
    }

    // ---- Text forms ----

    [Fact]
    public void Scale_text_joins_its_levels_with_semicolons() =>
        Assert.Equal("Very low = 0.1; Low = 0.3; Moderate = 0.5; High = 0.7; Very high = 0.9", RiskMatrixPresets.PmbokProbability().ToString());

    [Fact]
    public void Impact_scale_text_names_dimension_and_basis() =>
        Assert.Equal("cost (Absolute): Very low = 0.05; Low = 0.1; Moderate = 0.2; High = 0.4; Very high = 0.8", RiskMatrixPresets.PmbokImpact("cost").ToString());

    [Fact]
    public void Level_text_shows_point_or_range_with_its_inclusive_ends()
    {
        Assert.Equal("Low = 0.3", ScaleLevel.Point("Low", 0.3).ToString());
        Assert.Equal("Mid (0.5, 1.5] → 2", ScaleLevel.Range("Mid", 2, 0.5, false, 1.5, true).ToString());
        Assert.Equal("Top [1.5, +∞) → 3", ScaleLevel.HalfOpen("Top", 3, 1.5, double.PositiveInfinity).ToString());
    }

    // ---- ScaleLevel ----

    [Fact]
    public void A_point_level_includes_both_ends_at_its_value()
    {
        ScaleLevel l = ScaleLevel.Point("a", 0.3);
        Assert.True(l.IsPoint);
        Assert.Equal((0.3, true, 0.3, true), (l.Lower, l.LowerInclusive, l.Upper, l.UpperInclusive));
        Assert.True(l.Contains(0.3));
        Assert.False(l.Contains(0.31));
    }

    [Fact]
    public void Range_rejects_a_blank_label() =>
        Reject.Rule<ArgumentException>(() => _ = ScaleLevel.Range(" ", 1, 0, true, 1, false), "label");

    [Fact]
    public void Range_rejects_a_null_label() =>
        Reject.Rule<ArgumentNullException>(() => _ = ScaleLevel.Range(null!, 1, 0, true, 1, false), "label");

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.5)]
    [InlineData(double.PositiveInfinity)]
    public void Range_rejects_a_bad_value(double v) =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = ScaleLevel.Range("a", v, 0, true, 1, false), "value");

    [Fact]
    public void Range_rejects_a_NaN_upper_end() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = ScaleLevel.Range("a", 1, 0, true, double.NaN, false), "upper", "upper must be a finite number or +∞");

    [Fact]
    public void Range_rejects_an_inclusive_infinite_upper_end() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = ScaleLevel.Range("a", 1, 0, true, double.PositiveInfinity, true), "upperInclusive", "upperInclusive must be false when upper is +∞: no number equals +∞.");

    [Fact]
    public void Range_rejects_an_empty_range_showing_it() =>
        Reject.Rule<ArgumentException>(
            () => _ = ScaleLevel.Range("a", 1, 2, true, 2, false), "upper", "The range [2, 2) of level 'a' is empty: upper must exceed lower, or equal it with both ends inclusive.");

    [Fact]
    public void Range_rejects_upper_below_lower() =>
        Reject.Rule<ArgumentException>(() => _ = ScaleLevel.Range("a", 1, 3, true, 2, true), "upper", "The range [3, 2] of level 'a' is empty");

    [Fact]
    public void A_degenerate_range_with_both_ends_inclusive_is_accepted()
    {
        ScaleLevel l = ScaleLevel.Range("a", 1, 2, true, 2, true); // [2, 2]: upper equals lower, both inclusive
        Assert.False(l.IsPoint);
        Assert.True(l.Contains(2));
    }

    [Fact]
    public void Levels_are_equal_exactly_when_every_property_is()
    {
        ScaleLevel a = ScaleLevel.Range("a", 1, 0, true, 2, false);
        Assert.True(a.Equals(ScaleLevel.Range("a", 1, 0, true, 2, false)));
        Assert.Equal(a.GetHashCode(), ScaleLevel.Range("a", 1, 0, true, 2, false).GetHashCode());
        Assert.False(a.Equals(ScaleLevel.Range("b", 1, 0, true, 2, false)));   // label
        Assert.False(a.Equals(ScaleLevel.Range("a", 1.5, 0, true, 2, false))); // value
        Assert.False(a.Equals(ScaleLevel.Range("a", 1, 0.5, true, 2, false))); // lower
        Assert.False(a.Equals(ScaleLevel.Range("a", 1, 0, false, 2, false)));  // lower inclusive
        Assert.False(a.Equals(ScaleLevel.Range("a", 1, 0, true, 3, false)));   // upper
        Assert.False(a.Equals(ScaleLevel.Range("a", 1, 0, true, 2, true)));    // upper inclusive
        Assert.False(a.Equals((ScaleLevel?)null));
        Assert.False(a.Equals((object?)"a"));

        // A point and the degenerate range [v, v] differ only in IsPoint.
        Assert.False(ScaleLevel.Point("p", 1).Equals(ScaleLevel.Range("p", 1, 1, true, 1, true)));
        Assert.True(ScaleLevel.Point("p", 1).Equals(ScaleLevel.Point("p", 1)));
    }

    // ---- ImpactScale ----

    [Fact]
    public void Impact_scale_rejects_a_null_unit() =>
        Reject.Rule<ArgumentNullException>(() => _ = new ImpactScale("cost", null!, ThresholdBasis.Absolute, Ranges(1, 2)), "unit");

    [Fact]
    public void Resolving_an_absolute_scale_returns_it_as_is()
    {
        ImpactScale s = Impact(Ranges(1, 2));
        Assert.Same(s, s.Resolve(null));
        Assert.Same(s, s.Resolve(new ScaleContext(budget: 1000)));
    }

    [Fact]
    public void Resolving_a_relative_point_scale_multiplies_the_points()
    {
        // 0.25, 0.5, 0.75 of a budget of 1000 -> points 250, 500, 750 (exact in binary).
        var s = new ImpactScale("cost", "USD", ThresholdBasis.FractionOfBudget, [ScaleLevel.Point("a", 0.25), ScaleLevel.Point("b", 0.5), ScaleLevel.Point("c", 0.75)]);
        ImpactScale r = s.Resolve(new ScaleContext(budget: 1000));
        Assert.Equal(ThresholdBasis.Absolute, r.Basis);
        Assert.Equal([ScaleLevel.Point("a", 250), ScaleLevel.Point("b", 500), ScaleLevel.Point("c", 750)], r.Levels.ToArray());
        Assert.Equal(750, r.MaxValue);
    }

    [Fact]
    public void Resolving_a_relative_range_scale_multiplies_the_bounds_but_keeps_the_values()
    {
        // [0, 0.25), [0.25, 0.5), [0.5, +∞) of a duration of 40 days -> [0, 10), [10, 20), [20, +∞), values 1, 2, 3.
        var s = new ImpactScale("schedule", "days", ThresholdBasis.FractionOfDuration, Ranges(0.25, 0.5));
        ImpactScale r = s.Resolve(new ScaleContext(duration: 40));
        Assert.Equal([ScaleLevel.HalfOpen("a", 1, 0, 10), ScaleLevel.HalfOpen("b", 2, 10, 20), ScaleLevel.HalfOpen("c", 3, 20, double.PositiveInfinity)], r.Levels.ToArray());
    }

    [Fact]
    public void Resolving_a_budget_scale_whose_point_overflows_is_rejected_naming_the_budget()
    {
        // 1e306 × 1000 = 1e309 overflows to +∞.
        var s = new ImpactScale("cost", "USD", ThresholdBasis.FractionOfBudget, [ScaleLevel.Point("a", 0.25), ScaleLevel.Point("b", 0.5), ScaleLevel.Point("c", 1e306)]);
        Reject.Rule<ArgumentException>(
            () => _ = s.Resolve(new ScaleContext(budget: 1000)), "context", "Resolving the impact scale 'cost' with the budget 1000 overflows: level 'c' would become", "the absolute bounds must be finite.");
    }

    [Fact]
    public void Resolving_a_duration_scale_whose_lower_bound_overflows_is_rejected_naming_the_duration()
    {
        // Level b = [1e306, 1.5e306) → [+∞, +∞) at a duration of 1000: its lower bound overflows while its value (2)
        // stays finite and its upper end stays exclusive.
        var s = new ImpactScale("schedule", "days", ThresholdBasis.FractionOfDuration, Ranges(1e306, 1.5e306));
        Reject.Rule<ArgumentException>(
            () => _ = s.Resolve(new ScaleContext(duration: 1000)), "context", "Resolving the impact scale 'schedule' with the duration 1000 overflows: level 'b' would become", "the absolute bounds must be finite.");
    }

    [Fact]
    public void A_budget_scale_without_a_budget_says_it_needs_the_budget()
    {
        var s = new ImpactScale("cost", "USD", ThresholdBasis.FractionOfBudget, Ranges(0.1, 0.2));
        Reject.Rule<ArgumentException>(
            () => _ = s.LevelOf(5, new ScaleContext(duration: 10)), "context", "The impact scale 'cost' has thresholds as a fraction of the budget; context must give the Budget.");
    }

    [Fact]
    public void A_duration_scale_without_a_duration_says_it_needs_the_duration()
    {
        var s = new ImpactScale("schedule", "days", ThresholdBasis.FractionOfDuration, Ranges(0.1, 0.2));
        Reject.Rule<ArgumentException>(
            () => _ = s.Resolve(new ScaleContext(budget: 10)), "context", "The impact scale 'schedule' has thresholds as a fraction of the duration; context must give the Duration.");
    }

    [Fact]
    public void A_relative_scale_divides_the_raw_estimate_by_its_basis()
    {
        // Budget 1000: raw 150 -> 0.15, in [0.1, 0.2) = level 2; duration scale with duration 10: raw 3 -> 0.3, level 3.
        Assert.Equal(2, new ImpactScale("cost", "USD", ThresholdBasis.FractionOfBudget, Ranges(0.1, 0.2)).LevelOf(150, new ScaleContext(budget: 1000, duration: 10)));
        Assert.Equal(3, new ImpactScale("schedule", "days", ThresholdBasis.FractionOfDuration, Ranges(0.1, 0.2)).LevelOf(3, new ScaleContext(budget: 1000, duration: 10)));
    }

    [Fact]
    public void Impact_FromDefinition_rejects_a_null_definition() =>
        Reject.Rule<ArgumentNullException>(() => _ = ImpactScale.FromDefinition(null!), "definition");

    [Fact]
    public void Impact_FromDefinition_rejects_null_levels_under_definition() =>
        Reject.Rule<ArgumentNullException>(() => _ = ImpactScale.FromDefinition(new ImpactScaleDefinition { Dimension = "cost", Levels = null! }), "definition");

    [Fact]
    public void Impact_scales_are_equal_exactly_when_dimension_unit_basis_and_levels_are()
    {
        ImpactScale a = new("cost", "USD", ThresholdBasis.Absolute, Ranges(1, 2));
        Assert.True(a.Equals(new ImpactScale("cost", "USD", ThresholdBasis.Absolute, Ranges(1, 2))));
        Assert.Equal(a.GetHashCode(), new ImpactScale("cost", "USD", ThresholdBasis.Absolute, Ranges(1, 2)).GetHashCode());
        Assert.False(a.Equals(new ImpactScale("schedule", "USD", ThresholdBasis.Absolute, Ranges(1, 2))));
        Assert.False(a.Equals(new ImpactScale("cost", "EUR", ThresholdBasis.Absolute, Ranges(1, 2))));
        Assert.False(a.Equals(new ImpactScale("cost", "USD", ThresholdBasis.FractionOfBudget, Ranges(1, 2))));
        Assert.False(a.Equals(new ImpactScale("cost", "USD", ThresholdBasis.Absolute, Ranges(1, 3))));
        Assert.False(a.Equals((ImpactScale?)null));
        Assert.False(a.Equals((object?)"cost"));
    }

    [Fact]
    public void The_PMBOK_impact_preset_is_in_rating_units()
    {
        // "the raw estimate being the analyst's rating on that numeric scale"
        ImpactScale s = RiskMatrixPresets.PmbokImpact("schedule");
        Assert.Equal("rating", s.Unit);
        Assert.Equal("schedule", s.Dimension);
        Assert.Equal(ThresholdBasis.Absolute, s.Basis);
    }

    // ---- ProbabilityScale ----

    [Fact]
    public void Probability_FromDefinition_rejects_a_null_definition() =>
        Reject.Rule<ArgumentNullException>(() => _ = ProbabilityScale.FromDefinition(null!), "definition");

    [Fact]
    public void Probability_FromDefinition_rejects_null_levels_under_definition() =>
        Reject.Rule<ArgumentNullException>(() => _ = ProbabilityScale.FromDefinition(new ProbabilityScaleDefinition { Levels = null! }), "definition");

    [Fact]
    public void Probability_scales_are_equal_exactly_when_their_levels_are()
    {
        ProbabilityScale a = RiskMatrixPresets.PmbokProbability();
        Assert.True(a.Equals(RiskMatrixPresets.PmbokProbability()));
        Assert.Equal(a.GetHashCode(), RiskMatrixPresets.PmbokProbability().GetHashCode());
        Assert.False(a.Equals(RiskMatrixPresets.EqualProbabilityRanges(5)));
        Assert.False(a.Equals((ProbabilityScale?)null));
        Assert.False(a.Equals((object?)"p"));
    }

    // ---- Definitions ----

    [Fact]
    public void A_range_level_definition_includes_its_lower_end_by_default()
    {
        var d = new ScaleLevelDefinition { Label = "a", Value = 1, Lower = 0, Upper = 1 };
        Assert.True(d.LowerInclusive);
        Assert.False(d.UpperInclusive);

        // So [0, 1), [1, 2), [2, +∞) written without inclusivity flags is a valid partition starting at 0 inclusive.
        ImpactScale s = ImpactScale.FromDefinition(new ImpactScaleDefinition
        {
            Dimension = "cost",
            Levels = [d, new() { Label = "b", Value = 2, Lower = 1, Upper = 2 }, new() { Label = "c", Value = 3, Lower = 2 }],
        });
        Assert.Equal([ScaleLevel.HalfOpen("a", 1, 0, 1), ScaleLevel.HalfOpen("b", 2, 1, 2), ScaleLevel.HalfOpen("c", 3, 2, double.PositiveInfinity)], s.Levels.ToArray());
    }

    [Fact]
    public void An_impact_scale_definition_without_a_unit_has_the_empty_unit()
    {
        var d = new ImpactScaleDefinition { Dimension = "cost", Levels = [.. Ranges(1, 2).Select(l => new ScaleLevelDefinition { Label = l.Label, Value = l.Value, Lower = l.Lower, Upper = double.IsPositiveInfinity(l.Upper) ? null : l.Upper })] };
        Assert.Equal("", d.Unit);
        Assert.Equal("", ImpactScale.FromDefinition(d).Unit);
    }

    [Fact]
    public void The_definition_of_a_point_level_records_both_ends_inclusive_like_the_level()
    {
        // ScaleLevel.Point has LowerInclusive = UpperInclusive = true; its plain data form says the same and has no bounds.
        ScaleLevelDefinition d = RiskMatrixPresets.PmbokProbability().ToDefinition().Levels[0];
        Assert.Equal(new ScaleLevelDefinition { Label = "Very low", Value = 0.1, Lower = null, LowerInclusive = true, Upper = null, UpperInclusive = true }, d);
    }

    [Fact]
    public void The_definition_of_an_open_ended_range_has_no_upper_bound()
    {
        ImpactScaleDefinition d = new ImpactScale("cost", "USD", ThresholdBasis.FractionOfBudget, Ranges(0.1, 0.2)).ToDefinition();
        Assert.Equal(("cost", "USD", ThresholdBasis.FractionOfBudget), (d.Dimension, d.Unit, d.Basis));
        Assert.Equal(new ScaleLevelDefinition { Label = "c", Value = 3, Lower = 0.2, LowerInclusive = true, Upper = null, UpperInclusive = false }, d.Levels[2]);
    }

    // ---- ScaleContext ----

    [Fact]
    public void Contexts_are_equal_exactly_when_budget_and_duration_are()
    {
        var a = new ScaleContext(budget: 1000, duration: 20);
        Assert.True(a.Equals(new ScaleContext(budget: 1000, duration: 20)));
        Assert.Equal(a.GetHashCode(), new ScaleContext(budget: 1000, duration: 20).GetHashCode());
        Assert.False(a.Equals(new ScaleContext(budget: 999, duration: 20)));
        Assert.False(a.Equals(new ScaleContext(budget: 1000, duration: 21)));
        Assert.False(a.Equals(new ScaleContext(budget: 1000)));
        Assert.False(a.Equals((ScaleContext?)null));
        Assert.False(a.Equals((object?)1000.0));
        Assert.True(new ScaleContext().Equals(new ScaleContext()));
    }
}
