using System.Collections.Immutable;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Cli.Reports;

/// <summary>Facts derived from a <see cref="PrioritizationResult"/> shared by the text and JSON reports.</summary>
internal static class PrioritizationFacts
{
    public static LoadedCandidate Candidate(PrioritizationResult r, string id) => r.Round.Candidates.First(c => c.Id == id);

    public static ImmutableArray<(string Candidate, Gate Gate, double? Value)> GateFailures(PrioritizationResult r) =>
        [.. r.Gates.Failures.SelectMany(f => f.Violations.Select(v => (f.Alternative, v.Gate, v.Value)))];

    public static ImmutableArray<string> KnockedOut(PrioritizationResult r) => [.. r.Gates.Failures.Select(f => f.Alternative)];

    public static string Operator(Gate g) => g.Comparison switch
    {
        GateComparison.GreaterOrEqual => ">=",
        GateComparison.LessOrEqual => "<=",
        GateComparison.Greater => ">",
        GateComparison.Less => "<",
        GateComparison.Equal => "==",
        _ => "custom",
    };

    /// <summary>The chosen method's key intermediates for one candidate (row index of the ranked matrix).</summary>
    public static ImmutableArray<(string Name, double Value)> Intermediates(McdaResult result, int i) => result switch
    {
        TopsisResult t => [("dPlus", t.DistanceToIdeal[i]), ("dMinus", t.DistanceToAntiIdeal[i])],
        VikorResult v => [("s", v.S[i]), ("r", v.R[i]), ("q", v.Q[i])],
        PrometheeResult p => [("phiPlus", p.PositiveFlow[i]), ("phiMinus", p.NegativeFlow[i])],
        WaspasResult w => [("wsm", w.WeightedSumScores[i]), ("wpm", w.WeightedProductScores[i])],
        _ => [],
    };

    public static ImmutableArray<double> Demand(LoadedCandidate c, LoadedBudget b, int periods) =>
        c.Demand.TryGetValue(b.Id, out ImmutableArray<double> d) ? d : [.. new double[periods]];

    public static ImmutableArray<double> GreedyUsage(PrioritizationResult r, LoadedBudget b)
    {
        double[] usage = new double[r.Round.Periods.Length];
        foreach (string id in r.Selection.Greedy.SelectedIds)
        {
            ImmutableArray<double> d = Demand(Candidate(r, id), b, usage.Length);
            for (int t = 0; t < usage.Length; t++)
            {
                usage[t] += d[t];
            }
        }

        return [.. usage];
    }

    /// <summary>SMAA rank acceptability b^1..b^k of the candidates that reach the top k in any sample, best first.</summary>
    public static ImmutableArray<(string Id, ImmutableArray<double> Ranks)> SmaaRows(PrioritizationResult r)
    {
        int k = r.Round.TopK;
        DecisionMatrix m = r.Smaa.Matrix;
        return
        [
            .. Enumerable.Range(0, m.AlternativeCount)
                .Select(i => (Id: m.Alternatives[i], Ranks: Enumerable.Range(1, k).Select(rank => r.Smaa.RankAcceptability(i, rank)).ToImmutableArray()))
                .Where(x => x.Ranks.Sum() > 0)
                .OrderByDescending(x => x.Ranks.Sum())
                .ThenBy(x => r.Ranking.RankOf(x.Id)),
        ];
    }

    public static string Status(SelectionResult s) => s.Status switch
    {
        SelectionStatus.Optimal => "optimal (proven by branch and bound)",
        SelectionStatus.Infeasible => "infeasible",
        _ => $"node limit reached: best found, gap to the proven bound {Fmt.Index(s.Gap)}",
    };
}
