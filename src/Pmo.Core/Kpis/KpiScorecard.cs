using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>
/// Every KPI of one subject evaluated at one as-of date, with an overall status (a status roll-up of the KPIs'
/// statuses) and the forecast exceptions. The unit a report shows per project, programme or portfolio.
/// </summary>
public sealed class KpiScorecard
{
    internal KpiScorecard(string subjectId, LocalDate asOf, ImmutableArray<KpiEvaluation> evaluations, StatusRollupRule rule)
    {
        SubjectId = subjectId;
        AsOf = asOf;
        Evaluations = evaluations;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        StatusScale? scale = null;
        bool mixed = false;
        foreach (KpiEvaluation e in evaluations)
        {
            if (e.Definition.Scale is { } s)
            {
                if (scale is null)
                {
                    scale = s;
                }
                else if (!scale.Equals(s))
                {
                    mixed = true;
                }
            }
        }

        if (mixed)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "Overall", "The KPIs use different status scales; there is no overall status."));
        }
        else
        {
            Overall = StatusRollup.Combine(evaluations, rule);
        }

        Diagnostics = diagnostics.ToImmutable();
    }

    /// <summary>Gets the subject's id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the evaluations, in the order of the definitions.</summary>
    public ImmutableArray<KpiEvaluation> Evaluations { get; }

    /// <summary>Gets the overall status (null when the KPIs use different scales or all are neutral).</summary>
    public StatusRollupResult? Overall { get; }

    /// <summary>Gets the evaluations whose forecast breaches tolerance before the actual does (PRINCE2 exceptions).</summary>
    public IEnumerable<KpiEvaluation> ForecastBreaches => Evaluations.Where(e => e.ForecastBreach);

    /// <summary>Gets notes on the scorecard as a whole.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the evaluation of a KPI.</summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="KeyNotFoundException">The scorecard has no such KPI.</exception>
    public KpiEvaluation this[string kpiId] =>
        Evaluations.FirstOrDefault(e => e.KpiId == kpiId) ?? throw new KeyNotFoundException($"The scorecard of '{SubjectId}' has no KPI '{kpiId}'.");

    /// <summary>Evaluates every KPI for one subject.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="definitions">The KPIs: unique ids. For formula KPIs, include their definitions and pass the observations of <see cref="FormulaKpi.Apply"/>.</param>
    /// <param name="observations">Observations of any KPIs and subjects; those of other subjects and of KPIs not defined are ignored.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="overallRule">The rule of the overall status; default <see cref="StatusRollupRule.WorstWins"/>.</param>
    /// <param name="forecasts">Caller-supplied forecasts by KPI id (they replace the trend projection), or null.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjectId"/>, <paramref name="definitions"/>, <paramref name="observations"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is blank, a KPI id repeats, or the subject has two observations of a KPI on one date.</exception>
    [Pure]
    public static KpiScorecard Evaluate(string subjectId, IEnumerable<KpiDefinition> definitions, IEnumerable<KpiObservation> observations, LocalDate asOf, StatusRollupRule? overallRule = null, IReadOnlyDictionary<string, KpiForecast>? forecasts = null)
    {
        Guard.Against.NullOrWhiteSpace(subjectId);
        ImmutableArray<KpiDefinition> defs = KpiRollup.CheckDefinitions(definitions);
        Guard.Against.Null(observations);
        var byKpi = new Dictionary<string, List<KpiObservation>>(StringComparer.Ordinal);
        foreach (KpiDefinition d in defs)
        {
            byKpi[d.Id] = [];
        }

        int i = 0;
        foreach (KpiObservation o in observations)
        {
            if (o is null)
            {
                throw new ArgumentNullException(nameof(observations), $"{nameof(observations)}[{i}] is null.");
            }

            i++;
            if (o.SubjectId == subjectId && byKpi.TryGetValue(o.KpiId, out List<KpiObservation>? list))
            {
                list.Add(o);
            }
        }

        var evaluations = ImmutableArray.CreateBuilder<KpiEvaluation>(defs.Length);
        foreach (KpiDefinition d in defs)
        {
            List<KpiObservation> list = byKpi[d.Id];
            KpiEvaluator.SortUnique(list, nameof(observations));
            KpiForecast? forecast = forecasts is not null && forecasts.TryGetValue(d.Id, out KpiForecast f) ? f : null;
            evaluations.Add(KpiEvaluator.EvaluateSorted(d, subjectId, list, asOf, forecast));
        }

        return new KpiScorecard(subjectId, asOf, evaluations.MoveToImmutable(), overallRule ?? StatusRollupRule.WorstWins);
    }
}

/// <summary>
/// Scorecards of every node of a hierarchy (projects, programmes, portfolio): each KPI rolled up with its own
/// aggregation rule and the rolled values evaluated, plus the per-KPI roll-up details.
/// </summary>
public sealed class PortfolioScorecard
{
    private readonly KpiHierarchy hierarchy;

    internal PortfolioScorecard(KpiHierarchy hierarchy, ImmutableArray<KpiRollupResult> rollups, ImmutableArray<KpiScorecard> scorecards)
    {
        this.hierarchy = hierarchy;
        Rollups = rollups;
        Scorecards = scorecards;
    }

    /// <summary>Gets the per-KPI roll-ups, in the order of the definitions.</summary>
    public ImmutableArray<KpiRollupResult> Rollups { get; }

    /// <summary>Gets one scorecard per hierarchy node (in its input order) built from the rolled-up values.</summary>
    public ImmutableArray<KpiScorecard> Scorecards { get; }

    /// <summary>Gets the scorecard of a node.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public KpiScorecard this[string id] => Scorecards[hierarchy.IndexOf(id)];
}
