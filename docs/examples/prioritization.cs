#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Prioritization and portfolio selection end to end: `dotnet run docs/examples/prioritization.cs`.
// AHP criteria weights → gates → TOPSIS ranking → comparison with the weighted sum → SMAA robustness →
// exact selection under a two-year budget beside the greedy baseline. See docs/prioritization.md.
using System.Globalization;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
string[] criteria = ["value", "fit", "risk"];

// 1. Criteria weights from pairwise judgements (Saaty 1-9): value is 2x as important as fit, 4x as risk; fit 2x risk.
PairwiseMatrix judgements = PairwiseMatrix.FromLabelledJudgements(criteria, [("value", "fit", 2), ("value", "risk", 4), ("fit", "risk", 2)]);
AhpResult ahp = AhpAnalysis.Analyze(judgements);
Console.WriteLine($"AHP weights {string.Join(", ", ahp.Priorities.Select(p => p.ToString("0.000")))}, λmax {ahp.LambdaMax:0.000}, CR {ahp.ConsistencyRatio:0.000}");

// 2. The decision matrix: NPV (EUR m, benefit), strategic fit (1-5, benefit), delivery risk (1-5, cost).
var matrix = DecisionMatrix.FromRows(
    ["A", "B", "C", "D", "E"],
    [Criterion.Benefit("value"), Criterion.Benefit("fit", 1, 5), Criterion.Cost("risk", 1, 5)],
    [[4.0, 3, 2], [2.5, 5, 1], [6.0, 2, 5], [3.0, 4, 3], [1.0, 2, 2]]);

// 3. Gates before scoring: delivery risk at most 4 knocks out C.
GateResult gates = Gates.Apply(matrix, [Gate.AtMost("risk", 4)]);
DecisionMatrix screened = gates.Passed!;
Console.WriteLine($"Gates: {string.Join(", ", gates.Failures.Select(f => f.Alternative))} knocked out");

// 4. Rank with TOPSIS and with the weighted sum, and compare the two rankings.
CriteriaWeights weights = CriteriaWeights.Create([.. ahp.Priorities], WeightPolicy.Normalize);
var topsis = new Topsis().Evaluate(screened, weights);
var wsm = new WeightedSum().Evaluate(screened, weights);
foreach (int i in topsis.Ranking.Order)
{
    Console.WriteLine($"  {screened.Alternatives[i]}  TOPSIS {topsis.Preferences[i]:0.000} (rank {topsis.Ranking.Ranks[i]})  WSM rank {wsm.Ranking.Ranks[i]}");
}

Console.WriteLine($"WS similarity of the two rankings {RankCorrelation.WS(topsis.Ranking, wsm.Ranking):0.000}");

// 5. Robustness: how often is each candidate first when the weights are drawn uniformly (SMAA-2)?
SmaaResult smaa = Smaa.Run(new Topsis(), screened, new SmaaOptions { Samples = 20_000, Seed = 7 });
Console.WriteLine("First-rank acceptability: " + string.Join(", ", screened.Alternatives.Select(a => $"{a} {smaa.FirstRankAcceptability(a):0.00}")));

// 6. Select under a budget of 5 per year for two years (capex per year), B needs D; value = TOPSIS closeness.
var capex = new ResourceRow("capex", [5, 5], new Dictionary<string, double[]>
{
    ["A"] = [3, 1], ["B"] = [2, 2], ["D"] = [2, 2], ["E"] = [1, 1],
});
SelectionProblem problem = SelectionProblem
    .Create(screened.Alternatives.Select(a => new SelectionCandidate(a, topsis.PreferenceOf(a))), [capex])
    .Requires("B", "D");
SelectionResult best = PortfolioSelector.Solve(problem);
Console.WriteLine($"Exact ({best.Status}): {string.Join(" ", best.SelectedIds)} value {best.TotalValue:0.000}; greedy: {string.Join(" ", best.Greedy.SelectedIds)} value {best.Greedy.TotalValue:0.000}");

// Guards: checks that do not depend on our own output. A consistent set of judgements (2·2 = 4) has CR 0; the
// exact optimum equals brute force over all 2^4 subsets; the weights sum to 1.
double brute = BruteForce(problem);
if (Math.Abs(ahp.ConsistencyRatio!.Value) > 1e-9 || best.Status != SelectionStatus.Optimal || Math.Abs(best.TotalValue!.Value - brute) > 1e-12
    || Math.Abs(weights.Values.Sum() - 1) > 1e-12 || best.TotalValue < best.Greedy.TotalValue)
{
    Console.Error.WriteLine("The example no longer matches docs/prioritization.md.");
    return 1;
}

return 0;

static double BruteForce(SelectionProblem p)
{
    int n = p.Candidates.Length;
    double bestValue = double.NegativeInfinity;
    for (int mask = 0; mask < 1 << n; mask++)
    {
        bool In(string id) => (mask & (1 << p.IndexOf(id))) != 0;
        if (In("B") && !In("D"))
        {
            continue;
        }

        bool fits = true;
        for (int t = 0; t < 2; t++)
        {
            double used = p.Candidates.Where(c => In(c.Id)).Sum(c => p.Rows[0].ConsumptionOf(c.Id, t));
            fits &= used <= p.Rows[0].Capacity[t] + 1e-9;
        }

        if (fits)
        {
            bestValue = Math.Max(bestValue, p.Candidates.Where(c => In(c.Id)).Sum(c => c.Value));
        }
    }

    return bestValue;
}
