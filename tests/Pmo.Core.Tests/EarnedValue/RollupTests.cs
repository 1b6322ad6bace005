using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

public class RollupTests
{
    private static readonly LocalDate Jan1 = new(2026, 1, 1);

    private static RollupInput Project(string id, LocalDate start, double[] monthlyPv, double ev, double ac, LocalDate statusDate, double mr = 0) =>
        new(id, TimePhasedBaseline.Monthly(start, monthlyPv), new ProjectStatus(statusDate, ev, ac), new BudgetStructure(mr));

    [Fact]
    public void Combine_sums_money_and_recomputes_ratios_from_the_sums()
    {
        // A: BAC 1000, PV(Mar) = 600, EV 450, AC 500 (CPI 0.9). B: BAC 400, PV(Mar) = 300, EV 300, AC 200 (CPI 1.5).
        // Programme: EV 750, AC 700, PV 900 → CPI = 750/700 = 1.0714…, not (0.9 + 1.5)/2 = 1.2.
        var status = new LocalDate(2026, 3, 31);
        var a = Project("A", Jan1, [100, 200, 300, 200, 200], 450, 500, status, mr: 50);
        var b = Project("B", Jan1, [100, 100, 100, 100], 300, 200, status, mr: 20);
        CombinedProject c = EarnedValueRollup.Combine([a, b]);
        EarnedValueAnalysis r = c.Analyze();
        Assert.Equal(1400, r.BudgetAtCompletion, 12);
        Assert.Equal(900, r.PlannedValue, 12);
        Assert.Equal(750, r.EarnedValue, 12);
        Assert.Equal(700, r.ActualCost, 12);
        Assert.Equal(750.0 / 700.0, r.CostPerformanceIndex!.Value, 14);
        Assert.Equal(750.0 / 900.0, r.SchedulePerformanceIndex!.Value, 14);
        Assert.Equal(70, r.ManagementReserve, 12);
        Assert.Equal(["A", "B"], c.MemberIds.ToArray());
        // Summed PV curve: Jan 200, Feb 500, Mar 900, Apr 1200, May 1400 → EV 750 lies in April: ES = 3 + (750 − 900)/… no:
        // 750 is between Feb (500) and Mar (900): ES = 2 + 250/400 = 2.625.
        Assert.Equal(2.625, r.Schedule.EarnedSchedule, 12);
    }

    [Fact]
    public void Combine_uses_the_union_of_period_grids()
    {
        var status = new LocalDate(2026, 1, 31);
        var monthly = Project("M", Jan1, [100, 100], 50, 50, status);
        var weekly = new RollupInput("W",
            TimePhasedBaseline.FromPeriodValues(Jan1, [new LocalDate(2026, 1, 7), new LocalDate(2026, 1, 14)], [10, 10]),
            new ProjectStatus(status, 20, 25));
        CombinedProject c = EarnedValueRollup.Combine([monthly, weekly]);
        Assert.Equal([new LocalDate(2026, 1, 7), new LocalDate(2026, 1, 14), new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28)], c.Baseline.PeriodEnds.ToArray());
        // On Jan 7 the monthly project has earned 7/31 of its January PV.
        Assert.Equal(10 + (100 * 7.0 / 31), c.Baseline.CumulativePlannedValue[0], 10);
        Assert.Equal(220, c.Baseline.BudgetAtCompletion, 12);
    }

    [Fact]
    public void Combine_of_one_project_equals_its_own_analysis()
    {
        var status = new LocalDate(2026, 3, 15);
        RollupInput p = Project("A", Jan1, [100, 200, 300, 200, 200], 450, 500, status);
        EarnedValueAnalysis own = EarnedValueAnalyzer.Analyze(p.Baseline, p.Status, p.Budget);
        EarnedValueAnalysis combined = EarnedValueRollup.Combine([p]).Analyze();
        Assert.Equal(own.PlannedValue, combined.PlannedValue);
        Assert.Equal(own.CostPerformanceIndex, combined.CostPerformanceIndex);
        Assert.Equal(own.Schedule.EarnedSchedule, combined.Schedule.EarnedSchedule);
        Assert.Equal(own.PrimaryEac.EstimateAtCompletion, combined.PrimaryEac.EstimateAtCompletion);
    }

    [Fact]
    public void Combine_keeps_history_dates_every_member_reports_and_says_what_it_left_out()
    {
        var status = new LocalDate(2026, 3, 31);
        var a = new RollupInput("A", TimePhasedBaseline.Monthly(Jan1, [100, 100, 100]),
            new ProjectStatus(new StatusPoint(status, 250, 260), [new StatusPoint(new LocalDate(2026, 1, 31), 90, 100), new StatusPoint(new LocalDate(2026, 2, 28), 170, 180)]));
        var b = new RollupInput("B", TimePhasedBaseline.Monthly(Jan1, [50, 50, 50]),
            new ProjectStatus(new StatusPoint(status, 150, 140), [new StatusPoint(new LocalDate(2026, 2, 28), 100, 95)]));
        CombinedProject c = EarnedValueRollup.Combine([a, b]);
        StatusPoint only = Assert.Single(c.Status.History);
        Assert.Equal(new LocalDate(2026, 2, 28), only.Date);
        Assert.Equal(270, only.EarnedValue, 12);
        Assert.Contains(c.Diagnostics, d => d.Metric == "History" && d.Message.StartsWith("1 history date", StringComparison.Ordinal));
    }

    [Fact]
    public void Combine_treats_a_member_not_yet_started_as_zero_before_its_start()
    {
        var status = new LocalDate(2026, 2, 28);
        var started = new RollupInput("A", TimePhasedBaseline.Monthly(Jan1, [100, 100]),
            new ProjectStatus(new StatusPoint(status, 180, 190), [new StatusPoint(new LocalDate(2026, 1, 31), 90, 100)]));
        var later = Project("L", new LocalDate(2026, 6, 1), [100], 0, 0, status);
        CombinedProject c = EarnedValueRollup.Combine([started, later]);
        Assert.Single(c.Status.History);
        Assert.Empty(c.Diagnostics);
    }

    [Fact]
    public void Combine_rejects_bad_input()
    {
        var s1 = new LocalDate(2026, 3, 31);
        var s2 = new LocalDate(2026, 4, 30);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => EarnedValueRollup.Combine(null!)).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => EarnedValueRollup.Combine([])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => EarnedValueRollup.Combine([Project("A", Jan1, [1], 0, 0, s1), Project("A", Jan1, [1], 0, 0, s1)])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => EarnedValueRollup.Combine([Project("A", Jan1, [1], 0, 0, s1), Project("B", Jan1, [1], 0, 0, s2)])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => EarnedValueRollup.Combine([null!])).ParamName);
    }

    [Fact]
    public void RollupInput_rejects_bad_input()
    {
        var b = TimePhasedBaseline.Monthly(Jan1, [1]);
        var s = new ProjectStatus(Jan1, 0, 0);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new RollupInput(" ", b, s)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new RollupInput(null!, b, s)).ParamName);
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => new RollupInput("A", null!, s)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentNullException>(() => new RollupInput("A", b, null!)).ParamName);
    }

    private static Arbitrary<(double[] Pv, double Ev, double Ac)[]> ProjectsArb() =>
        Gen.Choose(1, 6).SelectMany(count =>
            Gen.Choose(1, 12).SelectMany(periods =>
                Gen.Choose(0, 1000).Select(x => (double)x).ArrayOf(periods)
                    .Where(a => a.Sum() > 0)
                    .SelectMany(pv => Gen.Choose(0, 2000).SelectMany(ev => Gen.Choose(0, 2000).Select(ac => (pv, (double)ev, (double)ac))))
                    .ArrayOf(count))).ToArbitrary();

    [Fact]
    public void Combine_is_additive_in_PV_EV_AC_and_BAC()
    {
        Prop.ForAll(ProjectsArb(), projects =>
        {
            var status = new LocalDate(2026, 4, 15);
            var inputs = projects.Select((p, i) => Project("P" + i, Jan1.PlusMonths(i % 3), p.Pv, p.Ev, p.Ac, status)).ToList();
            EarnedValueAnalysis c = EarnedValueRollup.Combine(inputs).Analyze();
            double bac = inputs.Sum(i => i.Baseline.BudgetAtCompletion);
            double pv = inputs.Sum(i => i.Baseline.PlannedValueAt(status));
            double ev = inputs.Sum(i => i.Status.Current.EarnedValue);
            double ac = inputs.Sum(i => i.Status.Current.ActualCost);
            return Close(bac, c.BudgetAtCompletion) && Close(pv, c.PlannedValue) && Close(ev, c.EarnedValue) && Close(ac, c.ActualCost);
        }).QuickCheckThrowOnFailure();
    }

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected));
}

public class WeightedEacEdgeTests
{
    [Fact]
    public void Weighted_factor_with_w_1_is_CPI_even_when_SPI_is_undefined()
    {
        // Status before any planned work (PV = 0 → SPI undefined) but with cost and progress: CPI = 50/100 = 0.5.
        // w = 1 leaves PF = CPI, so EAC = AC + (BAC − EV)/0.5 = 100 + 950/0.5 = 2000.
        var b = TimePhasedBaseline.FromPeriodValues(new NodaTime.LocalDate(2026, 1, 1), [new NodaTime.LocalDate(2026, 1, 31), new NodaTime.LocalDate(2026, 2, 28)], [0, 1000]);
        var s = new ProjectStatus(new NodaTime.LocalDate(2026, 1, 31), 50, 100);
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(b, s, default, new EarnedValueOptions { CompositeCpiWeight = 1 });
        Assert.Null(a.SchedulePerformanceIndex);
        Assert.Equal(2000, a.Eac(EacMethod.WeightedCpiSpi)!.EstimateAtCompletion!.Value, 12);
        EarnedValueAnalysis half = EarnedValueAnalyzer.Analyze(b, s, default, new EarnedValueOptions { CompositeCpiWeight = 0.5 });
        Assert.Null(half.Eac(EacMethod.WeightedCpiSpi)!.EstimateAtCompletion);
    }
}

public class ActualFinishTests
{
    private static readonly TimePhasedBaseline TenMonths = TimePhasedBaseline.Monthly(new NodaTime.LocalDate(2026, 1, 1), Enumerable.Repeat(100.0, 10));

    [Fact]
    public void A_finished_late_project_keeps_SPI_t_at_PD_over_the_actual_duration()
    {
        // Planned 10 months, finished at the end of month 12 (2026-12-31), status date four months later.
        // ES = PD = 10, AT = 12 (to the actual finish) → SPI(t) = 10/12, whatever the status date.
        var status = new ProjectStatus(new NodaTime.LocalDate(2027, 4, 30), 1000, 1100).WithActualFinish(new NodaTime.LocalDate(2026, 12, 31));
        EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(TenMonths, status);
        Assert.Equal(12, a.Schedule.ActualTime, 12);
        Assert.Equal(10.0 / 12.0, a.Schedule.SchedulePerformanceIndex!.Value, 14);
        Assert.Contains(a.Diagnostics, d => d.Metric == "AT" && d.Kind == Pmo.Core.Common.DiagnosticKind.Information);

        // Without the actual finish the status date drives AT (16 months): SPI(t) = 10/16.
        EarnedValueAnalysis stale = EarnedValueAnalyzer.Analyze(TenMonths, new ProjectStatus(new NodaTime.LocalDate(2027, 4, 30), 1000, 1100));
        Assert.Equal(10.0 / 16.0, stale.Schedule.SchedulePerformanceIndex!.Value, 14);
    }

    [Fact]
    public void Finished_with_work_remaining_is_warned()
    {
        var status = new ProjectStatus(new NodaTime.LocalDate(2026, 10, 31), 900, 950).WithActualFinish(new NodaTime.LocalDate(2026, 10, 31));
        Assert.Contains(EarnedValueAnalyzer.Analyze(TenMonths, status).Diagnostics, d => d.Metric == "EV" && d.Kind == Pmo.Core.Common.DiagnosticKind.Warning);
    }

    [Fact]
    public void The_actual_finish_cannot_follow_the_status_date()
    {
        var status = new ProjectStatus(new NodaTime.LocalDate(2026, 10, 31), 1000, 1000);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => status.WithActualFinish(new NodaTime.LocalDate(2026, 11, 1)));
        Assert.Equal("actualFinish", e.ParamName);
        Assert.Null(status.WithActualFinish(new NodaTime.LocalDate(2026, 10, 1)).WithActualFinish(null).ActualFinish);
    }
}
