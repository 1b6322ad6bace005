using Pmo.Core.Common;
using Pmo.Core.Resources;
using static Pmo.Core.Tests.Resources.CapacityPlanTests;

namespace Pmo.Core.Tests.Resources;

/// <summary>
/// Regression (hostile-suite finding in <see cref="CapacityAnalysis.Analyze"/>): a valid but tiny positive capacity
/// (a subnormal FTE or hours per day) against large demand made demand / capacity overflow to +∞ in the report
/// (utilisation, peak utilisation) or made Analyze throw an undocumented ArgumentOutOfRangeException for "hours"
/// (the excess in FTE). Such ratios are now undefined: null with an Undefined diagnostic.
/// </summary>
public class CapacityAnalysisOverflowRegressionTests
{
    [Fact]
    public void A_subnormal_capacity_gives_an_undefined_utilisation_not_infinity()
    {
        // Person FTE 1e-310 (valid: in (0, 1]): January capacity 20 d × 8 h × 1e-310 ≈ 1.6e-308 h > 0.
        // Demand 1e12 h: 1e12 / 1.6e-308 ≈ 6e319 exceeds double.MaxValue (1.8e308), so the ratio is not representable.
        var plan = new CapacityPlan(JanFeb, Calendar2027(), [new Role("dev")], [new Person("a", "dev", fte: 1e-310)]);
        var demand = new PortfolioDemand(plan, [new ResourceProject("P")], [new DemandEntry("P", "dev", 0, 1e12)]);
        CapacityReport r = CapacityAnalysis.Analyze(plan, demand);
        CapacityCell jan = r.Cell("dev", 0);
        Assert.True(jan.Capacity > 0);
        Assert.Null(jan.Utilisation);
        Assert.Null(r.TotalUtilisation(0));
        Assert.Null(r.ByDepartment()[0].Utilisation(0));
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "utilisation" && d.Message.Contains("'dev'", StringComparison.Ordinal) && d.Message.Contains("overflows", StringComparison.Ordinal));
        RoleBottleneck b = Assert.Single(r.Bottlenecks);
        Assert.True(b.PeakUtilisation is null || double.IsFinite(b.PeakUtilisation.Value));
        Assert.All(r.Cells, c => Assert.True(c.Utilisation is null || double.IsFinite(c.Utilisation.Value)));
        Assert.Equal(1e12 / 160, Assert.Single(r.OverAllocations).ExcessFte!.Value, 1e-3); // standard hours are normal: 160
    }

    [Fact]
    public void A_tiny_standard_day_gives_an_undefined_excess_fte_instead_of_an_exception()
    {
        // hoursPerDay 1e-300 (valid: in (0, 24]): January standard hours 20 × 1e-300 = 2e-299; a 1-FTE pool has the same
        // capacity. Excess ≈ 1e12 h / 2e-299 h ≈ 5e310 FTE overflows: undefined, not an ArgumentOutOfRangeException("hours").
        var plan = new CapacityPlan(JanFeb, Calendar2027(), [new Role("dev")], pools: [new RolePool("dev", 1)], hoursPerDay: 1e-300);
        var demand = new PortfolioDemand(plan, [new ResourceProject("P")], [new DemandEntry("P", "dev", 0, 1e12)]);
        CapacityReport r = CapacityAnalysis.Analyze(plan, demand);
        OverAllocation o = Assert.Single(r.OverAllocations);
        Assert.Null(o.ExcessFte);
        Assert.Null(o.Cell.Utilisation);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "excessFte" && d.Message.Contains("'dev'", StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_utilisation_is_unchanged()
    {
        // 1 FTE: 160 h in January; 120 h demand: 0.75. No capacity in February with no demand: undefined (0 / 0), no diagnostic.
        var plan = new CapacityPlan(JanFeb, Calendar2027(), [new Role("dev")], pools: [new RolePool("dev", 1, to: new NodaTime.LocalDate(2027, 1, 31))]);
        var demand = new PortfolioDemand(plan, [new ResourceProject("P")], [new DemandEntry("P", "dev", 0, 120)]);
        CapacityReport r = CapacityAnalysis.Analyze(plan, demand);
        Assert.Equal(0.75, r.Cell("dev", 0).Utilisation!.Value, 12);
        Assert.Equal(0.75, r.TotalUtilisation(0)!.Value, 12);
        Assert.Equal(0.75, r.ByDepartment()[0].Utilisation(0)!.Value, 12);
        Assert.Null(r.Cell("dev", 1).Utilisation);
        Assert.Null(r.TotalUtilisation(1));
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Scenario_average_utilisation_of_a_subnormal_capacity_is_undefined_not_infinity()
    {
        // Same plan as above (FTE 1e-310, 1e12 h demand): Σ D / Σ C overflows a double, so the role's average utilisation
        // is null like the cell's; the allocated utilisation stays defined (allocated ≤ capacity).
        var plan = new CapacityPlan(JanFeb, Calendar2027(), [new Role("dev")], [new Person("a", "dev", fte: 1e-310)]);
        var demand = new PortfolioDemand(plan, [new ResourceProject("P")], [new DemandEntry("P", "dev", 0, 1e12)]);
        CapacityScenarioComparison c = CapacityScenarios.Compare(plan, demand, ["P"], []);
        RoleUtilisation dev = Assert.Single(c.Baseline.Roles);
        Assert.True(dev.CapacityHours > 0);
        Assert.Null(dev.AverageUtilisation);
        Assert.True(dev.AllocatedUtilisation is double a && a >= 0 && a <= 1);
    }
}
