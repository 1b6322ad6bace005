using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Cli.Json;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Cli.Reports;

/// <summary>Builds the <c>pmo prioritize</c> report and the shorter prioritization section of <c>pmo report</c>.</summary>
internal static class PrioritizationReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The full report of <c>pmo prioritize</c>.</summary>
    public static ReportDocument Build(PrioritizationResult r, LoadedPrioritizationFile file, string source)
    {
        var doc = new ReportDocument().Heading(1, $"Prioritization: {r.Round.Name}");
        doc.Facts(
            ("As of", Fmt.Date(file.AsOf)),
            ("Candidates", $"{r.Round.Candidates.Length} ({r.Gates.PassingAlternatives.Length} pass the gates)"),
            ("Input", source));
        Model(doc, r, level: 2);
        GatesSection(doc, r, level: 2);
        Ranking(doc, r, level: 2, limit: int.MaxValue);
        Comparison(doc, r);
        Sensitivity(doc, r, level: 2, full: true);
        Selection(doc, r, level: 2, full: true);
        Frontier(doc, r, level: 2, full: true);
        return doc;
    }

    /// <summary>The prioritization section of the portfolio report.</summary>
    public static void Section(ReportDocument doc, PortfolioResult result)
    {
        if (result.Prioritization is not { } r)
        {
            return;
        }

        doc.Heading(2, $"Prioritization: {r.Round.Name}");
        Model(doc, r, level: 3);
        GatesSection(doc, r, level: 3);
        Ranking(doc, r, level: 3, limit: 10);
        Sensitivity(doc, r, level: 3, full: false);
        Selection(doc, r, level: 3, full: false);
        Frontier(doc, r, level: 3, full: false);
    }

    /// <summary>The JSON document of <c>pmo prioritize --format json</c>.</summary>
    public static string Json(PrioritizationResult r, LoadedPrioritizationFile file, string source)
    {
        var doc = new PrioritizationReportJson
        {
            Source = source,
            AsOf = file.AsOf,
            Currency = r.Round.Currency,
            Prioritization = PrioritizationJsonBuilder.Section(r),
        };
        return JsonSerializer.Serialize(doc, OutputJsonContext.Readable.PrioritizationReportJson) + "\n";
    }

    private static void Model(ReportDocument doc, PrioritizationResult r, int level)
    {
        LoadedPrioritization round = r.Round;
        CriteriaWeights w = round.Weights.Weights;
        doc.Heading(level, "Model");
        doc.Facts(
            ("Method", $"{round.Method.Variant} ({(r.Ranking.HigherIsBetter ? "higher" : "lower")} preference is better)"),
            ("Weights", round.Weights.Ahp is null
                ? $"explicit{(w.WasNormalized ? $", normalised from a sum of {Num(w.OriginalSum, 4)}" : ", sum to 1")}"
                : "AHP pairwise judgements"));
        TableBlock criteria = TableBlock.Create(("Criterion", false), ("Name", false), ("Direction", false), ("Scale", false), ("Unit", false), ("Weight", true));
        for (int c = 0; c < round.Matrix.CriterionCount; c++)
        {
            Criterion k = round.Matrix.Criteria[c];
            criteria.Row(k.Id, k.Name, InputMapper.ContractName(k.Direction),
                k.HasFixedScale ? $"{Num(k.ScaleMin!.Value, 2)}–{Num(k.ScaleMax!.Value, 2)}" : "observed",
                k.Unit ?? string.Empty, Num(w[c], 4));
        }

        doc.Table(criteria);
        if (round.Weights.Ahp is { } ahp)
        {
            doc.Facts(
                ("AHP priorities", ahp.Method switch { AhpPriorityMethod.RowGeometricMean => "row geometric mean", AhpPriorityMethod.NormalizedColumnMean => "normalised column mean", _ => "principal eigenvector" }),
                ("λmax", Num(ahp.LambdaMax, 4)),
                ("CI", Num(ahp.ConsistencyIndex, 4)),
                ("CR", ahp.ConsistencyRatio is { } cr ? $"{Num(cr, 4)} (RI {Num(ahp.RandomIndex ?? double.NaN, 2)}, {ahp.RandomIndexTable}; threshold {Num(ahp.ConsistencyRatioThreshold, 2)})" : Fmt.NotAvailable),
                ("GCI", $"{Num(ahp.GeometricConsistencyIndex, 4)}{(ahp.GeometricConsistencyThreshold is { } g ? $" (threshold {Num(g, 2)})" : string.Empty)}"),
                ("Consistency", ahp.IsAcceptable switch
                {
                    true => "acceptable",
                    false => "NOT ACCEPTABLE: the judgements contradict each other more than the threshold allows; revisit the pairs below",
                    null => Fmt.NotAvailable,
                }));
            if (ahp.IsAcceptable == false)
            {
                doc.Paragraph($"WARNING: AHP consistency ratio {Num(ahp.ConsistencyRatio ?? double.NaN, 3)} exceeds {Num(ahp.ConsistencyRatioThreshold, 2)}. The weights are still used.");
            }

            doc.Bullets(ahp.InconsistencyHints.Take(3).Select(h =>
                $"{h.RowLabel} vs {h.ColumnLabel}: judged {Num(h.Judgement, 3)}, consistent with the priorities would be {Num(h.ConsistentValue, 3)} (error ×{Num(h.Error, 2)})"));
        }
    }

    private static void GatesSection(ReportDocument doc, PrioritizationResult r, int level)
    {
        doc.Heading(level, "Gates");
        if (r.Round.Gates.IsEmpty)
        {
            doc.Paragraph("No gates.");
            return;
        }

        doc.Bullets(r.Round.Gates.Select(g => $"{g.Name}: {g.CriterionId} {PrioritizationFacts.Operator(g)} {Num(g.Threshold ?? double.NaN, 4)}"));
        ImmutableArray<(string Candidate, Gate Gate, double? Value)> failures = PrioritizationFacts.GateFailures(r);
        if (failures.IsEmpty)
        {
            doc.Paragraph("Every candidate passes every gate.");
            return;
        }

        TableBlock t = TableBlock.Create(("Candidate", false), ("Gate", false), ("Rule", false), ("Value", true));
        foreach ((string candidate, Gate gate, double? value) in failures)
        {
            t.Row(candidate, gate.Name, $"{gate.CriterionId} {PrioritizationFacts.Operator(gate)} {Num(gate.Threshold ?? double.NaN, 4)}", value is { } v ? Num(v, 4) : Fmt.NotAvailable);
        }

        doc.Table(t);
        doc.Paragraph("Candidates that fail a gate are not ranked and are forced out of the selection.");
    }

    private static void Ranking(ReportDocument doc, PrioritizationResult r, int level, int limit)
    {
        McdaResult res = r.Ranking;
        doc.Heading(level, limit == int.MaxValue ? "Ranking" : $"Ranking (top {limit})");
        ImmutableArray<string> inter = [.. PrioritizationFacts.Intermediates(res, 0).Select(x => x.Name)];
        var columns = new List<(string, bool)> { ("Rank", true), ("Candidate", false), ("Name", false), ("Preference", true) };
        columns.AddRange(inter.Select(n => (n, true)));
        if (limit == int.MaxValue)
        {
            columns.AddRange(r.Comparisons.Select(c => ($"#{c.Id}", true)));
        }

        columns.Add(("Selected", false));
        TableBlock t = TableBlock.Create([.. columns]);
        foreach (int i in res.Ranking.Order.Take(limit))
        {
            string id = res.Matrix.Alternatives[i];
            var cells = new List<string> { Rank(res.Ranking.Ranks[i]), id, PrioritizationFacts.Candidate(r, id).Name, Num(res.Preferences[i], 4) };
            cells.AddRange(PrioritizationFacts.Intermediates(res, i).Select(x => Num(x.Value, 4)));
            if (limit == int.MaxValue)
            {
                cells.AddRange(r.Comparisons.Select(c => c.Result is { } cr ? Rank(cr.Ranking.Ranks[i]) : Fmt.NotAvailable));
            }

            bool opt = r.Selection.SelectedIds.Contains(id);
            bool greedy = r.Selection.Greedy.SelectedIds.Contains(id);
            cells.Add(opt && greedy ? "optimal, greedy" : opt ? "optimal" : greedy ? "greedy" : string.Empty);
            t.Row([.. cells]);
        }

        doc.Table(t);
        ReportCharts.Ranking(doc, r);
    }

    private static void Comparison(ReportDocument doc, PrioritizationResult r)
    {
        doc.Heading(2, "Comparison with other methods");
        doc.Paragraph("Rank correlation of each method's ranking with the chosen one (Spearman's ρ; WS coefficient of Sałabun & Urbaniak 2020, which weighs the top ranks more). "
            + "Each candidate's rank under these methods is in the ranking table (#method columns).");
        TableBlock t = TableBlock.Create(("Method", false), ("Variant", false), ("Spearman ρ", true), ("WS", true), ("Note", false));
        foreach (MethodComparison c in r.Comparisons)
        {
            t.Row(c.Id, c.Label, c.Spearman is { } s ? Num(s, 3) : Fmt.NotAvailable, c.Result is null ? Fmt.NotAvailable : Num(c.Ws ?? double.NaN, 3), c.Error is null ? string.Empty : Truncate(c.Error, 80));
        }

        doc.Table(t);
    }

    private static void Sensitivity(ReportDocument doc, PrioritizationResult r, int level, bool full)
    {
        int k = r.Round.TopK;
        doc.Heading(level, $"Sensitivity of the top {k}");
        doc.Facts(("Top " + Fmt.Int(k), string.Join(", ", r.Stability.BaselineTop)));
        doc.Paragraph($"Weight-stability intervals: how far each criterion's weight can move (the others rescaled proportionally) before the top-{k} set changes, and who enters first.");
        TableBlock t = TableBlock.Create(("Criterion", false), ("Weight", true), ("Lower", true), ("Upper", true), ("Enters below", false), ("Enters above", false));
        foreach (Pmo.Core.Prioritization.WeightStabilityInterval iv in r.Stability.Intervals)
        {
            t.Row(iv.CriterionId, Num(iv.Weight, 4), Num(iv.Lower, 4), Num(iv.Upper, 4), iv.LowerChallenger ?? "never", iv.UpperChallenger ?? "never");
        }

        doc.Table(t);
        doc.Paragraph($"SMAA rank acceptability (share of {r.Smaa.Samples.ToString("N0", Inv)} uniformly drawn weight vectors, seed {r.Smaa.Seed.ToString(Inv)}, in which the candidate takes each rank):");
        var cols = new List<(string, bool)> { ("Candidate", false) };
        cols.AddRange(Enumerable.Range(1, k).Select(rank => ($"Rank {rank}", true)));
        cols.Add(($"Top {k}", true));
        TableBlock s = TableBlock.Create([.. cols]);
        foreach ((string id, ImmutableArray<double> ranks) in PrioritizationFacts.SmaaRows(r).Take(full ? int.MaxValue : 5))
        {
            var cells = new List<string> { id };
            cells.AddRange(ranks.Select(b => Fmt.Percent(b)));
            cells.Add(Fmt.Percent(ranks.Sum()));
            s.Row([.. cells]);
        }

        doc.Table(s);
        if (r.LeaveOneOut is not { } loo)
        {
            doc.Facts(("Leave-one-out rank reversals", $"{Fmt.NotAvailable}: {r.LeaveOneOutError}"));
            return;
        }

        ImmutableArray<string> topChanged = [.. loo.Steps.Where(x => x.TopChanged).Select(x => x.Dropped)];
        doc.Facts(("Leave-one-out rank reversals", $"{Fmt.Int(loo.ReversalCount)} pairwise reversals over {Fmt.Int(loo.Steps.Length)} removals; "
            + (topChanged.IsEmpty ? "the best candidate never changes" : $"the best candidate changes when dropping {string.Join(", ", topChanged)}")));
    }

    private static void Selection(ReportDocument doc, PrioritizationResult r, int level, bool full)
    {
        SelectionResult s = r.Selection;
        LoadedPrioritization round = r.Round;
        doc.Heading(level, "Funded portfolio within budget: optimal vs greedy");
        doc.Facts(
            ("Value maximised", r.SelectionValueLabel),
            ("Status", PrioritizationFacts.Status(s)),
            ("Optimal value", $"{Num(s.TotalValue, 4)} with {Fmt.Int(s.SelectedIds.Length)} candidates (upper bound {Num(s.UpperBound, 4)}, {s.NodesExplored.ToString("N0", Inv)} nodes)"),
            ("Greedy value", s.Greedy.Found
                ? $"{Num(s.Greedy.TotalValue, 4)} with {Fmt.Int(s.Greedy.SelectedIds.Length)} candidates (optimal − greedy = {Num(s.GreedyGap, 4)})"
                : "the greedy heuristic found no feasible portfolio"),
            ("Forced in", s.Problem.ForcedIn.IsEmpty ? "none" : string.Join(", ", s.Problem.ForcedIn)),
            ("Forced out", string.Join(", ", s.Problem.ForcedOut.Select(id => PrioritizationFacts.KnockedOut(r).Contains(id) ? $"{id} (gate)" : id)) is { Length: > 0 } fo ? fo : "none"));
        if (s.Status == SelectionStatus.Infeasible)
        {
            doc.Paragraph(s.Infeasibility?.Summary ?? "The constraints cannot all hold.");
            doc.Bullets(s.Infeasibility?.Conflicts.Select(c => c.Message) ?? []);
            return;
        }

        var cols = new List<(string, bool)> { ("Candidate", false), ("Name", false), ("Value", true) };
        foreach (LoadedBudget b in round.Budgets.Take(full ? int.MaxValue : 1))
        {
            cols.AddRange(round.Periods.Select(p => ($"{b.Id} {p}", true)));
        }

        cols.Add(("Greedy", false));
        TableBlock t = TableBlock.Create([.. cols]);
        foreach (string id in s.SelectedIds.Union(s.Greedy.SelectedIds))
        {
            LoadedCandidate c = PrioritizationFacts.Candidate(r, id);
            var cells = new List<string> { s.SelectedIds.Contains(id) ? id : $"({id})", c.Name, Num(s.Problem.Candidates[s.Problem.IndexOf(id)].Value, 4) };
            foreach (LoadedBudget b in round.Budgets.Take(full ? int.MaxValue : 1))
            {
                cells.AddRange(PrioritizationFacts.Demand(c, b, round.Periods.Length).Select(v => Amount(v, b)));
            }

            cells.Add(s.Greedy.SelectedIds.Contains(id) ? "yes" : "no");
            t.Row([.. cells]);
        }

        doc.Table(t);
        doc.Paragraph("Rows in parentheses are picked by the greedy heuristic only.");
        TableBlock u = TableBlock.Create(("Budget", false), ("Period", false), ("Capacity", true), ("Optimal uses", true), ("Slack", true), ("Greedy uses", true), ("Binds", false));
        foreach (LoadedBudget b in round.Budgets)
        {
            RowUsage ru = s.Usage(b.Id);
            ImmutableArray<double> greedy = PrioritizationFacts.GreedyUsage(r, b);
            for (int p = 0; p < round.Periods.Length; p++)
            {
                u.Row(b.Name, round.Periods[p], Amount(b.Capacity[p], b), Amount(ru.Usage[p], b), Amount(ru.Slack[p], b), Amount(greedy[p], b), ru.BindingPeriods.Contains(p) ? "yes" : string.Empty);
            }
        }

        doc.Table(u);
        doc.Paragraph("A budget binds in a period when its slack there is too small for some unselected candidate, so that budget alone keeps the candidate out.");
        doc.Bullets(s.RowUsages.Where(x => x.IsBinding).Select(x => $"{x.Name} keeps out {string.Join(", ", x.BlockedCandidateIds)}"));
        ImmutableArray<string> unfunded = [.. r.Stability.BaselineTop.Where(id => !s.SelectedIds.Contains(id))];
        if (!unfunded.IsEmpty)
        {
            doc.Paragraph($"Ranked in the top {Fmt.Int(round.TopK)} but not funded: {string.Join(", ", unfunded)} (the portfolio maximises total value within the budgets, not the rank of each candidate).");
        }

        if (!s.Diagnostics.IsEmpty)
        {
            doc.Bullets(s.Diagnostics.Select(d => d.Message));
        }
    }

    private static void Frontier(ReportDocument doc, PrioritizationResult r, int level, bool full)
    {
        if (r.Frontier is not { } f)
        {
            doc.Heading(level, "Efficient frontier");
            doc.Paragraph(r.Selection.Status == SelectionStatus.Infeasible
                ? "Not computed: the selection is infeasible."
                : $"Not computed: the first budget ({r.Round.Budgets[0].Id}) has no capacity profile to scale (zero in every period).");
            return;
        }

        LoadedBudget b = r.Round.Budgets.First(x => x.Id == f.RowName);
        doc.Heading(level, $"Efficient frontier ({b.Name})");
        doc.Paragraph($"Best value when the total {b.Id} capacity is set to each level from 0 to the level at which it stops limiting anything (every period scaled in proportion to the declared profile); the other budgets and constraints unchanged. Levels too small for the forced-in candidates are infeasible.");
        TableBlock t = TableBlock.Create(("Total budget", true), ("Status", false), ("Optimal value", true), ("Greedy value", true), ("Count", true), ("Selected", false));
        foreach (FrontierPoint pt in f.Points)
        {
            t.Row(Fmt.Money(pt.Budget), InputMapper.ContractName(pt.Status), Num(pt.Value, 4), Num(pt.GreedyValue, 4), Fmt.Int(pt.SelectedIds.Length),
                full ? string.Join(" ", pt.SelectedIds) : Truncate(string.Join(" ", pt.SelectedIds), 60));
        }

        doc.Table(t);
        ReportCharts.Frontier(doc, r);
    }

    private static string Amount(double v, LoadedBudget b) => b.Capacity.Max() >= 1000 ? Fmt.Money(v) : Num(v, 2);

    private static string Rank(double rank) => rank == Math.Floor(rank) ? Fmt.Int((int)rank) : Num(rank, 1);

    private static string Num(double? value, int decimals) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('0', decimals), Inv) : Fmt.NotAvailable;

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
