using System.Collections.Immutable;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>
/// Layer 3 error tests: one test per validation rule of every public constructor, method and option setter in
/// <c>Pmo.Core.Kpis.Spc</c>, asserting the exact exception type and <see cref="ArgumentException.ParamName"/>.
/// </summary>
public class SpcValidationTests
{
    private static readonly XmrChartResult Chart = XmrChart.Compute([1, 2, 3]);

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    // ---- XmrChart.Compute ----

    [Fact]
    public void Compute_empty() => Throws<ArgumentException>("values", () => XmrChart.Compute([]));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Compute_value_not_finite(double bad) => Throws<ArgumentOutOfRangeException>("values", () => XmrChart.Compute([1, bad]));

    [Fact]
    public void Compute_phase_start_beyond_the_values() =>
        Throws<ArgumentOutOfRangeException>("options", () => XmrChart.Compute([1, 2, 3], new XmrOptions { PhaseStarts = [3] }));

    // ---- XmrOptions ----

    [Fact]
    public void Options_centre_undefined() => Throws<ArgumentOutOfRangeException>("CentreLine", () => _ = new XmrOptions { CentreLine = (CentreLine)9 });

    [Fact]
    public void Options_dispersion_undefined() => Throws<ArgumentOutOfRangeException>("Dispersion", () => _ = new XmrOptions { Dispersion = (DispersionStatistic)9 });

    [Fact]
    public void Options_constant_undefined() => Throws<ArgumentOutOfRangeException>("Constant", () => _ = new XmrOptions { Constant = (ScalingConstant)9 });

    [Fact]
    public void Options_screening_undefined() => Throws<ArgumentOutOfRangeException>("Screening", () => _ = new XmrOptions { Screening = (MovingRangeScreening)9 });

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Options_baseline_below_two(int bad) => Throws<ArgumentOutOfRangeException>("BaselineLength", () => _ = new XmrOptions { BaselineLength = bad });

    [Fact]
    public void Options_phase_start_not_positive() => Throws<ArgumentException>("PhaseStarts", () => _ = new XmrOptions { PhaseStarts = [0] });

    [Fact]
    public void Options_phase_starts_not_increasing() => Throws<ArgumentException>("PhaseStarts", () => _ = new XmrOptions { PhaseStarts = [3, 3] });

    [Fact]
    public void Options_phase_starts_default_is_empty() => Assert.Empty(new XmrOptions { PhaseStarts = default(ImmutableArray<int>) }.PhaseStarts);

    // ---- XmrConstants ----

    [Fact]
    public void LimitFactor_constant_undefined() => Throws<ArgumentOutOfRangeException>("constant", () => XmrConstants.LimitFactor((ScalingConstant)9, DispersionStatistic.AverageMovingRange));

    [Fact]
    public void LimitFactor_dispersion_undefined() => Throws<ArgumentOutOfRangeException>("dispersion", () => XmrConstants.LimitFactor(ScalingConstant.Wheeler, (DispersionStatistic)9));

    [Fact]
    public void RangeFactor_constant_undefined() => Throws<ArgumentOutOfRangeException>("constant", () => XmrConstants.RangeFactor((ScalingConstant)9, DispersionStatistic.AverageMovingRange));

    [Fact]
    public void RangeFactor_dispersion_undefined() => Throws<ArgumentOutOfRangeException>("dispersion", () => XmrConstants.RangeFactor(ScalingConstant.Wheeler, (DispersionStatistic)9));

    // ---- XmrChartResult ----

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void PhaseOf_out_of_range(int bad) => Throws<ArgumentOutOfRangeException>("index", () => Chart.PhaseOf(bad));

    // ---- SpcRules ----

    [Fact]
    public void Evaluate_null_chart() => Throws<ArgumentNullException>("chart", () => SpcRules.Evaluate(null!, SpcRuleSets.All));

    [Fact]
    public void Evaluate_undefined_rule_set() => Throws<ArgumentOutOfRangeException>("ruleSets", () => SpcRules.Evaluate(Chart, (SpcRuleSets)64));

    [Fact]
    public void Evaluate_undefined_direction() => Throws<ArgumentOutOfRangeException>("direction", () => SpcRules.Evaluate(Chart, SpcRuleSets.All, (ImprovementDirection)9));

    [Fact]
    public void Interpret_undefined_side() => Throws<ArgumentOutOfRangeException>("side", () => SpcRules.Interpret((SignalSide)9, ImprovementDirection.Increase));

    [Fact]
    public void Interpret_undefined_direction() => Throws<ArgumentOutOfRangeException>("direction", () => SpcRules.Interpret(SignalSide.Above, (ImprovementDirection)9));

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void RuleOptions_run_length(int bad) => Throws<ArgumentOutOfRangeException>("NhsRunLength", () => _ = new SpcRuleOptions { NhsRunLength = bad });

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void RuleOptions_trend_length(int bad) => Throws<ArgumentOutOfRangeException>("NhsTrendLength", () => _ = new SpcRuleOptions { NhsTrendLength = bad });

    // ---- SpcSignal ----

    [Fact]
    public void Signal_negative_index() => Throws<ArgumentOutOfRangeException>("index", () => _ = new SpcSignal(-1, 0, "N1", SignalSide.Above, SignalInterpretation.Neutral, 0));

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Signal_start_outside_zero_to_index(int bad) => Throws<ArgumentOutOfRangeException>("startIndex", () => _ = new SpcSignal(5, bad, "N1", SignalSide.Above, SignalInterpretation.Neutral, 0));

    [Fact]
    public void Signal_null_rule() => Throws<ArgumentNullException>("ruleId", () => _ = new SpcSignal(1, 0, null!, SignalSide.Above, SignalInterpretation.Neutral, 0));

    [Fact]
    public void Signal_blank_rule() => Throws<ArgumentException>("ruleId", () => _ = new SpcSignal(1, 0, " ", SignalSide.Above, SignalInterpretation.Neutral, 0));

    [Fact]
    public void Signal_undefined_side() => Throws<ArgumentOutOfRangeException>("side", () => _ = new SpcSignal(1, 0, "N1", (SignalSide)9, SignalInterpretation.Neutral, 0));

    [Fact]
    public void Signal_undefined_interpretation() => Throws<ArgumentOutOfRangeException>("interpretation", () => _ = new SpcSignal(1, 0, "N1", SignalSide.Above, (SignalInterpretation)9, 0));

    [Fact]
    public void Signal_negative_phase() => Throws<ArgumentOutOfRangeException>("phase", () => _ = new SpcSignal(1, 0, "N1", SignalSide.Above, SignalInterpretation.Neutral, -1));

    [Fact]
    public void Signal_default_has_an_empty_rule() => Assert.Equal(string.Empty, default(SpcSignal).RuleId);

    // ---- RunChart ----

    [Fact]
    public void Anhoj_empty() => Throws<ArgumentException>("values", () => RunChart.Anhoj([]));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Anhoj_value_not_finite(double bad) => Throws<ArgumentOutOfRangeException>("values", () => RunChart.Anhoj([1, bad]));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Anhoj_centre_not_finite(double bad) => Throws<ArgumentOutOfRangeException>("centre", () => RunChart.Anhoj([1, 2], centre: bad));

    [Fact]
    public void Anhoj_undefined_direction() => Throws<ArgumentOutOfRangeException>("direction", () => RunChart.Anhoj([1, 2], (ImprovementDirection)9));

    [Fact]
    public void LongestRunLimit_below_one() => Throws<ArgumentOutOfRangeException>("usefulObservations", () => RunChart.LongestRunLimit(0));

    [Fact]
    public void CrossingsLimit_below_one() => Throws<ArgumentOutOfRangeException>("usefulObservations", () => RunChart.CrossingsLimit(0));

    // ---- Assurance ----

    [Fact]
    public void Assurance_null_chart() => Throws<ArgumentNullException>("chart", () => Assurance.Evaluate(null!, 1, ImprovementDirection.Increase));

    [Fact]
    public void Assurance_lower_not_finite() => Throws<ArgumentOutOfRangeException>("lowerLimit", () => Assurance.Evaluate(double.NaN, 1, 1, ImprovementDirection.Increase));

    [Fact]
    public void Assurance_upper_not_finite() => Throws<ArgumentOutOfRangeException>("upperLimit", () => Assurance.Evaluate(0, double.PositiveInfinity, 1, ImprovementDirection.Increase));

    [Fact]
    public void Assurance_upper_below_lower() => Throws<ArgumentException>("upperLimit", () => Assurance.Evaluate(2, 1, 1, ImprovementDirection.Increase));

    [Fact]
    public void Assurance_target_not_finite() => Throws<ArgumentOutOfRangeException>("target", () => Assurance.Evaluate(0, 1, double.NaN, ImprovementDirection.Increase));

    [Fact]
    public void Assurance_target_not_finite_on_a_chart() => Throws<ArgumentOutOfRangeException>("target", () => Assurance.Evaluate(Chart, double.NaN, ImprovementDirection.Increase));

    [Fact]
    public void Assurance_undefined_direction() => Throws<ArgumentOutOfRangeException>("direction", () => Assurance.Evaluate(0, 1, 1, (ImprovementDirection)9));
}
