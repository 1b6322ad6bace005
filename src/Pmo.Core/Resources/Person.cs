using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Resources;

/// <summary>
/// A named person who supplies capacity to one role: a full- or part-time equivalent, an optional own working
/// calendar (another country's holidays, a four-day week), an optional employment window, and absences.
/// </summary>
/// <remarks>
/// Capacity in hours on a working day d of the person's calendar =
/// <c>hoursPerDay × Fte × (1 − Σ absence fractions on d)</c>, when d is inside [<see cref="ActiveFrom"/>,
/// <see cref="ActiveTo"/>]. Overlapping absences add up (two half-day trainings make a full day off); a day on which
/// they add up to more than 1 is rejected by <see cref="CapacityPlan"/> rather than silently capped.
/// </remarks>
public sealed class Person
{
    /// <summary>Initializes a new person.</summary>
    /// <param name="id">The unique id; not blank.</param>
    /// <param name="roleId">The id of the role the person's capacity counts towards; not blank.</param>
    /// <param name="fte">The full-time equivalent: in (0, 1] (0.5 = half time). Default 1.</param>
    /// <param name="name">An optional display name.</param>
    /// <param name="calendar">An optional own calendar; null uses the plan's calendar.</param>
    /// <param name="activeFrom">An optional first working day (joins); null = before the plan.</param>
    /// <param name="activeTo">An optional last working day (leaves, inclusive); null = after the plan; not before <paramref name="activeFrom"/>.</param>
    /// <param name="absences">Optional absences.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="roleId"/> or an absence is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="roleId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fte"/> is not in (0, 1]; <paramref name="activeTo"/> is before <paramref name="activeFrom"/>.</exception>
    public Person(string id, string roleId, double fte = 1.0, string? name = null, WorkingCalendar? calendar = null, LocalDate? activeFrom = null, LocalDate? activeTo = null, IEnumerable<Absence>? absences = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(roleId);
        Guard.Against.NotInRange(fte, 0, 1, minInclusive: false, maxInclusive: true);
        if (activeFrom is LocalDate f && activeTo is LocalDate t && t < f)
        {
            throw new ArgumentOutOfRangeException(nameof(activeTo), t, $"{nameof(activeTo)} ({t:uuuu-MM-dd}) of person '{id}' must not be before {nameof(activeFrom)} ({f:uuuu-MM-dd}).");
        }

        ImmutableArray<Absence> list = [.. absences ?? []];
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(absences), $"{nameof(absences)}[{i}] of person '{id}' is null.");
            }
        }

        Id = id;
        RoleId = roleId;
        Fte = fte;
        Name = name;
        Calendar = calendar;
        ActiveFrom = activeFrom;
        ActiveTo = activeTo;
        Absences = list;
    }

    /// <summary>Gets the unique id.</summary>
    public string Id { get; }

    /// <summary>Gets the role the person's capacity counts towards.</summary>
    public string RoleId { get; }

    /// <summary>Gets the full-time equivalent, in (0, 1].</summary>
    public double Fte { get; }

    /// <summary>Gets the optional display name.</summary>
    public string? Name { get; }

    /// <summary>Gets the person's own calendar, or null for the plan's.</summary>
    public WorkingCalendar? Calendar { get; }

    /// <summary>Gets the optional first working day.</summary>
    public LocalDate? ActiveFrom { get; }

    /// <summary>Gets the optional last working day (inclusive).</summary>
    public LocalDate? ActiveTo { get; }

    /// <summary>Gets the absences.</summary>
    public ImmutableArray<Absence> Absences { get; }

    /// <inheritdoc/>
    public override string ToString() => Name is null ? Id : $"{Id} ({Name})";
}
