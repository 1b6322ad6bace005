using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Pmo.Core.Risk;

/// <summary>
/// An ordered scale of 3 to 9 levels (level 1 lowest) that partitions the raw-estimate domain exactly: every raw
/// estimate maps to exactly one level. Base of <see cref="ProbabilityScale"/> (domain [0, 1]) and
/// <see cref="ImpactScale"/> (domain [0, +∞)).
/// </summary>
/// <remarks>
/// <para>
/// <b>Range scales.</b> The levels are given lowest first; the first range must start at 0 inclusive, each must end
/// exactly where the next starts with exactly one of the two including the shared end, and the last must end at the
/// top of the domain (1 inclusive for probabilities, +∞ for impacts). Violations throw <see cref="RiskScaleException"/>.
/// </para>
/// <para>
/// <b>Point scales.</b> When every level is a point (PMBOK's probabilities 0.1/0.3/0.5/0.7/0.9), a raw estimate maps
/// to the nearest point: the cut between points vₖ and vₖ₊₁ is their midpoint (vₖ + vₖ₊₁)/2, which belongs to the higher
/// level. So 0.2 maps to 0.3 and 0.19 to 0.1.
/// </para>
/// <para>
/// Level values must increase strictly with the level, so numeric scoring is monotone in the level. The number of
/// levels (3–9) follows common practice and Oracle Primavera's risk matrices (threshold levels 1–9).
/// ISO 31000:2018 §6.3.4 asks organisations to define their own criteria (how likelihood and consequences are
/// measured): scales are data, not code.
/// </para>
/// </remarks>
public abstract class RiskScale
{
    /// <summary>The smallest number of levels a scale may have.</summary>
    public const int MinLevels = 3;

    /// <summary>The largest number of levels a scale may have.</summary>
    public const int MaxLevels = 9;

    private readonly double[] cuts;
    private readonly bool[] cutInLower;
    private readonly double[] values;

    private protected RiskScale(IEnumerable<ScaleLevel> levels, double top, string paramName)
    {
        Guard.Against.Null(levels, paramName);
        ScaleLevel[] list = [.. levels];
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(paramName, $"{paramName}[{i}] is null.");
            }
        }

        if (list.Length < MinLevels || list.Length > MaxLevels)
        {
            throw new RiskScaleException(RiskScaleProblem.LevelCount, -1, -1, $"{paramName} must hold {MinLevels} to {MaxLevels} levels (got {list.Length}).", paramName);
        }

        bool points = list[0].IsPoint;
        for (int i = 1; i < list.Length; i++)
        {
            if (list[i].IsPoint != points)
            {
                throw new RiskScaleException(RiskScaleProblem.MixedLevelKinds, 0, i, $"{paramName}[0] is a {(points ? "point" : "range")} but {paramName}[{i}] is not; a scale's levels are all points or all ranges.", paramName);
            }
        }

        for (int i = 0; i < list.Length; i++)
        {
            ScaleLevel l = list[i];
            if (l.Upper > top || (l.IsPoint && l.Value > top))
            {
                throw new RiskScaleException(RiskScaleProblem.OutOfDomain, i, -1, $"{paramName}[{i}] {l} lies outside the domain [0, {top.ToString(CultureInfo.InvariantCulture)}] of raw estimates (a probability is in [0, 1]).", paramName);
            }

            if (i > 0 && l.Value <= list[i - 1].Value)
            {
                throw new RiskScaleException(RiskScaleProblem.ValuesNotIncreasing, i - 1, i, $"{paramName} values must increase strictly with the level, but {paramName}[{i}] {l} is not above {paramName}[{i - 1}] {list[i - 1]}.", paramName);
            }
        }

        cuts = new double[list.Length - 1];
        cutInLower = new bool[list.Length - 1];
        if (points)
        {
            for (int k = 0; k < cuts.Length; k++)
            {
                cuts[k] = Midpoint(list[k].Value, list[k + 1].Value);
            }
        }
        else
        {
            ScaleLevel first = list[0];
            if (first.Lower != 0 || !first.LowerInclusive)
            {
                throw new RiskScaleException(RiskScaleProblem.DoesNotStartAtZero, 0, -1, $"{paramName}[0] {first} must start at 0 inclusive; smaller raw estimates would have no level.", paramName);
            }

            for (int k = 1; k < list.Length; k++)
            {
                ScaleLevel a = list[k - 1];
                ScaleLevel b = list[k];
                if (b.Lower < a.Upper || (b.Lower == a.Upper && a.UpperInclusive && b.LowerInclusive))
                {
                    throw new RiskScaleException(RiskScaleProblem.Overlap, k - 1, k, $"{paramName}[{k - 1}] {a} and {paramName}[{k}] {b} overlap; a raw estimate there would have two levels.", paramName);
                }

                if (b.Lower > a.Upper || (!a.UpperInclusive && !b.LowerInclusive))
                {
                    throw new RiskScaleException(RiskScaleProblem.Gap, k - 1, k, $"{paramName}[{k - 1}] {a} and {paramName}[{k}] {b} leave a gap; a raw estimate there would have no level. Where two ranges touch, exactly one must include the shared end.", paramName);
                }

                cuts[k - 1] = a.Upper;
                cutInLower[k - 1] = a.UpperInclusive;
            }

            ScaleLevel last = list[^1];
            bool coversTop = double.IsPositiveInfinity(top) ? double.IsPositiveInfinity(last.Upper) : last.Upper == top && last.UpperInclusive;
            if (!coversTop)
            {
                throw new RiskScaleException(RiskScaleProblem.DoesNotCoverTop, list.Length - 1, -1, $"{paramName}[{list.Length - 1}] {last} must end at {(double.IsPositiveInfinity(top) ? "+∞" : top.ToString(CultureInfo.InvariantCulture) + " inclusive")}; larger raw estimates would have no level.", paramName);
            }
        }

        Levels = [.. list];
        IsPointScale = points;
        values = [.. list.Select(l => l.Value)];
    }

    /// <summary>Gets the levels, lowest first (index k is level k + 1).</summary>
    public ImmutableArray<ScaleLevel> Levels { get; }

    /// <summary>Gets the number of levels N (3 to 9).</summary>
    public int Count => Levels.Length;

    /// <summary>Gets whether the levels are points (a raw estimate maps to the nearest) rather than ranges.</summary>
    public bool IsPointScale { get; }

    /// <summary>Gets the value of the highest level, the maximum used to normalise formula scores.</summary>
    public double MaxValue => values[^1];

    /// <summary>Gets a level by its 1-based number.</summary>
    /// <param name="level">The level, 1 … N.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside 1 … N.</exception>
    [Pure]
    public ScaleLevel Level(int level) => level >= 1 && level <= Levels.Length
        ? Levels[level - 1]
        : throw new ArgumentOutOfRangeException(nameof(level), level, $"{nameof(level)} must lie in 1 … {Levels.Length} (got {level}).");

    /// <summary>Gets the value of a level by its 1-based number.</summary>
    /// <param name="level">The level, 1 … N.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside 1 … N.</exception>
    [Pure]
    public double ValueOf(int level) => Level(level).Value;

    internal double ValueAt(int level) => values[level - 1];

    /// <summary>
    /// The cut between two points: their midpoint as the decimals people write (0.2 and 0.4 → 0.3), rounded once to a
    /// double. Binary floating point would give (0.2 + 0.4) / 2 = 0.30000000000000004 and send the documented midpoint
    /// 0.3 to the lower level. Values beyond decimal's range (≈ 7.9e28) use binary arithmetic.
    /// </summary>
    private static double Midpoint(double a, double b)
    {
        const double DecimalLimit = 7.9e27;
        return Math.Abs(a) < DecimalLimit && Math.Abs(b) < DecimalLimit
            ? (double)(((decimal)a + (decimal)b) / 2m)
            : (a / 2) + (b / 2);
    }

    /// <summary>Maps a raw estimate already checked to lie in the domain to its 1-based level.</summary>
    internal int LevelOfUnchecked(double raw)
    {
        double[] c = cuts;
        bool[] inLower = cutInLower;
        for (int k = 0; k < c.Length; k++)
        {
            if (raw < c[k] || (raw == c[k] && inLower[k]))
            {
                return k + 1;
            }
        }

        return c.Length + 1;
    }

    /// <summary>Gets the raw-estimate interval of each level (for a point scale, the nearest-point intervals).</summary>
    /// <returns>The lower end, its inclusivity, the upper end and its inclusivity of each level, lowest first.</returns>
    [Pure]
    public ImmutableArray<(double Lower, bool LowerInclusive, double Upper, bool UpperInclusive)> EffectiveRanges()
    {
        var builder = ImmutableArray.CreateBuilder<(double, bool, double, bool)>(Count);
        double top = TopOfDomain;
        for (int k = 0; k < Count; k++)
        {
            double lo = k == 0 ? 0 : cuts[k - 1];
            bool loInc = k == 0 || !cutInLower[k - 1];
            double hi = k == Count - 1 ? top : cuts[k];
            bool hiInc = k == Count - 1 ? !double.IsPositiveInfinity(top) : cutInLower[k];
            builder.Add((lo, loInc, hi, hiInc));
        }

        return builder.MoveToImmutable();
    }

    private protected abstract double TopOfDomain { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Join("; ", Levels);
}
