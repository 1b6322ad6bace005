using NodaTime;
using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>
/// Mutation-killing tests for <see cref="StatusScale"/>, <see cref="StatusLevel"/>, <see cref="KpiDirection"/>,
/// <see cref="MissingDataPolicy"/>, <see cref="KpiTarget"/>, <see cref="TargetSeries"/> and <see cref="ForecastTolerance"/>.
/// </summary>
public class KpisMutationTestsAScale
{
    private static readonly StatusLevel R = StatusScale.Red;
    private static readonly StatusLevel A = StatusScale.Amber;
    private static readonly StatusLevel G = StatusScale.Green;

    // ---- StatusScale construction ----

    [Fact]
    public void Scale_blank_id_is_rejected() => KpiA.Rule<ArgumentException>("id", () => _ = new StatusScale(" ", [R, A, G]));

    [Fact]
    public void Scale_null_id_is_rejected() => KpiA.Rule<ArgumentNullException>("id", () => _ = new StatusScale(null!, [R, A, G]));

    [Fact]
    public void Scale_null_levels_is_rejected() => KpiA.Rule<ArgumentNullException>("levels", () => _ = new StatusScale("s", null!));

    [Fact]
    public void Scale_null_level_names_its_index() => KpiA.Rule<ArgumentNullException>("levels", () => _ = new StatusScale("s", [R, A, null!]), "levels[2] is null");

    [Fact]
    public void Scale_one_level_states_the_minimum() => KpiA.Rule<ArgumentException>("levels", () => _ = new StatusScale("s", [R]), "must contain at least two levels", "got 1");

    [Fact]
    public void Scale_with_exactly_two_levels_is_valid()
    {
        Assert.Equal(2, KpiA.PassFail.Count);
        Assert.Equal("fail", KpiA.PassFail.Worst.Id);
        Assert.Equal("pass", KpiA.PassFail.Best.Id);
    }

    [Fact]
    public void Scale_levels_may_be_given_in_any_order_and_are_sorted_by_rank()
    {
        var s = new StatusScale("s", [G, R, A]);
        Assert.Equal([R, A, G], [.. s.Levels]);
        Assert.Same(R, s.Worst);
        Assert.Same(G, s.Best);
    }

    [Fact]
    public void Scale_missing_rank_is_named()
    {
        // Ranks 0, 1, 3: rank 2 is missing.
        var high = new StatusLevel("blue", "Blue", "#1565C0", 3);
        KpiA.Rule<ArgumentException>("levels", () => _ = new StatusScale("s", [R, A, high]), "must have the ranks 0 … 2 exactly once each", "rank 2 is missing");
    }

    [Fact]
    public void Scale_repeated_rank_is_named()
    {
        // Ranks 0, 1, 1: at position 2 the rank is 1 < 2, so a rank is repeated.
        var amber2 = new StatusLevel("amber2", "Amber 2", "#F9A825", 1);
        KpiA.Rule<ArgumentException>("levels", () => _ = new StatusScale("s", [R, A, amber2]), "must have the ranks 0 … 2 exactly once each", "rank 2 is repeated");
    }

    [Fact]
    public void Scale_duplicate_id_is_named() =>
        KpiA.Rule<ArgumentException>("levels", () => _ = new StatusScale("s", [R, new StatusLevel("red", "Other", "#111111", 1)]), "'red' more than once", "must be unique");

    [Fact]
    public void Scale_unknown_id_lookup_names_scale_and_id()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => _ = StatusScale.Rag["blue"]);
        Assert.Contains("The status scale 'rag' has no level 'blue'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_rank_out_of_range_states_the_valid_range() =>
        KpiA.Rule<ArgumentOutOfRangeException>("rank", () => _ = StatusScale.Rag.Level(3), "rank must lie in 0 … 2", "'rag'", "got 3");

    [Fact]
    public void Scale_score_of_null_level() => KpiA.Rule<ArgumentNullException>("level", () => _ = StatusScale.Rag.Score(null!));

    [Fact]
    public void Scale_score_of_foreign_level_names_it() =>
        KpiA.Rule<ArgumentException>("level", () => _ = StatusScale.Rag.Score(StatusScale.FiveLevel["amber-red"]), "'amber-red' is not a level of the scale 'rag'");

    [Fact]
    public void Scale_equality_is_by_id_and_levels()
    {
        var rag2 = new StatusScale("rag", [R, A, G]);
        Assert.True(StatusScale.Rag.Equals(rag2));
        Assert.True(rag2.Equals((object)StatusScale.Rag));
        Assert.Equal(StatusScale.Rag.GetHashCode(), rag2.GetHashCode());
        Assert.False(StatusScale.Rag.Equals(null));
        Assert.False(StatusScale.Rag.Equals(new StatusScale("traffic", [R, A, G]))); // same levels, other id
        var amberish = new StatusLevel("amber", "Yellow", "#F9A825", 1);
        Assert.False(StatusScale.Rag.Equals(new StatusScale("rag", [R, amberish, G]))); // same id, other levels
    }

    [Fact]
    public void Scale_text_lists_labels_worst_to_best() => Assert.Equal("rag: Red < Amber < Green", StatusScale.Rag.ToString());

    // ---- StatusLevel ----

    [Fact]
    public void Level_negative_rank_states_the_rule() =>
        KpiA.Rule<ArgumentOutOfRangeException>("rank", () => _ = new StatusLevel("x", "X", "#000000", -1), "rank must be zero or positive");

    [Fact]
    public void Level_equality_compares_every_field()
    {
        var l = new StatusLevel("x", "X", "#000000", 1);
        Assert.True(l.Equals(new StatusLevel("x", "X", "#000000", 1)));
        Assert.False(l.Equals(null));
        Assert.False(l.Equals(new StatusLevel("x", "X", "#000000", 2))); // rank
        Assert.False(l.Equals(new StatusLevel("y", "X", "#000000", 1))); // id
        Assert.False(l.Equals(new StatusLevel("x", "Y", "#000000", 1))); // label
        Assert.False(l.Equals(new StatusLevel("x", "X", "#FFFFFF", 1))); // colour
    }

    // ---- KpiDirection ----

    [Fact]
    public void TargetBand_non_finite_high_is_rejected() =>
        KpiA.Rule<ArgumentOutOfRangeException>("high", () => _ = KpiDirection.TargetBand(0, double.NaN), "must be a finite number");

    [Fact]
    public void TargetBand_high_not_above_low_states_the_rule() =>
        KpiA.Rule<ArgumentException>("high", () => _ = KpiDirection.TargetBand(1, 1), "high (1) must be greater than low (1)");

    [Theory]
    [InlineData(5.0, 5.0)] // below: L − x = 10 − 5
    [InlineData(9.5, 0.5)] // below: 10 − 9.5
    [InlineData(10.0, 0.0)]
    [InlineData(15.0, 0.0)]
    [InlineData(20.0, 0.0)]
    [InlineData(21.0, 1.0)] // above: x − H = 21 − 20
    [InlineData(25.0, 5.0)] // above: 25 − 20
    public void TargetBand_badness_is_the_distance_to_the_band(double x, double expected) =>
        Assert.Equal(expected, KpiDirection.TargetBand(10, 20).Badness(x), 12);

    [Fact]
    public void Direction_badness_for_the_other_kinds()
    {
        Assert.Equal(-3.0, KpiDirection.Maximise.Badness(3));
        Assert.Equal(3.0, KpiDirection.Minimise.Badness(3));
        Assert.True(double.IsNaN(KpiDirection.Neutral.Badness(3)));
    }

    [Fact]
    public void Direction_equality_compares_kind_and_band()
    {
        Assert.True(KpiDirection.TargetBand(0, 1).Equals(KpiDirection.TargetBand(0, 1)));
        Assert.True(KpiDirection.TargetBand(0, 1).Equals((object)KpiDirection.TargetBand(0, 1)));
        Assert.Equal(KpiDirection.TargetBand(0, 1).GetHashCode(), KpiDirection.TargetBand(0, 1).GetHashCode());
        Assert.True(KpiDirection.Maximise.Equals(KpiDirection.Maximise));
        Assert.False(KpiDirection.Maximise.Equals(null));
        Assert.False(KpiDirection.Maximise.Equals(KpiDirection.Minimise)); // kind only
        Assert.False(KpiDirection.TargetBand(0, 1).Equals(KpiDirection.TargetBand(-1, 1))); // low only
        Assert.False(KpiDirection.TargetBand(0, 1).Equals(KpiDirection.TargetBand(0, 2))); // high only
    }

    [Fact]
    public void Direction_text()
    {
        Assert.Equal("TargetBand [0.5, 1]", KpiDirection.TargetBand(0.5, 1).ToString());
        Assert.Equal("Maximise", KpiDirection.Maximise.ToString());
        Assert.Equal("Neutral", KpiDirection.Neutral.ToString());
    }

    // ---- MissingDataPolicy ----

    [Fact]
    public void CarryForward_non_positive_age_states_the_rule() =>
        KpiA.Rule<ArgumentOutOfRangeException>("maxAgeDays", () => _ = MissingDataPolicy.CarryForwardLast(0), "maxAgeDays must be greater than zero", "got 0");

    [Fact]
    public void Policy_equality_compares_kind_and_age()
    {
        Assert.True(MissingDataPolicy.CarryForwardLast(3).Equals(MissingDataPolicy.CarryForwardLast(3)));
        Assert.True(MissingDataPolicy.CarryForwardLast(3).Equals((object)MissingDataPolicy.CarryForwardLast(3)));
        Assert.Equal(MissingDataPolicy.CarryForwardLast(3).GetHashCode(), MissingDataPolicy.CarryForwardLast(3).GetHashCode());
        Assert.False(MissingDataPolicy.CarryForwardLast(3).Equals(null));
        Assert.False(MissingDataPolicy.CarryForwardLast(3).Equals(MissingDataPolicy.CarryForwardLast(4))); // age only
        Assert.False(MissingDataPolicy.ReportUnknown.Equals(MissingDataPolicy.TreatAsWorst)); // kind only (both age 0)
    }

    [Fact]
    public void Policy_text()
    {
        Assert.Equal("CarryForwardLast(3 days)", MissingDataPolicy.CarryForwardLast(3).ToString());
        Assert.Equal("ReportUnknown", MissingDataPolicy.ReportUnknown.ToString());
        Assert.Equal("TreatAsWorst", MissingDataPolicy.TreatAsWorst.ToString());
    }

    // ---- KpiTarget / TargetSeries ----

    private static readonly LocalDate J1 = new(2025, 1, 1);

    [Fact]
    public void Target_equality_and_operators()
    {
        var t = new KpiTarget(J1, 0.95);
        var same = new KpiTarget(J1, 0.95);
        var otherValue = new KpiTarget(J1, 0.9);
        var otherDate = new KpiTarget(J1.PlusDays(1), 0.95);
        Assert.True(t.Equals(same));
        Assert.True(t == same);
        Assert.False(t != same);
        Assert.False(t.Equals(otherValue));
        Assert.False(t.Equals(otherDate));
        Assert.True(t != otherValue);
        Assert.True(t != otherDate);
        Assert.False(t == otherDate);
    }

    [Fact]
    public void Target_text() => Assert.Equal("0.95 from 2025-01-01", new KpiTarget(J1, 0.95).ToString());

    [Fact]
    public void Series_duplicate_effective_date_names_the_date() =>
        KpiA.Rule<ArgumentException>("targets", () => _ = new TargetSeries([new KpiTarget(J1, 1), new KpiTarget(J1.PlusDays(10), 2), new KpiTarget(J1, 3)]), "two targets effective from 2025-01-01", "must be unique");

    [Fact]
    public void Series_target_at_uses_the_latest_target_effective_on_or_before_the_date()
    {
        // Targets effective on days 0, 10, 20, 30, 40 after 2025-01-01 with values 1 … 5, given out of order.
        KpiTarget[] ts = [.. new[] { 3, 0, 4, 1, 2 }.Select(k => new KpiTarget(J1.PlusDays(10 * k), k + 1))];
        var series = new TargetSeries(ts);
        Assert.Null(series.TargetAt(J1.PlusDays(-1)));
        for (int k = 0; k < 5; k++)
        {
            Assert.Equal(k + 1.0, series.TargetAt(J1.PlusDays(10 * k))!.Value.Value); // exactly on the effective date
            Assert.Equal(k + 1.0, series.TargetAt(J1.PlusDays((10 * k) + 9))!.Value.Value); // the day before the next one
        }

        Assert.Equal(5.0, series.TargetAt(J1.PlusDays(1000))!.Value.Value);
    }

    [Fact]
    public void Series_text()
    {
        var s = new TargetSeries([new KpiTarget(J1, 0.9), new KpiTarget(new LocalDate(2025, 7, 1), 0.95)], 0.5);
        Assert.Equal("targets [0.9 from 2025-01-01, 0.95 from 2025-07-01], start 0.5", s.ToString());
        Assert.Equal("targets [], start none", TargetSeries.None.ToString());
    }

    // ---- ForecastTolerance ----

    [Fact]
    public void Forecast_tolerance_trend_points_below_two_states_the_rule() =>
        KpiA.Rule<ArgumentException>("trendPoints", () => _ = new ForecastTolerance(30, 1), "trendPoints must be at least 2", "got 1");

    [Fact]
    public void Forecast_tolerance_equality()
    {
        var f = new ForecastTolerance(30, 3);
        Assert.True(f.Equals(new ForecastTolerance(30, 3)));
        Assert.True(f.Equals((object)new ForecastTolerance(30)));
        Assert.Equal(f.GetHashCode(), new ForecastTolerance(30, 3).GetHashCode());
        Assert.False(f.Equals(null));
        Assert.False(f.Equals(new ForecastTolerance(31, 3)));
        Assert.False(f.Equals(new ForecastTolerance(30, 4)));
    }
}
