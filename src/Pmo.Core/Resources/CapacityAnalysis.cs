using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Resources;

/// <summary>
/// Demand versus capacity across the portfolio: the role × period heat map (gap, utilisation), over-allocations and
/// their contributors, bottleneck roles, infeasible periods, and roll-ups by department, skill, programme.
/// </summary>
/// <remarks>
/// <para>
/// Per role r and period t: demand D(r,t) = Σ over the projects in scope of their hours; gap G = C − D (negative is a
/// shortfall); utilisation U = D / C, undefined (null, with a diagnostic when D &gt; 0) when C = 0. A cell is
/// over-allocated when D − C &gt; tolerance. A period is infeasible when some role is over-allocated in it. These are the
/// capacity-versus-demand views of the PPM tools (Planview capacity planning, Project Online resource capacity
/// heat map), computed from plain sums.
/// </para>
/// <para>
/// Cost: one pass over the portfolio's sparse demand cells plus O(roles × periods); nothing per project beyond its
/// cells. A role's bottleneck shortfall is Σ max(0, D − C) over its periods: spare capacity in one period does not
/// offset a shortfall in another (work cannot be done before it exists; the allocation tools move it).
/// </para>
/// </remarks>
public static class CapacityAnalysis
{
    /// <summary>Compares a portfolio's demand with a plan's capacity.</summary>
    /// <param name="plan">The capacity plan.</param>
    /// <param name="demand">The demand, on the same roles and periods (see <see cref="PortfolioDemand.IsCompatibleWith"/>).</param>
    /// <param name="scope">Which projects' demand counts (default committed and proposed).</param>
    /// <param name="tolerance">Hours by which demand may exceed capacity before a cell counts as over-allocated: finite, ≥ 0 (default 1e-6, for floating-point noise).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="demand"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="demand"/> uses other roles or periods than <paramref name="plan"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is undefined; <paramref name="tolerance"/> is negative or not finite.</exception>
    [Pure]
    public static CapacityReport Analyze(CapacityPlan plan, PortfolioDemand demand, DemandScope scope = DemandScope.CommittedAndProposed, double tolerance = 1e-6)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(demand);
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, $"{nameof(scope)} must be a defined DemandScope (got {(int)scope}).");
        }

        Guard.Against.NotFiniteNonNegative(tolerance);
        demand.RequireCompatible(plan, nameof(demand));

        int rc = plan.RoleCount;
        int tc = plan.PeriodCount;
        int size = rc * tc;
        double[] committed = new double[size];
        double[] proposed = new double[size];
        for (int p = 0; p < demand.ProjectCount; p++)
        {
            double[] target = demand.Projects[p].Status == CommitmentStatus.Committed ? committed : proposed;
            ReadOnlySpan<int> cells = demand.Cells(p);
            ReadOnlySpan<double> hours = demand.Hours(p);
            for (int i = 0; i < cells.Length; i++)
            {
                target[cells[i]] += hours[i];
            }
        }

        ReadOnlySpan<double> capacity = plan.CapacityGrid;
        bool withProposed = scope == DemandScope.CommittedAndProposed;
        var cellsBuilder = ImmutableArray.CreateBuilder<CapacityCell>(size);
        bool[] over = new bool[size];
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        bool[] infeasible = new bool[tc];
        bool[] committedInfeasible = new bool[tc];
        double[] totalCapacity = new double[tc];
        double[] totalDemand = new double[tc];
        for (int r = 0; r < rc; r++)
        {
            for (int t = 0; t < tc; t++)
            {
                int c = (r * tc) + t;
                double d = withProposed ? committed[c] + proposed[c] : committed[c];
                over[c] = d - capacity[c] > tolerance;
                infeasible[t] |= over[c];
                committedInfeasible[t] |= committed[c] - capacity[c] > tolerance;
                totalCapacity[t] += capacity[c];
                totalDemand[t] += d;
                cellsBuilder.Add(new CapacityCell(plan.Roles[r].Id, t, plan.Periods[t].Label, capacity[c], committed[c], proposed[c], d, over[c]));
                if (capacity[c] == 0 && d > 0)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "utilisation", string.Create(CultureInfo.InvariantCulture, $"Role '{plan.Roles[r].Id}' has demand ({d:0.##} h) but no capacity in period '{plan.Periods[t].Label}'; its utilisation is undefined.")));
                }
                else if (capacity[c] > 0 && !double.IsFinite(d / capacity[c]))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "utilisation", string.Create(CultureInfo.InvariantCulture, $"Role '{plan.Roles[r].Id}' has demand ({d:0.##} h) against a capacity of {capacity[c]:R} h in period '{plan.Periods[t].Label}'; the ratio overflows a double, so its utilisation is undefined.")));
                }
            }
        }

        ImmutableArray<CapacityCell> heat = cellsBuilder.MoveToImmutable();

        // Contributors of over-allocated cells: one more pass over the demand cells.
        var contributors = new Dictionary<int, List<ProjectHours>>();
        for (int p = 0; p < demand.ProjectCount; p++)
        {
            if (!withProposed && demand.Projects[p].Status != CommitmentStatus.Committed)
            {
                continue;
            }

            ReadOnlySpan<int> cells = demand.Cells(p);
            ReadOnlySpan<double> hours = demand.Hours(p);
            for (int i = 0; i < cells.Length; i++)
            {
                if (over[cells[i]] && hours[i] > 0)
                {
                    if (!contributors.TryGetValue(cells[i], out List<ProjectHours>? list))
                    {
                        contributors[cells[i]] = list = [];
                    }

                    list.Add(new ProjectHours(demand.Projects[p].Id, hours[i]));
                }
            }
        }

        var overAllocations = ImmutableArray.CreateBuilder<OverAllocation>();
        var bottlenecks = new List<RoleBottleneck>();
        for (int r = 0; r < rc; r++)
        {
            double shortfall = 0;
            int count = 0;
            double? peak = null;
            int peakPeriod = -1;
            double worstExcess = double.NegativeInfinity;
            double capSum = 0;
            double demSum = 0;
            for (int t = 0; t < tc; t++)
            {
                CapacityCell cell = heat[(r * tc) + t];
                capSum += cell.Capacity;
                demSum += cell.Demand;
                if (cell.Utilisation is double u && (peak is null || u > peak))
                {
                    peak = u;
                    peakPeriod = t;
                }

                if (!cell.IsOverAllocated)
                {
                    continue;
                }

                double excess = cell.Demand - cell.Capacity;
                shortfall += excess;
                count++;
                if (peak is null && excess > worstExcess)
                {
                    worstExcess = excess;
                    peakPeriod = t;
                }

                List<ProjectHours> list = contributors[(r * tc) + t];
                list.Sort(static (a, b) => b.Hours != a.Hours ? b.Hours.CompareTo(a.Hours) : string.CompareOrdinal(a.ProjectId, b.ProjectId));
                overAllocations.Add(new OverAllocation(cell, ExcessFte(plan, r, t, excess, diagnostics), [.. list]));
            }

            if (count > 0)
            {
                bottlenecks.Add(new RoleBottleneck(plan.Roles[r].Id, shortfall, count, peak, peakPeriod, capSum, demSum));
            }
        }

        bottlenecks.Sort(static (a, b) => b.ShortfallHours != a.ShortfallHours ? b.ShortfallHours.CompareTo(a.ShortfallHours) : string.CompareOrdinal(a.RoleId, b.RoleId));
        return new CapacityReport(
            plan,
            demand,
            scope,
            tolerance,
            heat,
            overAllocations.ToImmutable(),
            [.. bottlenecks],
            [.. Enumerable.Range(0, tc).Where(t => infeasible[t])],
            [.. Enumerable.Range(0, tc).Where(t => committedInfeasible[t])],
            [.. totalCapacity],
            [.. totalDemand],
            diagnostics.ToImmutable());
    }

    /// <summary>Excess hours / standard hours of the period; null when the period has no working days or the ratio overflows (then with a diagnostic).</summary>
    private static double? ExcessFte(CapacityPlan plan, int r, int t, double excess, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        double standard = plan.StandardHours(t);
        if (standard <= 0)
        {
            return null;
        }

        double fte = excess / standard;
        if (double.IsFinite(fte))
        {
            return fte;
        }

        diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "excessFte", string.Create(CultureInfo.InvariantCulture, $"The excess of role '{plan.Roles[r].Id}' in period '{plan.Periods[t].Label}' ({excess:0.##} h) over {standard:R} standard hours overflows a double; its FTE is undefined.")));
        return null;
    }
}
