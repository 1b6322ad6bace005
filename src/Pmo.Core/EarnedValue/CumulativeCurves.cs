namespace Pmo.Core.EarnedValue;

/// <summary>Linear interpolation on cumulative curves (the one rule every earned-value type uses).</summary>
internal static class CumulativeCurves
{
    /// <summary>
    /// The cumulative value at time t on a curve <c>[0, V(1), …, V(n)]</c> with its leading zero: 0 for t ≤ 0, V(n) for
    /// t ≥ n, <c>V(c) + (t − c)(V(c + 1) − V(c))</c> in between.
    /// </summary>
    public static double ValueAtWithLeadingZero(ReadOnlySpan<double> cum, double t)
    {
        int n = cum.Length - 1;
        if (n <= 0 || t <= 0)
        {
            return 0;
        }

        if (t >= n)
        {
            return cum[n];
        }

        int c = (int)Math.Floor(t);
        return cum[c] + ((t - c) * (cum[c + 1] - cum[c]));
    }

    /// <summary>
    /// The cumulative value at time t on a curve <c>[V(1), …, V(n)]</c> with an implied <c>V(0) = 0</c>: 0 for t ≤ 0,
    /// V(n) for t ≥ n, <c>V(c) + (t − c)(V(c + 1) − V(c))</c> in between (as <see cref="TimePhasedBaseline.PlannedValueAt(double)"/>).
    /// </summary>
    public static double ValueAt(ReadOnlySpan<double> curve, double t)
    {
        if (t <= 0)
        {
            return 0;
        }

        int n = curve.Length;
        if (t >= n)
        {
            return curve[n - 1];
        }

        int c = (int)Math.Floor(t);
        double f = t - c;
        double lo = c == 0 ? 0 : curve[c - 1];
        return lo + (f * (curve[c] - lo));
    }

    /// <summary>Checks the curve's final value against a budget, within 1e−9 × max(1, |budget|) (relative above 1, absolute below).</summary>
    public static bool EndsAt(ReadOnlySpan<double> curve, double budget) =>
        Math.Abs(curve[^1] - budget) <= 1e-9 * Math.Max(1, Math.Abs(budget));
}
