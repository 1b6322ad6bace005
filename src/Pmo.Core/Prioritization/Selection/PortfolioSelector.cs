using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>
/// Exact portfolio selection: the subset of candidates with the largest total value under per-period budgets and
/// resources, dependencies, exclusions, groups, forcing and counts, proven optimal by branch and bound, with a greedy
/// baseline beside it and an explanation when no subset is feasible.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm (pure managed, deterministic, no randomness or timing): best-bound branch and bound with plunging over the
/// binary variables (E. Balas, 1965; S. Martello and P. Toth, <i>Knapsack Problems</i>, 1990, §2.5 and §6.4; node
/// selection as in T. Achterberg, <i>Constraint Integer Programming</i>, 2007, ch. 6): the open node with the largest
/// bound is re-entered from the root and the search dives from it, keeping siblings open, so the largest open bound is a
/// proven global upper bound at any time.
/// </para>
/// <list type="bullet">
/// <item><description>Propagation at every node on an undo trail: a candidate fixed in subtracts its consumption from
/// every row and period and fixes out every free candidate that no longer fits; fixes its prerequisites in; fixes out
/// the other members of an exclusion or group that reached its maximum; a candidate fixed out fixes its dependents out
/// and fixes in the remaining members of a group that can only just reach its minimum; contradictions prune.</description></item>
/// <item><description>Bounds, each valid for any multipliers ≥ 0 (so an iteration cap or rounding can weaken a bound,
/// never invalidate it): (a) the LP relaxation (capacities, count maxima, requirements), kept as a dense bounded-variable
/// tableau between nodes and re-optimised from the parent's basis by the dual simplex (C. E. Lemke, 1954), taken as the
/// Lagrangian value of its duals <c>y·b + Σ_j max(0, v_j − y·A_j)</c> (weak duality); run only when the cheap bounds do
/// not prune: (b) an incremental Lagrangian bound with the root LP duals or subgradient multipliers over every row
/// (M. Held, P. Wolfe and H. P. Crowder, 1974; M. L. Fisher, <i>Management Science</i> 27(1), 1981), and (c) the Dantzig
/// bound of the surrogate knapsack <c>Σ_k μ_k a_kj x_j ≤ Σ_k μ_k residual_k</c> (F. Glover, "Surrogate constraints",
/// <i>Operations Research</i> 16, 1968). Reduced-cost fixing with the LP duals at the root and at every node.</description></item>
/// <item><description>Incumbent: the greedy baseline, an LP-rounding heuristic at the root and every 64 nodes, each
/// solution improved by a local search (add, drop, 1-1 exchange) that keeps every constraint.</description></item>
/// <item><description>Branching: pseudo-costs with the product score (M. Bénichou et al., 1971; T. Achterberg, T. Koch
/// and A. Martin, "Branching rules revisited", <i>Operations Research Letters</i> 33, 2005) on the fractional LP
/// variables, trying the side the LP rounds towards first.</description></item>
/// </list>
/// <para>
/// A node is pruned when its bound is at most the incumbent + 1e-9·max(s, |incumbent|), so <see cref="SelectionStatus.Optimal"/>
/// means optimal within that relative tolerance; s is 1, or, when every |value| is below 1, the largest power of two
/// not above the largest |value|. Capacities are checked with a tolerance of 1e-9·max(s<sub>r,t</sub>, capacity), with
/// s<sub>r,t</sub> chosen the same way from the row-period's capacity and largest consumption. Internally the objective
/// and such rows are scaled by those powers of two (exactly), so the simplex and the search see magnitudes of about 1
/// and the result does not depend on the money scale (issue 9 §4: amounts from 1e-9 to 1e13 give the same selection).
/// The node limit stops the search with <see cref="SelectionStatus.NodeLimitReached"/>, the best selection found and
/// a proven upper bound. Sized for PMO problems: hundreds of candidates, a handful of rows over a few dozen periods.
/// </para>
/// </remarks>
public static class PortfolioSelector
{
    /// <summary>Solves a selection problem exactly.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Options (node limits, explanation); null for <see cref="SelectionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the search (checked on entry and every 16 nodes).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A candidate's greedy cost aggregate <c>Σ a / cap</c> overflows the
    /// double range (a capacity too small, e.g. subnormal, for its consumption); names <paramref name="problem"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    [Pure]
    public static SelectionResult Solve(SelectionProblem problem, SelectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(problem);
        options ??= SelectionOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        SelectionModel model = SelectionModel.Build(problem);
        GreedyBaseline greedy = Greedy(problem, model, out sbyte[]? greedyAssignment);
        var search = new SelectionSearch(model);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!search.Root())
        {
            InfeasibilityExplanation? why = options.ExplainInfeasibility ? Explain(problem, options, cancellationToken) : null;
            return new SelectionResult(problem, SelectionStatus.Infeasible, [], null, null, null, 0, [], greedy, why, Undefined(diagnostics));
        }

        if (greedyAssignment is not null)
        {
            search.SetIncumbent(model.ToModelValue(greedy.TotalValue!.Value), greedyAssignment);
        }

        SearchOutcome outcome = search.Run(options.NodeLimit, false, cancellationToken);
        double? root = double.IsFinite(search.RootBound) ? model.FromModelValue(search.RootBound) : null;

        // The search counts the node at which it detects the limit (limit + 1) but does not explore it.
        long nodes = Math.Min(search.Nodes, options.NodeLimit);
        if (outcome == SearchOutcome.Infeasible)
        {
            InfeasibilityExplanation? why = options.ExplainInfeasibility ? Explain(problem, options, cancellationToken) : null;
            return new SelectionResult(problem, SelectionStatus.Infeasible, [], null, null, root, nodes, [], greedy, why, Undefined(diagnostics));
        }

        if (outcome == SearchOutcome.LimitReached)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "Status", string.Create(CultureInfo.InvariantCulture,
                $"The node limit of {options.NodeLimit} was reached: the selection is the best found, not proven optimal; the optimum is at most {model.FromModelValue(search.UpperBound)}.")));
            if (!search.Found)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "TotalValue", "No feasible selection was found before the node limit, and infeasibility was not proven."));
                return new SelectionResult(problem, SelectionStatus.NodeLimitReached, [], null, model.FromModelValue(search.UpperBound), root, nodes, [], greedy, null, diagnostics.ToImmutable());
            }
        }

        ImmutableArray<string> ids = Ids(problem, search.Best);
        double total = Total(problem, search.Best);
        double? upper = outcome == SearchOutcome.Optimal ? total : model.FromModelValue(search.UpperBound);
        SelectionStatus status = outcome == SearchOutcome.Optimal ? SelectionStatus.Optimal : SelectionStatus.NodeLimitReached;
        if (!greedy.Found)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "GreedyGap", "The greedy baseline found no feasible selection, so there is no gap to report."));
        }

        return new SelectionResult(problem, status, ids, total, upper, root, nodes, Usages(problem, search.Best), greedy, null, diagnostics.ToImmutable());
    }

    private static ImmutableArray<Diagnostic> Undefined(ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "TotalValue", "No selection satisfies every constraint; see Infeasibility for the conflicting constraints."));
        return diagnostics.ToImmutable();
    }

    internal static ImmutableArray<string> Ids(SelectionProblem problem, sbyte[] x) =>
        [.. problem.Candidates.Where((c, j) => x[j] == 1).Select(c => c.Id)];

    /// <summary>Sums the selected values in input order (so equal selections give bit-identical totals).</summary>
    internal static double Total(SelectionProblem problem, sbyte[] x)
    {
        double s = 0;
        for (int j = 0; j < x.Length; j++)
        {
            if (x[j] == 1)
            {
                s += problem.Candidates[j].Value;
            }
        }

        return s;
    }

    private static ImmutableArray<RowUsage> Usages(SelectionProblem problem, sbyte[] x)
    {
        var forcedOut = new HashSet<string>(problem.ForcedOut, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<RowUsage>(problem.Rows.Length);
        foreach (ResourceRow row in problem.Rows)
        {
            var usage = new double[row.PeriodCount];
            for (int j = 0; j < x.Length; j++)
            {
                if (x[j] == 1 && row.Consumption.TryGetValue(problem.Candidates[j].Id, out ImmutableArray<double> a))
                {
                    for (int t = 0; t < usage.Length; t++)
                    {
                        usage[t] += a[t];
                    }
                }
            }

            var magnitude = new double[row.PeriodCount];
            for (int t = 0; t < magnitude.Length; t++)
            {
                magnitude[t] = SelectionModel.Magnitude(row, t);
            }

            var binding = new SortedSet<int>();
            var blocked = ImmutableArray.CreateBuilder<string>();
            for (int j = 0; j < x.Length; j++)
            {
                string id = problem.Candidates[j].Id;
                if (x[j] == 1 || forcedOut.Contains(id) || !row.Consumption.TryGetValue(id, out ImmutableArray<double> a))
                {
                    continue;
                }

                bool blocks = false;
                for (int t = 0; t < usage.Length; t++)
                {
                    double cap = row.Capacity[t];
                    if (a[t] > cap - usage[t] + SelectionModel.Tolerance(cap, magnitude[t]))
                    {
                        binding.Add(t);
                        blocks = true;
                    }
                }

                if (blocks)
                {
                    blocked.Add(id);
                }
            }

            result.Add(new RowUsage(row.Name, row.Capacity, [.. usage], [.. binding], blocked.ToImmutable()));
        }

        return result.MoveToImmutable();
    }

    private static GreedyBaseline Greedy(SelectionProblem problem, SelectionModel model, out sbyte[]? assignment)
    {
        int n = model.N;
        double[] cost = model.GreedyCost;
        int bad = Array.FindIndex(cost, c => !double.IsFinite(c));
        if (bad >= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(problem), $"The greedy cost aggregate Σ a / cap of candidate '{problem.Candidates[bad].Id}' overflows the double range: a capacity is too small (subnormal) for its consumption.");
        }

        int[] order = [.. Enumerable.Range(0, n)
            .OrderByDescending(j => cost[j] > 0 ? model.Value[j] / cost[j] : model.Value[j] > 0 ? double.PositiveInfinity : model.Value[j] == 0 ? 0 : double.NegativeInfinity)
            .ThenBy(j => j)];
        ImmutableArray<double> costs = [.. cost];
        ImmutableArray<string> orderIds = [.. order.Select(j => problem.Candidates[j].Id)];
        assignment = null;
        var s = new SelectionSearch(model);
        if (!s.Root())
        {
            return new GreedyBaseline(false, [], null, costs, orderIds);
        }

        foreach (int j in order)
        {
            if (model.Value[j] > 0 && s.State(j) == -1)
            {
                int mark = s.Mark;
                if (!s.FixAndPropagate(j, 1))
                {
                    s.Undo(mark);
                }
            }
        }

        foreach (int j in order)
        {
            if (s.State(j) != -1)
            {
                continue;
            }

            int mark = s.Mark;
            if (!s.FixAndPropagate(j, 0))
            {
                s.Undo(mark);
                if (!s.FixAndPropagate(j, 1))
                {
                    return new GreedyBaseline(false, [], null, costs, orderIds);
                }
            }
        }

        var x = new sbyte[n];
        for (int j = 0; j < n; j++)
        {
            x[j] = s.State(j);
        }

        assignment = x;
        return new GreedyBaseline(true, Ids(problem, x), Total(problem, x), costs, orderIds);
    }

    /// <summary>Deletion filter (Chinneck 2008, §2.2): drop each constraint in turn, keep it only if the rest become feasible.</summary>
    private static InfeasibilityExplanation Explain(SelectionProblem problem, SelectionOptions options, CancellationToken cancellationToken)
    {
        List<ConstraintRef> catalog = SelectionModel.Catalog(problem);
        var inactive = new HashSet<ConstraintRef>();
        bool minimal = true;
        int checks = 0;
        foreach (ConstraintRef c in catalog)
        {
            inactive.Add(c);
            checks++;
            SearchOutcome outcome = Feasibility(problem, inactive, options.ExplanationNodeLimit, cancellationToken);
            if (outcome != SearchOutcome.Infeasible)
            {
                inactive.Remove(c);
                minimal &= outcome == SearchOutcome.Optimal;
            }
        }

        List<ConstraintRef> kept = [.. catalog.Where(c => !inactive.Contains(c))];
        var conflicts = ImmutableArray.CreateBuilder<SelectionConflict>(kept.Count);
        foreach (ConstraintRef c in kept)
        {
            conflicts.Add(Describe(problem, c, catalog, kept, options, cancellationToken));
        }

        return new InfeasibilityExplanation(conflicts.MoveToImmutable(), minimal, checks);
    }

    private static SearchOutcome Feasibility(SelectionProblem problem, HashSet<ConstraintRef> inactive, long limit, CancellationToken cancellationToken)
    {
        var search = new SelectionSearch(SelectionModel.Build(problem, inactive));
        return !search.Root() ? SearchOutcome.Infeasible : search.Run(limit, true, cancellationToken);
    }

    private static string Num(double v) => v.ToString("#,0.########", CultureInfo.InvariantCulture);

    private static SelectionConflict Describe(SelectionProblem p, ConstraintRef c, List<ConstraintRef> catalog, List<ConstraintRef> kept, SelectionOptions options, CancellationToken cancellationToken)
    {
        switch (c.Kind)
        {
            case SelectionConstraintKind.Capacity:
            {
                ResourceRow row = p.Rows[c.Index];
                double cap = row.Capacity[c.Period];
                string where = $"'{row.Name}' in {p.PeriodLabels[c.Period]}";

                // Least use of this row-period under the other conflicting constraints: maximise −consumption.
                var inactive = new HashSet<ConstraintRef>(catalog.Where(o => o == c || !kept.Contains(o)));
                double[] values = [.. p.Candidates.Select(k => -row.ConsumptionOf(k.Id, c.Period))];
                SelectionModel model = SelectionModel.Build(p, inactive, values);
                var search = new SelectionSearch(model);
                if (search.Root() && search.Run(options.ExplanationNodeLimit, false, cancellationToken) == SearchOutcome.Optimal)
                {
                    ImmutableArray<string> users = [.. p.Candidates.Where((k, j) => search.Best[j] == 1 && row.ConsumptionOf(k.Id, c.Period) > 0).Select(k => k.Id)];
                    double need = -model.FromModelValue(search.Incumbent);
                    return new SelectionConflict(c.Kind, row.Name, c.Period, users,
                        $"{where} has capacity {Num(cap)} but the other constraints listed need at least {Num(need)} there ({string.Join(", ", users)})");
                }

                return new SelectionConflict(c.Kind, row.Name, c.Period, [], $"{where} has capacity {Num(cap)}, too little for the other constraints listed");
            }

            case SelectionConstraintKind.Requirement:
            {
                SelectionRequirement r = p.Requirements[c.Index];
                return new SelectionConflict(c.Kind, null, null, [r.Dependent, r.Prerequisite], $"{r.Dependent} requires {r.Prerequisite}");
            }

            case SelectionConstraintKind.MutualExclusion:
            {
                MutualExclusion e = p.Exclusions[c.Index];
                return new SelectionConflict(c.Kind, e.Name, null, e.CandidateIds, $"at most one of {string.Join(", ", e.CandidateIds)} may be selected (exclusion '{e.Name}')");
            }

            case SelectionConstraintKind.GroupMinimum:
            {
                CandidateGroup g = p.Groups[c.Index];
                return new SelectionConflict(c.Kind, g.Name, null, g.CandidateIds, $"group '{g.Name}' needs at least {g.Minimum} of {string.Join(", ", g.CandidateIds)}");
            }

            case SelectionConstraintKind.GroupMaximum:
            {
                CandidateGroup g = p.Groups[c.Index];
                return new SelectionConflict(c.Kind, g.Name, null, g.CandidateIds, $"group '{g.Name}' allows at most {g.Maximum} of {string.Join(", ", g.CandidateIds)}");
            }

            case SelectionConstraintKind.ForceIn:
                return new SelectionConflict(c.Kind, null, null, [p.ForcedIn[c.Index]], $"{p.ForcedIn[c.Index]} is forced in");

            case SelectionConstraintKind.ForceOut:
                return new SelectionConflict(c.Kind, null, null, [p.ForcedOut[c.Index]], $"{p.ForcedOut[c.Index]} is forced out");

            case SelectionConstraintKind.MinimumCount:
                return new SelectionConflict(c.Kind, null, null, [], $"at least {p.MinCount} candidates must be selected");

            default:
                return new SelectionConflict(c.Kind, null, null, [], $"at most {p.MaxCount} candidates may be selected");
        }
    }
}
