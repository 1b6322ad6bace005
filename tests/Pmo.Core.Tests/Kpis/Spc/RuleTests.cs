using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>
/// Hand-derived rule tests. Each series is <see cref="Spc.Baseline"/> (indices 0–5, limits from it alone) followed by
/// a constructed tail; the comments derive the expected indices from the zone boundaries 11.241 / 12.483 / 13.724
/// (1σ / 2σ / 3σ above the centre 10) and 8.759 / 7.517 / 6.276 below.
/// </summary>
public class RuleTests
{
    private static SpcEvaluation Eval(XmrChartResult chart, SpcRuleSets sets, ImprovementDirection direction = ImprovementDirection.Neutral, SpcRuleOptions? options = null) =>
        SpcRules.Evaluate(chart, sets, direction, options);

    [Fact]
    public void Baseline_alone_raises_no_signal()
    {
        SpcEvaluation e = Eval(XmrChart.Compute(Spc.Baseline), SpcRuleSets.All);
        Assert.Empty(e.Signals);
    }

    [Theory]
    [InlineData(SpcRuleSets.WesternElectric, SpcRuleIds.WesternElectric1)]
    [InlineData(SpcRuleSets.Nelson, SpcRuleIds.Nelson1)]
    [InlineData(SpcRuleSets.Wheeler, SpcRuleIds.Wheeler1)]
    [InlineData(SpcRuleSets.Nhs, SpcRuleIds.NhsLimit)]
    public void Rule1_point_beyond_the_limits(SpcRuleSets set, string id)
    {
        // 10.5 (zone C), 14 (> 13.724: beyond the upper limit) at index 7, 9.5. Moving ranges 0.5, 3.5, 4.5 stay below
        // URL = 3.268 × 1.4 = 4.575; no run, trend or zone pattern.
        SpcEvaluation e = Eval(Spc.Chart(10.5, 14, 9.5), set, ImprovementDirection.Decrease);
        SpcSignal s = Assert.Single(e.Signals);
        Assert.Equal((7, 7, id, SignalSide.Above, SignalInterpretation.Concern), (s.Index, s.StartIndex, s.RuleId, s.Side, s.Interpretation));
    }

    [Fact]
    public void Rule1_below_the_lower_limit_is_an_improvement_when_lower_is_better()
    {
        SpcSignal s = Assert.Single(Eval(Spc.Chart(9.5, 6, 10.5), SpcRuleSets.Nelson, ImprovementDirection.Decrease).Signals);
        Assert.Equal((7, SignalSide.Below, SignalInterpretation.Improvement), (s.Index, s.Side, s.Interpretation));
    }

    [Theory]
    [InlineData(SpcRuleSets.WesternElectric, SpcRuleIds.WesternElectric2)]
    [InlineData(SpcRuleSets.Nelson, SpcRuleIds.Nelson5)]
    [InlineData(SpcRuleSets.Wheeler, SpcRuleIds.Wheeler2)]
    public void Two_of_three_beyond_2_sigma(SpcRuleSets set, string id)
    {
        // 13 (zone A) at 6, 10.5 at 7, 13 at 8. Window 6–8 holds two points above 12.483 and point 8 is one of them:
        // signal at 8 from 6. Window 4–6 holds one; point 7 is not beyond 2σ. Nothing else: 4-of-5 beyond 1σ sees two.
        SpcSignal s = Assert.Single(Eval(Spc.Chart(13, 10.5, 13), set).Signals);
        Assert.Equal((8, 6, id, SignalSide.Above), (s.Index, s.StartIndex, s.RuleId, s.Side));
    }

    [Fact]
    public void Two_of_three_same_side_required()
    {
        // 13 above 2σ, 7 below −2σ, 13: never two on one side within three.
        Assert.Empty(Eval(Spc.Chart(13, 7, 10.5), SpcRuleSets.WesternElectric | SpcRuleSets.Nelson | SpcRuleSets.Nhs).Signals);
    }

    [Theory]
    [InlineData(SpcRuleSets.WesternElectric, SpcRuleIds.WesternElectric3)]
    [InlineData(SpcRuleSets.Nelson, SpcRuleIds.Nelson6)]
    [InlineData(SpcRuleSets.Wheeler, SpcRuleIds.Wheeler3)]
    public void Four_of_five_beyond_1_sigma(SpcRuleSets set, string id)
    {
        // 12, 12, 10.5, 12, 12 at 6–10: 12 lies in zone B (11.241–12.483). Window 6–10 has four beyond 1σ and point 10
        // is beyond: signal at 10 from 6. Window 5–9 has three. The run above is 5 long (index 5 is on the centre line).
        SpcSignal s = Assert.Single(Eval(Spc.Chart(12, 12, 10.5, 12, 12), set).Signals);
        Assert.Equal((10, 6, id, SignalSide.Above), (s.Index, s.StartIndex, s.RuleId, s.Side));
    }

    [Theory]
    [InlineData(SpcRuleSets.WesternElectric, SpcRuleIds.WesternElectric4)]
    [InlineData(SpcRuleSets.Wheeler, SpcRuleIds.Wheeler4)]
    public void Eight_successive_on_one_side(SpcRuleSets set, string id)
    {
        // Eight 10.5s at 6–13, all above the centre (index 5 = 10 is on the line and breaks the run): the eighth completes
        // the run at 13. Stratification (Nelson 7) is not in these sets; ties give no trend.
        SpcSignal s = Assert.Single(Eval(Spc.Chart(10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5), set).Signals);
        Assert.Equal((13, 6, id, SignalSide.Above), (s.Index, s.StartIndex, s.RuleId, s.Side));
    }

    [Fact]
    public void A_point_on_the_centre_line_breaks_a_run()
    {
        // 10.5 ×4, 10 (on the centre), 10.5 ×4: two runs of 4, never 8.
        Assert.Empty(Eval(Spc.Chart(10.5, 10.5, 10.5, 10.5, 10, 10.5, 10.5, 10.5, 10.5), SpcRuleSets.WesternElectric).Signals);
    }

    [Fact]
    public void Nelson2_nine_in_a_row_on_one_side()
    {
        // Nine points above the centre at 6–14 (10.5 except a 12 at 8, which breaks the within-1σ streak so Nelson 7
        // cannot reach 15): the ninth completes the run at 14. One 12 cannot make 4-of-5; ties give no trend.
        SpcEvaluation e = Eval(Spc.Chart(10.5, 10.5, 12, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5), SpcRuleSets.Nelson);
        SpcSignal s = Assert.Single(e.Signals);
        Assert.Equal((14, 6, SpcRuleIds.Nelson2), (s.Index, s.StartIndex, s.RuleId));
    }

    [Theory]
    [InlineData(new[] { 9.6, 9.8, 10.2, 10.4, 10.6, 10.8 }, SignalSide.Increasing)]
    [InlineData(new[] { 10.4, 10.2, 9.8, 9.6, 9.4, 9.2 }, SignalSide.Decreasing)]
    public void Nelson3_six_points_steadily_increasing_or_decreasing(double[] tail, SignalSide side)
    {
        // Index 5 (10) to 6 reverses direction; 6–11 move one way: five steps, six points, complete at 11 from 6.
        SpcSignal s = Assert.Single(Eval(Spc.Chart(tail), SpcRuleSets.Nelson, ImprovementDirection.Increase).Signals);
        Assert.Equal((11, 6, SpcRuleIds.Nelson3, side), (s.Index, s.StartIndex, s.RuleId, s.Side));
        Assert.Equal(side == SignalSide.Increasing ? SignalInterpretation.Improvement : SignalInterpretation.Concern, s.Interpretation);
    }

    [Fact]
    public void A_tie_breaks_a_trend()
    {
        // 9.6, 9.8, 10.2, 10.2, 10.4, 10.6, 10.8: the tie at 8–9 splits the rise into runs of 3 and 4 points.
        Assert.Empty(Eval(Spc.Chart(9.6, 9.8, 10.2, 10.2, 10.4, 10.6, 10.8), SpcRuleSets.Nelson).Signals);
    }

    [Fact]
    public void Nelson4_fourteen_points_alternating()
    {
        // Baseline steps alternate from index 2→3 (−1, +2, −1); the tail 12, 9.5, 12, … (indices 6–15) keeps
        // alternating: the 13th alternating step ends at 15, so 14 points 2–15. 12 is in zone B and 9.5 within 1σ, so
        // neither Nelson 7 nor 8 can build; sides alternate, so no run or 4-of-5.
        SpcSignal s = Assert.Single(Eval(Spc.Chart(12, 9.5, 12, 9.5, 12, 9.5, 12, 9.5, 12, 9.5), SpcRuleSets.Nelson).Signals);
        Assert.Equal((15, 2, SpcRuleIds.Nelson4, SignalSide.None), (s.Index, s.StartIndex, s.RuleId, s.Side));
    }

    [Fact]
    public void Nelson7_fifteen_points_within_1_sigma()
    {
        // All within ±1σ (1.241): the six baseline points and nine more; the 15th at 14. Ties at 10–11 and 12–13 stop the
        // alternation; the longest one-sided run is 2.
        SpcSignal s = Assert.Single(Eval(Spc.Chart(10.5, 9.5, 10.2, 9.8, 10.5, 10.5, 9.5, 9.5, 10.2), SpcRuleSets.Nelson).Signals);
        Assert.Equal((14, 0, SpcRuleIds.Nelson7, SignalSide.None, SignalInterpretation.Neutral), (s.Index, s.StartIndex, s.RuleId, s.Side, s.Interpretation));
    }

    [Fact]
    public void Nelson8_eight_points_beyond_1_sigma_either_side()
    {
        // 12 (zone B above) and 8 (zone B below) in the order A B A A B B A B at 6–13: eight beyond 1σ, complete at 13.
        // No five-window has four on one side; none beyond 2σ; the tie 12, 12 stops alternation.
        SpcSignal s = Assert.Single(Eval(Spc.Chart(12, 8, 12, 12, 8, 8, 12, 8), SpcRuleSets.Nelson).Signals);
        Assert.Equal((13, 6, SpcRuleIds.Nelson8, SignalSide.None), (s.Index, s.StartIndex, s.RuleId, s.Side));
    }

    [Fact]
    public void Wheeler_moving_range_above_the_upper_range_limit()
    {
        // URL = 3.268 × 1.4 = 4.575. 10 → 13 (3) → 8.2 (4.8 > 4.575) at index 7: WH1-MR from 6 to 7. 13 and 8.2 are within
        // the natural process limits.
        SpcSignal s = Assert.Single(Eval(Spc.Chart(13, 8.2, 10), SpcRuleSets.Wheeler).Signals);
        Assert.Equal((7, 6, SpcRuleIds.Wheeler1MovingRange, SignalSide.None), (s.Index, s.StartIndex, s.RuleId, s.Side));
    }

    [Fact]
    public void Nhs_run_flags_every_point_of_the_run()
    {
        // Eight 10.5s at 6–13: a run of 7 is complete at 12 and every point of it is flagged; 13 extends it.
        SpcEvaluation e = Eval(Spc.Chart(10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5), SpcRuleSets.Nhs, ImprovementDirection.Increase);
        Assert.Equal([6, 7, 8, 9, 10, 11, 12, 13], Spc.Indices(e, SpcRuleIds.NhsRun));
        Assert.Equal([SpcRuleIds.NhsRun], Spc.RuleIds(e));
        Assert.All(e.Signals, s => Assert.Equal(SignalInterpretation.Improvement, s.Interpretation));
    }

    [Fact]
    public void Nhs_run_of_six_option()
    {
        // Six 10.5s at 6–11: no signal with the default 7, all six flagged with the 6-point option.
        XmrChartResult chart = Spc.Chart(10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 9.5);
        Assert.Empty(Eval(chart, SpcRuleSets.Nhs).Signals);
        Assert.Equal([6, 7, 8, 9, 10, 11], Spc.Indices(Eval(chart, SpcRuleSets.Nhs, options: new SpcRuleOptions { NhsRunLength = 6 }), SpcRuleIds.NhsRun));
    }

    [Fact]
    public void Nhs_trend_of_seven_and_six_option()
    {
        // 9.4 … 10.8 at 6–12 strictly increasing (index 5 → 6 falls): 7 points, all flagged with either option.
        // With 6 the trend is complete at 11 (6–11 flagged) and 12 extends it. The run rule sees at most 4 above.
        XmrChartResult chart = Spc.Chart(9.4, 9.6, 9.8, 10.2, 10.4, 10.6, 10.8);
        int[] all = [6, 7, 8, 9, 10, 11, 12];
        Assert.Equal(all, Spc.Indices(Eval(chart, SpcRuleSets.Nhs), SpcRuleIds.NhsTrend));
        Assert.Equal(all, Spc.Indices(Eval(chart, SpcRuleSets.Nhs, options: new SpcRuleOptions { NhsTrendLength = 6 }), SpcRuleIds.NhsTrend));
        Assert.Equal([SpcRuleIds.NhsTrend], Spc.RuleIds(Eval(chart, SpcRuleSets.Nhs)));
    }

    [Fact]
    public void Nhs_two_of_three_flags_only_the_points_beyond_2_sigma()
    {
        // 13, 10.5, 13 at 6–8: all above the mean, two beyond 2σ: 6 and 8 are flagged, 7 is not.
        SpcEvaluation e = Eval(Spc.Chart(13, 10.5, 13), SpcRuleSets.Nhs);
        Assert.Equal([6, 8], Spc.Indices(e, SpcRuleIds.NhsTwoOfThree));
        Assert.Equal([SpcRuleIds.NhsTwoOfThree], Spc.RuleIds(e));
    }

    [Fact]
    public void Nhs_two_of_three_counts_a_point_beyond_the_limit()
    {
        // MDC 2023 update: 14 (beyond 3σ) and 13 (zone A) both count; 10.5 completes the same-side window.
        SpcEvaluation e = Eval(Spc.Chart(14, 13, 10.5), SpcRuleSets.Nhs);
        Assert.Equal([6, 7], Spc.Indices(e, SpcRuleIds.NhsTwoOfThree));
        Assert.Equal([6], Spc.Indices(e, SpcRuleIds.NhsLimit));
    }

    [Fact]
    public void Nhs_two_of_three_needs_all_three_on_one_side()
    {
        // 13, 13, 9.5 at 6–8: windows 4–6 and 5–7 contain index 5 (10, on the centre line) and window 6–8 ends below
        // the mean, so no window has all three points on one side.
        Assert.Empty(Spc.Indices(Eval(Spc.Chart(13, 13, 9.5), SpcRuleSets.Nhs), SpcRuleIds.NhsTwoOfThree));
    }

    [Fact]
    public void Signals_never_cross_a_phase_boundary()
    {
        // Two phases (0–7 around 1.5, 8–15 around 10.5) alternate about their own centres: no signal. As one phase the
        // centre is 6 and every point lies beyond the limits 6 ± 2.66 × 22/15.
        double[] x = [1, 2, 1, 2, 1, 2, 1, 2, 10, 11, 10, 11, 10, 11, 10, 11];
        XmrChartResult chart = XmrChart.Compute(x, new XmrOptions { PhaseStarts = [8] });
        Assert.Empty(SpcRules.Evaluate(chart, SpcRuleSets.All).Signals);
        XmrChartResult onePhase = XmrChart.Compute(x);
        Assert.NotEmpty(SpcRules.Evaluate(onePhase, SpcRuleSets.WesternElectric).Signals);
    }

    [Fact]
    public void Anhoj_rules_on_a_chart_use_the_phase_centre()
    {
        // 12 values below then 12 above the mean (0.5): longest run 12 > 8, 1 crossing < 8.
        double[] x = [.. Enumerable.Repeat(0.0, 12), .. Enumerable.Repeat(1.0, 12)];
        SpcEvaluation e = SpcRules.Evaluate(XmrChart.Compute(x), SpcRuleSets.Anhoj, ImprovementDirection.Increase);
        Assert.Equal([SpcRuleIds.AnhojCrossings, SpcRuleIds.AnhojRun], Spc.RuleIds(e));
        SpcSignal[] runs = [.. e.Signals.Where(s => s.RuleId == SpcRuleIds.AnhojRun)];
        Assert.Equal([(0, 11, SignalInterpretation.Concern), (12, 23, SignalInterpretation.Improvement)], runs.Select(s => (s.StartIndex, s.Index, s.Interpretation)));
    }

    [Theory]
    [InlineData(SignalSide.Above, ImprovementDirection.Increase, SignalInterpretation.Improvement)]
    [InlineData(SignalSide.Increasing, ImprovementDirection.Increase, SignalInterpretation.Improvement)]
    [InlineData(SignalSide.Below, ImprovementDirection.Increase, SignalInterpretation.Concern)]
    [InlineData(SignalSide.Decreasing, ImprovementDirection.Increase, SignalInterpretation.Concern)]
    [InlineData(SignalSide.Above, ImprovementDirection.Decrease, SignalInterpretation.Concern)]
    [InlineData(SignalSide.Below, ImprovementDirection.Decrease, SignalInterpretation.Improvement)]
    [InlineData(SignalSide.Decreasing, ImprovementDirection.Decrease, SignalInterpretation.Improvement)]
    [InlineData(SignalSide.Above, ImprovementDirection.Neutral, SignalInterpretation.Neutral)]
    [InlineData(SignalSide.None, ImprovementDirection.Increase, SignalInterpretation.Neutral)]
    public void Interpretation_table(SignalSide side, ImprovementDirection direction, SignalInterpretation expected) =>
        Assert.Equal(expected, SpcRules.Interpret(side, direction));
}
