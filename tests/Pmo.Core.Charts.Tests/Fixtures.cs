using NodaTime;
using Pmo.Core.EarnedValue;
using Pmo.Core.Kpis.Spc;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;
using Pmo.Core.Resources;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Charts.Tests;

/// <summary>Small hand-made inputs; every count a test asserts is visible here.</summary>
internal static class Fixtures
{
    internal static readonly LocalDate Start = new(2026, 1, 1);

    /// <summary>Five monthly periods, PV 100, 150, 200, 250, 300 → cumulative 100, 250, 450, 700, 1000 (BAC 1000).</summary>
    internal static TimePhasedBaseline Baseline() => TimePhasedBaseline.Monthly(Start, [100, 150, 200, 250, 300]);

    /// <summary>Three status points at the ends of January, February and March.</summary>
    internal static Pmo.Core.EarnedValue.ProjectStatus Status() => new(
        new StatusPoint(new LocalDate(2026, 3, 31), 400, 480),
        [new StatusPoint(new LocalDate(2026, 1, 31), 90, 100), new StatusPoint(new LocalDate(2026, 2, 28), 230, 270)]);

    /// <summary>Ten values with a shift after index 6; Western Electric rule 1 flags 30 (beyond the UNPL of the first 6).</summary>
    internal static readonly double[] XmrValues = [10, 11, 9, 10, 12, 10, 30, 10, 11, 9];

    internal static XmrChartResult Xmr() => XmrChart.Compute(XmrValues);

    /// <summary>3 × 3 matrix (Simple3x3) with scores p × i.</summary>
    internal static RiskMatrix Matrix() => RiskMatrixPresets.Simple3x3();

    /// <summary>Risks: R1 at (P3, I3), R2 and R3 at (P1, I2), R4 closed at (P2, I2), R5 unplaced.</summary>
    internal static RiskRegister Register() => new(
    [
        Threat("R1", 0.9, 90_000),
        Threat("R2", 0.1, 50_000),
        Threat("R3", 0.2, 40_000),
        new RiskEntry("R4", "Risk R4", RiskKind.Threat, RiskAssessment.Create(0.5, 50_000), Start, status: RiskStatus.Closed),
        new RiskEntry("R5", "Risk R5", RiskKind.Threat, RiskAssessment.Create(0.5, scheduleImpact: 5), Start),
    ]);

    internal static RiskEntry Threat(string id, double p, double cost) =>
        new(id, "Risk " + id, RiskKind.Threat, RiskAssessment.Create(p, cost), Start);

    internal static SimulationModel SimulationModel()
    {
        ActivityNetwork net = ActivityNetwork.Create([new Activity("A", 10), new Activity("B", 20)], [new ActivityLink("A", "B")]);
        return Pmo.Core.Risk.Simulation.SimulationModel.Create(
            net,
            [new ActivityUncertainty("A", new TriangularDistribution(8, 10, 15)), new ActivityUncertainty("B", new TriangularDistribution(18, 20, 30))],
            [new RiskEvent("E1", 0.5, [new RiskEventImpact("A", new TriangularDistribution(2, 3, 4))]), new RiskEvent("E2", 0.3, [new RiskEventImpact("B", new TriangularDistribution(1, 2, 3))])]);
    }

    internal static DecisionMatrix Decision() => DecisionMatrix.FromRows(
        ["Alpha", "Beta", "Gamma"],
        [Criterion.Benefit("value"), new Criterion("cost", CriterionDirection.Cost)],
        [[10, 5], [6, 2], [8, 8]]);

    internal static SelectionProblem Selection() => SelectionProblem.Create(
        [new SelectionCandidate("A", 10), new SelectionCandidate("B", 7), new SelectionCandidate("C", 5)],
        [ResourceRow.SinglePeriod("budget", 10, [new("A", 6), new("B", 4), new("C", 3)])]);

    internal static WorkingCalendar Calendar() => new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

    /// <summary>dev (1 person) and qa (0.5 FTE) and ops (no capacity) over Jan–Feb 2027; dev Jan is over-allocated, ops Jan undefined.</summary>
    internal static CapacityReport Capacity()
    {
        var plan = new CapacityPlan(
            PlanningPeriods.Monthly(new YearMonth(2027, 1), 2),
            Calendar(),
            [new Role("dev", "Developers"), new Role("qa", "Testers"), new Role("ops", "Operations")],
            [new Person("a", "dev")],
            [new RolePool("qa", 0.5)]);
        var demand = new PortfolioDemand(
            plan,
            [new ResourceProject("P1"), new ResourceProject("P2", Pmo.Core.Resources.CommitmentStatus.Proposed)],
            [new DemandEntry("P1", "dev", 0, 150), new DemandEntry("P2", "dev", 0, 80), new DemandEntry("P1", "dev", 1, 48), new DemandEntry("P1", "qa", 0, 21), new DemandEntry("P1", "qa", 1, 36), new DemandEntry("P1", "ops", 0, 8)]);
        return CapacityAnalysis.Analyze(plan, demand);
    }
}

/// <summary>A scorer for the tests: probability level 1 + ⌊3P⌋ (max 3), impact level 1 + ⌊cost / 40,000⌋ (max 3); no cost → unplaced.</summary>
internal sealed class GridScorer : IRiskScorer
{
    public RiskScore Score(RiskAssessment assessment, RiskKind kind)
    {
        if (assessment.Impact(RiskDimensions.Cost) is not { } cost)
        {
            return new RiskScore(null, null, null, null);
        }

        int p = Math.Min(3, 1 + (int)Math.Floor(assessment.Probability * 3));
        int i = Math.Min(3, 1 + (int)Math.Floor(cost / 40_000));
        return new RiskScore(p * i, null, p, i);
    }
}
