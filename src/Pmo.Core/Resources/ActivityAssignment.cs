using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Resources;

/// <summary>
/// An assignment of a role to a scheduled activity: <see cref="Units"/> full-time people of the role for the
/// activity's whole duration (as "units" in MS Project: 1 = one person full time, 0.5 = half time, 3 = three people).
/// </summary>
public sealed class ActivityAssignment
{
    /// <summary>The largest number of units accepted (one million people on one activity).</summary>
    public const double MaxUnits = 1_000_000;

    /// <summary>Initializes a new assignment.</summary>
    /// <param name="activityId">The activity; not blank.</param>
    /// <param name="roleId">The role; not blank.</param>
    /// <param name="units">The number of full-time people: &gt; 0 and at most <see cref="MaxUnits"/>. Default 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activityId"/> or <paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="activityId"/> or <paramref name="roleId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is NaN, infinite, zero, negative or above <see cref="MaxUnits"/>.</exception>
    public ActivityAssignment(string activityId, string roleId, double units = 1.0)
    {
        Guard.Against.NullOrWhiteSpace(activityId);
        Guard.Against.NullOrWhiteSpace(roleId);
        Guard.Against.NotFinitePositive(units);
        if (units > MaxUnits)
        {
            throw new ArgumentOutOfRangeException(nameof(units), units, $"{nameof(units)} on activity '{activityId}' must be at most {MaxUnits:0} (got {units}).");
        }
        ActivityId = activityId;
        RoleId = roleId;
        Units = units;
    }

    /// <summary>Gets the activity.</summary>
    public string ActivityId { get; }

    /// <summary>Gets the role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the number of full-time people.</summary>
    public double Units { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ActivityId} ← {RoleId} × {Units}");
}
