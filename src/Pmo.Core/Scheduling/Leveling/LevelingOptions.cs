using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>Options of <see cref="ResourceLeveler.Level"/>: the mode, the priority order and an optional deadline.</summary>
public sealed class LevelingOptions
{
    /// <summary>Initializes new options.</summary>
    /// <param name="mode">How far activities may be delayed (default <see cref="LevelingMode.WithinFloat"/>).</param>
    /// <param name="priority">The order in which activities are placed (default <see cref="LevelingPriority.LatestStartTime"/>).</param>
    /// <param name="deadline">
    /// An optional project deadline in working time from the project start (finite, ≥ 0). In the within-float modes
    /// activities may use the float up to the deadline (late dates computed back from <c>max(CPM duration, deadline)</c>);
    /// in every mode the result reports whether the leveled finish meets it.
    /// </param>
    /// <param name="userPriorities">
    /// Optional priorities per activity id for <see cref="LevelingPriority.UserPriority"/> (finite; larger is placed first;
    /// activities without an entry have 0). Ids are checked against the network by <see cref="ResourceLeveler.Level"/>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="mode"/> or <paramref name="priority"/> is not a defined value; <paramref name="deadline"/> is NaN,
    /// infinite or negative; a user priority is NaN or infinite (<c>ParamName</c> <c>userPriorities</c>).
    /// </exception>
    /// <exception cref="ArgumentNullException">A user priority's key is null.</exception>
    public LevelingOptions(LevelingMode mode = LevelingMode.WithinFloat, LevelingPriority priority = LevelingPriority.LatestStartTime, double? deadline = null, IReadOnlyDictionary<string, double>? userPriorities = null)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} must be a defined {nameof(LevelingMode)} (got {(int)mode}).");
        }

        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, $"{nameof(priority)} must be a defined {nameof(LevelingPriority)} (got {(int)priority}).");
        }

        if (deadline is double d)
        {
            Guard.Against.NotFiniteNonNegative(d, nameof(deadline));
        }

        var builder = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (userPriorities is not null)
        {
            foreach (KeyValuePair<string, double> kv in userPriorities)
            {
                if (kv.Key is null)
                {
                    throw new ArgumentNullException(nameof(userPriorities), $"{nameof(userPriorities)} has a null activity id.");
                }

                if (!double.IsFinite(kv.Value))
                {
                    throw new ArgumentOutOfRangeException(nameof(userPriorities), kv.Value, $"{nameof(userPriorities)}['{kv.Key}'] must be a finite number (got {kv.Value}).");
                }

                builder[kv.Key] = kv.Value;
            }
        }

        Mode = mode;
        Priority = priority;
        Deadline = deadline;
        UserPriorities = builder.ToImmutable();
    }

    /// <summary>Gets the default options: within float, latest-start-time order, no deadline.</summary>
    public static LevelingOptions Default { get; } = new();

    /// <summary>Gets the leveling mode.</summary>
    public LevelingMode Mode { get; }

    /// <summary>Gets the priority order.</summary>
    public LevelingPriority Priority { get; }

    /// <summary>Gets the optional project deadline (working time from the project start).</summary>
    public double? Deadline { get; }

    /// <summary>Gets the user priorities by activity id (ordinal keys; larger is placed first; missing = 0).</summary>
    public ImmutableDictionary<string, double> UserPriorities { get; }
}
