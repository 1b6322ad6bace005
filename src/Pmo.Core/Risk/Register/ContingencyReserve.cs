using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>The method that produced a <see cref="ContingencyEstimate"/>.</summary>
public enum ContingencyMethod
{
    /// <summary>Σ EMV of the open threats (opportunities ignored).</summary>
    EmvSumOfThreats = 0,

    /// <summary>Σ EMV of the open threats − Σ EMV of the open opportunities, floored at 0.</summary>
    EmvSumNetOfOpportunities = 1,

    /// <summary>A quantitative estimate (for example a Monte Carlo percentile) from a custom <see cref="IContingencyEstimator"/>.</summary>
    Quantitative = 2,
}

/// <summary>A contingency reserve estimate, in money and in time, with the method that produced it.</summary>
public sealed class ContingencyEstimate
{
    /// <summary>Creates an estimate (for custom estimators).</summary>
    /// <param name="money">The cost reserve: finite, zero or positive.</param>
    /// <param name="time">The schedule reserve in working days: finite, zero or positive.</param>
    /// <param name="method">The method.</param>
    /// <param name="description">How it was computed, for example "P80 − mean of 10,000 Monte Carlo trials, seed 42".</param>
    /// <param name="diagnostics">Notes.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="money"/> or <paramref name="time"/> is NaN, infinite or negative, or <paramref name="method"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public ContingencyEstimate(double money, double time, ContingencyMethod method, string description, IEnumerable<Diagnostic>? diagnostics = null)
    {
        Money = Guard.Against.NotFiniteNonNegative(money);
        Time = Guard.Against.NotFiniteNonNegative(time);
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, $"{nameof(method)} must be a defined {nameof(ContingencyMethod)} (got {(int)method}).");
        }

        Method = method;
        Description = Guard.Against.NullOrWhiteSpace(description);
        Diagnostics = diagnostics is null ? [] : [.. diagnostics];
    }

    /// <summary>Gets the cost reserve.</summary>
    public double Money { get; }

    /// <summary>Gets the schedule reserve in working days.</summary>
    public double Time { get; }

    /// <summary>Gets the method.</summary>
    public ContingencyMethod Method { get; }

    /// <summary>Gets how it was computed.</summary>
    public string Description { get; }

    /// <summary>Gets notes.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}

/// <summary>
/// The plug point for contingency estimates: the register-based EMV sum (<see cref="EmvContingencyEstimator"/>) today,
/// a Monte Carlo estimate (a later issue) tomorrow. Implementations must be pure and thread-safe.
/// </summary>
public interface IContingencyEstimator
{
    /// <summary>Estimates the contingency reserve of a register.</summary>
    /// <param name="riskRegister">The register.</param>
    /// <param name="stage">The assessment stage to use.</param>
    /// <returns>The estimate with its method.</returns>
    ContingencyEstimate Estimate(RiskRegister riskRegister, AssessmentStage stage);
}

/// <summary>
/// The register-based contingency reserve: the sum of the EMVs of the open threats, optionally net of the open
/// opportunities.
/// </summary>
/// <remarks>
/// Reserve = Σ P·I over open threats (PMBOK 6th ed. §7.2.2.6 "reserve analysis" and §11.4.2.5 EMV). Net of
/// opportunities: Σ threats − Σ opportunities; a negative net is floored at 0 with a warning (a reserve cannot be
/// negative). Both money (cost impact) and time (schedule impact) are reported.
/// </remarks>
public sealed class EmvContingencyEstimator : IContingencyEstimator
{
    /// <summary>Creates the estimator.</summary>
    /// <param name="netOfOpportunities">Subtract the opportunities' EMV (an explicit choice; default false).</param>
    public EmvContingencyEstimator(bool netOfOpportunities = false) => NetOfOpportunities = netOfOpportunities;

    /// <summary>Gets whether the opportunities' EMV is subtracted.</summary>
    public bool NetOfOpportunities { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="riskRegister"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    public ContingencyEstimate Estimate(RiskRegister riskRegister, AssessmentStage stage)
    {
        ExposureGroup g = ExposureRollup.By(riskRegister, RiskGrouping.Portfolio, stage).Total;
        if (!NetOfOpportunities)
        {
            return new ContingencyEstimate(g.ThreatMoney, g.ThreatTime, ContingencyMethod.EmvSumOfThreats, $"Σ EMV of {g.Count} open risk(s)' threats at stage {stage}; opportunities ignored.");
        }

        var diagnostics = new List<Diagnostic>();
        double money = g.NetMoney, time = g.NetTime;
        if (money < 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "ContingencyReserve", $"Opportunities outweigh threats in money (net {money:R}); the reserve is floored at 0."));
            money = 0;
        }

        if (time < 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "ScheduleReserve", $"Opportunities outweigh threats in time (net {time:R} days); the reserve is floored at 0."));
            time = 0;
        }

        return new ContingencyEstimate(money, time, ContingencyMethod.EmvSumNetOfOpportunities, $"Σ EMV of threats − Σ EMV of opportunities over {g.Count} open risk(s) at stage {stage}.", diagnostics);
    }
}

/// <summary>The contingency reserve of a register.</summary>
public static class ContingencyReserve
{
    /// <summary>Estimates the contingency reserve.</summary>
    /// <param name="register">The register.</param>
    /// <param name="stage">The stage; default <see cref="AssessmentStage.Residual"/> (the exposure left after the planned responses, which the reserve must cover).</param>
    /// <param name="estimator">The estimator; default the EMV sum of open threats (<see cref="EmvContingencyEstimator"/>). Pass a quantitative one (Monte Carlo) here.</param>
    /// <returns>The estimate with the method that produced it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null, or the estimator returned null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    [Pure]
    public static ContingencyEstimate Estimate(RiskRegister register, AssessmentStage stage = AssessmentStage.Residual, IContingencyEstimator? estimator = null)
    {
        Guard.Against.Null(register);
        RiskEntry.CheckStage(stage);
        ContingencyEstimate? e = (estimator ?? new EmvContingencyEstimator()).Estimate(register, stage);
        return e ?? throw new ArgumentNullException(nameof(estimator), $"{nameof(estimator)} returned no estimate.");
    }
}
