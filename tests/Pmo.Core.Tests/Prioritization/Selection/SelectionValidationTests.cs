using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>Layer 3: one test per validation rule, asserting the exception type and ParamName.</summary>
public class SelectionValidationTests
{
    private static readonly SelectionProblem P = SelectionProblem.Create(
        [new("A", 1), new("B", 2), new("C", 3)],
        [new ResourceRow("Budget", [10, 10], new Dictionary<string, double[]> { ["A"] = [1, 1], ["B"] = [2, 2] })]);

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    private static Dictionary<string, double[]> One(string id, params double[] a) => new() { [id] = a };

    // ---- SelectionCandidate ----
    [Fact]
    public void Candidate_id_null() => Throws<ArgumentNullException>("id", () => _ = new SelectionCandidate(null!, 1));

    [Fact]
    public void Candidate_id_blank() => Throws<ArgumentException>("id", () => _ = new SelectionCandidate(" ", 1));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Candidate_value_not_finite(double v) => Throws<ArgumentOutOfRangeException>("value", () => _ = new SelectionCandidate("A", v));

    // ---- ResourceRow ----
    [Fact]
    public void Row_name_blank() => Throws<ArgumentException>("name", () => _ = new ResourceRow("", [1], One("A", 1)));

    [Fact]
    public void Row_name_null() => Throws<ArgumentNullException>("name", () => _ = new ResourceRow(null!, [1], One("A", 1)));

    [Fact]
    public void Row_capacity_null() => Throws<ArgumentNullException>("capacity", () => _ = new ResourceRow("R", null!, One("A", 1)));

    [Fact]
    public void Row_consumption_null() => Throws<ArgumentNullException>("consumption", () => _ = new ResourceRow("R", [1], null!));

    [Fact]
    public void Row_capacity_empty() => Throws<ArgumentException>("capacity", () => _ = new ResourceRow("R", [], One("A")));

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Row_capacity_negative_or_not_finite(double c) => Throws<ArgumentOutOfRangeException>("capacity", () => _ = new ResourceRow("R", [1, c], One("A", 1, 1)));

    [Fact]
    public void Row_consumption_id_blank() => Throws<ArgumentException>("consumption", () => _ = new ResourceRow("R", [1], One(" ", 1)));

    [Fact]
    public void Row_consumption_id_null() => Throws<ArgumentNullException>("consumption", () => _ = new ResourceRow("R", [1], [new KeyValuePair<string, double[]>(null!, [1])]));

    [Fact]
    public void Row_consumption_array_null() => Throws<ArgumentNullException>("consumption", () => _ = new ResourceRow("R", [1], [new KeyValuePair<string, double[]>("A", null!)]));

    [Fact]
    public void Row_consumption_wrong_period_count() => Throws<ArgumentException>("consumption", () => _ = new ResourceRow("R", [1, 1], One("A", 1)));

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Row_consumption_negative_or_not_finite(double a) => Throws<ArgumentOutOfRangeException>("consumption", () => _ = new ResourceRow("R", [1], One("A", a)));

    [Fact]
    public void Row_consumption_duplicate_id() =>
        Throws<ArgumentException>("consumption", () => _ = new ResourceRow("R", [1], [new KeyValuePair<string, double[]>("A", [1]), new KeyValuePair<string, double[]>("A", [2])]));

    [Fact]
    public void Row_single_period_consumption_null() => Throws<ArgumentNullException>("consumption", () => ResourceRow.SinglePeriod("R", 1, null!));

    [Fact]
    public void Row_consumption_period_out_of_range() => Throws<ArgumentOutOfRangeException>("period", () => P.Rows[0].ConsumptionOf("A", 2));

    [Fact]
    public void Row_with_capacity_wrong_count() => Throws<ArgumentException>("capacity", () => P.Rows[0].WithCapacity([1]));

    [Fact]
    public void Row_with_capacity_negative() => Throws<ArgumentOutOfRangeException>("capacity", () => P.Rows[0].WithCapacity([1, -1]));

    // ---- SelectionProblem.Create ----
    [Fact]
    public void Problem_candidates_null() => Throws<ArgumentNullException>("candidates", () => SelectionProblem.Create(null!));

    [Fact]
    public void Problem_candidate_null() => Throws<ArgumentNullException>("candidates", () => SelectionProblem.Create([new("A", 1), null!]));

    [Fact]
    public void Problem_candidates_empty() => Throws<ArgumentException>("candidates", () => SelectionProblem.Create([]));

    [Fact]
    public void Problem_duplicate_candidate() => Throws<ArgumentException>("candidates", () => SelectionProblem.Create([new("A", 1), new("A", 2)]));

    [Fact]
    public void Problem_row_null() => Throws<ArgumentNullException>("rows", () => SelectionProblem.Create([new("A", 1)], [null!]));

    [Fact]
    public void Problem_duplicate_row_name() =>
        Throws<ArgumentException>("rows", () => SelectionProblem.Create([new("A", 1)], [new ResourceRow("R", [1], One("A", 1)), new ResourceRow("R", [1], One("A", 1))]));

    [Fact]
    public void Problem_rows_with_different_period_counts() =>
        Throws<ArgumentException>("rows", () => SelectionProblem.Create([new("A", 1)], [new ResourceRow("R", [1], One("A", 1)), new ResourceRow("S", [1, 1], One("A", 1, 1))]));

    [Fact]
    public void Problem_row_names_unknown_candidate() =>
        Throws<ArgumentException>("rows", () => SelectionProblem.Create([new("A", 1)], [new ResourceRow("R", [1], One("Z", 1))]));

    // ---- constraints ----
    [Fact]
    public void Requires_unknown_dependent() => Throws<ArgumentException>("dependent", () => P.Requires("Z", "A"));

    [Fact]
    public void Requires_unknown_prerequisite() => Throws<ArgumentException>("prerequisite", () => P.Requires("A", "Z"));

    [Fact]
    public void Requires_null() => Throws<ArgumentNullException>("dependent", () => P.Requires(null!, "A"));

    [Fact]
    public void Requires_itself() => Throws<ArgumentException>("prerequisite", () => P.Requires("A", "A"));

    [Fact]
    public void Exclusion_fewer_than_two() => Throws<ArgumentException>("candidateIds", () => P.MutuallyExclusive("A"));

    [Fact]
    public void Exclusion_repeated_id() => Throws<ArgumentException>("candidateIds", () => P.MutuallyExclusive("A", "A"));

    [Fact]
    public void Exclusion_unknown_id() => Throws<ArgumentException>("candidateIds", () => P.MutuallyExclusive("A", "Z"));

    [Fact]
    public void Exclusion_name_blank() => Throws<ArgumentException>("name", () => P.MutuallyExclusive(" ", ["A", "B"]));

    [Fact]
    public void Group_name_blank() => Throws<ArgumentException>("name", () => P.Group("", ["A"], 0, 1));

    [Fact]
    public void Group_name_repeated() => Throws<ArgumentException>("name", () => P.Group("G", ["A"], 0, 1).Group("G", ["B"], 0, 1));

    [Fact]
    public void Group_empty() => Throws<ArgumentException>("candidateIds", () => P.Group("G", [], 0, 1));

    [Fact]
    public void Group_unknown_id() => Throws<ArgumentException>("candidateIds", () => P.Group("G", ["A", "Z"], 0, 1));

    [Fact]
    public void Group_repeated_id() => Throws<ArgumentException>("candidateIds", () => P.Group("G", ["A", "A"], 0, 1));

    [Fact]
    public void Group_minimum_negative() => Throws<ArgumentOutOfRangeException>("minimum", () => P.Group("G", ["A"], -1, 1));

    [Fact]
    public void Group_maximum_below_minimum() => Throws<ArgumentOutOfRangeException>("maximum", () => P.Group("G", ["A", "B"], 2, 1));

    [Fact]
    public void ForceIn_unknown() => Throws<ArgumentException>("candidateIds", () => P.ForceIn("Z"));

    [Fact]
    public void ForceOut_unknown() => Throws<ArgumentException>("candidateIds", () => P.ForceOut("A", "Z"));

    [Fact]
    public void MinCount_negative() => Throws<ArgumentOutOfRangeException>("minCount", () => P.WithMinCount(-1));

    [Fact]
    public void MaxCount_negative() => Throws<ArgumentOutOfRangeException>("maxCount", () => P.WithMaxCount(-1));

    [Fact]
    public void WithRow_period_mismatch() => Throws<ArgumentException>("row", () => P.WithRow(new ResourceRow("Other", [1], One("A", 1))));

    [Fact]
    public void WithRow_unknown_candidate() => Throws<ArgumentException>("row", () => P.WithRow(new ResourceRow("Other", [1, 1], One("Z", 1, 1))));

    [Fact]
    public void WithCapacity_unknown_row() => Throws<ArgumentException>("rowName", () => P.WithCapacity("Nope", [1, 1]));

    [Fact]
    public void WithoutRow_unknown_row() => Throws<ArgumentException>("rowName", () => P.WithoutRow("Nope"));

    [Fact]
    public void PeriodLabels_wrong_count() => Throws<ArgumentException>("labels", () => P.WithPeriodLabels(["Jan"]));

    [Fact]
    public void PeriodLabels_blank() => Throws<ArgumentException>("labels", () => P.WithPeriodLabels(["Jan", " "]));

    // ---- options, solve, frontier, scenarios ----
    [Fact]
    public void Options_node_limit_below_one() => Throws<ArgumentOutOfRangeException>("nodeLimit", () => _ = new SelectionOptions(nodeLimit: 0));

    [Fact]
    public void Options_explanation_node_limit_below_one() => Throws<ArgumentOutOfRangeException>("explanationNodeLimit", () => _ = new SelectionOptions(explanationNodeLimit: 0));

    [Fact]
    public void Solve_null() => Throws<ArgumentNullException>("problem", () => PortfolioSelector.Solve(null!));

    [Fact]
    public void Solve_cancelled() => Assert.Throws<OperationCanceledException>(() => PortfolioSelector.Solve(P, null, new CancellationToken(true)));

    [Fact]
    public void Frontier_levels_empty() => Throws<ArgumentException>("budgetLevels", () => EfficientFrontier.Compute(P, "Budget", []));

    [Fact]
    public void Frontier_level_negative() => Throws<ArgumentOutOfRangeException>("budgetLevels", () => EfficientFrontier.Compute(P, "Budget", [1, -1]));

    [Fact]
    public void Frontier_levels_decreasing() => Throws<ArgumentException>("budgetLevels", () => EfficientFrontier.Compute(P, "Budget", [2, 1]));

    [Fact]
    public void Frontier_unknown_row() => Throws<ArgumentException>("rowName", () => EfficientFrontier.Compute(P, "Nope", [1]));

    [Fact]
    public void Frontier_zero_profile() => Throws<ArgumentException>("rowName", () => EfficientFrontier.Compute(P.WithCapacity("Budget", [0, 0]), "Budget", [1]));

    [Fact]
    public void Frontier_steps_below_one() => Throws<ArgumentOutOfRangeException>("steps", () => EfficientFrontier.ComputeEvenlySpaced(P, "Budget", 0));

    [Fact]
    public void Scenario_name_blank() => Throws<ArgumentException>("name", () => _ = new SelectionScenario(" ", P));

    [Fact]
    public void Scenario_problem_null() => Throws<ArgumentNullException>("problem", () => _ = new SelectionScenario("S", null!));

    [Fact]
    public void Compare_null() => Throws<ArgumentNullException>("baseline", () => ScenarioComparison.Compare((SelectionResult)null!, PortfolioSelector.Solve(P)));
}
