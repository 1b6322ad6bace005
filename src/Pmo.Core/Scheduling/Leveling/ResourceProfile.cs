using System.Collections.Immutable;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>A constant piece of a <see cref="ResourceProfile"/>: usage and capacity over <c>[Start, End)</c>.</summary>
public sealed class ProfileSegment
{
    internal ProfileSegment(double start, double end, double usage, double capacity)
    {
        Start = start;
        End = end;
        Usage = usage;
        Capacity = capacity;
    }

    /// <summary>Gets the start (working time, inclusive).</summary>
    public double Start { get; }

    /// <summary>Gets the end (exclusive).</summary>
    public double End { get; }

    /// <summary>Gets the units in use.</summary>
    public double Usage { get; }

    /// <summary>Gets the capacity.</summary>
    public double Capacity { get; }

    /// <summary>Gets <c>max(0, Usage − Capacity)</c>.</summary>
    public double Excess => Math.Max(0, Usage - Capacity);
}

/// <summary>
/// One resource's usage against its capacity over the leveled schedule, as a step function on <c>[0, project duration)</c>
/// (consecutive pieces with equal usage and capacity merged), recomputed from the final start times.
/// </summary>
public sealed class ResourceProfile
{
    internal ResourceProfile(ResourceCapacity capacity, ImmutableArray<ProfileSegment> segments, double peakUsage, double work, double availableWork)
    {
        Capacity = capacity;
        Segments = segments;
        PeakUsage = peakUsage;
        Work = work;
        AvailableWork = availableWork;
    }

    /// <summary>Gets the resource name.</summary>
    public string Resource => Capacity.Resource;

    /// <summary>Gets the resource's capacity.</summary>
    public ResourceCapacity Capacity { get; }

    /// <summary>Gets the pieces, in time order, covering <c>[0, project duration)</c> (empty when the duration is 0).</summary>
    public ImmutableArray<ProfileSegment> Segments { get; }

    /// <summary>Gets the largest usage.</summary>
    public double PeakUsage { get; }

    /// <summary>Gets the work scheduled on the resource: Σ units × duration (unit-days).</summary>
    public double Work { get; }

    /// <summary>Gets the capacity available over <c>[0, project duration)</c> (unit-days).</summary>
    public double AvailableWork { get; }

    /// <summary>Gets the utilisation <c>Work / AvailableWork</c>, or null when no capacity is available (undefined).</summary>
    public double? Utilisation => AvailableWork > 0 ? Work / AvailableWork : null;
}
