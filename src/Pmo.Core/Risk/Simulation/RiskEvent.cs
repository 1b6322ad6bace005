using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// A discrete risk event of a <see cref="SimulationModel"/>: it occurs in an iteration with probability p and then
/// changes the durations of one or more activities (<see cref="Impacts"/>) and/or adds a cost (<see cref="CostImpact"/>).
/// </summary>
/// <remarks>
/// Each iteration draws one occurrence number and one severity number per event. The severity u drives the quantiles
/// of every impact of the event and of its cost impact, so the impacts of one occurrence are perfectly rank-correlated
/// (a severe occurrence is severe everywhere). This is the risk-event ("risk register driven") model of D. T. Hulett,
/// <i>Integrated Cost-Schedule Risk Analysis</i>, Gower, 2011, ch. 4, and of the AACE International Recommended
/// Practice 57R-09 (integrated cost and schedule risk analysis using Monte Carlo simulation of a CPM model).
/// </remarks>
public sealed class RiskEvent
{
    /// <summary>Creates a risk event.</summary>
    /// <param name="id">The id (unique in a model).</param>
    /// <param name="probability">The probability of occurring in an iteration, in [0, 1].</param>
    /// <param name="impacts">The schedule impacts (may be empty when the event only costs money).</param>
    /// <param name="costImpact">The cost added when the event occurs (negative for an opportunity), or null.</param>
    /// <param name="name">An optional display name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="impacts"/> (or an element) is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, the event has neither a schedule nor a cost impact, or two impacts name the same activity.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is NaN or outside [0, 1].</exception>
    public RiskEvent(string id, double probability, IEnumerable<RiskEventImpact> impacts, Distribution? costImpact = null, string? name = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Probability = Guard.Against.NotInRange(probability, 0, 1, minInclusive: true, maxInclusive: true);
        Guard.Against.Null(impacts);
        var list = ImmutableArray.CreateBuilder<RiskEventImpact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (RiskEventImpact? impact in impacts)
        {
            if (impact is null)
            {
                throw new ArgumentNullException(nameof(impacts), $"{nameof(impacts)}[{index}] of risk event '{id}' is null.");
            }

            if (!seen.Add(impact.ActivityId))
            {
                throw new ArgumentException($"{nameof(impacts)} of risk event '{id}' names activity '{impact.ActivityId}' twice; combine the impacts into one.", nameof(impacts));
            }

            list.Add(impact);
            index++;
        }

        if (list.Count == 0 && costImpact is null)
        {
            throw new ArgumentException($"Risk event '{id}' has neither a schedule impact nor a cost impact.", nameof(impacts));
        }

        Impacts = list.ToImmutable();
        CostImpact = costImpact;
        Name = name;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name, if any.</summary>
    public string? Name { get; }

    /// <summary>Gets the probability of occurring.</summary>
    public double Probability { get; }

    /// <summary>Gets the schedule impacts.</summary>
    public ImmutableArray<RiskEventImpact> Impacts { get; }

    /// <summary>Gets the cost impact, or null.</summary>
    public Distribution? CostImpact { get; }

    /// <summary>Returns a copy with another probability (for example a mitigated one, or 0 to switch the event off).</summary>
    /// <param name="probability">The new probability in [0, 1].</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is NaN or outside [0, 1].</exception>
    public RiskEvent WithProbability(double probability) => new(Id, probability, Impacts, CostImpact, Name);

    /// <summary>
    /// Creates a risk event from a register risk at an assessment stage: probability from the assessment, the schedule
    /// impact (working days) added to each of the risk's <see cref="RiskEntry.ActivityIds"/> and the cost impact added
    /// once per occurrence; an opportunity's impacts are negative.
    /// </summary>
    /// <param name="risk">The register risk; it must name at least one activity when it has a schedule impact.</param>
    /// <param name="stage">The assessment stage (for example <see cref="AssessmentStage.Inherent"/> for pre-mitigation, <see cref="AssessmentStage.Residual"/> for post-mitigation).</param>
    /// <param name="impactSpread">
    /// Optional three-point spread of the impacts as fractions of the register's point impact (low, high), e.g.
    /// (0.5, 1.5) gives Triangular(0.5·I, I, 1.5·I); null keeps the point impact (a constant).
    /// </param>
    /// <returns>The event, id = the risk id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="risk"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined, or the spread is not 0 ≤ low ≤ 1 ≤ high (finite), or high × impact overflows.</exception>
    /// <exception cref="ArgumentException">The risk has a schedule impact but no activity ids, or has neither a cost nor a schedule impact.</exception>
    public static RiskEvent FromRegister(RiskEntry risk, AssessmentStage stage, (double Low, double High)? impactSpread = null)
    {
        Guard.Against.Null(risk);
        RiskEntry.CheckStage(stage);
        if (impactSpread is { } s && !(double.IsFinite(s.Low) && double.IsFinite(s.High) && s.Low >= 0 && s.Low <= 1 && s.High >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(impactSpread), impactSpread, $"{nameof(impactSpread)} must satisfy 0 ≤ low ≤ 1 ≤ high, finite (got ({s.Low:R}, {s.High:R})).");
        }

        RiskAssessment a = risk.AssessmentAt(stage);
        double sign = risk.Kind == RiskKind.Opportunity ? -1 : 1;
        Distribution Spread(double value)
        {
            double v = sign * value;
            if (impactSpread is not { } sp)
            {
                return new ConstantDistribution(v);
            }

            double lo = v * sp.Low, hi = v * sp.High;
            if (!double.IsFinite(hi))
            {
                throw new ArgumentOutOfRangeException(nameof(impactSpread), impactSpread, $"{nameof(impactSpread)}: the high end {sp.High:R} × the impact {v:R} of register risk '{risk.Id}' overflows a double; use a smaller spread or impact.");
            }

            return sign > 0 ? new TriangularDistribution(lo, v, hi) : new TriangularDistribution(hi, v, lo);
        }

        var impacts = new List<RiskEventImpact>();
        if (a.Impact(RiskDimensions.Schedule) is { } days && days > 0)
        {
            if (risk.ActivityIds.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"Register risk '{risk.Id}' has a schedule impact ({days:R} days) but names no activities; map it to the activities it delays.", nameof(risk));
            }

            foreach (string activity in risk.ActivityIds)
            {
                impacts.Add(new RiskEventImpact(activity, Spread(days)));
            }
        }

        Distribution? cost = a.Impact(RiskDimensions.Cost) is { } money && money > 0 ? Spread(money) : null;
        if (impacts.Count == 0 && cost is null)
        {
            throw new ArgumentException($"Register risk '{risk.Id}' has neither a positive schedule impact nor a positive cost impact at stage {stage}.", nameof(risk));
        }

        return new RiskEvent(risk.Id, a.Probability, impacts, cost, risk.Title);
    }
}
