using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Methods;

/// <summary>Gates: knock-out screening before scoring, failures with values, the all-failed outcome and validation.</summary>
public class GateTests
{
    private static DecisionMatrix Projects() => DecisionMatrix.FromRows(
        ["p1", "p2", "p3", "p4"],
        [Criterion.Benefit("fit", 1, 5), Criterion.Cost("risk", 1, 5), Criterion.Benefit("compliant", 0, 1)],
        [[4.0, 2, 1], [2, 4, 1], [5, 5, 0], [3, 3, 1]]);

    [Fact]
    public void Failing_alternatives_are_removed_and_explained()
    {
        GateResult r = Gates.Apply(Projects(), [Gate.AtLeast("fit", 3), Gate.AtMost("risk", 4), new Gate("compliant", GateComparison.Equal, 1)]);

        // p1 (4, 2, 1) passes; p2 fails fit (2 < 3); p3 fails risk (5 > 4) and compliant (0); p4 (3, 3, 1) passes.
        Assert.Equal(["p1", "p4"], r.PassingAlternatives.ToArray());
        Assert.Equal([0, 3], r.PassingIndices.ToArray());
        Assert.False(r.AllFailed);
        Assert.Equal(["p1", "p4"], r.Passed!.Alternatives.ToArray());
        Assert.Equal(2, r.Failures.Length);
        GateFailure p2 = r.Failures[0];
        Assert.Equal("p2", p2.Alternative);
        Assert.Equal(1, p2.Index);
        Assert.Equal("fit ≥ 3", Assert.Single(p2.Violations).Gate.Name);
        Assert.Equal(2, p2.Violations[0].Value);
        GateFailure p3 = r.Failures[1];
        Assert.Equal(["risk ≤ 4", "compliant = 1"], p3.Violations.Select(v => v.Gate.Name).ToArray());
        Assert.Equal([5.0, 0], p3.Violations.Select(v => v.Value!.Value).ToArray());

        // The passing matrix is scored as usual.
        Assert.Equal("p1", new WeightedSum(NormalizationMethod.FixedBounds).Evaluate(r.Passed, CriteriaWeights.Equal(3)).Best);
    }

    [Theory]
    [InlineData(GateComparison.Greater, 3.0, new[] { "p1", "p3" })]
    [InlineData(GateComparison.Less, 3.0, new[] { "p2" })]
    [InlineData(GateComparison.GreaterOrEqual, 3.0, new[] { "p1", "p3", "p4" })]
    [InlineData(GateComparison.LessOrEqual, 3.0, new[] { "p2", "p4" })]
    [InlineData(GateComparison.Equal, 3.0, new[] { "p4" })]
    public void Each_comparison_is_applied_as_named(GateComparison comparison, double threshold, string[] expected) =>
        Assert.Equal(expected, Gates.Apply(Projects(), [new Gate("fit", comparison, threshold)]).PassingAlternatives.ToArray());

    [Fact]
    public void Predicate_gates_are_named_and_report_no_value()
    {
        Gate balanced = Gate.Where("fit at least risk", (m, i) => m[i, 0] >= m[i, 1]);
        GateResult r = Gates.Apply(Projects(), [balanced]);
        Assert.Equal(["p1", "p3", "p4"], r.PassingAlternatives.ToArray());
        GateViolation v = Assert.Single(Assert.Single(r.Failures).Violations);
        Assert.Null(v.Value);
        Assert.Equal("fit at least risk", v.ToString());
        Assert.Null(balanced.CriterionId);
    }

    [Fact]
    public void All_failing_is_a_typed_outcome_not_an_empty_matrix()
    {
        GateResult r = Gates.Apply(Projects(), [Gate.AtLeast("fit", 6 - 0.5)]);
        Assert.True(r.AllFailed);
        Assert.Null(r.Passed);
        Assert.Empty(r.PassingAlternatives);
        Assert.Equal(4, r.Failures.Length);
    }

    [Fact]
    public void No_gate_passes_everything()
    {
        GateResult r = Gates.Apply(Projects(), []);
        Assert.Same(r.Screened, r.Passed);
        Assert.Empty(r.Failures);
    }

    [Fact]
    public void Unknown_criterion_is_rejected() =>
        Assert.Equal("gates", Assert.Throws<ArgumentException>(() => Gates.Apply(Projects(), [Gate.AtLeast("npv", 1)])).ParamName);

    [Fact]
    public void Null_gate_is_rejected() =>
        Assert.Equal("gates", Assert.Throws<ArgumentNullException>(() => Gates.Apply(Projects(), [null!])).ParamName);

    [Fact]
    public void Non_finite_threshold_is_rejected() =>
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => Gate.AtMost("risk", double.NaN)).ParamName);

    [Fact]
    public void Undefined_comparison_is_rejected() =>
        Assert.Equal("comparison", Assert.Throws<ArgumentOutOfRangeException>(() => new Gate("risk", (GateComparison)9, 1)).ParamName);

    [Fact]
    public void Blank_criterion_or_name_and_null_predicate_are_rejected()
    {
        Assert.Equal("criterionId", Assert.Throws<ArgumentException>(() => Gate.AtLeast(" ", 1)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Gate.Where("", (_, _) => true)).ParamName);
        Assert.Equal("predicate", Assert.Throws<ArgumentNullException>(() => Gate.Where("x", null!)).ParamName);
    }
}
