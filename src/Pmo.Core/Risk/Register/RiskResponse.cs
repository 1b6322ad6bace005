using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// A planned or executed response to a risk: its strategy and quantified effect, cost, owner, due date and status.
/// Immutable and validated; use the factories (<see cref="Avoid"/>, <see cref="Mitigate"/>, …) or the constructor.
/// </summary>
/// <remarks>
/// <para>Effect parameters by strategy (PMBOK 6th ed. §11.5.2.4–5); parameters that do not apply must keep their defaults:</para>
/// <list type="table">
/// <item><term>Avoid</term><description>P′ = 0, so exposure 0.</description></item>
/// <item><term>Mitigate</term><description>P′ = P·p, I′ᵈ = Iᵈ·fᵈ with reduction factors p, fᵈ in [0, 1] (1 = no change).</description></item>
/// <item><term>Transfer</term><description>I′cost = Icost·(1 − c), coverage c in [0, 1]: the share of the cost impact a third party carries; other dimensions unchanged.</description></item>
/// <item><term>Accept</term><description>unchanged.</description></item>
/// <item><term>Escalate</term><description>unchanged in this register; the effect result is flagged as escalated.</description></item>
/// <item><term>Exploit</term><description>P′ = 1.</description></item>
/// <item><term>Enhance</term><description>P′ = min(1, P·p), I′ᵈ = Iᵈ·fᵈ with increase factors p, fᵈ ≥ 1.</description></item>
/// <item><term>Share</term><description>I′cost = Icost·(1 − c): the partner receives the fraction c of the upside, the retained benefit fraction is 1 − c.</description></item>
/// </list>
/// </remarks>
public sealed class RiskResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="id">The response id, unique within its risk.</param>
    /// <param name="strategy">The strategy.</param>
    /// <param name="owner">The action owner, or null.</param>
    /// <param name="cost">The response cost in money: finite, zero or positive.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The progress; default <see cref="ResponseStatus.Planned"/>.</param>
    /// <param name="probabilityFactor">Mitigate: reduction factor in [0, 1]; Enhance: increase factor ≥ 1; otherwise 1.</param>
    /// <param name="impactFactors">Mitigate: reduction factors in [0, 1] per dimension id; Enhance: increase factors ≥ 1 (finite); otherwise none. A missing dimension keeps its impact.</param>
    /// <param name="coverage">Transfer or Share: the fraction of the cost impact passed to the third party, in [0, 1]; otherwise 0.</param>
    /// <param name="description">A description of the action, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, a factor dimension id is blank or repeated, or a parameter is set that the strategy does not use (named in <see cref="ArgumentException.ParamName"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="strategy"/> or <paramref name="status"/> is undefined; <paramref name="cost"/> is NaN, infinite or negative;
    /// a reduction factor is outside [0, 1]; an increase factor is below 1 or not finite; <paramref name="coverage"/> is outside [0, 1].
    /// </exception>
    public RiskResponse(
        string id,
        RiskResponseStrategy strategy,
        string? owner = null,
        double cost = 0,
        LocalDate? dueDate = null,
        ResponseStatus status = ResponseStatus.Planned,
        double probabilityFactor = 1,
        IEnumerable<KeyValuePair<string, double>>? impactFactors = null,
        double coverage = 0,
        string? description = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        if (!Enum.IsDefined(strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(strategy), strategy, $"{nameof(strategy)} must be a defined {nameof(RiskResponseStrategy)} (got {(int)strategy}).");
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"{nameof(status)} must be a defined {nameof(ResponseStatus)} (got {(int)status}).");
        }

        Cost = Guard.Against.NotFiniteNonNegative(cost);
        bool reduces = strategy == RiskResponseStrategy.Mitigate;
        bool increases = strategy == RiskResponseStrategy.Enhance;
        bool covers = strategy is RiskResponseStrategy.Transfer or RiskResponseStrategy.Share;
        if (reduces)
        {
            Guard.Against.NotInRange(probabilityFactor, 0, 1, true, true);
        }
        else if (increases)
        {
            CheckIncrease(probabilityFactor, nameof(probabilityFactor), nameof(probabilityFactor));
        }
        else if (probabilityFactor != 1)
        {
            throw new ArgumentException($"{nameof(probabilityFactor)} applies only to Mitigate and Enhance; a {strategy} response must leave it at 1 (got {probabilityFactor}).", nameof(probabilityFactor));
        }

        var factors = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (impactFactors is not null)
        {
            foreach (KeyValuePair<string, double> kv in impactFactors)
            {
                if (!reduces && !increases)
                {
                    throw new ArgumentException($"{nameof(impactFactors)} apply only to Mitigate and Enhance; a {strategy} response must have none.", nameof(impactFactors));
                }

                if (string.IsNullOrWhiteSpace(kv.Key))
                {
                    throw new ArgumentException($"{nameof(impactFactors)} contains a blank dimension id.", nameof(impactFactors));
                }

                if (reduces && !(kv.Value >= 0 && kv.Value <= 1))
                {
                    throw new ArgumentOutOfRangeException(nameof(impactFactors), kv.Value, $"{nameof(impactFactors)}['{kv.Key}'] of a Mitigate response is a reduction factor and must lie in [0, 1] (got {kv.Value}).");
                }

                if (increases)
                {
                    CheckIncrease(kv.Value, nameof(impactFactors), $"{nameof(impactFactors)}['{kv.Key}']");
                }

                if (!factors.TryAdd(kv.Key, kv.Value))
                {
                    throw new ArgumentException($"{nameof(impactFactors)} contains the dimension '{kv.Key}' more than once.", nameof(impactFactors));
                }
            }
        }

        if (covers)
        {
            Guard.Against.NotInRange(coverage, 0, 1, true, true);
        }
        else if (coverage != 0)
        {
            throw new ArgumentException($"{nameof(coverage)} applies only to Transfer and Share; a {strategy} response must leave it at 0 (got {coverage}).", nameof(coverage));
        }

        Id = id;
        Strategy = strategy;
        Owner = owner;
        DueDate = dueDate;
        Status = status;
        ProbabilityFactor = probabilityFactor;
        ImpactFactors = factors.ToImmutable();
        Coverage = coverage;
        Description = description;
    }

    /// <summary>Gets the response id.</summary>
    public string Id { get; }

    /// <summary>Gets the strategy.</summary>
    public RiskResponseStrategy Strategy { get; }

    /// <summary>Gets the action owner, or null.</summary>
    public string? Owner { get; }

    /// <summary>Gets the response cost in money.</summary>
    public double Cost { get; }

    /// <summary>Gets the due date, or null.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets the progress.</summary>
    public ResponseStatus Status { get; }

    /// <summary>Gets the probability factor (Mitigate: ≤ 1, Enhance: ≥ 1, otherwise 1).</summary>
    public double ProbabilityFactor { get; }

    /// <summary>Gets the impact factor per dimension id (Mitigate: ≤ 1, Enhance: ≥ 1); a missing dimension is unchanged.</summary>
    public ImmutableSortedDictionary<string, double> ImpactFactors { get; }

    /// <summary>Gets the fraction of the cost impact passed to a third party (Transfer, Share), otherwise 0.</summary>
    public double Coverage { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets whether the response has an effect and a cost (it is not <see cref="ResponseStatus.Cancelled"/>).</summary>
    public bool IsActive => Status != ResponseStatus.Cancelled;

    /// <summary>Tells whether the response is overdue: due before <paramref name="asOf"/>, neither done nor cancelled.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>DueDate &lt; asOf and Status ∈ {Planned, InProgress}.</returns>
    [Pure]
    public bool IsOverdue(LocalDate asOf) => DueDate is { } d && d < asOf && Status is ResponseStatus.Planned or ResponseStatus.InProgress;

    /// <summary>Creates an Avoid response (P′ = 0).</summary>
    /// <param name="id">The response id.</param>
    /// <param name="owner">The owner, or null.</param>
    /// <param name="cost">The cost.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is NaN, infinite or negative, or <paramref name="status"/> is undefined.</exception>
    [Pure]
    public static RiskResponse Avoid(string id, string? owner = null, double cost = 0, LocalDate? dueDate = null, ResponseStatus status = ResponseStatus.Planned) =>
        new(id, RiskResponseStrategy.Avoid, owner, cost, dueDate, status);

    /// <summary>Creates a Mitigate response: P′ = P·probabilityFactor, I′(cost) = I·costFactor, I′(schedule) = I·scheduleFactor.</summary>
    /// <param name="id">The response id.</param>
    /// <param name="probabilityFactor">The probability reduction factor in [0, 1].</param>
    /// <param name="costFactor">The cost impact reduction factor in [0, 1].</param>
    /// <param name="scheduleFactor">The schedule impact reduction factor in [0, 1].</param>
    /// <param name="owner">The owner, or null.</param>
    /// <param name="cost">The response cost.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A factor is outside [0, 1], <paramref name="cost"/> is NaN, infinite or negative, or <paramref name="status"/> is undefined.</exception>
    [Pure]
    public static RiskResponse Mitigate(string id, double probabilityFactor = 1, double costFactor = 1, double scheduleFactor = 1, string? owner = null, double cost = 0, LocalDate? dueDate = null, ResponseStatus status = ResponseStatus.Planned) =>
        new(id, RiskResponseStrategy.Mitigate, owner, cost, dueDate, status, probabilityFactor, Factors(costFactor, scheduleFactor));

    /// <summary>Creates a Transfer response: I′(cost) = I·(1 − coverage).</summary>
    /// <param name="id">The response id.</param>
    /// <param name="coverage">The fraction of the cost impact carried by the third party, in [0, 1].</param>
    /// <param name="owner">The owner, or null.</param>
    /// <param name="cost">The response cost (for example the insurance premium).</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coverage"/> is outside [0, 1], <paramref name="cost"/> is NaN, infinite or negative, or <paramref name="status"/> is undefined.</exception>
    [Pure]
    public static RiskResponse Transfer(string id, double coverage, string? owner = null, double cost = 0, LocalDate? dueDate = null, ResponseStatus status = ResponseStatus.Planned) =>
        new(id, RiskResponseStrategy.Transfer, owner, cost, dueDate, status, coverage: coverage);

    /// <summary>Creates an Accept response (no change).</summary>
    /// <param name="id">The response id.</param>
    /// <param name="owner">The owner, or null.</param>
    /// <param name="cost">The cost (for example of monitoring).</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is NaN, infinite or negative, or <paramref name="status"/> is undefined.</exception>
    [Pure]
    public static RiskResponse Accept(string id, string? owner = null, double cost = 0, LocalDate? dueDate = null, ResponseStatus status = ResponseStatus.Planned) =>
        new(id, RiskResponseStrategy.Accept, owner, cost, dueDate, status);

    /// <summary>Creates an Escalate response (no change in this register; flagged as escalated).</summary>
    /// <param name="id">The response id.</param>
    /// <param name="owner">Who the risk is escalated to, or null.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    [Pure]
    public static RiskResponse Escalate(string id, string? owner = null, LocalDate? dueDate = null, ResponseStatus status = ResponseStatus.Planned) =>
        new(id, RiskResponseStrategy.Escalate, owner, 0, dueDate, status);

    /// <summary>Creates an Exploit response (P′ = 1).</summary>
    /// <param name="id">The response id.</param>
    /// <param name="owner">The owner, or null.</param>
    /// <param name="cost">The cost.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is NaN, infinite or negative, or <paramref name="status"/> is undefined.</exception>
    [Pure]
    public static RiskResponse Exploit(string id, string? owner = null, double cost = 0, LocalDate? dueDate = null, ResponseStatus status = ResponseStatus.Planned) =>
        new(id, RiskResponseStrategy.Exploit, owner, cost, dueDate, status);

    /// <summary>Creates an Enhance response: P′ = min(1, P·probabilityFactor), I′ = I·factor.</summary>
    /// <param name="id">The response id.</param>
    /// <param name="probabilityFactor">The probability increase factor, ≥ 1.</param>
    /// <param name="costFactor">The cost (benefit) impact increase factor, ≥ 1.</param>
    /// <param name="scheduleFactor">The schedule (time saved) impact increase factor, ≥ 1.</param>
    /// <param name="owner">The owner, or null.</param>
    /// <param name="cost">The response cost.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A factor is below 1 or not finite, <paramref name="cost"/> is NaN, infinite or negative, or <paramref name="status"/> is undefined.</exception>
    [Pure]
    public static RiskResponse Enhance(string id, double probabilityFactor = 1, double costFactor = 1, double scheduleFactor = 1, string? owner = null, double cost = 0, LocalDate? dueDate = null, ResponseStatus status = ResponseStatus.Planned) =>
        new(id, RiskResponseStrategy.Enhance, owner, cost, dueDate, status, probabilityFactor, Factors(costFactor, scheduleFactor));

    /// <summary>Creates a Share response: the partner receives <paramref name="coverage"/> of the upside, I′(cost) = I·(1 − coverage).</summary>
    /// <param name="id">The response id.</param>
    /// <param name="coverage">The fraction of the benefit given to the partner, in [0, 1]; the retained benefit fraction is 1 − coverage.</param>
    /// <param name="owner">The owner, or null.</param>
    /// <param name="cost">The response cost.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <param name="status">The status.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coverage"/> is outside [0, 1], <paramref name="cost"/> is NaN, infinite or negative, or <paramref name="status"/> is undefined.</exception>
    [Pure]
    public static RiskResponse Share(string id, double coverage, string? owner = null, double cost = 0, LocalDate? dueDate = null, ResponseStatus status = ResponseStatus.Planned) =>
        new(id, RiskResponseStrategy.Share, owner, cost, dueDate, status, coverage: coverage);

    private static KeyValuePair<string, double>[] Factors(double costFactor, double scheduleFactor) =>
        [new(RiskDimensions.Cost, costFactor), new(RiskDimensions.Schedule, scheduleFactor)];

    private static void CheckIncrease(double value, string paramName, string label)
    {
        if (!double.IsFinite(value) || value < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{label} of an Enhance response is an increase factor and must be a finite number ≥ 1 (got {value}).");
        }
    }
}
