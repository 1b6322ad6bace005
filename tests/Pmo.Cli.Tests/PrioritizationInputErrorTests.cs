using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary>One test per validation rule of the prioritization input: exit code 2 and the JSON path in stderr.</summary>
public class PrioritizationInputErrorTests
{
    private static JsonObject Sample() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-prioritization.json")))!;

    private static JsonObject Candidate(JsonObject doc, int i) => doc["candidates"]![i]!.AsObject();

    private static void AssertRejected(JsonObject doc, string expected)
    {
        using var runner = new CliRunner();
        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", runner.Write("p.json", doc));
        Assert.True(exit == 2, $"exit {exit}; stderr: {stderr}; stdout starts: {stdout[..Math.Min(200, stdout.Length)]}");
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_is_accepted()
    {
        var (exit, _, stderr) = CliRunner.Run("prioritize", "--input", Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-prioritization.json"));
        Assert.True(exit == 0, stderr);
    }

    [Fact]
    public void Unknown_criterion_in_scores()
    {
        JsonObject d = Sample();
        Candidate(d, 0)["scores"]!["colour"] = 3;
        AssertRejected(d, "$.candidates[0].scores.colour: unknown criterion \"colour\"");
    }

    [Fact]
    public void Missing_score()
    {
        JsonObject d = Sample();
        Candidate(d, 2)["scores"]!.AsObject().Remove("npv");
        AssertRejected(d, "$.candidates[2].scores.npv: missing score");
    }

    [Fact]
    public void Score_outside_the_criterion_scale()
    {
        JsonObject d = Sample();
        Candidate(d, 1)["scores"]!["strategic-fit"] = 7;
        AssertRejected(d, "$.candidates[1].scores.strategic-fit: must be within the criterion's scale 1 to 5 (got 7)");
    }

    [Fact]
    public void Duplicate_candidate_id()
    {
        JsonObject d = Sample();
        Candidate(d, 1)["id"] = "CAND-01";
        AssertRejected(d, "$.candidates[1].id: duplicate candidate id \"CAND-01\"");
    }

    [Fact]
    public void Duplicate_criterion_id()
    {
        JsonObject d = Sample();
        d["criteria"]![1]!["id"] = "strategic-fit";
        AssertRejected(d, "$.criteria[1].id: duplicate criterion id \"strategic-fit\"");
    }

    [Fact]
    public void Invalid_direction()
    {
        JsonObject d = Sample();
        d["criteria"]![0]!["direction"] = "up";
        AssertRejected(d, "$.criteria[0].direction: must be \"benefit\" or \"cost\" (got \"up\")");
    }

    [Fact]
    public void Scale_min_without_max()
    {
        JsonObject d = Sample();
        d["criteria"]![1]!["scaleMin"] = 0;
        AssertRejected(d, "$.criteria[1].scaleMax: scaleMin and scaleMax go together");
    }

    [Fact]
    public void Demand_array_of_the_wrong_length()
    {
        JsonObject d = Sample();
        Candidate(d, 3)["demand"]!["capex"] = new JsonArray(1, 2);
        AssertRejected(d, "$.candidates[3].demand.capex: must have one value per period: 3 expected, 2 given");
    }

    [Fact]
    public void Capacity_array_of_the_wrong_length()
    {
        JsonObject d = Sample();
        d["budgets"]![1]!["capacity"] = new JsonArray(1, 2, 3, 4);
        AssertRejected(d, "$.budgets[1].capacity: must have one value per period: 3 expected, 4 given");
    }

    [Fact]
    public void Negative_demand()
    {
        JsonObject d = Sample();
        Candidate(d, 0)["demand"]!["capex"]![1] = -5;
        AssertRejected(d, "$.candidates[0].demand.capex[1]: must be zero or positive (got -5)");
    }

    [Fact]
    public void Unknown_budget_in_demand()
    {
        JsonObject d = Sample();
        Candidate(d, 0)["demand"]!["opex"] = new JsonArray(1, 1, 1);
        AssertRejected(d, "$.candidates[0].demand.opex: unknown budget \"opex\"");
    }

    [Fact]
    public void Duplicate_budget_id()
    {
        JsonObject d = Sample();
        d["budgets"]![1]!["id"] = "capex";
        AssertRejected(d, "$.budgets[1].id: duplicate budget id \"capex\"");
    }

    [Fact]
    public void Unknown_candidate_in_requires()
    {
        JsonObject d = Sample();
        Candidate(d, 0)["requires"] = new JsonArray("CAND-99");
        AssertRejected(d, "$.candidates[0].requires[0]: unknown candidate \"CAND-99\"");
    }

    [Fact]
    public void A_candidate_requiring_itself()
    {
        JsonObject d = Sample();
        Candidate(d, 0)["requires"] = new JsonArray("CAND-01");
        AssertRejected(d, "$.candidates[0].requires[0]: a candidate cannot require itself");
    }

    [Fact]
    public void Unknown_candidate_in_a_group()
    {
        JsonObject d = Sample();
        d["groups"]![0]!["members"]![1] = "CAND-99";
        AssertRejected(d, "$.groups[0].members[1]: unknown candidate \"CAND-99\"");
    }

    [Fact]
    public void Group_min_above_its_size()
    {
        JsonObject d = Sample();
        d["groups"]![0]!["min"] = 3;
        AssertRejected(d, "$.groups[0].min: must be between 0 and the number of members 2 (got 3)");
    }

    [Fact]
    public void Group_without_min_or_max()
    {
        JsonObject d = Sample();
        d["groups"]![0]!.AsObject().Remove("min");
        AssertRejected(d, "$.groups[0]: give min, max or both");
    }

    [Fact]
    public void Group_max_below_min()
    {
        JsonObject d = Sample();
        d["groups"]![0]!["max"] = 0;
        AssertRejected(d, "$.groups[0].max: must be between min 1 and the number of members 2 (got 0)");
    }

    [Fact]
    public void Duplicate_member_in_a_group()
    {
        JsonObject d = Sample();
        d["groups"]![0]!["members"]![1] = "CAND-13";
        AssertRejected(d, "$.groups[0].members[1]: duplicate candidate \"CAND-13\"");
    }

    [Fact]
    public void Unknown_candidate_in_force_in()
    {
        JsonObject d = Sample();
        d["forceIn"] = new JsonArray("CAND-99");
        AssertRejected(d, "$.forceIn[0]: unknown candidate \"CAND-99\"");
    }

    [Fact]
    public void Unknown_candidate_in_force_out()
    {
        JsonObject d = Sample();
        d["forceOut"] = new JsonArray("CAND-01", "X");
        AssertRejected(d, "$.forceOut[1]: unknown candidate \"X\"");
    }

    [Fact]
    public void Forcing_in_a_gated_candidate()
    {
        JsonObject d = Sample();
        d["forceIn"] = new JsonArray("CAND-07", "CAND-11");
        AssertRejected(d, "$.forceIn[1]: candidate \"CAND-11\" fails the gate \"Risk appetite\"");
    }

    [Fact]
    public void Forced_both_in_and_out()
    {
        JsonObject d = Sample();
        d["forceOut"] = new JsonArray("CAND-07");
        AssertRejected(d, "$.forceIn[0]: candidate \"CAND-07\" is also in forceOut");
    }

    [Fact]
    public void Unknown_candidate_in_mutually_exclusive()
    {
        JsonObject d = Sample();
        d["mutuallyExclusive"]![0]![1] = "CAND-42";
        AssertRejected(d, "$.mutuallyExclusive[0][1]: unknown candidate \"CAND-42\"");
    }

    [Fact]
    public void Mutually_exclusive_set_of_one()
    {
        JsonObject d = Sample();
        d["mutuallyExclusive"]![0] = new JsonArray("CAND-04");
        AssertRejected(d, "$.mutuallyExclusive[0]: must name at least two candidates");
    }

    [Fact]
    public void Weights_with_both_values_and_ahp()
    {
        JsonObject d = Sample();
        d["weights"]!["values"] = JsonNode.Parse("""{ "npv": 1 }""");
        AssertRejected(d, "$.weights: give exactly one of \"values\"");
    }

    [Fact]
    public void Weights_with_neither_values_nor_ahp()
    {
        JsonObject d = Sample();
        d["weights"] = new JsonObject();
        AssertRejected(d, "$.weights: give exactly one of \"values\"");
    }

    [Fact]
    public void Explicit_weight_for_an_unknown_criterion()
    {
        JsonObject d = Sample();
        d["weights"] = JsonNode.Parse("""{ "values": { "strategic-fit": 0.2, "npv": 0.2, "customer-impact": 0.2, "compliance": 0.2, "delivery-risk": 0.2, "beauty": 0.1 } }""");
        AssertRejected(d, "$.weights.values.beauty: unknown criterion \"beauty\"");
    }

    [Fact]
    public void Explicit_weight_missing()
    {
        JsonObject d = Sample();
        d["weights"] = JsonNode.Parse("""{ "values": { "strategic-fit": 0.25, "npv": 0.25, "customer-impact": 0.25, "compliance": 0.25 } }""");
        AssertRejected(d, "$.weights.values.delivery-risk: missing weight");
    }

    [Fact]
    public void Explicit_weights_not_summing_to_one_without_normalize()
    {
        JsonObject d = Sample();
        d["weights"] = JsonNode.Parse("""{ "values": { "strategic-fit": 4, "npv": 2, "customer-impact": 2, "compliance": 1, "delivery-risk": 1 } }""");
        AssertRejected(d, "$.weights.values: weights must sum to 1 (they sum to 10)");
    }

    [Fact]
    public void Judgement_on_an_unknown_criterion()
    {
        JsonObject d = Sample();
        d["weights"]!["ahp"]!["judgements"]![0]!["column"] = "beauty";
        AssertRejected(d, "$.weights.ahp.judgements[0].column: unknown criterion \"beauty\"");
    }

    [Fact]
    public void Judgement_pair_given_twice()
    {
        JsonObject d = Sample();
        d["weights"]!["ahp"]!["judgements"]!.AsArray().Add(JsonNode.Parse("""{ "row": "npv", "column": "strategic-fit", "value": 0.5 }"""));
        AssertRejected(d, "$.weights.ahp.judgements[10]: the pair \"npv\"/\"strategic-fit\" is already judged at judgements[0]");
    }

    [Fact]
    public void Judgement_pair_missing()
    {
        JsonObject d = Sample();
        d["weights"]!["ahp"]!["judgements"]!.AsArray().RemoveAt(9);
        AssertRejected(d, "$.weights.ahp.judgements: must judge every pair of criteria once: 10 pairs, 9 given; missing compliance/delivery-risk");
    }

    [Fact]
    public void Judgement_off_the_saaty_scale()
    {
        JsonObject d = Sample();
        d["weights"]!["ahp"]!["judgements"]![0]!["value"] = 12;
        AssertRejected(d, "$.weights.ahp.judgements[0].value: must be on Saaty's scale, between 1/9 and 9 (got 12)");
    }

    [Fact]
    public void Judgement_of_a_criterion_with_itself()
    {
        JsonObject d = Sample();
        d["weights"]!["ahp"]!["judgements"]![0]!["column"] = "strategic-fit";
        AssertRejected(d, "$.weights.ahp.judgements[0].column: must differ from row");
    }

    [Fact]
    public void Invalid_random_index_table()
    {
        JsonObject d = Sample();
        d["weights"]!["ahp"]!["randomIndex"] = "forman";
        AssertRejected(d, "$.weights.ahp.randomIndex: must be \"saaty\", \"doneganDodd\" or \"alonsoLamata\" (got \"forman\")");
    }

    [Fact]
    public void Gate_on_an_unknown_criterion()
    {
        JsonObject d = Sample();
        d["gates"]![1]!["criterion"] = "charisma";
        AssertRejected(d, "$.gates[1].criterion: unknown criterion \"charisma\"");
    }

    [Fact]
    public void Gate_with_an_invalid_operator()
    {
        JsonObject d = Sample();
        d["gates"]![0]!["operator"] = "=<";
        AssertRejected(d, "$.gates[0].operator: must be one of");
    }

    [Fact]
    public void Gates_that_knock_out_everyone()
    {
        JsonObject d = Sample();
        d["gates"]![1]!["value"] = 6;
        AssertRejected(d, "$.gates: every candidate fails at least one gate");
    }

    [Fact]
    public void Unknown_method()
    {
        JsonObject d = Sample();
        d["method"]!["name"] = "electre";
        AssertRejected(d, "$.method.name: must be one of \"weightedSum\"");
    }

    [Fact]
    public void Option_of_another_method()
    {
        JsonObject d = Sample();
        d["method"]!["v"] = 0.5;
        AssertRejected(d, "$.method.v: is not an option of the method \"topsis\"");
    }

    [Fact]
    public void Method_rule_violation_names_the_criterion()
    {
        // The weighted product needs positive values; CAND-07 has a negative NPV (criteria[1]).
        JsonObject d = Sample();
        d["method"] = JsonNode.Parse("""{ "name": "weightedProduct" }""");
        AssertRejected(d, "$.criteria[1]: method \"weightedProduct\"");
    }

    [Fact]
    public void Spotis_needs_fixed_scales()
    {
        JsonObject d = Sample();
        d["method"] = JsonNode.Parse("""{ "name": "spotis" }""");
        AssertRejected(d, "$.criteria[1]: method \"spotis\"");
    }

    [Fact]
    public void Preference_function_parameters_are_checked()
    {
        JsonObject d = Sample();
        d["method"] = JsonNode.Parse("""{ "name": "promethee2", "preferenceFunctions": [ { "criterion": "npv", "type": "linear", "q": 500000 } ] }""");
        AssertRejected(d, "$.method.preferenceFunctions[0].p: required for the \"linear\" preference function");
    }

    [Fact]
    public void Invalid_tie_policy()
    {
        JsonObject d = Sample();
        d["tiePolicy"] = "random";
        AssertRejected(d, "$.tiePolicy: must be one of");
    }

    [Fact]
    public void Invalid_selection_value()
    {
        JsonObject d = Sample();
        d["selectionValue"] = "criterion:beauty";
        AssertRejected(d, "$.selectionValue: unknown criterion \"beauty\"");
    }

    [Fact]
    public void Top_k_larger_than_the_passing_candidates()
    {
        JsonObject d = Sample();
        d["sensitivity"]!["topK"] = 14;
        AssertRejected(d, "$.sensitivity.topK: must not exceed the 13 candidates that pass the gates (got 14)");
    }

    [Fact]
    public void Smaa_samples_out_of_range()
    {
        JsonObject d = Sample();
        d["sensitivity"]!["smaaSamples"] = 10;
        AssertRejected(d, "$.sensitivity.smaaSamples: must be between 100 and 1000000 (got 10)");
    }

    [Fact]
    public void Missing_periods()
    {
        JsonObject d = Sample();
        d.Remove("periods");
        AssertRejected(d, "$.periods: required property missing");
    }

    [Fact]
    public void Unknown_property()
    {
        JsonObject d = Sample();
        d["budget"] = 5;
        AssertRejected(d, "$.budget: unknown property \"budget\"");
    }

    [Fact]
    public void Wrong_json_type_names_the_expected_type()
    {
        JsonObject d = Sample();
        d["budgets"]![0]!["capacity"]![0] = "lots";
        AssertRejected(d, "$.budgets[0].capacity[0]: must be a number");
    }

    [Fact]
    public void A_rule_inside_the_portfolio_section_carries_its_prefix()
    {
        JsonObject portfolio = Fixtures.SamplePortfolio();
        portfolio["prioritization"]!["forceIn"] = new JsonArray("CAND-99");
        using var runner = new CliRunner();
        var (exit, _, stderr) = CliRunner.Run("report", "--input", runner.Write("pf.json", portfolio));
        Assert.Equal(2, exit);
        Assert.Contains("$.prioritization.forceIn[0]: unknown candidate \"CAND-99\"", stderr, StringComparison.Ordinal);
    }
}
