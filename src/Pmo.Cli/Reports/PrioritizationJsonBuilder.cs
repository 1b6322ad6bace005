using System.Collections.Immutable;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Cli.Json;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Cli.Reports;

/// <summary>Maps a <see cref="PrioritizationResult"/> to the JSON output contract.</summary>
internal static class PrioritizationJsonBuilder
{
    public static PrioritizationJson Section(PrioritizationResult r)
    {
        LoadedPrioritization round = r.Round;
        CriteriaWeights w = round.Weights.Weights;
        SelectionResult sel = r.Selection;
        return new PrioritizationJson
        {
            Name = round.Name,
            Method = new PrioritizationMethodJson
            {
                Name = round.Method.Id,
                Variant = round.Method.Variant,
                HigherIsBetter = r.Ranking.HigherIsBetter,
                TiePolicy = InputMapper.ContractName(r.Ranking.Ranking.Policy),
            },
            Criteria =
            [
                .. round.Matrix.Criteria.Select((c, i) => new CriterionJson
                {
                    Id = c.Id,
                    Name = c.Name,
                    Direction = InputMapper.ContractName(c.Direction),
                    ScaleMin = c.ScaleMin,
                    ScaleMax = c.ScaleMax,
                    Unit = c.Unit,
                    Weight = w[i],
                }),
            ],
            Weights = new WeightsJson
            {
                Source = round.Weights.Ahp is null ? "explicit" : "ahp",
                WasNormalized = round.Weights.Ahp is null && w.WasNormalized,
                OriginalSum = w.OriginalSum,
                Ahp = round.Weights.Ahp is { } ahp ? Ahp(ahp) : null,
            },
            GateFailures = [.. PrioritizationFacts.GateFailures(r).Select(f => new GateFailureJson
            {
                Candidate = f.Candidate,
                Gate = f.Gate.Name,
                Criterion = f.Gate.CriterionId ?? string.Empty,
                Operator = PrioritizationFacts.Operator(f.Gate),
                Threshold = f.Gate.Threshold ?? double.NaN,
                Value = f.Value,
            })],
            Ranking = [.. r.Ranking.Ranking.Order.Select(i => Ranked(r, i))],
            Comparisons = [.. r.Comparisons.Select(c => new MethodComparisonJson { Method = c.Id, Variant = c.Label, Spearman = c.Spearman, Ws = c.Result is null ? null : c.Ws, Error = c.Error })],
            Sensitivity = new PrioritizationSensitivityJson
            {
                TopK = round.TopK,
                BaselineTop = r.Stability.BaselineTop,
                WeightStability = [.. r.Stability.Intervals.Select(iv => new WeightIntervalJson
                {
                    Criterion = iv.CriterionId,
                    Weight = iv.Weight,
                    Lower = iv.Lower,
                    Upper = iv.Upper,
                    LowerChallenger = iv.LowerChallenger,
                    UpperChallenger = iv.UpperChallenger,
                    IsExact = iv.IsExact,
                })],
                SmaaSamples = r.Smaa.Samples,
                SmaaSeed = r.Smaa.Seed,
                RankAcceptability = [.. PrioritizationFacts.SmaaRows(r).Select(row => new RankAcceptabilityJson { Id = row.Id, Ranks = row.Ranks, TopKAcceptability = row.Ranks.Sum() })],
                LeaveOneOutReversals = r.LeaveOneOut?.ReversalCount,
                LeaveOneOutTopChangedWhenDropping = r.LeaveOneOut is { } loo ? [.. loo.Steps.Where(s => s.TopChanged).Select(s => s.Dropped)] : [],
                LeaveOneOutError = r.LeaveOneOutError,
            },
            Selection = new SelectionJson
            {
                Value = r.SelectionValueLabel,
                Status = InputMapper.ContractName(sel.Status),
                TotalValue = sel.TotalValue,
                UpperBound = sel.UpperBound,
                Gap = sel.Gap,
                NodesExplored = sel.NodesExplored,
                Periods = round.Periods,
                Selected = [.. sel.SelectedIds.Select(id => Selected(r, id))],
                ForcedIn = sel.Problem.ForcedIn,
                ForcedOut = [.. sel.Problem.ForcedOut.Except(PrioritizationFacts.KnockedOut(r))],
                KnockedOutByGates = PrioritizationFacts.KnockedOut(r),
                Budgets = [.. round.Budgets.Select(b => Budget(r, b))],
                Greedy = new GreedyJson { Found = sel.Greedy.Found, Selected = sel.Greedy.SelectedIds, TotalValue = sel.Greedy.TotalValue, GapToOptimal = sel.GreedyGap },
                Infeasibility = sel.Infeasibility?.Summary,
                Conflicts = sel.Infeasibility is { } inf ? [.. inf.Conflicts.Select(c => c.Message)] : [],
                Diagnostics = KpiJson.Diagnostics(sel.Diagnostics),
            },
            Frontier = r.Frontier is { } f
                ? new FrontierJson
                {
                    Budget = f.RowName,
                    Points = [.. f.Points.Select(pt => new FrontierPointJson
                    {
                        Budget = pt.Budget,
                        Status = InputMapper.ContractName(pt.Status),
                        Value = pt.Value,
                        GreedyValue = pt.GreedyValue,
                        Count = pt.SelectedIds.Length,
                        Selected = pt.SelectedIds,
                    })],
                }
                : null,
        };
    }

    private static AhpJson Ahp(AhpResult a) => new()
    {
        PriorityMethod = a.Method switch
        {
            AhpPriorityMethod.RowGeometricMean => "geometricMean",
            AhpPriorityMethod.NormalizedColumnMean => "columnMean",
            _ => "eigenvector",
        },
        LambdaMax = a.LambdaMax,
        ConsistencyIndex = a.ConsistencyIndex,
        ConsistencyRatio = a.ConsistencyRatio,
        RandomIndex = a.RandomIndex,
        RandomIndexTable = a.RandomIndexTable,
        ConsistencyRatioThreshold = a.ConsistencyRatioThreshold,
        IsAcceptable = a.IsAcceptable,
        GeometricConsistencyIndex = a.GeometricConsistencyIndex,
        GeometricConsistencyThreshold = a.GeometricConsistencyThreshold,
        InconsistencyHints = [.. a.InconsistencyHints.Take(3).Select(h => new InconsistencyHintJson
        {
            Row = h.RowLabel,
            Column = h.ColumnLabel,
            Judgement = h.Judgement,
            ConsistentValue = h.ConsistentValue,
            Error = h.Error,
        })],
    };

    private static RankedCandidateJson Ranked(PrioritizationResult r, int i)
    {
        string id = r.Ranking.Matrix.Alternatives[i];
        return new RankedCandidateJson
        {
            Rank = r.Ranking.Ranking.Ranks[i],
            Id = id,
            Name = PrioritizationFacts.Candidate(r, id).Name,
            Preference = r.Ranking.Preferences[i],
            SelectionValue = r.SelectionValues[i],
            Intermediates = PrioritizationFacts.Intermediates(r.Ranking, i).ToImmutableDictionary(x => x.Name, x => x.Value),
            RanksByMethod = r.Comparisons.ToImmutableDictionary(c => c.Id, c => c.Result?.Ranking.Ranks[i]),
            Selected = r.Selection.SelectedIds.Contains(id),
            SelectedByGreedy = r.Selection.Greedy.SelectedIds.Contains(id),
        };
    }

    private static SelectedCandidateJson Selected(PrioritizationResult r, string id)
    {
        LoadedCandidate c = PrioritizationFacts.Candidate(r, id);
        return new SelectedCandidateJson
        {
            Id = id,
            Name = c.Name,
            Value = r.Selection.Problem.Candidates[r.Selection.Problem.IndexOf(id)].Value,
            Demand = r.Round.Budgets.ToImmutableDictionary(b => b.Id, b => (IReadOnlyList<double>)PrioritizationFacts.Demand(c, b, r.Round.Periods.Length)),
        };
    }

    private static BudgetUsageJson Budget(PrioritizationResult r, LoadedBudget b)
    {
        RowUsage? u = r.Selection.HasSolution ? r.Selection.Usage(b.Id) : null;
        return new BudgetUsageJson
        {
            Id = b.Id,
            Name = b.Name,
            Unit = b.Unit,
            Capacity = b.Capacity,
            Usage = u?.Usage ?? [],
            Slack = u?.Slack ?? [],
            BindingPeriods = u is null ? [] : [.. u.BindingPeriods.Select(p => r.Round.Periods[p])],
            BlockedCandidates = u is null ? [] : u.BlockedCandidateIds,
            GreedyUsage = PrioritizationFacts.GreedyUsage(r, b),
        };
    }
}
