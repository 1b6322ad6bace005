using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Risk.Simulation;

/// <summary>What to do with a correlation matrix that is not positive semi-definite.</summary>
public enum CorrelationPolicy
{
    /// <summary>Reject it with a <see cref="NonPositiveSemiDefiniteCorrelationException"/> (the default: fix the judgements).</summary>
    Reject = 0,

    /// <summary>Replace it by the nearest correlation matrix (<see cref="NearestCorrelation.Repair"/>), reported in <see cref="SimulationModel.CorrelationRepair"/>.</summary>
    RepairNearest = 1,
}

/// <summary>
/// A validated quantitative risk model: an activity network (<see cref="ActivityNetwork"/>) with activity
/// uncertainties, risk events and risk drivers. Run it with <see cref="RiskSimulation.Run"/>.
/// </summary>
/// <remarks>
/// <para>Per iteration, the duration of activity j is</para>
/// <para>d_j = max(0, (D_j · Π_k f_k + Σ_e o_e · (r_ej · D_j · Π_k f_k + a_ej)) · x_j)</para>
/// <para>where D_j is the sampled (or planned) duration, f_k the factors of the drivers that apply to j in that
/// iteration (1 when a driver does not occur), o_e ∈ {0, 1} the occurrence of event e, r_ej and a_ej its relative and
/// absolute impacts on j, and x_j ∈ {0, 1} the existence of j. A negative result (possible only with opportunities)
/// is floored at 0 and counted in <see cref="SimulationResult.FlooredDurations"/>. The activity's cost is
/// x_j · (C_j + rate_j · d_j) with C_j the sampled (or planned) fixed cost; the project cost adds Σ_e o_e · c_e, the
/// events' cost impacts. The schedule is then the CPM forward pass of <see cref="CriticalPath"/> (all link types and
/// lags, start-no-earlier-than constraints) with the sampled durations; the project finish is the latest early finish.
/// This is the integrated cost–schedule model of AACE International Recommended Practice 57R-09 (2011) and of
/// D. T. Hulett, <i>Integrated Cost-Schedule Risk Analysis</i>, Gower, 2011.</para>
/// </remarks>
public sealed class SimulationModel
{
    private SimulationModel(ActivityNetwork network, ImmutableArray<ActivityUncertainty> uncertainties, ImmutableArray<RiskEvent> events, ImmutableArray<RiskDriver> drivers, CorrelationMatrix? correlation, CorrelationPolicy policy, CorrelationRepair? repair)
    {
        Network = network;
        Uncertainties = uncertainties;
        RiskEvents = events;
        RiskDrivers = drivers;
        Correlation = correlation;
        CorrelationPolicy = policy;
        CorrelationRepair = repair;
    }

    /// <summary>Gets the rank correlation between activity durations as given, or null.</summary>
    public CorrelationMatrix? Correlation { get; }

    /// <summary>Gets what is done with a correlation matrix that is not positive semi-definite.</summary>
    public CorrelationPolicy CorrelationPolicy { get; }

    /// <summary>Gets the nearest-correlation repair applied to <see cref="Correlation"/> (null when none was needed or none was given).</summary>
    public CorrelationRepair? CorrelationRepair { get; }

    /// <summary>Gets the correlation matrix the simulation induces: the repaired one when a repair was made, else <see cref="Correlation"/>.</summary>
    public CorrelationMatrix? EffectiveCorrelation => CorrelationRepair?.Repaired ?? Correlation;

    /// <summary>Gets the activity network.</summary>
    public ActivityNetwork Network { get; }

    /// <summary>Gets the activity uncertainties.</summary>
    public ImmutableArray<ActivityUncertainty> Uncertainties { get; }

    /// <summary>Gets the risk events.</summary>
    public ImmutableArray<RiskEvent> RiskEvents { get; }

    /// <summary>Gets the risk drivers.</summary>
    public ImmutableArray<RiskDriver> RiskDrivers { get; }

    /// <summary>Creates and validates a model.</summary>
    /// <param name="network">The activity network.</param>
    /// <param name="uncertainties">The activity uncertainties (at most one per activity).</param>
    /// <param name="riskEvents">The risk events, or null.</param>
    /// <param name="riskDrivers">The risk drivers, or null.</param>
    /// <param name="correlation">
    /// Rank correlations between activity durations (ids = activity ids, each with an uncertain duration), induced per
    /// block of 256 iterations with Iman–Conover; or null for independent durations.
    /// </param>
    /// <param name="correlationPolicy">What to do when <paramref name="correlation"/> is not positive semi-definite: reject (default) or repair to the nearest correlation matrix (reported in <see cref="CorrelationRepair"/>).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/>, <paramref name="uncertainties"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">An id is unknown to the network, an activity has two uncertainties, two events (or drivers) share an id, or a correlated activity has no uncertain duration; the message names it.</exception>
    /// <exception cref="NonPositiveSemiDefiniteCorrelationException"><paramref name="correlation"/> is not positive semi-definite and the policy is <see cref="CorrelationPolicy.Reject"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="correlationPolicy"/> is undefined.</exception>
    public static SimulationModel Create(ActivityNetwork network, IEnumerable<ActivityUncertainty> uncertainties, IEnumerable<RiskEvent>? riskEvents = null, IEnumerable<RiskDriver>? riskDrivers = null, CorrelationMatrix? correlation = null, CorrelationPolicy correlationPolicy = CorrelationPolicy.Reject)
    {
        if (!Enum.IsDefined(correlationPolicy))
        {
            throw new ArgumentOutOfRangeException(nameof(correlationPolicy), correlationPolicy, $"{nameof(correlationPolicy)} must be a defined {nameof(Simulation.CorrelationPolicy)} (got {(int)correlationPolicy}).");
        }

        Guard.Against.Null(network);
        Guard.Against.Null(uncertainties);
        ImmutableArray<ActivityUncertainty> u = Checked(uncertainties, nameof(uncertainties));
        ImmutableArray<RiskEvent> e = riskEvents is null ? [] : Checked(riskEvents, nameof(riskEvents));
        ImmutableArray<RiskDriver> d = riskDrivers is null ? [] : Checked(riskDrivers, nameof(riskDrivers));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ActivityUncertainty x in u)
        {
            Known(network, x.ActivityId, nameof(uncertainties), "uncertainty");
            if (!seen.Add(x.ActivityId))
            {
                throw new ArgumentException($"{nameof(uncertainties)} gives activity '{x.ActivityId}' more than one uncertainty.", nameof(uncertainties));
            }
        }

        seen.Clear();
        foreach (RiskEvent x in e)
        {
            if (!seen.Add(x.Id))
            {
                throw new ArgumentException($"{nameof(riskEvents)} contains the id '{x.Id}' twice.", nameof(riskEvents));
            }

            foreach (RiskEventImpact i in x.Impacts)
            {
                Known(network, i.ActivityId, nameof(riskEvents), $"risk event '{x.Id}'");
            }
        }

        seen.Clear();
        foreach (RiskDriver x in d)
        {
            if (!seen.Add(x.Id))
            {
                throw new ArgumentException($"{nameof(riskDrivers)} contains the id '{x.Id}' twice.", nameof(riskDrivers));
            }

            foreach (string a in x.ActivityIds)
            {
                Known(network, a, nameof(riskDrivers), $"risk driver '{x.Id}'");
            }
        }

        CorrelationRepair? repair = null;
        if (correlation is not null)
        {
            foreach (string id in correlation.Ids)
            {
                Known(network, id, nameof(correlation), "the correlation matrix");
                if (!u.Any(x => x.ActivityId == id && x.Duration is { IsConstant: false }))
                {
                    throw new ArgumentException($"{nameof(correlation)} correlates activity '{id}', which has no uncertain duration; only sampled durations can be correlated.", nameof(correlation));
                }
            }

            if (!correlation.IsPositiveSemiDefinite)
            {
                if (correlationPolicy == CorrelationPolicy.Reject)
                {
                    throw new NonPositiveSemiDefiniteCorrelationException(correlation.MinimumEigenvalue, nameof(correlation));
                }

                repair = NearestCorrelation.Repair(correlation);
            }
        }

        return new SimulationModel(network, u, e, d, correlation, correlationPolicy, repair);
    }

    /// <summary>Returns a copy with other risk events (for example the post-mitigation set, or one event removed).</summary>
    /// <param name="riskEvents">The events.</param>
    /// <returns>The copy, validated like <see cref="Create"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="riskEvents"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Create"/>.</exception>
    public SimulationModel WithRiskEvents(IEnumerable<RiskEvent> riskEvents)
    {
        Guard.Against.Null(riskEvents);
        return Create(Network, Uncertainties, riskEvents, RiskDrivers, Correlation, CorrelationPolicy);
    }

    private static void Known(ActivityNetwork network, string id, string parameter, string owner)
    {
        if (!network.TryGetIndex(id, out _))
        {
            throw new ArgumentException($"{parameter}: {owner} names the unknown activity '{id}'.", parameter);
        }
    }

    private static ImmutableArray<T> Checked<T>(IEnumerable<T> items, string parameter)
        where T : class
    {
        var b = ImmutableArray.CreateBuilder<T>();
        int i = 0;
        foreach (T? x in items)
        {
            if (x is null)
            {
                throw new ArgumentNullException(parameter, $"{parameter}[{i}] is null.");
            }

            b.Add(x);
            i++;
        }

        return b.ToImmutable();
    }
}
