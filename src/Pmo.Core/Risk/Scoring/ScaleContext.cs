using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>What the thresholds of an <see cref="ImpactScale"/> are measured in.</summary>
public enum ThresholdBasis
{
    /// <summary>Absolute: the raw estimate's own unit (money for cost, working days for schedule, points, …).</summary>
    Absolute = 0,

    /// <summary>A fraction of the project budget (0.1 = 10 %): the raw cost estimate is divided by <see cref="ScaleContext.Budget"/>.</summary>
    FractionOfBudget = 1,

    /// <summary>A fraction of the project duration (0.05 = 5 %): the raw delay is divided by <see cref="ScaleContext.Duration"/>.</summary>
    FractionOfDuration = 2,
}

/// <summary>
/// The project figures that resolve relative impact thresholds (<see cref="ThresholdBasis.FractionOfBudget"/>,
/// <see cref="ThresholdBasis.FractionOfDuration"/>) into absolute ones: budget (money) and duration (working days).
/// </summary>
/// <remarks>PMBOK 5th ed. Table 11-1 states cost and time impact levels as percentages of cost and time ("&lt; 10 % cost increase").</remarks>
public sealed class ScaleContext : IEquatable<ScaleContext>
{
    /// <summary>Creates a context.</summary>
    /// <param name="budget">The budget in money, or null when unknown; finite and positive.</param>
    /// <param name="duration">The duration in working days, or null when unknown; finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A given value is NaN, infinite, zero or negative.</exception>
    public ScaleContext(double? budget = null, double? duration = null)
    {
        if (budget is { } b)
        {
            Guard.Against.NotFinitePositive(b, nameof(budget));
        }

        if (duration is { } d)
        {
            Guard.Against.NotFinitePositive(d, nameof(duration));
        }

        Budget = budget;
        Duration = duration;
    }

    /// <summary>Gets the budget in money, or null.</summary>
    public double? Budget { get; }

    /// <summary>Gets the duration in working days, or null.</summary>
    public double? Duration { get; }

    /// <summary>Gets the divisor for a basis: 1 for absolute, the budget or the duration, or null when not given.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The divisor or null.</returns>
    public double? Divisor(ThresholdBasis basis) => basis switch
    {
        ThresholdBasis.FractionOfBudget => Budget,
        ThresholdBasis.FractionOfDuration => Duration,
        _ => 1,
    };

    /// <inheritdoc/>
    public bool Equals(ScaleContext? other) => other is not null && Budget == other.Budget && Duration == other.Duration;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScaleContext);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Budget, Duration);
}
