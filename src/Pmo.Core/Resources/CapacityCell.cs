using System.Globalization;

namespace Pmo.Core.Resources;

/// <summary>One cell of the capacity heat map: a role in a period, with capacity, demand, gap and utilisation.</summary>
public sealed class CapacityCell
{
    internal CapacityCell(string roleId, int period, string periodLabel, double capacity, double committed, double proposed, double demand, bool overAllocated)
    {
        RoleId = roleId;
        Period = period;
        PeriodLabel = periodLabel;
        Capacity = capacity;
        CommittedDemand = committed;
        ProposedDemand = proposed;
        Demand = demand;
        IsOverAllocated = overAllocated;
    }

    /// <summary>Gets the role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the period number.</summary>
    public int Period { get; }

    /// <summary>Gets the period label.</summary>
    public string PeriodLabel { get; }

    /// <summary>Gets the capacity in hours.</summary>
    public double Capacity { get; }

    /// <summary>Gets the demand of committed projects in hours.</summary>
    public double CommittedDemand { get; }

    /// <summary>Gets the demand of proposed projects in hours.</summary>
    public double ProposedDemand { get; }

    /// <summary>Gets the demand compared with capacity (per the analysis' <see cref="DemandScope"/>), in hours.</summary>
    public double Demand { get; }

    /// <summary>Gets the gap: capacity − demand, in hours (negative = shortfall).</summary>
    public double Gap => Capacity - Demand;

    /// <summary>
    /// Gets the utilisation demand / capacity (1 = fully used), or null (undefined) when the capacity is zero or the
    /// ratio overflows a double (a tiny positive capacity against large demand; <see cref="CapacityAnalysis.Analyze"/>
    /// then adds a diagnostic).
    /// </summary>
    public double? Utilisation => double.IsFinite(Demand / Capacity) ? Demand / Capacity : null; // capacity ≥ 0: zero capacity gives +∞ or NaN

    /// <summary>Gets a value indicating whether demand exceeds capacity by more than the analysis' tolerance.</summary>
    public bool IsOverAllocated { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RoleId} {PeriodLabel}: {Demand:0.##}/{Capacity:0.##} h");
}
