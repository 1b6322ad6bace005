using System.Collections.Immutable;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Apportioned-effort packages refer to each other in a cycle (A apportioned to B, B apportioned to A), so no earned
/// value can be resolved. <see cref="Cycle"/> lists the packages of the cycle in base order, the first repeated last.
/// </summary>
public sealed class ApportionedEffortCycleException : WorkPackageException
{
    /// <summary>Creates the exception.</summary>
    public ApportionedEffortCycleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ApportionedEffortCycleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ApportionedEffortCycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a cycle.</summary>
    /// <param name="cycle">The package ids of the cycle, in base order, with the first repeated at the end.</param>
    /// <param name="paramName">The argument at fault.</param>
    public ApportionedEffortCycleException(IEnumerable<string> cycle, string paramName)
        : this([.. cycle ?? []], paramName)
    {
    }

    private ApportionedEffortCycleException(ImmutableArray<string> cycle, string paramName)
        : base(WorkPackageRule.ApportionedCycle, cycle.IsEmpty ? null : cycle[0], $"Apportioned-effort packages form a cycle: {string.Join(" → ", cycle)}.", paramName)
    {
        Cycle = cycle;
    }

    /// <summary>Gets the ids of the cycle in base order (each is apportioned to the next), the first repeated at the end.</summary>
    public ImmutableArray<string> Cycle { get; } = [];
}
