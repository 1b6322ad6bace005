using Pmo.Core.Risk.Simulation;

namespace Pmo.Core.Tests.Risk.Simulation;

/// <summary>SampleSummary.Of: the summary of values from anywhere, hand-computed on a small sample.</summary>
public sealed class SampleSummaryOfTests
{
    [Fact]
    public void Summarises_a_hand_computed_sample()
    {
        // Values 4, 1, 3, 2, 10: sorted 1 2 3 4 10; mean 20/5 = 4; squared deviations 9 4 1 0 36 = 50, s = √(50/4).
        // Nearest rank: P50 = the 3rd value (⌈0.5·5⌉ = 3) = 3, P80 = the 4th (⌈4⌉) = 4.
        // Histogram, 3 bins of width 3 over [1, 10]: [1, 4) holds 1 2 3, [4, 7) holds 4, [7, 10] holds 10.
        SampleSummary s = SampleSummary.Of([4.0, 1, 3, 2, 10]);
        Assert.Equal(5, s.Count);
        Assert.Equal(4, s.Mean);
        Assert.Equal(Math.Sqrt(50.0 / 4), s.StandardDeviation, 12);
        Assert.Equal(3, s.Percentile(0.5));
        Assert.Equal(4, s.Percentile(0.8));
        Assert.Equal(new double[] { 1, 4, 7, 10 }, s.Histogram(3).Edges.ToArray());
        Assert.Equal(new[] { 3, 1, 1 }, s.Histogram(3).Counts.ToArray());
        Assert.Equal(0.6, s.ProbabilityAtOrBelow(3));
    }

    [Fact]
    public void Linear_exclusive_percentile_outside_its_defined_range_is_a_typed_error_on_p()
    {
        // Sorted 1 2 3 4 10, n = 5: LinearExclusive (Hyndman–Fan type 6) has position h = (n + 1)p, defined for
        // 1 ≤ h ≤ n, i.e. p in [1/6, 5/6]. p = 0.5 → h = 3 → 3; p = 0.1 → h = 0.6 < 1 → undefined.
        SampleSummary s = SampleSummary.Of([4.0, 1, 3, 2, 10]);
        Assert.Equal(3, s.Percentile(0.5, Pmo.Core.Common.PercentileDefinition.LinearExclusive));
        // The ends are included: for 1 2 3 (n = 3) the range is [1/4, 3/4], exact in binary; h = 1 → 1 and h = 3 → 3.
        SampleSummary three = SampleSummary.Of([1.0, 2, 3]);
        Assert.Equal(1, three.Percentile(0.25, Pmo.Core.Common.PercentileDefinition.LinearExclusive));
        Assert.Equal(3, three.Percentile(0.75, Pmo.Core.Common.PercentileDefinition.LinearExclusive));
        Reject.Rule<ArgumentOutOfRangeException>(() => s.Percentile(0.1, Pmo.Core.Common.PercentileDefinition.LinearExclusive), "p", "outside [1/(n + 1), n/(n + 1)] for n = 5", "LinearExclusive", "undefined");
        Reject.Rule<ArgumentOutOfRangeException>(() => s.Percentile(0.95, Pmo.Core.Common.PercentileDefinition.LinearExclusive), "p", "outside [1/(n + 1), n/(n + 1)]");
        Assert.Null(Pmo.Core.Common.Percentiles.Compute([1.0, 2, 3, 4, 10], 0.1, Pmo.Core.Common.PercentileDefinition.LinearExclusive));
    }

    [Fact]
    public void Rejects_an_empty_sample() =>
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => SampleSummary.Of([])).ParamName);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Rejects_a_non_finite_value(double bad) =>
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSummary.Of([1.0, bad])).ParamName);
}
