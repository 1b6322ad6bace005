using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Resources;

/// <summary>
/// The supply side of capacity planning: roles, the people and unnamed pools that staff them, calendars, and the
/// resulting capacity in hours per role and period. Immutable; the capacity grid is computed once, on construction.
/// </summary>
/// <remarks>
/// <para>
/// Capacity of role r in period t (hours) = Σ over the role's people p of Σ over the working days d of p's calendar
/// in t of <c>h × FTE(p) × (1 − a(p, d)) × active(p, d)</c> + Σ over the role's pools q of Σ over the working days d
/// of the plan's calendar in t inside q's window of <c>h × FTE(q)</c>, where h = <see cref="HoursPerDay"/>, a(p, d)
/// the sum of p's absence fractions on d and active(p, d) = 1 inside p's employment window. This is the capacity model
/// of the capacity planners of PPM tools (Planview, Project Online "resource capacity": availability from the
/// resource calendar, max units and exceptions), in hours.
/// </para>
/// <para>
/// FTE conversions use the plan's standard hours of a period, <c>S(t) = h × working days of the plan's calendar in
/// t</c>: FTE = hours / S(t). A period without working days has S(t) = 0 and no FTE figure.
/// </para>
/// </remarks>
public sealed class CapacityPlan
{
    private readonly double[] capacity; // role-major: [r * T + t]
    private readonly double[] personCapacity; // person-major: [p * T + t]
    private readonly double[] standardHours;
    private readonly Dictionary<string, int> roleIndex;
    private readonly Dictionary<string, int> personIndex;

    /// <summary>Initializes a new capacity plan and computes its capacity grid.</summary>
    /// <param name="periods">The planning periods.</param>
    /// <param name="calendar">The plan's working calendar (used by pools, by people without their own, and for FTE conversion); must cover every period.</param>
    /// <param name="roles">The roles: at least one, unique ids.</param>
    /// <param name="people">Named people, each in a known role (unique ids; an own calendar must cover every period).</param>
    /// <param name="pools">Unnamed capacity, each in a known role.</param>
    /// <param name="hoursPerDay">Working hours in a full working day: in (0, 24]. Default 8.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">
    /// No roles; a repeated role or person id; a person or pool in an unknown role (<c>ParamName</c> <c>people</c> /
    /// <c>pools</c>); a calendar that does not cover every period (<c>calendar</c> / <c>people</c>); absences of a person
    /// adding up to more than 1 on some working day (<c>people</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hoursPerDay"/> is not in (0, 24].</exception>
    public CapacityPlan(PlanningPeriods periods, WorkingCalendar calendar, IEnumerable<Role> roles, IEnumerable<Person>? people = null, IEnumerable<RolePool>? pools = null, double hoursPerDay = 8.0)
    {
        Guard.Against.Null(periods);
        Guard.Against.Null(calendar);
        Guard.Against.Null(roles);
        Guard.Against.NotInRange(hoursPerDay, 0, 24, minInclusive: false, maxInclusive: true);
        ImmutableArray<Role> roleList = [.. roles];
        if (roleList.IsEmpty)
        {
            throw new ArgumentException($"{nameof(roles)} must hold at least one role.", nameof(roles));
        }

        roleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < roleList.Length; i++)
        {
            Role r = roleList[i] ?? throw new ArgumentNullException(nameof(roles), $"{nameof(roles)}[{i}] is null.");
            if (!roleIndex.TryAdd(r.Id, i))
            {
                throw new ArgumentException($"{nameof(roles)} repeats the role id '{r.Id}'.", nameof(roles));
            }
        }

        CheckCovers(calendar, periods, nameof(calendar), "The plan's calendar");
        ImmutableArray<Person> personList = [.. people ?? []];
        personIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < personList.Length; i++)
        {
            Person p = personList[i] ?? throw new ArgumentNullException(nameof(people), $"{nameof(people)}[{i}] is null.");
            if (!personIndex.TryAdd(p.Id, i))
            {
                throw new ArgumentException($"{nameof(people)} repeats the person id '{p.Id}'.", nameof(people));
            }

            if (!roleIndex.ContainsKey(p.RoleId))
            {
                throw new ArgumentException($"Person '{p.Id}' is in role '{p.RoleId}', which is not one of the plan's roles.", nameof(people));
            }

            if (p.Calendar is not null)
            {
                CheckCovers(p.Calendar, periods, nameof(people), $"The calendar of person '{p.Id}'");
            }
        }

        ImmutableArray<RolePool> poolList = [.. pools ?? []];
        for (int i = 0; i < poolList.Length; i++)
        {
            RolePool q = poolList[i] ?? throw new ArgumentNullException(nameof(pools), $"{nameof(pools)}[{i}] is null.");
            if (!roleIndex.ContainsKey(q.RoleId))
            {
                throw new ArgumentException($"A pool ({q}) is in role '{q.RoleId}', which is not one of the plan's roles.", nameof(pools));
            }
        }

        Periods = periods;
        Calendar = calendar;
        Roles = roleList;
        People = personList;
        Pools = poolList;
        HoursPerDay = hoursPerDay;
        int t = periods.Count;
        standardHours = new double[t];
        for (int k = 0; k < t; k++)
        {
            standardHours[k] = hoursPerDay * calendar.WorkingDaysBetween(periods[k].Start, periods[k].End);
        }

        capacity = new double[roleList.Length * t];
        personCapacity = new double[personList.Length * t];
        for (int i = 0; i < personList.Length; i++)
        {
            PersonHours(personList[i], personCapacity.AsSpan(i * t, t));
            int r = roleIndex[personList[i].RoleId];
            for (int k = 0; k < t; k++)
            {
                capacity[(r * t) + k] += personCapacity[(i * t) + k];
            }
        }

        foreach (RolePool q in poolList)
        {
            int r = roleIndex[q.RoleId];
            for (int k = 0; k < t; k++)
            {
                LocalDate from = Max(periods[k].Start, q.From ?? periods[k].Start);
                LocalDate to = q.To is LocalDate qt ? DayAfter(qt, periods[k].End) : periods[k].End;
                if (to > from)
                {
                    capacity[(r * t) + k] += hoursPerDay * q.Fte * calendar.WorkingDaysBetween(from, to);
                }
            }
        }
    }

    /// <summary>Gets the planning periods.</summary>
    public PlanningPeriods Periods { get; }

    /// <summary>Gets the plan's working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets the roles, in the order used by every role-indexed result.</summary>
    public ImmutableArray<Role> Roles { get; }

    /// <summary>Gets the named people.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>Gets the unnamed pools.</summary>
    public ImmutableArray<RolePool> Pools { get; }

    /// <summary>Gets the working hours of a full working day.</summary>
    public double HoursPerDay { get; }

    /// <summary>Gets the number of roles.</summary>
    public int RoleCount => Roles.Length;

    /// <summary>Gets the number of periods.</summary>
    public int PeriodCount => Periods.Count;

    /// <summary>The index of a role, or −1 when the plan has no such role.</summary>
    /// <param name="roleId">The role id.</param>
    /// <returns>The index or −1.</returns>
    [Pure]
    public int IndexOfRole(string roleId) => roleId is not null && roleIndex.TryGetValue(roleId, out int i) ? i : -1;

    /// <summary>The standard hours of one full-time equivalent in a period: hours per day × the plan calendar's working days.</summary>
    /// <param name="period">The period number.</param>
    /// <returns>The hours (0 for a period without working days).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    [Pure]
    public double StandardHours(int period) => standardHours[CheckPeriod(period)];

    /// <summary>Converts hours in a period to full-time equivalents: hours / <see cref="StandardHours"/>.</summary>
    /// <param name="period">The period number.</param>
    /// <param name="hours">Finite hours.</param>
    /// <returns>The FTE, or null when the period has no working days (undefined).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range, <paramref name="hours"/> is not finite, or the FTE overflows to infinity (huge hours over a tiny standard).</exception>
    [Pure]
    public double? ToFte(int period, double hours)
    {
        Guard.Against.NotFinite(hours);
        double s = standardHours[CheckPeriod(period)];
        if (s <= 0)
        {
            return null;
        }

        double fte = hours / s;
        return double.IsFinite(fte)
            ? fte
            : throw new ArgumentOutOfRangeException(nameof(hours), hours, string.Create(CultureInfo.InvariantCulture, $"{nameof(hours)} = {hours:R} / {s:R} standard hours of period {period} overflows to infinity."));
    }

    /// <summary>Converts full-time equivalents in a period to hours: FTE × <see cref="StandardHours"/>.</summary>
    /// <param name="period">The period number.</param>
    /// <param name="fte">Finite, ≥ 0.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range, <paramref name="fte"/> is negative or not finite, or the hours overflow to infinity.</exception>
    [Pure]
    public double ToHours(int period, double fte)
    {
        Guard.Against.NotFiniteNonNegative(fte);
        double hours = fte * standardHours[CheckPeriod(period)];
        return double.IsFinite(hours)
            ? hours
            : throw new ArgumentOutOfRangeException(nameof(fte), fte, string.Create(CultureInfo.InvariantCulture, $"{nameof(fte)} = {fte:R} × {standardHours[period]:R} standard hours of period {period} overflows to infinity."));
    }

    /// <summary>The capacity of a role in a period, in hours.</summary>
    /// <param name="roleId">A role of the plan.</param>
    /// <param name="period">The period number.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="roleId"/> is not a role of the plan.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    [Pure]
    public double Capacity(string roleId, int period) => capacity[(RequireRole(roleId, nameof(roleId)) * PeriodCount) + CheckPeriod(period)];

    /// <summary>The capacity of a role in every period, in hours.</summary>
    /// <param name="roleIndex">The role index (see <see cref="IndexOfRole"/>).</param>
    /// <returns>The row, one value per period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roleIndex"/> is out of range.</exception>
    [Pure]
    public ReadOnlySpan<double> CapacityRow(int roleIndex)
    {
        Guard.Against.OutOfRange(roleIndex, nameof(roleIndex), 0, RoleCount - 1);
        return capacity.AsSpan(roleIndex * PeriodCount, PeriodCount);
    }

    /// <summary>The capacity a person supplies in a period, in hours.</summary>
    /// <param name="personId">A person of the plan.</param>
    /// <param name="period">The period number.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is not a person of the plan.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    [Pure]
    public double PersonCapacity(string personId, int period)
    {
        if (personId is null || !personIndex.TryGetValue(personId, out int i))
        {
            throw new ArgumentException($"'{personId}' is not a person of the plan.", nameof(personId));
        }

        return personCapacity[(i * PeriodCount) + CheckPeriod(period)];
    }

    /// <summary>A copy with one more unnamed pool (a what-if: hire, contract, borrow).</summary>
    /// <param name="pool">The pool, in a role of the plan.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pool"/> is null.</exception>
    /// <exception cref="ArgumentException">The pool's role is unknown.</exception>
    [Pure]
    public CapacityPlan WithPool(RolePool pool)
    {
        Guard.Against.Null(pool);
        return new CapacityPlan(Periods, Calendar, Roles, People, Pools.Add(pool), HoursPerDay);
    }

    /// <summary>A copy with one more person.</summary>
    /// <param name="person">The person, with a new id and a role of the plan.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">The id repeats one of the plan's, or the role is unknown.</exception>
    [Pure]
    public CapacityPlan WithPerson(Person person)
    {
        Guard.Against.Null(person);
        return new CapacityPlan(Periods, Calendar, Roles, People.Add(person), Pools, HoursPerDay);
    }

    /// <summary>A copy without one person (a what-if: someone leaves).</summary>
    /// <param name="personId">A person of the plan.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is not a person of the plan.</exception>
    [Pure]
    public CapacityPlan WithoutPerson(string personId)
    {
        if (personId is null || !personIndex.TryGetValue(personId, out int i))
        {
            throw new ArgumentException($"'{personId}' is not a person of the plan.", nameof(personId));
        }

        return new CapacityPlan(Periods, Calendar, Roles, People.RemoveAt(i), Pools, HoursPerDay);
    }

    internal ReadOnlySpan<double> CapacityGrid => capacity;

    internal int RequireRole(string roleId, string paramName) =>
        roleId is not null && roleIndex.TryGetValue(roleId, out int i)
            ? i
            : throw new ArgumentException($"'{roleId}' is not a role of the capacity plan (roles: {string.Join(", ", Roles.Select(r => r.Id))}).", paramName);

    private static void CheckCovers(WorkingCalendar calendar, PlanningPeriods periods, string paramName, string what)
    {
        if (calendar.ValidFrom > periods.Start || calendar.ValidTo < periods.End.PlusDays(-1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what} covers {calendar.ValidFrom:uuuu-MM-dd}..{calendar.ValidTo:uuuu-MM-dd} but the planning periods run {periods.Start:uuuu-MM-dd}..{periods.End.PlusDays(-1):uuuu-MM-dd}; it must cover them all."), paramName);
        }
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private int CheckPeriod(int period)
    {
        Guard.Against.OutOfRange(period, nameof(period), 0, PeriodCount - 1);
        return period;
    }

    /// <summary>The exclusive end after the inclusive <paramref name="last"/> day, capped at <paramref name="cap"/> (safe at <see cref="LocalDate.MaxIsoValue"/>).</summary>
    private static LocalDate DayAfter(LocalDate last, LocalDate cap) => last >= cap ? cap : last.PlusDays(1);

    private void PersonHours(Person p, Span<double> hours)
    {
        WorkingCalendar cal = p.Calendar ?? Calendar;
        double perDay = HoursPerDay * p.Fte;
        LocalDate horizonStart = Periods.Start;
        LocalDate horizonEnd = Periods.End;
        LocalDate activeFrom = Max(horizonStart, p.ActiveFrom ?? horizonStart);
        LocalDate activeEnd = p.ActiveTo is LocalDate at ? DayAfter(at, horizonEnd) : horizonEnd;
        if (p.Absences.IsEmpty)
        {
            for (int k = 0; k < hours.Length; k++)
            {
                LocalDate from = Max(Periods[k].Start, activeFrom);
                LocalDate to = Min(Periods[k].End, activeEnd);
                hours[k] = to > from ? perDay * cal.WorkingDaysBetween(from, to) : 0;
            }

            return;
        }

        // Day-level availability over the horizon: 1 − Σ absence fractions, checked to stay ≥ 0.
        int days = Period.DaysBetween(horizonStart, horizonEnd);
        double[] lost = new double[days];
        foreach (Absence a in p.Absences)
        {
            LocalDate from = Max(a.From, horizonStart);
            LocalDate to = DayAfter(a.To, horizonEnd);
            for (LocalDate d = from; d < to; d = d.PlusDays(1))
            {
                int i = Period.DaysBetween(horizonStart, d);
                lost[i] += a.Fraction;
                if (lost[i] > 1 + 1e-12 && cal.IsWorkingDay(d))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The absences of person '{p.Id}' add up to {lost[i]} on {d:uuuu-MM-dd}, a working day; they must not exceed 1 on any day."), nameof(People).ToLowerInvariant());
                }
            }
        }

        int period = 0;
        for (int i = 0; i < days; i++)
        {
            LocalDate d = horizonStart.PlusDays(i);
            while (d >= Periods[period].End)
            {
                period++;
            }

            if (d >= activeFrom && d < activeEnd && cal.IsWorkingDay(d))
            {
                hours[period] += perDay * Math.Max(0, 1 - lost[i]);
            }
        }
    }
}
