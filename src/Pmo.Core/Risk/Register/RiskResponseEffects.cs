using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>The assessment after applying responses, with the flags and notes of how it was obtained.</summary>
public sealed class ResponseEffectResult
{
    internal ResponseEffectResult(RiskAssessment assessment, int applied, bool escalated, ImmutableArray<Diagnostic> diagnostics)
    {
        Assessment = assessment;
        AppliedCount = applied;
        IsEscalated = escalated;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the resulting assessment.</summary>
    public RiskAssessment Assessment { get; }

    /// <summary>Gets how many responses were applied (cancelled ones are skipped).</summary>
    public int AppliedCount { get; }

    /// <summary>Gets whether an active Escalate response is among them: the risk is owned above this register.</summary>
    public bool IsEscalated { get; }

    /// <summary>Gets notes (a probability capped at 1; an impact factor or a coverage with no impact to act on).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}

/// <summary>Computes the effect of responses on an assessment (the residual assessment).</summary>
/// <remarks>
/// <para>
/// <b>Order of application</b> (every step is multiplicative, so responses of the same strategy compose in any order):
/// </para>
/// <list type="number">
/// <item>Mitigate and Enhance: P ← P·Π pₖ, Iᵈ ← Iᵈ·Π fₖᵈ over the responses (several mitigations compose multiplicatively: two
/// 50 % probability reductions leave 25 %).</item>
/// <item>Transfer and Share: Icost ← Icost·Π(1 − cₖ) (a second policy covers part of what the first left).</item>
/// <item>Probability capped at 1 (after an Enhance), with a diagnostic.</item>
/// <item>Exploit: P ← 1; Avoid: P ← 0 (they override the factors; the exposure P × I is then I or 0).</item>
/// <item>Accept, Escalate: no change (Escalate sets <see cref="ResponseEffectResult.IsEscalated"/>).</item>
/// </list>
/// <para>Cancelled responses are skipped. Impacts of dimensions the assessment does not have are not created: an impact
/// factor other than 1 for such a dimension, or a Transfer/Share coverage when there is no cost impact, changes nothing and is
/// reported as a <see cref="DiagnosticKind.Warning"/> (metric <c>ImpactFactors</c> or <c>Coverage</c>), never dropped
/// silently.</para>
/// <para>Source: strategies from PMI, <i>PMBOK Guide</i>, 6th ed., §11.5.2.4–5; ISO 31000:2018 §6.5.2 (options for risk treatment).</para>
/// </remarks>
public static class RiskResponseEffects
{
    /// <summary>Applies active responses to an assessment.</summary>
    /// <param name="assessment">The assessment to start from (inherent or current).</param>
    /// <param name="kind">Threat or opportunity: every response's strategy must be valid for it.</param>
    /// <param name="responses">The responses; cancelled ones are skipped.</param>
    /// <returns>The resulting assessment and notes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/>, <paramref name="responses"/> or a response is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentException">A response's strategy is not valid for <paramref name="kind"/>.</exception>
    [Pure]
    public static ResponseEffectResult Apply(RiskAssessment assessment, RiskKind kind, IEnumerable<RiskResponse> responses)
    {
        Guard.Against.Null(assessment);
        Guard.Against.Null(responses);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{nameof(kind)} must be a defined {nameof(RiskKind)} (got {(int)kind}).");
        }

        RiskResponse[] list = [.. responses];
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(responses), $"{nameof(responses)}[{i}] is null.");
            }

            if (!RiskResponseStrategies.IsValidFor(list[i].Strategy, kind))
            {
                throw new ArgumentException($"{nameof(responses)}[{i}] ('{list[i].Id}') has the strategy {list[i].Strategy}, which is not valid for a {kind.ToString().ToLowerInvariant()} (PMBOK 6th ed. §11.5.2.4–5).", nameof(responses));
            }
        }

        return ApplyChecked(assessment, list);
    }

    internal static ResponseEffectResult ApplyChecked(RiskAssessment assessment, IReadOnlyList<RiskResponse> list)
    {
        double p = assessment.Probability;
        var impacts = new Dictionary<string, double>(assessment.Impacts, StringComparer.Ordinal);
        bool avoid = false, exploit = false, escalated = false;
        int applied = 0;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (RiskResponse r in list)
        {
            if (!r.IsActive)
            {
                continue;
            }

            applied++;
            switch (r.Strategy)
            {
                case RiskResponseStrategy.Mitigate:
                case RiskResponseStrategy.Enhance:
                    p *= r.ProbabilityFactor;
                    foreach (KeyValuePair<string, double> f in r.ImpactFactors)
                    {
                        if (impacts.TryGetValue(f.Key, out double v))
                        {
                            impacts[f.Key] = v * f.Value;
                        }
                        else if (f.Value != 1)
                        {
                            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "ImpactFactors", $"Response '{r.Id}' has an impact factor of {f.Value:R} for '{f.Key}', a dimension the assessment has no impact on; it changes nothing."));
                        }
                    }

                    break;
                case RiskResponseStrategy.Transfer:
                case RiskResponseStrategy.Share:
                    if (impacts.TryGetValue(RiskDimensions.Cost, out double c))
                    {
                        impacts[RiskDimensions.Cost] = c * (1 - r.Coverage);
                    }
                    else if (r.Coverage > 0)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "Coverage", $"Response '{r.Id}' ({r.Strategy}) covers {r.Coverage:R} of the cost impact, but the assessment has no '{RiskDimensions.Cost}' impact; it changes nothing."));
                    }

                    break;
                case RiskResponseStrategy.Avoid:
                    avoid = true;
                    break;
                case RiskResponseStrategy.Exploit:
                    exploit = true;
                    break;
                case RiskResponseStrategy.Escalate:
                    escalated = true;
                    break;
                default:
                    break;
            }
        }

        if (p > 1)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "Probability", $"The enhanced probability {p:R} was capped at 1."));
            p = 1;
        }

        if (exploit)
        {
            p = 1;
        }

        if (avoid)
        {
            p = 0;
        }

        return new ResponseEffectResult(new RiskAssessment(p, impacts), applied, escalated, diagnostics.ToImmutable());
    }
}
