using Pmo.Core.Common;
using Pmo.Core.Kpis;
using static Pmo.Core.Tests.Kpis.KpiB;

namespace Pmo.Core.Tests.Kpis;

/// <summary>
/// Mutation-driven tests of <see cref="CompositeIndex"/>, <see cref="FormulaKpi"/>, <see cref="KpiDefinition"/>,
/// <see cref="KpiObservation"/>, <see cref="KpiForecast"/> and <see cref="KpiLibrary"/>: validation messages, value
/// equality and the documented rules at their boundaries (hand-worked values in the comments).
/// </summary>
public class KpisMutationTestsBModel
{
    private static readonly StatusLevel Red = StatusScale.Red;
    private static readonly StatusLevel Amber = StatusScale.Amber;
    private static readonly StatusLevel Green = StatusScale.Green;

    private static CompositeIndex Ci(CompositeVeto? veto = null, double minimumCoverage = 0, BandSet? bands = null) =>
        new("ci", "CI", [new CompositeComponent("a", 1), new CompositeComponent("b", 1)], bands, veto, minimumCoverage);

    // ---- CompositeIndex ----

    [Fact]
    public void Composite_guards_and_messages()
    {
        CompositeComponent a = new("a", 1);
        Throws<ArgumentException>("id", () => new CompositeComponent(" ", 1));
        Throws<ArgumentException>("componentId", () => new CompositeInput(" ", 0.5));
        Throws<ArgumentException>("id", () => new CompositeIndex(" ", "CI", [a]));
        Throws<ArgumentException>("name", () => new CompositeIndex("ci", " ", [a]));
        Throws<ArgumentNullException>("components", () => new CompositeIndex("ci", "CI", null!));
        Throws<ArgumentException>("components", () => new CompositeIndex("ci", "CI", []), "components must contain at least one component.");
        Throws<ArgumentNullException>("components", () => new CompositeIndex("ci", "CI", [a, null!]), "components[1] is null.");
        Throws<ArgumentException>("components", () => new CompositeIndex("ci", "CI", [a, new CompositeComponent("a", 2)]), "components contains the id 'a' more than once.");
        Throws<ArgumentException>("veto", () => new CompositeIndex("ci", "CI", [a], veto: new CompositeVeto(StatusScale.FiveLevel["amber-red"], StatusScale.FiveLevel["amber-red"])),
            "veto levels must belong to the bands' scale 'rag'.");
        Throws<ArgumentNullException>("inputs", () => Ci().Evaluate((IEnumerable<CompositeInput>)null!));
        Throws<ArgumentNullException>("scorecard", () => Ci().Evaluate((KpiScorecard)null!));
        Throws<ArgumentException>("inputs", () => Ci().Evaluate([default]), "inputs contains a default CompositeInput without a component id.");
        Throws<ArgumentException>("inputs", () => Ci().Evaluate([new CompositeInput("zz", 0.5)]), "inputs names 'zz', which is not a component of 'ci'.");
        Throws<ArgumentException>("inputs", () => Ci().Evaluate([new CompositeInput("a", 0.5), new CompositeInput("a", 0.6)]), "inputs names 'a' more than once.");
    }

    [Fact]
    public void Composite_input_value_equality()
    {
        var x = new CompositeInput("a", 0.5, Red);
        Assert.True(x == new CompositeInput("a", 0.5, Red));
        Assert.False(x != new CompositeInput("a", 0.5, Red));
        Assert.True(x != new CompositeInput("b", 0.5, Red));
        Assert.True(x != new CompositeInput("a", 0.6, Red));
        Assert.True(x != new CompositeInput("a", 0.5, Green));
        Assert.False(x.Equals(new CompositeInput("b", 0.6, Red)));
    }

    [Fact]
    public void Composite_uses_the_given_bands_and_accepts_full_minimum_coverage()
    {
        // Bands: < 0.2 red, [0.2, 0.3) amber, ≥ 0.3 green. (0.4 + 0.4) / 2 = 0.4 → green (default bands: red).
        BandSet bands = BandSet.HigherIsBetter(StatusScale.Rag, 0.2, 0.3);
        CompositeIndex ci = Ci(minimumCoverage: 1, bands: bands);
        Assert.Same(bands, ci.Bands);
        Assert.Equal(1, ci.MinimumCoverage);
        CompositeResult r = ci.Evaluate([new CompositeInput("a", 0.4), new CompositeInput("b", 0.4)]);
        Assert.Same(Green, r.Status);
        Assert.False(r.VetoApplied);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Composite_at_exactly_the_minimum_coverage_is_defined()
    {
        // Only a (weight 1 of 2) present: coverage 0.5 = minimum → defined, score = a's 0.8.
        CompositeResult r = Ci(minimumCoverage: 0.5).Evaluate([new CompositeInput("a", 0.8)]);
        Assert.Equal(0.5, r.Coverage);
        Assert.Equal(0.8, r.Score);
        Assert.Equal("b", Assert.Single(r.MissingComponents));

        CompositeResult below = Ci(minimumCoverage: 0.6).Evaluate([new CompositeInput("a", 0.8)]);
        Assert.Null(below.Score);
        Has(below.Diagnostics, DiagnosticKind.Undefined, "The composite is undefined: coverage 0.5 is below the minimum 0.6");
    }

    [Fact]
    public void Veto_does_not_apply_when_the_score_is_already_at_the_cap()
    {
        // Score (0.6 + 0.6)/2 = 0.6 → amber; a is red (trigger) but amber is not above the amber cap.
        CompositeResult r = Ci(CompositeVeto.AnyRedCapsAtAmber).Evaluate([new CompositeInput("a", 0.6, Red), new CompositeInput("b", 0.6, Green)]);
        Assert.Same(Amber, r.Status);
        Assert.False(r.VetoApplied);
        Assert.Equal("a", Assert.Single(r.VetoTriggeredBy));
        Assert.DoesNotContain(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning);
    }

    [Fact]
    public void Veto_caps_and_names_every_trigger()
    {
        // Score 1 → green; a and b red: capped at amber.
        CompositeResult r = Ci(CompositeVeto.AnyRedCapsAtAmber).Evaluate([new CompositeInput("a", 1, Red), new CompositeInput("b", 1, Red)]);
        Assert.Same(Amber, r.Status);
        Assert.Same(Green, r.UncappedStatus);
        Assert.True(r.VetoApplied);
        Has(r.Diagnostics, DiagnosticKind.Warning, "Veto: a, b at or below Red cap(s) the composite at Amber (score alone: Green).");
    }

    // ---- FormulaKpi ----

    private static KpiDefinition F(string id = "f") => MaxAbs().WithId(id, id.ToUpperInvariant());

    [Fact]
    public void Formula_guards_and_messages()
    {
        Func<IReadOnlyList<double>, double?> sum = x => x.Sum();
        Throws<ArgumentNullException>("definition", () => new FormulaKpi(null!, ["a"], sum));
        Throws<ArgumentNullException>("inputIds", () => new FormulaKpi(F(), null!, sum));
        Throws<ArgumentException>("inputIds", () => new FormulaKpi(F(), [], sum), "inputIds must name at least one input KPI.");
        Throws<ArgumentNullException>("inputIds", () => new FormulaKpi(F(), ["a", null!], sum), "inputIds[1] is null.");
        Throws<ArgumentException>("inputIds", () => new FormulaKpi(F(), ["a", " "], sum), "inputIds[1] is blank.");
        Throws<ArgumentException>("inputIds", () => new FormulaKpi(F(), ["a", "a"], sum), "inputIds names 'a' more than once.");
        Throws<ArgumentException>("inputIds", () => new FormulaKpi(F(), ["a", "f"], sum), "inputIds names the output 'f' itself: a formula cannot depend on itself.");

        var f = new FormulaKpi(F(), ["a", "b"], sum);
        Throws<ArgumentNullException>("inputs", () => f.Compute(null!));
        Throws<ArgumentException>("inputs", () => f.Compute([1.0]), "inputs must hold 2 value(s), one per input KPI (got 1).");

        Throws<ArgumentNullException>("formulas", () => FormulaKpi.Apply(null!, []));
        Throws<ArgumentNullException>("observations", () => FormulaKpi.Apply([f], null!));
        Throws<ArgumentNullException>("formulas", () => FormulaKpi.Apply([f, null!], []), "formulas[1] is null.");
        Throws<ArgumentException>("formulas", () => FormulaKpi.Apply([f, f], []), "formulas defines 'f' more than once.");
        Throws<ArgumentNullException>("observations", () => FormulaKpi.Apply([f], [Obs(D, 1, kpi: "a"), null!]), "observations[1] is null.");
        Throws<ArgumentException>("observations", () => FormulaKpi.Apply([f], [Obs(D, 1, kpi: "a"), Obs(D, 1, kpi: "f")]),
            "observations[1] is of 'f', which is a formula KPI; formula outputs are computed, not observed.");
    }

    [Fact]
    public void Formula_names_the_first_missing_input()
    {
        // Only z is observed: x and y are missing; the first (x) is named.
        var f = new FormulaKpi(F(), ["x", "y", "z"], v => v.Sum());
        FormulaResult r = FormulaKpi.Apply([f], [Obs(D, 1, kpi: "z")]);
        Assert.Null(Assert.Single(r.Observations).Value);
        Has(r.Diagnostics, DiagnosticKind.Undefined, "'f' of 's' on 2025-01-31 is undefined: the input 'x' is missing.");
    }

    [Fact]
    public void Formula_without_a_finite_value_says_so()
    {
        // 1 / 0 = +∞: no finite value.
        var f = new FormulaKpi(F(), ["x", "y"], v => v[0] / v[1]);
        FormulaResult r = FormulaKpi.Apply([f], [Obs(D, 1, kpi: "x"), Obs(D, 0, kpi: "y")]);
        Assert.Null(Assert.Single(r.Observations).Value);
        Has(r.Diagnostics, DiagnosticKind.Undefined, "'f' of 's' on 2025-01-31 is undefined: the formula gave no finite value.");
    }

    [Fact]
    public void Formula_cycle_is_named_in_walk_order()
    {
        // g ← x (resolvable); f1 ← x, g, f2; f2 ← f1. Cycle: f1 → f2 → f1 (x is an observed KPI, g is resolved).
        var g = new FormulaKpi(F("g"), ["x"], v => v[0]);
        var f1 = new FormulaKpi(F("f1"), ["x", "g", "f2"], v => v.Sum());
        var f2 = new FormulaKpi(F("f2"), ["f1"], v => v[0]);
        Throws<ArgumentException>("formulas", () => FormulaKpi.Apply([g, f1, f2], []), "formulas contain a dependency cycle: f1 → f2 → f1.");
    }

    // ---- KpiDefinition ----

    [Fact]
    public void Definition_guards_and_messages()
    {
        BandSet bands = BandSet.HigherIsBetter(StatusScale.Rag, 0.5, 0.75);
        KpiDirection max = KpiDirection.Maximise;
        Throws<ArgumentNullException>("description", () => new KpiDefinition("k", "K", max, bands, description: null!));
        Throws<ArgumentOutOfRangeException>("bandMode", () => new KpiDefinition("k", "K", max, bands, (BandMode)99), "bandMode must be a defined BandMode (got 99).");
        Throws<ArgumentOutOfRangeException>("aggregation", () => new KpiDefinition("k", "K", max, bands, aggregation: (AggregationRule)99), "aggregation must be a defined AggregationRule (got 99).");
        Throws<ArgumentOutOfRangeException>("displayPrecision", () => new KpiDefinition("k", "K", max, bands, displayPrecision: 16), "displayPrecision must lie in 0 … 15 (got 16).");
        Assert.Equal(15, new KpiDefinition("k", "K", max, bands, displayPrecision: 15).DisplayPrecision);
        Throws<ArgumentException>("bands", () => new KpiDefinition("k", "K", KpiDirection.Neutral, bands), "bands must be null for the neutral KPI 'k'");
        Throws<ArgumentException>("forecastTolerance", () => new KpiDefinition("k", "K", KpiDirection.Neutral, null, forecastTolerance: new ForecastTolerance(10)),
            "forecastTolerance must be null for the neutral KPI 'k'");
        Throws<ArgumentNullException>("bands", () => new KpiDefinition("k", "K", max, null), "bands must be given for the Maximise KPI 'k'");
        Throws<ArgumentException>("targets", () => new KpiDefinition("k", "K", max, bands, BandMode.PercentOfTarget), "targets must hold at least one target: the KPI 'k' uses PercentOfTarget bands");
        Throws<ArgumentException>("bandMode", () => new KpiDefinition("k", "K", KpiDirection.TargetBand(0, 1), bands, BandMode.Achievement, TargetSeries.Constant(1, 0)),
            "bandMode Achievement needs a maximise or minimise direction, but the KPI 'k' is TargetBand.");
        Throws<ArgumentException>("targets", () => new KpiDefinition("k", "K", max, bands, BandMode.Achievement, TargetSeries.Constant(1)),
            "targets must hold at least one target and a start value: the KPI 'k' uses Achievement bands");
        Throws<ArgumentException>("bandMode", () => new KpiDefinition("k", "K", max, bands, BandMode.PercentOfRange),
            "bandMode PercentOfRange needs a target-band direction, but the KPI 'k' is Maximise.");
    }

    [Fact]
    public void WithBands_switches_the_band_mode_when_given()
    {
        KpiDefinition d = MaxAbs().WithTargets(TargetSeries.Constant(10));
        KpiDefinition p = d.WithBands(BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 1.0), BandMode.PercentOfTarget);
        Assert.Equal(BandMode.PercentOfTarget, p.BandMode);
        Assert.Equal(BandMode.Absolute, d.WithBands(BandSet.HigherIsBetter(StatusScale.Rag, 1, 2)).BandMode);
    }

    [Fact]
    public void WithDirection_drops_the_forecast_tolerance_only_for_neutral()
    {
        var tol = new ForecastTolerance(10);
        KpiDefinition d = MaxAbs(tol);
        Assert.Null(d.WithDirection(KpiDirection.Neutral, null).ForecastTolerance);
        Assert.Same(tol, d.WithDirection(KpiDirection.Minimise, BandSet.LowerIsBetter(StatusScale.Rag, 1, 2)).ForecastTolerance);
    }

    [Fact]
    public void ToStrings_show_the_essentials()
    {
        Assert.Contains("k (K)", MaxAbs().ToString(), StringComparison.Ordinal);
        Assert.Contains("missing", KpiObservation.Missing("k", "s", D).ToString(), StringComparison.Ordinal);
        KpiEvaluation green = KpiEvaluator.Evaluate(MaxAbs(), "s", [Obs(D, 0.8)], D);
        Assert.Equal("k/s @ 2025-01-31: 0.8 → Green", green.ToString());
        KpiEvaluation unknown = KpiEvaluator.Evaluate(MaxAbs(), "s", [KpiObservation.Missing("k", "s", D)], D);
        Assert.Equal("k/s @ 2025-01-31: — → Unknown", unknown.ToString());
    }

    // ---- KpiObservation / KpiForecast ----

    [Fact]
    public void Observation_components_must_come_together() =>
        Throws<ArgumentException>("denominator", () => new KpiObservation("k", "s", D, 1, numerator: 1), "numerator and denominator must be given together; denominator is missing.");

    [Fact]
    public void Forecast_value_equality()
    {
        var f = new KpiForecast(D, 1);
        Assert.True(f == new KpiForecast(D, 1));
        Assert.False(f != new KpiForecast(D, 1));
        Assert.True(f != new KpiForecast(D1, 1));
        Assert.True(f != new KpiForecast(D, 2));
    }

    // ---- KpiLibrary ----

    private static void Meta(KpiDefinition d, string unit, AggregationRule rule, int precision)
    {
        Assert.Equal(unit, d.Unit);
        Assert.Equal(rule, d.Aggregation);
        Assert.Equal(precision, d.DisplayPrecision);
        Assert.False(string.IsNullOrWhiteSpace(d.Description), d.Id);
    }

    [Fact]
    public void Library_definitions_carry_unit_rule_precision_and_description()
    {
        // Ratio KPIs in % show 3 decimals, other ratios 2; flow KPIs 1.
        Meta(KpiLibrary.FinishVariance(), "days", AggregationRule.Max, 0);
        Meta(KpiLibrary.BudgetVariance(), "%", AggregationRule.RatioOfSums, 3);
        Meta(KpiLibrary.VarianceAtCompletion(), "%", AggregationRule.RatioOfSums, 3);
        Meta(KpiLibrary.BurnRate(), "currency/period", AggregationRule.Sum, 2);
        Meta(KpiLibrary.BenefitsRealisation(), "%", AggregationRule.RatioOfSums, 3);
        Meta(KpiLibrary.ResourceUtilisation(), "%", AggregationRule.RatioOfSums, 3);
        Meta(KpiLibrary.ScopeGrowth(), "%", AggregationRule.RatioOfSums, 3);
        Meta(KpiLibrary.SleAttainment(), "%", AggregationRule.RatioOfSums, 3);
        Meta(KpiLibrary.SayDoRatio(), "%", AggregationRule.RatioOfSums, 3);
        Meta(KpiLibrary.ReworkPercent(), "%", AggregationRule.RatioOfSums, 3);
        Meta(KpiLibrary.DemandToCapacity(), "", AggregationRule.RatioOfSums, 2);
        Meta(KpiLibrary.Throughput(), "items/period", AggregationRule.Sum, 1);
        Meta(KpiLibrary.CycleTime(), "days", AggregationRule.Max, 1);
        Meta(KpiLibrary.WorkInProgress(), "items", AggregationRule.Sum, 1);
        Meta(KpiLibrary.WorkItemAge(), "days", AggregationRule.Max, 1);
        Meta(KpiLibrary.DefectDensity(), "defects/size", AggregationRule.RatioOfSums, 1);
    }

    [Fact]
    public void Flow_kpis_with_a_target_are_banded_on_percent_of_target()
    {
        // Lower is better on x / target: cycle time 11 / 10 = 1.1 ∈ (1.00, 1.25] → amber; WIP 11/10 = 1.1 ∈ (1.00, 1.20] → amber;
        // age 14/10 = 1.4 ∈ (1.00, 1.50] → amber; defect density 13/10 = 1.3 > 1.25 → red.
        TargetSeries t = TargetSeries.Constant(10);
        Assert.Same(Amber, KpiEvaluator.EvaluateValue(KpiLibrary.CycleTime(t), "s", 11, D).Status);
        Assert.Same(Amber, KpiEvaluator.EvaluateValue(KpiLibrary.WorkInProgress(t), "s", 11, D).Status);
        Assert.Same(Amber, KpiEvaluator.EvaluateValue(KpiLibrary.WorkItemAge(t), "s", 14, D).Status);
        Assert.Same(Red, KpiEvaluator.EvaluateValue(KpiLibrary.DefectDensity(t), "s", 13, D).Status);
        Assert.Equal(BandMode.PercentOfTarget, KpiLibrary.WorkItemAge(t).BandMode);
        Assert.Equal(KpiDirectionKind.Minimise, KpiLibrary.WorkItemAge(t).Direction.Kind);
    }

    [Fact]
    public void Coefficient_of_variation_of_two_values_and_of_overflowing_squares()
    {
        // [1, 3]: mean 2, s = √((1 + 1)/1) = √2, cv = √2 / 2.
        Assert.Equal(Math.Sqrt(2) / 2, KpiLibrary.CoefficientOfVariation([1.0, 3.0])!.Value, 12);

        // [1e308, −1e308, 1e308]: mean 1e308/3, (v − mean)² overflows to +∞: undefined, not +∞.
        Assert.Null(KpiLibrary.CoefficientOfVariation([1e308, -1e308, 1e308]));
    }
}
