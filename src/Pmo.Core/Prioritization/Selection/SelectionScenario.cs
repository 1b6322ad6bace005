using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>A named, saved variant of a selection problem ("budget −10 %", "P7 forced in"). Immutable.</summary>
public sealed class SelectionScenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="name">The scenario's name.</param>
    /// <param name="problem">The problem it stands for.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public SelectionScenario(string name, SelectionProblem problem)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(problem);
        Name = name;
        Problem = problem;
    }

    /// <summary>Gets the scenario's name.</summary>
    public string Name { get; }

    /// <summary>Gets the problem.</summary>
    public SelectionProblem Problem { get; }

    /// <summary>Solves the scenario's problem.</summary>
    /// <param name="options">Solver options; null for the default.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    [Pure]
    public SelectionResult Solve(SelectionOptions? options = null, CancellationToken cancellationToken = default) =>
        PortfolioSelector.Solve(Problem, options, cancellationToken);
}

/// <summary>The difference between two selections: candidates added and removed, value and usage deltas.</summary>
public sealed class ScenarioComparison
{
    private ScenarioComparison(SelectionResult baseline, SelectionResult alternative, ImmutableArray<string> added, ImmutableArray<string> removed, ImmutableArray<string> kept, ImmutableArray<RowUsageDelta> rows)
    {
        Baseline = baseline;
        Alternative = alternative;
        Added = added;
        Removed = removed;
        Kept = kept;
        RowDeltas = rows;
    }

    /// <summary>Gets the baseline result.</summary>
    public SelectionResult Baseline { get; }

    /// <summary>Gets the alternative result.</summary>
    public SelectionResult Alternative { get; }

    /// <summary>Gets the ids selected in the alternative but not in the baseline, in the alternative's input order.</summary>
    public ImmutableArray<string> Added { get; }

    /// <summary>Gets the ids selected in the baseline but not in the alternative, in the baseline's input order.</summary>
    public ImmutableArray<string> Removed { get; }

    /// <summary>Gets the ids selected in both, in the baseline's input order.</summary>
    public ImmutableArray<string> Kept { get; }

    /// <summary>Gets the alternative's total value minus the baseline's, or null when either has no solution.</summary>
    public double? ValueDelta => Alternative.TotalValue is double a && Baseline.TotalValue is double b ? a - b : null;

    /// <summary>Gets the usage change of every row present (by name, with the same period count) in both results.</summary>
    public ImmutableArray<RowUsageDelta> RowDeltas { get; }

    /// <summary>Compares two results.</summary>
    /// <param name="baseline">The reference result.</param>
    /// <param name="alternative">The result compared with it.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [Pure]
    public static ScenarioComparison Compare(SelectionResult baseline, SelectionResult alternative)
    {
        Guard.Against.Null(baseline);
        Guard.Against.Null(alternative);
        ImmutableArray<string> added = [.. alternative.SelectedIds.Where(id => !baseline.IsSelected(id))];
        ImmutableArray<string> removed = [.. baseline.SelectedIds.Where(id => !alternative.IsSelected(id))];
        ImmutableArray<string> kept = [.. baseline.SelectedIds.Where(alternative.IsSelected)];
        var rows = ImmutableArray.CreateBuilder<RowUsageDelta>();
        foreach (RowUsage b in baseline.RowUsages)
        {
            RowUsage? a = alternative.RowUsages.FirstOrDefault(r => r.Name == b.Name && r.Usage.Length == b.Usage.Length);
            if (a is not null)
            {
                rows.Add(new RowUsageDelta(b.Name, b.Usage, a.Usage, b.Capacity, a.Capacity));
            }
        }

        return new ScenarioComparison(baseline, alternative, added, removed, kept, rows.ToImmutable());
    }

    /// <summary>Solves two scenarios and compares them.</summary>
    /// <param name="baseline">The reference scenario.</param>
    /// <param name="alternative">The scenario compared with it.</param>
    /// <param name="options">Solver options; null for the default.</param>
    /// <param name="cancellationToken">Cancels the searches.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">A scenario is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    [Pure]
    public static ScenarioComparison Compare(SelectionScenario baseline, SelectionScenario alternative, SelectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(baseline);
        Guard.Against.Null(alternative);
        return Compare(baseline.Solve(options, cancellationToken), alternative.Solve(options, cancellationToken));
    }
}

/// <summary>A row's usage in two selections, per period.</summary>
public sealed class RowUsageDelta
{
    internal RowUsageDelta(string name, ImmutableArray<double> baseline, ImmutableArray<double> alternative, ImmutableArray<double> baselineCapacity, ImmutableArray<double> alternativeCapacity)
    {
        Name = name;
        BaselineUsage = baseline;
        AlternativeUsage = alternative;
        Delta = [.. alternative.Zip(baseline, (a, b) => a - b)];
        CapacityDelta = [.. alternativeCapacity.Zip(baselineCapacity, (a, b) => a - b)];
    }

    /// <summary>Gets the row's name.</summary>
    public string Name { get; }

    /// <summary>Gets the baseline's usage per period.</summary>
    public ImmutableArray<double> BaselineUsage { get; }

    /// <summary>Gets the alternative's usage per period.</summary>
    public ImmutableArray<double> AlternativeUsage { get; }

    /// <summary>Gets alternative − baseline usage per period.</summary>
    public ImmutableArray<double> Delta { get; }

    /// <summary>Gets alternative − baseline capacity per period.</summary>
    public ImmutableArray<double> CapacityDelta { get; }
}
