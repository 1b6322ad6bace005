using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Frameworks;

/// <summary>RICE and ICE: hand-computed examples, properties, one test per validation rule.</summary>
public class RiceIceTests
{
    [Fact]
    public void RICE_hand_computed_on_Intercom_scales()
    {
        // Scales from McBride (2016), Inside Intercom: impact 3/2/1/0.5/0.25, confidence 100/80/50 %. The three items are
        // our own (we could not retrieve the article's worked projects verbatim), computed by hand:
        // p1: 450 · 3 · 1.0 / 2 = 675;  p2: 2000 · 1 · 0.8 / 4 = 400;  p3: 800 · 2 · 0.5 / 1 = 800.
        PriorityScores r = new Rice(RiceScales.Intercom).Evaluate([new RiceItem("p1", 450, 3, 1.0, 2), new RiceItem("p2", 2000, 1, 0.8, 4), new RiceItem("p3", 800, 2, 0.5, 1)]);
        Assert.Equal(675, r.ScoreOf("p1"), 12);
        Assert.Equal(400, r.ScoreOf("p2"), 12);
        Assert.Equal(800, r.ScoreOf("p3"), 12);
        Assert.Equal(["p3", "p1", "p2"], r.Sequence.ToArray());
        Assert.Equal("RICE (Intercom scales)", r.Method);
    }

    [Theory]
    [InlineData(1e200, 1e200, 1e-100, 1.0)] // reach · impact = 1e400 overflows; · 1e-100 = 1e300
    [InlineData(1e200, 1e200, 1.0, 1e100)] // 1e400 / 1e100 = 1e300
    [InlineData(1e300, 1e10, 0.5, 1e20)] // 1e310 · 0.5 / 1e20 = 5e289
    public void RICE_finite_score_is_returned_when_only_an_intermediate_product_overflows(double r, double m, double c, double e)
    {
        // Regression (issue 9): r · m · c / e evaluated left to right overflowed to ∞ and was reported as an overflow
        // although the score is finite. Expected: the decimal exponents add up (200 + 200 − 100 − 0 = 300, etc.); the
        // product of the decimal mantissas is 1 (or 0.5), so the score is 1e300 (5e289) within a few ulps.
        double expected = r == 1e300 ? 5e289 : 1e300;
        double[] s = new double[1];
        Rice.Compute([r], [m], [c], [e], s);
        Assert.Equal(expected, s[0], expected * 1e-15);
        Assert.Equal(expected, new Rice().Evaluate([new RiceItem("a", r, m, c, e)]).ScoreOf("a"), expected * 1e-15);
    }

    [Fact]
    public void RICE_batch_kernel()
    {
        double[] s = new double[2];
        Rice.Compute([100, 0], [0.25, 3], [0.5, 1], [0.5, 1], s);
        Assert.Equal([25.0, 0.0], s); // 100 · 0.25 · 0.5 / 0.5 = 25; reach 0 → 0.
    }

    [Fact]
    public void ICE_product_and_mean()
    {
        // a: 8 · 6 · 3 = 144, (8 + 6 + 3) / 3 = 17/3;  b: 6 · 8 · 9 = 432, (6 + 8 + 9) / 3 = 23/3;  c: 10 · 1 · 10 = 100, 7.
        IceItem[] items = [new("a", 8, 6, 3), new("b", 6, 8, 9), new("c", 10, 1, 10)];
        PriorityScores p = new Ice().Evaluate(items);
        PriorityScores m = new Ice(IceAggregation.Mean).Evaluate(items);
        Assert.Equal([144.0, 432.0, 100.0], p.Scores.ToArray());
        Assert.Equal(17.0 / 3, m.ScoreOf("a"), 12);
        Assert.Equal(23.0 / 3, m.ScoreOf("b"), 12);
        Assert.Equal(7.0, m.ScoreOf("c"), 12);

        // The aggregation changes the order of a and c: product ranks a (144) above c (100); mean ranks c (7) above a (5.67).
        Assert.Equal(["b", "a", "c"], p.Sequence.ToArray());
        Assert.Equal(["b", "c", "a"], m.Sequence.ToArray());
    }

    private static readonly Gen<(int R, int I, int C, int E)> RiceGen =
        from r in Gen.Choose(0, 10_000)
        from i in Gen.Choose(0, 12)
        from c in Gen.Choose(0, 100)
        from e in Gen.Choose(1, 200)
        select (r, i, c, e);

    [Fact]
    public void RICE_is_monotone_in_each_input() =>
        Prop.ForAll(RiceGen.ToArbitrary(), x =>
        {
            static double S(double r, double i, double c, double e) => new Rice().Evaluate([new RiceItem("a", r, i / 4.0, c / 100.0, e / 2.0)]).Scores[0];
            double s = S(x.R, x.I, x.C, x.E);
            return S(x.R + 1, x.I, x.C, x.E) >= s && S(x.R, x.I + 1, x.C, x.E) >= s && S(x.R, x.I, Math.Min(100, x.C + 1), x.E) >= s && S(x.R, x.I, x.C, x.E + 1) <= s
                && Math.Abs(s - (x.R * (x.I / 4.0) * (x.C / 100.0) / (x.E / 2.0))) <= 1e-9 * Math.Max(1, s);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void ICE_mean_lies_between_the_smallest_and_largest_rating_and_product_is_at_most_1000() =>
        Prop.ForAll(Gen.Choose(1, 10).Three().ToArbitrary(), t =>
        {
            (int i, int c, int e) = t;
            double mean = new Ice(IceAggregation.Mean).Evaluate([new IceItem("a", i, c, e)]).Scores[0];
            double product = new Ice().Evaluate([new IceItem("a", i, c, e)]).Scores[0];
            return mean >= Math.Min(i, Math.Min(c, e)) && mean <= Math.Max(i, Math.Max(c, e)) && product >= 1 && product <= 1000 && product == i * c * e;
        }).QuickCheckThrowOnFailure();

    // ---- validation ----

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    [Fact]
    public void Rice_id_blank() => Throws<ArgumentException>("id", () => _ = new RiceItem("", 1, 1, 1, 1));

    [Fact]
    public void Rice_reach_negative() => Throws<ArgumentOutOfRangeException>("reach", () => _ = new RiceItem("a", -1, 1, 1, 1));

    [Fact]
    public void Rice_impact_not_finite() => Throws<ArgumentOutOfRangeException>("impact", () => _ = new RiceItem("a", 1, double.NaN, 1, 1));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(80)] // a percentage where a fraction is expected
    public void Rice_confidence_outside_0_1(double c) => Throws<ArgumentOutOfRangeException>("confidence", () => _ = new RiceItem("a", 1, 1, c, 1));

    [Theory]
    [InlineData(0)]
    [InlineData(double.PositiveInfinity)]
    public void Rice_effort_not_positive_finite(double e) => Throws<ArgumentOutOfRangeException>("effort", () => _ = new RiceItem("a", 1, 1, 1, e));

    [Fact]
    public void Rice_scales_undefined() => Throws<ArgumentOutOfRangeException>("scales", () => _ = new Rice((RiceScales)5));

    [Fact]
    public void Rice_tie_policy_undefined() => Throws<ArgumentOutOfRangeException>("tiePolicy", () => _ = new Rice(tiePolicy: (TiePolicy)5));

    [Fact]
    public void Rice_Intercom_impact_off_scale() => Throws<ArgumentOutOfRangeException>("items", () => new Rice(RiceScales.Intercom).Evaluate([new RiceItem("a", 1, 1.5, 1, 1)]));

    [Fact]
    public void Rice_Intercom_confidence_off_scale() => Throws<ArgumentOutOfRangeException>("items", () => new Rice(RiceScales.Intercom).Evaluate([new RiceItem("a", 1, 1, 0.9, 1)]));

    [Fact]
    public void Rice_items_empty() => Throws<ArgumentException>("items", () => new Rice().Evaluate([]));

    [Fact]
    public void Rice_items_null() => Throws<ArgumentNullException>("items", () => new Rice().Evaluate(null!));

    [Fact]
    public void Rice_items_repeat_an_id() => Throws<ArgumentException>("items", () => new Rice().Evaluate([new RiceItem("a", 1, 1, 1, 1), new RiceItem("a", 1, 1, 1, 1)]));

    [Fact]
    public void Rice_batch_length_mismatch() => Throws<ArgumentException>("scores", () => Rice.Compute([1], [1], [1], [1], new double[2]));

    [Fact]
    public void Rice_batch_confidence_above_one() => Throws<ArgumentOutOfRangeException>("confidence", () => Rice.Compute([1], [1], [1.5], [1], new double[1]));

    [Fact]
    public void Rice_batch_effort_zero() => Throws<ArgumentOutOfRangeException>("effort", () => Rice.Compute([1], [1], [1], [0], new double[1]));

    [Fact]
    public void Ice_id_blank() => Throws<ArgumentException>("id", () => _ = new IceItem(" ", 1, 1, 1));

    [Theory]
    [InlineData(0.5)]
    [InlineData(11)]
    [InlineData(double.NaN)]
    public void Ice_impact_outside_1_10(double v) => Throws<ArgumentOutOfRangeException>("impact", () => _ = new IceItem("a", v, 1, 1));

    [Fact]
    public void Ice_confidence_outside_1_10() => Throws<ArgumentOutOfRangeException>("confidence", () => _ = new IceItem("a", 1, 0, 1));

    [Fact]
    public void Ice_ease_outside_1_10() => Throws<ArgumentOutOfRangeException>("ease", () => _ = new IceItem("a", 1, 1, 10.5));

    [Fact]
    public void Ice_aggregation_undefined() => Throws<ArgumentOutOfRangeException>("aggregation", () => _ = new Ice((IceAggregation)3));

    [Fact]
    public void Ice_tie_policy_undefined() => Throws<ArgumentOutOfRangeException>("tiePolicy", () => _ = new Ice(tiePolicy: (TiePolicy)9));

    [Fact]
    public void Ice_items_empty() => Throws<ArgumentException>("items", () => new Ice().Evaluate([]));
}
