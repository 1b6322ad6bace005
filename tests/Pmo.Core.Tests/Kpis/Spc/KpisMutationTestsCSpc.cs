using System.Collections.Immutable;
using Pmo.Core.Common;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>
/// Mutation-driven tests (helper C) for the SPC rules. Most use a hand-built chart with centre 0, sigma 1 and natural
/// process limits ±3, so that zone boundaries (1σ, 2σ, 3σ) are exact in binary floating point and every expected signal
/// can be read off the data by hand. The naive reference (<see cref="NaiveSpcRules"/>) is cross-checked on the same
/// boundary data.
/// </summary>
public class KpisMutationTestsCSpc
{
    /// <summary>A one-phase chart with centre <paramref name="centre"/>, sigma <paramref name="sigma"/> and limits centre ± 3 sigma.</summary>
    internal static XmrChartResult Chart(double[] x, double centre = 0, double sigma = 1, bool floored = false)
    {
        double[] mr = new double[x.Length];
        mr[0] = double.NaN;
        for (int i = 1; i < x.Length; i++)
        {
            mr[i] = Math.Abs(x[i] - x[i - 1]);
        }

        var phase = new XmrPhase
        {
            Number = 0,
            StartIndex = 0,
            Length = x.Length,
            BaselineLength = x.Length,
            Centre = centre,
            Dispersion = sigma * 1.128,
            MovingRangesUsed = x.Length - 1,
            Sigma = sigma,
            UpperLimit = centre + (3 * sigma),
            LowerLimit = floored ? 0 : centre - (3 * sigma),
            IsLowerLimitFloored = floored,
            UpperRangeLimit = null,
        };
        return new XmrChartResult { Values = [.. x], MovingRanges = [.. mr], Phases = [phase], Diagnostics = [] };
    }

    /// <summary>A one-phase chart whose baseline is a single value: centre only, every limit undefined.</summary>
    internal static XmrChartResult OnePointBaseline(double[] x) => new()
    {
        Values = [.. x],
        MovingRanges = [.. x.Select(_ => double.NaN)],
        Phases = [new XmrPhase { Number = 0, StartIndex = 0, Length = x.Length, BaselineLength = 1, Centre = x[0] }],
        Diagnostics = [],
    };

    private static int[] Indices(SpcEvaluation e, string rule) => [.. e.Signals.Where(s => s.RuleId == rule).Select(s => s.Index)];

    private static SpcEvaluation NelsonAgreesWithNaive(double[] x)
    {
        XmrChartResult chart = Chart(x);
        SpcEvaluation fast = SpcRules.Evaluate(chart, SpcRuleSets.Nelson, ImprovementDirection.Increase);
        List<SpcSignal> naive = NaiveSpcRules.Nelson(x, chart.Phases[0], ImprovementDirection.Increase);
        Assert.Equal(naive, fast.Signals);
        return fast;
    }

    // ---- limits and zones at their exact boundaries (Nelson, cross-checked against the naive reference) ----

    [Fact]
    public void N1_point_exactly_on_a_limit_is_not_a_signal()
    {
        // |3| is on the limit (not beyond); 3.5 and −3.5 are beyond.
        SpcEvaluation e = NelsonAgreesWithNaive([3, -3, 3.5, -3.5]);
        Assert.Equal([2, 3], Indices(e, SpcRuleIds.Nelson1));
        Assert.Equal([SignalSide.Above, SignalSide.Below], e.Signals.Where(s => s.RuleId == SpcRuleIds.Nelson1).Select(s => s.Side));
    }

    [Fact]
    public void N2_nine_points_above_signal_on_the_ninth_and_a_centre_point_breaks_the_run()
    {
        Assert.Equal([8], Indices(NelsonAgreesWithNaive([.. Enumerable.Repeat(0.5, 9)]), SpcRuleIds.Nelson2));
        Assert.Equal([8], Indices(NelsonAgreesWithNaive([.. Enumerable.Repeat(-0.5, 9)]), SpcRuleIds.Nelson2));
        Assert.Empty(Indices(NelsonAgreesWithNaive([0.5, 0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0.5]), SpcRuleIds.Nelson2));
        Assert.Empty(Indices(NelsonAgreesWithNaive([-0.5, -0.5, -0.5, -0.5, 0, -0.5, -0.5, -0.5, -0.5]), SpcRuleIds.Nelson2));
    }

    [Fact]
    public void N3_six_decreasing_points_signal_on_the_sixth()
    {
        SpcEvaluation e = NelsonAgreesWithNaive([2.5, 2, 1.5, 1, 0.5, 0]);
        SpcSignal s = Assert.Single(e.Signals, s => s.RuleId == SpcRuleIds.Nelson3);
        Assert.Equal(5, s.Index);
        Assert.Equal(0, s.StartIndex);
        Assert.Equal(SignalSide.Decreasing, s.Side);
    }

    [Fact]
    public void N4_a_flat_step_breaks_the_alternation()
    {
        double[] alternating = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]; // 14 points, 13 alternating steps
        Assert.Equal([13], Indices(NelsonAgreesWithNaive(alternating), SpcRuleIds.Nelson4));
        // Steps + − + − + − 0 − + − + − +: the flat step (0 → 0) is neither up nor down.
        double[] flat = [0, 1, 0, 1, 0, 1, 0, 0, -1, 0, -1, 0, -1, 0];
        Assert.Empty(Indices(NelsonAgreesWithNaive(flat), SpcRuleIds.Nelson4));
        // Steps − + − + − + 0 + − + − + −: a flat step after a rise is not a fall either.
        double[] flatAfterRise = [0, -1, 0, -1, 0, -1, 0, 0, 1, 0, 1, 0, 1, 0];
        Assert.Empty(Indices(NelsonAgreesWithNaive(flatAfterRise), SpcRuleIds.Nelson4));
    }

    [Fact]
    public void N5_point_exactly_two_sigma_from_centre_is_not_beyond_the_zone()
    {
        // 2 of 3 beyond 2σ: index 0 (exactly 2) does not count, so only index 3 (2.5, 2.5 in window 1…3) signals.
        Assert.Equal([3], Indices(NelsonAgreesWithNaive([2, 0, 2.5, 2.5]), SpcRuleIds.Nelson5));
        Assert.Equal([3], Indices(NelsonAgreesWithNaive([-2, 0, -2.5, -2.5]), SpcRuleIds.Nelson5));
        // A last point exactly at 2σ does not signal even when two earlier points are beyond.
        Assert.Equal([1], Indices(NelsonAgreesWithNaive([2.5, 2.5, 2]), SpcRuleIds.Nelson5));
        Assert.Equal([1], Indices(NelsonAgreesWithNaive([-2.5, -2.5, -2]), SpcRuleIds.Nelson5));
    }

    [Fact]
    public void WE2_leaving_point_exactly_at_two_sigma_was_never_counted()
    {
        SpcEvaluation up = SpcRules.Evaluate(Chart([2, 0, 2.5, 2.5]), SpcRuleSets.WesternElectric);
        SpcSignal s = Assert.Single(up.Signals, s => s.RuleId == SpcRuleIds.WesternElectric2);
        Assert.Equal(3, s.Index);
        Assert.Equal(1, s.StartIndex);
        SpcEvaluation down = SpcRules.Evaluate(Chart([-2, 0, -2.5, -2.5]), SpcRuleSets.WesternElectric);
        Assert.Equal([3], Indices(down, SpcRuleIds.WesternElectric2));
    }

    [Fact]
    public void N7_fifteen_points_within_one_sigma_and_a_point_exactly_at_sigma()
    {
        Assert.Equal([14], Indices(NelsonAgreesWithNaive([.. Enumerable.Repeat(0.5, 15)]), SpcRuleIds.Nelson7));
        Assert.Empty(Indices(NelsonAgreesWithNaive([.. Enumerable.Repeat(0.5, 14), 1.0]), SpcRuleIds.Nelson7));
        Assert.Empty(Indices(NelsonAgreesWithNaive([-1.0, .. Enumerable.Repeat(-0.5, 14)]), SpcRuleIds.Nelson7));
    }

    [Fact]
    public void N8_eight_points_beyond_one_sigma_and_a_point_exactly_at_sigma()
    {
        Assert.Equal([7], Indices(NelsonAgreesWithNaive([1.5, -1.5, 1.5, -1.5, 1.5, -1.5, 1.5, -1.5]), SpcRuleIds.Nelson8));
        Assert.Empty(Indices(NelsonAgreesWithNaive([1.5, -1.5, 1.5, -1, 1.5, -1.5, 1.5, -1.5]), SpcRuleIds.Nelson8));
    }

    [Fact]
    public void Signals_are_ordered_by_index_then_rule_across_rule_passes()
    {
        // 0…13 alternate ±0.5 (N4 at 13, 14); 13…19 rise (N3 at 18, 19); 0…19 stay within 1σ (N7 at 14…19);
        // 20…24 sit at 1.5 (N6: 4 of 5 beyond 1σ at 23, 24). Later rules signal at smaller indices than earlier ones.
        double[] x =
        [
            0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5,
            -0.4, -0.3, -0.2, -0.1, 0.0, 0.1,
            1.5, 1.5, 1.5, 1.5, 1.5,
        ];
        SpcEvaluation e = NelsonAgreesWithNaive(x);
        Assert.Contains(e.Signals, s => s.RuleId == SpcRuleIds.Nelson3 && s.Index == 18);
        Assert.Contains(e.Signals, s => s.RuleId == SpcRuleIds.Nelson4 && s.Index == 13);
        Assert.Contains(e.Signals, s => s.RuleId == SpcRuleIds.Nelson6 && s.Index == 23);
        Assert.Contains(e.Signals, s => s.RuleId == SpcRuleIds.Nelson7 && s.Index == 14);
        for (int i = 1; i < e.Signals.Length; i++)
        {
            Assert.True(e.Signals[i - 1].Index <= e.Signals[i].Index, $"signal {i} is out of index order");
        }
    }

    // ---- NHS trend start indices ----

    [Fact]
    public void Nhs_trend_flags_every_point_of_the_pattern_from_its_start()
    {
        // Default NHS trend length 7: 8 rising points; points 0…6 flagged with start 0, then point 7 extends it (start 0).
        SpcEvaluation e = SpcRules.Evaluate(Chart([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]), SpcRuleSets.Nhs);
        SpcSignal[] trend = [.. e.Signals.Where(s => s.RuleId == SpcRuleIds.NhsTrend)];
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], trend.Select(s => s.Index));
        Assert.All(trend, s => Assert.Equal(0, s.StartIndex));
        Assert.All(trend, s => Assert.Equal(SignalSide.Increasing, s.Side));
    }

    // ---- floored lower limit ----

    [Fact]
    public void Floored_lower_limit_flags_points_below_zero()
    {
        // Centre 2, sigma 1: computed lower limit −1, floored at 0. −0.5 is above −1 but below the floor.
        SpcEvaluation e = SpcRules.Evaluate(Chart([2, -0.5, 2], centre: 2, floored: true), SpcRuleSets.WesternElectric);
        SpcSignal s = Assert.Single(e.Signals, s => s.RuleId == SpcRuleIds.WesternElectric1);
        Assert.Equal(1, s.Index);
        Assert.Equal(SignalSide.Below, s.Side);
    }

    // ---- diagnostics of Evaluate ----

    [Theory]
    [InlineData(SpcRuleSets.WesternElectric)]
    [InlineData(SpcRuleSets.Nelson)]
    [InlineData(SpcRuleSets.Wheeler)]
    [InlineData(SpcRuleSets.Nhs)]
    public void Undefined_limits_are_reported_for_limit_rule_sets(SpcRuleSets sets)
    {
        SpcEvaluation e = SpcRules.Evaluate(OnePointBaseline([1, 2, 3]), sets);
        Diagnostic d = Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticKind.Information, d.Kind);
        Assert.Equal("SPC rules phase 0", d.Metric);
        Assert.Contains("limits are undefined", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anhoj_alone_needs_no_limits_and_no_sigma()
    {
        double[] x = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1];
        Assert.Empty(SpcRules.Evaluate(OnePointBaseline([0, .. x]), SpcRuleSets.Anhoj).Diagnostics);
        Assert.Empty(SpcRules.Evaluate(Chart(x, sigma: 0), SpcRuleSets.Anhoj).Diagnostics);
    }

    [Fact]
    public void Zero_sigma_is_warned_for_zone_rule_sets()
    {
        SpcEvaluation e = SpcRules.Evaluate(Chart([0, 0, 0], sigma: 0), SpcRuleSets.WesternElectric);
        Diagnostic d = Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, d.Kind);
        Assert.Contains("Sigma is 0", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anhoj_rule_set_reports_fewer_than_ten_useful_observations()
    {
        double[] nine = [1, -1, 1, -1, 1, -1, 1, -1, 1];
        Diagnostic d = Assert.Single(SpcRules.Evaluate(Chart(nine), SpcRuleSets.Anhoj).Diagnostics);
        Assert.Equal(DiagnosticKind.Information, d.Kind);
        Assert.Contains("Only 9 useful observation(s)", d.Message, StringComparison.Ordinal);
        Assert.Empty(SpcRules.Evaluate(Chart([.. nine, -1]), SpcRuleSets.Anhoj).Diagnostics); // exactly 10: validated
    }

    [Fact]
    public void RunChart_reports_fewer_than_ten_useful_observations_only()
    {
        double[] ten = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1];
        Assert.Empty(RunChart.Anhoj(ten, centre: 0).Diagnostics);
        Diagnostic d = Assert.Single(RunChart.Anhoj(ten.AsSpan(0, 9), centre: 0).Diagnostics);
        Assert.Contains("Only 9 useful observation(s)", d.Message, StringComparison.Ordinal);
    }

    // ---- messages of the guards ----

    [Fact]
    public void Evaluate_undefined_rule_sets_message() =>
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("ruleSets", () => SpcRules.Evaluate(Chart([1, 2]), (SpcRuleSets)64), "ruleSets must combine defined SpcRuleSets flags", "64");

    [Fact]
    public void Evaluate_undefined_direction_message() =>
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("direction", () => SpcRules.Evaluate(Chart([1, 2]), SpcRuleSets.Nelson, (ImprovementDirection)9), "direction must be a defined ImprovementDirection", "9");

    [Fact]
    public void Interpret_undefined_side_message() =>
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("side", () => SpcRules.Interpret((SignalSide)9, ImprovementDirection.Increase), "side must be a defined SignalSide", "9");

    [Fact]
    public void Interpret_undefined_direction_message() =>
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("direction", () => SpcRules.Interpret(SignalSide.Above, (ImprovementDirection)9), "direction must be a defined ImprovementDirection", "9");

    [Fact]
    public void RunChart_non_finite_value_message() =>
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("values", () => RunChart.Anhoj([1, double.NaN]), "values[1] must be a finite number");

    [Fact]
    public void RunChart_undefined_direction_message() =>
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("direction", () => RunChart.Anhoj([1, 2], (ImprovementDirection)9), "direction must be a defined ImprovementDirection");

    [Fact]
    public void Options_nhs_run_length_message() =>
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("NhsRunLength", () => _ = new SpcRuleOptions { NhsRunLength = 5 }, "NhsRunLength must be 6 or 7", "5");

    // ---- SpcSignal ----

    [Fact]
    public void Signal_guard_messages()
    {
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("startIndex", () => _ = new SpcSignal(2, 3, "N1", SignalSide.Above, SignalInterpretation.Neutral, 0), "startIndex must lie in [0, index = 2]", "3");
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("side", () => _ = new SpcSignal(2, 1, "N1", (SignalSide)9, SignalInterpretation.Neutral, 0), "side must be a defined SignalSide", "9");
        Kpis.Flow.KpiC.Throws<ArgumentOutOfRangeException>("interpretation", () => _ = new SpcSignal(2, 1, "N1", SignalSide.Above, (SignalInterpretation)9, 0), "interpretation must be a defined SignalInterpretation", "9");
    }

    [Fact]
    public void Signal_value_equality_covers_every_field()
    {
        var a = new SpcSignal(5, 3, "N2", SignalSide.Above, SignalInterpretation.Improvement, 1);
        Assert.True(a == new SpcSignal(5, 3, "N2", SignalSide.Above, SignalInterpretation.Improvement, 1));
        Assert.False(a != new SpcSignal(5, 3, "N2", SignalSide.Above, SignalInterpretation.Improvement, 1));
        SpcSignal[] others =
        [
            new(6, 3, "N2", SignalSide.Above, SignalInterpretation.Improvement, 1),
            new(5, 4, "N2", SignalSide.Above, SignalInterpretation.Improvement, 1),
            new(5, 3, "N3", SignalSide.Above, SignalInterpretation.Improvement, 1),
            new(5, 3, "N2", SignalSide.Below, SignalInterpretation.Improvement, 1),
            new(5, 3, "N2", SignalSide.Above, SignalInterpretation.Concern, 1),
            new(5, 3, "N2", SignalSide.Above, SignalInterpretation.Improvement, 2),
        ];
        foreach (SpcSignal o in others)
        {
            Assert.False(a == o, o.ToString());
            Assert.True(a != o, o.ToString());
        }
    }

    // ---- SignalBuffer (k-way merge) ----

    [Fact]
    public void SignalBuffer_merges_more_than_64_segments_of_one_phase()
    {
        // 65 one-signal segments with descending indices 64…0: the merge must return 0…64.
        var buffer = new SignalBuffer();
        buffer.BeginPhase();
        for (int s = 0; s < 65; s++)
        {
            buffer.BeginSegment();
            buffer.Items.Add(new SpcSignal(64 - s, 64 - s, "N1", SignalSide.Above, SignalInterpretation.Neutral, 0));
        }

        ImmutableArray<SpcSignal> ordered = buffer.ToOrderedArray();
        Assert.Equal(Enumerable.Range(0, 65), ordered.Select(s => s.Index));
    }

    [Fact]
    public void HasSignals_reflects_the_signal_list()
    {
        Assert.True(SpcRules.Evaluate(Chart([0, 4]), SpcRuleSets.Nelson).HasSignals);  // 4 is beyond the limit 3
        Assert.False(SpcRules.Evaluate(Chart([0, 1]), SpcRuleSets.Nelson).HasSignals);
    }
}
