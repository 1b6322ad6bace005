using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Pmo.Core.Resources;

/// <summary>
/// The demand side of capacity planning: the portfolio's projects (committed and proposed) and their demand in hours
/// per role and period, validated against a <see cref="CapacityPlan"/>'s roles and periods. Immutable.
/// </summary>
/// <remarks>
/// Entries for the same project, role and period add up. Storage is sparse (per project, only the role × period cells
/// with demand), so memory grows with the number of distinct cells, not with projects × roles × periods. The demand
/// keeps the plan's role order and periods; it can be analysed against any plan with the same roles and periods
/// (for example the plan with one more hire, see <see cref="CapacityPlan.WithPool"/>).
/// </remarks>
public sealed class PortfolioDemand
{
    private readonly int[][] cells; // per project: ascending cell indices r * T + t
    private readonly double[][] hours; // per project: hours per listed cell (> 0 or = 0 when entered as 0)
    private readonly Dictionary<string, int> projectIndex;

    /// <summary>Initializes a new portfolio demand.</summary>
    /// <param name="plan">The capacity plan whose roles and periods the demand uses.</param>
    /// <param name="projects">The projects: unique ids (a project without entries has no demand).</param>
    /// <param name="entries">The demand entries, each for a listed project, a role of the plan and a period of the plan.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A repeated project id (<c>projects</c>); an entry for an unknown project or an unknown role (<c>entries</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry's period is outside the plan's periods (<c>entries</c>).</exception>
    public PortfolioDemand(CapacityPlan plan, IEnumerable<ResourceProject> projects, IEnumerable<DemandEntry> entries)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(projects);
        Guard.Against.Null(entries);
        ImmutableArray<ResourceProject> list = [.. projects];
        projectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            ResourceProject p = list[i] ?? throw new ArgumentNullException(nameof(projects), $"{nameof(projects)}[{i}] is null.");
            if (!projectIndex.TryAdd(p.Id, i))
            {
                throw new ArgumentException($"{nameof(projects)} repeats the project id '{p.Id}'.", nameof(projects));
            }
        }

        int t = plan.PeriodCount;
        var perProject = new Dictionary<int, double>[list.Length];
        int n = 0;
        foreach (DemandEntry e in entries)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(entries), $"{nameof(entries)}[{n}] is null.");
            }

            if (!projectIndex.TryGetValue(e.ProjectId, out int pi))
            {
                throw new ArgumentException($"{nameof(entries)}[{n}] is for project '{e.ProjectId}', which is not one of the listed projects.", nameof(entries));
            }

            int r = plan.IndexOfRole(e.RoleId);
            if (r < 0)
            {
                throw new ArgumentException($"{nameof(entries)}[{n}] (project '{e.ProjectId}') is for role '{e.RoleId}', which is not a role of the capacity plan.", nameof(entries));
            }

            if (e.Period >= t)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), e.Period, string.Create(CultureInfo.InvariantCulture, $"{nameof(entries)}[{n}] (project '{e.ProjectId}', role '{e.RoleId}') is for period {e.Period}, outside the plan's {t} periods ({plan.Periods.Start:uuuu-MM-dd}..{plan.Periods.End.PlusDays(-1):uuuu-MM-dd})."));
            }

            Dictionary<int, double> map = perProject[pi] ??= [];
            int cell = (r * t) + e.Period;
            map[cell] = map.TryGetValue(cell, out double h) ? h + e.Hours : e.Hours;
            n++;
        }

        cells = new int[list.Length][];
        hours = new double[list.Length][];
        for (int i = 0; i < list.Length; i++)
        {
            Dictionary<int, double>? map = perProject[i];
            if (map is null)
            {
                cells[i] = [];
                hours[i] = [];
                continue;
            }

            int[] keys = [.. map.Keys];
            Array.Sort(keys);
            cells[i] = keys;
            hours[i] = [.. keys.Select(k => map[k])];
        }

        Projects = list;
        RoleIds = [.. plan.Roles.Select(r => r.Id)];
        Periods = plan.Periods;
    }

    private PortfolioDemand(ImmutableArray<ResourceProject> projects, ImmutableArray<string> roleIds, PlanningPeriods periods, int[][] cells, double[][] hours)
    {
        Projects = projects;
        RoleIds = roleIds;
        Periods = periods;
        this.cells = cells;
        this.hours = hours;
        projectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < projects.Length; i++)
        {
            projectIndex.Add(projects[i].Id, i);
        }
    }

    /// <summary>Gets the projects, in the order used by every project-indexed result.</summary>
    public ImmutableArray<ResourceProject> Projects { get; }

    /// <summary>Gets the role ids (the capacity plan's, in its order).</summary>
    public ImmutableArray<string> RoleIds { get; }

    /// <summary>Gets the planning periods.</summary>
    public PlanningPeriods Periods { get; }

    /// <summary>Gets the number of projects.</summary>
    public int ProjectCount => Projects.Length;

    /// <summary>The index of a project, or −1.</summary>
    /// <param name="projectId">The project id.</param>
    /// <returns>The index or −1.</returns>
    [Pure]
    public int IndexOfProject(string projectId) => projectId is not null && projectIndex.TryGetValue(projectId, out int i) ? i : -1;

    /// <summary>A project's demand for a role in a period, in hours (0 when it has none).</summary>
    /// <param name="projectId">A listed project.</param>
    /// <param name="roleId">A role of the plan.</param>
    /// <param name="period">The period number.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentException">Unknown project or role.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    [Pure]
    public double Demand(string projectId, string roleId, int period)
    {
        int p = RequireProject(projectId, nameof(projectId));
        int r = RoleIds.IndexOf(roleId, StringComparer.Ordinal);
        if (r < 0)
        {
            throw new ArgumentException($"'{roleId}' is not a role of the demand's plan.", nameof(roleId));
        }

        Guard.Against.OutOfRange(period, nameof(period), 0, Periods.Count - 1);
        int i = Array.BinarySearch(cells[p], (r * Periods.Count) + period);
        return i >= 0 ? hours[p][i] : 0;
    }

    /// <summary>A project's total demand over all roles and periods, in hours.</summary>
    /// <param name="projectId">A listed project.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentException">Unknown project.</exception>
    [Pure]
    public double TotalDemand(string projectId)
    {
        double s = 0;
        foreach (double h in hours[RequireProject(projectId, nameof(projectId))])
        {
            s += h;
        }

        return s;
    }

    /// <summary>A project's demand as aggregated entries (one per role and period with demand), ordered by role then period.</summary>
    /// <param name="projectId">A listed project.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentException">Unknown project.</exception>
    [Pure]
    public ImmutableArray<DemandEntry> Entries(string projectId)
    {
        int p = RequireProject(projectId, nameof(projectId));
        int t = Periods.Count;
        return [.. cells[p].Select((c, i) => new DemandEntry(projectId, RoleIds[c / t], c % t, hours[p][i]))];
    }

    /// <summary>The first and last period in which a project has demand (hours &gt; 0), or null when it has none.</summary>
    /// <param name="projectId">A listed project.</param>
    /// <returns>The span of periods, or null.</returns>
    /// <exception cref="ArgumentException">Unknown project.</exception>
    [Pure]
    public (int First, int Last)? ActivePeriods(string projectId)
    {
        int p = RequireProject(projectId, nameof(projectId));
        int t = Periods.Count;
        int first = int.MaxValue;
        int last = -1;
        for (int i = 0; i < cells[p].Length; i++)
        {
            if (hours[p][i] > 0)
            {
                int k = cells[p][i] % t;
                first = Math.Min(first, k);
                last = Math.Max(last, k);
            }
        }

        return last < 0 ? null : (first, last);
    }

    /// <summary>A copy without one project (a what-if: cancel it).</summary>
    /// <param name="projectId">A listed project.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">Unknown project.</exception>
    [Pure]
    public PortfolioDemand WithoutProject(string projectId)
    {
        int p = RequireProject(projectId, nameof(projectId));
        return new PortfolioDemand(Projects.RemoveAt(p), RoleIds, Periods, [.. cells.Where((_, i) => i != p)], [.. hours.Where((_, i) => i != p)]);
    }

    /// <summary>A copy with a project's status changed (a what-if: approve a proposal).</summary>
    /// <param name="projectId">A listed project.</param>
    /// <param name="status">The new status.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">Unknown project.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    [Pure]
    public PortfolioDemand WithProjectStatus(string projectId, CommitmentStatus status)
    {
        int p = RequireProject(projectId, nameof(projectId));
        return new PortfolioDemand(Projects.SetItem(p, Projects[p].WithStatus(status)), RoleIds, Periods, cells, hours);
    }

    /// <summary>
    /// A copy with a project's whole demand moved by a number of periods (a what-if: delay with a positive shift,
    /// accelerate with a negative one). Demand that would leave the planning periods is an error, never dropped.
    /// </summary>
    /// <param name="projectId">A listed project.</param>
    /// <param name="periods">The shift in periods (may be 0 or negative).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">Unknown project.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Some of the project's demand (hours &gt; 0) would move outside the planning periods (<c>ParamName</c> <c>periods</c>).</exception>
    [Pure]
    public PortfolioDemand WithProjectShifted(string projectId, int periods)
    {
        int p = RequireProject(projectId, nameof(projectId));
        int t = Periods.Count;
        int[] src = cells[p];
        int[] moved = new int[src.Length];
        for (int i = 0; i < src.Length; i++)
        {
            int k = (src[i] % t) + periods;
            if (k < 0 || k >= t)
            {
                if (hours[p][i] > 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(periods), periods, string.Create(CultureInfo.InvariantCulture, $"Shifting project '{projectId}' by {periods} period(s) would move its demand for role '{RoleIds[src[i] / t]}' in period '{Periods[src[i] % t].Label}' outside the {t} planning periods."));
                }

                k = Math.Clamp(k, 0, t - 1); // a zero-hour cell: harmless
            }

            moved[i] = ((src[i] / t) * t) + k;
        }

        // Re-aggregate (zero cells clamped to an edge may collide) and sort.
        var map = new SortedDictionary<int, double>();
        for (int i = 0; i < moved.Length; i++)
        {
            map[moved[i]] = map.TryGetValue(moved[i], out double h) ? h + hours[p][i] : hours[p][i];
        }

        int[][] c2 = (int[][])cells.Clone();
        double[][] h2 = (double[][])hours.Clone();
        c2[p] = [.. map.Keys];
        h2[p] = [.. map.Values];
        return new PortfolioDemand(Projects, RoleIds, Periods, c2, h2);
    }

    /// <summary>Whether this demand can be analysed against a plan: the same role ids in the same order and the same periods.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns><see langword="true"/> when compatible.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    [Pure]
    public bool IsCompatibleWith(CapacityPlan plan)
    {
        Guard.Against.Null(plan);
        return (ReferenceEquals(plan.Periods, Periods) || plan.Periods.Items.SequenceEqual(Periods.Items))
            && plan.Roles.Select(r => r.Id).SequenceEqual(RoleIds, StringComparer.Ordinal);
    }

    internal void RequireCompatible(CapacityPlan plan, string paramName)
    {
        if (!IsCompatibleWith(plan))
        {
            throw new ArgumentException("The demand was built for other roles or periods than the plan's; build it against this plan (same role ids in the same order, same periods).", paramName);
        }
    }

    internal ReadOnlySpan<int> Cells(int project) => cells[project];

    internal ReadOnlySpan<double> Hours(int project) => hours[project];

    internal int RequireProject(string projectId, string paramName) =>
        projectId is not null && projectIndex.TryGetValue(projectId, out int i)
            ? i
            : throw new ArgumentException($"'{projectId}' is not one of the portfolio's projects.", paramName);
}
