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
    /// <summary>Initializes a new assignment.</summary>
    /// <param name="activityId">The activity; not blank.</param>
    /// <param name="roleId">The role; not blank.</param>
    /// <param name="units">The number of full-time people: finite, &gt; 0. Default 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activityId"/> or <paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="activityId"/> or <paramref name="roleId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is NaN, infinite, zero or negative.</exception>
    public ActivityAssignment(string activityId, string roleId, double units = 1.0)
    {
        Guard.Against.NullOrWhiteSpace(activityId);
        Guard.Against.NullOrWhiteSpace(roleId);
        Guard.Against.NotFinitePositive(units);
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
