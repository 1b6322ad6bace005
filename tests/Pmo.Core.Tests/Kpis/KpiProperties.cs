using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>Random band sets: strictly increasing thresholds on a grid of 0.01 and random inclusive flags at each cut.</summary>
public sealed record BandScenario(double[] Cuts, bool[] LowerSideIncludes, int[] Levels, double[] Probes)
{
    public BandSet Build(StatusScale scale)
    {
        var bands = new List<ToleranceBand>();
        for (int i = 0; i <= Cuts.Length; i++)
        {
            double lo = i == 0 ? double.NegativeInfinity : Cuts[i - 1];
            double hi = i == Cuts.Length ? double.PositiveInfinity : Cuts[i];
            bool loInc = i > 0 && !LowerSideIncludes[i - 1];
            bool hiInc = i < Cuts.Length && LowerSideIncludes[i];
            bands.Add(new ToleranceBand(lo, loInc, hi, hiInc, scale.Level(Levels[i])));
        }

        return new BandSet(scale, bands);
    }

    public override string ToString() =>
        $"cuts=[{string.Join(", ", Cuts)}], lowerIncl=[{string.Join(", ", LowerSideIncludes)}], levels=[{string.Join(", ", Levels)}]";
}

/// <summary>Projects with numerator/denominator components and weights.</summary>
public sealed record RatioScenario(double[] Numerators, double[] Denominators, double[] Values)
{
    public override string ToString() => $"N=[{string.Join(", ", Numerators)}], D=[{string.Join(", ", Denominators)}]";
}

/// <summary>Composite weights and a presence mask.</summary>
public sealed record CompositeScenario(double[] Weights, bool[] Present, double[] Scores);

public static class KpiArbitraries
{
    private static readonly Gen<double> Money = Gen.Choose(0, 1_000_000).Select(i => i / 100.0);

    public static Arbitrary<BandScenario> Bands() => Arb.From(
        from n in Gen.Choose(0, 6)
        from cuts in Gen.ArrayOf(Gen.Choose(-500, 500), n).Select(a => a.Distinct().Order().Select(i => i / 100.0).ToArray())
        from incl in Gen.ArrayOf(Gen.Elements(true, false), cuts.Length)
        from levels in Gen.ArrayOf(Gen.Choose(0, 2), cuts.Length + 1)
        from probes in Gen.ArrayOf(Gen.Frequency((2, Gen.Choose(-600, 600).Select(i => i / 100.0)), (1, cuts.Length == 0 ? Gen.Constant(0.0) : Gen.Elements(cuts))), 16)
        select new BandScenario(cuts, incl, levels, probes));

    public static Arbitrary<RatioScenario> Ratios() => Arb.From(
        from n in Gen.Choose(1, 12)
        from num in Gen.ArrayOf(Money, n)
        from den in Gen.ArrayOf(Money, n)
        from values in Gen.ArrayOf(Gen.Choose(-10_000, 10_000).Select(i => i / 100.0), n)
        select new RatioScenario(num, den, values));

    public static Arbitrary<CompositeScenario> Composites() => Arb.From(
        from n in Gen.Choose(1, 8)
        from w in Gen.ArrayOf(Gen.Choose(1, 1_000).Select(i => i / 10.0), n)
        from p in Gen.ArrayOf(Gen.Elements(true, true, false), n)
        from s in Gen.ArrayOf(Gen.Choose(0, 1_000).Select(i => i / 1_000.0), n)
        select new CompositeScenario(w, p, s));
}

/// <summary>Layer 2 FsCheck properties of the issue: partition, monotonicity, ratio of sums, weighted mean, re-normalisation.</summary>
[Properties(Arbitrary = new[] { typeof(KpiArbitraries) }, MaxTest = 300)]
public class KpiProperties
{
    private static readonly LocalDate D = new(2025, 1, 31);

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"{expected:R} vs {actual:R}");

    [Property]
    public void Bands_partition_the_line_every_value_gets_exactly_one_status(BandScenario s)
    {
        BandSet set = s.Build(StatusScale.Rag);
        foreach (double x in s.Probes.Concat(s.Cuts).Concat(s.Cuts.Select(c => Math.BitDecrement(c))).Concat(s.Cuts.Select(c => Math.BitIncrement(c))))
        {
            int containing = set.Bands.Count(b => b.Contains(x));
            Assert.True(containing == 1, $"{x:R} lies in {containing} bands");
            Assert.Equal(set.Bands.Single(b => b.Contains(x)).Level, set.Classify(x));
        }
    }

    [Property]
    public void Batch_classification_equals_scalar(BandScenario s)
    {
        BandSet set = s.Build(StatusScale.Rag);
        double[] x = [.. s.Probes, .. s.Cuts, double.NaN, double.PositiveInfinity];
        int[] ranks = new int[x.Length];
        set.ClassifyRanks(x, ranks);
        Assert.Equal(x.Select(set.ClassifyRank), ranks);
    }

    [Property]
    public void Rejects_gaps_and_overlaps_at_a_cut(BandScenario s)
    {
        if (s.Cuts.Length == 0)
        {
            return;
        }

        // Flip one side of the first cut so both or neither include it.
        BandSet good = s.Build(StatusScale.Rag);
        ToleranceBand a = good.Bands[0];
        ToleranceBand b = good.Bands[1];
        var flipped = new ToleranceBand(b.Lower, !b.LowerInclusive, b.Upper, b.UpperInclusive || (b.Upper == b.Lower), b.Level);
        BandSetException e = Assert.Throws<BandSetException>(() => (object)new BandSet(StatusScale.Rag, [a, flipped, .. good.Bands.Skip(2)]));
        Assert.Equal(a.UpperInclusive ? BandSetProblem.Overlap : BandSetProblem.Gap, e.Problem);
    }

    [Property]
    public void Improving_a_maximise_KPI_never_worsens_its_status_with_monotone_bands(BandScenario s)
    {
        // Sort the levels to make the band set non-decreasing ("higher is better").
        var monotone = s with { Levels = [.. s.Levels.Order()] };
        var d = new KpiDefinition("k", "K", KpiDirection.Maximise, monotone.Build(StatusScale.Rag));
        Assert.True(d.Bands!.IsNonDecreasing);
        double[] xs = [.. s.Probes.Concat(s.Cuts).Order()];
        for (int i = 1; i < xs.Length; i++)
        {
            int before = KpiEvaluator.EvaluateValue(d, "P", xs[i - 1], D).Status!.Rank;
            int after = KpiEvaluator.EvaluateValue(d, "P", xs[i], D).Status!.Rank;
            Assert.True(after >= before, $"{xs[i - 1]} → {xs[i]}: rank {before} → {after}");
        }
    }

    [Property]
    public void Ratio_of_sums_equals_the_ratio_of_the_summed_components(RatioScenario s)
    {
        KpiObservation[] obs = [.. s.Numerators.Select((n, i) => KpiObservation.Ratio("cpi", $"P{i}", D, n, s.Denominators[i]))];
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.RatioOfSums, obs);
        double num = s.Numerators.Sum();
        double den = s.Denominators.Sum();
        Assert.Equal(num, a.Numerator!.Value, 6);
        Assert.Equal(den, a.Denominator!.Value, 6);
        if (den == 0)
        {
            Assert.Null(a.Value);
        }
        else
        {
            Close(num / den, a.Value!.Value);
        }

        // The same through a flat hierarchy: the root equals the direct aggregate.
        KpiRollupResult r = KpiRollup.Values(KpiLibrary.CostPerformanceIndex(), KpiHierarchy.Flat("G", obs.Select(o => o.SubjectId)), obs, D);
        if (a.Value is { } v)
        {
            Close(v, r["G"].Value!.Value);
        }
        else
        {
            Assert.Null(r["G"].Value);
        }
    }

    [Property]
    public void Weighted_mean_with_equal_weights_is_the_mean(RatioScenario s, PositiveInt w)
    {
        KpiObservation[] obs = [.. s.Values.Select((v, i) => new KpiObservation("k", $"P{i}", D, v))];
        double weighted = KpiRollup.Aggregate(AggregationRule.WeightedMean, obs, _ => w.Get).Value!.Value;
        double mean = KpiRollup.Aggregate(AggregationRule.Mean, obs).Value!.Value;
        Assert.Equal(mean, weighted, 9);
    }

    [Property]
    public void Hierarchy_roll_up_is_associative(RatioScenario s)
    {
        // Two levels (G → H1, H2 → projects) give the same root sums as the flat aggregate.
        int n = s.Values.Length;
        KpiObservation[] obs = [.. s.Values.Select((v, i) => new KpiObservation("k", $"P{i}", D, v))];
        var h = new KpiHierarchy([new("G"), new("H1", "G"), new("H2", "G"), .. Enumerable.Range(0, n).Select(i => new KpiHierarchyNode($"P{i}", i % 2 == 0 ? "H1" : "H2"))]);
        foreach (AggregationRule rule in new[] { AggregationRule.Sum, AggregationRule.Min, AggregationRule.Max, AggregationRule.Count, AggregationRule.Mean })
        {
            var d = new KpiDefinition("k", "K", KpiDirection.Neutral, null, aggregation: rule);
            double expected = KpiRollup.Aggregate(rule, obs).Value!.Value;
            Assert.Equal(expected, KpiRollup.Values(d, h, obs, D)["G"].Value!.Value, 9);
        }
    }

    [Property]
    public void Composite_renormalised_weights_sum_to_one(CompositeScenario s)
    {
        var index = new CompositeIndex("h", "H", s.Weights.Select((w, i) => new CompositeComponent($"c{i}", w)));
        CompositeResult r = index.Evaluate(s.Weights.Select((_, i) => new CompositeInput($"c{i}", s.Present[i] ? s.Scores[i] : null)));
        if (s.Present.Any(p => p))
        {
            Assert.Equal(1.0, r.Components.Sum(c => c.EffectiveWeight), 12);
            Assert.InRange(r.Score!.Value, 0, 1);
            double presentWeight = s.Weights.Where((_, i) => s.Present[i]).Sum();
            Assert.Equal(presentWeight / s.Weights.Sum(), r.Coverage, 12);
        }
        else
        {
            Assert.Null(r.Score);
        }

        Assert.All(r.Components.Where(c => c.IsMissing), c => Assert.Equal(0, c.EffectiveWeight));
    }

    [Property]
    public void Worst_wins_is_never_better_than_any_input(BandScenario s)
    {
        StatusLevel[] levels = [.. s.Levels.Select(StatusScale.Rag.Level)];
        StatusRollupResult r = StatusRollup.Combine(StatusScale.Rag, levels.Select(l => new StatusInput(l)), StatusRollupRule.WorstWins);
        Assert.Equal(levels.Min(l => l.Rank), r.Level!.Rank);
        Assert.Equal(levels.Length, r.Counts.Sum());
    }
}
