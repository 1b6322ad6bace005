using NodaTime;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>Layer 2: re-baselining history, budget structure and diagnostics (hand-checked).</summary>
public class BaselineHistoryTests
{
    [Fact]
    public void Rebaselining_changes_budget_and_finish()
    {
        // v1: 3 months × 100 (BAC 300, finish 31 March 2025); v2: 4 months × 100 (BAC 400, finish 30 April):
        // BudgetChange = 100, PlannedFinishChangeDays = 30.
        var v1 = new BaselineVersion(1, new LocalDate(2024, 12, 1), "Initial", Ev.Monthly(100, 100, 100));
        var v2 = new BaselineVersion(2, new LocalDate(2025, 2, 1), "Scope change", Ev.Monthly(100, 100, 100, 100));
        var h = new BaselineHistory([v1, v2]);
        Assert.True(h.IsRebaselined);
        Assert.Same(v1, h.Original);
        Assert.Same(v2, h.Current);
        Assert.Equal(100, h.BudgetChange);
        Assert.Equal(30, h.PlannedFinishChangeDays);
        Assert.Equal(2, v2.Version);
        Assert.Equal("Scope change", v2.Reason);
        Assert.Equal(new LocalDate(2025, 2, 1), v2.ApprovedOn);
        Assert.False(new BaselineHistory([v1]).IsRebaselined);
    }

    [Fact]
    public void Budget_structure()
    {
        // CBB = BAC + MR = 1 000 + 100; TAB = CBB + OTB = 1 150.
        var b = new BudgetStructure(100, 50);
        Assert.Equal(1_100, b.ContractBudgetBase(1_000));
        Assert.Equal(1_150, b.TotalAllocatedBudget(1_000));
        Assert.Equal(new BudgetStructure(100, 50), b);
        Assert.True(b == new BudgetStructure(100, 50));
        Assert.True(b != default);
        Assert.Equal(0, default(BudgetStructure).TotalAllocatedBudget(0));
    }

    [Fact]
    public void Status_point_and_diagnostic_value_semantics()
    {
        var p = new StatusPoint(Ev.Start, 1, 2);
        Assert.Equal(new StatusPoint(Ev.Start, 1, 2), p);
        Assert.True(p == new StatusPoint(Ev.Start, 1, 2));
        Assert.True(p != new StatusPoint(Ev.Start, 1, 3));
        Assert.Equal("2025-01-01: EV=1, AC=2", p.ToString());

        var d = new Common.Diagnostic(Common.DiagnosticKind.Warning, "EV", "text");
        Assert.Equal(new Common.Diagnostic(Common.DiagnosticKind.Warning, "EV", "text"), d);
        Assert.Equal("Warning: EV: text", d.ToString());
    }
}
