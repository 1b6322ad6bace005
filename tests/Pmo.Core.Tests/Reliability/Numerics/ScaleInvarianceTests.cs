using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.EarnedValue;
using Pmo.Core.Finance;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Reliability.Numerics;

/// <summary>
/// Issue 9 §4: money from 1e-6 to 1e13 gives the same indices. Every property draws base data with amounts in
/// [1, 1000] and a power k ∈ [−9, 10] (so scaled amounts span 1e-9 … 1e13), multiplies every money input by 10^k and
/// compares each dimensionless result with the unscaled one.
/// </summary>
/// <remarks>
/// <b>Tolerance.</b> Scaling rounds every amount once (relative error ≤ u = 2^−53 ≈ 1.1e-16) and the computation
/// then takes a handful of further roundings, so a ratio of two scaled sums moves by a few u. The properties allow a
/// relative difference of 1e-12 (about 4,500 u): far above honest rounding, far below anything a unit or scale bug
/// would produce (an absolute tolerance or a clamp at 1 would show as 1e-6 or more). Values near zero (IRR, ES when
/// nothing is earned) use |a − b| ≤ 1e-12 · max(1, |a|). Money results (NPV, EAC) are compared after dividing by 10^k.
/// </remarks>
public sealed class ScaleInvarianceTests
{
    private const double Tol = 1e-12;

    private static readonly Gen<int> Power = Gen.Choose(-9, 10);

    private static bool Close(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= Tol * Math.Max(1, Math.Abs(a.Value));

    private static bool CloseRel(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= Tol * Math.Abs(a.Value);

    private static Config Runs => Config.QuickThrowOnFailure.WithMaxTest(150);

    [Fact]
    public void Earned_value_indices_do_not_depend_on_the_money_scale()
    {
        Gen<(int[] Pv, int EvPerMille, int Ac, int K)> cases =
            Gen.Choose(1, 1000).ArrayOf(6).SelectMany(pv =>
                Gen.Choose(1, 1000).SelectMany(ev =>
                    Gen.Choose(1, 5000).SelectMany(ac =>
                        Power.Select(k => (pv, ev, ac, k)))));
        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            EarnedValueAnalysis a = Analyze(c.Pv, c.EvPerMille, c.Ac, 1);
            double s = Math.Pow(10, c.K);
            EarnedValueAnalysis b = Analyze(c.Pv, c.EvPerMille, c.Ac, s);
            return CloseRel(a.CostPerformanceIndex, b.CostPerformanceIndex)
                && CloseRel(a.SchedulePerformanceIndex, b.SchedulePerformanceIndex)
                && CloseRel(a.CostScheduleIndex, b.CostScheduleIndex)
                && Close(a.ToCompletePerformanceIndexToBac, b.ToCompletePerformanceIndexToBac)
                && Close(a.PercentComplete, b.PercentComplete)
                && Close(a.PercentSpent, b.PercentSpent)
                && Close(a.Schedule.EarnedSchedule, b.Schedule.EarnedSchedule)
                && Close(a.CostVariancePercent, b.CostVariancePercent)
                && CloseRel(a.Eac(EacMethod.Cpi)?.EstimateAtCompletion, b.Eac(EacMethod.Cpi)?.EstimateAtCompletion / s);
        }));
    }

    private static EarnedValueAnalysis Analyze(int[] pv, int evPerMille, int ac, double s)
    {
        var start = new LocalDate(2026, 1, 1);
        TimePhasedBaseline baseline = TimePhasedBaseline.Monthly(start, pv.Select(v => v * s));
        double bac = pv.Sum() * s;

        // Status at the end of month 3 (day 90 of 2026 is 31 March), EV a share of BAC.
        var status = new ProjectStatus(new LocalDate(2026, 3, 31), bac * evPerMille / 1000, ac * s);
        return EarnedValueAnalyzer.Analyze(baseline, status, new BudgetStructure(0.1 * bac));
    }

    [Fact]
    public void Npv_scales_with_the_money_and_irr_does_not_change()
    {
        Gen<(int[] Flows, int K)> cases =
            Gen.Choose(1, 1000).ArrayOf(5).SelectMany(inflows =>
                Gen.Choose(500, 3000).SelectMany(outlay =>
                    Power.Select(k => ((int[])[-outlay, .. inflows], k))));
        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            double s = Math.Pow(10, c.K);
            var a = new CashFlowSeries(c.Flows.Select(v => (double)v));
            var b = new CashFlowSeries(c.Flows.Select(v => v * s));
            double npvA = CashFlowMetrics.NetPresentValue(a, 0.08, DiscountConvention.FirstFlowAtTimeZero);
            double npvB = CashFlowMetrics.NetPresentValue(b, 0.08, DiscountConvention.FirstFlowAtTimeZero) / s;
            IrrResult irrA = CashFlowMetrics.InternalRateOfReturn(a);
            IrrResult irrB = CashFlowMetrics.InternalRateOfReturn(b);
            double scaleOfNpv = c.Flows.Sum(v => Math.Abs((double)v));
            return Math.Abs(npvA - npvB) <= Tol * scaleOfNpv && Close(irrA.Rate, irrB.Rate);
        }));
    }

    [Fact]
    public void Exposure_shares_do_not_depend_on_the_money_scale()
    {
        Gen<(int[] Costs, int K)> cases = Gen.Choose(1, 1000).ArrayOf(12).SelectMany(costs => Power.Select(k => (costs, k)));
        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            double s = Math.Pow(10, c.K);
            ExposureBreakdown a = Exposure(c.Costs, 1);
            ExposureBreakdown b = Exposure(c.Costs, s);
            return a.Groups.Zip(b.Groups).All(g =>
                CloseRel(g.First.ThreatMoney / a.Total.ThreatMoney, g.Second.ThreatMoney / b.Total.ThreatMoney)
                && CloseRel(g.First.NetMoney, g.Second.NetMoney / s));
        }));
    }

    private static ExposureBreakdown Exposure(int[] costs, double s)
    {
        var day = new LocalDate(2026, 1, 5);
        RiskEntry[] risks = [.. costs.Select((c, i) => new RiskEntry(
            "R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "t",
            i % 4 == 3 ? RiskKind.Opportunity : RiskKind.Threat,
            RiskAssessment.Create(0.05 * (1 + (i % 19)), costImpact: c * s),
            day,
            category: (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return ExposureRollup.By(new RiskRegister(risks), RiskGrouping.Category);
    }

    [Fact]
    public void Topsis_and_weighted_sum_rankings_do_not_depend_on_the_money_scale_of_a_criterion()
    {
        Gen<(int[] Values, int K)> cases = Gen.Choose(1, 1000).ArrayOf(8 * 3).SelectMany(v => Power.Select(k => (v, k)));
        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            double s = Math.Pow(10, c.K);
            CriteriaWeights w = CriteriaWeights.Create([0.5, 0.3, 0.2]);
            bool ok = true;
            foreach (IMcdaMethod method in new IMcdaMethod[] { new Topsis(), new WeightedSum() })
            {
                McdaResult a = method.Evaluate(Matrix(c.Values, 1), w);
                McdaResult b = method.Evaluate(Matrix(c.Values, s), w);
                ok &= a.Preferences.Zip(b.Preferences).All(p => Close(p.First, p.Second));
            }

            return ok;
        }));
    }

    // Column 0 is money (a cost criterion) scaled by s; columns 1 and 2 are scores.
    private static DecisionMatrix Matrix(int[] v, double s) => DecisionMatrix.FromRowMajor(
        Enumerable.Range(0, 8).Select(i => "A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        [Criterion.Cost("price"), Criterion.Benefit("quality"), Criterion.Benefit("fit")],
        v.Select((x, i) => i % 3 == 0 ? x * s : x).ToArray());

    /// <remarks>
    /// <para>
    /// Ties: two subsets can share the optimal value (FsCheck found such cases), and rounding at another scale may
    /// pick the other one, so the property compares the selections' exact integer value and cost, not their ids.
    /// </para>
    /// <para>
    /// Range k ∈ [−9, 10] (amounts 1e-9 … 1e13), as for the other domains. Until the solver scaled objectives and rows
    /// whose magnitudes are below 1 (by powers of two, in <c>SelectionModel.Build</c>), its tolerances were absolute at
    /// small magnitudes and the range had to stop at k = −6: see
    /// <see cref="Selection_at_1e_minus_9_finds_the_optimum_enumeration_proves"/> for the case FsCheck found at k = −9.
    /// </para>
    /// </remarks>
    [Fact]
    public void Portfolio_selection_does_not_depend_on_the_money_scale()
    {
        // Integer costs and values; the budget is a half-integer, so no subset fills it exactly and rounding cannot
        // decide feasibility. Values and costs are both money and scale together.
        Gen<(int[] Costs, int[] Values, int K)> cases =
            Gen.Choose(1, 100).ArrayOf(14).SelectMany(costs =>
                Gen.Choose(1, 100).ArrayOf(14).SelectMany(values =>
                    Power.Select(k => (costs, values, k))));
        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            double s = Math.Pow(10, c.K);
            SelectionResult a = PortfolioSelector.Solve(Selection(c.Costs, c.Values, 1));
            SelectionResult b = PortfolioSelector.Solve(Selection(c.Costs, c.Values, s));
            (long valueA, long costA) = Exact(a, c.Costs, c.Values);
            (long valueB, long costB) = Exact(b, c.Costs, c.Values);
            long budget = c.Costs.Sum() / 2; // the budget is ⌊Σ/2⌋ + 0.5: an integer cost fits iff it is ≤ ⌊Σ/2⌋
            return a.Status == SelectionStatus.Optimal
                && b.Status == SelectionStatus.Optimal
                && valueA == valueB
                && costA <= budget
                && costB <= budget
                && CloseRel(a.TotalValue, b.TotalValue / s);
        }));
    }

    /// <summary>
    /// Issue 9 §4: the value unit and the money unit are independent (value may be a score, cost money), so the
    /// objective and the budget row are scaled by unrelated powers of ten, each from 1e-9 to 1e13: the selection's
    /// exact integer value is the unscaled optimum's and its exact cost fits the budget.
    /// </summary>
    [Fact]
    public void Portfolio_selection_does_not_depend_on_value_and_cost_scales_chosen_independently()
    {
        Gen<(int[] Costs, int[] Values, int Kv, int Kc)> cases =
            Gen.Choose(1, 100).ArrayOf(14).SelectMany(costs =>
                Gen.Choose(1, 100).ArrayOf(14).SelectMany(values =>
                    Power.SelectMany(kv => Power.Select(kc => (costs, values, kv, kc)))));
        Check.One(Runs, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            SelectionResult a = PortfolioSelector.Solve(Selection(c.Costs, c.Values, 1));
            SelectionResult b = PortfolioSelector.Solve(Selection(c.Costs, c.Values, Math.Pow(10, c.Kv), Math.Pow(10, c.Kc)));
            long budget = c.Costs.Sum() / 2;
            return a.Status == SelectionStatus.Optimal
                && b.Status == SelectionStatus.Optimal
                && Exact(a, c.Costs, c.Values).Value == Exact(b, c.Costs, c.Values).Value
                && Exact(b, c.Costs, c.Values).Cost <= budget;
        }));
    }

    /// <summary>
    /// Regression (issue 9 §4): FsCheck found this problem at k = −9 while the solver's tolerances were absolute below
    /// magnitude 1 — the problem scaled by 1e-9 did not reproduce the unscaled optimum. Costs (73, 97, 12, 2, 1, 91, 34,
    /// 19, 49, 28, 80, 11, 65, 16), values (76, 22, 50, 39, 64, 95, 7, 62, 45, 9, 21, 100, 49, 60), budget 289.5 (the
    /// costs sum to 579). The optimum is taken from an independent brute force over all 2^14 subsets, done here, not
    /// from the solver; the last session's enumeration gave 591, unique, with the next best 564.
    /// </summary>
    [Fact]
    public void Selection_at_1e_minus_9_finds_the_optimum_enumeration_proves()
    {
        int[] costs = [73, 97, 12, 2, 1, 91, 34, 19, 49, 28, 80, 11, 65, 16];
        int[] values = [76, 22, 50, 39, 64, 95, 7, 62, 45, 9, 21, 100, 49, 60];
        long best = -1, bestMask = -1, count = 0;
        for (int mask = 0; mask < 1 << 14; mask++)
        {
            long v = 0, c = 0;
            for (int i = 0; i < 14; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    v += values[i];
                    c += costs[i];
                }
            }

            if (c <= 289 && v >= best)
            {
                count = v == best ? count + 1 : 1;
                (best, bestMask) = (v, mask);
            }
        }

        Assert.Equal(591, best);
        Assert.Equal(1, count);
        foreach (double s in (double[])[1, 1e-6, 1e-9, 1e-12, 1e-15])
        {
            SelectionResult r = PortfolioSelector.Solve(Selection(costs, values, s));
            Assert.Equal(SelectionStatus.Optimal, r.Status);
            Assert.Equal(591L, Exact(r, costs, values).Value);
            string[] expected = [.. Enumerable.Range(0, 14).Where(i => (bestMask & (1 << i)) != 0).Select(i => "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            Assert.Equal(expected, r.SelectedIds);
            Assert.InRange(r.TotalValue!.Value / s, 591 * (1 - 1e-12), 591 * (1 + 1e-12));
            foreach (RowUsage u in r.RowUsages)
            {
                Assert.True(u.Usage[0] <= u.Capacity[0]);
            }
        }
    }

    private static (long Value, long Cost) Exact(SelectionResult r, int[] costs, int[] values)
    {
        long v = 0, c = 0;
        foreach (string id in r.SelectedIds)
        {
            int i = int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            v += values[i];
            c += costs[i];
        }

        return (v, c);
    }

    private static SelectionProblem Selection(int[] costs, int[] values, double s) => Selection(costs, values, s, s);

    private static SelectionProblem Selection(int[] costs, int[] values, double valueScale, double s)
    {
        string Id(int i) => "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var use = new Dictionary<string, double>();
        for (int i = 0; i < costs.Length; i++)
        {
            use[Id(i)] = costs[i] * s;
        }

        return SelectionProblem.Create(
            [.. values.Select((v, i) => new SelectionCandidate(Id(i), v * valueScale))],
            [ResourceRow.SinglePeriod("Budget", (Math.Floor(costs.Sum() / 2.0) + 0.5) * s, use)]);
    }
}
