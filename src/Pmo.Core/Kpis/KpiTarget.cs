using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>A target value in force from a date (inclusive) until the next target of its series.</summary>
public readonly struct KpiTarget : IEquatable<KpiTarget>
{
    /// <summary>Creates a target.</summary>
    /// <param name="effectiveFrom">The first date the target applies to.</param>
    /// <param name="value">The target value: finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public KpiTarget(LocalDate effectiveFrom, double value)
    {
        EffectiveFrom = effectiveFrom;
        Value = Guard.Against.NotFinite(value);
    }

    /// <summary>Gets the first date the target applies to.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the target value.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public bool Equals(KpiTarget other) => EffectiveFrom == other.EffectiveFrom && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is KpiTarget other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EffectiveFrom, Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(KpiTarget left, KpiTarget right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(KpiTarget left, KpiTarget right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Value} from {EffectiveFrom:yyyy-MM-dd}";
}
