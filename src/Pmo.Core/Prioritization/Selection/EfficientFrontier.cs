using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>
/// The efficient frontier of a selection problem against one row: the best value at each budget level of that row,
/// every point solved exactly (the value-versus-budget chart).
/// </summary>
/// <remarks>
/// A budget level is the row's total capacity over its periods; the row's capacity profile is scaled to it
/// (<c>cap'_t = cap_t · level / Σ_t cap_t</c>; a one-period row simply takes the level as its capacity). Raising the
/// level only enlarges the feasible set, so the exact optimum is non-decreasing in the level (a greedy curve need not
/// be). Points whose search hit the node limit say so in their status. Weingartner (1963) draws the same curve for
/// capital budgeting.
/// </remarks>
public static class EfficientFrontier
{
    /// <summary>Computes the frontier at the given budget levels.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="rowName">The row whose total capacity varies.</param>
    /// <param name="budgetLevels">The levels (row totals), non-empty, finite, zero or positive, non-decreasing.</param>
    /// <param name="options">Solver options; null for the default.</param>
    /// <param name="cancellationToken">Cancels the solves.</param>
    /// <returns>The frontier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No row has that name; the row's total capacity is zero over several periods (no profile to scale); the levels are empty or decreasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is NaN, infinite or negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    [Pure]
    public static FrontierResult Compute(SelectionProblem problem, string rowName, IEnumerable<double> budgetLevels, SelectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(problem);
        Guard.Against.Null(budgetLevels);
        ResourceRow row = problem.Row(rowName);
        double[] levels = [.. budgetLevels];
        if (levels.Length == 0)
        {
            throw new ArgumentException("budgetLevels must not be empty.", nameof(budgetLevels));
        }

        for (int i = 0; i < levels.Length; i++)
        {
            if (!double.IsFinite(levels[i]) || levels[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(budgetLevels), levels[i], $"budgetLevels[{i}] must be a finite number, zero or positive (got {levels[i]}).");
            }

            if (i > 0 && levels[i] < levels[i - 1])
            {
                throw new ArgumentException($"budgetLevels must be non-decreasing, but budgetLevels[{i}] = {levels[i]} is below budgetLevels[{i - 1}] = {levels[i - 1]}.", nameof(budgetLevels));
            }
        }

        double total = row.TotalCapacity;
        if (row.PeriodCount > 1 && total <= 0)
        {
            throw new ArgumentException($"Row '{rowName}' has zero total capacity over {row.PeriodCount} periods, so it has no profile to scale.", nameof(rowName));
        }

        var points = ImmutableArray.CreateBuilder<FrontierPoint>(levels.Length);
        foreach (double level in levels)
        {
            ImmutableArray<double> cap = row.PeriodCount == 1 ? [level] : [.. row.Capacity.Select(c => c * level / total)];
            SelectionResult result = PortfolioSelector.Solve(problem.WithCapacity(rowName, cap), options, cancellationToken);
            points.Add(new FrontierPoint(level, cap, result));
        }

        return new FrontierResult(rowName, points.MoveToImmutable());
    }

    /// <summary>
    /// Computes the frontier at <paramref name="steps"/> + 1 equally spaced levels from 0 to the smallest level at which
    /// the row no longer limits anything (every period's scaled capacity covers the whole demand of that period; periods
    /// with zero capacity stay at zero at every level and are left out of that rule).
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="rowName">The row whose total capacity varies.</param>
    /// <param name="steps">The number of steps, at least 1.</param>
    /// <param name="options">Solver options; null for the default.</param>
    /// <param name="cancellationToken">Cancels the solves.</param>
    /// <returns>The frontier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No row has that name, or its total capacity is zero over several periods.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is below 1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    [Pure]
    public static FrontierResult ComputeEvenlySpaced(SelectionProblem problem, string rowName, int steps, SelectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(problem);
        ResourceRow row = problem.Row(rowName);
        if (steps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps, $"steps must be at least 1 (got {steps}).");
        }

        double total = row.TotalCapacity;
        if (row.PeriodCount > 1 && total <= 0)
        {
            throw new ArgumentException($"Row '{rowName}' has zero total capacity over {row.PeriodCount} periods, so it has no profile to scale.", nameof(rowName));
        }

        double top = 0;
        for (int t = 0; t < row.PeriodCount; t++)
        {
            double demand = row.Consumption.Values.Sum(a => a[t]);
            double share = row.PeriodCount == 1 ? 1 : row.Capacity[t] / total;
            if (share > 0)
            {
                top = Math.Max(top, demand / share);
            }
        }

        double[] levels = [.. Enumerable.Range(0, steps + 1).Select(i => top * i / steps)];
        return Compute(problem, rowName, levels, options, cancellationToken);
    }
}

/// <summary>The points of an efficient frontier.</summary>
public sealed class FrontierResult
{
    internal FrontierResult(string rowName, ImmutableArray<FrontierPoint> points)
    {
        RowName = rowName;
        Points = points;
    }

    /// <summary>Gets the row whose budget varies.</summary>
    public string RowName { get; }

    /// <summary>Gets the points, in level order.</summary>
    public ImmutableArray<FrontierPoint> Points { get; }
}

/// <summary>One point of an efficient frontier.</summary>
public sealed class FrontierPoint
{
    internal FrontierPoint(double budget, ImmutableArray<double> capacity, SelectionResult result)
    {
        Budget = budget;
        Capacity = capacity;
        Result = result;
    }

    /// <summary>Gets the budget level (the row's total capacity).</summary>
    public double Budget { get; }

    /// <summary>Gets the row's capacity per period at this level.</summary>
    public ImmutableArray<double> Capacity { get; }

    /// <summary>Gets the status of the solve at this level.</summary>
    public SelectionStatus Status => Result.Status;

    /// <summary>Gets the best value at this level (null when infeasible or nothing was found).</summary>
    public double? Value => Result.TotalValue;

    /// <summary>Gets the greedy baseline's value at this level (null when greedy found nothing).</summary>
    public double? GreedyValue => Result.Greedy.TotalValue;

    /// <summary>Gets the selected ids, in input order.</summary>
    public ImmutableArray<string> SelectedIds => Result.SelectedIds;

    /// <summary>Gets the full result of the solve.</summary>
    public SelectionResult Result { get; }
}
