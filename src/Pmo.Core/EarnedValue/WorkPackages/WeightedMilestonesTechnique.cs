using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The weighted-milestones technique: the budget is divided among objective milestones, and each earns its share when
/// it is complete: <c>EV = BAC · Σ ŵⱼ</c> over the completed milestones j, with <c>ŵⱼ</c> the normalised weights.
/// </summary>
/// <remarks>
/// <para>
/// Weights either must sum to 1 (<see cref="MilestoneWeighting.RequireSumToOne"/>, tolerance 1e−9) or are relative and
/// divided by their sum (<see cref="MilestoneWeighting.Normalize"/>, <c>ŵⱼ = wⱼ / Σ w</c>); the caller chooses, nothing
/// is rescaled silently. Under <see cref="MilestoneWeighting.RequireSumToOne"/> the accepted weights are still divided
/// by their sum, so rounding within the tolerance cannot make EV exceed BAC.
/// </para>
/// <para>
/// Source: DCMA EVMS guidebook, "Milestone Method" — preferred over all other techniques for work longer than two
/// reporting periods, with at least one milestone per period; DoD EVMIG (2006) §3; PMI Practice Standard for EVM (2011).
/// </para>
/// </remarks>
public sealed class WeightedMilestonesTechnique : EarningTechnique
{
    /// <summary>The tolerance on <c>|Σ w − 1|</c> under <see cref="MilestoneWeighting.RequireSumToOne"/>.</summary>
    public const double SumTolerance = 1e-9;

    private readonly Dictionary<string, double> normalizedById;

    internal WeightedMilestonesTechnique(IEnumerable<Milestone> milestones, MilestoneWeighting weighting)
        : base(EarningTechniqueKind.WeightedMilestones)
    {
        Guard.Against.Null(milestones);
        Weighting = Guard.Against.EnumOutOfRange(weighting);
        ImmutableArray<Milestone> list = [.. milestones];
        if (list.IsEmpty)
        {
            throw new ArgumentException($"{nameof(milestones)} must contain at least one milestone.", nameof(milestones));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        double sum = 0;
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"{nameof(milestones)}[{i}] is null.", nameof(milestones));
            }

            if (!seen.Add(list[i].Id))
            {
                throw new ArgumentException($"{nameof(milestones)} must have distinct ids, but '{list[i].Id}' appears more than once.", nameof(milestones));
            }

            sum += list[i].Weight;
        }

        if (weighting == MilestoneWeighting.RequireSumToOne && Math.Abs(sum - 1) > SumTolerance)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{nameof(milestones)} weights must sum to 1 under {nameof(MilestoneWeighting)}.{nameof(MilestoneWeighting.RequireSumToOne)} (got {sum}); pass {nameof(MilestoneWeighting)}.{nameof(MilestoneWeighting.Normalize)} to use them as relative weights."),
                nameof(milestones));
        }

        Milestones = list;
        var normalized = ImmutableArray.CreateBuilder<double>(list.Length);
        normalizedById = new Dictionary<string, double>(list.Length, StringComparer.Ordinal);
        foreach (Milestone m in list)
        {
            double w = m.Weight / sum;
            normalized.Add(w);
            normalizedById.Add(m.Id, w);
        }

        NormalizedWeights = normalized.MoveToImmutable();
        WeightSum = sum;
    }

    /// <summary>Gets the milestones as given.</summary>
    public ImmutableArray<Milestone> Milestones { get; }

    /// <summary>Gets how the weights were treated.</summary>
    public MilestoneWeighting Weighting { get; }

    /// <summary>Gets the sum of the weights as given.</summary>
    public double WeightSum { get; }

    /// <summary>Gets the normalised weights <c>ŵⱼ = wⱼ / Σ w</c>, in the order of <see cref="Milestones"/>; they sum to 1.</summary>
    public ImmutableArray<double> NormalizedWeights { get; }

    /// <summary>Gets whether the technique has a milestone with this id.</summary>
    /// <param name="milestoneId">The id.</param>
    /// <returns>Whether it is one of <see cref="Milestones"/>.</returns>
    [Pure]
    public bool Contains(string milestoneId) => milestoneId is not null && normalizedById.ContainsKey(milestoneId);

    /// <summary>Gets the normalised weight of a milestone.</summary>
    /// <param name="milestoneId">The id.</param>
    /// <returns>Its normalised weight ŵ.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestoneId"/> is null.</exception>
    /// <exception cref="ArgumentException">No milestone has this id.</exception>
    [Pure]
    public double NormalizedWeightOf(string milestoneId)
    {
        Guard.Against.Null(milestoneId);
        return normalizedById.TryGetValue(milestoneId, out double w)
            ? w
            : throw new ArgumentException($"No milestone has id '{milestoneId}'.", nameof(milestoneId));
    }

    /// <inheritdoc/>
    public override bool Equals(EarningTechnique? other) =>
        other is WeightedMilestonesTechnique w && w.Weighting == Weighting && w.Milestones.SequenceEqual(Milestones);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Weighting, Milestones.Length, WeightSum);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Weighted milestones ({Milestones.Length})");
}
