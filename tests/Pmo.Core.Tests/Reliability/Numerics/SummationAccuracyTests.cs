using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;
using Pmo.Core.Kpis;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Reliability.Numerics;

/// <summary>
/// Issue 9 §4: roll-ups over millions of amounts stay accurate. Every expected value is the exact sum of the very
/// doubles passed in, computed by <see cref="ExactSum"/> in integer arithmetic (no floating-point addition), so it is
/// independent of the code under test. Each test also checks that the data really is hard: the naive left-to-right
/// sum misses the bound, so the test would fail without compensated summation.
/// </summary>
/// <remarks>
/// Bound: relative error ≤ 1e-14 (≈ 45 units of round-off u = 2^−53 ≈ 1.1e-16). Neumaier summation guarantees
/// |ŝ − s| ≤ 2u|s| + O(n·u²)·Σ|x|; for the non-negative series Σ|x| = s, so its error is ≈ 2u|s|. Naive summation only
/// guarantees (n − 1)·u·Σ|x|, about 1e-10 relative for a million terms, and the adversarial series reach a good part
/// of it.
/// </remarks>
public sealed class SummationAccuracyTests
{
    private const double Bound = 1e-14;

    [Fact]
    public void CompensatedSum_recovers_the_small_term_that_naive_summation_loses()
    {
        // By hand: 1e16 + 1 rounds to 1e16 (the spacing of doubles at 1e16 is 2, and ties go to even), so naively
        // 1e16 + 1 − 1e16 = 0; the exact answer is 1. Neumaier carries the lost 1 in the compensation.
        var s = default(CompensatedSum);
        s.Add(1e16);
        s.Add(1.0);
        s.Add(-1e16);
        Assert.Equal(1.0, s.Value);
        Assert.Equal(0.0, ExactSum.Naive([1e16, 1.0, -1e16]));

        // Neumaier's case where Kahan's algorithm also fails: 1 + 1e100 + 1 − 1e100 = 2.
        var t = default(CompensatedSum);
        foreach (double x in new[] { 1.0, 1e100, 1.0, -1e100 })
        {
            t.Add(x);
        }

        Assert.Equal(2.0, t.Value);
    }

    [Fact]
    public void CompensatedSum_keeps_the_naive_result_for_non_finite_terms()
    {
        var s = default(CompensatedSum);
        s.Add(1);
        s.Add(double.PositiveInfinity);
        Assert.Equal(double.PositiveInfinity, s.Value);
        var o = default(CompensatedSum);
        o.Add(double.MaxValue);
        o.Add(double.MaxValue);
        Assert.Equal(double.PositiveInfinity, o.Value);
    }

    [Theory]
    [InlineData(4_000_000, false)]
    [InlineData(4_000_000, true)]
    public void CompensatedSum_of_four_million_adversarial_amounts_is_within_the_bound(int count, bool withSigns)
    {
        double[] x = withSigns ? AdversarialMoney.Signed(count, 11) : AdversarialMoney.NonNegative(count, 12);
        var exact = new ExactSum();
        exact.AddRange(x);
        var s = default(CompensatedSum);
        foreach (double v in x)
        {
            s.Add(v);
        }

        Assert.InRange(exact.RelativeError(s.Value), 0, Bound);
        Assert.True(exact.RelativeError(ExactSum.Naive(x)) > Bound, "the data must defeat naive summation");
    }

    [Fact]
    public void WorkPackageEarning_totals_of_a_million_packages_match_the_exact_sums()
    {
        const int n = 1_000_000;
        double[] bac = AdversarialMoney.NonNegative(n, 21);
        double[] acs = AdversarialMoney.NonNegative(n, 22);
        var packages = new WorkPackage[n];
        var progress = new Dictionary<string, WorkPackageProgress>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string id = "W" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            packages[i] = new WorkPackage(id, id, bac[i], EarningTechnique.ZeroHundred);
            progress[id] = WorkPackageProgress.Complete(acs[i]);
        }

        WorkPackageEarningResult r = WorkPackageEarning.Evaluate(packages, progress, 1.0);
        var exactBac = new ExactSum();
        exactBac.AddRange(bac);
        var exactAc = new ExactSum();
        exactAc.AddRange(acs);

        // Every package is finished under 0/100, so EV = BAC package by package and the EV total is ΣBAC.
        Assert.InRange(exactBac.RelativeError(r.BudgetAtCompletion), 0, Bound);
        Assert.InRange(exactBac.RelativeError(r.EarnedValue), 0, Bound);
        Assert.InRange(exactBac.RelativeError(r.DiscreteEarnedValue), 0, Bound);
        Assert.InRange(exactAc.RelativeError(r.ActualCost), 0, Bound);
        Assert.True(exactBac.RelativeError(ExactSum.Naive(bac)) > Bound);
    }

    [Fact]
    public void WbsRollup_root_of_a_million_leaves_matches_the_exact_sums()
    {
        const int n = 1_000_000;
        double[] ev = AdversarialMoney.NonNegative(n, 31);
        double[] ac = AdversarialMoney.NonNegative(n, 32);
        double[] pv1 = AdversarialMoney.NonNegative(n, 33);
        var elements = new WbsElement[n + 1];
        elements[0] = new WbsElement("root", null, [], 0, 0);
        for (int i = 0; i < n; i++)
        {
            // Two PV periods: pv1[i] then ev[i], so the root's BAC is Σpv1 + Σev.
            elements[i + 1] = new WbsElement("L" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "root", [pv1[i], ev[i]], ev[i], ac[i]);
        }

        // The root has no PV periods of its own: WbsRollup takes the grid from the leaves.
        WbsRollupResult r = WbsRollup.Compute(elements, 1.0);
        WbsNodeResult root = r["root"];
        var exactEv = new ExactSum();
        exactEv.AddRange(ev);
        var exactAc = new ExactSum();
        exactAc.AddRange(ac);
        var exactPv1 = new ExactSum();
        exactPv1.AddRange(pv1);
        var exactBac = new ExactSum();
        exactBac.AddRange(pv1);
        exactBac.AddRange(ev);
        Assert.InRange(exactEv.RelativeError(root.EarnedValue), 0, Bound);
        Assert.InRange(exactAc.RelativeError(root.ActualCost), 0, Bound);
        Assert.InRange(exactPv1.RelativeError(root.PlannedValue), 0, Bound);
        Assert.InRange(exactBac.RelativeError(root.BudgetAtCompletion), 0, Bound);
        Assert.True(exactEv.RelativeError(ExactSum.Naive(ev)) > Bound);
    }

    [Fact]
    public void EarnedValueRollup_of_fifty_thousand_projects_matches_the_exact_sums()
    {
        const int n = 50_000;
        double[] bac = AdversarialMoney.NonNegative(n, 41);
        double[] ac = AdversarialMoney.NonNegative(n, 42);
        var start = new LocalDate(2026, 1, 1);
        LocalDate[] ends = [new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28)];
        LocalDate status = new(2026, 2, 28);
        var members = new RollupInput[n];
        for (int i = 0; i < n; i++)
        {
            // Cumulative PV: BAC/2 then BAC (halving is exact); the project is complete, so EV = BAC.
            TimePhasedBaseline b = TimePhasedBaseline.FromCumulativeValues(start, ends, [bac[i] / 2, bac[i]]);
            members[i] = new RollupInput("P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), b, new ProjectStatus(status, bac[i], ac[i]), new BudgetStructure(ac[i]));
        }

        CombinedProject c = EarnedValueRollup.Combine(members);
        var exactBac = new ExactSum();
        exactBac.AddRange(bac);
        var exactAc = new ExactSum();
        exactAc.AddRange(ac);
        Assert.InRange(exactBac.RelativeError(c.Status.Current.EarnedValue), 0, Bound);
        Assert.InRange(exactAc.RelativeError(c.Status.Current.ActualCost), 0, Bound);
        Assert.InRange(exactAc.RelativeError(c.Budget.ManagementReserve), 0, Bound);
        Assert.InRange(exactBac.RelativeError(c.Baseline.BudgetAtCompletion), 0, Bound);
        Assert.True(exactBac.RelativeError(ExactSum.Naive(bac)) > Bound);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void KpiRollup_sum_of_two_million_observations_matches_the_exact_sum(bool withSigns)
    {
        const int n = 2_000_000;
        double[] x = withSigns ? AdversarialMoney.Signed(n, 51) : AdversarialMoney.NonNegative(n, 52);
        var day = new LocalDate(2026, 3, 31);
        var obs = new KpiObservation[n];
        for (int i = 0; i < n; i++)
        {
            obs[i] = new KpiObservation("cost", "s", day, x[i], numerator: x[i], denominator: 1);
        }

        var exact = new ExactSum();
        exact.AddRange(x);
        KpiAggregate sum = KpiRollup.Aggregate(AggregationRule.Sum, obs);
        KpiAggregate ratio = KpiRollup.Aggregate(AggregationRule.RatioOfSums, obs);
        KpiAggregate mean = KpiRollup.Aggregate(AggregationRule.Mean, obs);
        Assert.InRange(exact.RelativeError(sum.Value!.Value), 0, Bound);
        Assert.InRange(exact.RelativeError(ratio.Numerator!.Value), 0, Bound);

        // Mean = Σx / n: one more rounding (n = 2e6 is exact), so compare with the exact sum divided by n.
        Assert.InRange(exact.RelativeError(mean.Value!.Value * n), 0, Bound);
        Assert.True(exact.RelativeError(ExactSum.Naive(x)) > Bound);
    }

    [Fact]
    public void ExposureRollup_of_two_hundred_thousand_risks_matches_the_exact_sums()
    {
        const int n = 200_000;
        double[] cost = AdversarialMoney.NonNegative(n, 61);
        var day = new LocalDate(2026, 1, 5);
        var risks = new RiskEntry[n];
        var threats = new ExactSum();
        var opportunities = new ExactSum();
        for (int i = 0; i < n; i++)
        {
            // Probability 1, so EMV = 1 · cost exactly; every third risk is an opportunity (counted negative).
            RiskKind kind = i % 3 == 1 ? RiskKind.Opportunity : RiskKind.Threat;
            risks[i] = new RiskEntry("R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "t", kind, RiskAssessment.Create(1.0, costImpact: cost[i]), day, category: (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture));
            (kind == RiskKind.Threat ? threats : opportunities).Add(kind == RiskKind.Threat ? cost[i] : -cost[i]);
        }

        var register = new RiskRegister(risks);
        ExposureBreakdown b = ExposureRollup.By(register, RiskGrouping.Category);
        Assert.InRange(threats.RelativeError(b.Total.ThreatMoney), 0, Bound);
        Assert.InRange(opportunities.RelativeError(b.Total.OpportunityMoney), 0, Bound);
        double[] threatAmounts = [.. cost.Where((_, i) => i % 3 != 1)];
        Assert.True(threats.RelativeError(ExactSum.Naive(threatAmounts)) > Bound);
    }
}
