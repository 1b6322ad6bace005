using NodaTime;
using Pmo.Core.Resources;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using Pmo.Core.Scheduling.Leveling;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Issue 9 §1 (helper B): one minimal regression per bug the hostile suite found in Scheduling, Resources, Risk and Prioritization.</summary>
public sealed class BRegressionTests
{
    [Fact]
    public void Rcpsp_duration_sum_overflow_is_rejected_before_the_cpm_adds_durations()
    {
        // Was: OverflowException (checked int addition es + duration) before the horizon guard ran.
        ArgumentException e = Assert.Throws<ArgumentException>(() => new RcpspProblem([new RcpspJob("A", int.MaxValue, [0], ["B"]), new RcpspJob("B", 2, [0], [])], [1]));
        Assert.Equal("jobs", e.ParamName);
    }

    [Fact]
    public void Cpm_project_duration_overflow_is_rejected()
    {
        // Was: ProjectDuration = +∞ for two chained 1e308 activities.
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 1e308), new Activity("B", 1e308)], [new ActivityLink("A", "B")]);
        Assert.Equal("network", Assert.Throws<ArgumentOutOfRangeException>(() => CriticalPath.Analyze(net)).ParamName);
    }

    [Fact]
    public void Cpm_total_cost_overflow_is_rejected()
    {
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 1, fixedCost: 1e308), new Activity("B", 1, fixedCost: 1e308)], []);
        Assert.Equal("network", Assert.Throws<ArgumentOutOfRangeException>(() => CriticalPath.Analyze(net)).ParamName);
    }

    [Fact]
    public void Leveling_work_overflow_is_rejected()
    {
        // Was: a profile with Work = +∞ (the known case: activity work 1e308).
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 1e308), new Activity("B", 1e308)], []);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ResourceLeveler.Level(net, [new ResourceRequirement("A", "R", 2), new ResourceRequirement("B", "R", 2)], [new ResourceCapacity("R", 3)]));
        Assert.Equal("requirements", e.ParamName);
    }

    [Fact]
    public void Three_point_estimate_variance_overflow_is_rejected() =>
        Assert.Equal("pessimistic", Assert.Throws<ArgumentOutOfRangeException>(() => new ThreePointEstimate(0, 5e299, 1e300)).ParamName);

    [Fact]
    public void Three_point_estimate_mean_overflow_is_rejected() =>
        Assert.Equal("mostLikely", Assert.Throws<ArgumentOutOfRangeException>(() => new ThreePointEstimate(0, 1e308, 1e308)).ParamName);

    [Fact]
    public void Pert_path_variance_overflow_is_rejected()
    {
        // Each variance is (6e154 / 6)² = 1e308 (finite); their sum along the chain is not.
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 1), new Activity("B", 1)], [new ActivityLink("A", "B")]);
        var est = new Dictionary<string, ThreePointEstimate> { ["A"] = new(0, 0, 6e154), ["B"] = new(0, 0, 6e154) };
        Assert.Equal("estimates", Assert.Throws<ArgumentOutOfRangeException>(() => Pert.Analyze(net, est)).ParamName);
    }

    [Fact]
    public void Monthly_periods_past_the_last_supported_date_are_rejected() =>
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => PlanningPeriods.Monthly(new YearMonth(9999, 12), 1)).ParamName);

    [Fact]
    public void Weekly_periods_past_the_last_supported_date_are_rejected() =>
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => PlanningPeriods.Weekly(LocalDate.MaxIsoValue.PlusDays(-3), 1)).ParamName);

    [Fact]
    public void Pools_people_and_absences_ending_on_the_last_supported_date_count_to_the_horizon()
    {
        // Was: OverflowException from MaxIsoValue.PlusDays(1) when a pool, person or absence ended on 9999-12-31.
        PlanningPeriods periods = PlanningPeriods.Weekly(new LocalDate(2026, 1, 5), 2);
        var cal = new WorkingCalendar(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 28));
        var open = new CapacityPlan(periods, cal, [new Role("dev")], [new Person("ann", "dev")], [new RolePool("dev", 2)]);
        var capped = new CapacityPlan(periods, cal, [new Role("dev")],
            [new Person("ann", "dev", activeTo: LocalDate.MaxIsoValue, absences: [new Absence(new LocalDate(2026, 1, 12), LocalDate.MaxIsoValue, 0.5)])],
            [new RolePool("dev", 2, to: LocalDate.MaxIsoValue)]);
        Assert.Equal(open.Capacity("dev", 0), capped.Capacity("dev", 0)); // week 1: no absence; 3 FTE × 5 days × 8 h = 120 h
        Assert.Equal(120, capped.Capacity("dev", 0));
        Assert.Equal(100, capped.Capacity("dev", 1)); // week 2: ann at half time: (2 + 0.5) × 5 × 8 = 100 h
    }

    [Fact]
    public void Sample_summary_overflowing_spread_is_rejected() =>
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSummary.Of([1034.7, -1e308])).ParamName);

    [Fact]
    public void Nearest_correlation_with_overflowing_weights_is_rejected()
    {
        // Was: FrobeniusDistance = NaN (W^½ A W^½ overflowed) for a weight of 1e308.
        var m = CorrelationMatrix.FromMatrix(["X", "Y", "Z"], new double[,] { { 1, 0.9, -0.9 }, { 0.9, 1, 0.9 }, { -0.9, 0.9, 1 } });
        Assert.False(m.IsPositiveSemiDefinite);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => NearestCorrelation.Repair(m, weights: [1, 1e308, 1])).ParamName);
    }

    [Fact]
    public void Score_formula_with_infinite_probability_is_rejected() =>
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => ScoreFormulas.Evaluate(ScoreFormula.PTimesIPlusP, double.NegativeInfinity, 70.4)).ParamName);

    [Fact]
    public void Score_formula_overflow_is_rejected() =>
        Assert.Equal("i", Assert.Throws<ArgumentOutOfRangeException>(() => ScoreFormulas.Evaluate(ScoreFormula.ProbabilityTimesImpact, 1e200, 1e200)).ParamName);

    [Fact]
    public void Triangular_distribution_with_overflowing_variance_is_rejected() =>
        // Was: Quantile(0.5) = −∞ for (1, 61, double.MaxValue).
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Triangular(1, 61, double.MaxValue)).ParamName);

    [Fact]
    public void Rice_score_overflow_is_rejected()
    {
        var scores = new double[1];
        Assert.Equal("impact", Assert.Throws<ArgumentOutOfRangeException>(() => Pmo.Core.Prioritization.Rice.Compute([2578.2], [double.MaxValue], [0.691], [0.5], scores)).ParamName);
    }

    [Fact]
    public void Wsjf_overflow_is_rejected()
    {
        var cod = new double[1];
        var wsjf = new double[1];
        Assert.Equal("jobSize", Assert.Throws<ArgumentOutOfRangeException>(() => Pmo.Core.Prioritization.Wsjf.Compute([1e308], [0], [0], [1e-10], cod, wsjf)).ParamName);
    }

    [Fact]
    public void Reciprocal_normalisation_of_a_subnormal_cost_is_rejected()
    {
        // Was: NaN in the normalised matrix (1 / 1e-310 = +∞).
        var m = Pmo.Core.Prioritization.DecisionMatrix.FromRowMajor(["a", "b"], [Pmo.Core.Prioritization.Criterion.Cost("c")], [5, 1e-310]);
        Assert.Equal("matrix", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Pmo.Core.Prioritization.Normalization.Normalize(m, Pmo.Core.Prioritization.NormalizationMethod.Max, Pmo.Core.Prioritization.CostHandling.Reciprocal)).ParamName);
    }

    [Fact]
    public void Simulation_with_an_overflowing_lag_is_rejected()
    {
        // Was: Finish.Mean = +∞ (a lag near double.MaxValue: each finish is finite, their mean overflowed).
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 1), new Activity("B", 1)], [new ActivityLink("A", "B", LinkType.FinishToStart, 1.7e308)]);
        SimulationModel model = SimulationModel.Create(net, [new ActivityUncertainty("A", Distribution.Triangular(1, 2, 3))]);
        Assert.Equal("model", Assert.Throws<ArgumentOutOfRangeException>(() => RiskSimulation.Run(model, new SimulationOptions(8, 1, maxDegreeOfParallelism: 1))).ParamName);
    }

    [Fact]
    public void Selection_with_a_subnormal_capacity_is_rejected()
    {
        // Was: GreedyBaseline.CostAggregates = +∞ (26 / 1e-310).
        var row = Pmo.Core.Prioritization.Selection.ResourceRow.SinglePeriod("budget", 1e-310, [new("p0", 26.0), new("p1", 0.0)]);
        var problem = Pmo.Core.Prioritization.Selection.SelectionProblem.Create([new("p0", 10), new("p1", 5)], [row]);
        Assert.Equal("problem", Assert.Throws<ArgumentOutOfRangeException>(() => Pmo.Core.Prioritization.Selection.PortfolioSelector.Solve(problem)).ParamName);
    }
}
