using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The progress of one work package at the status date: whether it has started and finished, its percent complete,
/// completed milestones, completed units and its cumulative actual cost (AC, ACWP).
/// </summary>
/// <remarks>
/// Each technique reads only its own measure: 0/100 and X/Y read <see cref="Started"/> and <see cref="Finished"/>,
/// weighted milestones <see cref="CompletedMilestones"/>, (physical) percent complete <see cref="PercentComplete"/>,
/// units complete <see cref="UnitsCompleted"/>; level of effort and apportioned effort read none (only the cost).
/// A finished package earns its whole budget under every discrete technique. Consistency rules checked here:
/// finished implies started, and no progress measure may be positive before the start.
/// </remarks>
public sealed class WorkPackageProgress
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="started">Whether the work has started.</param>
    /// <param name="finished">Whether the work is complete; requires <paramref name="started"/>.</param>
    /// <param name="percentComplete">Percent complete as a fraction in [0, 1]; 0 before the start.</param>
    /// <param name="completedMilestones">Ids of completed milestones, distinct; none before the start.</param>
    /// <param name="unitsCompleted">Units completed, finite, zero or positive; 0 before the start.</param>
    /// <param name="actualCost">Cumulative actual cost AC, finite, zero or positive (may be positive before the start).</param>
    /// <exception cref="ArgumentException">
    /// Finished but not started; a progress measure is positive before the start; a milestone id is null, blank or repeated.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="percentComplete"/> is outside [0, 1], or <paramref name="unitsCompleted"/> or
    /// <paramref name="actualCost"/> is negative or not finite.
    /// </exception>
    public WorkPackageProgress(bool started, bool finished, double percentComplete = 0, IEnumerable<string>? completedMilestones = null, double unitsCompleted = 0, double actualCost = 0)
    {
        Guard.Against.NotInRange(percentComplete, 0, 1, true, true);
        Guard.Against.NotFiniteNonNegative(unitsCompleted);
        Guard.Against.NotFiniteNonNegative(actualCost);
        if (finished && !started)
        {
            throw new ArgumentException($"A work package cannot be {nameof(finished)} without having {nameof(started)}.", nameof(finished));
        }

        ImmutableArray<string> milestones = completedMilestones is null ? [] : [.. completedMilestones];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < milestones.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(milestones[i]))
            {
                throw new ArgumentException($"{nameof(completedMilestones)}[{i}] is null or blank.", nameof(completedMilestones));
            }

            if (!seen.Add(milestones[i]))
            {
                throw new ArgumentException($"{nameof(completedMilestones)} must be distinct, but '{milestones[i]}' appears more than once.", nameof(completedMilestones));
            }
        }

        if (!started)
        {
            if (percentComplete > 0)
            {
                throw new ArgumentException($"{nameof(percentComplete)} is {percentComplete} but the work has not {nameof(started)}.", nameof(percentComplete));
            }

            if (!milestones.IsEmpty)
            {
                throw new ArgumentException($"{nameof(completedMilestones)} lists '{milestones[0]}' but the work has not {nameof(started)}.", nameof(completedMilestones));
            }

            if (unitsCompleted > 0)
            {
                throw new ArgumentException($"{nameof(unitsCompleted)} is {unitsCompleted} but the work has not {nameof(started)}.", nameof(unitsCompleted));
            }
        }

        Started = started;
        Finished = finished;
        PercentComplete = percentComplete;
        CompletedMilestones = milestones;
        UnitsCompleted = unitsCompleted;
        ActualCost = actualCost;
    }

    /// <summary>Gets whether the work has started.</summary>
    public bool Started { get; }

    /// <summary>Gets whether the work is complete.</summary>
    public bool Finished { get; }

    /// <summary>Gets percent complete as a fraction in [0, 1].</summary>
    public double PercentComplete { get; }

    /// <summary>Gets the ids of the completed milestones.</summary>
    public ImmutableArray<string> CompletedMilestones { get; }

    /// <summary>Gets the number of units completed.</summary>
    public double UnitsCompleted { get; }

    /// <summary>Gets the cumulative actual cost AC.</summary>
    public double ActualCost { get; }

    /// <summary>Creates the progress of work not yet started.</summary>
    /// <param name="actualCost">Cumulative AC (0 unless costs were booked ahead of the start).</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actualCost"/> is negative or not finite.</exception>
    public static WorkPackageProgress NotStarted(double actualCost = 0) => new(false, false, actualCost: actualCost);

    /// <summary>Creates the progress of finished work (100 % complete).</summary>
    /// <param name="actualCost">Cumulative AC.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actualCost"/> is negative or not finite.</exception>
    public static WorkPackageProgress Complete(double actualCost) => new(true, true, 1, actualCost: actualCost);
}
