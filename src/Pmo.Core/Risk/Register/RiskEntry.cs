using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// One register entry: a threat or an opportunity (positive risk) with its description, ownership, status, dates, links,
/// assessments at several stages and responses. Immutable and validated.
/// </summary>
/// <remarks>
/// <para>
/// <b>Stages</b> (<see cref="AssessmentAt"/>): Inherent (required, before any response); Current (with the responses
/// already in place; falls back to Inherent); Residual (after the planned responses: the explicit one when given,
/// otherwise <see cref="ComputedResidual"/>); Target (falls back to Residual when none is set).
/// </para>
/// <para>
/// <b>Computed residual.</b> When a current assessment is given, the responses not yet done (Planned, InProgress)
/// are applied to it, since the done ones are already reflected in "current"; otherwise every active response is applied
/// to the inherent assessment. See <see cref="RiskResponseEffects"/> for the effect formulas and their order.
/// </para>
/// <para>
/// <b>Explicit residual wins.</b> An analyst's explicit residual assessment is used as is (it may reflect judgement the
/// factors do not capture); when it differs from the computed one (probability or an impact by more than 1e-9
/// relative), <see cref="Diagnostics"/> carries an <see cref="DiagnosticKind.Information"/> note with both.
/// </para>
/// <para>
/// <b>Exposure</b> (EMV, PMBOK 6th ed. §11.4.2.5): money = s·P·I(cost), time = s·P·I(schedule), with s = +1 for a
/// threat and −1 for an opportunity (opportunities reduce exposure). Precomputed for every stage.
/// </para>
/// </remarks>
public sealed class RiskEntry
{
    // Stored inline (not in arrays) so a burndown pass touches one object per risk, not three.
    private StageValues money;
    private StageValues time;

    /// <summary>Creates a risk.</summary>
    /// <param name="id">The risk id, unique in its register.</param>
    /// <param name="title">A short title.</param>
    /// <param name="kind">Threat or opportunity.</param>
    /// <param name="inherent">The inherent (gross) assessment.</param>
    /// <param name="identified">The date it was identified.</param>
    /// <param name="category">The category (for example a risk-breakdown-structure id), or null.</param>
    /// <param name="owner">The risk owner, or null.</param>
    /// <param name="status">The status; default <see cref="RiskStatus.Open"/>.</param>
    /// <param name="current">The current assessment, or null (then Inherent is current).</param>
    /// <param name="residual">An explicit residual assessment, or null to compute it from the responses.</param>
    /// <param name="target">The target assessment, or null.</param>
    /// <param name="responses">The responses: unique ids, strategies valid for <paramref name="kind"/>, due dates on or after <paramref name="identified"/>.</param>
    /// <param name="projectId">The project it belongs to, or null for a programme- or portfolio-level risk.</param>
    /// <param name="activityIds">Linked activities of the project: unique, non-blank; only with a <paramref name="projectId"/>.</param>
    /// <param name="proximity">The window in which it can occur, or null.</param>
    /// <param name="cause">The cause ("because of …"), or null.</param>
    /// <param name="riskEvent">The uncertain event ("… may happen"), or null.</param>
    /// <param name="effect">The effect on objectives ("… which would lead to …"), or null.</param>
    /// <param name="approver">Who approved the response plan (name or role), or null when not approved.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/>, <paramref name="inherent"/>, a response or an activity id is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or <paramref name="title"/> is blank; a response id repeats, a strategy is not valid for the kind or a due date is before
    /// <paramref name="identified"/> (<c>responses</c>); an activity id is blank or repeats, or activities are given without a project (<c>activityIds</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="status"/> is undefined.</exception>
    public RiskEntry(
        string id,
        string title,
        RiskKind kind,
        RiskAssessment inherent,
        LocalDate identified,
        string? category = null,
        string? owner = null,
        RiskStatus status = RiskStatus.Open,
        RiskAssessment? current = null,
        RiskAssessment? residual = null,
        RiskAssessment? target = null,
        IEnumerable<RiskResponse>? responses = null,
        string? projectId = null,
        IEnumerable<string>? activityIds = null,
        ProximityWindow? proximity = null,
        string? cause = null,
        string? riskEvent = null,
        string? effect = null,
        string? approver = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(inherent);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{nameof(kind)} must be a defined {nameof(RiskKind)} (got {(int)kind}).");
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"{nameof(status)} must be a defined {nameof(RiskStatus)} (got {(int)status}).");
        }

        ImmutableArray<RiskResponse> rs = responses is null ? [] : [.. responses];
        var responseIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rs.Length; i++)
        {
            RiskResponse r = rs[i] ?? throw new ArgumentNullException(nameof(responses), $"{nameof(responses)}[{i}] of risk '{id}' is null.");
            if (!responseIds.Add(r.Id))
            {
                throw new ArgumentException($"{nameof(responses)} of risk '{id}' contains the response id '{r.Id}' more than once; ids must be unique.", nameof(responses));
            }

            if (!RiskResponseStrategies.IsValidFor(r.Strategy, kind))
            {
                throw new ArgumentException($"{nameof(responses)}[{i}] ('{r.Id}') of risk '{id}' has the strategy {r.Strategy}, which is not valid for a {kind.ToString().ToLowerInvariant()} (PMBOK 6th ed. §11.5.2.4–5).", nameof(responses));
            }

            if (r.DueDate is { } due && due < identified)
            {
                throw new ArgumentException($"{nameof(responses)}[{i}] ('{r.Id}') of risk '{id}' is due on {due:uuuu-MM-dd}, before the risk was identified ({identified:uuuu-MM-dd}).", nameof(responses));
            }
        }

        ImmutableArray<string> acts = activityIds is null ? [] : [.. activityIds];
        var actSet = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < acts.Length; i++)
        {
            if (acts[i] is null)
            {
                throw new ArgumentNullException(nameof(activityIds), $"{nameof(activityIds)}[{i}] of risk '{id}' is null.");
            }

            if (string.IsNullOrWhiteSpace(acts[i]) || !actSet.Add(acts[i]))
            {
                throw new ArgumentException($"{nameof(activityIds)}[{i}] of risk '{id}' ('{acts[i]}') is blank or repeated.", nameof(activityIds));
            }
        }

        if (!acts.IsEmpty && projectId is null)
        {
            throw new ArgumentException($"{nameof(activityIds)} of risk '{id}' link activities but the risk has no {nameof(projectId)}; activities belong to a project.", nameof(activityIds));
        }

        Id = id;
        Title = title;
        Kind = kind;
        Inherent = inherent;
        Identified = identified;
        Category = category;
        Owner = owner;
        Status = status;
        Current = current;
        ExplicitResidual = residual;
        Target = target;
        Responses = rs;
        ProjectId = projectId;
        ActivityIds = acts;
        Proximity = proximity;
        Cause = cause;
        Event = riskEvent;
        Effect = effect;
        Approver = approver;

        ComputedResidual = current is null
            ? RiskResponseEffects.ApplyChecked(inherent, rs)
            : RiskResponseEffects.ApplyChecked(current, [.. rs.Where(r => r.Status != ResponseStatus.Done)]);
        Residual = residual ?? ComputedResidual.Assessment;
        Diagnostics = residual is not null && !Close(residual, ComputedResidual.Assessment)
            ? [new Diagnostic(DiagnosticKind.Information, "Residual", $"RiskEntry '{id}': the explicit residual assessment (P = {residual.Probability:R}, expected cost {residual.ExpectedCost:R}) differs from the one computed from the responses (P = {ComputedResidual.Assessment.Probability:R}, expected cost {ComputedResidual.Assessment.ExpectedCost:R}); the explicit one is used.")]
            : [];

        double sign = kind == RiskKind.Threat ? 1 : -1;
        for (int s = 0; s < 4; s++)
        {
            RiskAssessment a = AssessmentAt((AssessmentStage)s);
            money[s] = sign * a.ExpectedCost;
            time[s] = sign * a.ExpectedDelay;
        }
    }

    /// <summary>Gets the risk id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets whether it is a threat or an opportunity.</summary>
    public RiskKind Kind { get; }

    /// <summary>Gets the inherent (gross) assessment.</summary>
    public RiskAssessment Inherent { get; }

    /// <summary>Gets the identification date.</summary>
    public LocalDate Identified { get; }

    /// <summary>Gets the category, or null.</summary>
    public string? Category { get; }

    /// <summary>Gets the risk owner, or null.</summary>
    public string? Owner { get; }

    /// <summary>Gets the status.</summary>
    public RiskStatus Status { get; }

    /// <summary>Gets whether the status is <see cref="RiskStatus.Open"/>.</summary>
    public bool IsOpen => Status == RiskStatus.Open;

    /// <summary>Gets the explicit current assessment, or null.</summary>
    public RiskAssessment? Current { get; }

    /// <summary>Gets the explicit residual assessment, or null.</summary>
    public RiskAssessment? ExplicitResidual { get; }

    /// <summary>Gets the residual assessment in force: <see cref="ExplicitResidual"/> when given, otherwise the computed one.</summary>
    public RiskAssessment Residual { get; }

    /// <summary>Gets the residual computed from the responses (see the class remarks), with its flags and notes.</summary>
    public ResponseEffectResult ComputedResidual { get; }

    /// <summary>Gets the target assessment, or null.</summary>
    public RiskAssessment? Target { get; }

    /// <summary>Gets the responses.</summary>
    public ImmutableArray<RiskResponse> Responses { get; }

    /// <summary>Gets the project id, or null for a risk above project level.</summary>
    public string? ProjectId { get; }

    /// <summary>Gets the linked activity ids of the project.</summary>
    public ImmutableArray<string> ActivityIds { get; }

    /// <summary>Gets the proximity window, or null.</summary>
    public ProximityWindow? Proximity { get; }

    /// <summary>Gets the cause text, or null.</summary>
    public string? Cause { get; }

    /// <summary>Gets the event text, or null.</summary>
    public string? Event { get; }

    /// <summary>Gets the effect text, or null.</summary>
    public string? Effect { get; }

    /// <summary>Gets who approved the response plan, or null.</summary>
    public string? Approver { get; }

    /// <summary>Gets whether an active Escalate response exists.</summary>
    public bool IsEscalated => ComputedResidual.IsEscalated;

    /// <summary>Gets notes on the risk (an explicit residual that disagrees with the computed one).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the assessment in force at a stage (with the fallbacks in the class remarks).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Inherent; Current ?? Inherent; Residual; Target ?? Residual.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    [Pure]
    public RiskAssessment AssessmentAt(AssessmentStage stage) => stage switch
    {
        AssessmentStage.Inherent => Inherent,
        AssessmentStage.Current => Current ?? Inherent,
        AssessmentStage.Residual => Residual,
        AssessmentStage.Target => Target ?? Residual,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, $"{nameof(stage)} must be a defined {nameof(AssessmentStage)} (got {(int)stage})."),
    };

    /// <summary>Gets the signed exposure (EMV) at a stage: money s·P·I(cost) and time s·P·I(schedule), s = +1 threat, −1 opportunity.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The exposure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    [Pure]
    public Exposure ExposureAt(AssessmentStage stage)
    {
        int s = CheckStage(stage);
        return new Exposure(money[s], time[s]);
    }

    /// <summary>Gets the total cost of the active (not cancelled) responses.</summary>
    public double ResponseCost => Responses.Where(r => r.IsActive).Sum(r => r.Cost);

    internal double MoneyAt(int stage) => money[stage];

    internal double TimeAt(int stage) => time[stage];

    internal static int CheckStage(AssessmentStage stage, string paramName = "stage") => Enum.IsDefined(stage)
        ? (int)stage
        : throw new ArgumentOutOfRangeException(paramName, stage, $"{paramName} must be a defined {nameof(AssessmentStage)} (got {(int)stage}).");

    private static bool Close(RiskAssessment a, RiskAssessment b)
    {
        if (!Near(a.Probability, b.Probability) || a.Impacts.Count != b.Impacts.Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, double> kv in a.Impacts)
        {
            if (!b.Impacts.TryGetValue(kv.Key, out double v) || !Near(kv.Value, v))
            {
                return false;
            }
        }

        return true;

        static bool Near(double x, double y) => Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)));
    }
}

/// <summary>Four doubles stored inline, one per <see cref="AssessmentStage"/>.</summary>
[System.Runtime.CompilerServices.InlineArray(4)]
internal struct StageValues
{
    private double element;
}

/// <summary>A signed exposure (EMV): money and time. Positive adds to exposure (threats), negative reduces it (opportunities).</summary>
/// <param name="Money">Expected money: ±P × cost impact.</param>
/// <param name="Time">Expected time in working days: ±P × schedule impact.</param>
public readonly record struct Exposure(double Money, double Time);
