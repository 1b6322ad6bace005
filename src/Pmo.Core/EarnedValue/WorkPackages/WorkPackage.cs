using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// A work package of the plan: an id, a name, its budget BAC, the earned-value technique by which it earns that budget,
/// and optionally its time-phased cumulative planned value on the project's period grid.
/// </summary>
/// <remarks>
/// <para>
/// The time-phased PV is <c>[PV(1), …, PV(n)]</c>, the cumulative PV at the end of each of the project's n periods
/// (with <c>PV(0) = 0</c> implied), non-decreasing, ending at BAC (relative tolerance 1e−9). Time t in periods is as in
/// <see cref="TimePhasedBaseline"/>; PV is linear within a period. It is required for level of effort (EV = PV) and
/// for schedule analysis of discrete work (earned schedule on discrete work, <see cref="ScheduleAdherence"/>).
/// </para>
/// <para>Progress is not part of the plan: it is a <see cref="WorkPackageProgress"/> given to <see cref="WorkPackageEarning"/>.</para>
/// </remarks>
public sealed class WorkPackage
{
    /// <summary>Creates a work package.</summary>
    /// <param name="id">The id, unique within the plan.</param>
    /// <param name="name">A display name (may be empty).</param>
    /// <param name="budgetAtCompletion">BAC, finite and greater than zero.</param>
    /// <param name="technique">The earned-value technique.</param>
    /// <param name="cumulativePlannedValue">
    /// Optional cumulative PV at the end of each project period: finite, zero or positive, non-decreasing, ending at
    /// <paramref name="budgetAtCompletion"/>. Required for <see cref="EarningTechnique.LevelOfEffort"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="technique"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is null or blank; or the PV curve is empty, decreases, does not end at BAC, or is missing for
    /// level of effort.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">BAC or a PV value is NaN, infinite or out of range.</exception>
    public WorkPackage(string id, string name, double budgetAtCompletion, EarningTechnique technique, IEnumerable<double>? cumulativePlannedValue = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Guard.Against.Null(name);
        Guard.Against.NotFinitePositive(budgetAtCompletion);
        Guard.Against.Null(technique);
        ImmutableArray<double> curve = [];
        if (cumulativePlannedValue is not null)
        {
            double[] given = cumulativePlannedValue.ToArray();
            if (given.Length == 0)
            {
                throw new ArgumentException($"{nameof(cumulativePlannedValue)} must hold at least one period when given.", nameof(cumulativePlannedValue));
            }

            Guard.Against.NotFiniteNonNegativeElements(given, nameof(cumulativePlannedValue));
            Guard.Against.NotNonDecreasing(given, nameof(cumulativePlannedValue));
            if (!CumulativeCurves.EndsAt(given, budgetAtCompletion))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{nameof(cumulativePlannedValue)} of package '{id}' must end at its BAC {budgetAtCompletion} (got {given[^1]})."),
                    nameof(cumulativePlannedValue));
            }

            curve = [.. given];
        }
        else if (technique.Kind == EarningTechniqueKind.LevelOfEffort)
        {
            throw new ArgumentException($"{nameof(cumulativePlannedValue)} is required for level-of-effort package '{id}': its EV is its time-phased PV.", nameof(cumulativePlannedValue));
        }

        Id = id;
        Name = name;
        BudgetAtCompletion = budgetAtCompletion;
        Technique = technique;
        CumulativePlannedValue = curve;
    }

    /// <summary>Creates a work package whose budget and time-phased PV are a <see cref="TimePhasedBaseline"/> on the project's grid.</summary>
    /// <param name="id">The id, unique within the plan.</param>
    /// <param name="name">A display name (may be empty).</param>
    /// <param name="technique">The earned-value technique.</param>
    /// <param name="plannedValue">The package's baseline; BAC is its final cumulative PV.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="technique"/> or <paramref name="plannedValue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    public WorkPackage(string id, string name, EarningTechnique technique, TimePhasedBaseline plannedValue)
        : this(id, name, Guard.Against.Null(plannedValue).BudgetAtCompletion, technique, plannedValue.CumulativePlannedValue)
    {
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the budget at completion BAC.</summary>
    public double BudgetAtCompletion { get; }

    /// <summary>Gets the earned-value technique.</summary>
    public EarningTechnique Technique { get; }

    /// <summary>Gets the cumulative PV at the end of each project period; empty when the package is not time-phased.</summary>
    public ImmutableArray<double> CumulativePlannedValue { get; }

    /// <summary>Gets whether the package has a time-phased PV.</summary>
    public bool HasPlannedValue => !CumulativePlannedValue.IsEmpty;

    /// <summary>Gets whether this is a level-of-effort package.</summary>
    public bool IsLevelOfEffort => Technique.Kind == EarningTechniqueKind.LevelOfEffort;

    /// <summary>Gets whether this is an apportioned-effort package.</summary>
    public bool IsApportioned => Technique.Kind == EarningTechniqueKind.ApportionedEffort;

    /// <summary>Gets the cumulative PV at a time in periods, linear within a period.</summary>
    /// <param name="time">Time in periods on the project's grid; zero or less gives 0, at or after the last period BAC.</param>
    /// <returns>The cumulative PV, or <see langword="null"/> when the package is not time-phased.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is NaN or infinite.</exception>
    [Pure]
    public double? PlannedValueAt(double time)
    {
        Guard.Against.NotFinite(time);
        return HasPlannedValue ? CumulativeCurves.ValueAt(CumulativePlannedValue.AsSpan(), time) : null;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} {Name} (BAC {BudgetAtCompletion}, {Technique})");
}
