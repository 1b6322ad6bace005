using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// The uncertainty of one activity of a <see cref="SimulationModel"/>: its duration distribution, its existence
/// probability (an existence risk: the activity happens with probability p, otherwise it takes no time and costs
/// nothing) and an optional fixed-cost distribution. Activities without an entry keep their planned duration and cost.
/// </summary>
public sealed class ActivityUncertainty
{
    /// <summary>Creates the uncertainty of an activity.</summary>
    /// <param name="activityId">The activity id (must exist in the network).</param>
    /// <param name="duration">The duration distribution in working time, or null to keep the planned duration. Its <see cref="Distribution.Minimum"/> must be ≥ 0.</param>
    /// <param name="existenceProbability">The probability that the activity happens, in (0, 1]; default 1.</param>
    /// <param name="fixedCost">The fixed-cost distribution, or null to keep the planned fixed cost. Its minimum must be ≥ 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activityId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="activityId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A distribution can be negative, or <paramref name="existenceProbability"/> is NaN or outside (0, 1].</exception>
    public ActivityUncertainty(string activityId, Distribution? duration = null, double existenceProbability = 1, Distribution? fixedCost = null)
    {
        ActivityId = Guard.Against.NullOrWhiteSpace(activityId);
        if (duration is not null && !(duration.Minimum >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration.Minimum, $"{nameof(duration)} of activity '{activityId}' ({duration}) can be negative (minimum {duration.Minimum:R}); a duration must be ≥ 0.");
        }

        if (fixedCost is not null && !(fixedCost.Minimum >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(fixedCost), fixedCost.Minimum, $"{nameof(fixedCost)} of activity '{activityId}' ({fixedCost}) can be negative (minimum {fixedCost.Minimum:R}); a cost must be ≥ 0.");
        }

        Duration = duration;
        ExistenceProbability = Guard.Against.NotInRange(existenceProbability, 0, 1, minInclusive: false, maxInclusive: true);
        FixedCost = fixedCost;
    }

    /// <summary>Gets the activity id.</summary>
    public string ActivityId { get; }

    /// <summary>Gets the duration distribution, or null for the planned duration.</summary>
    public Distribution? Duration { get; }

    /// <summary>Gets the probability that the activity happens.</summary>
    public double ExistenceProbability { get; }

    /// <summary>Gets the fixed-cost distribution, or null for the planned fixed cost.</summary>
    public Distribution? FixedCost { get; }
}
