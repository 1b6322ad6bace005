using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Common;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Frameworks;

/// <summary>MoSCoW buckets and the DSDM effort check; value-versus-effort quadrants. Hand-computed examples and validation.</summary>
public class MoscowValueEffortTests
{
    [Fact]
    public void MoSCoW_orders_by_bucket_then_score_and_checks_60_percent()
    {
        // Planned effort = Must 30 + 30, Should 20, Could 20 = 100 (Won't 50 excluded). Must share 60/100 = 0.6, at the
        // DSDM guideline (not above it); Should 0.2, Could 0.2.
        MoscowResult r = new Moscow().Evaluate([
            new MoscowItem("a", MoscowPriority.Must, 30, score: 5),
            new MoscowItem("e", MoscowPriority.Wont, 50, score: 100),
            new MoscowItem("d", MoscowPriority.Could, 20),
            new MoscowItem("b", MoscowPriority.Must, 30, score: 9),
            new MoscowItem("c", MoscowPriority.Should, 20),
        ]);
        Assert.Equal(["b", "a", "c", "d", "e"], r.Sequence.ToArray());
        Assert.Equal([60.0, 20.0, 20.0, 50.0], r.EffortByPriority.ToArray());
        Assert.Equal(100, r.PlannedEffort);
        Assert.Equal(0.6, r.MustEffortShare!.Value, 12);
        Assert.Equal(0.2, r.CouldEffortShare!.Value, 12);
        Assert.False(r.ExceedsMustGuideline);
        Assert.Empty(r.Diagnostics);
        Assert.Equal(["b", "a"], r.Bucket(MoscowPriority.Must).ToArray());
    }

    [Fact]
    public void MoSCoW_warns_above_the_guideline_and_keeps_score_ties()
    {
        // Must 70 of planned 100 = 0.7 > 0.6. The two Musts share score 1: tied at rank 1 (Min policy); the Should is 3rd.
        MoscowResult r = new Moscow().Evaluate([new MoscowItem("a", MoscowPriority.Must, 35, 1), new MoscowItem("b", MoscowPriority.Must, 35, 1), new MoscowItem("c", MoscowPriority.Should, 30)]);
        Assert.True(r.ExceedsMustGuideline);
        Assert.Equal(0.7, r.MustEffortShare!.Value, 12);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Metric == "MustEffortShare");
        Assert.Equal([1.0, 1.0, 3.0], r.Ranking.Ranks.ToArray());
    }

    [Fact]
    public void MoSCoW_zero_planned_effort_is_undefined()
    {
        MoscowResult r = new Moscow().Evaluate([new MoscowItem("a", MoscowPriority.Must, 0), new MoscowItem("w", MoscowPriority.Wont, 5)]);
        Assert.Null(r.MustEffortShare);
        Assert.False(r.ExceedsMustGuideline);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined);
    }

    [Fact]
    public void MoSCoW_every_Must_precedes_every_Should_and_shares_sum_to_one() =>
        Prop.ForAll(Gen.Choose(0, 3).Zip(Gen.Choose(0, 20)).Zip(Gen.Choose(-5, 5)).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), xs =>
        {
            MoscowResult r = new Moscow().Evaluate(xs.Select((x, i) => new MoscowItem($"i{i}", (MoscowPriority)x.Item1.Item1, x.Item1.Item2, x.Item2)));
            int[] buckets = [.. r.Ranking.Order.Select(i => (int)r.Items[i].Priority)];
            bool sorted = buckets.Zip(buckets.Skip(1)).All(p => p.First <= p.Second);
            bool shares = r.MustEffortShare is null || Math.Abs(r.MustEffortShare.Value + r.ShouldEffortShare!.Value + r.CouldEffortShare!.Value - 1) <= 1e-12;
            return sorted && shares;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Quadrants_with_given_thresholds_and_ties_to_the_favourable_side()
    {
        // Thresholds value 5, effort 5: value ≥ 5 is high, effort ≤ 5 is low.
        ValueEffortResult r = new ValueEffortMatrix(QuadrantThreshold.Given(5), QuadrantThreshold.Given(5)).Classify([
            new ValueEffortItem("quick", 9, 1), new ValueEffortItem("major", 9, 9), new ValueEffortItem("fill", 1, 1),
            new ValueEffortItem("thankless", 1, 9), new ValueEffortItem("edge", 5, 5),
        ]);
        Assert.Equal(ValueEffortQuadrant.QuickWin, r.QuadrantOf("quick"));
        Assert.Equal(ValueEffortQuadrant.MajorProject, r.QuadrantOf("major"));
        Assert.Equal(ValueEffortQuadrant.FillIn, r.QuadrantOf("fill"));
        Assert.Equal(ValueEffortQuadrant.ThanklessTask, r.QuadrantOf("thankless"));
        Assert.Equal(ValueEffortQuadrant.QuickWin, r.QuadrantOf("edge"));
        Assert.Equal(["quick", "edge"], r.In(ValueEffortQuadrant.QuickWin).ToArray());
    }

    [Fact]
    public void Quadrants_with_median_and_mean_thresholds()
    {
        // Values 1, 2, 3, 10: median (2 + 3)/2 = 2.5, mean 16/4 = 4. Efforts 4, 3, 2, 1: median 2.5.
        ValueEffortItem[] items = [new("a", 1, 4), new("b", 2, 3), new("c", 3, 2), new("d", 10, 1)];
        ValueEffortResult median = new ValueEffortMatrix(QuadrantThreshold.Median, QuadrantThreshold.Median).Classify(items);
        Assert.Equal(2.5, median.ValueThreshold);
        Assert.Equal(2.5, median.EffortThreshold);
        Assert.Equal([ValueEffortQuadrant.ThanklessTask, ValueEffortQuadrant.ThanklessTask, ValueEffortQuadrant.QuickWin, ValueEffortQuadrant.QuickWin], median.Quadrants.ToArray());

        ValueEffortResult mean = new ValueEffortMatrix(QuadrantThreshold.Mean, QuadrantThreshold.Given(2)).Classify(items);
        Assert.Equal(4, mean.ValueThreshold);
        Assert.Equal([ValueEffortQuadrant.ThanklessTask, ValueEffortQuadrant.ThanklessTask, ValueEffortQuadrant.FillIn, ValueEffortQuadrant.QuickWin], mean.Quadrants.ToArray());
    }

    // ---- validation ----

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    [Fact]
    public void Moscow_item_id_blank() => Throws<ArgumentException>("id", () => _ = new MoscowItem("", MoscowPriority.Must, 1));

    [Fact]
    public void Moscow_item_priority_undefined() => Throws<ArgumentOutOfRangeException>("priority", () => _ = new MoscowItem("a", (MoscowPriority)4, 1));

    [Fact]
    public void Moscow_item_effort_negative() => Throws<ArgumentOutOfRangeException>("effort", () => _ = new MoscowItem("a", MoscowPriority.Must, -1));

    [Fact]
    public void Moscow_item_score_not_finite() => Throws<ArgumentOutOfRangeException>("score", () => _ = new MoscowItem("a", MoscowPriority.Must, 1, double.NaN));

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Moscow_guideline_outside_0_1(double g) => Throws<ArgumentOutOfRangeException>("mustEffortGuideline", () => _ = new Moscow(g));

    [Fact]
    public void Moscow_tie_policy_undefined() => Throws<ArgumentOutOfRangeException>("tiePolicy", () => _ = new Moscow(tiePolicy: (TiePolicy)8));

    [Fact]
    public void Moscow_items_empty() => Throws<ArgumentException>("items", () => new Moscow().Evaluate([]));

    [Fact]
    public void Moscow_items_repeat_an_id() => Throws<ArgumentException>("items", () => new Moscow().Evaluate([new MoscowItem("a", MoscowPriority.Must, 1), new MoscowItem("a", MoscowPriority.Could, 1)]));

    [Fact]
    public void Threshold_not_finite() => Throws<ArgumentOutOfRangeException>("value", () => QuadrantThreshold.Given(double.PositiveInfinity));

    [Fact]
    public void Matrix_value_threshold_null() => Throws<ArgumentNullException>("valueThreshold", () => _ = new ValueEffortMatrix(null!, QuadrantThreshold.Median));

    [Fact]
    public void Matrix_effort_threshold_null() => Throws<ArgumentNullException>("effortThreshold", () => _ = new ValueEffortMatrix(QuadrantThreshold.Median, null!));

    [Fact]
    public void Value_effort_item_id_blank() => Throws<ArgumentException>("id", () => _ = new ValueEffortItem(" ", 1, 1));

    [Fact]
    public void Value_effort_item_value_not_finite() => Throws<ArgumentOutOfRangeException>("value", () => _ = new ValueEffortItem("a", double.NaN, 1));

    [Fact]
    public void Value_effort_item_effort_negative() => Throws<ArgumentOutOfRangeException>("effort", () => _ = new ValueEffortItem("a", 1, -2));

    [Fact]
    public void Value_effort_items_empty() => Throws<ArgumentException>("items", () => new ValueEffortMatrix(QuadrantThreshold.Median, QuadrantThreshold.Median).Classify([]));
}
