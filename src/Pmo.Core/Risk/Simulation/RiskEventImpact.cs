using Ardalis.GuardClauses;

namespace Pmo.Core.Risk.Simulation;

/// <summary>How a risk event's schedule impact changes an activity's duration.</summary>
public enum ImpactMode
{
    /// <summary>The impact is added to the duration, in working time (negative = an opportunity that saves time).</summary>
    Absolute = 0,

    /// <summary>The impact is a fraction of the activity's sampled duration (0.2 = +20 %; negative saves time).</summary>
    Relative = 1,
}

/// <summary>The schedule impact of a risk event on one activity.</summary>
public sealed class RiskEventImpact
{
    /// <summary>Creates an impact.</summary>
    /// <param name="activityId">The affected activity.</param>
    /// <param name="amount">The impact: working time (<see cref="ImpactMode.Absolute"/>) or a fraction of the duration (<see cref="ImpactMode.Relative"/>); sampled once per occurrence.</param>
    /// <param name="mode">Absolute or relative; default absolute.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activityId"/> or <paramref name="amount"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="activityId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is undefined, or a relative impact can be below −1 (a duration cannot shrink by more than 100 %), or the amount is unbounded.</exception>
    public RiskEventImpact(string activityId, Distribution amount, ImpactMode mode = ImpactMode.Absolute)
    {
        ActivityId = Guard.Against.NullOrWhiteSpace(activityId);
        Amount = Guard.Against.Null(amount);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} must be a defined {nameof(ImpactMode)} (got {(int)mode}).");
        }

        if (mode == ImpactMode.Relative && !(amount.Minimum >= -1))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount.Minimum, $"{nameof(amount)} of the relative impact on '{activityId}' ({amount}) can be below −1 (minimum {amount.Minimum:R}); a duration cannot shrink by more than 100 %.");
        }

        Mode = mode;
    }

    /// <summary>Gets the affected activity id.</summary>
    public string ActivityId { get; }

    /// <summary>Gets the impact distribution.</summary>
    public Distribution Amount { get; }

    /// <summary>Gets the mode.</summary>
    public ImpactMode Mode { get; }
}
