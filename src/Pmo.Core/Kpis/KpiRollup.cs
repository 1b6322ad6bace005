using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>
/// Rolls KPI values up over a grouping or a hierarchy with an <see cref="AggregationRule"/>: sum, mean, weighted mean,
/// min, max, count, last, and the ratio of sums (a programme's CPI is ΣEV / ΣAC, never the mean of CPIs).
/// </summary>
/// <remarks>
/// <para>
/// <b>Which values.</b> Each subject contributes the value in force at the as-of date under the KPI's missing-data
/// policy (for <see cref="AggregationRule.RatioOfSums"/>: the latest observation carrying numerator and denominator).
/// A node aggregates its own value and all its descendants' values directly (a mean is the mean over the subtree's
/// subjects, not the mean of the children's means). Leaves without a usable value count as missing; summary nodes
/// count only when they have observations of their own.
/// </para>
/// <para>
/// <b>Algorithm.</b> Iterative: one breadth-first order and one reverse sweep merging associative accumulators, as in
/// <c>WbsRollup</c>, so very deep or wide hierarchies work without recursion.
/// </para>
/// </remarks>
public static class KpiRollup
{
    /// <summary>Aggregates observations (one per subject, typically the current ones) with a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="observations">The observations. Null values count as missing (for a ratio of sums, observations with components are used even when their value is undefined).</param>
    /// <param name="weight">The weight of an observation for <see cref="AggregationRule.WeightedMean"/> (finite, zero or positive); required for that rule, ignored otherwise.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an observation is null, or <paramref name="weight"/> is null for a weighted mean.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is undefined, or a weight is NaN, infinite or negative.</exception>
    [Pure]
    public static KpiAggregate Aggregate(AggregationRule rule, IEnumerable<KpiObservation> observations, Func<KpiObservation, double>? weight = null)
    {
        CheckRule(rule);
        Guard.Against.Null(observations);
        if (rule == AggregationRule.WeightedMean)
        {
            Guard.Against.Null(weight);
        }

        var acc = new ValueAccumulator();
        string metric = "Aggregate";
        int i = 0;
        foreach (KpiObservation o in observations)
        {
            if (o is null)
            {
                throw new ArgumentNullException(nameof(observations), $"{nameof(observations)}[{i}] is null.");
            }

            metric = o.KpiId;
            Add(acc, rule, o, rule == AggregationRule.WeightedMean ? CheckWeight(weight!(o), i, nameof(weight)) : 1, i);
            i++;
        }

        return acc.Result(rule, metric);
    }

    /// <summary>Rolls a KPI up over a hierarchy (or a grouping: see <see cref="KpiHierarchy.Flat"/>).</summary>
    /// <param name="definition">The KPI.</param>
    /// <param name="hierarchy">The subjects.</param>
    /// <param name="observations">Observations of any KPIs; those of other KPIs are ignored, those of subjects outside the hierarchy are ignored and counted in a diagnostic.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="statusRule">The rule of each node's <see cref="KpiRollupNode.SubjectStatus"/>; default <see cref="StatusRollupRule.WorstWins"/>.</param>
    /// <param name="rule">The aggregation rule; default the definition's <see cref="KpiDefinition.Aggregation"/>.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/>, <paramref name="hierarchy"/>, <paramref name="observations"/> or an observation is null.</exception>
    /// <exception cref="ArgumentException">A subject has two observations of the KPI on one date, or a percent-best status rule does not fit the scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is undefined.</exception>
    [Pure]
    public static KpiRollupResult Values(KpiDefinition definition, KpiHierarchy hierarchy, IEnumerable<KpiObservation> observations, LocalDate asOf, StatusRollupRule? statusRule = null, AggregationRule? rule = null)
    {
        Guard.Against.Null(definition);
        Guard.Against.Null(hierarchy);
        Guard.Against.Null(observations);
        AggregationRule r = rule ?? definition.Aggregation;
        CheckRule(r);
        StatusRollupRule sr = statusRule ?? StatusRollupRule.WorstWins;
        if (definition.Scale is { } sc && sr.Kind == StatusRollupKind.PercentBest && sr.MinimumBestFractions.Length != sc.Count - 1)
        {
            throw new ArgumentException($"{nameof(statusRule)} has {sr.MinimumBestFractions.Length} fraction(s) but the {sc.Count}-level scale '{sc.Id}' needs {sc.Count - 1}.", nameof(statusRule));
        }

        int count = hierarchy.Count;
        var own = new List<KpiObservation>?[count];
        int outside = 0;
        int idx = 0;
        foreach (KpiObservation o in observations)
        {
            if (o is null)
            {
                throw new ArgumentNullException(nameof(observations), $"{nameof(observations)}[{idx}] is null.");
            }

            idx++;
            if (o.KpiId != definition.Id)
            {
                continue;
            }

            if (!hierarchy.Contains(o.SubjectId))
            {
                outside++;
                continue;
            }

            int k = hierarchy.IndexOf(o.SubjectId);
            (own[k] ??= []).Add(o);
        }

        StatusScale? scale = definition.Scale;
        var acc = new ValueAccumulator[count];
        var tally = new StatusTally[count];
        var ownEval = new KpiEvaluation?[count];
        bool ratio = r == AggregationRule.RatioOfSums;
        for (int i = 0; i < count; i++)
        {
            acc[i] = new ValueAccumulator();
            tally[i] = new StatusTally(scale?.Count ?? 0);
            List<KpiObservation> list = own[i] ?? [];
            KpiEvaluator.SortUnique(list, nameof(observations));
            bool participates = hierarchy.ChildCount[i] == 0 || list.Count > 0;
            if (!participates)
            {
                continue;
            }

            KpiEvaluation e = KpiEvaluator.EvaluateSorted(definition, hierarchy.Nodes[i].Id, list, asOf, null);
            ownEval[i] = e;
            if (scale is not null)
            {
                tally[i].Add(e.Status?.Rank ?? -1, e.ValueDate ?? asOf);
            }

            KpiObservation? used = ratio
                ? KpiEvaluator.Resolve(definition, list, asOf, out _, out _, null, components: true) ?? KpiEvaluator.Resolve(definition, list, asOf, out _, out _, null)
                : KpiEvaluator.Resolve(definition, list, asOf, out _, out _, null);
            if (used is null)
            {
                acc[i].Missing++;
            }
            else
            {
                Add(acc[i], r, used, hierarchy.Nodes[i].Weight, i);
            }
        }

        int[] order = hierarchy.Order;
        int[] parent = hierarchy.Parent;
        for (int o = count - 1; o >= 0; o--)
        {
            int node = order[o];
            int p = parent[node];
            if (p >= 0)
            {
                acc[p].Merge(acc[node]);
                tally[p].Merge(tally[node]);
            }
        }

        KpiDefinition rolledDefinition = definition.ForecastTolerance is null ? definition : definition.WithForecastTolerance(null);
        var nodes = ImmutableArray.CreateBuilder<KpiRollupNode>(count);
        for (int i = 0; i < count; i++)
        {
            KpiHierarchyNode h = hierarchy.Nodes[i];
            KpiAggregate aggregate = acc[i].Result(r, definition.Id);
            KpiEvaluation rolled = KpiEvaluator.EvaluateSorted(rolledDefinition, h.Id, [new KpiObservation(definition.Id, h.Id, asOf, aggregate.Value)], asOf, null);
            nodes.Add(new KpiRollupNode
            {
                Id = h.Id,
                ParentId = h.ParentId,
                Depth = hierarchy.Depth[i],
                ChildCount = hierarchy.ChildCount[i],
                Aggregate = aggregate,
                Evaluation = rolled,
                OwnEvaluation = ownEval[i],
                SubjectStatus = scale is null ? null : StatusRollup.Decide(scale, tally[i], sr),
            });
        }

        ImmutableArray<Diagnostic> diagnostics = outside > 0
            ? [new Diagnostic(DiagnosticKind.Information, definition.Id, $"{outside} observation(s) of subjects outside the hierarchy were ignored.")]
            : [];
        return new KpiRollupResult(definition, asOf, r, hierarchy, nodes.MoveToImmutable(), diagnostics);
    }

    /// <summary>
    /// Rolls every KPI up over a hierarchy and builds one scorecard per node from the rolled-up values (each KPI with
    /// its own aggregation rule). The overall status of each node's scorecard uses <paramref name="overallRule"/>.
    /// </summary>
    /// <param name="definitions">The KPIs: unique ids.</param>
    /// <param name="hierarchy">The subjects.</param>
    /// <param name="observations">Observations of any KPIs and subjects.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="overallRule">The rule of each scorecard's overall status and of each KPI's subject status; default <see cref="StatusRollupRule.WorstWins"/>.</param>
    /// <returns>The portfolio scorecard.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A KPI id repeats, a subject has two observations of a KPI on one date, or a percent-best rule does not fit a KPI's scale.</exception>
    [Pure]
    public static PortfolioScorecard Scorecards(IEnumerable<KpiDefinition> definitions, KpiHierarchy hierarchy, IEnumerable<KpiObservation> observations, LocalDate asOf, StatusRollupRule? overallRule = null)
    {
        ImmutableArray<KpiDefinition> defs = CheckDefinitions(definitions);
        Guard.Against.Null(hierarchy);
        Guard.Against.Null(observations);
        KpiObservation[] all = [.. observations];
        StatusRollupRule rule = overallRule ?? StatusRollupRule.WorstWins;
        ImmutableArray<KpiRollupResult> rollups = [.. defs.Select(d => Values(d, hierarchy, all, asOf, rule))];
        var cards = ImmutableArray.CreateBuilder<KpiScorecard>(hierarchy.Count);
        for (int i = 0; i < hierarchy.Count; i++)
        {
            cards.Add(new KpiScorecard(hierarchy.Nodes[i].Id, asOf, [.. rollups.Select(r => r.Nodes[i].Evaluation)], rule));
        }

        return new PortfolioScorecard(hierarchy, rollups, cards.MoveToImmutable());
    }

    internal static ImmutableArray<KpiDefinition> CheckDefinitions(IEnumerable<KpiDefinition> definitions)
    {
        Guard.Against.Null(definitions);
        ImmutableArray<KpiDefinition> defs = [.. definitions];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < defs.Length; i++)
        {
            if (defs[i] is null)
            {
                throw new ArgumentNullException(nameof(definitions), $"{nameof(definitions)}[{i}] is null.");
            }

            if (!ids.Add(defs[i].Id))
            {
                throw new ArgumentException($"{nameof(definitions)} contains the KPI id '{defs[i].Id}' more than once; ids must be unique.", nameof(definitions));
            }
        }

        return defs;
    }

    private static void Add(ValueAccumulator acc, AggregationRule rule, KpiObservation o, double weight, int order)
    {
        if (rule == AggregationRule.RatioOfSums)
        {
            if (o.HasComponents)
            {
                acc.AddComponents(o.Numerator!.Value, o.Denominator!.Value);
            }
            else if (o.Value.HasValue)
            {
                acc.WithoutComponents++;
            }
            else
            {
                acc.Missing++;
            }

            return;
        }

        if (o.Value is { } v)
        {
            acc.AddValue(v, weight, o.Date, order);
        }
        else
        {
            acc.Missing++;
        }
    }

    private static double CheckWeight(double w, int index, string paramName) => double.IsFinite(w) && w >= 0
        ? w
        : throw new ArgumentOutOfRangeException(paramName, w, $"{paramName} of observations[{index}] must be a finite number, zero or positive (got {w}).");

    private static void CheckRule(AggregationRule rule)
    {
        if (!Enum.IsDefined(rule))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, $"{nameof(rule)} must be a defined {nameof(AggregationRule)} (got {(int)rule}).");
        }
    }
}
