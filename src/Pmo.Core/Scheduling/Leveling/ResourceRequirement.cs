using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>
/// An activity's need for a renewable resource: <see cref="Units"/> of the named resource on every working day the
/// activity runs (a constant rate over its whole duration).
/// </summary>
/// <remarks>
/// A resource is any named renewable capacity: a person, a role or skill pool, a machine. Units are in the same unit
/// as the resource's <see cref="ResourceCapacity"/> (persons, FTE, hours per day…): an activity of duration
/// <c>d</c> requiring <c>u</c> units uses <c>u × d</c> unit-days of work. Milestones (duration 0) use no resource.
/// </remarks>
public sealed class ResourceRequirement
{
    /// <summary>Initializes a new requirement.</summary>
    /// <param name="activityId">The id of the activity that needs the resource.</param>
    /// <param name="resource">The resource's name (a person or a pool), matched ordinally against <see cref="ResourceCapacity.Resource"/>.</param>
    /// <param name="units">The units used per working day: finite and greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activityId"/> or <paramref name="resource"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="activityId"/> or <paramref name="resource"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is NaN, infinite, zero or negative.</exception>
    public ResourceRequirement(string activityId, string resource, double units)
    {
        Guard.Against.NullOrWhiteSpace(activityId);
        Guard.Against.NullOrWhiteSpace(resource);
        Guard.Against.NotFinitePositive(units);
        ActivityId = activityId;
        Resource = resource;
        Units = units;
    }

    /// <summary>Gets the activity id.</summary>
    public string ActivityId { get; }

    /// <summary>Gets the resource name.</summary>
    public string Resource { get; }

    /// <summary>Gets the units used per working day.</summary>
    public double Units { get; }

    /// <inheritdoc/>
    [Pure]
    public override string ToString() => $"{ActivityId} needs {Units.ToString(CultureInfo.InvariantCulture)} {Resource}";
}
