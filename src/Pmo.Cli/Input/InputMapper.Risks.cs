using System.Collections.Immutable;
using NodaTime;
using Pmo.Cli.Json;
using Pmo.Core.Risk;

namespace Pmo.Cli.Input;

/// <summary>The risk part of the input mapping: registers, snapshots, the model id and the appetite.</summary>
internal static partial class InputMapper
{
    /// <summary>The scoring model ids accepted by <c>riskModel</c>.</summary>
    public static readonly ImmutableArray<string> RiskModelIds = ["pmbok5x5", "ordinal5x5", "simple3x3"];

    private static string MapRiskModel(string? value, string path)
    {
        if (value is null)
        {
            return RiskModelIds[0];
        }

        return RiskModelIds.Contains(value)
            ? value
            : throw Fail(path, $"must be one of {string.Join(", ", RiskModelIds.Select(m => $"\"{m}\""))} (got \"{value}\")");
    }

    private static RiskAppetite? MapAppetite(RiskAppetiteDocument? doc, string p)
    {
        if (doc is null)
        {
            return null;
        }

        var bands = new List<AppetiteBandPolicy>();
        if (doc.Bands is { } list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                string bp = $"{p}.bands[{i}]";
                AppetiteBandDocument b = list[i] ?? throw Fail(bp, "must be an object, not null");
                string band = RequiredText(b.Band, $"{bp}.band");
                if (band is not ("high" or "moderate" or "low"))
                {
                    throw Fail($"{bp}.band", $"must be \"high\", \"moderate\" or \"low\" (got \"{band}\")");
                }

                if (b.MaxDaysToRespond is < 0)
                {
                    throw Fail($"{bp}.maxDaysToRespond", $"must be zero or positive (got {b.MaxDaysToRespond})");
                }

                bands.Add(Guarded(bp, () => new AppetiteBandPolicy(band, b.RequiresTreatmentPlan ?? false, b.ApproverRole, b.MaxDaysToRespond)));
            }
        }

        double? emv = NonNegative(doc.MaxEmvPerRisk, $"{p}.maxEmvPerRisk");
        double? delay = NonNegative(doc.MaxDelayPerRisk, $"{p}.maxDelayPerRisk");
        double? project = NonNegative(doc.MaxProjectExposure, $"{p}.maxProjectExposure");
        double? portfolio = NonNegative(doc.MaxPortfolioExposure, $"{p}.maxPortfolioExposure");
        return Guarded(p, () => new RiskAppetite(bands, emv, delay, project, portfolio));
    }

    private static ImmutableArray<RiskEntry> MapRisks(IReadOnlyList<RiskDocument?>? docs, string p, string projectId)
    {
        if (docs is null)
        {
            return [];
        }

        var risks = ImmutableArray.CreateBuilder<RiskEntry>(docs.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            string rp = $"{p}[{i}]";
            RiskDocument r = docs[i] ?? throw Fail(rp, "must be an object, not null");
            string id = RequiredText(r.Id, $"{rp}.id");
            if (!ids.Add(id))
            {
                throw Fail($"{rp}.id", $"duplicate risk id \"{id}\"");
            }

            string title = RequiredText(r.Title, $"{rp}.title");
            RiskKind kind = r.Kind is null ? throw Fail($"{rp}.kind", Missing) : ParseEnum<RiskKind>(r.Kind, $"{rp}.kind");
            LocalDate identified = Required(r.Identified, $"{rp}.identified");
            RiskStatus status = r.Status is null ? RiskStatus.Open : ParseEnum<RiskStatus>(r.Status, $"{rp}.status");
            ProximityWindow? proximity = null;
            if (r.Proximity is { } w)
            {
                LocalDate from = Required(w.From, $"{rp}.proximity.from");
                LocalDate to = Required(w.To, $"{rp}.proximity.to");
                if (to < from)
                {
                    throw Fail($"{rp}.proximity.to", $"must be on or after from {Iso(from)} (got {Iso(to)})");
                }

                proximity = new ProximityWindow(from, to);
            }

            RiskAssessment inherent = MapAssessment(r.Inherent, $"{rp}.inherent") ?? throw Fail($"{rp}.inherent", Missing);
            RiskAssessment? current = MapAssessment(r.Current, $"{rp}.current");
            RiskAssessment? residual = MapAssessment(r.Residual, $"{rp}.residual");
            RiskAssessment? target = MapAssessment(r.Target, $"{rp}.target");
            var responses = new List<RiskResponse>();
            if (r.Responses is { } rs)
            {
                for (int j = 0; j < rs.Count; j++)
                {
                    responses.Add(MapResponse(rs[j], $"{rp}.responses[{j}]", $"{id}-R{j + 1}", kind, [.. inherent.Impacts.Keys.Union(current?.Impacts.Keys ?? [], StringComparer.Ordinal)]));
                }
            }

            var activityIds = new List<string>();
            if (r.ActivityIds is { } acts)
            {
                for (int j = 0; j < acts.Count; j++)
                {
                    string a = RequiredText(acts[j], $"{rp}.activityIds[{j}]");
                    if (activityIds.Contains(a))
                    {
                        throw Fail($"{rp}.activityIds[{j}]", $"duplicate activity id \"{a}\"");
                    }

                    activityIds.Add(a);
                }
            }

            risks.Add(Guarded(rp, () => new RiskEntry(
                id, title, kind, inherent, identified, r.Category, r.Owner, status, current, residual, target, responses,
                projectId, activityIds, proximity: proximity)));
        }

        return risks.MoveToImmutable();
    }

    private static RiskResponse MapResponse(ResponseDocument? doc, string p, string defaultId, RiskKind kind, IReadOnlyCollection<string> dimensions)
    {
        ResponseDocument d = doc ?? throw Fail(p, "must be an object, not null");
        RiskResponseStrategy strategy = d.Strategy is null ? throw Fail($"{p}.strategy", Missing) : ParseEnum<RiskResponseStrategy>(d.Strategy, $"{p}.strategy");
        if (!RiskResponseStrategies.IsValidFor(strategy, kind))
        {
            throw Fail($"{p}.strategy", $"\"{ContractName(strategy)}\" is not a response to a{(kind == RiskKind.Threat ? " threat" : "n opportunity")}");
        }

        double cost = NonNegative(d.Cost, $"{p}.cost") ?? 0;
        ResponseStatus status = d.Status is null ? ResponseStatus.Planned : ParseEnum<ResponseStatus>(d.Status, $"{p}.status");
        double pf = InRange(d.ProbabilityFactor, $"{p}.probabilityFactor", 0, double.MaxValue, inclusive: true) ?? 1;
        double coverage = InRange(d.Coverage, $"{p}.coverage", 0, 1, inclusive: true) ?? 0;
        var factors = new List<KeyValuePair<string, double>>();
        if (d.ImpactFactors is { } f)
        {
            foreach ((string dim, double? value) in f.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                string fp = $"{p}.impactFactors.{dim}";
                double factor = NonNegative(value, fp) ?? throw Fail(fp, "must be a number, not null");
                if (factor != 1 && !dimensions.Contains(dim, StringComparer.Ordinal))
                {
                    // The factor would multiply nothing (the core documents that responses never create impacts): a
                    // misspelt or missing dimension, not something to drop silently.
                    throw Fail(fp, $"the risk has no \"{dim}\" impact to scale (its impacts: {string.Join(", ", dimensions)})");
                }

                factors.Add(new(dim, factor));
            }
        }

        return Guarded(p, () => new RiskResponse(defaultId, strategy, d.Owner, cost, d.Due, status, pf, factors, coverage));
    }

    private static RiskAssessment? MapAssessment(AssessmentDocument? doc, string p) =>
        doc is null ? null : MapAssessment(doc.Probability, doc.Impacts, p);

    private static RiskAssessment MapAssessment(double? probability, Dictionary<string, double?>? impacts, string p)
    {
        double prob = InRange(probability, $"{p}.probability", 0, 1, inclusive: true) ?? throw Fail($"{p}.probability", Missing);
        if (impacts is null)
        {
            throw Fail($"{p}.impacts", Missing);
        }

        var list = new List<KeyValuePair<string, double>>(impacts.Count);
        foreach ((string dim, double? value) in impacts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            string ip = $"{p}.impacts.{dim}";
            if (string.IsNullOrWhiteSpace(dim))
            {
                throw Fail(ip, "a dimension name must not be empty");
            }

            list.Add(new(dim, NonNegative(value, ip) ?? throw Fail(ip, "must be a number, not null")));
        }

        return Guarded(p, () => new RiskAssessment(prob, list));
    }

    private static ImmutableArray<RiskRegisterSnapshot> MapSnapshots(IReadOnlyList<RiskSnapshotDocument?>? docs, string p, ImmutableArray<RiskEntry> risks)
    {
        if (docs is null)
        {
            return [];
        }

        var byId = risks.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var snapshots = ImmutableArray.CreateBuilder<RiskRegisterSnapshot>(docs.Count);
        for (int i = 0; i < docs.Count; i++)
        {
            string sp = $"{p}[{i}]";
            RiskSnapshotDocument s = docs[i] ?? throw Fail(sp, "must be an object, not null");
            LocalDate date = Required(s.Date, $"{sp}.date");
            if (i > 0 && date <= snapshots[i - 1].Date)
            {
                throw Fail($"{sp}.date", $"dates must increase ({Iso(date)} is not after {Iso(snapshots[i - 1].Date)})");
            }

            IReadOnlyList<SnapshotRiskDocument?> items = s.Risks ?? throw Fail($"{sp}.risks", Missing);
            var entries = new List<RiskEntry>(items.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int j = 0; j < items.Count; j++)
            {
                string ip = $"{sp}.risks[{j}]";
                SnapshotRiskDocument item = items[j] ?? throw Fail(ip, "must be an object, not null");
                string id = RequiredText(item.Id, $"{ip}.id");
                if (!byId.TryGetValue(id, out RiskEntry? risk))
                {
                    throw Fail($"{ip}.id", $"unknown risk \"{id}\" (not in the project's risks)");
                }

                if (!seen.Add(id))
                {
                    throw Fail($"{ip}.id", $"duplicate risk id \"{id}\" in one snapshot");
                }

                RiskStatus status = item.Status is null ? RiskStatus.Open : ParseEnum<RiskStatus>(item.Status, $"{ip}.status");
                RiskAssessment a = MapAssessment(item.Probability, item.Impacts, ip);
                entries.Add(Guarded(ip, () => new RiskEntry(risk.Id, risk.Title, risk.Kind, a, risk.Identified, risk.Category, risk.Owner, status, current: a, projectId: risk.ProjectId)));
            }

            snapshots.Add(Guarded(sp, () => new RiskRegisterSnapshot(date, entries)));
        }

        return snapshots.MoveToImmutable();
    }
}
