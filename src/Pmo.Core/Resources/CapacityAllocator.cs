using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Resources;

/// <summary>
/// Priority-driven allocation of role capacity to the portfolio's projects (partial, all-or-nothing, or deferring
/// unmet work), and the earliest feasible start of a project given the commitments already made.
/// </summary>
/// <remarks>
/// <para>
/// Allocation serves the projects one after another in priority order (committed before proposed by default, see
/// <see cref="AllocationOptions.CommittedFirst"/>); each takes hours from the residual capacity <c>R(r,t)</c>, which
/// starts at the plan's capacity <c>C(r,t)</c>. With demand <c>d(p,r,t)</c>:
/// </para>
/// <list type="bullet">
/// <item><description><see cref="AllocationMode.Partial"/>: <c>a(p,r,t) = min(d(p,r,t), R(r,t))</c>, then
/// <c>R(r,t) −= a(p,r,t)</c>; the shortfall <c>d − a</c> is lost.</description></item>
/// <item><description><see cref="AllocationMode.AllOrNothing"/>: when <c>d(p,r,t) ≤ R(r,t)</c> in every cell of p,
/// <c>a = d</c> everywhere; otherwise <c>a = 0</c> everywhere and the cells with <c>d &gt; R</c> are reported as blocking
/// (first-fit in priority order: a later, smaller project may still fit where an earlier one did not).</description></item>
/// <item><description><see cref="AllocationMode.Defer"/>: per role, walking the periods forward with a carry
/// <c>k</c> (0 at the start): <c>need = d(p,r,t) + k</c>, <c>a = min(need, R(r,t))</c>, <c>k = need − a</c>; the carry
/// after the last period is the unmet shortfall. A project's deferred work is served before lower-priority projects'
/// planned work in the later periods (priority order holds in every period). Roles are not coupled: hours carry within
/// their role only (a resource plan, not a schedule; for precedence-coupled delays see <c>Pmo.Core.Scheduling.Rcpsp</c>).</description></item>
/// </list>
/// <para>
/// Invariants (tested as properties): <c>Σ_p a(p,r,t) ≤ C(r,t)</c> in every cell (every residual stays ≥ 0, with no
/// clamping: <c>a ≤ R</c> by construction); <c>a(p,r,t) ≤ d(p,r,t)</c> under Partial and AllOrNothing; allocated +
/// shortfall = requested per project. Comparisons are exact (no tolerance): a cell needing 100.000001 h where 100 h are
/// left is short by 0.000001 h. This is the greedy "allocate by priority" of PPM capacity planners (Planview resource
/// allocation, Project Online portfolio analysis "resource constraint" view), made explicit; it is not an optimisation
/// (see <see cref="CapacityConstraints"/> for selection under capacity).
/// </para>
/// <para>Cost: O(cells of all projects) for Partial and AllOrNothing; O(roles used × periods) per project for Defer.</para>
/// </remarks>
public static class CapacityAllocator
{
    /// <summary>Allocates capacity to the projects in a given priority order.</summary>
    /// <param name="plan">The capacity plan.</param>
    /// <param name="demand">The demand, on the plan's roles and periods.</param>
    /// <param name="priorityOrder">Every project id of <paramref name="demand"/> exactly once, highest priority first.</param>
    /// <param name="options">The options; null for <see cref="AllocationOptions.Default"/>.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/>, <paramref name="demand"/>, <paramref name="priorityOrder"/> or an id is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="demand"/> uses other roles or periods than <paramref name="plan"/>; <paramref name="priorityOrder"/>
    /// names an unknown project, repeats one, or misses one.
    /// </exception>
    [Pure]
    public static AllocationResult Allocate(CapacityPlan plan, PortfolioDemand demand, IEnumerable<string> priorityOrder, AllocationOptions? options = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(demand);
        Guard.Against.Null(priorityOrder);
        CheckCompatible(plan, demand);
        ImmutableArray<string> order = [.. priorityOrder];
        options ??= AllocationOptions.Default;
        return Run(plan, demand, order, Sequence(demand, order, options.CommittedFirst, nameof(priorityOrder)), options);
    }

    /// <summary>Allocates capacity in the order of a prioritization <see cref="Ranking"/> (rank 1 first; ties in input order).</summary>
    /// <param name="plan">The capacity plan.</param>
    /// <param name="demand">The demand, on the plan's roles and periods.</param>
    /// <param name="ranking">The ranking of the alternatives (for example an MCDA result's ranking).</param>
    /// <param name="alternativeIds">The project id of each ranked alternative, in the ranking's input order; every project of <paramref name="demand"/> exactly once.</param>
    /// <param name="options">The options; null for <see cref="AllocationOptions.Default"/>.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="demand"/> uses other roles or periods than <paramref name="plan"/>; <paramref name="alternativeIds"/>
    /// has another count than the ranking, names an unknown project, repeats one, or misses one.
    /// </exception>
    [Pure]
    public static AllocationResult AllocateByRanking(CapacityPlan plan, PortfolioDemand demand, Ranking ranking, IReadOnlyList<string> alternativeIds, AllocationOptions? options = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(demand);
        Guard.Against.Null(ranking);
        Guard.Against.Null(alternativeIds);
        CheckCompatible(plan, demand);
        if (alternativeIds.Count != ranking.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{nameof(alternativeIds)} has {alternativeIds.Count} id(s) but the ranking ranks {ranking.Count} alternative(s); give one project id per ranked alternative."), nameof(alternativeIds));
        }

        ImmutableArray<string> order = [.. ranking.Order.Select(i => alternativeIds[i])];
        options ??= AllocationOptions.Default;
        return Run(plan, demand, order, Sequence(demand, order, options.CommittedFirst, nameof(alternativeIds)), options);
    }

    /// <summary>
    /// The earliest feasible start of a project given reserved commitments: its demand profile is shifted by
    /// k = k₀, k₀ + 1, … periods and the first shift at which the residual capacity covers every one of its cells is
    /// returned.
    /// </summary>
    /// <param name="plan">The capacity plan.</param>
    /// <param name="demand">The demand, on the plan's roles and periods.</param>
    /// <param name="projectId">The project to place (usually a proposed one).</param>
    /// <param name="reservedProjects">
    /// The projects whose whole demand is reserved before it: null for every committed project other than
    /// <paramref name="projectId"/>; pass the higher-priority projects of an order
    /// (<c>order.TakeWhile(id =&gt; id != projectId)</c>) to place it after them.
    /// </param>
    /// <param name="earliestPeriod">The earliest period the project may start in; null for its current first period (k₀ = 0). May be before its current start (acceleration).</param>
    /// <returns>The earliest start, or why there is none.</returns>
    /// <remarks>
    /// Residual <c>R(r,t) = C(r,t) − Σ_{q reserved} d(q,r,t)</c>, not clamped: where reserved demand already exceeds
    /// capacity, R is negative and no positive demand fits. Shift k is feasible when <c>d(p,r,t) ≤ R(r,t+k)</c> for every
    /// cell of p with <c>d &gt; 0</c>; the profile is moved rigidly (no stretching), as the "delay the start" what-if of
    /// PPM capacity planners. Candidates run from the first allowed start to the last start at which the whole profile
    /// still ends inside the horizon; cost O(candidates × cells of p).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/>, <paramref name="demand"/>, <paramref name="projectId"/> or a reserved id is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="demand"/> uses other roles or periods than <paramref name="plan"/>; <paramref name="projectId"/> is
    /// unknown; <paramref name="reservedProjects"/> names an unknown project, repeats one, or holds <paramref name="projectId"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="earliestPeriod"/> is outside the plan's periods.</exception>
    [Pure]
    public static EarliestStartResult EarliestStart(CapacityPlan plan, PortfolioDemand demand, string projectId, IEnumerable<string>? reservedProjects = null, int? earliestPeriod = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(demand);
        Guard.Against.Null(projectId);
        CheckCompatible(plan, demand);
        int p = demand.RequireProject(projectId, nameof(projectId));
        int tc = plan.PeriodCount;
        if (earliestPeriod is int ep)
        {
            Guard.Against.OutOfRange(ep, nameof(earliestPeriod), 0, tc - 1);
        }

        ImmutableArray<string> reserved;
        if (reservedProjects is null)
        {
            reserved = [.. demand.Projects.Where(q => q.Status == CommitmentStatus.Committed && q.Id != projectId).Select(q => q.Id)];
        }
        else
        {
            reserved = [.. reservedProjects];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string id in reserved)
            {
                if (id is null)
                {
                    throw new ArgumentNullException(nameof(reservedProjects), $"{nameof(reservedProjects)} holds a null id.");
                }

                _ = demand.RequireProject(id, nameof(reservedProjects));
                if (id == projectId)
                {
                    throw new ArgumentException($"{nameof(reservedProjects)} holds the project being placed, '{projectId}'; list only the projects reserved before it.", nameof(reservedProjects));
                }

                if (!seen.Add(id))
                {
                    throw new ArgumentException($"{nameof(reservedProjects)} lists '{id}' more than once.", nameof(reservedProjects));
                }
            }
        }

        double[] residual = plan.CapacityGrid.ToArray();
        foreach (string id in reserved)
        {
            int q = demand.IndexOfProject(id);
            ReadOnlySpan<int> qc = demand.Cells(q);
            ReadOnlySpan<double> qh = demand.Hours(q);
            for (int i = 0; i < qc.Length; i++)
            {
                residual[qc[i]] -= qh[i];
            }
        }

        (int First, int Last)? span = demand.ActivePeriods(projectId);
        if (span is null)
        {
            int s0 = earliestPeriod ?? 0;
            return new EarliestStartResult(projectId, null, null, s0, 0, null, null, [], null, "The project has no demand; any start is feasible.", reserved, [.. residual]);
        }

        (int first, int last) = span.Value;
        int from = earliestPeriod ?? first;
        int latest = tc - 1 - (last - first);
        ReadOnlySpan<int> cells = demand.Cells(p);
        ReadOnlySpan<double> hours = demand.Hours(p);
        var rejections = ImmutableArray.CreateBuilder<ShiftRejection>();
        for (int start = from; start <= latest; start++)
        {
            int shift = start - first;
            BlockingCell? block = null;
            for (int i = 0; i < cells.Length; i++)
            {
                if (hours[i] <= 0)
                {
                    continue;
                }

                int r = cells[i] / tc;
                int t = (cells[i] % tc) + shift;
                double available = residual[(r * tc) + t];
                if (hours[i] > available)
                {
                    block = new BlockingCell(plan.Roles[r].Id, t, plan.Periods[t].Label, hours[i], available);
                    break;
                }
            }

            if (block is null)
            {
                return new EarliestStartResult(projectId, first, last, from, shift, start, last + shift, rejections.ToImmutable(), null, null, reserved, [.. residual]);
            }

            rejections.Add(new ShiftRejection(shift, start, block));
        }

        string reason = rejections.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"The project's profile spans {last - first + 1} period(s); starting in period {from} ('{plan.Periods[from].Label}') or later it would end after the last period '{plan.Periods[tc - 1].Label}'.")
            : string.Create(CultureInfo.InvariantCulture, $"No shift fits within the horizon; at the last candidate (start '{plan.Periods[rejections[^1].Start].Label}', shift {rejections[^1].Shift}) {rejections[^1].Blocking}.");
        return new EarliestStartResult(projectId, first, last, from, null, null, null, rejections.ToImmutable(), rejections.Count == 0 ? null : rejections[^1].Blocking, reason, reserved, [.. residual]);
    }

    internal static void CheckCompatible(CapacityPlan plan, PortfolioDemand demand) => demand.RequireCompatible(plan, nameof(demand));

    /// <summary>Validates an order (every project exactly once) and returns the project indices in service order.</summary>
    internal static int[] Sequence(PortfolioDemand demand, ImmutableArray<string> order, bool committedFirst, string paramName)
    {
        int n = demand.ProjectCount;
        bool[] seen = new bool[n];
        int[] sequence = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            string id = order[i] ?? throw new ArgumentNullException(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName}[{i}] is null."));
            int p = demand.IndexOfProject(id);
            if (p < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName}[{i}] is '{id}', which is not one of the portfolio's projects."), paramName);
            }

            if (seen[p])
            {
                throw new ArgumentException($"{paramName} lists '{id}' more than once; give every project exactly once.", paramName);
            }

            seen[p] = true;
            sequence[i] = p;
        }

        if (order.Length != n)
        {
            IEnumerable<string> missing = Enumerable.Range(0, n).Where(p => !seen[p]).Select(p => demand.Projects[p].Id);
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} misses {n - order.Length} project(s): {string.Join(", ", missing.Take(10))}{(n - order.Length > 10 ? ", …" : string.Empty)}; give every project exactly once."), paramName);
        }

        if (committedFirst)
        {
            sequence = [.. sequence.Where(p => demand.Projects[p].Status == CommitmentStatus.Committed), .. sequence.Where(p => demand.Projects[p].Status != CommitmentStatus.Committed)];
        }

        return sequence;
    }

    private static AllocationResult Run(CapacityPlan plan, PortfolioDemand demand, ImmutableArray<string> order, int[] sequence, AllocationOptions options)
    {
        int tc = plan.PeriodCount;
        double[] residual = plan.CapacityGrid.ToArray();
        double[] allocated = new double[residual.Length];
        var projects = ImmutableArray.CreateBuilder<ProjectAllocation>(sequence.Length);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var cellBuffer = new List<AllocationCell>();
        var blockBuffer = new List<BlockingCell>();
        for (int position = 0; position < sequence.Length; position++)
        {
            int p = sequence[position];
            ReadOnlySpan<int> cells = demand.Cells(p);
            ReadOnlySpan<double> hours = demand.Hours(p);
            cellBuffer.Clear();
            blockBuffer.Clear();
            double requested = 0;
            double got = 0;
            double shortfall = 0;
            bool shortAnywhere = false;
            int plannedLast = -1;
            for (int i = 0; i < cells.Length; i++)
            {
                requested += hours[i];
                if (hours[i] > 0)
                {
                    plannedLast = Math.Max(plannedLast, cells[i] % tc);
                }
            }

            switch (options.Mode)
            {
                case AllocationMode.Partial:
                    for (int i = 0; i < cells.Length; i++)
                    {
                        int c = cells[i];
                        double a = Math.Min(hours[i], residual[c]);
                        double s = hours[i] - a;
                        if (s > 0)
                        {
                            blockBuffer.Add(Block(plan, c, hours[i], residual[c]));
                            shortAnywhere = true;
                        }

                        residual[c] -= a;
                        allocated[c] += a;
                        got += a;
                        shortfall += s;
                        cellBuffer.Add(new AllocationCell(plan.Roles[c / tc].Id, c % tc, hours[i], 0, a, s));
                    }

                    break;

                case AllocationMode.AllOrNothing:
                    for (int i = 0; i < cells.Length; i++)
                    {
                        if (hours[i] > residual[cells[i]])
                        {
                            blockBuffer.Add(Block(plan, cells[i], hours[i], residual[cells[i]]));
                        }
                    }

                    shortAnywhere = blockBuffer.Count > 0;
                    for (int i = 0; i < cells.Length; i++)
                    {
                        int c = cells[i];
                        double a = shortAnywhere ? 0 : hours[i];
                        residual[c] -= a;
                        allocated[c] += a;
                        got += a;
                        shortfall += hours[i] - a;
                        cellBuffer.Add(new AllocationCell(plan.Roles[c / tc].Id, c % tc, hours[i], 0, a, hours[i] - a));
                    }

                    break;

                default:
                    shortfall = Defer(plan, cells, hours, residual, allocated, cellBuffer, blockBuffer, ref got);
                    shortAnywhere = blockBuffer.Count > 0;
                    break;
            }

            int? achieved = null;
            if (shortfall == 0)
            {
                int lastAllocated = -1;
                foreach (AllocationCell cell in cellBuffer)
                {
                    if (cell.Allocated > 0)
                    {
                        lastAllocated = Math.Max(lastAllocated, cell.Period);
                    }
                }

                achieved = lastAllocated >= 0 ? lastAllocated : null;
            }

            ResourceProject project = demand.Projects[p];
            if (requested == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "StaffedShare", $"Project '{project.Id}' requests no hours; its staffed share is undefined."));
            }

            ImmutableArray<string> blockingRoles = [.. blockBuffer.Select(b => b.RoleId).Distinct(StringComparer.Ordinal)];
            projects.Add(new ProjectAllocation(project, position, requested, got, shortfall, !shortAnywhere, plannedLast >= 0 ? plannedLast : null, achieved, blockingRoles, [.. blockBuffer], [.. cellBuffer]));
        }

        return new AllocationResult(plan, demand, options, order, projects.MoveToImmutable(), [.. allocated], [.. residual], diagnostics.ToImmutable());
    }

    private static double Defer(CapacityPlan plan, ReadOnlySpan<int> cells, ReadOnlySpan<double> hours, double[] residual, double[] allocated, List<AllocationCell> cellBuffer, List<BlockingCell> blockBuffer, ref double got)
    {
        int tc = plan.PeriodCount;
        double unmet = 0;
        int i = 0;
        while (i < cells.Length)
        {
            int r = cells[i] / tc;
            string roleId = plan.Roles[r].Id;
            int lastCell = i;
            while (lastCell + 1 < cells.Length && cells[lastCell + 1] / tc == r)
            {
                lastCell++;
            }

            int lastDemand = cells[lastCell] % tc;
            double carry = 0;
            int j = i;
            for (int t = cells[i] % tc; t < tc; t++)
            {
                bool listed = j <= lastCell && cells[j] % tc == t;
                double d = listed ? hours[j++] : 0;
                if (!listed && carry == 0)
                {
                    if (t > lastDemand)
                    {
                        break;
                    }

                    continue;
                }

                int c = (r * tc) + t;
                double need = d + carry;
                double a = Math.Min(need, residual[c]);
                double s = need - a;
                if (s > 0)
                {
                    blockBuffer.Add(Block(plan, c, need, residual[c]));
                }

                residual[c] -= a;
                allocated[c] += a;
                got += a;
                cellBuffer.Add(new AllocationCell(roleId, t, d, carry, a, s));
                carry = s;
            }

            unmet += carry;
            i = lastCell + 1;
        }

        return unmet;
    }

    private static BlockingCell Block(CapacityPlan plan, int cell, double needed, double available)
    {
        int tc = plan.PeriodCount;
        return new BlockingCell(plan.Roles[cell / tc].Id, cell % tc, plan.Periods[cell % tc].Label, needed, available);
    }
}
