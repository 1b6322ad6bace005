using System.Diagnostics.Contracts;

namespace Pmo.Core.Kpis;

/// <summary>What a KPI reports when its value (or the target its band mode needs) is missing.</summary>
public enum MissingDataKind
{
    /// <summary>Status <see cref="KpiStatusKind.Unknown"/>, value null, with a diagnostic. The default.</summary>
    ReportUnknown = 0,

    /// <summary>
    /// Use the last reported value if it is at most <see cref="MissingDataPolicy.MaxAgeDays"/> days older than the
    /// as-of date; otherwise unknown. A missing target cannot be carried forward and gives unknown.
    /// </summary>
    CarryForwardLast = 1,

    /// <summary>Value null, status the scale's worst level (missing data is itself a red flag), with a diagnostic.</summary>
    TreatAsWorst = 2,
}

/// <summary>The missing-data policy of a KPI. Create with <see cref="ReportUnknown"/>, <see cref="TreatAsWorst"/> or <see cref="CarryForwardLast(int)"/>.</summary>
public sealed class MissingDataPolicy : IEquatable<MissingDataPolicy>
{
    private MissingDataPolicy(MissingDataKind kind, int maxAgeDays)
    {
        Kind = kind;
        MaxAgeDays = maxAgeDays;
    }

    /// <summary>Gets "report unknown" (the default).</summary>
    public static MissingDataPolicy ReportUnknown { get; } = new(MissingDataKind.ReportUnknown, 0);

    /// <summary>Gets "treat as the worst level".</summary>
    public static MissingDataPolicy TreatAsWorst { get; } = new(MissingDataKind.TreatAsWorst, 0);

    /// <summary>Gets the kind.</summary>
    public MissingDataKind Kind { get; }

    /// <summary>Gets the largest age in days (as-of date − observation date) of a carried-forward value; 0 unless <see cref="MissingDataKind.CarryForwardLast"/>.</summary>
    public int MaxAgeDays { get; }

    /// <summary>Creates "carry the last value forward for at most <paramref name="maxAgeDays"/> days".</summary>
    /// <param name="maxAgeDays">The largest age in days: positive.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAgeDays"/> is zero or negative.</exception>
    [Pure]
    public static MissingDataPolicy CarryForwardLast(int maxAgeDays) => maxAgeDays > 0
        ? new MissingDataPolicy(MissingDataKind.CarryForwardLast, maxAgeDays)
        : throw new ArgumentOutOfRangeException(nameof(maxAgeDays), maxAgeDays, $"{nameof(maxAgeDays)} must be greater than zero (got {maxAgeDays}).");

    /// <inheritdoc/>
    public bool Equals(MissingDataPolicy? other) => other is not null && Kind == other.Kind && MaxAgeDays == other.MaxAgeDays;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MissingDataPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, MaxAgeDays);

    /// <inheritdoc/>
    public override string ToString() => Kind == MissingDataKind.CarryForwardLast ? $"CarryForwardLast({MaxAgeDays} days)" : Kind.ToString();
}
