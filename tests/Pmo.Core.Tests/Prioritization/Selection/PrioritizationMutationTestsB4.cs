using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>
/// Issue 9 §6, Stryker survivors list B4 (part 1): the validation rules and messages of <see cref="SelectionProblem"/>,
/// <see cref="ResourceRow"/>, <see cref="SelectionOptions"/>, <see cref="EfficientFrontier"/>,
/// <see cref="ScenarioComparison"/> and <see cref="SelectionResult"/>, and the copy-on-write behaviour of the problem's
/// <c>With…</c> methods (rows, labels, candidates, counts), the constraint texts and candidate equality.
/// </summary>
public class PrioritizationMutationTestsB4
{
    private static Dictionary<string, double[]> One(string id, params double[] a) => new() { [id] = a };

    private static SelectionProblem Abc() => SelectionProblem.Create(
        [new("A", 1), new("B", 2), new("C", 3)],
        [new ResourceRow("Budget", [10, 10], new Dictionary<string, double[]> { ["A"] = [1, 1], ["B"] = [2, 2] })]);

    private static SelectionProblem NoRows() => SelectionProblem.Create([new("A", 1), new("B", 2), new("C", 3)]);

    // ---- SelectionProblem.Create ----
    [Fact]
    public void Create_rejects_no_candidates_with_the_rule() =>
        Reject.Rule<ArgumentException>(() => SelectionProblem.Create([]), "candidates", "candidates must not be empty");

    [Fact]
    public void Create_rejects_a_null_candidate_naming_its_index() =>
        Reject.Rule<ArgumentNullException>(() => SelectionProblem.Create([new("A", 1), null!]), "candidates", "candidates[1] is null");

    [Fact]
    public void Create_rejects_a_duplicate_id_naming_it() =>
        Reject.Rule<ArgumentException>(() => SelectionProblem.Create([new("A", 1), new("A", 2)]), "candidates", "the id 'A' more than once");

    [Fact]
    public void Create_rejects_a_null_row_naming_its_index() =>
        Reject.Rule<ArgumentNullException>(() => SelectionProblem.Create([new("A", 1)], [ResourceRow.SinglePeriod("R", 1, []), null!]), "rows", "rows[1] is null");

    [Fact]
    public void Create_rejects_a_duplicate_row_name_naming_it() =>
        Reject.Rule<ArgumentException>(() => SelectionProblem.Create([new("A", 1)], [ResourceRow.SinglePeriod("R", 1, []), ResourceRow.SinglePeriod("R", 2, [])]), "rows", "the name 'R' more than once");

    [Fact]
    public void Create_rejects_rows_with_different_period_counts_naming_both_counts() =>
        Reject.Rule<ArgumentException>(
            () => SelectionProblem.Create([new("A", 1)], [ResourceRow.SinglePeriod("R", 1, []), new ResourceRow("S", [1, 1], [])]),
            "rows", "Row 'S' has 2 period(s) but the problem's rows have 1");

    [Fact]
    public void Create_rejects_a_row_consuming_for_an_unknown_candidate() =>
        Reject.Rule<ArgumentException>(
            () => SelectionProblem.Create([new("A", 1)], [ResourceRow.SinglePeriod("R", 1, new Dictionary<string, double> { ["Z"] = 1 })]),
            "rows", "Row 'R' gives a consumption for 'Z', which is not a candidate");

    // ---- IndexOf, Requires, MutuallyExclusive, Group ----
    [Fact]
    public void IndexOf_rejects_null_on_id_and_returns_minus_one_for_an_unknown_id()
    {
        Reject.Rule<ArgumentNullException>(() => _ = Abc().IndexOf(null!), "id");
        Assert.Equal(-1, Abc().IndexOf("Z"));
        Assert.Equal(2, Abc().IndexOf("C"));
    }

    [Fact]
    public void Requires_rejects_self_requirement_and_unknown_ids_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => Abc().Requires("A", "A"), "prerequisite", "Candidate 'A' cannot require itself");
        Reject.Rule<ArgumentException>(() => Abc().Requires("A", "Z"), "prerequisite", "'Z' is not a candidate id");
    }

    [Fact]
    public void Requires_text_names_dependent_then_prerequisite() =>
        Assert.Equal("B requires A", Abc().Requires("B", "A").Requirements[0].ToString());

    [Fact]
    public void MutuallyExclusive_rejects_a_null_list_on_candidateIds() =>
        Reject.Rule<ArgumentNullException>(() => Abc().MutuallyExclusive((string[])null!), "candidateIds");

    [Fact]
    public void MutuallyExclusive_unnamed_is_named_by_its_ids_joined_with_a_slash_and_is_kept()
    {
        MutualExclusion e = Assert.Single(Abc().MutuallyExclusive("A", "C").Exclusions);
        Assert.Equal("A/C", e.Name);
        Assert.Equal(["A", "C"], e.CandidateIds.ToArray());
        Assert.Equal("at most one of A, C", e.ToString());
    }

    [Fact]
    public void MutuallyExclusive_rejects_fewer_than_two_and_repeated_ids_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => Abc().MutuallyExclusive("A"), "candidateIds", "at least two candidates (got 1)");
        Reject.Rule<ArgumentException>(() => Abc().MutuallyExclusive("A", "A"), "candidateIds", "'A' is listed more than once");
    }

    [Fact]
    public void Group_rejects_a_null_id_list_on_candidateIds() =>
        Reject.Rule<ArgumentNullException>(() => Abc().Group("G", null!, 0, null), "candidateIds");

    [Fact]
    public void Group_rejects_each_malformed_input_with_the_rule()
    {
        SelectionProblem p = Abc().Group("G", ["A"], 0, null);
        Reject.Rule<ArgumentException>(() => p.Group("G", ["B"], 0, null), "name", "A group named 'G' already exists");
        Reject.Rule<ArgumentException>(() => p.Group("H", [], 0, null), "candidateIds", "Group 'H' needs at least one candidate");
        Reject.Rule<ArgumentOutOfRangeException>(() => p.Group("H", ["A"], -1, null), "minimum", "minimum of group 'H' must be zero or more (got -1)");
        Reject.Rule<ArgumentOutOfRangeException>(() => p.Group("H", ["A", "B"], 2, 1), "maximum", "maximum of group 'H' must be at least its minimum 2 (got 1)");
    }

    [Fact]
    public void Group_text_shows_range_with_a_star_for_no_maximum()
    {
        SelectionProblem p = Abc().Group("G", ["A", "B"], 1, 2).Group("H", ["C"], 0, null);
        Assert.Equal("group 'G': 1..2 of A, B", p.Groups[0].ToString());
        Assert.Equal("group 'H': 0..* of C", p.Groups[1].ToString());
    }

    // ---- ForceIn/Out, counts ----
    [Fact]
    public void ForceIn_rejects_a_null_list_on_candidateIds() =>
        Reject.Rule<ArgumentNullException>(() => Abc().ForceIn(null!), "candidateIds");

    [Fact]
    public void Counts_reject_negatives_with_the_rule_and_later_settings_win()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => Abc().WithMinCount(-1), "minCount", "minCount must be zero or more (got -1)");
        Reject.Rule<ArgumentOutOfRangeException>(() => Abc().WithMaxCount(-2), "maxCount", "maxCount must be zero or more (got -2)");
        SelectionProblem p = Abc().WithMinCount(2).WithMaxCount(5).WithMaxCount(3);
        Assert.Equal(2, p.MinCount);
        Assert.Equal(3, p.MaxCount);

        // A later copy keeps both counts, and null clears the maximum.
        SelectionProblem q = p.ForceIn("A");
        Assert.Equal(2, q.MinCount);
        Assert.Equal(3, q.MaxCount);
        Assert.Null(q.WithMaxCount(null).MaxCount);
    }

    // ---- WithRow / WithoutRow / labels ----
    [Fact]
    public void WithRow_rejects_null_on_row() =>
        Reject.Rule<ArgumentNullException>(() => Abc().WithRow(null!), "row");

    [Fact]
    public void WithRow_on_a_problem_without_rows_sets_the_period_count_and_default_labels()
    {
        SelectionProblem p = NoRows().WithRow(new ResourceRow("Staff", [1, 2, 3], One("A", 1, 1, 1)));
        Assert.Equal(3, p.PeriodCount);
        Assert.Equal(["period 1", "period 2", "period 3"], p.PeriodLabels.ToArray());
    }

    [Fact]
    public void WithRow_replacing_the_only_row_may_change_the_period_count_and_resets_the_labels()
    {
        SelectionProblem p = Abc().WithPeriodLabels(["Q1", "Q2"]).WithRow(new ResourceRow("Budget", [5, 5, 5], One("A", 1, 1, 1)));
        Assert.Equal(3, p.PeriodCount);
        Assert.Equal(["period 1", "period 2", "period 3"], p.PeriodLabels.ToArray());
        Assert.Equal([5.0, 5, 5], Assert.Single(p.Rows).Capacity.ToArray());
    }

    [Fact]
    public void WithRow_adding_a_new_row_with_the_same_periods_keeps_the_labels_and_appends()
    {
        SelectionProblem p = Abc().WithPeriodLabels(["Q1", "Q2"]).WithRow(new ResourceRow("Staff", [3, 3], One("C", 1, 1)));
        Assert.Equal(["Budget", "Staff"], p.Rows.Select(r => r.Name));
        Assert.Equal(["Q1", "Q2"], p.PeriodLabels.ToArray());
    }

    [Fact]
    public void WithRow_rejects_another_period_count_when_other_rows_exist()
    {
        SelectionProblem p = Abc().WithRow(new ResourceRow("Staff", [3, 3], One("C", 1, 1)));
        Reject.Rule<ArgumentException>(() => p.WithRow(new ResourceRow("Budget", [1], One("A", 1))), "row", "Row 'Budget' has 1 period(s) but the problem's rows have 2");
    }

    [Fact]
    public void WithoutRow_of_the_last_row_leaves_no_periods_but_of_one_of_two_keeps_the_labels()
    {
        SelectionProblem two = Abc().WithPeriodLabels(["Q1", "Q2"]).WithRow(new ResourceRow("Staff", [3, 3], One("C", 1, 1)));
        SelectionProblem one = two.WithoutRow("Staff");
        Assert.Equal(["Budget"], one.Rows.Select(r => r.Name));
        Assert.Equal(["Q1", "Q2"], one.PeriodLabels.ToArray());
        SelectionProblem none = one.WithoutRow("Budget");
        Assert.Empty(none.Rows);
        Assert.Equal(0, none.PeriodCount);
    }

    [Fact]
    public void Row_rejects_null_and_an_unknown_name_listing_the_rows()
    {
        Reject.Rule<ArgumentNullException>(() => Abc().Row(null!), "rowName");
        Reject.Rule<ArgumentException>(() => Abc().WithRow(new ResourceRow("Staff", [3, 3], [])).Row("Capex"), "rowName", "No row is named 'Capex' (rows: Budget, Staff)");
    }

    [Fact]
    public void WithPeriodLabels_rejects_null_a_wrong_count_a_null_and_a_blank_label()
    {
        Reject.Rule<ArgumentNullException>(() => Abc().WithPeriodLabels(null!), "labels");
        Reject.Rule<ArgumentException>(() => Abc().WithPeriodLabels(["Q1"]), "labels", "labels has 1 entries but the problem has 2 period(s)");
        Reject.Rule<ArgumentNullException>(() => Abc().WithPeriodLabels(["Q1", null!]), "labels", "A period label is null");
        Reject.Rule<ArgumentException>(() => Abc().WithPeriodLabels(["Q1", " "]), "labels", "A period label is blank");
    }

    // ---- WithCandidate ----
    [Fact]
    public void WithCandidate_rejects_null_on_candidate() =>
        Reject.Rule<ArgumentNullException>(() => Abc().WithCandidate(null!), "candidate");

    [Fact]
    public void WithCandidate_replaces_an_existing_id_in_place()
    {
        SelectionProblem p = Abc().WithCandidate(new("B", 7));
        Assert.Equal(["A", "B", "C"], p.Candidates.Select(c => c.Id));
        Assert.Equal(7, p.Candidates[1].Value);
        Assert.Equal(1, p.IndexOf("B"));
    }

    [Fact]
    public void WithCandidate_appends_a_new_id_and_indexes_it_without_touching_the_others()
    {
        SelectionProblem p = Abc().WithCandidate(new("D", 4));
        Assert.Equal(["A", "B", "C", "D"], p.Candidates.Select(c => c.Id));
        Assert.Equal([1.0, 2, 3, 4], p.Candidates.Select(c => c.Value));
        Assert.Equal(3, p.IndexOf("D"));

        // The new id is usable in constraints (it is in the index).
        Assert.Equal("D requires A", p.Requires("D", "A").Requirements[0].ToString());
    }

    // ---- SelectionCandidate equality ----
    [Fact]
    public void Candidate_equality_needs_the_same_id_and_value()
    {
        var a = new SelectionCandidate("A", 1);
        Assert.True(a.Equals(new SelectionCandidate("A", 1)));
        Assert.False(a.Equals(new SelectionCandidate("B", 1)));
        Assert.False(a.Equals(new SelectionCandidate("A", 2)));
        Assert.False(a.Equals((SelectionCandidate?)null));
    }

    // ---- ResourceRow ----
    [Fact]
    public void Row_constructor_rejects_each_malformed_input_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => _ = new ResourceRow("R", [], []), "capacity", "capacity of row 'R' must hold at least one period");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ResourceRow("R", [1, -1], []), "capacity", "capacity[1] of row 'R' must be a finite number, zero or positive");
        Reject.Rule<ArgumentNullException>(() => _ = new ResourceRow("R", [1], [new KeyValuePair<string, double[]>(null!, [1])]), "consumption", "A candidate id in the consumption of row 'R' is null");
        Reject.Rule<ArgumentException>(() => _ = new ResourceRow("R", [1], One(" ", 1)), "consumption", "A candidate id in the consumption of row 'R' is blank");
        Reject.Rule<ArgumentNullException>(() => _ = new ResourceRow("R", [1], [new KeyValuePair<string, double[]>("A", null!)]), "consumption", "The consumption of 'A' in row 'R' is null");
        Reject.Rule<ArgumentException>(() => _ = new ResourceRow("R", [1], One("A", 1, 1)), "consumption", "The consumption of 'A' in row 'R' has 2 period(s) but the row's capacity has 1");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new ResourceRow("R", [1, 1], One("A", 1, double.NaN)), "consumption", "The consumption of 'A' in row 'R', period index 1, must be a finite number");
        Reject.Rule<ArgumentException>(
            () => _ = new ResourceRow("R", [1], [new KeyValuePair<string, double[]>("A", [1]), new KeyValuePair<string, double[]>("A", [1])]),
            "consumption", "Candidate 'A' is listed more than once in the consumption of row 'R'");
    }

    [Fact]
    public void Row_ConsumptionOf_rejects_a_null_id_on_candidateId()
    {
        var row = new ResourceRow("R", [1, 1], One("A", 1, 1));
        Reject.Rule<ArgumentNullException>(() => _ = row.ConsumptionOf(null!), "candidateId");
        Reject.Rule<ArgumentNullException>(() => _ = row.ConsumptionOf(null!, 0), "candidateId");
    }

    [Fact]
    public void Row_WithCapacity_rejects_null_a_wrong_period_count_and_a_negative_capacity()
    {
        var row = new ResourceRow("R", [1, 1], One("A", 1, 1));
        Reject.Rule<ArgumentNullException>(() => row.WithCapacity(null!), "capacity");
        Reject.Rule<ArgumentException>(() => row.WithCapacity([1]), "capacity", "capacity has 1 period(s) but row 'R' has 2");
        Reject.Rule<ArgumentOutOfRangeException>(() => row.WithCapacity([1, double.PositiveInfinity]), "capacity", "capacity[1] of row 'R' must be a finite number, zero or positive");
    }

    // ---- SelectionOptions ----
    [Fact]
    public void Options_reject_limits_below_one_with_the_rule_and_accept_one()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new SelectionOptions(nodeLimit: 0), "nodeLimit", "nodeLimit must be at least 1 (got 0)");
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = new SelectionOptions(explanationNodeLimit: 0), "explanationNodeLimit", "explanationNodeLimit must be at least 1 (got 0)");
        Assert.Equal(1, new SelectionOptions(explanationNodeLimit: 1).ExplanationNodeLimit);
    }

    // ---- EfficientFrontier validation ----
    [Fact]
    public void Frontier_rejects_null_problem_and_levels_on_their_names()
    {
        Reject.Rule<ArgumentNullException>(() => EfficientFrontier.Compute(null!, "Budget", [1]), "problem");
        Reject.Rule<ArgumentNullException>(() => EfficientFrontier.Compute(Abc(), "Budget", null!), "budgetLevels");
        Reject.Rule<ArgumentNullException>(() => EfficientFrontier.ComputeEvenlySpaced(null!, "Budget", 2), "problem");
    }

    [Fact]
    public void Frontier_rejects_empty_negative_and_decreasing_levels_with_the_rule()
    {
        Reject.Rule<ArgumentException>(() => EfficientFrontier.Compute(Abc(), "Budget", []), "budgetLevels", "budgetLevels must not be empty");
        Reject.Rule<ArgumentOutOfRangeException>(() => EfficientFrontier.Compute(Abc(), "Budget", [1, -1]), "budgetLevels", "budgetLevels[1] must be a finite number, zero or positive");
        Reject.Rule<ArgumentException>(() => EfficientFrontier.Compute(Abc(), "Budget", [0, 5, 3]), "budgetLevels", "budgetLevels[2] = 3 is below budgetLevels[1] = 5");
        Reject.Rule<ArgumentOutOfRangeException>(() => EfficientFrontier.ComputeEvenlySpaced(Abc(), "Budget", 0), "steps", "steps must be at least 1 (got 0)");
    }

    [Fact]
    public void Frontier_rejects_a_multi_period_row_with_zero_total_capacity_with_the_rule()
    {
        SelectionProblem p = Abc().WithCapacity("Budget", [0, 0]);
        Reject.Rule<ArgumentException>(() => EfficientFrontier.Compute(p, "Budget", [1]), "rowName", "Row 'Budget' has zero total capacity over 2 periods");
        Reject.Rule<ArgumentException>(() => EfficientFrontier.ComputeEvenlySpaced(p, "Budget", 2), "rowName", "Row 'Budget' has zero total capacity over 2 periods");
    }

    // ---- SelectionResult / ScenarioComparison ----
    [Fact]
    public void Result_IsSelected_rejects_null_and_Usage_of_an_unknown_row_is_KeyNotFound()
    {
        SelectionResult r = PortfolioSelector.Solve(Abc());
        Reject.Rule<ArgumentNullException>(() => _ = r.IsSelected(null!), "candidateId");
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => r.Usage("Capex"));
        Assert.Contains("No usage for a row named 'Capex'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_rejects_null_results_and_scenarios_on_their_names()
    {
        SelectionResult r = PortfolioSelector.Solve(Abc());
        var s = new SelectionScenario("base", Abc());
        Reject.Rule<ArgumentNullException>(() => ScenarioComparison.Compare(r, null!), "alternative");
        Reject.Rule<ArgumentNullException>(() => ScenarioComparison.Compare((SelectionScenario)null!, s), "baseline");
        Reject.Rule<ArgumentNullException>(() => ScenarioComparison.Compare(s, null!), "alternative");
    }

    [Fact]
    public void Compare_reports_deltas_only_for_rows_with_the_same_name_and_period_count()
    {
        // Baseline: one-period rows Budget and Staff; alternative: Budget only. Staff must not be matched to Budget.
        SelectionProblem b = SelectionProblem.Create(
            [new("A", 1), new("B", 2)],
            [ResourceRow.SinglePeriod("Budget", 10, new Dictionary<string, double> { ["A"] = 4, ["B"] = 5 }),
             ResourceRow.SinglePeriod("Staff", 3, new Dictionary<string, double> { ["A"] = 1 })]);
        SelectionProblem a = b.WithoutRow("Staff").WithCapacity("Budget", [5]);
        ScenarioComparison c = ScenarioComparison.Compare(PortfolioSelector.Solve(b), PortfolioSelector.Solve(a));
        RowUsageDelta d = Assert.Single(c.RowDeltas);
        Assert.Equal("Budget", d.Name);

        // Baseline {A, B} uses 4 + 5 = 9 of 10; alternative (capacity 5) takes B alone (2 > 1): usage 5, capacity delta 5 − 10.
        Assert.Equal([9.0], d.BaselineUsage.ToArray());
        Assert.Equal([5.0], d.AlternativeUsage.ToArray());
        Assert.Equal([-5.0], d.CapacityDelta.ToArray());
        Assert.Equal(["A"], c.Removed.ToArray());
    }
}
