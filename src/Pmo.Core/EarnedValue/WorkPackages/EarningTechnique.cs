using System.Diagnostics.Contracts;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The earned-value technique (EVT) of a work package: how physical progress turns into earned value. A closed
/// hierarchy: the parameterless techniques are the static properties of this class, the techniques with parameters
/// are <see cref="StartFinishTechnique"/>, <see cref="WeightedMilestonesTechnique"/>,
/// <see cref="UnitsCompleteTechnique"/> and <see cref="ApportionedEffortTechnique"/>.
/// </summary>
/// <remarks>
/// <para>Earned value of a package with budget BAC (progress from <see cref="WorkPackageProgress"/>):</para>
/// <list type="bullet">
/// <item><b>0/100</b>: <c>EV = 0</c> until finished, then <c>BAC</c>. DCMA: work of at most one reporting period.</item>
/// <item><b>X/Y</b> (50/50 is X = 0.5): <c>EV = 0</c> before the start, <c>X·BAC</c> once started, <c>BAC</c> when
/// finished. DCMA: 50/50 for work of at most two reporting periods.</item>
/// <item><b>Weighted milestones</b>: <c>EV = BAC · Σ wⱼ</c> over the completed milestones j (weights summing to 1).
/// The DCMA guidebook prefers it over all other techniques for longer work.</item>
/// <item><b>Percent complete</b> and <b>physical percent complete</b>: <c>EV = p · BAC</c>; the second states that p
/// is measured physical progress (objective), not an estimate.</item>
/// <item><b>Units complete</b>: <c>EV = (u / U) · BAC</c> for u of U units (equivalent units allow fractions).</item>
/// <item><b>Level of effort</b>: <c>EV = PV</c> at the status time, whatever the progress; flagged and excluded from
/// schedule analysis (SV = 0 by construction, so it would dilute the schedule signal of discrete work).</item>
/// <item><b>Apportioned effort</b>: <c>EV = min(f · EV_base, BAC)</c>, tied to a discrete base package.</item>
/// </list>
/// <para>
/// A finished package earns its whole BAC under every discrete technique. Sources: DCMA EVMS guidebook, "Discrete
/// Versus Level of Effort" (guidebook.dcma.mil/79/evhelp/perform.htm); DoD EVMIG (2006) §3; PMI <i>Practice Standard
/// for Earned Value Management</i>, 2nd ed. (2011), ch. 4; UN/CEFACT Earned Value Calculation Method code list (D07A).
/// </para>
/// </remarks>
public abstract class EarningTechnique : IEquatable<EarningTechnique>
{
    private protected EarningTechnique(EarningTechniqueKind kind) => Kind = kind;

    /// <summary>Gets the 0/100 technique: the whole budget is earned on completion.</summary>
    public static EarningTechnique ZeroHundred { get; } = new SimpleTechnique(EarningTechniqueKind.ZeroHundred);

    /// <summary>Gets the 50/50 technique: half the budget is earned at the start, half on completion.</summary>
    public static StartFinishTechnique FiftyFifty { get; } = new(0.5);

    /// <summary>Gets the percent-complete technique: <c>EV = p · BAC</c> with p the estimated percent complete.</summary>
    public static EarningTechnique PercentComplete { get; } = new SimpleTechnique(EarningTechniqueKind.PercentComplete);

    /// <summary>Gets the physical-percent-complete technique: <c>EV = p · BAC</c> with p measured physical progress.</summary>
    public static EarningTechnique PhysicalPercentComplete { get; } = new SimpleTechnique(EarningTechniqueKind.PhysicalPercentComplete);

    /// <summary>Gets the level-of-effort technique: <c>EV = PV</c>; needs the package's time-phased PV.</summary>
    public static EarningTechnique LevelOfEffort { get; } = new SimpleTechnique(EarningTechniqueKind.LevelOfEffort);

    /// <summary>Gets which technique this is.</summary>
    public EarningTechniqueKind Kind { get; }

    /// <summary>
    /// Gets whether the technique measures discrete work (every technique but level of effort). Discrete work enters
    /// schedule analysis (earned schedule, P-factor); level of effort does not.
    /// </summary>
    public bool IsDiscrete => Kind != EarningTechniqueKind.LevelOfEffort;

    /// <summary>Creates an X/Y (fixed-formula) technique.</summary>
    /// <param name="startFraction">X, the fraction of the budget earned at the start, in [0, 1).</param>
    /// <returns>The technique.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startFraction"/> is not finite or outside [0, 1).</exception>
    [Pure]
    public static StartFinishTechnique StartFinish(double startFraction) => new(startFraction);

    /// <summary>Creates a weighted-milestones technique.</summary>
    /// <param name="milestones">The milestones with their weights; at least one, distinct ids.</param>
    /// <param name="weighting">Whether the weights must sum to 1 or are normalised; never implicit.</param>
    /// <returns>The technique.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestones"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, holds a null or a duplicate id, or the weights do not sum to 1 under <see cref="MilestoneWeighting.RequireSumToOne"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="weighting"/> is not a defined value.</exception>
    [Pure]
    public static WeightedMilestonesTechnique WeightedMilestones(IEnumerable<Milestone> milestones, MilestoneWeighting weighting) => new(milestones, weighting);

    /// <summary>Creates a units-complete technique.</summary>
    /// <param name="totalUnits">The total number of units U, finite and greater than zero.</param>
    /// <returns>The technique.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalUnits"/> is not finite or not positive.</exception>
    [Pure]
    public static UnitsCompleteTechnique UnitsComplete(double totalUnits) => new(totalUnits);

    /// <summary>Creates an apportioned-effort technique.</summary>
    /// <param name="basePackageId">The id of the discrete base package.</param>
    /// <param name="factor">The apportionment factor f, finite and greater than zero.</param>
    /// <returns>The technique.</returns>
    /// <exception cref="ArgumentException"><paramref name="basePackageId"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite or not positive.</exception>
    [Pure]
    public static ApportionedEffortTechnique ApportionedEffort(string basePackageId, double factor) => new(basePackageId, factor);

    /// <inheritdoc/>
    public virtual bool Equals(EarningTechnique? other) => other is not null && other.GetType() == GetType() && other.Kind == Kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EarningTechnique);

    /// <inheritdoc/>
    public override int GetHashCode() => Kind.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        EarningTechniqueKind.ZeroHundred => "0/100",
        EarningTechniqueKind.PercentComplete => "Percent complete",
        EarningTechniqueKind.PhysicalPercentComplete => "Physical percent complete",
        EarningTechniqueKind.LevelOfEffort => "Level of effort",
        _ => Kind.ToString(),
    };

    private sealed class SimpleTechnique(EarningTechniqueKind kind) : EarningTechnique(kind);
}
