using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The apportioned-effort technique: effort directly tied to a discrete base package (inspection as a share of
/// fabrication) earns <c>EV = min(f · EV_base, BAC)</c>.
/// </summary>
/// <remarks>
/// The base must be a package of the same plan and must not be level of effort; chains of apportioned packages are
/// resolved base-first, and a cycle is rejected with <see cref="ApportionedEffortCycleException"/>. The cap at BAC only
/// acts when BAC is below <c>f · BAC_base</c> (a diagnostic then says so). Sources: DCMA EVMS guidebook ("Apportioned
/// Effort"); DoD EVMIG (2006) §3; UN/CEFACT D07A ("earned value dependent on other discrete tasks").
/// </remarks>
public sealed class ApportionedEffortTechnique : EarningTechnique
{
    internal ApportionedEffortTechnique(string basePackageId, double factor)
        : base(EarningTechniqueKind.ApportionedEffort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(basePackageId);
        BasePackageId = basePackageId;
        Factor = Guard.Against.NotFinitePositive(factor);
    }

    /// <summary>Gets the id of the discrete base package.</summary>
    public string BasePackageId { get; }

    /// <summary>Gets the apportionment factor f.</summary>
    public double Factor { get; }

    /// <inheritdoc/>
    public override bool Equals(EarningTechnique? other) =>
        other is ApportionedEffortTechnique a && a.BasePackageId == BasePackageId && a.Factor.Equals(Factor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, BasePackageId, Factor);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Apportioned effort ({Factor} × {BasePackageId})");
}
