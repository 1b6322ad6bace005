using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// A risk driver: a multiplicative factor, sampled once per iteration, that scales the durations of many activities at
/// once (for example "productivity of the civil works crew": factor Triangular(0.95, 1.05, 1.3) on every civil
/// activity), occurring with a probability.
/// </summary>
/// <remarks>
/// The risk driver method: D. T. Hulett, <i>Integrated Cost-Schedule Risk Analysis</i>, Gower, 2011, ch. 5; AACE
/// International Recommended Practice 57R-09. Because one factor scales all its activities in an iteration, the driver
/// induces correlation between them without a correlation matrix. When it does not occur the factor is 1.
/// </remarks>
public sealed class RiskDriver
{
    /// <summary>Creates a driver.</summary>
    /// <param name="id">The id (unique in a model).</param>
    /// <param name="factor">The factor distribution; its minimum must be ≥ 0.</param>
    /// <param name="activityIds">The activities it scales (at least one, no repeats).</param>
    /// <param name="probability">The probability that the driver applies in an iteration, in [0, 1]; default 1.</param>
    /// <param name="name">An optional display name.</param>
    /// <exception cref="ArgumentNullException">An argument or an activity id is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or an activity id is blank, or <paramref name="activityIds"/> is empty or repeats an id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> can be negative, or <paramref name="probability"/> is outside [0, 1].</exception>
    public RiskDriver(string id, Distribution factor, IEnumerable<string> activityIds, double probability = 1, string? name = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Factor = Guard.Against.Null(factor);
        if (!(factor.Minimum >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor.Minimum, $"{nameof(factor)} of risk driver '{id}' ({factor}) can be negative (minimum {factor.Minimum:R}); a duration factor must be ≥ 0.");
        }

        Guard.Against.Null(activityIds);
        var ids = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? a in activityIds)
        {
            if (string.IsNullOrWhiteSpace(a))
            {
                throw new ArgumentException($"{nameof(activityIds)} of risk driver '{id}' contains a null or blank id.", nameof(activityIds));
            }

            if (!seen.Add(a))
            {
                throw new ArgumentException($"{nameof(activityIds)} of risk driver '{id}' repeats '{a}'.", nameof(activityIds));
            }

            ids.Add(a);
        }

        if (ids.Count == 0)
        {
            throw new ArgumentException($"Risk driver '{id}' scales no activity.", nameof(activityIds));
        }

        ActivityIds = ids.ToImmutable();
        Probability = Guard.Against.NotInRange(probability, 0, 1, minInclusive: true, maxInclusive: true);
        Name = name;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name, if any.</summary>
    public string? Name { get; }

    /// <summary>Gets the factor distribution.</summary>
    public Distribution Factor { get; }

    /// <summary>Gets the scaled activities.</summary>
    public ImmutableArray<string> ActivityIds { get; }

    /// <summary>Gets the probability that the driver applies.</summary>
    public double Probability { get; }
}
