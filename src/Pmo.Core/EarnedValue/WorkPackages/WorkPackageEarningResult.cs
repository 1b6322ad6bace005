using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The earned value of a plan of work packages at a status time: each package's EV with its technique, totals, and
/// the discrete-work inputs of schedule analysis (level of effort excluded).
/// </summary>
/// <remarks>
/// <para>
/// <b>Level-of-effort exclusion.</b> LOE earns <c>EV = PV</c>, so its schedule variance is zero by construction; mixed
/// into the totals it pulls SPI and SPI(t) toward 1 and hides slips of discrete work. Schedule analysis therefore runs
/// on discrete work only: <see cref="DiscreteEarnedValue"/> = Σ EV of non-LOE packages (apportioned effort included, as
/// it follows discrete work), on <see cref="DiscreteCumulativeCurve"/> = Σ time-phased PV of the same packages, giving
/// <see cref="DiscreteEarnedSchedule"/>. Cost analysis (CV, CPI) keeps using the totals with LOE.
/// Sources: DCMA EVMS guidebook, "Discrete Versus Level of Effort"; DoD EVMIG (2006) §3 (LOE "should be minimised"
/// because it masks schedule performance); Lipke, <i>Earned Schedule</i> (2009).
/// </para>
/// </remarks>
public sealed class WorkPackageEarningResult
{
    private readonly Dictionary<string, int> index;

    internal WorkPackageEarningResult(ImmutableArray<WorkPackageEarnedValue> packages)
    {
        Packages = packages;
        index = new Dictionary<string, int>(packages.Length, StringComparer.Ordinal);
        for (int i = 0; i < packages.Length; i++)
        {
            index.Add(packages[i].Id, i);
        }
    }

    /// <summary>Gets the status time in periods on the project's grid.</summary>
    public double Time { get; internal init; }

    /// <summary>Gets every package's earned value, in plan order.</summary>
    public ImmutableArray<WorkPackageEarnedValue> Packages { get; }

    /// <summary>Gets the total earned value Σ EV (LOE included).</summary>
    public double EarnedValue { get; internal init; }

    /// <summary>Gets the total actual cost Σ AC.</summary>
    public double ActualCost { get; internal init; }

    /// <summary>Gets the total budget Σ BAC.</summary>
    public double BudgetAtCompletion { get; internal init; }

    /// <summary>Gets the total PV at the status time; null when some package is not time-phased.</summary>
    public double? PlannedValue { get; internal init; }

    /// <summary>Gets the earned value of discrete work: Σ EV of the packages that are not level of effort.</summary>
    public double DiscreteEarnedValue { get; internal init; }

    /// <summary>Gets the budget of discrete work.</summary>
    public double DiscreteBudgetAtCompletion { get; internal init; }

    /// <summary>Gets the PV of discrete work at the status time; null when some discrete package is not time-phased.</summary>
    public double? DiscretePlannedValue { get; internal init; }

    /// <summary>Gets the earned value of level-of-effort work (equal to its PV).</summary>
    public double LevelOfEffortEarnedValue { get; internal init; }

    /// <summary>Gets the budget of level-of-effort work.</summary>
    public double LevelOfEffortBudgetAtCompletion { get; internal init; }

    /// <summary>
    /// Gets the cumulative PV curve of discrete work with a leading zero, <c>[0, PV_d(1), …, PV_d(n)]</c> (the form
    /// <see cref="EarnedSchedule.Compute(ReadOnlySpan{double}, double)"/> takes); empty when some discrete package is not
    /// time-phased or there is no discrete work.
    /// </summary>
    public ImmutableArray<double> DiscreteCumulativeCurve { get; internal init; } = [];

    /// <summary>
    /// Gets the earned schedule of discrete work, <c>ES_d = ES(DiscreteEarnedValue)</c> on
    /// <see cref="DiscreteCumulativeCurve"/>; null when the curve is unavailable.
    /// </summary>
    public double? DiscreteEarnedSchedule { get; internal init; }

    /// <summary>Gets notes on the evaluation (capped apportioned EV, finished packages whose measure disagrees, the LOE exclusion).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];

    /// <summary>Gets a package's earned value by id.</summary>
    /// <param name="id">The package id.</param>
    /// <returns>Its earned value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No package has this id.</exception>
    [Pure]
    public WorkPackageEarnedValue Package(string id)
    {
        Guard.Against.Null(id);
        return index.TryGetValue(id, out int i) ? Packages[i] : throw new KeyNotFoundException($"No work package has id '{id}'.");
    }
}
