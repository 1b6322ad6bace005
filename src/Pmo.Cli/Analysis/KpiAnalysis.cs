using System.Collections.Immutable;
using NodaTime;
using Pmo.Cli.Input;
using Pmo.Core.EarnedValue;
using Pmo.Core.Kpis;

namespace Pmo.Cli.Analysis;

/// <summary>One subject's KPI scorecard (a project, or a subject of a KPI file).</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="Definitions">The definitions evaluated (the KPIs observed for the subject, with its target overrides).</param>
/// <param name="Observations">Every observation of the subject used (derived and explicit).</param>
/// <param name="Explicit">The explicit observations only (the input of the control charts).</param>
/// <param name="Scorecard">The scorecard.</param>
/// <param name="Health">The composite health (equal weights, any red caps at amber), when the subject has a rated KPI.</param>
internal sealed record SubjectKpis(
    string SubjectId,
    ImmutableArray<KpiDefinition> Definitions,
    ImmutableArray<KpiObservation> Observations,
    ImmutableArray<KpiObservation> Explicit,
    KpiScorecard Scorecard,
    CompositeResult? Health);

/// <summary>A roll-up node (programme, portfolio, or a parent subject): rolled values and the worst member status.</summary>
/// <param name="NodeId">The node id as given to the core.</param>
/// <param name="DisplayId">The id shown to the reader.</param>
/// <param name="Name">The display name.</param>
/// <param name="Rows">One row per KPI.</param>
internal sealed record KpiRollupView(string NodeId, string DisplayId, string Name, ImmutableArray<KpiRollupRow> Rows);

/// <summary>One KPI of a roll-up node.</summary>
/// <param name="Definition">The definition (without subject overrides).</param>
/// <param name="Node">The core's roll-up node (aggregate and its evaluation).</param>
/// <param name="Members">The status roll-up of the members' own evaluations (worst wins), or null when none is rated.</param>
internal sealed record KpiRollupRow(KpiDefinition Definition, KpiRollupNode Node, StatusRollupResult? Members);

/// <summary>
/// KPI evaluation for the CLI: earned-value KPIs derived from the EVM engine, explicit histories, per-subject
/// scorecards, hierarchy roll-ups. All analytics are Pmo.Core's (<see cref="KpiScorecard"/>, <see cref="KpiRollup"/>,
/// <see cref="StatusRollup"/>, <see cref="CompositeIndex"/>); this class only assembles inputs.
/// </summary>
internal static class KpiAnalysis
{
    /// <summary>The forecast tolerance given to rated KPIs without one: the trend of the last 3 points, 90 days ahead.</summary>
    public static readonly ForecastTolerance DefaultForecast = new(90, 3);

    /// <summary>The ids of the KPIs derived from the earned-value analysis, in display order.</summary>
    public static readonly ImmutableArray<string> EarnedValueKpis = ["cpi", "spi", "spi-t", "tcpi", "vac"];

    /// <summary>The KPI roll-up id of a portfolio's root node.</summary>
    public const string PortfolioNode = "portfolio";

    /// <summary>The prefix of programme node ids (so a programme and a project may share an id).</summary>
    public const string ProgrammePrefix = "programme:";

    /// <summary>
    /// Derives CPI, SPI, SPI(t), TCPI and VAC/BAC observations from the earned-value analysis at every status point
    /// (history and status date), each analysed by <see cref="EarnedValueAnalyzer"/> against the current baseline with
    /// the earlier points as history. Ratios keep their components (EV/AC, EV/PV, ES/AT, (BAC − EV)/(BAC − AC),
    /// VAC/BAC) so that roll-ups are ratios of sums. Points before the project started (EV = AC = 0) give nothing;
    /// an undefined ratio (AC = 0; TCPI once the work is done or AC ≥ BAC) is a missing observation, so the KPI
    /// reads unknown rather than an older value.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="subjectId">The subject id of the observations.</param>
    /// <returns>The observations.</returns>
    public static List<KpiObservation> EarnedValueObservations(LoadedProject project, string subjectId)
    {
        var result = new List<KpiObservation>();
        ImmutableArray<StatusPoint> history = project.Status.History;
        var points = new List<StatusPoint>(history.Length + 1);
        points.AddRange(history.Where(h => h.Date < project.Status.Current.Date));
        points.Add(project.Status.Current);
        for (int i = 0; i < points.Count; i++)
        {
            StatusPoint point = points[i];
            if (point.EarnedValue == 0 && point.ActualCost == 0)
            {
                continue;
            }

            EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(project.Baseline, new ProjectStatus(point, points.Take(i)), project.Budget, project.Options);
            LocalDate d = point.Date;
            double bac = a.BudgetAtCompletion;
            result.Add(a.ActualCost > 0 ? KpiObservation.Ratio("cpi", subjectId, d, a.EarnedValue, a.ActualCost) : KpiObservation.Missing("cpi", subjectId, d));
            result.Add(a.PlannedValue > 0 ? KpiObservation.Ratio("spi", subjectId, d, a.EarnedValue, a.PlannedValue) : KpiObservation.Missing("spi", subjectId, d));
            result.Add(a.Schedule.EarnedSchedule is { } es && a.Schedule.ActualTime is { } at && at > 0
                ? KpiObservation.Ratio("spi-t", subjectId, d, es, at)
                : KpiObservation.Missing("spi-t", subjectId, d));
            result.Add(bac - a.ActualCost > 0 && bac - a.EarnedValue > 0
                ? KpiObservation.Ratio("tcpi", subjectId, d, bac - a.EarnedValue, bac - a.ActualCost)
                : KpiObservation.Missing("tcpi", subjectId, d));
            result.Add(a.PrimaryEac.VarianceAtCompletion is { } vac && bac > 0
                ? KpiObservation.Ratio("vac", subjectId, d, vac, bac)
                : KpiObservation.Missing("vac", subjectId, d));
        }

        return result;
    }

    /// <summary>Merges derived and explicit observations: an explicit observation replaces a derived one of the same KPI and date.</summary>
    /// <param name="derived">Derived observations.</param>
    /// <param name="explicitObservations">Explicit observations.</param>
    /// <returns>The merged list, sorted by KPI then date.</returns>
    public static ImmutableArray<KpiObservation> Merge(IEnumerable<KpiObservation> derived, ImmutableArray<KpiObservation> explicitObservations)
    {
        var keys = explicitObservations.Select(o => (o.KpiId, o.Date)).ToHashSet();
        return [.. derived.Where(o => !keys.Contains((o.KpiId, o.Date))).Concat(explicitObservations).OrderBy(o => o.KpiId, StringComparer.Ordinal).ThenBy(o => o.Date)];
    }

    /// <summary>Gets the definition used for evaluation: the catalog's, with the default forecast tolerance when it has none.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="kpiId">The KPI.</param>
    /// <returns>The definition.</returns>
    public static KpiDefinition Definition(KpiCatalog catalog, string kpiId)
    {
        KpiDefinition d = catalog.Definitions[kpiId];
        return d.ForecastTolerance is null && d.Direction.Kind != KpiDirectionKind.Neutral ? d.WithForecastTolerance(DefaultForecast) : d;
    }

    /// <summary>Orders KPI ids for display: the earned-value KPIs first, then by first appearance.</summary>
    /// <param name="ids">The ids in order of appearance.</param>
    /// <returns>The ordered distinct ids.</returns>
    public static ImmutableArray<string> DisplayOrder(IEnumerable<string> ids)
    {
        List<string> distinct = [.. ids.Distinct(StringComparer.Ordinal)];
        return [.. EarnedValueKpis.Where(distinct.Contains), .. distinct.Where(id => !EarnedValueKpis.Contains(id))];
    }

    /// <summary>Evaluates one subject's scorecard and composite health.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="observations">Its observations (all of them, derived and explicit).</param>
    /// <param name="explicitObservations">The explicit ones.</param>
    /// <param name="catalog">The definitions.</param>
    /// <param name="overrides">Its target overrides.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The scorecard.</returns>
    public static SubjectKpis EvaluateSubject(
        string subjectId,
        ImmutableArray<KpiObservation> observations,
        ImmutableArray<KpiObservation> explicitObservations,
        KpiCatalog catalog,
        IReadOnlyDictionary<string, TargetSeries> overrides,
        LocalDate asOf)
    {
        ImmutableArray<KpiDefinition> defs =
        [
            .. DisplayOrder(observations.Select(o => o.KpiId)).Select(id =>
            {
                KpiDefinition d = Definition(catalog, id);
                return overrides.TryGetValue(id, out TargetSeries? t) ? d.WithTargets(t) : d;
            }),
        ];
        KpiScorecard card = KpiScorecard.Evaluate(subjectId, defs, observations, asOf, StatusRollupRule.WorstWins);
        CompositeComponent[] components = [.. card.Evaluations.Where(e => e.StatusKind != KpiStatusKind.Neutral && e.Definition.Scale == StatusScale.Rag).Select(e => new CompositeComponent(e.KpiId, 1))];
        CompositeResult? health = components.Length == 0
            ? null
            : new CompositeIndex("health", "KPI health", components, veto: CompositeVeto.AnyRedCapsAtAmber).Evaluate(card);
        return new SubjectKpis(subjectId, defs, observations, explicitObservations, card, health);
    }

    /// <summary>Rolls every KPI up a hierarchy and adds the worst-wins roll-up of the members' own statuses.</summary>
    /// <param name="catalog">The definitions.</param>
    /// <param name="kpiIds">The KPIs to roll up, in display order.</param>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="observations">Every subject's observations.</param>
    /// <param name="subjects">Each subject's own scorecard, by subject id.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="nodes">The nodes to report: (node id, display id, name).</param>
    /// <returns>One view per reported node.</returns>
    public static ImmutableArray<KpiRollupView> Rollups(
        KpiCatalog catalog,
        ImmutableArray<string> kpiIds,
        KpiHierarchy hierarchy,
        IEnumerable<KpiObservation> observations,
        IReadOnlyDictionary<string, SubjectKpis> subjects,
        LocalDate asOf,
        IEnumerable<(string NodeId, string DisplayId, string Name)> nodes)
    {
        List<KpiObservation> all = [.. observations];
        Dictionary<string, KpiRollupResult> results = kpiIds.ToDictionary(
            id => id,
            id => KpiRollup.Values(Definition(catalog, id), hierarchy, all, asOf, StatusRollupRule.WorstWins),
            StringComparer.Ordinal);
        Dictionary<string, List<string>> children = [];
        foreach (KpiHierarchyNode n in hierarchy.Nodes)
        {
            if (n.ParentId is { } parent)
            {
                if (!children.TryGetValue(parent, out List<string>? list))
                {
                    children[parent] = list = [];
                }

                list.Add(n.Id);
            }
        }

        return
        [
            .. nodes.Select(node =>
            {
                List<string> subtree = Subtree(node.NodeId, children);
                ImmutableArray<KpiRollupRow> rows =
                [
                    .. kpiIds.Select(id =>
                    {
                        List<KpiEvaluation> own = [.. subtree.Where(subjects.ContainsKey).Select(s => subjects[s].Scorecard.Evaluations.FirstOrDefault(e => e.KpiId == id)).OfType<KpiEvaluation>()];
                        StatusRollupResult? members = own.Any(e => e.StatusKind == KpiStatusKind.Rated) ? StatusRollup.Combine(own, StatusRollupRule.WorstWins) : null;
                        return new KpiRollupRow(results[id].Definition, results[id][node.NodeId], members);
                    }),
                ];
                return new KpiRollupView(node.NodeId, node.DisplayId, node.Name, rows);
            }),
        ];
    }

    private static List<string> Subtree(string root, Dictionary<string, List<string>> children)
    {
        var result = new List<string>();
        var stack = new Stack<string>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            string id = stack.Pop();
            result.Add(id);
            foreach (string c in children.GetValueOrDefault(id) ?? [])
            {
                stack.Push(c);
            }
        }

        return result;
    }
}

/// <summary>The KPI part of a portfolio analysis.</summary>
/// <param name="Projects">Per project with KPI observations, in file order.</param>
/// <param name="KpiIds">Every KPI observed anywhere, in display order.</param>
/// <param name="Rollups">Programme roll-ups (file order), then the portfolio.</param>
internal sealed record PortfolioKpis(ImmutableArray<SubjectKpis> Projects, ImmutableArray<string> KpiIds, ImmutableArray<KpiRollupView> Rollups)
{
    /// <summary>Gets the control charts of the projects' explicit KPI histories.</summary>
    public ImmutableArray<SpcChart> Charts => [.. Projects.SelectMany(SpcAnalysis.Charts)];

    /// <summary>Evaluates a portfolio's KPIs.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <returns>The KPI results.</returns>
    public static PortfolioKpis Analyze(LoadedPortfolio portfolio)
    {
        var subjects = new Dictionary<string, SubjectKpis>(StringComparer.Ordinal);
        var projects = ImmutableArray.CreateBuilder<SubjectKpis>();
        var all = new List<KpiObservation>();
        foreach (LoadedProject p in portfolio.Projects)
        {
            ImmutableArray<KpiObservation> merged = KpiAnalysis.Merge(KpiAnalysis.EarnedValueObservations(p, p.Id), p.Kpis);
            if (merged.IsEmpty)
            {
                continue;
            }

            SubjectKpis s = KpiAnalysis.EvaluateSubject(p.Id, merged, p.Kpis, portfolio.Catalog, p.KpiTargets, p.Status.Current.Date);
            subjects[p.Id] = s;
            projects.Add(s);
            all.AddRange(merged);
        }

        ImmutableArray<string> ids = KpiAnalysis.DisplayOrder(projects.SelectMany(s => s.Definitions.Select(d => d.Id)));
        if (ids.IsEmpty)
        {
            return new PortfolioKpis(projects.ToImmutable(), ids, []);
        }

        var nodes = new List<KpiHierarchyNode> { new(KpiAnalysis.PortfolioNode) };
        nodes.AddRange(portfolio.Programmes.Select(g => new KpiHierarchyNode(KpiAnalysis.ProgrammePrefix + g.Id, KpiAnalysis.PortfolioNode)));
        nodes.AddRange(portfolio.Projects.Select(p => new KpiHierarchyNode(p.Id, KpiAnalysis.ProgrammePrefix + p.Programme, p.Baseline.BudgetAtCompletion)));
        var hierarchy = new KpiHierarchy(nodes);
        var reported = portfolio.Programmes
            .Where(g => portfolio.Projects.Any(p => p.Programme == g.Id))
            .Select(g => (KpiAnalysis.ProgrammePrefix + g.Id, g.Id, g.Name))
            .Append((KpiAnalysis.PortfolioNode, "Portfolio", portfolio.Name));
        ImmutableArray<KpiRollupView> rollups = KpiAnalysis.Rollups(portfolio.Catalog, ids, hierarchy, all, subjects, portfolio.StatusDate, reported);
        return new PortfolioKpis(projects.ToImmutable(), ids, rollups);
    }
}
