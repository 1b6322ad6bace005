using System.Globalization;

namespace Pmo.Core.Resources;

/// <summary>A role whose demand exceeds its capacity in at least one period, with the size of the problem.</summary>
public sealed class RoleBottleneck
{
    internal RoleBottleneck(string roleId, double shortfall, int overAllocatedPeriods, double? peakUtilisation, int peakPeriod, double capacity, double demand)
    {
        RoleId = roleId;
        ShortfallHours = shortfall;
        OverAllocatedPeriods = overAllocatedPeriods;
        PeakUtilisation = peakUtilisation;
        PeakPeriod = peakPeriod;
        TotalCapacity = capacity;
        TotalDemand = demand;
    }

    /// <summary>Gets the role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the sum over the over-allocated periods of demand − capacity, in hours (spare capacity in other periods does not offset it).</summary>
    public double ShortfallHours { get; }

    /// <summary>Gets the number of over-allocated periods.</summary>
    public int OverAllocatedPeriods { get; }

    /// <summary>Gets the highest utilisation over the periods with capacity, or null when no period has capacity.</summary>
    public double? PeakUtilisation { get; }

    /// <summary>Gets the period of the peak utilisation (or of the largest excess when no period has capacity).</summary>
    public int PeakPeriod { get; }

    /// <summary>Gets the role's capacity over all periods, in hours.</summary>
    public double TotalCapacity { get; }

    /// <summary>Gets the role's demand over all periods, in hours.</summary>
    public double TotalDemand { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RoleId}: short {ShortfallHours:0.##} h in {OverAllocatedPeriods} period(s)");
}
