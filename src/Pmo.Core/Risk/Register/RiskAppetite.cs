using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>The response policy required of risks scored in one band (for example "high needs a treatment plan and an approver").</summary>
public sealed class AppetiteBandPolicy
{
    /// <summary>Creates a band policy.</summary>
    /// <param name="bandId">The band id as produced by the <see cref="IRiskScorer"/> (<see cref="RiskScore.Band"/>).</param>
    /// <param name="requiresTreatmentPlan">Whether an active response other than Accept is required.</param>
    /// <param name="approverRole">The role that must approve the response plan (the risk needs a <see cref="RiskEntry.Approver"/>), or null when no approval is required.</param>
    /// <param name="maxDaysToRespond">The number of days after identification by which a treatment response must be done or due, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bandId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="bandId"/> or <paramref name="approverRole"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDaysToRespond"/> is negative.</exception>
    public AppetiteBandPolicy(string bandId, bool requiresTreatmentPlan = false, string? approverRole = null, int? maxDaysToRespond = null)
    {
        Guard.Against.NullOrWhiteSpace(bandId);
        if (approverRole is not null && string.IsNullOrWhiteSpace(approverRole))
        {
            throw new ArgumentException($"{nameof(approverRole)} must be null (no approval) or a non-blank role.", nameof(approverRole));
        }

        if (maxDaysToRespond is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDaysToRespond), maxDaysToRespond, $"{nameof(maxDaysToRespond)} must be zero or positive (got {maxDaysToRespond}).");
        }

        BandId = bandId;
        RequiresTreatmentPlan = requiresTreatmentPlan;
        ApproverRole = approverRole;
        MaxDaysToRespond = maxDaysToRespond;
    }

    /// <summary>Gets the band id.</summary>
    public string BandId { get; }

    /// <summary>Gets whether a treatment plan is required.</summary>
    public bool RequiresTreatmentPlan { get; }

    /// <summary>Gets the approver role required, or null.</summary>
    public string? ApproverRole { get; }

    /// <summary>Gets the maximum days from identification to a done or due treatment response, or null.</summary>
    public int? MaxDaysToRespond { get; }
}

/// <summary>
/// Risk appetite: score-band policies (qualitative) and quantitative limits. Limits are on net money exposure (EMV) and
/// apply to the stage chosen at evaluation.
/// </summary>
/// <remarks>
/// ISO 31000:2018 §6.3.4 (risk criteria) and COSO ERM (2017) "Governance and Culture / Strategy and Objective-Setting":
/// appetite is the amount of risk an organisation accepts in pursuit of value; the policy states what must happen to
/// risks above it.
/// </remarks>
public sealed class RiskAppetite
{
    /// <summary>Creates an appetite.</summary>
    /// <param name="bands">The band policies: unique band ids. Bands without a policy require nothing.</param>
    /// <param name="maxEmvPerRisk">The largest acceptable EMV (P × cost) of one threat, or null.</param>
    /// <param name="maxDelayPerRisk">The largest acceptable expected delay (P × schedule days) of one threat, or null.</param>
    /// <param name="maxProjectExposure">The largest acceptable net money exposure of one project, or null.</param>
    /// <param name="maxPortfolioExposure">The largest acceptable net money exposure of the register, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> or a policy is null.</exception>
    /// <exception cref="ArgumentException">A band id repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is NaN, infinite or negative.</exception>
    public RiskAppetite(IEnumerable<AppetiteBandPolicy> bands, double? maxEmvPerRisk = null, double? maxDelayPerRisk = null, double? maxProjectExposure = null, double? maxPortfolioExposure = null)
    {
        Guard.Against.Null(bands);
        ImmutableArray<AppetiteBandPolicy> list = [.. bands];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(bands), $"{nameof(bands)}[{i}] is null.");
            }

            if (!ids.Add(list[i].BandId))
            {
                throw new ArgumentException($"{nameof(bands)} contains the band '{list[i].BandId}' more than once; band ids must be unique.", nameof(bands));
            }
        }

        Bands = list;
        MaxEmvPerRisk = Limit(maxEmvPerRisk, nameof(maxEmvPerRisk));
        MaxDelayPerRisk = Limit(maxDelayPerRisk, nameof(maxDelayPerRisk));
        MaxProjectExposure = Limit(maxProjectExposure, nameof(maxProjectExposure));
        MaxPortfolioExposure = Limit(maxPortfolioExposure, nameof(maxPortfolioExposure));
    }

    /// <summary>Gets the band policies.</summary>
    public ImmutableArray<AppetiteBandPolicy> Bands { get; }

    /// <summary>Gets the EMV limit per threat, or null.</summary>
    public double? MaxEmvPerRisk { get; }

    /// <summary>Gets the expected-delay limit per threat, or null.</summary>
    public double? MaxDelayPerRisk { get; }

    /// <summary>Gets the net exposure limit per project, or null.</summary>
    public double? MaxProjectExposure { get; }

    /// <summary>Gets the net exposure limit of the whole register, or null.</summary>
    public double? MaxPortfolioExposure { get; }

    /// <summary>Gets the policy of a band, or null.</summary>
    /// <param name="bandId">The band id.</param>
    /// <returns>The policy or null.</returns>
    [Pure]
    public AppetiteBandPolicy? PolicyFor(string? bandId) => bandId is null ? null : Bands.FirstOrDefault(b => b.BandId == bandId);

    private static double? Limit(double? value, string name) => value is { } v && (!double.IsFinite(v) || v < 0)
        ? throw new ArgumentOutOfRangeException(name, v, $"{name} must be a finite number, zero or positive (got {v}).")
        : value;
}

/// <summary>What rule an <see cref="AppetiteBreach"/> broke.</summary>
public enum AppetiteBreachKind
{
    /// <summary>The band requires a treatment plan and the risk has no active response other than Accept.</summary>
    TreatmentPlanMissing = 0,

    /// <summary>The band requires an approver and the risk has none.</summary>
    ApproverMissing = 1,

    /// <summary>No treatment response is done or due within the band's maximum days from identification.</summary>
    ResponseTooLate = 2,

    /// <summary>A threat's EMV exceeds the per-risk limit.</summary>
    RiskEmvLimit = 3,

    /// <summary>A threat's expected delay exceeds the per-risk limit.</summary>
    RiskDelayLimit = 4,

    /// <summary>A project's net exposure exceeds the project limit.</summary>
    ProjectExposureLimit = 5,

    /// <summary>The register's net exposure exceeds the portfolio limit.</summary>
    PortfolioExposureLimit = 6,
}

/// <summary>One breach of appetite, with the reason in words.</summary>
public sealed class AppetiteBreach
{
    internal AppetiteBreach(AppetiteBreachKind kind, string scope, string? riskId, string? band, double? value, double? limit, string reason)
    {
        Kind = kind;
        Scope = scope;
        RiskId = riskId;
        Band = band;
        Value = value;
        Limit = limit;
        Reason = reason;
    }

    /// <summary>Gets the rule broken.</summary>
    public AppetiteBreachKind Kind { get; }

    /// <summary>Gets what breaches: a risk id, a project id or the portfolio id.</summary>
    public string Scope { get; }

    /// <summary>Gets the risk id for a per-risk breach, or null.</summary>
    public string? RiskId { get; }

    /// <summary>Gets the risk's band for a band-policy breach, or null.</summary>
    public string? Band { get; }

    /// <summary>Gets the measured value of a quantitative breach, or null.</summary>
    public double? Value { get; }

    /// <summary>Gets the limit of a quantitative breach, or null.</summary>
    public double? Limit { get; }

    /// <summary>Gets the reason, for a human reader.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} [{Scope}]: {Reason}";
}

/// <summary>The result of an appetite check: the breaches and notes.</summary>
public sealed class AppetiteEvaluation
{
    internal AppetiteEvaluation(ImmutableArray<AppetiteBreach> breaches, ImmutableArray<Diagnostic> diagnostics)
    {
        Breaches = breaches;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the breaches: per-risk ones in register order (band rules, then limits), then project ones by id, then the portfolio one.</summary>
    public ImmutableArray<AppetiteBreach> Breaches { get; }

    /// <summary>Gets notes (risks the scorer could not band).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}

/// <summary>Appetite checks, overdue responses and near-proximity alerts over a register.</summary>
/// <remarks>
/// Only open risks are checked. A <i>treatment plan</i> is an active (not cancelled) response whose strategy is not
/// Accept (Escalate counts: it hands the risk to a level that will treat it). <i>Response too late</i>: with
/// deadline = identified + maxDaysToRespond, no treatment response is done or due on or before the deadline, and either
/// the deadline has passed (asOf &gt; deadline) or the treatment responses already planned are due later or undated.
/// </remarks>
public static class RiskAppetiteEvaluator
{
    /// <summary>Lists the breaches of appetite.</summary>
    /// <param name="register">The register.</param>
    /// <param name="appetite">The appetite.</param>
    /// <param name="scorer">The scorer that bands each risk's assessment at <paramref name="stage"/>.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="stage">The stage; default <see cref="AssessmentStage.Current"/>.</param>
    /// <returns>The breaches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/>, <paramref name="appetite"/> or <paramref name="scorer"/> is null, or the scorer returned null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    [Pure]
    public static AppetiteEvaluation Evaluate(RiskRegister register, RiskAppetite appetite, IRiskScorer scorer, LocalDate asOf, AssessmentStage stage = AssessmentStage.Current)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(appetite);
        Guard.Against.Null(scorer);
        int s = RiskEntry.CheckStage(stage);
        var breaches = ImmutableArray.CreateBuilder<AppetiteBreach>();
        int unbanded = 0;
        foreach (RiskEntry r in register.Risks)
        {
            if (!r.IsOpen)
            {
                continue;
            }

            RiskScore score = scorer.Score(r.AssessmentAt(stage), r.Kind) ?? throw new ArgumentNullException(nameof(scorer), $"{nameof(scorer)} returned no score for risk '{r.Id}'.");
            if (score.Band is null)
            {
                unbanded++;
            }

            if (appetite.PolicyFor(score.Band) is { } policy)
            {
                CheckPolicy(r, policy, asOf, breaches);
            }

            double emv = r.MoneyAt(s), delay = r.TimeAt(s);
            if (appetite.MaxEmvPerRisk is { } me && emv > me)
            {
                breaches.Add(new AppetiteBreach(AppetiteBreachKind.RiskEmvLimit, r.Id, r.Id, null, emv, me, $"EMV {emv:R} at stage {stage} exceeds the per-risk limit {me:R}."));
            }

            if (appetite.MaxDelayPerRisk is { } md && delay > md)
            {
                breaches.Add(new AppetiteBreach(AppetiteBreachKind.RiskDelayLimit, r.Id, r.Id, null, delay, md, $"Expected delay {delay:R} days at stage {stage} exceeds the per-risk limit {md:R}."));
            }
        }

        if (appetite.MaxProjectExposure is { } mp)
        {
            foreach (ExposureGroup g in ExposureRollup.By(register, RiskGrouping.Project, stage).Groups)
            {
                if (g.Key is not null && g.NetMoney > mp)
                {
                    breaches.Add(new AppetiteBreach(AppetiteBreachKind.ProjectExposureLimit, g.Key, null, null, g.NetMoney, mp, $"Project '{g.Key}' net exposure {g.NetMoney:R} at stage {stage} exceeds the project limit {mp:R}."));
                }
            }
        }

        if (appetite.MaxPortfolioExposure is { } mf)
        {
            double net = ExposureRollup.By(register, RiskGrouping.Portfolio, stage).Total.NetMoney;
            if (net > mf)
            {
                breaches.Add(new AppetiteBreach(AppetiteBreachKind.PortfolioExposureLimit, register.PortfolioId, null, null, net, mf, $"Portfolio '{register.PortfolioId}' net exposure {net:R} at stage {stage} exceeds the portfolio limit {mf:R}."));
            }
        }

        ImmutableArray<Diagnostic> diagnostics = unbanded > 0
            ? [new Diagnostic(DiagnosticKind.Warning, "Band", $"{unbanded} open risk(s) got no band from the scorer; band policies could not be checked for them.")]
            : [];
        return new AppetiteEvaluation(breaches.ToImmutable(), diagnostics);
    }

    /// <summary>Lists the overdue responses of open risks: due before <paramref name="asOf"/> and neither done nor cancelled.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The overdue responses, most overdue first, then by risk id and response id (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    [Pure]
    public static ImmutableArray<OverdueResponse> OverdueResponses(RiskRegister register, LocalDate asOf)
    {
        Guard.Against.Null(register);
        var list = new List<OverdueResponse>();
        foreach (RiskEntry r in register.Risks)
        {
            if (!r.IsOpen)
            {
                continue;
            }

            foreach (RiskResponse x in r.Responses)
            {
                if (x.IsOverdue(asOf))
                {
                    list.Add(new OverdueResponse(r.Id, x, Period.Between(x.DueDate!.Value, asOf, PeriodUnits.Days).Days));
                }
            }
        }

        return [.. list.OrderByDescending(o => o.DaysOverdue).ThenBy(o => o.RiskId, StringComparer.Ordinal).ThenBy(o => o.Response.Id, StringComparer.Ordinal)];
    }

    /// <summary>Lists open risks whose proximity window is open on <paramref name="asOf"/> or starts within <paramref name="withinDays"/> days of it.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="withinDays">The look-ahead in days, zero or positive.</param>
    /// <returns>The alerts, soonest start first, then by risk id (ordinal). Windows already ended are left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinDays"/> is negative.</exception>
    [Pure]
    public static ImmutableArray<ProximityAlert> NearProximity(RiskRegister register, LocalDate asOf, int withinDays)
    {
        Guard.Against.Null(register);
        if (withinDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(withinDays), withinDays, $"{nameof(withinDays)} must be zero or positive (got {withinDays}).");
        }

        var list = new List<ProximityAlert>();
        foreach (RiskEntry r in register.Risks)
        {
            if (r.IsOpen && r.Proximity is { } w && w.End >= asOf)
            {
                int days = w.DaysUntilStart(asOf);
                if (days <= withinDays)
                {
                    list.Add(new ProximityAlert(r.Id, w, days, w.Contains(asOf)));
                }
            }
        }

        return [.. list.OrderBy(a => a.DaysUntilStart).ThenBy(a => a.RiskId, StringComparer.Ordinal)];
    }

    private static bool IsTreatment(RiskResponse x) => x.IsActive && x.Strategy != RiskResponseStrategy.Accept;

    private static void CheckPolicy(RiskEntry r, AppetiteBandPolicy policy, LocalDate asOf, ImmutableArray<AppetiteBreach>.Builder breaches)
    {
        string band = policy.BandId;
        bool hasPlan = r.Responses.Any(IsTreatment);
        if (policy.RequiresTreatmentPlan && !hasPlan)
        {
            breaches.Add(new AppetiteBreach(AppetiteBreachKind.TreatmentPlanMissing, r.Id, r.Id, band, null, null, $"Band '{band}' requires a treatment plan; risk '{r.Id}' has no active response other than Accept."));
        }

        if (policy.ApproverRole is { } role && r.Approver is null)
        {
            breaches.Add(new AppetiteBreach(AppetiteBreachKind.ApproverMissing, r.Id, r.Id, band, null, null, $"Band '{band}' requires approval by the {role}; risk '{r.Id}' has no approver."));
        }

        if (policy.MaxDaysToRespond is { } days)
        {
            LocalDate deadline = r.Identified.PlusDays(days);
            bool inTime = r.Responses.Any(x => IsTreatment(x) && (x.Status == ResponseStatus.Done || x.DueDate <= deadline));
            if (!inTime && (asOf > deadline || hasPlan))
            {
                breaches.Add(new AppetiteBreach(AppetiteBreachKind.ResponseTooLate, r.Id, r.Id, band, null, days, $"Band '{band}' requires a treatment response within {days} day(s) of identification (by {deadline:uuuu-MM-dd}); risk '{r.Id}' has none done or due by then."));
            }
        }
    }
}

/// <summary>A response that is overdue.</summary>
/// <param name="RiskId">The risk id.</param>
/// <param name="Response">The response.</param>
/// <param name="DaysOverdue">asOf − due date, in days (≥ 1).</param>
public sealed record OverdueResponse(string RiskId, RiskResponse Response, int DaysOverdue);

/// <summary>A risk whose proximity window is open or near.</summary>
/// <param name="RiskId">The risk id.</param>
/// <param name="Window">The window.</param>
/// <param name="DaysUntilStart">Start − asOf in days (zero or negative when the window is open).</param>
/// <param name="IsWindowOpen">Whether asOf lies in the window.</param>
public sealed record ProximityAlert(string RiskId, ProximityWindow Window, int DaysUntilStart, bool IsWindowOpen);
