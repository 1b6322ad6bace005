using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>
/// Effective-dated targets of a KPI and its optional start (baseline) value. The target in force at a date is the
/// one with the latest <see cref="KpiTarget.EffectiveFrom"/> on or before that date; before the first target there
/// is none (the status then follows the KPI's <see cref="MissingDataPolicy"/>).
/// </summary>
public sealed class TargetSeries
{
    /// <summary>Gets the empty series: no target, no start.</summary>
    public static TargetSeries None { get; } = new([], null);

    /// <summary>Creates a series.</summary>
    /// <param name="targets">The targets: effective dates strictly increasing (any order is sorted; a repeated date is rejected).</param>
    /// <param name="start">The start (baseline) value used by <see cref="BandMode.Achievement"/>, or null: finite when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is null.</exception>
    /// <exception cref="ArgumentException">Two targets share an effective date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is NaN or infinite.</exception>
    public TargetSeries(IEnumerable<KpiTarget> targets, double? start = null)
    {
        Guard.Against.Null(targets);
        KpiTarget[] list = [.. targets];
        Array.Sort(list, static (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        for (int i = 1; i < list.Length; i++)
        {
            if (list[i].EffectiveFrom == list[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"{nameof(targets)} has two targets effective from {list[i].EffectiveFrom:yyyy-MM-dd}; effective dates must be unique.", nameof(targets));
            }
        }

        Targets = [.. list];
        Start = start is { } s ? Guard.Against.NotFinite(s, nameof(start)) : null;
    }

    /// <summary>Gets the targets sorted by effective date.</summary>
    public ImmutableArray<KpiTarget> Targets { get; }

    /// <summary>Gets the start (baseline) value, or null.</summary>
    public double? Start { get; }

    /// <summary>Gets whether the series has no target.</summary>
    public bool IsEmpty => Targets.IsEmpty;

    /// <summary>Creates a series with one target in force on every date.</summary>
    /// <param name="target">The target: finite.</param>
    /// <param name="start">The optional start value: finite when given.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    [Pure]
    public static TargetSeries Constant(double target, double? start = null) =>
        new([new KpiTarget(LocalDate.MinIsoValue, Guard.Against.NotFinite(target))], start);

    /// <summary>Gets the target in force at a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The target, or null before the first target.</returns>
    [Pure]
    public KpiTarget? TargetAt(LocalDate date)
    {
        int lo = 0;
        int hi = Targets.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Targets[mid].EffectiveFrom <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : Targets[found];
    }

    /// <inheritdoc/>
    public override string ToString() => $"targets [{string.Join(", ", Targets)}], start {Start?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";
}
