using Pmo.Core.Common;
using Pmo.Core.Kpis;
using static Pmo.Core.Tests.Kpis.KpiB;

namespace Pmo.Core.Tests.Kpis;

/// <summary>
/// Mutation-driven tests of <see cref="KpiRollup"/>, <see cref="KpiAggregate"/>, <see cref="KpiScorecard"/> and
/// <see cref="KpiHierarchy"/>: documented aggregation rules, their diagnostics and the validation messages. Expected
/// values are hand-worked in the comments.
/// </summary>
public class KpisMutationTestsBRollup
{
    private static readonly StatusLevel Red = StatusScale.Red;
    private static readonly StatusLevel Amber = StatusScale.Amber;
    private static readonly StatusLevel Green = StatusScale.Green;

    private static KpiObservation R(double n, double d, string subject = "s", NodaTime.LocalDate? date = null) =>
        KpiObservation.Ratio("k", subject, date ?? D, n, d);

    /// <summary>r → a, b (breadth-first order r, a, b).</summary>
    private static KpiHierarchy H(double wa = 1, double wb = 1) =>
        new([new KpiHierarchyNode("r"), new KpiHierarchyNode("a", "r", wa), new KpiHierarchyNode("b", "r", wb)]);

    // ---- Aggregate ----

    [Fact]
    public void Aggregate_guards_and_messages()
    {
        Throws<ArgumentNullException>("observations", () => KpiRollup.Aggregate(AggregationRule.Mean, null!));
        Throws<ArgumentNullException>("observations", () => KpiRollup.Aggregate(AggregationRule.Mean, [Obs(D, 1), null!]), "observations[1] is null");
        Throws<ArgumentOutOfRangeException>("rule", () => KpiRollup.Aggregate((AggregationRule)99, [Obs(D, 1)]), "rule must be a defined AggregationRule (got 99)");
        Throws<ArgumentOutOfRangeException>("weight", () => KpiRollup.Aggregate(AggregationRule.WeightedMean, [Obs(D, 1)], _ => -1),
            "weight of observations[0] must be a finite number, zero or positive (got -1)");
    }

    [Fact]
    public void Mean_reports_only_the_mean()
    {
        // (1 + 3) / 2 = 2; no ratio, weight or last-date parts; nothing left out, no diagnostics.
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.Mean, [Obs(D1, 1), Obs(D, 3)]);
        Assert.Equal(2, a.Value);
        Assert.Equal(2, a.Count);
        Assert.Equal(0, a.MissingCount);
        Assert.Null(a.Numerator);
        Assert.Null(a.Denominator);
        Assert.Null(a.WeightSum);
        Assert.Null(a.LastDate);
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void Weighted_mean_reports_the_weight_sum()
    {
        // Weights = values: (1·1 + 3·3) / (1 + 3) = 10 / 4 = 2.5.
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.WeightedMean, [Obs(D1, 1), Obs(D, 3)], o => o.Value!.Value);
        Assert.Equal(2.5, a.Value);
        Assert.Equal(4, a.WeightSum);
        Assert.Null(a.Numerator);
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void Ratio_of_sums_reports_numerator_and_denominator()
    {
        // (1 + 3) / (2 + 4) = 2/3.
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.RatioOfSums, [R(1, 2, "s"), R(3, 4, "t")]);
        Assert.Equal(2.0 / 3.0, a.Value!.Value, 12);
        Assert.Equal(4, a.Numerator);
        Assert.Equal(6, a.Denominator);
        Assert.Equal(2, a.Count);
        Assert.Null(a.WeightSum);
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void Ratio_of_sums_counts_a_missing_observation_once()
    {
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.RatioOfSums, [KpiObservation.Missing("k", "s", D), R(1, 2, "t")]);
        Assert.Equal(0.5, a.Value);
        Assert.Equal(1, a.Count);
        Assert.Equal(1, a.MissingCount);
        Has(a.Diagnostics, DiagnosticKind.Information, "1 subject(s) without a usable value were left out of the RatioOfSums roll-up.");
        Assert.DoesNotContain(a.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Ratio_of_sums_leaves_out_a_value_without_components_with_a_warning()
    {
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.RatioOfSums, [Obs(D, 0.7), R(1, 2, "t")]);
        Assert.Equal(0.5, a.Value);
        Assert.Equal(1, a.MissingCount);
        Has(a.Diagnostics, DiagnosticKind.Information, "1 subject(s) without a usable value");
        Has(a.Diagnostics, DiagnosticKind.Warning, "1 value(s) had no numerator/denominator and cannot enter a ratio of sums.");
    }

    [Fact]
    public void Undefined_aggregates_say_why()
    {
        KpiAggregate none = KpiRollup.Aggregate(AggregationRule.Mean, []);
        Assert.Null(none.Value);
        Has(none.Diagnostics, DiagnosticKind.Undefined, "Mean of no values is undefined.");

        KpiAggregate zeroWeights = KpiRollup.Aggregate(AggregationRule.WeightedMean, [Obs(D1, 1), Obs(D, 2)], _ => 0);
        Assert.Null(zeroWeights.Value);
        Has(zeroWeights.Diagnostics, DiagnosticKind.Undefined, "The weighted mean is undefined: the weights sum to 0.");
        HasNo(zeroWeights.Diagnostics, "overflowed");

        // Denominators 1 + (−1) = 0.
        KpiAggregate zeroDen = KpiRollup.Aggregate(AggregationRule.RatioOfSums, [R(1, 1, "s"), R(1, -1, "t")]);
        Assert.Null(zeroDen.Value);
        Has(zeroDen.Diagnostics, DiagnosticKind.Undefined, "The ratio of sums is undefined: the denominators sum to 0.");
    }

    [Fact]
    public void Overflowing_sums_are_reported_as_null()
    {
        KpiAggregate sum = KpiRollup.Aggregate(AggregationRule.Sum, [Obs(D1, 1e308), Obs(D, 1e308)]);
        Assert.Null(sum.Value);
        Has(sum.Diagnostics, DiagnosticKind.Undefined, "The Sum overflowed.");

        // Numerators 1e308 + 1e308 overflow; denominators 1 + 1 = 2 do not.
        KpiAggregate ratio = KpiRollup.Aggregate(AggregationRule.RatioOfSums, [R(1e308, 1, "s"), R(1e308, 1, "t")]);
        Assert.Null(ratio.Value);
        Assert.Null(ratio.Numerator);
        Assert.Equal(2, ratio.Denominator);
        Has(ratio.Diagnostics, DiagnosticKind.Undefined, "A sum of the RatioOfSums roll-up overflows the double range");

        KpiAggregate weighted = KpiRollup.Aggregate(AggregationRule.WeightedMean, [Obs(D1, 1), Obs(D, 1)], _ => 1e308);
        Assert.Null(weighted.WeightSum);
        Has(weighted.Diagnostics, DiagnosticKind.Undefined, "A sum of the WeightedMean roll-up overflows the double range");
    }

    // ---- Values ----

    [Fact]
    public void Values_guards_and_messages()
    {
        KpiHierarchy h = H();
        Throws<ArgumentNullException>("definition", () => KpiRollup.Values(null!, h, [], D));
        Throws<ArgumentNullException>("observations", () => KpiRollup.Values(MaxAbs(), h, null!, D));
        Throws<ArgumentOutOfRangeException>("rule", () => KpiRollup.Values(MaxAbs(), h, [Obs(D, 1, "a")], D, rule: (AggregationRule)99), "rule must be a defined AggregationRule");
        Throws<ArgumentException>("statusRule", () => KpiRollup.Values(MaxAbs(), h, [], D, StatusRollupRule.PercentBest(0.5)),
            "statusRule has 1 fraction(s) but the 3-level scale 'rag' needs 2.");
        Throws<ArgumentNullException>("observations", () => KpiRollup.Values(MaxAbs(), h, [Obs(D, 1, "a"), Obs(D, 1, "a", "x"), null!], D), "observations[2] is null");
        Throws<ArgumentException>("observations", () => KpiRollup.Values(MaxAbs(), h, [Obs(D, 1, "a"), Obs(D, 2, "a")], D), "two observations");
    }

    [Fact]
    public void Values_accepts_a_percent_best_rule_with_one_fraction_per_level_above_the_worst()
    {
        // RAG has 3 levels: 2 fractions. a green, b amber: best fraction 1/2 < 0.8 but ≥ 0.5 → amber.
        KpiRollupResult r = KpiRollup.Values(MaxAbs(), H(), [Obs(D, 0.8, "a"), Obs(D, 0.6, "b")], D, StatusRollupRule.PercentGreen);
        Assert.Same(Amber, r["r"].SubjectStatus!.Level);
    }

    [Fact]
    public void Values_keeps_every_observation_of_a_subject()
    {
        // a: 0.8 at D and 0.3 at D2 → own value 0.8, previous 0.3.
        KpiRollupResult r = KpiRollup.Values(MaxAbs(), H(), [Obs(D, 0.8, "a"), Obs(D2, 0.3, "a")], D);
        Assert.Equal(0.8, r["a"].OwnEvaluation!.Value);
        Assert.Equal(0.3, r["a"].OwnEvaluation!.PreviousValue);
    }

    [Fact]
    public void Values_subject_status_counts_the_rated_subjects()
    {
        // Worst wins over a green and b amber → amber, 2 rated.
        KpiRollupResult r = KpiRollup.Values(MaxAbs(), H(), [Obs(D, 0.8, "a"), Obs(D, 0.6, "b")], D);
        StatusRollupResult s = r["r"].SubjectStatus!;
        Assert.Same(Amber, s.Level);
        Assert.Equal(2, s.RatedCount);
        Assert.Equal(0, s.UnknownCount);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Values_reports_observations_outside_the_hierarchy()
    {
        KpiRollupResult r = KpiRollup.Values(MaxAbs(), H(), [Obs(D, 0.8, "a"), Obs(D, 0.6, "zz")], D);
        Has(r.Diagnostics, DiagnosticKind.Information, "1 observation(s) of subjects outside the hierarchy were ignored.");
    }

    [Fact]
    public void Ratio_rollup_uses_components_even_when_the_ratio_itself_is_undefined()
    {
        // a: 3 / 0 (value undefined, components present); b: 1 / 2. Root: (3 + 1) / (0 + 2) = 2, two components.
        KpiRollupResult r = KpiRollup.Values(MaxAbs(aggregation: AggregationRule.RatioOfSums), H(), [R(3, 0, "a"), R(1, 2, "b")], D);
        KpiAggregate root = r["r"].Aggregate;
        Assert.Equal(2, root.Value);
        Assert.Equal(4, root.Numerator);
        Assert.Equal(2, root.Denominator);
        Assert.Equal(2, root.Count);
        Assert.Equal(0, root.MissingCount);
    }

    [Fact]
    public void Ratio_rollup_carries_components_forward_past_a_plain_value()
    {
        // a: components 1/2 at D2, a plain 0.7 at D. Carry-forward (30 days): components of D2 are used → 0.5.
        var d = MaxAbs(missing: MissingDataPolicy.CarryForwardLast(30), aggregation: AggregationRule.RatioOfSums);
        KpiRollupResult r = KpiRollup.Values(d, H(), [R(1, 2, "a", D2), Obs(D, 0.7, "a")], D);
        Assert.Equal(0.5, r["a"].Aggregate.Value);
        Assert.Equal(1, r["a"].Aggregate.Numerator);
    }

    [Fact]
    public void Ratio_rollup_warns_about_a_plain_value()
    {
        KpiRollupResult r = KpiRollup.Values(MaxAbs(aggregation: AggregationRule.RatioOfSums), H(), [Obs(D, 0.7, "a"), R(1, 2, "b")], D);
        KpiAggregate root = r["r"].Aggregate;
        Assert.Equal(0.5, root.Value);
        Assert.Equal(1, root.MissingCount);
        Has(root.Diagnostics, DiagnosticKind.Warning, "1 value(s) had no numerator/denominator");
    }

    [Fact]
    public void Mean_rollup_carries_a_value_forward_past_a_components_only_observation()
    {
        // a: 0.6 at D2, then 3/0 at D (no value). Mean rule, carry-forward 30 days: 0.6 is carried forward.
        var d = MaxAbs(missing: MissingDataPolicy.CarryForwardLast(30));
        KpiRollupResult r = KpiRollup.Values(d, H(), [Obs(D2, 0.6, "a"), R(3, 0, "a")], D);
        Assert.Equal(0.6, r["a"].Aggregate.Value);
        Assert.Equal(0.6, r["r"].Aggregate.Value);
    }

    [Fact]
    public void Last_rollup_breaks_date_ties_by_hierarchy_order()
    {
        // a and b both dated D: the later subject in hierarchy order (b) wins.
        KpiRollupResult r = KpiRollup.Values(MaxAbs(aggregation: AggregationRule.Last), H(), [Obs(D, 0.2, "b"), Obs(D, 0.9, "a")], D);
        Assert.Equal(0.2, r["r"].Aggregate.Value);
        Assert.Equal(D, r["r"].Aggregate.LastDate);
    }

    [Fact]
    public void Mean_rollup_with_huge_node_weights_has_no_overflow_diagnostic()
    {
        // The Mean does not use the weights: (1 + 2) / 2 = 1.5 even though the weights sum past the double range.
        KpiRollupResult r = KpiRollup.Values(MaxAbs(), H(1e308, 1e308), [Obs(D, 1, "a"), Obs(D, 2, "b")], D);
        Assert.Equal(1.5, r["r"].Aggregate.Value);
        Assert.Empty(r["r"].Aggregate.Diagnostics);
    }

    [Fact]
    public void Rolled_evaluation_has_no_trend_forecast()
    {
        KpiRollupResult r = KpiRollup.Values(MaxAbs(new ForecastTolerance(10, 2)), H(), [Obs(D, 0.8, "a"), Obs(D, 0.6, "b")], D);
        KpiEvaluation root = r["r"].Evaluation;
        Assert.Null(root.Forecast);
        HasNo(root.Diagnostics, "trend forecast");
    }

    // ---- Scorecards ----

    [Fact]
    public void Scorecards_guards()
    {
        Throws<ArgumentNullException>("hierarchy", () => KpiRollup.Scorecards([], null!, [], D));
        Throws<ArgumentNullException>("observations", () => KpiRollup.Scorecards([MaxAbs()], H(), null!, D));
        Throws<ArgumentNullException>("definitions", () => KpiRollup.Scorecards(null!, H(), [], D));
        Throws<ArgumentNullException>("definitions", () => KpiRollup.Scorecards([MaxAbs(), null!], H(), [], D), "definitions[1] is null");
        Throws<ArgumentException>("definitions", () => KpiRollup.Scorecards([MaxAbs(), MaxAbs()], H(), [], D), "contains the KPI id 'k' more than once; ids must be unique");
    }

    [Fact]
    public void Scorecards_use_the_given_rule()
    {
        // Three leaves green, green, red: the majority is green (worst-wins would give red).
        var h = new KpiHierarchy([new KpiHierarchyNode("r"), new KpiHierarchyNode("a", "r"), new KpiHierarchyNode("b", "r"), new KpiHierarchyNode("c", "r")]);
        PortfolioScorecard p = KpiRollup.Scorecards([MaxAbs()], h, [Obs(D, 0.8, "a"), Obs(D, 0.9, "b"), Obs(D, 0.1, "c")], D, StatusRollupRule.Majority);
        Assert.Same(Green, p.Rollups[0]["r"].SubjectStatus!.Level);
    }

    [Fact]
    public void Scorecard_guards_and_messages()
    {
        Throws<ArgumentNullException>("definitions", () => KpiScorecard.Evaluate("s", null!, [], D));
        Throws<ArgumentNullException>("observations", () => KpiScorecard.Evaluate("s", [MaxAbs()], [Obs(D, 1), Obs(D1, 1, "t"), null!], D), "observations[2] is null");
        Throws<ArgumentException>("observations", () => KpiScorecard.Evaluate("s", [MaxAbs()], [Obs(D, 1), Obs(D, 2)], D), "two observations");
        KpiScorecard card = KpiScorecard.Evaluate("s", [MaxAbs()], [Obs(D, 1)], D);
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => card["zz"]);
        Assert.Contains("The scorecard of 's' has no KPI 'zz'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_uses_the_given_overall_rule()
    {
        // k1 green, k2 green, k3 red: majority green (worst-wins would give red).
        KpiDefinition k1 = MaxAbs().WithId("k1", "K1");
        KpiDefinition k2 = MaxAbs().WithId("k2", "K2");
        KpiDefinition k3 = MaxAbs().WithId("k3", "K3");
        KpiScorecard card = KpiScorecard.Evaluate("s", [k1, k2, k3],
            [new KpiObservation("k1", "s", D, 0.8), new KpiObservation("k2", "s", D, 0.9), new KpiObservation("k3", "s", D, 0.1)], D, StatusRollupRule.Majority);
        Assert.Same(Green, card.Overall!.Level);
        Assert.Equal(StatusRollupKind.Majority, card.Overall.Rule.Kind);
    }

    [Fact]
    public void Scorecard_with_mixed_scales_has_no_overall_status()
    {
        KpiDefinition rag = MaxAbs().WithId("k1", "K1");
        KpiDefinition five = MaxAbs().WithId("k2", "K2").WithBands(BandSet.HigherIsBetter(StatusScale.FiveLevel, 0.2, 0.4, 0.6, 0.8));
        KpiScorecard card = KpiScorecard.Evaluate("s", [rag, five], [new KpiObservation("k1", "s", D, 0.8), new KpiObservation("k2", "s", D, 0.9)], D);
        Assert.Null(card.Overall);
        Diagnostic d = Assert.Single(card.Diagnostics);
        Assert.Equal(DiagnosticKind.Undefined, d.Kind);
        Assert.Equal("Overall", d.Metric);
        Assert.Contains("different status scales", d.Message, StringComparison.Ordinal);
    }

    // ---- Hierarchy ----

    [Fact]
    public void Hierarchy_guards_and_messages()
    {
        Throws<ArgumentException>("id", () => new KpiHierarchyNode(" "));
        Throws<ArgumentNullException>("id", () => new KpiHierarchyNode(null!));
        Throws<ArgumentException>("parentId", () => new KpiHierarchyNode("a", "a"), "parentId of 'a' is the node itself");
        Throws<ArgumentNullException>("nodes", () => new KpiHierarchy(null!));
        Throws<ArgumentException>("nodes", () => new KpiHierarchy([]), "nodes must contain at least one node.");
        Throws<ArgumentException>("nodes", () => new KpiHierarchy([new KpiHierarchyNode("a", "zz")]), "is not in the hierarchy");
        Throws<ArgumentNullException>("memberIds", () => KpiHierarchy.Flat("r", null!));
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => H().IndexOf("zz"));
        Assert.Contains("No node of the hierarchy has the id 'zz'.", e.Message, StringComparison.Ordinal);
    }
}
