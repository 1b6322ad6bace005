using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Pmo.Cli.Json;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;
using WorkdayCalendar = Pmo.Core.Kpis.Flow.WorkdayCalendar;

namespace Pmo.Cli.Input;

/// <summary>A validated schedule-risk model: the network with its uncertainties, pre- and (optionally) post-mitigation.</summary>
/// <param name="Name">The model's display name.</param>
/// <param name="Start">The start date of working day 0, if given.</param>
/// <param name="Calendar">The working-day calendar (Monday to Friday minus holidays).</param>
/// <param name="PreMitigation">The model with every risk event at its pre-mitigation (inherent) values.</param>
/// <param name="PostMitigation">The model with the events' post-mitigation (residual) values, when the input has any.</param>
/// <param name="Correlations">The validated correlation pairs.</param>
internal sealed record LoadedSchedule(
    string Name,
    LocalDate? Start,
    WorkdayCalendar Calendar,
    SimulationModel PreMitigation,
    SimulationModel? PostMitigation,
    ImmutableArray<CorrelationPair> Correlations)
{
    /// <summary>Gets the currency code, if given.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets notes about register risks left out of the simulation (and why).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}

/// <summary>The schedule-risk part of the input mapping (issue 6).</summary>
internal static partial class InputMapper
{
    private static readonly string[] LinkTypes = ["FS", "SS", "FF", "SF"];

    /// <summary>Validates and maps a <c>pmo simulate</c> input file.</summary>
    /// <param name="doc">The document.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InputValidationException">A rule is broken.</exception>
    public static LoadedSchedule MapScheduleFile(ScheduleRiskFileDocument? doc)
    {
        const string p = "$";
        if (doc is null)
        {
            throw Fail(p, "must be a JSON object");
        }

        string name = doc.Name is null ? "Schedule risk model" : RequiredText(doc.Name, $"{p}.name");
        string? currency = Currency(doc.Currency, $"{p}.currency", required: false);
        WorkdayCalendar calendar = MapCalendar(doc.Holidays, $"{p}.holidays");
        var parts = new ScheduleDocument
        {
            Start = doc.Start,
            Activities = doc.Activities,
            Links = doc.Links,
            RiskEvents = doc.RiskEvents,
            Drivers = doc.Drivers,
            Correlations = doc.Correlations,
        };
        return MapSchedule(parts, p, name, calendar, [], null, null) with { Currency = currency };
    }

    private static LoadedSchedule? MapProjectSchedule(ScheduleDocument? doc, string projectPath, string projectName, LocalDate defaultStart, ImmutableArray<RiskEntry> risks)
    {
        if (doc is null)
        {
            for (int j = 0; j < risks.Length; j++)
            {
                if (!risks[j].ActivityIds.IsDefaultOrEmpty)
                {
                    throw Fail($"{projectPath}.risks[{j}].activityIds", "names activities but the project has no schedule");
                }
            }

            return null;
        }

        return MapSchedule(doc, $"{projectPath}.schedule", projectName, WorkdayCalendar.MondayToFriday, risks, projectPath, defaultStart);
    }

    private static LoadedSchedule MapSchedule(ScheduleDocument doc, string p, string name, WorkdayCalendar calendar, ImmutableArray<RiskEntry> risks, string? projectPath, LocalDate? defaultStart)
    {
        // Activities.
        IReadOnlyList<ScheduleActivityDocument?> acts = NonEmptyArray(doc.Activities, $"{p}.activities");
        var activities = new List<Activity>(acts.Count);
        var uncertainties = new List<ActivityUncertainty>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < acts.Count; i++)
        {
            string ap = $"{p}.activities[{i}]";
            ScheduleActivityDocument a = acts[i] ?? throw Fail(ap, "must be an object, not null");
            string id = RequiredText(a.Id, $"{ap}.id");
            if (!ids.Add(id))
            {
                throw Fail($"{ap}.id", $"duplicate activity id \"{id}\"");
            }

            double duration = NonNegative(a.Duration, $"{ap}.duration") ?? throw Fail($"{ap}.duration", Missing);
            double fixedCost = NonNegative(a.FixedCost, $"{ap}.fixedCost") ?? 0;
            double costRate = NonNegative(a.CostRate, $"{ap}.costRate") ?? 0;
            double? snet = NonNegative(a.StartNoEarlierThan, $"{ap}.startNoEarlierThan");
            if (a.ExistenceProbability is { } ep && !(ep > 0 && ep <= 1))
            {
                throw Fail($"{ap}.existenceProbability", $"must be greater than 0 and at most 1 (got {Num(ep)})");
            }

            activities.Add(Core(ap, () => new Activity(id, duration, a.Name, snet, fixedCost, costRate)));
            Distribution? d = a.Distribution is null ? null : DistributionMapper.Map(a.Distribution, $"{ap}.distribution");
            Distribution? c = a.FixedCostDistribution is null ? null : DistributionMapper.Map(a.FixedCostDistribution, $"{ap}.fixedCostDistribution");
            if (d is not null && !(d.Minimum >= 0))
            {
                throw Fail($"{ap}.distribution", $"can be negative (minimum {Num(d.Minimum)}); a duration must be ≥ 0");
            }

            if (c is not null && !(c.Minimum >= 0))
            {
                throw Fail($"{ap}.fixedCostDistribution", $"can be negative (minimum {Num(c.Minimum)}); a cost must be ≥ 0");
            }

            if (d is not null || c is not null || a.ExistenceProbability is not null)
            {
                uncertainties.Add(Core(ap, () => new ActivityUncertainty(id, d, a.ExistenceProbability ?? 1, c)));
            }
        }

        // Links.
        var links = new List<ActivityLink>();
        if (doc.Links is { } ls)
        {
            var seen = new HashSet<(string, string, string)>();
            for (int k = 0; k < ls.Count; k++)
            {
                string lp = $"{p}.links[{k}]";
                ScheduleLinkDocument l = ls[k] ?? throw Fail(lp, "must be an object, not null");
                string pred = KnownActivity(l.Predecessor, $"{lp}.predecessor", ids);
                string succ = KnownActivity(l.Successor, $"{lp}.successor", ids);
                if (pred == succ)
                {
                    throw Fail($"{lp}.successor", $"links activity \"{pred}\" to itself");
                }

                string type = l.Type ?? "FS";
                if (!LinkTypes.Contains(type))
                {
                    throw Fail($"{lp}.type", $"must be one of \"FS\", \"SS\", \"FF\", \"SF\" (got \"{type}\")");
                }

                if (!seen.Add((pred, succ, type)))
                {
                    throw Fail(lp, $"repeats the {type} link from \"{pred}\" to \"{succ}\"");
                }

                double lag = l.Lag ?? 0;
                Finite(lag, $"{lp}.lag");
                LinkType lt = type switch { "SS" => LinkType.StartToStart, "FF" => LinkType.FinishToFinish, "SF" => LinkType.StartToFinish, _ => LinkType.FinishToStart };
                links.Add(new ActivityLink(pred, succ, lt, lag));
            }
        }

        ActivityNetwork network = Core($"{p}.links", () => ActivityNetwork.Create(activities, links));

        // Explicit risk events.
        var pre = new List<RiskEvent>();
        var post = new List<RiskEvent>();
        bool anyResidual = false;
        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        if (doc.RiskEvents is { } evs)
        {
            for (int e = 0; e < evs.Count; e++)
            {
                string ep = $"{p}.riskEvents[{e}]";
                RiskEventDocument ev = evs[e] ?? throw Fail(ep, "must be an object, not null");
                string id = RequiredText(ev.Id, $"{ep}.id");
                if (!eventIds.Add(id))
                {
                    throw Fail($"{ep}.id", $"duplicate risk event id \"{id}\"");
                }

                double prob = InRange(ev.Probability, $"{ep}.probability", 0, 1, inclusive: true) ?? throw Fail($"{ep}.probability", Missing);
                ImmutableArray<RiskEventImpact> impacts = MapImpacts(ev.Impacts, $"{ep}.impacts", ids);
                Distribution? cost = ev.CostImpact is null ? null : DistributionMapper.Map(ev.CostImpact, $"{ep}.costImpact");
                if (impacts.IsEmpty && cost is null)
                {
                    throw Fail(ep, "has neither a schedule impact (impacts) nor a cost impact (costImpact)");
                }

                RiskEvent before = Core(ep, () => new RiskEvent(id, prob, impacts, cost, ev.Name));
                pre.Add(before);
                if (ev.Residual is { } res)
                {
                    anyResidual = true;
                    string rp = $"{ep}.residual";
                    double rprob = InRange(res.Probability, $"{rp}.probability", 0, 1, inclusive: true) ?? prob;
                    ImmutableArray<RiskEventImpact> rimpacts = res.Impacts is null ? impacts : MapImpacts(res.Impacts, $"{rp}.impacts", ids);
                    Distribution? rcost = res.CostImpact is null ? cost : DistributionMapper.Map(res.CostImpact, $"{rp}.costImpact");
                    if (rimpacts.IsEmpty && rcost is null)
                    {
                        throw Fail(rp, "leaves neither a schedule impact nor a cost impact (set probability 0 to retire the event)");
                    }

                    post.Add(Core(rp, () => new RiskEvent(id, rprob, rimpacts, rcost, ev.Name)));
                }
                else
                {
                    post.Add(before);
                }
            }
        }

        // Register risks with activityIds (portfolio projects): inherent = pre-mitigation, residual = post-mitigation.
        var notes = new List<string>();
        for (int j = 0; j < risks.Length; j++)
        {
            RiskEntry risk = risks[j];
            if (risk.ActivityIds.IsDefaultOrEmpty)
            {
                continue;
            }

            for (int k = 0; k < risk.ActivityIds.Length; k++)
            {
                if (!ids.Contains(risk.ActivityIds[k]))
                {
                    throw Fail($"{projectPath}.risks[{j}].activityIds[{k}]", $"unknown activity \"{risk.ActivityIds[k]}\" (not in {p}.activities)");
                }
            }
        }

        if (doc.FromRegister is { } fr)
        {
            (double Low, double High)? spread = null;
            if (fr.ImpactSpread is { } sp)
            {
                double low = InRange(sp.Low, $"{p}.fromRegister.impactSpread.low", 0, 1, inclusive: true) ?? throw Fail($"{p}.fromRegister.impactSpread.low", Missing);
                double high = sp.High ?? throw Fail($"{p}.fromRegister.impactSpread.high", Missing);
                Finite(high, $"{p}.fromRegister.impactSpread.high");
                if (high < 1)
                {
                    throw Fail($"{p}.fromRegister.impactSpread.high", $"must be at least 1 (got {Num(high)})");
                }

                spread = (low, high);
            }

            foreach (RiskEntry risk in risks.Where(r => !r.ActivityIds.IsDefaultOrEmpty))
            {
                if (!risk.IsOpen)
                {
                    notes.Add($"{risk.Id}: {risk.Status.ToString().ToLowerInvariant()}, left out of the simulation.");
                    continue;
                }

                if (!eventIds.Add(risk.Id))
                {
                    throw Fail($"{p}.riskEvents", $"an explicit risk event has the id of register risk \"{risk.Id}\"; ids must be unique");
                }

                RiskEvent? before = FromRegister(risk, AssessmentStage.Inherent, spread, notes);
                RiskEvent? after = FromRegister(risk, AssessmentStage.Residual, spread, notes);
                if (before is null)
                {
                    continue;
                }

                anyResidual = true;
                pre.Add(before);
                post.Add(after ?? before.WithProbability(0));
            }
        }

        // Drivers.
        var drivers = new List<RiskDriver>();
        if (doc.Drivers is { } ds)
        {
            var driverIds = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < ds.Count; i++)
            {
                string dp = $"{p}.drivers[{i}]";
                RiskDriverDocument d = ds[i] ?? throw Fail(dp, "must be an object, not null");
                string id = RequiredText(d.Id, $"{dp}.id");
                if (!driverIds.Add(id))
                {
                    throw Fail($"{dp}.id", $"duplicate driver id \"{id}\"");
                }

                Distribution factor = DistributionMapper.Map(d.Factor, $"{dp}.factor");
                if (!(factor.Minimum >= 0))
                {
                    throw Fail($"{dp}.factor", $"can be negative (minimum {Num(factor.Minimum)}); a duration factor must be ≥ 0");
                }

                IReadOnlyList<string?> list = NonEmptyArray(d.ActivityIds, $"{dp}.activityIds");
                var acts2 = new List<string>(list.Count);
                for (int k = 0; k < list.Count; k++)
                {
                    string a = KnownActivity(list[k], $"{dp}.activityIds[{k}]", ids);
                    if (acts2.Contains(a))
                    {
                        throw Fail($"{dp}.activityIds[{k}]", $"duplicate activity id \"{a}\"");
                    }

                    acts2.Add(a);
                }

                double prob = InRange(d.Probability, $"{dp}.probability", 0, 1, inclusive: true) ?? 1;
                drivers.Add(Core(dp, () => new RiskDriver(id, factor, acts2, prob, d.Name)));
            }
        }

        // Correlations.
        var pairs = ImmutableArray.CreateBuilder<CorrelationPair>();
        if (doc.Correlations is { } cs)
        {
            var seenPairs = new HashSet<(string, string)>();
            for (int i = 0; i < cs.Count; i++)
            {
                string cp = $"{p}.correlations[{i}]";
                CorrelationDocument c = cs[i] ?? throw Fail(cp, "must be an object, not null");
                string a = KnownActivity(c.A, $"{cp}.a", ids);
                string b = KnownActivity(c.B, $"{cp}.b", ids);
                if (a == b)
                {
                    throw Fail($"{cp}.b", $"correlates activity \"{a}\" with itself");
                }

                double r = InRange(c.R, $"{cp}.r", -1, 1, inclusive: true) ?? throw Fail($"{cp}.r", Missing);
                if (!seenPairs.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a)))
                {
                    throw Fail(cp, $"repeats the pair \"{a}\", \"{b}\"");
                }

                pairs.Add(new CorrelationPair(a, b, r));
            }
        }

        ImmutableArray<CorrelationPair> correlations = pairs.ToImmutable();
        CorrelationMatrix? matrix = correlations.IsEmpty
            ? null
            : Core($"{p}.correlations", () => CorrelationMatrix.FromPairs([.. correlations.SelectMany(c => new[] { c.A, c.B }).Distinct(StringComparer.Ordinal)], correlations.Select(c => (c.A, c.B, c.R))));
        SimulationModel preModel = Core(p, () => SimulationModel.Create(network, uncertainties, pre, drivers, matrix, CorrelationPolicy.RepairNearest));
        if (preModel.CorrelationRepair is { RepairNeeded: true } repair)
        {
            CorrelationChange big = repair.LargestChanges[0];
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"correlations: the matrix is not positive semi-definite (smallest eigenvalue {repair.MinimumEigenvalueBefore:0.####}); the nearest correlation matrix (Higham 2002) is simulated instead, largest change {big.FirstId}–{big.SecondId} {big.Original:0.###} → {big.Repaired:0.###}."));
        }

        SimulationModel? postModel = anyResidual ? preModel.WithRiskEvents(post) : null;
        return new LoadedSchedule(name, doc.Start ?? defaultStart, calendar, preModel, postModel, correlations) { Notes = [.. notes] };
    }

    private static RiskEvent? FromRegister(RiskEntry risk, AssessmentStage stage, (double Low, double High)? spread, List<string> notes)
    {
        string when = stage == AssessmentStage.Inherent ? "pre-mitigation" : "post-mitigation";
        RiskAssessment a = risk.AssessmentAt(stage);
        if (a.Probability == 0)
        {
            notes.Add($"{risk.Id}: probability 0 {when}.");
            return null;
        }

        try
        {
            return RiskEvent.FromRegister(risk, stage, spread);
        }
        catch (ArgumentException ex)
        {
            notes.Add($"{risk.Id} ({when}): {CoreMessage(ex)} Left out.");
            return null;
        }
    }

    private static ImmutableArray<RiskEventImpact> MapImpacts(IReadOnlyList<RiskEventImpactDocument?>? docs, string p, HashSet<string> ids)
    {
        if (docs is null)
        {
            return [];
        }

        var list = ImmutableArray.CreateBuilder<RiskEventImpact>(docs.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            string ip = $"{p}[{i}]";
            RiskEventImpactDocument d = docs[i] ?? throw Fail(ip, "must be an object, not null");
            string activity = KnownActivity(d.ActivityId, $"{ip}.activityId", ids);
            if (!seen.Add(activity))
            {
                throw Fail($"{ip}.activityId", $"names activity \"{activity}\" twice in one event; combine the impacts");
            }

            ImpactMode mode = d.Mode switch
            {
                null or "absolute" => ImpactMode.Absolute,
                "relative" => ImpactMode.Relative,
                _ => throw Fail($"{ip}.mode", $"must be \"absolute\" or \"relative\" (got \"{d.Mode}\")"),
            };
            Distribution amount = DistributionMapper.Map(d.Amount, $"{ip}.amount");
            list.Add(Core($"{ip}.amount", () => new RiskEventImpact(activity, amount, mode)));
        }

        return list.MoveToImmutable();
    }

    private static string KnownActivity(string? id, string path, HashSet<string> ids)
    {
        string a = RequiredText(id, path);
        return ids.Contains(a) ? a : throw Fail(path, $"unknown activity \"{a}\"");
    }
}
