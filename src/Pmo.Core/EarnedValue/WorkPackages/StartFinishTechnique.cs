using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The X/Y (fixed-formula) technique: a fraction X of the budget is earned when the work starts, the rest
/// (Y = 1 − X) when it finishes. 50/50 is X = 0.5; 25/75 is X = 0.25. (0/100 is <see cref="EarningTechnique.ZeroHundred"/>.)
/// </summary>
/// <remarks>
/// <c>EV = 0</c> before the start, <c>X · BAC</c> once started, <c>BAC</c> when finished. DCMA EVMS guidebook: 50/50
/// suits work spanning at most two reporting periods; longer work should use milestones or units. UN/CEFACT D07A calls
/// 50/50 "half start"; DoD EVMIG (2006) §3 lists fixed formulas such as 25/75.
/// </remarks>
public sealed class StartFinishTechnique : EarningTechnique
{
    internal StartFinishTechnique(double startFraction)
        : base(EarningTechniqueKind.StartFinish)
    {
        StartFraction = Guard.Against.NotInRange(startFraction, 0, 1, true, false);
    }

    /// <summary>Gets X, the fraction of the budget earned at the start, in [0, 1).</summary>
    public double StartFraction { get; }

    /// <summary>Gets Y = 1 − X, the fraction earned on completion.</summary>
    public double FinishFraction => 1 - StartFraction;

    /// <inheritdoc/>
    public override bool Equals(EarningTechnique? other) => other is StartFinishTechnique s && s.StartFraction.Equals(StartFraction);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, StartFraction);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartFraction * 100:0.##}/{FinishFraction * 100:0.##}");
}
