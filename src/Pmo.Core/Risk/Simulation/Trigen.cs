using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// Trigen: the triangular distribution given by a low and a high percentile instead of its end points (D. Vose,
/// <i>Risk Analysis: A Quantitative Guide</i>, 3rd ed., Wiley, 2008, "Trigen"): find a ≤ L and b ≥ H such that the
/// triangular (a, m, b) has F(L) = p_L and F(H) = p_H.
/// </summary>
/// <remarks>
/// <para>Write r = b − a and s = F(m) = (m − a)/r. The two conditions, (L − a)² = p_L·r·(m − a) and
/// (b − H)² = (1 − p_H)·r·(b − m), become m − L = r·g(s) and H − m = r·h(s) with g(s) = s − √(p_L s) and
/// h(s) = (1 − s) − √((1 − p_H)(1 − s)). On (p_L, p_H) g rises from 0 and h falls to 0, so
/// φ(s) = g(s)(H − m) − h(s)(m − L) is increasing with φ(p_L) ≤ 0 ≤ φ(p_H): for L ≤ m ≤ H, L &lt; H and
/// 0 &lt; p_L &lt; p_H &lt; 1 there is exactly one solution, found by bisection on s (at most 200 halvings, stopping
/// when the bracket no longer shrinks); then r = (m − L)/g(s) or (H − m)/h(s) (the better-conditioned one),
/// a = m − s·r, b = m + (1 − s)·r. The derivation is ours (elementary algebra on the triangular CDF).</para>
/// </remarks>
public static class Trigen
{
    /// <summary>Solves the Trigen bounds and returns the triangular distribution (its Min and Max are the solved a, b).</summary>
    /// <param name="low">L: finite, the value at the low percentile; L ≤ mode, L &lt; high.</param>
    /// <param name="mode">m: finite, L ≤ m ≤ H.</param>
    /// <param name="high">H: finite, the value at the high percentile; H ≥ mode.</param>
    /// <param name="lowProbability">p_L in (0, 1) (default 0.10).</param>
    /// <param name="highProbability">p_H in (p_L, 1) (default 0.90).</param>
    /// <returns>The triangular distribution with F(L) = p_L and F(H) = p_H.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, the order L ≤ m ≤ H or L &lt; H is
    /// violated, or the probabilities are not 0 &lt; p_L &lt; p_H &lt; 1.</exception>
    /// <exception cref="ArgumentException">The solved bounds overflow (no finite solution).</exception>
    [Pure]
    public static TriangularDistribution Solve(double low, double mode, double high, double lowProbability = 0.10, double highProbability = 0.90)
    {
        Guard.Against.NotFinite(low);
        Guard.Against.NotFinite(mode);
        Guard.Against.NotFinite(high);
        Guard.Against.NotInRange(lowProbability, 0, 1, minInclusive: false, maxInclusive: false);
        Guard.Against.NotInRange(highProbability, 0, 1, minInclusive: false, maxInclusive: false);
        if (!(highProbability > lowProbability))
        {
            throw new ArgumentOutOfRangeException(nameof(highProbability), highProbability, $"{nameof(highProbability)} ({highProbability:R}) must be greater than {nameof(lowProbability)} ({lowProbability:R}).");
        }

        if (mode < low)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} ({mode:R}) must be ≥ {nameof(low)} ({low:R}).");
        }

        if (high < mode)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, $"{nameof(high)} ({high:R}) must be ≥ {nameof(mode)} ({mode:R}).");
        }

        if (!(high > low))
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, $"{nameof(high)} ({high:R}) must be greater than {nameof(low)} ({low:R}): no triangular distribution has F(L) = p_L < p_H = F(H) with L = H.");
        }

        double left = mode - low, right = high - mode;
        double pl = lowProbability, q = 1 - highProbability;
        double G(double s) => s - Math.Sqrt(pl * s);
        double H(double s) => 1 - s - Math.Sqrt(q * (1 - s));

        double sol;
        if (left == 0)
        {
            sol = pl;
        }
        else if (right == 0)
        {
            sol = highProbability;
        }
        else
        {
            double lo = pl, hi = highProbability;
            for (int i = 0; i < 200; i++)
            {
                double mid = 0.5 * (lo + hi);
                if (mid <= lo || mid >= hi)
                {
                    break;
                }

                if ((G(mid) * right) - (H(mid) * left) < 0)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            sol = 0.5 * (lo + hi);
        }

        double g = G(sol), h = H(sol);
        double r = g >= h ? left / g : right / h;
        double a = mode - (sol * r);
        double b = mode + ((1 - sol) * r);
        if (!double.IsFinite(a) || !double.IsFinite(b) || !double.IsFinite(b - a))
        {
            throw new ArgumentException($"Trigen({low:R}, {mode:R}, {high:R}, {lowProbability:R}, {highProbability:R}) has no finite solution (the bounds overflow).", nameof(high));
        }

        return new TriangularDistribution(Math.Min(a, low), mode, Math.Max(b, high));
    }
}
