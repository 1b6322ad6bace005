using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Scheduling.Leveling;

/// <summary>
/// A maximal interval of working time in which a resource's usage exceeds its capacity in a leveled schedule: what
/// leveling could not resolve (only in <see cref="LevelingMode.WithinFloat"/>, or when no capacity ever fits a
/// requirement).
/// </summary>
public sealed class OverAllocationInterval
{
    internal OverAllocationInterval(string resource, double start, double end, double peakUsage, double maxExcess, double excessWork, ImmutableArray<string> activityIds)
    {
        Resource = resource;
        Start = start;
        End = end;
        PeakUsage = peakUsage;
        MaxExcess = maxExcess;
        ExcessWork = excessWork;
        ActivityIds = activityIds;
    }

    /// <summary>Gets the resource.</summary>
    public string Resource { get; }

    /// <summary>Gets the start of the interval (working time).</summary>
    public double Start { get; }

    /// <summary>Gets the end of the interval (exclusive).</summary>
    public double End { get; }

    /// <summary>Gets the largest usage in the interval.</summary>
    public double PeakUsage { get; }

    /// <summary>Gets the largest excess <c>usage − capacity</c> in the interval.</summary>
    public double MaxExcess { get; }

    /// <summary>Gets the excess work: the integral of <c>usage − capacity</c> over the interval (unit-days that do not fit).</summary>
    public double ExcessWork { get; }

    /// <summary>Gets the ids of the activities using the resource during the interval, in input order.</summary>
    public ImmutableArray<string> ActivityIds { get; }

    /// <inheritdoc/>
    [Pure]
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Resource} over-allocated on [{Start}, {End}) by up to {MaxExcess} ({ExcessWork} unit-days): {string.Join(", ", ActivityIds)}");
}
