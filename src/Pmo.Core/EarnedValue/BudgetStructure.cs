using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The budget above the performance measurement baseline: management reserve and, after an over-target baseline
/// (OTB), the total allocated budget.
/// </summary>
/// <remarks>
/// <c>CBB = PMB + MR</c> where the PMB's total is BAC; <c>TAB = CBB</c> unless an over-target baseline raised it.
/// Source: ANSI/EIA-748; DoD <i>Earned Value Management Implementation Guide</i> (EVMIG, 2006), §2.3 and §3.6.
/// </remarks>
public readonly struct BudgetStructure : IEquatable<BudgetStructure>
{
    /// <summary>Creates a budget structure.</summary>
    /// <param name="managementReserve">Management reserve MR: finite, zero or positive.</param>
    /// <param name="overTargetAmount">The amount by which an over-target baseline raised the total allocated budget above the CBB: finite, zero or positive (0 when there is no OTB).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative.</exception>
    public BudgetStructure(double managementReserve, double overTargetAmount = 0)
    {
        ManagementReserve = Guard.Against.NotFiniteNonNegative(managementReserve);
        OverTargetAmount = Guard.Against.NotFiniteNonNegative(overTargetAmount);
    }

    /// <summary>Gets the management reserve MR.</summary>
    public double ManagementReserve { get; }

    /// <summary>Gets the over-target amount (TAB − CBB).</summary>
    public double OverTargetAmount { get; }

    /// <summary>Gets the contract budget base for a given BAC: <c>CBB = BAC + MR</c>.</summary>
    /// <param name="budgetAtCompletion">BAC: finite, zero or positive.</param>
    /// <returns>CBB.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budgetAtCompletion"/> is NaN, infinite or negative, or CBB overflows the double range.</exception>
    public double ContractBudgetBase(double budgetAtCompletion) =>
        Finite(Guard.Against.NotFiniteNonNegative(budgetAtCompletion) + ManagementReserve, budgetAtCompletion, "CBB = BAC + MR");

    /// <summary>Gets the total allocated budget for a given BAC: <c>TAB = CBB + over-target amount</c>.</summary>
    /// <param name="budgetAtCompletion">BAC: finite, zero or positive.</param>
    /// <returns>TAB.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budgetAtCompletion"/> is NaN, infinite or negative, or TAB overflows the double range.</exception>
    public double TotalAllocatedBudget(double budgetAtCompletion) =>
        Finite(ContractBudgetBase(budgetAtCompletion) + OverTargetAmount, budgetAtCompletion, "TAB = BAC + MR + over-target amount");

    private static double Finite(double result, double budgetAtCompletion, string formula) =>
        double.IsFinite(result)
            ? result
            : throw new ArgumentOutOfRangeException(nameof(budgetAtCompletion), budgetAtCompletion, $"{formula} overflows the double range for {nameof(budgetAtCompletion)} = {budgetAtCompletion.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");

    /// <inheritdoc/>
    public bool Equals(BudgetStructure other) => ManagementReserve.Equals(other.ManagementReserve) && OverTargetAmount.Equals(other.OverTargetAmount);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BudgetStructure b && Equals(b);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ManagementReserve, OverTargetAmount);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(BudgetStructure left, BudgetStructure right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(BudgetStructure left, BudgetStructure right) => !left.Equals(right);
}
