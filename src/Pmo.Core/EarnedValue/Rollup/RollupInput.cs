using Ardalis.GuardClauses;

namespace Pmo.Core.EarnedValue;

/// <summary>One project (or any element with its own baseline) to be combined into a programme or portfolio.</summary>
public sealed class RollupInput
{
    /// <summary>Creates a roll-up input.</summary>
    /// <param name="id">The element's identifier, unique within one roll-up.</param>
    /// <param name="baseline">Its time-phased baseline.</param>
    /// <param name="status">Its status.</param>
    /// <param name="budget">Its management reserve and over-target amount.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public RollupInput(string id, TimePhasedBaseline baseline, ProjectStatus status, BudgetStructure budget = default)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Baseline = Guard.Against.Null(baseline);
        Status = Guard.Against.Null(status);
        Budget = budget;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the baseline.</summary>
    public TimePhasedBaseline Baseline { get; }

    /// <summary>Gets the status.</summary>
    public ProjectStatus Status { get; }

    /// <summary>Gets the budget structure.</summary>
    public BudgetStructure Budget { get; }
}
