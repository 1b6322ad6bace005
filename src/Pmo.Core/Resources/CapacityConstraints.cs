using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Resources;

/// <summary>What <see cref="CapacityConstraints.ToResourceRows"/> does when committed non-candidate demand alone exceeds a role's capacity in a period.</summary>
public enum CommittedOverloadHandling
{
    /// <summary>Throw a <see cref="CapacityOverloadException"/> listing the cells (the default: the committed portfolio must be fixed first).</summary>
    Throw = 0,

    /// <summary>
    /// Give the row zero capacity in those cells (no candidate needing the role then can be selected) and report the
    /// cells in <see cref="CapacityRowSet.OverloadedCells"/>: selection can still rank proposals while the overload is
    /// resolved separately.
    /// </summary>
    ZeroResidual = 1,
}

/// <summary>
/// Role capacity as constraint rows of a portfolio selection (<see cref="SelectionProblem.WithRow"/>): one
/// <see cref="ResourceRow"/> per role, so <see cref="PortfolioSelector"/> selects under budgets and role capacity at once.
/// </summary>
/// <remarks>
/// <para>
/// Row of role r: capacity per period <c>c(t) = C(r,t) − Σ_{q committed, q ∉ candidates} d(q,r,t)</c> (the capacity left
/// after the commitments that are not up for selection); candidate j consumes <c>d(j,r,t)</c>. The selection then
/// enforces <c>Σ_j d(j,r,t)·x_j ≤ c(t)</c> for every role and period: the multi-dimensional knapsack with per-period
/// resource rows (H. M. Weingartner, 1963; S. Martello and P. Toth, <i>Knapsack Problems</i>, 1990, §6). Proposed
/// projects that are not candidates consume nothing. Committed projects may be candidates (to re-decide them).
/// </para>
/// <para>
/// When <c>c(t) &lt; 0</c> the commitments alone over-allocate the role: <see cref="CommittedOverloadHandling.Throw"/>
/// (default) raises <see cref="CapacityOverloadException"/>; <see cref="CommittedOverloadHandling.ZeroResidual"/> enters
/// 0 and reports the cell. A residual in [−tolerance, 0) is floating-point noise of the sums and enters as 0 without a
/// report. Hours are the unit (convert with <see cref="CapacityPlan.ToFte"/> for display).
/// </para>
/// </remarks>
public static class CapacityConstraints
{
    /// <summary>The default prefix of the row names: the row of role <c>arch</c> is named <c>role:arch</c>.</summary>
    public const string DefaultRowPrefix = "role:";

    /// <summary>Builds one selection row per role from a capacity plan and the portfolio's demand.</summary>
    /// <param name="plan">The capacity plan.</param>
    /// <param name="demand">The demand, on the plan's roles and periods.</param>
    /// <param name="candidateIds">The projects up for selection (distinct, known; at least one).</param>
    /// <param name="overload">What to do when the commitments alone exceed a role's capacity (default <see cref="CommittedOverloadHandling.Throw"/>).</param>
    /// <param name="includeIdleRoles">Whether roles no candidate demands get a row too (default false: such rows cannot bind).</param>
    /// <param name="rowPrefix">The prefix of the row names (default <see cref="DefaultRowPrefix"/>); not blank.</param>
    /// <param name="tolerance">Hours of negative residual treated as rounding noise: finite, ≥ 0 (default 1e-6, as <see cref="CapacityAnalysis.Analyze"/>).</param>
    /// <returns>The rows and what was reserved.</returns>
    /// <exception cref="ArgumentNullException">An argument or a candidate id is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="demand"/> uses other roles or periods than <paramref name="plan"/>; <paramref name="candidateIds"/> is
    /// empty, names an unknown project or repeats one; <paramref name="rowPrefix"/> is blank.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="overload"/> is undefined; <paramref name="tolerance"/> is negative or not finite.</exception>
    /// <exception cref="CapacityOverloadException">Committed non-candidate demand exceeds capacity by more than <paramref name="tolerance"/> in some cell and <paramref name="overload"/> is <see cref="CommittedOverloadHandling.Throw"/>.</exception>
    [Pure]
    public static CapacityRowSet ToResourceRows(CapacityPlan plan, PortfolioDemand demand, IEnumerable<string> candidateIds, CommittedOverloadHandling overload = CommittedOverloadHandling.Throw, bool includeIdleRoles = false, string rowPrefix = DefaultRowPrefix, double tolerance = 1e-6)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(demand);
        Guard.Against.Null(candidateIds);
        if (!Enum.IsDefined(overload))
        {
            throw new ArgumentOutOfRangeException(nameof(overload), overload, $"{nameof(overload)} must be a defined {nameof(CommittedOverloadHandling)}.");
        }

        Guard.Against.NullOrWhiteSpace(rowPrefix);
        Guard.Against.NotFiniteNonNegative(tolerance);
        CapacityAllocator.CheckCompatible(plan, demand);
        ImmutableArray<string> candidates = [.. candidateIds];
        if (candidates.IsEmpty)
        {
            throw new ArgumentException($"{nameof(candidateIds)} must name at least one project.", nameof(candidateIds));
        }

        bool[] isCandidate = new bool[demand.ProjectCount];
        for (int i = 0; i < candidates.Length; i++)
        {
            string id = candidates[i] ?? throw new ArgumentNullException(nameof(candidateIds), string.Create(CultureInfo.InvariantCulture, $"{nameof(candidateIds)}[{i}] is null."));
            int p = demand.RequireProject(id, nameof(candidateIds));
            if (isCandidate[p])
            {
                throw new ArgumentException($"{nameof(candidateIds)} lists '{id}' more than once.", nameof(candidateIds));
            }

            isCandidate[p] = true;
        }

        int rc = plan.RoleCount;
        int tc = plan.PeriodCount;
        double[] reserved = new double[rc * tc];
        var reservedIds = ImmutableArray.CreateBuilder<string>();
        var ignoredIds = ImmutableArray.CreateBuilder<string>();
        for (int p = 0; p < demand.ProjectCount; p++)
        {
            if (isCandidate[p])
            {
                continue;
            }

            if (demand.Projects[p].Status != CommitmentStatus.Committed)
            {
                ignoredIds.Add(demand.Projects[p].Id);
                continue;
            }

            reservedIds.Add(demand.Projects[p].Id);
            ReadOnlySpan<int> cells = demand.Cells(p);
            ReadOnlySpan<double> hours = demand.Hours(p);
            for (int i = 0; i < cells.Length; i++)
            {
                reserved[cells[i]] += hours[i];
            }
        }

        ReadOnlySpan<double> capacity = plan.CapacityGrid;
        var overloaded = ImmutableArray.CreateBuilder<BlockingCell>();
        double[] residual = new double[rc * tc];
        for (int c = 0; c < residual.Length; c++)
        {
            double left = capacity[c] - reserved[c];
            if (left < -tolerance)
            {
                overloaded.Add(new BlockingCell(plan.Roles[c / tc].Id, c % tc, plan.Periods[c % tc].Label, reserved[c], capacity[c]));
            }

            residual[c] = left < 0 ? 0 : left;
        }

        if (overloaded.Count > 0 && overload == CommittedOverloadHandling.Throw)
        {
            throw new CapacityOverloadException(overloaded.ToImmutable(), nameof(demand));
        }

        var consumption = new Dictionary<string, double[]>[rc];
        for (int r = 0; r < rc; r++)
        {
            consumption[r] = new Dictionary<string, double[]>(StringComparer.Ordinal);
        }

        foreach (string id in candidates)
        {
            int p = demand.IndexOfProject(id);
            ReadOnlySpan<int> cells = demand.Cells(p);
            ReadOnlySpan<double> hours = demand.Hours(p);
            for (int i = 0; i < cells.Length; i++)
            {
                if (hours[i] <= 0)
                {
                    continue;
                }

                int r = cells[i] / tc;
                if (!consumption[r].TryGetValue(id, out double[]? row))
                {
                    consumption[r][id] = row = new double[tc];
                }

                row[cells[i] % tc] += hours[i];
            }
        }

        var rows = ImmutableArray.CreateBuilder<ResourceRow>();
        var roleIds = ImmutableArray.CreateBuilder<string>();
        for (int r = 0; r < rc; r++)
        {
            if (consumption[r].Count == 0 && !includeIdleRoles)
            {
                continue;
            }

            rows.Add(new ResourceRow(rowPrefix + plan.Roles[r].Id, residual.AsSpan(r * tc, tc).ToArray(), consumption[r]));
            roleIds.Add(plan.Roles[r].Id);
        }

        return new CapacityRowSet(rows.ToImmutable(), roleIds.ToImmutable(), candidates, reservedIds.ToImmutable(), ignoredIds.ToImmutable(), overloaded.ToImmutable(), [.. plan.Periods.Labels]);
    }
}

/// <summary>The result of <see cref="CapacityConstraints.ToResourceRows"/>: the role rows and what they assume.</summary>
public sealed class CapacityRowSet
{
    internal CapacityRowSet(ImmutableArray<ResourceRow> rows, ImmutableArray<string> roleIds, ImmutableArray<string> candidates, ImmutableArray<string> reserved, ImmutableArray<string> ignored, ImmutableArray<BlockingCell> overloaded, ImmutableArray<string> periodLabels)
    {
        Rows = rows;
        RoleIds = roleIds;
        CandidateIds = candidates;
        ReservedProjects = reserved;
        IgnoredProjects = ignored;
        OverloadedCells = overloaded;
        PeriodLabels = periodLabels;
    }

    /// <summary>Gets the rows, one per role (plan order), in hours per period.</summary>
    public ImmutableArray<ResourceRow> Rows { get; }

    /// <summary>Gets the role of each row, in row order.</summary>
    public ImmutableArray<string> RoleIds { get; }

    /// <summary>Gets the candidates, as given.</summary>
    public ImmutableArray<string> CandidateIds { get; }

    /// <summary>Gets the committed non-candidate projects whose demand was subtracted from capacity.</summary>
    public ImmutableArray<string> ReservedProjects { get; }

    /// <summary>Gets the proposed non-candidate projects, which consume nothing.</summary>
    public ImmutableArray<string> IgnoredProjects { get; }

    /// <summary>
    /// Gets the cells where the reserved demand (<see cref="BlockingCell.Needed"/>) exceeds capacity
    /// (<see cref="BlockingCell.Available"/>) beyond the tolerance; their rows have capacity 0 there. Empty unless
    /// <see cref="CommittedOverloadHandling.ZeroResidual"/> was chosen.
    /// </summary>
    public ImmutableArray<BlockingCell> OverloadedCells { get; }

    /// <summary>Gets the period labels (for <see cref="SelectionProblem.WithPeriodLabels"/>).</summary>
    public ImmutableArray<string> PeriodLabels { get; }

    /// <summary>Adds (or replaces, by name) every row in a selection problem, with the plan's period labels when the problem has no other rows.</summary>
    /// <param name="problem">A problem whose candidates include every candidate id with demand and whose rows (if any) have the plan's number of periods.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="SelectionProblem.WithRow"/>: another period count or an unknown candidate.</exception>
    [Pure]
    public SelectionProblem ApplyTo(SelectionProblem problem)
    {
        Guard.Against.Null(problem);
        bool noRows = problem.Rows.IsEmpty;
        SelectionProblem result = problem;
        foreach (ResourceRow row in Rows)
        {
            result = result.WithRow(row);
        }

        return noRows && !Rows.IsEmpty ? result.WithPeriodLabels(PeriodLabels) : result;
    }
}

/// <summary>Committed demand alone exceeds a role's capacity in one or more periods, so no capacity is left to select with.</summary>
public sealed class CapacityOverloadException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public CapacityOverloadException()
        : this([], null)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CapacityOverloadException(string message)
        : base(message)
    {
        Cells = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public CapacityOverloadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Cells = [];
    }

    internal CapacityOverloadException(ImmutableArray<BlockingCell> cells, string? paramName)
        : base(Describe(cells), paramName)
    {
        Cells = cells;
    }

    /// <summary>Gets the over-allocated cells: reserved committed demand (<see cref="BlockingCell.Needed"/>) against capacity (<see cref="BlockingCell.Available"/>).</summary>
    public ImmutableArray<BlockingCell> Cells { get; }

    private static string Describe(ImmutableArray<BlockingCell> cells) =>
        cells.IsEmpty
            ? "Committed demand exceeds capacity."
            : string.Create(CultureInfo.InvariantCulture, $"Committed non-candidate demand exceeds capacity in {cells.Length} cell(s), e.g. {string.Join("; ", cells.Take(5).Select(c => $"role '{c.RoleId}' period '{c.PeriodLabel}': {c.Needed:0.##} h committed, {c.Available:0.##} h capacity"))}. Resolve the overload, make those projects candidates, or pass {nameof(CommittedOverloadHandling)}.{nameof(CommittedOverloadHandling.ZeroResidual)}.");
}
