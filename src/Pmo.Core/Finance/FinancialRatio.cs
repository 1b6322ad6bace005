using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Finance;

/// <summary>A ratio metric (ROI, benefit-cost ratio, profitability index) with its numerator and denominator.</summary>
public sealed class FinancialRatio
{
    internal FinancialRatio()
    {
    }

    /// <summary>Gets the ratio; <see langword="null"/> when the denominator is zero (see <see cref="Diagnostics"/>).</summary>
    public double? Value { get; internal init; }

    /// <summary>Gets the numerator the ratio was computed from.</summary>
    public double Numerator { get; internal init; }

    /// <summary>Gets the denominator the ratio was computed from.</summary>
    public double Denominator { get; internal init; }

    /// <summary>Gets why the ratio is undefined, if it is.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];
}
