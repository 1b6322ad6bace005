using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>A degenerate distribution: the single value c (P(X = c) = 1).</summary>
/// <remarks>F(x) = 0 for x &lt; c and 1 for x ≥ c; F⁻¹(u) = c for every u; mean c; variance 0.</remarks>
public sealed class ConstantDistribution : Distribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="value">c: finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public ConstantDistribution(double value)
    {
        Guard.Against.NotFinite(value);
        Value = value;
    }

    /// <summary>Gets the value c.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override double Mean => Value;

    /// <inheritdoc/>
    public override double Variance => 0;

    /// <inheritdoc/>
    public override double Minimum => Value;

    /// <inheritdoc/>
    public override double Maximum => Value;

    /// <inheritdoc/>
    public override string ToString() => $"Constant({Value:R})";

    /// <inheritdoc/>
    protected override double CdfCore(double x) => x < Value ? 0 : 1;

    /// <inheritdoc/>
    protected internal override double QuantileCore(double probability) => Value;

    /// <inheritdoc/>
    protected internal override void QuantilesCore(ReadOnlySpan<double> probabilities, Span<double> destination) =>
        destination[..probabilities.Length].Fill(Value);
}
