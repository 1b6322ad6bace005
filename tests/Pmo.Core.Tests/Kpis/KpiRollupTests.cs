using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>Hand-derived examples of every value roll-up rule, status roll-up rule, composite case and scorecard.</summary>
public class KpiRollupTests
{
    private static readonly LocalDate D0 = KpiEvaluationTests.D0;
    private static readonly LocalDate D1 = KpiEvaluationTests.D1;
    private static readonly StatusLevel R = StatusScale.Red;
    private static readonly StatusLevel A = StatusScale.Amber;
    private static readonly StatusLevel G = StatusScale.Green;

    // Three projects: values 2, 4, 9 on dates D0, D1, D0; weights 1, 3, 0 (via the hierarchy).
    private static readonly KpiObservation[] Values3 =
    [
        new("k", "P1", D0, 2), new("k", "P2", D1, 4), new("k", "P3", D0, 9),
    ];

    [Theory]
    [InlineData(AggregationRule.Sum, 15.0)]
    [InlineData(AggregationRule.Mean, 5.0)]
    [InlineData(AggregationRule.Min, 2.0)]
    [InlineData(AggregationRule.Max, 9.0)]
    [InlineData(AggregationRule.Count, 3.0)]
    [InlineData(AggregationRule.Last, 4.0)] // P2 is the only one on the latest date D1
    [InlineData(AggregationRule.WeightedMean, 3.5)] // (1·2 + 3·4 + 0·9) / (1 + 3 + 0) = 14 / 4
    public void Aggregate_rules(AggregationRule rule, double expected)
    {
        double[] w = [1, 3, 0];
        KpiAggregate a = KpiRollup.Aggregate(rule, Values3, o => w[int.Parse(o.SubjectId[1..], System.Globalization.CultureInfo.InvariantCulture) - 1]);
        Assert.Equal(expected, a.Value);
        Assert.Equal(3, a.Count);
    }

    [Fact]
    public void Last_ties_go_to_the_later_input()
    {
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.Last, [new("k", "P1", D1, 1), new("k", "P2", D1, 7), new("k", "P3", D0, 9)]);
        Assert.Equal(7, a.Value);
        Assert.Equal(D1, a.LastDate);
    }

    [Fact]
    public void Ratio_of_sums_is_not_the_mean_of_ratios()
    {
        // P1: EV 90, AC 100 (CPI 0.9); P2: EV 10, AC 5 (CPI 2.0). Programme CPI = 100 / 105 = 0.952…, the mean would be 1.45.
        KpiObservation[] obs = [KpiObservation.Ratio("cpi", "P1", D0, 90, 100), KpiObservation.Ratio("cpi", "P2", D0, 10, 5)];
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.RatioOfSums, obs);
        Assert.Equal(100.0 / 105.0, a.Value);
        Assert.Equal(100, a.Numerator);
        Assert.Equal(105, a.Denominator);
        Assert.Equal(1.45, KpiRollup.Aggregate(AggregationRule.Mean, obs).Value!.Value, 12);
    }

    [Fact]
    public void Ratio_of_sums_uses_components_of_an_undefined_ratio_and_flags_values_without_components()
    {
        // P1: EV 50, AC 0 → CPI undefined, still adds 50/0; P2: EV 50, AC 100; P3: a bare value, left out with a warning.
        KpiObservation[] obs = [KpiObservation.Ratio("cpi", "P1", D0, 50, 0), KpiObservation.Ratio("cpi", "P2", D0, 50, 100), new("cpi", "P3", D0, 1.2)];
        Assert.Null(obs[0].Value);
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.RatioOfSums, obs);
        Assert.Equal(1.0, a.Value); // 100 / 100
        Assert.Equal(2, a.Count);
        Assert.Contains(a.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Undefined_aggregates_are_null_with_a_diagnostic()
    {
        Assert.Null(KpiRollup.Aggregate(AggregationRule.Mean, []).Value);
        Assert.Equal(0, KpiRollup.Aggregate(AggregationRule.Count, []).Value);
        Assert.Null(KpiRollup.Aggregate(AggregationRule.RatioOfSums, [KpiObservation.Ratio("cpi", "P1", D0, 5, 0)]).Value);
        Assert.Null(KpiRollup.Aggregate(AggregationRule.WeightedMean, Values3, _ => 0).Value);
        KpiAggregate missing = KpiRollup.Aggregate(AggregationRule.Sum, [new("k", "P1", D0, 2), KpiObservation.Missing("k", "P2", D0)]);
        Assert.Equal(2, missing.Value);
        Assert.Equal(1, missing.MissingCount);
    }

    private static KpiHierarchy Portfolio() => new(
    [
        new KpiHierarchyNode("PF"),
        new KpiHierarchyNode("PG1", "PF"),
        new KpiHierarchyNode("P1", "PG1", 100),
        new KpiHierarchyNode("P2", "PG1", 300),
        new KpiHierarchyNode("P3", "PF", 600),
    ]);

    [Fact]
    public void Hierarchy_ratio_of_sums_CPI()
    {
        // P1 EV 90 AC 100 (0.90 amber); P2 EV 285 AC 300 (0.95 green); P3 EV 500 AC 625 (0.80 red).
        // PG1 = 375 / 400 = 0.9375 amber; PF = 875 / 1025 = 0.8537 red. Subject status (worst wins): PG1 amber, PF red.
        KpiObservation[] obs =
        [
            KpiObservation.Ratio("cpi", "P1", D0, 90, 100), KpiObservation.Ratio("cpi", "P2", D0, 285, 300), KpiObservation.Ratio("cpi", "P3", D0, 500, 625),
            new("spi", "P1", D0, 1.0), new("cpi", "OUTSIDER", D0, 1.0),
        ];
        KpiRollupResult r = KpiRollup.Values(KpiLibrary.CostPerformanceIndex(), Portfolio(), obs, D0);
        Assert.Equal(375.0 / 400.0, r["PG1"].Value);
        Assert.Equal(A, r["PG1"].Evaluation.Status);
        Assert.Equal(875.0 / 1025.0, r["PF"].Value);
        Assert.Equal(R, r["PF"].Evaluation.Status);
        Assert.Equal(A, r["PG1"].SubjectStatus!.Level);
        Assert.Equal([1, 1, 1], r["PF"].SubjectStatus!.Counts.ToArray());
        Assert.Null(r["PG1"].OwnEvaluation); // a summary node without observations of its own
        Assert.Equal(0.9, r["P1"].OwnEvaluation!.Value);
        Assert.Equal((0, 2), (r["PF"].Depth, r["P1"].Depth));
        Assert.Single(r.Diagnostics); // the outsider
        Assert.Single(r.Roots);
    }

    [Fact]
    public void Hierarchy_weighted_mean_and_mean_over_the_subtree()
    {
        // Values P1 0.5, P2 0.9, P3 0.8, weights 100, 300, 600.
        // Weighted: PG1 = (50 + 270) / 400 = 0.8; PF = (50 + 270 + 480) / 1000 = 0.8.
        // Mean over the subtree (not the mean of means): PF = (0.5 + 0.9 + 0.8) / 3 = 0.7333…
        KpiObservation[] obs = [new("k", "P1", D0, 0.5), new("k", "P2", D0, 0.9), new("k", "P3", D0, 0.8)];
        var d = new KpiDefinition("k", "K", KpiDirection.Maximise, BandSet.HigherIsBetter(StatusScale.Rag, 0.6, 0.75), aggregation: AggregationRule.WeightedMean);
        KpiRollupResult w = KpiRollup.Values(d, Portfolio(), obs, D0);
        Assert.Equal(0.8, w["PG1"].Value!.Value, 12);
        Assert.Equal(0.8, w["PF"].Value!.Value, 12);
        KpiRollupResult m = KpiRollup.Values(d, Portfolio(), obs, D0, rule: AggregationRule.Mean);
        Assert.Equal(2.2 / 3, m["PF"].Value!.Value, 12);
    }

    [Fact]
    public void Hierarchy_leaves_without_data_count_as_missing()
    {
        KpiRollupResult r = KpiRollup.Values(KpiLibrary.CostPerformanceIndex(), Portfolio(), [KpiObservation.Ratio("cpi", "P1", D0, 90, 100)], D0);
        Assert.Equal(0.9, r["PF"].Value);
        Assert.Equal(2, r["PF"].Aggregate.MissingCount);
        Assert.Equal(2, r["PF"].SubjectStatus!.UnknownCount);
        Assert.Null(r["P3"].Value);
        Assert.Equal(KpiStatusKind.Unknown, r["P3"].Evaluation.StatusKind);
    }

    [Fact]
    public void Flat_grouping()
    {
        KpiRollupResult r = KpiRollup.Values(new KpiDefinition("k", "K", KpiDirection.Neutral, null, aggregation: AggregationRule.Sum), KpiHierarchy.Flat("G", ["P1", "P2", "P3"]), Values3, D1);
        Assert.Equal(15, r["G"].Value);
        Assert.Null(r["G"].SubjectStatus); // neutral
    }

    // ---- Status roll-ups ----

    private static StatusRollupResult Roll(StatusRollupRule rule, params StatusLevel?[] levels) =>
        StatusRollup.Combine(StatusScale.Rag, levels.Select(l => new StatusInput(l)), rule);

    [Fact]
    public void Worst_wins() => Assert.Equal(R, Roll(StatusRollupRule.WorstWins, G, G, R, A).Level);

    [Fact]
    public void Latest_wins_with_ties_to_the_worst()
    {
        StatusRollupResult r = StatusRollup.Combine(StatusScale.Rag, [new(R, D0), new(G, D1), new(A, D1)], StatusRollupRule.LatestWins);
        Assert.Equal(A, r.Level); // G and A both on D1 → the worse, A
    }

    [Fact]
    public void Latest_wins_ignores_a_later_unknown_unless_unknown_is_worst()
    {
        StatusInput[] inputs = [new(G, D0), new(null, D1)];
        Assert.Equal(G, StatusRollup.Combine(StatusScale.Rag, inputs, StatusRollupRule.LatestWins).Level);
        Assert.Equal(R, StatusRollup.Combine(StatusScale.Rag, inputs, StatusRollupRule.LatestWins.WithUnknownAsWorst(true)).Level);
    }

    [Fact]
    public void Majority_and_its_tie_break()
    {
        Assert.Equal(G, Roll(StatusRollupRule.Majority, G, G, A, R).Level);
        StatusRollupResult tie = Roll(StatusRollupRule.Majority, G, G, A, A, R);
        Assert.Equal(A, tie.Level); // 2 green, 2 amber → the worse tied level
        Assert.Contains(tie.Diagnostics, d => d.Message.Contains("tie", StringComparison.Ordinal));
    }

    [Theory]
    // ≥ 80 % green → green, ≥ 50 % → amber, else red; unknowns left out of the denominator.
    [InlineData(4, 1, 0, "green")] // 4/5 = 0.8
    [InlineData(3, 1, 1, "amber")] // 0.6
    [InlineData(1, 1, 0, "amber")] // 0.5
    [InlineData(1, 2, 0, "red")] // 0.333
    public void Percent_green(int green, int amber, int red, string expected)
    {
        StatusLevel?[] levels = [.. Enumerable.Repeat(G, green), .. Enumerable.Repeat(A, amber), .. Enumerable.Repeat(R, red), null];
        StatusRollupResult r = Roll(StatusRollupRule.PercentGreen, levels);
        Assert.Equal(expected, r.Level!.Id);
        Assert.Equal(1, r.UnknownCount);
        Assert.Equal((double)green / (green + amber + red), r.BestFraction);
    }

    [Fact]
    public void Percent_green_with_unknown_as_worst()
    {
        // 4 green + 1 unknown counted red: 4/5 = 0.8 → green; 3 green + 1 amber + 1 unknown-as-red: 0.6 → amber.
        Assert.Equal(G, Roll(StatusRollupRule.PercentGreen.WithUnknownAsWorst(true), G, G, G, G, null).Level);
        Assert.Equal(A, Roll(StatusRollupRule.PercentGreen.WithUnknownAsWorst(true), G, G, G, A, null).Level);
    }

    [Fact]
    public void Nothing_rated_is_undefined()
    {
        StatusRollupResult r = Roll(StatusRollupRule.WorstWins, null, null);
        Assert.Null(r.Level);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined);
    }

    // ---- Composites ----

    private static CompositeIndex Health(CompositeVeto? veto = null, double minimumCoverage = 0) => new(
        "health", "Project health", [new("cost", 0.4), new("schedule", 0.4), new("quality", 0.2)], veto: veto, minimumCoverage: minimumCoverage);

    [Fact]
    public void Composite_all_present()
    {
        // 0.4·1 + 0.4·0.5 + 0.2·1 = 0.8 → green (≥ 0.75).
        CompositeResult r = Health().Evaluate([new("cost", 1), new("schedule", 0.5), new("quality", 1)]);
        Assert.Equal(0.8, r.Score!.Value, 12);
        Assert.Equal(G, r.Status);
        Assert.Equal(1, r.Coverage);
        Assert.Empty(r.MissingComponents);
    }

    [Fact]
    public void Composite_renormalises_explicitly_when_a_component_is_missing()
    {
        // Quality missing: effective weights 0.4 / 0.8 = 0.5 each; score = 0.5·1 + 0.5·0.5 = 0.75 → green; coverage 0.8.
        CompositeResult r = Health().Evaluate([new("cost", 1), new("schedule", 0.5)]);
        Assert.Equal(0.75, r.Score!.Value, 12);
        Assert.Equal(["quality"], r.MissingComponents.ToArray());
        Assert.Equal([0.5, 0.5, 0.0], r.Components.Select(c => c.EffectiveWeight));
        Assert.Equal(0.8, r.Coverage, 12);
        Assert.Contains(r.Diagnostics, d => d.Message.Contains("re-normalised", StringComparison.Ordinal));

        // Below a minimum coverage of 0.9 the composite is undefined.
        CompositeResult low = Health(minimumCoverage: 0.9).Evaluate([new("cost", 1), new("schedule", 0.5)]);
        Assert.Null(low.Score);
        Assert.Null(low.Status);
    }

    [Fact]
    public void Composite_veto_caps_at_amber()
    {
        // Cost green 1, schedule green 1, quality red 0: score 0.8 → green, but quality is red → capped at amber.
        CompositeInput[] inputs = [new("cost", 1, G), new("schedule", 1, G), new("quality", 0, R)];
        Assert.Equal(G, Health().Evaluate(inputs).Status);
        CompositeResult r = Health(CompositeVeto.AnyRedCapsAtAmber).Evaluate(inputs);
        Assert.Equal(A, r.Status);
        Assert.Equal(G, r.UncappedStatus);
        Assert.True(r.VetoApplied);
        Assert.Equal(["quality"], r.VetoTriggeredBy.ToArray());
        Assert.Equal(R, Health(CompositeVeto.AnyRedCapsAtRed).Evaluate(inputs).Status);
    }

    [Fact]
    public void Composite_from_a_scorecard()
    {
        // CPI 0.97 green (1), SPI 0.92 amber (0.5), no quality KPI: (0.4 + 0.2) / 0.8 = 0.75 → green.
        KpiScorecard card = KpiScorecard.Evaluate("P1", [KpiLibrary.CostPerformanceIndex(), KpiLibrary.SchedulePerformanceIndex()],
            [new("cpi", "P1", D0, 0.97), new("spi", "P1", D0, 0.92)], D0);
        var index = new CompositeIndex("h", "Health", [new("cpi", 0.4), new("spi", 0.4), new("quality", 0.2)]);
        CompositeResult r = index.Evaluate(card);
        Assert.Equal(0.75, r.Score!.Value, 12);
        Assert.Equal(["quality"], r.MissingComponents.ToArray());
    }

    // ---- Scorecards ----

    [Fact]
    public void Scorecard_of_one_subject()
    {
        KpiObservation[] obs = [new("cpi", "P1", D0, 0.97), new("spi", "P1", D0, 0.85), new("cpi", "P2", D0, 0.5), new("burn-rate", "P1", D0, 1000)];
        KpiScorecard card = KpiScorecard.Evaluate("P1", [KpiLibrary.CostPerformanceIndex(), KpiLibrary.SchedulePerformanceIndex(), KpiLibrary.BurnRate(), KpiLibrary.BaselineExecutionIndex()], obs, D0);
        Assert.Equal(G, card["cpi"].Status);
        Assert.Equal(R, card["spi"].Status);
        Assert.Equal(KpiStatusKind.Neutral, card["burn-rate"].StatusKind);
        Assert.Equal(KpiStatusKind.Unknown, card["bei"].StatusKind);
        Assert.Equal(R, card.Overall!.Level);
        Assert.Equal(1, card.Overall.UnknownCount);
        Assert.Empty(card.ForecastBreaches);
    }

    [Fact]
    public void Portfolio_scorecards()
    {
        KpiObservation[] obs =
        [
            KpiObservation.Ratio("cpi", "P1", D0, 90, 100), KpiObservation.Ratio("cpi", "P2", D0, 285, 300), KpiObservation.Ratio("cpi", "P3", D0, 500, 500),
            KpiObservation.Ratio("spi", "P1", D0, 90, 90), KpiObservation.Ratio("spi", "P2", D0, 285, 290), KpiObservation.Ratio("spi", "P3", D0, 500, 480),
        ];
        PortfolioScorecard p = KpiRollup.Scorecards([KpiLibrary.CostPerformanceIndex(), KpiLibrary.SchedulePerformanceIndex()], Portfolio(), obs, D0);
        // PF CPI = 875 / 900 = 0.972 green; SPI = 875 / 860 = 1.017 green → overall green. PG1 CPI = 375 / 400 = 0.9375 amber.
        Assert.Equal(G, p["PF"].Overall!.Level);
        Assert.Equal(A, p["PG1"]["cpi"].Status);
        Assert.Equal(A, p["PG1"].Overall!.Level);
        Assert.Equal(2, p.Rollups.Length);
    }
}
