using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Resources;

/// <summary>
/// One line of a resource plan: a project's demand for a role in one period, in hours. Entries for the same project,
/// role and period add up (a top-down plan line plus scheduled activities, for example).
/// </summary>
public sealed class DemandEntry
{
    /// <summary>The largest number of hours one entry may hold (10¹² h), so that sums over any portfolio stay finite.</summary>
    public const double MaxHours = 1e12;

    /// <summary>Initializes a new demand entry.</summary>
    /// <param name="projectId">The project; not blank.</param>
    /// <param name="roleId">The role; not blank.</param>
    /// <param name="period">The period number (0-based); ≥ 0 (checked against the plan by <see cref="PortfolioDemand"/>).</param>
    /// <param name="hours">The hours demanded: ≥ 0 and at most <see cref="MaxHours"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> or <paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> or <paramref name="roleId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative; <paramref name="hours"/> is NaN, infinite, negative or above <see cref="MaxHours"/>.</exception>
    public DemandEntry(string projectId, string roleId, int period, double hours)
    {
        Guard.Against.NullOrWhiteSpace(projectId);
        Guard.Against.NullOrWhiteSpace(roleId);
        if (period < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"{nameof(period)} must be ≥ 0 (got {period}).");
        }

        Guard.Against.NotFiniteNonNegative(hours);
        if (hours > MaxHours)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, $"{nameof(hours)} of '{projectId}'/'{roleId}' must be at most 1e12 (got {hours}).");
        }
        ProjectId = projectId;
        RoleId = roleId;
        Period = period;
        Hours = hours;
    }

    /// <summary>Gets the project.</summary>
    public string ProjectId { get; }

    /// <summary>Gets the role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the period number.</summary>
    public int Period { get; }

    /// <summary>Gets the hours demanded.</summary>
    public double Hours { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ProjectId}/{RoleId}[{Period}] = {Hours} h");
}
