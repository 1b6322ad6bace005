using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Scheduling.Rcpsp;

/// <summary>
/// CI smoke tests of the recommended sampler on one j60 and one j120 instance (the full j60/j120 evaluation runs through
/// <c>pmo level</c>, not in CI). Oracles are published bounds, never our own results: j601_6 has the proven optimum 66
/// (PSPLIB j60lb.sm: LB = UB = 66, Klein and Scholl; Brucker and Knust); j1201_1 has the lower bound 104 (PSPLIB
/// j120lb.sm, Schutt, Feydy, Stuckey and Wallace) and the best known makespan 105 (j120hrs.sm). The upper limits are
/// regression gates (10 % above the best known), not golden values.
/// </summary>
public class LargerInstanceSmokeTests
{
    private static PsplibInstance Load(string set, string file) =>
        PsplibReader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GoldenData", "psplib", set, file)));

    [Theory]
    [InlineData("j60", "j601_6.sm", 52, 66, 66)]
    [InlineData("j120", "j1201_1.sm", 0, 104, 105)]
    public void Recommended_sampling_is_feasible_within_budget_and_never_below_the_published_bound(string set, string file, int mpm, int lowerBound, int bestKnown)
    {
        PsplibInstance instance = Load(set, file);
        Assert.Equal(instance.MpmTime, instance.Problem.CriticalPathLength);
        if (mpm > 0)
        {
            Assert.Equal(mpm, instance.MpmTime);
        }

        RcpspSamplingResult r = RcpspHeuristics.Sample(instance.Problem, RcpspSamplingOptions.Recommended(1000, 2026));
        Assert.True(r.Best.IsFeasible);
        Assert.InRange(r.SchedulesGenerated, 1, 1000);
        Assert.InRange(r.Makespan, lowerBound, (int)(bestKnown * 1.10));
    }
}
