namespace Pmo.Core.Kpis;

/// <summary>
/// What the tolerance bands of a KPI are expressed in: the <i>band input</i> computed from the actual value x, the
/// target t in force, the start (baseline) value s, or the direction's target range [L, H]. Ratios are fractions
/// (1.0 = 100 %), never multiplied by 100.
/// </summary>
public enum BandMode
{
    /// <summary>The band input is the actual value x itself.</summary>
    Absolute = 0,

    /// <summary>
    /// Percent of target, <c>x / t</c>. Undefined (status unknown) when no target is in force or t = 0. For a minimise
    /// KPI a smaller ratio is better, so use "lower is better" bands.
    /// </summary>
    PercentOfTarget = 1,

    /// <summary>
    /// Achievement, <c>(x − s) / (t − s)</c> for maximise and the mirrored <c>(s − x) / (s − t)</c> for minimise (the
    /// two are algebraically equal; 0 = still at the start, 1 = target reached, above 1 = beyond the target, for either
    /// direction). Undefined when no target or no start is known, or t = s (never silently green). Only for
    /// <see cref="KpiDirectionKind.Maximise"/> and <see cref="KpiDirectionKind.Minimise"/>.
    /// </summary>
    Achievement = 2,

    /// <summary>
    /// Percent of range, the position of x within the direction's target range, <c>(x − L) / (H − L)</c>: 0 at L, 1 at
    /// H, inside the range for [0, 1]. Only for <see cref="KpiDirectionKind.TargetBand"/>.
    /// </summary>
    PercentOfRange = 3,
}
