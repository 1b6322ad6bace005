using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>Which way a KPI is better.</summary>
public enum KpiDirectionKind
{
    /// <summary>Higher is better (CPI, throughput).</summary>
    Maximise = 0,

    /// <summary>Lower is better (cycle time, defect density).</summary>
    Minimise = 1,

    /// <summary>Inside a target range [L, H] is best (utilisation between 70 % and 90 %).</summary>
    TargetBand = 2,

    /// <summary>Tracked only: no status, no trend assessment.</summary>
    Neutral = 3,
}

/// <summary>
/// The direction of a KPI: <see cref="Maximise"/>, <see cref="Minimise"/>, <see cref="TargetBand(double, double)"/>
/// with its range, or <see cref="Neutral"/>.
/// </summary>
public sealed class KpiDirection : IEquatable<KpiDirection>
{
    private KpiDirection(KpiDirectionKind kind, double low, double high)
    {
        Kind = kind;
        Low = low;
        High = high;
    }

    /// <summary>Gets "higher is better".</summary>
    public static KpiDirection Maximise { get; } = new(KpiDirectionKind.Maximise, double.NaN, double.NaN);

    /// <summary>Gets "lower is better".</summary>
    public static KpiDirection Minimise { get; } = new(KpiDirectionKind.Minimise, double.NaN, double.NaN);

    /// <summary>Gets "tracked only" (no status).</summary>
    public static KpiDirection Neutral { get; } = new(KpiDirectionKind.Neutral, double.NaN, double.NaN);

    /// <summary>Gets the kind.</summary>
    public KpiDirectionKind Kind { get; }

    /// <summary>Gets the lower end L of the target range (NaN unless <see cref="KpiDirectionKind.TargetBand"/>).</summary>
    public double Low { get; }

    /// <summary>Gets the upper end H of the target range (NaN unless <see cref="KpiDirectionKind.TargetBand"/>).</summary>
    public double High { get; }

    /// <summary>Creates "inside [low, high] is best".</summary>
    /// <param name="low">The finite lower end L.</param>
    /// <param name="high">The finite upper end H, greater than L.</param>
    /// <returns>The direction.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="high"/> is not greater than <paramref name="low"/>.</exception>
    [Pure]
    public static KpiDirection TargetBand(double low, double high)
    {
        Guard.Against.NotFinite(low);
        Guard.Against.NotFinite(high);
        if (high <= low)
        {
            throw new ArgumentException($"{nameof(high)} ({high}) must be greater than {nameof(low)} ({low}).", nameof(high));
        }

        return new KpiDirection(KpiDirectionKind.TargetBand, low, high);
    }

    /// <summary>
    /// Gets the distance of a value from "best" used for trends: <c>−x</c> for maximise, <c>x</c> for minimise, the
    /// distance to [L, H] (0 inside) for a target band; NaN for neutral.
    /// </summary>
    internal double Badness(double x) => Kind switch
    {
        KpiDirectionKind.Maximise => -x,
        KpiDirectionKind.Minimise => x,
        KpiDirectionKind.TargetBand => x < Low ? Low - x : x > High ? x - High : 0,
        _ => double.NaN,
    };

    /// <inheritdoc/>
    public bool Equals(KpiDirection? other) =>
        other is not null && Kind == other.Kind && Low.Equals(other.Low) && High.Equals(other.High);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KpiDirection);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Low, High);

    /// <inheritdoc/>
    public override string ToString() => Kind == KpiDirectionKind.TargetBand ? $"TargetBand [{Low}, {High}]" : Kind.ToString();
}
