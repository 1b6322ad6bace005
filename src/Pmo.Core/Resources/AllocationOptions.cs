namespace Pmo.Core.Resources;

/// <summary>How <see cref="CapacityAllocator"/> hands capacity to a project that cannot get all it asks for.</summary>
public enum AllocationMode
{
    /// <summary>Each project, in priority order, takes <c>min(demand, remaining capacity)</c> in every role × period cell.</summary>
    Partial = 0,

    /// <summary>
    /// A project is staffed only when every one of its cells fits in the remaining capacity; otherwise it gets nothing,
    /// is listed as unstaffed, and the cells that block it are reported.
    /// </summary>
    AllOrNothing = 1,

    /// <summary>
    /// Unmet hours of a cell carry forward to the same role's next periods (the project finishes later); hours still
    /// unmet after the last period are reported as the shortfall, never dropped.
    /// </summary>
    Defer = 2,
}

/// <summary>Options of <see cref="CapacityAllocator.Allocate(CapacityPlan, PortfolioDemand, IEnumerable{string}, AllocationOptions?)"/>. Immutable.</summary>
public sealed class AllocationOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="mode">The allocation mode (default <see cref="AllocationMode.Partial"/>).</param>
    /// <param name="committedFirst">
    /// Whether committed projects are served before proposed ones whatever the priority order (default true: approved
    /// work keeps its people; the order then ranks the committed projects among themselves and the proposed ones among
    /// themselves). False serves the order exactly as given.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public AllocationOptions(AllocationMode mode = AllocationMode.Partial, bool committedFirst = true)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} must be a defined {nameof(AllocationMode)}.");
        }

        Mode = mode;
        CommittedFirst = committedFirst;
    }

    /// <summary>Gets the default options: <see cref="AllocationMode.Partial"/>, committed first.</summary>
    public static AllocationOptions Default { get; } = new();

    /// <summary>Gets the allocation mode.</summary>
    public AllocationMode Mode { get; }

    /// <summary>Gets whether committed projects are served before proposed ones regardless of the priority order.</summary>
    public bool CommittedFirst { get; }

    /// <summary>A copy with another mode.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public AllocationOptions WithMode(AllocationMode mode) => new(mode, CommittedFirst);
}
