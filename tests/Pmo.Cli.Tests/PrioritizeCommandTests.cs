using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary>
/// <c>pmo prioritize</c> on docs/data/sample-prioritization.json. Expected values are derived independently of the CLI:
/// constraints are checked against the input file, the AHP weights by a power iteration written here, the TOPSIS
/// closeness by the textbook formulas (Hwang &amp; Yoon 1981), and the optimum by enumerating every subset.
/// </summary>
public class PrioritizeCommandTests
{
    private static string SamplePath => Path.Combine(CliRunner.RepoRoot, "docs", "data", "sample-prioritization.json");

    private static JsonObject Input() => (JsonObject)JsonNode.Parse(File.ReadAllText(SamplePath))!;

    private static readonly Lazy<JsonElement> Output = new(() =>
    {
        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", SamplePath, "--format", "json");
        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        return doc.RootElement.Clone();
    });

    private static JsonElement P => Output.Value.GetProperty("prioritization");

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public void Prioritize_renders_every_section(string format)
    {
        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", SamplePath, "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        foreach (string heading in new[] { "Model", "Gates", "Ranking", "Comparison with other methods", "Sensitivity of the top 3", "Funded portfolio within budget: optimal vs greedy", "Efficient frontier" })
        {
            Assert.Contains(heading, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("TOPSIS", stdout, StringComparison.Ordinal);
        Assert.Contains("CR", stdout, StringComparison.Ordinal);
        Assert.Contains("Saaty (1980)", stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\bNaN\b|Infinity", stdout);
    }

    [Fact]
    public void Json_is_versioned_and_names_the_method()
    {
        Assert.Equal(1, Output.Value.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("prioritization", Output.Value.GetProperty("kind").GetString());
        Assert.Equal("topsis", P.GetProperty("method").GetProperty("name").GetString());
        Assert.Equal("ahp", P.GetProperty("weights").GetProperty("source").GetString());
    }

    [Fact]
    public void The_risk_gate_knocks_out_CAND_11_with_its_score_of_5()
    {
        JsonElement failure = Assert.Single(P.GetProperty("gateFailures").EnumerateArray());
        Assert.Equal("CAND-11", failure.GetProperty("candidate").GetString());
        Assert.Equal("Risk appetite", failure.GetProperty("gate").GetString());
        Assert.Equal(5, failure.GetProperty("value").GetDouble());
        Assert.Equal(4.5, failure.GetProperty("threshold").GetDouble());
        Assert.DoesNotContain(P.GetProperty("ranking").EnumerateArray(), r => r.GetProperty("id").GetString() == "CAND-11");
        Assert.Equal(13, P.GetProperty("ranking").GetArrayLength());
        Assert.Contains("CAND-11", P.GetProperty("selection").GetProperty("knockedOutByGates").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Ahp_weights_match_an_independent_power_iteration_and_are_consistent()
    {
        JsonObject input = Input();
        string[] ids = [.. input["criteria"]!.AsArray().Select(c => (string)c!["id"]!)];
        int n = ids.Length;
        double[,] a = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            a[i, i] = 1;
        }

        foreach (JsonNode? j in input["weights"]!["ahp"]!["judgements"]!.AsArray())
        {
            int r = Array.IndexOf(ids, (string)j!["row"]!);
            int c = Array.IndexOf(ids, (string)j["column"]!);
            a[r, c] = (double)j["value"]!;
            a[c, r] = 1 / (double)j["value"]!;
        }

        double[] w = [.. Enumerable.Repeat(1.0 / n, n)];
        for (int it = 0; it < 500; it++)
        {
            double[] x = new double[n];
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < n; k++)
                {
                    x[i] += a[i, k] * w[k];
                }
            }

            double s = x.Sum();
            w = [.. x.Select(v => v / s)];
        }

        double lambda = Enumerable.Range(0, n).Average(i => Enumerable.Range(0, n).Sum(k => a[i, k] * w[k]) / w[i]);
        double cr = (lambda - n) / (n - 1) / 1.12; // Saaty's RI for n = 5 is 1.12.

        JsonElement ahp = P.GetProperty("weights").GetProperty("ahp");
        Assert.Equal(lambda, ahp.GetProperty("lambdaMax").GetDouble(), 1e-6);
        Assert.Equal(cr, ahp.GetProperty("consistencyRatio").GetDouble(), 1e-6);
        Assert.True(cr < 0.1);
        Assert.True(ahp.GetProperty("isAcceptable").GetBoolean());
        JsonElement[] criteria = [.. P.GetProperty("criteria").EnumerateArray()];
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(ids[i], criteria[i].GetProperty("id").GetString());
            Assert.Equal(w[i], criteria[i].GetProperty("weight").GetDouble(), 1e-6);
        }
    }

    [Fact]
    public void Topsis_closeness_matches_the_textbook_formulas()
    {
        JsonObject input = Input();
        JsonArray criteria = input["criteria"]!.AsArray();
        Dictionary<string, double> weights = P.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("weight").GetDouble());
        JsonNode[] passing = [.. input["candidates"]!.AsArray().Where(c => (string)c!["id"]! != "CAND-11").Select(c => c!)];
        int m = passing.Length;
        double[] dPlus = new double[m];
        double[] dMinus = new double[m];
        foreach (JsonNode? c in criteria)
        {
            string id = (string)c!["id"]!;
            bool benefit = (string)c["direction"]! == "benefit";
            double[] x = [.. passing.Select(k => (double)k["scores"]![id]!)];
            double norm = Math.Sqrt(x.Sum(v => v * v));
            double[] v = [.. x.Select(e => weights[id] * e / norm)];
            double best = benefit ? v.Max() : v.Min();
            double worst = benefit ? v.Min() : v.Max();
            for (int i = 0; i < m; i++)
            {
                dPlus[i] += (v[i] - best) * (v[i] - best);
                dMinus[i] += (v[i] - worst) * (v[i] - worst);
            }
        }

        Dictionary<string, JsonElement> ranked = P.GetProperty("ranking").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        for (int i = 0; i < m; i++)
        {
            double closeness = Math.Sqrt(dMinus[i]) / (Math.Sqrt(dPlus[i]) + Math.Sqrt(dMinus[i]));
            JsonElement r = ranked[(string)passing[i]["id"]!];
            Assert.Equal(closeness, r.GetProperty("preference").GetDouble(), 1e-9);
            Assert.Equal(Math.Sqrt(dPlus[i]), r.GetProperty("intermediates").GetProperty("dPlus").GetDouble(), 1e-9);
        }

        double[] prefs = [.. P.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("preference").GetDouble())];
        Assert.True(prefs.Zip(prefs.Skip(1)).All(p => p.First >= p.Second), "ranking is listed best first");
    }

    [Fact]
    public void The_optimal_selection_is_feasible_and_beats_every_other_feasible_subset()
    {
        JsonObject input = Input();
        JsonElement sel = P.GetProperty("selection");
        Assert.Equal("optimal", sel.GetProperty("status").GetString());
        Dictionary<string, double> value = P.GetProperty("ranking").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("selectionValue").GetDouble());
        string[] ids = [.. value.Keys];
        string[] selected = [.. sel.GetProperty("selected").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
        string[] greedy = [.. sel.GetProperty("greedy").GetProperty("selected").EnumerateArray().Select(s => s.GetString()!)];

        Assert.Contains("CAND-07", selected);
        Assert.DoesNotContain("CAND-11", selected);
        Assert.True(Feasible(input, selected));
        Assert.True(Feasible(input, greedy));

        double best = double.NegativeInfinity;
        for (int mask = 0; mask < 1 << ids.Length; mask++)
        {
            string[] subset = [.. ids.Where((_, i) => (mask & (1 << i)) != 0)];
            if (Feasible(input, subset))
            {
                best = Math.Max(best, subset.Sum(id => value[id]));
            }
        }

        double total = sel.GetProperty("totalValue").GetDouble();
        Assert.Equal(best, total, 1e-9);
        Assert.Equal(selected.Sum(id => value[id]), total, 1e-9);
        double greedyValue = sel.GetProperty("greedy").GetProperty("totalValue").GetDouble();
        Assert.Equal(greedy.Sum(id => value[id]), greedyValue, 1e-9);
        Assert.True(total >= greedyValue);
        Assert.Equal(total - greedyValue, sel.GetProperty("greedy").GetProperty("gapToOptimal").GetDouble(), 1e-9);
    }

    [Fact]
    public void Budget_usage_and_slack_add_up_from_the_input_demand()
    {
        JsonObject input = Input();
        JsonElement sel = P.GetProperty("selection");
        string[] selected = [.. sel.GetProperty("selected").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
        foreach (JsonElement b in sel.GetProperty("budgets").EnumerateArray())
        {
            string id = b.GetProperty("id").GetString()!;
            double[] capacity = [.. input["budgets"]!.AsArray().First(x => (string)x!["id"]! == id)!["capacity"]!.AsArray().Select(v => (double)v!)];
            for (int t = 0; t < capacity.Length; t++)
            {
                double used = selected.Sum(c => Demand(input, c, id, t));
                Assert.Equal(used, b.GetProperty("usage")[t].GetDouble(), 1e-6);
                Assert.Equal(capacity[t] - used, b.GetProperty("slack")[t].GetDouble(), 1e-6);
            }
        }
    }

    [Fact]
    public void Sensitivity_figures_are_well_formed()
    {
        JsonElement s = P.GetProperty("sensitivity");
        Assert.Equal(3, s.GetProperty("topK").GetInt32());
        Assert.Equal(10_000, s.GetProperty("smaaSamples").GetInt32());
        Assert.Equal(2027UL, s.GetProperty("smaaSeed").GetUInt64());
        string[] top = [.. P.GetProperty("ranking").EnumerateArray().Take(3).Select(r => r.GetProperty("id").GetString()!)];
        Assert.Equal(top, s.GetProperty("baselineTop").EnumerateArray().Select(e => e.GetString()!).ToArray());
        foreach (JsonElement iv in s.GetProperty("weightStability").EnumerateArray())
        {
            double w = iv.GetProperty("weight").GetDouble();
            Assert.InRange(w, iv.GetProperty("lower").GetDouble(), iv.GetProperty("upper").GetDouble());
        }

        // Every sample gives each rank to exactly one candidate: the acceptabilities of each rank sum to 1.
        JsonElement[] rows = [.. s.GetProperty("rankAcceptability").EnumerateArray()];
        for (int r = 0; r < 3; r++)
        {
            Assert.Equal(1.0, rows.Sum(x => x.GetProperty("ranks")[r].GetDouble()), 1e-9);
        }

        Assert.True(s.GetProperty("leaveOneOutReversals").GetInt32() >= 0);
    }

    [Fact]
    public void Frontier_value_never_falls_as_the_budget_grows()
    {
        JsonElement[] points = [.. P.GetProperty("frontier").GetProperty("points").EnumerateArray()];
        Assert.True(points.Length >= 2);
        double last = double.NegativeInfinity;
        double lastBudget = double.NegativeInfinity;
        foreach (JsonElement pt in points)
        {
            Assert.True(pt.GetProperty("budget").GetDouble() >= lastBudget);
            lastBudget = pt.GetProperty("budget").GetDouble();
            if (pt.GetProperty("status").GetString() == "optimal")
            {
                double v = pt.GetProperty("value").GetDouble();
                Assert.True(v >= last - 1e-12);
                last = v;
            }
        }
    }

    [Fact]
    public void Comparison_methods_each_rank_every_candidate()
    {
        foreach (JsonElement r in P.GetProperty("ranking").EnumerateArray())
        {
            foreach (string method in new[] { "weightedSum", "topsis", "spotis", "promethee2" })
            {
                double rank = r.GetProperty("ranksByMethod").GetProperty(method).GetDouble();
                Assert.InRange(rank, 1, 13);
            }
        }

        JsonElement topsis = P.GetProperty("comparisons").EnumerateArray().First(c => c.GetProperty("method").GetString() == "topsis");
        Assert.Equal(1.0, topsis.GetProperty("spearman").GetDouble(), 1e-12);
    }

    [Fact]
    public void A_lower_is_better_method_is_selected_on_its_complement()
    {
        JsonObject input = Input();
        input["method"] = JsonNode.Parse("""{ "name": "vikor", "v": 0.5 }""");
        using var runner = new CliRunner();
        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", runner.Write("v.json", input), "--format", "json");

        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement p = doc.RootElement.GetProperty("prioritization");
        Assert.False(p.GetProperty("method").GetProperty("higherIsBetter").GetBoolean());
        foreach (JsonElement r in p.GetProperty("ranking").EnumerateArray())
        {
            Assert.Equal(r.GetProperty("intermediates").GetProperty("q").GetDouble(), r.GetProperty("preference").GetDouble(), 1e-12);
            Assert.Equal(1 - r.GetProperty("preference").GetDouble(), r.GetProperty("selectionValue").GetDouble(), 1e-12);
        }
    }

    [Fact]
    public void Explicit_weights_that_do_not_sum_to_one_are_normalised_on_request()
    {
        JsonObject input = Input();
        input["weights"] = JsonNode.Parse("""{ "policy": "normalize", "values": { "strategic-fit": 4, "npv": 2, "customer-impact": 2, "compliance": 1, "delivery-risk": 1 } }""");
        input["selectionValue"] = "criterion:npv";
        using var runner = new CliRunner();
        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", runner.Write("w.json", input), "--format", "json");

        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement p = doc.RootElement.GetProperty("prioritization");
        Assert.True(p.GetProperty("weights").GetProperty("wasNormalized").GetBoolean());
        Assert.Equal(0.4, p.GetProperty("criteria")[0].GetProperty("weight").GetDouble(), 1e-12);
        JsonElement c7 = p.GetProperty("ranking").EnumerateArray().First(r => r.GetProperty("id").GetString() == "CAND-07");
        Assert.Equal(-400_000, c7.GetProperty("selectionValue").GetDouble());
    }

    [Fact]
    public void An_infeasible_round_is_explained_not_failed()
    {
        JsonObject input = Input();
        input["forceIn"] = new JsonArray("CAND-07", "CAND-09", "CAND-04", "CAND-06", "CAND-01"); // 2027 capex: 0.9 + 1.5 + 0.6 + 1.2 + 0.9 = 5.1 M > 5 M
        using var runner = new CliRunner();
        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", runner.Write("i.json", input), "--format", "json");

        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement sel = doc.RootElement.GetProperty("prioritization").GetProperty("selection");
        Assert.Equal("infeasible", sel.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(sel.GetProperty("infeasibility").GetString()));
        Assert.True(sel.GetProperty("conflicts").GetArrayLength() > 0);
    }

    [Fact]
    public void Report_on_the_sample_portfolio_has_the_prioritization_section()
    {
        var (exit, stdout, stderr) = CliRunner.Run("report");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Prioritization: 2027-2029 investment round", stdout, StringComparison.Ordinal);
        Assert.Contains("Ranking (top 10)", stdout, StringComparison.Ordinal);
        Assert.Contains("Funded portfolio within budget: optimal vs greedy", stdout, StringComparison.Ordinal);

        var (mdExit, md, _) = CliRunner.Run("report", "--format", "markdown");
        Assert.Equal(0, mdExit);
        Assert.Contains("## Prioritization: 2027-2029 investment round", md, StringComparison.Ordinal);

        var (jsonExit, json, _) = CliRunner.Run("report", "--format", "json");
        Assert.Equal(0, jsonExit);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement p = doc.RootElement.GetProperty("prioritization");
        Assert.Equal("topsis", p.GetProperty("method").GetProperty("name").GetString());
        Assert.Contains("CAND-07", p.GetProperty("selection").GetProperty("selected").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public void Inconsistent_judgements_are_reported_as_a_warning_not_an_error()
    {
        // strategic-fit > npv (9), npv > compliance (9), yet compliance > strategic-fit (9): a maximally intransitive cycle.
        JsonObject input = Input();
        JsonArray j = input["weights"]!["ahp"]!["judgements"]!.AsArray();
        j[0]!["value"] = 9;   // strategic-fit vs npv
        j[5]!["value"] = 9;   // npv vs compliance
        j[2]!["value"] = 1.0 / 9; // strategic-fit vs compliance
        using var runner = new CliRunner();
        string path = runner.Write("ahp.json", input);

        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", path);
        Assert.True(exit == 0, stderr);
        Assert.Contains("WARNING: AHP consistency ratio", stdout, StringComparison.Ordinal);
        Assert.Contains("NOT ACCEPTABLE", stdout, StringComparison.Ordinal);

        var (_, json, _) = CliRunner.Run("prioritize", "--input", path, "--format", "json");
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement ahp = doc.RootElement.GetProperty("prioritization").GetProperty("weights").GetProperty("ahp");
        Assert.False(ahp.GetProperty("isAcceptable").GetBoolean());
        Assert.True(ahp.GetProperty("consistencyRatio").GetDouble() > 0.1);
        Assert.Equal(3, ahp.GetProperty("inconsistencyHints").GetArrayLength());
    }

    [Fact]
    public void Spotis_with_fixed_scales_and_promethee_with_preference_functions_run()
    {
        JsonObject input = Input();
        input["criteria"]![1]!["scaleMin"] = -1_000_000;
        input["criteria"]![1]!["scaleMax"] = 5_000_000;
        input["method"] = JsonNode.Parse("""{ "name": "spotis" }""");
        using var runner = new CliRunner();
        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", runner.Write("s.json", input), "--format", "json");
        Assert.True(exit == 0, stderr);
        using (JsonDocument doc = JsonDocument.Parse(stdout))
        {
            JsonElement p = doc.RootElement.GetProperty("prioritization");
            Assert.False(p.GetProperty("method").GetProperty("higherIsBetter").GetBoolean());
            double[] prefs = [.. p.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("preference").GetDouble())];
            Assert.True(prefs.Zip(prefs.Skip(1)).All(x => x.First <= x.Second), "lower SPOTIS scores rank first");
        }

        input["method"] = JsonNode.Parse("""{ "name": "promethee2", "preferenceFunctions": [ { "criterion": "npv", "type": "linear", "q": 100000, "p": 1000000 }, { "criterion": "strategic-fit", "type": "uShape", "q": 0.5 } ] }""");
        var (exit2, stdout2, stderr2) = CliRunner.Run("prioritize", "--input", runner.Write("p.json", input), "--format", "markdown");
        Assert.True(exit2 == 0, stderr2);
        Assert.Contains("npv: linear q=100000 p=1000000", stdout2, StringComparison.Ordinal);
        Assert.Contains("| phiPlus |", stdout2.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Smaa_is_reproducible_with_the_seed()
    {
        var (_, first, _) = CliRunner.Run("prioritize", "--input", SamplePath, "--format", "json");
        var (_, second, _) = CliRunner.Run("prioritize", "--input", SamplePath, "--format", "json");
        Assert.Equal(first, second);
    }

    [Fact]
    public void Two_passing_candidates_still_report_when_leave_one_out_cannot_run()
    {
        // Only CAND-01 and CAND-09 have strategic fit 5 and pass the risk gate; TOPSIS cannot rank one candidate alone.
        JsonObject input = Input();
        input["gates"]![1]!["value"] = 5;
        input["forceIn"] = new JsonArray();
        input["groups"] = new JsonArray();
        input["sensitivity"]!["topK"] = 1;
        using var runner = new CliRunner();
        var (exit, stdout, stderr) = CliRunner.Run("prioritize", "--input", runner.Write("two.json", input), "--format", "json");

        Assert.True(exit == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement p = doc.RootElement.GetProperty("prioritization");
        Assert.Equal(2, p.GetProperty("ranking").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("sensitivity").GetProperty("leaveOneOutReversals").ValueKind);
        Assert.False(string.IsNullOrEmpty(p.GetProperty("sensitivity").GetProperty("leaveOneOutError").GetString()));
    }

    private static double Demand(JsonObject input, string candidate, string budget, int t)
    {
        JsonNode c = input["candidates"]!.AsArray().First(x => (string)x!["id"]! == candidate)!;
        return c["demand"]?[budget] is JsonArray a ? (double)a[t]! : 0;
    }

    private static bool Feasible(JsonObject input, string[] subset)
    {
        var set = new HashSet<string>(subset);
        if (set.Contains("CAND-11"))
        {
            return false; // knocked out by the risk gate
        }

        foreach (JsonNode? f in input["forceIn"]!.AsArray())
        {
            if (!set.Contains((string)f!))
            {
                return false;
            }
        }

        foreach (JsonNode? c in input["candidates"]!.AsArray())
        {
            if (set.Contains((string)c!["id"]!) && c["requires"] is JsonArray req && req.Any(r => !set.Contains((string)r!)))
            {
                return false;
            }
        }

        foreach (JsonNode? mx in input["mutuallyExclusive"]!.AsArray())
        {
            if (mx!.AsArray().Count(id => set.Contains((string)id!)) > 1)
            {
                return false;
            }
        }

        foreach (JsonNode? g in input["groups"]!.AsArray())
        {
            int count = g!["members"]!.AsArray().Count(id => set.Contains((string)id!));
            if (g["min"] is { } min && count < (int)min)
            {
                return false;
            }

            if (g["max"] is { } max && count > (int)max)
            {
                return false;
            }
        }

        foreach (JsonNode? b in input["budgets"]!.AsArray())
        {
            string id = (string)b!["id"]!;
            JsonArray cap = b["capacity"]!.AsArray();
            for (int t = 0; t < cap.Count; t++)
            {
                if (subset.Sum(c => Demand(input, c, id, t)) > (double)cap[t]! + 1e-9)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
