using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>
/// The availability of a renewable resource over working time: a constant capacity, or a step profile (from time
/// <c>t</c> onwards the capacity is <c>c</c>), in units per working day.
/// </summary>
/// <remarks>
/// The profile is right-continuous: the step at <c>t</c> applies to the half-open interval from <c>t</c> to the next
/// step, and the last step applies for ever. A hire from day 20 is <c>[(0, 2), (20, 3)]</c>; a two-week leave of the only
/// architect is <c>[(0, 1), (10, 0), (20, 1)]</c>. Times are working days from the project start, like every other time
/// of the network; convert dates with <see cref="WorkingCalendar.WorkingTime"/>.
/// </remarks>
public sealed class ResourceCapacity
{
    /// <summary>Initializes a constant capacity.</summary>
    /// <param name="resource">The resource name.</param>
    /// <param name="capacity">The capacity in units per working day: finite, ≥ 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="resource"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is NaN, infinite or negative.</exception>
    public ResourceCapacity(string resource, double capacity)
    {
        Guard.Against.NullOrWhiteSpace(resource);
        Guard.Against.NotFiniteNonNegative(capacity);
        Resource = resource;
        Steps = [new CapacityStep(0, capacity)];
        MaxCapacity = capacity;
    }

    /// <summary>Initializes a step profile.</summary>
    /// <param name="resource">The resource name.</param>
    /// <param name="steps">The steps: at least one, the first from time 0, times strictly increasing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/>, <paramref name="steps"/> or a step is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="resource"/> is empty or white space; <paramref name="steps"/> is empty, does not start at time 0, or its
    /// times are not strictly increasing (<c>ParamName</c> <c>steps</c>).
    /// </exception>
    public ResourceCapacity(string resource, IEnumerable<CapacityStep> steps)
    {
        Guard.Against.NullOrWhiteSpace(resource);
        Guard.Against.Null(steps);
        ImmutableArray<CapacityStep> s = [.. steps];
        if (s.IsEmpty)
        {
            throw new ArgumentException($"{nameof(steps)} must contain at least one step.", nameof(steps));
        }

        double max = 0;
        for (int i = 0; i < s.Length; i++)
        {
            CapacityStep step = s[i] ?? throw new ArgumentNullException(nameof(steps), $"{nameof(steps)}[{i}] is null.");
            if (i == 0 && step.From != 0)
            {
                throw new ArgumentException($"{nameof(steps)}[0] must start at time 0 (got {step.From}); the capacity must be defined from the project start.", nameof(steps));
            }

            if (i > 0 && step.From <= s[i - 1].From)
            {
                throw new ArgumentException($"{nameof(steps)}[{i}].From = {step.From} must be greater than {nameof(steps)}[{i - 1}].From = {s[i - 1].From}; step times must be strictly increasing.", nameof(steps));
            }

            max = Math.Max(max, step.Capacity);
        }

        Resource = resource;
        Steps = s;
        MaxCapacity = max;
    }

    /// <summary>Gets the resource name.</summary>
    public string Resource { get; }

    /// <summary>Gets the steps (the first from time 0; a constant capacity has one step).</summary>
    public ImmutableArray<CapacityStep> Steps { get; }

    /// <summary>Gets the largest capacity the resource ever has.</summary>
    public double MaxCapacity { get; }

    /// <summary>Gets a value indicating whether the capacity is constant (one step).</summary>
    public bool IsConstant => Steps.Length == 1;

    /// <summary>Gets the capacity at a working time.</summary>
    /// <param name="time">The working time: finite, ≥ 0.</param>
    /// <returns>The capacity of the last step with <c>From ≤ time</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is NaN, infinite or negative.</exception>
    [Pure]
    public double CapacityAt(double time)
    {
        Guard.Against.NotFiniteNonNegative(time);
        double c = Steps[0].Capacity;
        foreach (CapacityStep step in Steps)
        {
            if (step.From > time)
            {
                break;
            }

            c = step.Capacity;
        }

        return c;
    }

    /// <inheritdoc/>
    [Pure]
    public override string ToString() => $"{Resource}: {string.Join(", ", Steps)}";
}
