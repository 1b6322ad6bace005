using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>The units-complete technique: <c>EV = (u / U) · BAC</c> for u of U units completed.</summary>
/// <remarks>
/// Each unit carries the budget <c>BAC / U</c>. Fractional u ("equivalent units") is allowed. Source: DCMA EVMS
/// guidebook ("Completed Unit Count", "Equivalent Unit Count"); PMI Practice Standard for EVM (2011).
/// </remarks>
public sealed class UnitsCompleteTechnique : EarningTechnique
{
    internal UnitsCompleteTechnique(double totalUnits)
        : base(EarningTechniqueKind.UnitsComplete)
    {
        TotalUnits = Guard.Against.NotFinitePositive(totalUnits);
    }

    /// <summary>Gets the total number of units U.</summary>
    public double TotalUnits { get; }

    /// <inheritdoc/>
    public override bool Equals(EarningTechnique? other) => other is UnitsCompleteTechnique u && u.TotalUnits.Equals(TotalUnits);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, TotalUnits);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Units complete (of {TotalUnits})");
}
