using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>Shared assertion: a typed exception whose ParamName is set and whose message states the rule.</summary>
/// <summary>
/// Behaviour of <see cref="EarnedValueRollup"/> and <see cref="WbsRollup"/> not yet pinned by the roll-up tests:
/// compensated (Neumaier 1974) sums, the history-date rules, undefined ratios and the validation messages.
/// </summary>
public class RollupMutationTests
{
    private static readonly LocalDate Jan1 = new(2026, 1, 1);

    // ---------------------------------------------------------------- EarnedValueRollup

    [Fact]
    public void Combine_sums_the_planned_value_curve_with_compensation()
    {
        // One project of BAC 1e16 and fifty of BAC 1, all one month from 1 January. Exact sum 1e16 + 50, which is a
        // double (the spacing of doubles at 1e16 is 2). A plain running sum stays at 1e16: each 1e16 + 1 is a tie and
        // rounds to the even neighbour 1e16. The documented compensated sum keeps the fifty units.
        var status = new LocalDate(2026, 1, 31);
        var members = new List<RollupInput> { new("big", TimePhasedBaseline.Monthly(Jan1, [1e16]), new ProjectStatus(status, 0, 0)) };
        for (int i = 0; i < 50; i++)
        {
            members.Add(new RollupInput("small" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), TimePhasedBaseline.Monthly(Jan1, [1]), new ProjectStatus(status, 0, 0)));
        }

        CombinedProject c = EarnedValueRollup.Combine(members);
        Assert.Equal(1e16 + 50, c.Baseline.BudgetAtCompletion, 1e16 * 4e-16); // within 2 ulps of the exact sum
        Assert.True(c.Baseline.BudgetAtCompletion > 1e16 + 40);
    }

    [Fact]
    public void Combine_sums_over_target_amounts_and_the_actual_cost_of_history_points()
    {
        // OTA 30 + 12 = 42; MR 50 + 20 = 70. History on 28 February: AC 180 + 95 = 275, EV 170 + 100 = 270.
        var status = new LocalDate(2026, 3, 31);
        var a = new RollupInput("A", TimePhasedBaseline.Monthly(Jan1, [100, 100, 100]),
            new ProjectStatus(new StatusPoint(status, 250, 260), [new StatusPoint(new LocalDate(2026, 2, 28), 170, 180)]), new BudgetStructure(50, 30));
        var b = new RollupInput("B", TimePhasedBaseline.Monthly(Jan1, [50, 50, 50]),
            new ProjectStatus(new StatusPoint(status, 150, 140), [new StatusPoint(new LocalDate(2026, 2, 28), 100, 95)]), new BudgetStructure(20, 12));
        CombinedProject c = EarnedValueRollup.Combine([a, b]);
        Assert.Equal(42, c.Budget.OverTargetAmount, 12);
        Assert.Equal(70, c.Budget.ManagementReserve, 12);
        StatusPoint h = Assert.Single(c.Status.History);
        Assert.Equal(275, h.ActualCost, 12);
        Assert.Equal(270, h.EarnedValue, 12);
        Assert.Empty(c.Diagnostics);
    }

    [Fact]
    public void A_member_counts_as_zero_only_before_both_its_first_point_and_its_start()
    {
        // A starts 1 January, reports 31 January and 30 April. L starts 1 June but already booked a cost on 31 March.
        // 31 Jan: L has no point, and the date is before its first point (31 Mar) and its start (1 Jun) → counts 0.
        // 31 Mar: A did not report and A has started (and reported before) → the date is left out.
        // 30 Apr: L did not report; the date is after L's first point → left out, although L has not started.
        var status = new LocalDate(2026, 8, 31);
        var a = new RollupInput("A", TimePhasedBaseline.Monthly(Jan1, Enumerable.Repeat(100.0, 8)),
            new ProjectStatus(new StatusPoint(status, 700, 760), [new StatusPoint(new LocalDate(2026, 1, 31), 90, 100), new StatusPoint(new LocalDate(2026, 4, 30), 350, 380)]));
        var late = new RollupInput("L", TimePhasedBaseline.Monthly(new LocalDate(2026, 6, 1), [100, 100, 100]),
            new ProjectStatus(new StatusPoint(status, 150, 170), [new StatusPoint(new LocalDate(2026, 3, 31), 0, 5)]));
        CombinedProject c = EarnedValueRollup.Combine([a, late]);
        StatusPoint only = Assert.Single(c.Status.History);
        Assert.Equal(new LocalDate(2026, 1, 31), only.Date);
        Assert.Equal(90, only.EarnedValue, 12);
        Assert.Equal(100, only.ActualCost, 12);
        Diagnostic d = Assert.Single(c.Diagnostics);
        Assert.Equal("History", d.Metric);
        Assert.StartsWith("2 history date(s)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_on_a_members_start_day_is_not_before_its_start()
    {
        // L starts on 1 February and has no history; A reports on 1 February. The rule counts a member as 0 only on
        // dates strictly before its baseline start, so 1 February is left out of the combined history.
        var status = new LocalDate(2026, 3, 31);
        var a = new RollupInput("A", TimePhasedBaseline.Monthly(Jan1, [100, 100, 100]),
            new ProjectStatus(new StatusPoint(status, 250, 260), [new StatusPoint(new LocalDate(2026, 2, 1), 100, 105)]));
        var late = new RollupInput("L", TimePhasedBaseline.Monthly(new LocalDate(2026, 2, 1), [100, 100]), new ProjectStatus(status, 60, 70));
        CombinedProject c = EarnedValueRollup.Combine([a, late]);
        Assert.Empty(c.Status.History);
        Assert.Contains(c.Diagnostics, d => d.Metric == "History" && d.Message.StartsWith("1 history date(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Combine_messages_state_the_rule()
    {
        var s1 = new LocalDate(2026, 3, 31);
        var s2 = new LocalDate(2026, 4, 30);
        RollupInput P(string id, LocalDate s) => new(id, TimePhasedBaseline.Monthly(Jan1, [1]), new ProjectStatus(s, 0, 0));
        Ev.Rule<ArgumentException>(() => EarnedValueRollup.Combine([]), "members", "must contain at least one project");
        Ev.Rule<ArgumentNullException>(() => EarnedValueRollup.Combine([P("A", s1), null!]), "members", "members[1] is null");
        Ev.Rule<ArgumentException>(() => EarnedValueRollup.Combine([P("A", s1), P("A", s1)]), "members", "'A' more than once", "must be unique");
        Ev.Rule<ArgumentException>(() => EarnedValueRollup.Combine([P("A", s1), P("B", s2)]), "members", "must share one status date", "2026-03-31", "2026-04-30");
    }

    // ---------------------------------------------------------------- WbsRollup

    private static string Id(int i) => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Wbs_sums_are_compensated_at_every_level_and_every_period()
    {
        // Summary S (input position 1, the only root) carries its own PV 1e16 in period 1, EV 1e16 and AC 1e16; fifty
        // children (positions 0 and 2..50) carry PV 1 in period 1, EV 1 and AC 1. Five periods, so each cumulative
        // curve has six points (0 and five period ends): S's summed curve is 0, then 1e16 + 50 at every period end.
        // Exact sums 1e16 + 50 are doubles; a plain running sum would stay at 1e16 (every 1e16 + 1 is a tie that
        // rounds to the even 1e16). The docs promise compensated sums within a few units of round-off.
        var wbs = new List<WbsElement> { new(Id(0), "S", [1, 0, 0, 0, 0], 1, 1), new("S", null, [1e16, 0, 0, 0, 0], 1e16, 1e16) };
        for (int i = 1; i < 50; i++)
        {
            wbs.Add(new WbsElement(Id(i), "S", [1, 0, 0, 0, 0], 1, 1));
        }

        WbsRollupResult r = WbsRollup.Compute(wbs, actualTime: 2);
        WbsNodeResult s = r["S"];
        const double exact = 1e16 + 50;
        const double tolerance = 4; // two ulps at 1e16
        Assert.Equal(exact, s.EarnedValue, tolerance);
        Assert.Equal(exact, s.ActualCost, tolerance);
        Assert.Equal(exact, s.BudgetAtCompletion, tolerance);
        Assert.Equal(exact, s.PlannedValue, tolerance); // cumulative PV at AT = 2 (an interior curve point)

        // The children keep their own figures.
        Assert.Equal(1, r[Id(0)].BudgetAtCompletion);
        Assert.Equal(1, r[Id(0)].PlannedValue);
        Assert.Equal(1, r[Id(49)].BudgetAtCompletion);
    }

    [Fact]
    public void Wbs_curve_sums_are_compensated_when_the_large_child_comes_first()
    {
        // Summary S without values of its own; fifty children with PV 1 in period 1 and, last in the input (so summed
        // first in the bottom-up sweep), one child with PV 1e16 in period 1. Five periods. Exact S curve after period 1:
        // 1e16 + 50 (a double). Adding the ones to 1e16 one by one without compensation would give 1e16.
        var wbs = new List<WbsElement> { new("S", null, [], 0, 0) };
        for (int i = 0; i < 50; i++)
        {
            wbs.Add(new WbsElement(Id(i), "S", [1, 0, 0, 0, 0], 0, 0));
        }

        wbs.Add(new WbsElement("big", "S", [1e16, 0, 0, 0, 0], 0, 0));
        WbsNodeResult s = WbsRollup.Compute(wbs, actualTime: 2)["S"];
        Assert.Equal(1e16 + 50, s.PlannedValue, 4); // PV at AT = 2, within two ulps
        Assert.Equal(1e16 + 50, s.BudgetAtCompletion, 4);
    }

    [Fact]
    public void Wbs_without_any_planned_value_still_sums_money_and_leaves_ES_undefined()
    {
        // No element has a PV series (zero periods). R gets its child's EV 5 and AC 4; BAC = PV = 0.
        // CV = 5 − 4 = 1, SV = 5 − 0 = 5, CPI = 5/4 = 1.25, SPI undefined (PV = 0), ES undefined (BAC = 0).
        WbsRollupResult r = WbsRollup.Compute([new WbsElement("R", null, [], 0, 0), new WbsElement("A", "R", [], 5, 4)], actualTime: 1);
        WbsNodeResult root = r["R"];
        Assert.Equal(5, root.EarnedValue);
        Assert.Equal(4, root.ActualCost);
        Assert.Equal(0, root.BudgetAtCompletion);
        Assert.Equal(1, root.CostVariance);
        Assert.Equal(5, root.ScheduleVariance);
        Assert.Equal(1.25, root.CostPerformanceIndex);
        Assert.Null(root.SchedulePerformanceIndex);
        Assert.Null(root.EarnedSchedule);
        Assert.Null(root.SchedulePerformanceIndexTime);
    }

    [Fact]
    public void An_element_with_a_zero_budget_on_a_shared_grid_has_no_earned_schedule()
    {
        // Z plans nothing (PV 0, 0) beside P (PV 10, 10): Z's BAC = 0 → ES null; P: EV 10 on the curve 0, 10, 20 →
        // ES 1, SPI(t) = 1/2.
        WbsRollupResult r = WbsRollup.Compute([new WbsElement("P", null, [10, 10], 10, 12), new WbsElement("Z", null, [0, 0], 3, 0)], actualTime: 2);
        Assert.Null(r["Z"].EarnedSchedule);
        Assert.Null(r["Z"].SchedulePerformanceIndexTime);
        Assert.Null(r["Z"].CostPerformanceIndex); // AC = 0
        Assert.Equal(-2, r["P"].CostVariance); // 10 − 12
        Assert.Equal(-10, r["P"].ScheduleVariance); // EV 10 − PV(AT = 2) 20
        Assert.Equal(1, r["P"].EarnedSchedule);
        Assert.Equal(0.5, r["P"].SchedulePerformanceIndexTime);
    }

    [Fact]
    public void Ratios_whose_quotient_overflows_are_undefined()
    {
        // PV 1e−10 in the only period (AT = 1: PV = 1e−10), EV 1e300, AC 1e−10: EV/AC = EV/PV = 1e310, beyond the
        // double range → CPI and SPI are null as documented.
        WbsNodeResult n = WbsRollup.Compute([new WbsElement("X", null, [1e-10], 1e300, 1e-10)], actualTime: 1)["X"];
        Assert.Null(n.CostPerformanceIndex);
        Assert.Null(n.SchedulePerformanceIndex);

        // SPI(t) = ES / AT with ES = 1 (EV 10 of PV 10, 10) and AT = 1e−310: 1e310 overflows → null.
        WbsNodeResult t = WbsRollup.Compute([new WbsElement("T", null, [10, 10], 10, 10)], actualTime: 1e-310)["T"];
        Assert.Equal(1, t.EarnedSchedule);
        Assert.Null(t.SchedulePerformanceIndexTime);
    }

    [Fact]
    public void Wbs_messages_state_the_rule()
    {
        Ev.Rule<ArgumentException>(() => WbsRollup.Compute([new WbsElement("A", "X", [], 0, 0)], 0), "elements", "the parent 'X' of 'A' is not in the tree");
        Ev.Rule<ArgumentException>(
            () => WbsRollup.Compute([new WbsElement("A", null, [1], 0, 0), new WbsElement("B", "A", [1, 2], 0, 0)], 0),
            "elements",
            "'B' has 2 PV periods but others have 1",
            "share one period grid");
        Ev.Rule<ArgumentException>(() => _ = new WbsElement("A", "A", [], 0, 0), "parentId", "cannot be its own parent");
        KeyNotFoundException k = Assert.Throws<KeyNotFoundException>(() => WbsRollup.Compute([new WbsElement("A", null, [], 0, 0)], 0)["B"]);
        Assert.Contains("No WBS element has the id 'B'", k.Message, StringComparison.Ordinal);
    }
}

/// <summary>The length-validation messages of <see cref="EarnedValueBatch"/> and <see cref="EarnedValueBatchColumns"/>.</summary>
public class BatchMutationTests
{
    private static EarnedValueBatchColumns Columns(double[][] c) => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);

    [Fact]
    public void Length_messages_name_both_lengths_and_the_rule()
    {
        var e = Assert.Throws<ArgumentException>(() =>
        {
            double[] ok = new double[5];
            double[][] columns = [.. Enumerable.Range(0, 8).Select(_ => new double[5])];
            EarnedValueBatch.Compute(ok, ok, new double[4], ok, Columns(columns));
        });
        Assert.Equal("actualCost", e.ParamName);
        Assert.Contains("actualCost has length 4, but plannedValue has length 5", e.Message, StringComparison.Ordinal);

        var d = Assert.Throws<ArgumentException>(() =>
        {
            double[] input = new double[5];
            double[][] columns = [.. Enumerable.Range(0, 8).Select(_ => new double[4])];
            EarnedValueBatch.Compute(input, input, input, input, Columns(columns));
        });
        Assert.Equal("destination", d.ParamName);
        Assert.Contains("destination columns have length 4, shorter than the inputs (5)", d.Message, StringComparison.Ordinal);

        var c = Assert.Throws<ArgumentException>(() =>
        {
            double[][] columns = [.. Enumerable.Range(0, 8).Select(k => new double[k == 3 ? 6 : 5])];
            _ = Columns(columns);
        });
        Assert.Equal("schedulePerformanceIndex", c.ParamName);
        Assert.Contains("schedulePerformanceIndex has length 6, but every column must have the length of costVariance (5)", c.Message, StringComparison.Ordinal);
    }
}
