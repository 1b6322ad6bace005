using System.Numerics;

namespace Pmo.Core.Finance;

/// <summary>
/// Root finding for rates of return in the log-rate variable <c>s = ln(1 + r)</c>, where the present value is the
/// exponential sum <c>F(s) = Σ a_i · e^(−s·t_i)</c>. All rates above −100 % map to the whole real line, so bracketing
/// never has to avoid the pole at r = −1.
/// </summary>
internal static class RateSolver
{
    /// <summary>Lowest log-rate searched: ln(1 + MinimumSearchRate).</summary>
    internal static readonly double MinLogRate = double.LogP1(CashFlowMetrics.MinimumSearchRate);

    /// <summary>Highest log-rate searched: ln(1 + MaximumSearchRate).</summary>
    internal static readonly double MaxLogRate = double.LogP1(CashFlowMetrics.MaximumSearchRate);

    private const double InitialStep = 0.01;
    private const double StepGrowth = 1.6;
    private const int MaxBrentIterations = 200;

    /// <summary>
    /// A positive multiple of <c>F(s)</c> that cannot overflow: for <c>s &lt; 0</c> the sum is multiplied by
    /// <c>e^(s·t_max)</c> so every exponent is ≤ 0 (t ≥ 0). The factor is 1 at s = 0, so the function is continuous
    /// and has the sign and zeros of F.
    /// </summary>
    internal readonly struct ScaledPresentValue(double[] amounts, double[] times, double maxTime)
    {
        public double Evaluate(double s)
        {
            double shift = s < 0 ? maxTime : 0;
            double sum = 0;
            for (int i = 0; i < amounts.Length; i++)
            {
                sum += amounts[i] * Math.Exp(-s * (times[i] - shift));
            }

            return sum;
        }
    }

    /// <summary>
    /// Searches outward from <paramref name="s0"/> in growing steps, alternately up and down, for the first interval
    /// where the function changes sign, then refines it with Brent's method.
    /// </summary>
    internal static RootSearchStatus FindNearest(in ScaledPresentValue f, double s0, out double root, out int evaluations)
    {
        root = double.NaN;
        evaluations = 1;
        double f0 = f.Evaluate(s0);
        if (f0 == 0)
        {
            root = s0;
            return RootSearchStatus.Converged;
        }

        double hiS = s0;
        double hiF = f0;
        double loS = s0;
        double loF = f0;
        bool hiDone = !double.IsFinite(f0) || s0 >= MaxLogRate;
        bool loDone = !double.IsFinite(f0) || s0 <= MinLogRate;
        double h = InitialStep;
        while (!hiDone || !loDone)
        {
            if (!hiDone)
            {
                double s = Math.Min(hiS + h, MaxLogRate);
                double v = f.Evaluate(s);
                evaluations++;
                if (!double.IsFinite(v))
                {
                    hiDone = true;
                }
                else if (Math.Sign(v) != Math.Sign(hiF))
                {
                    return Refine(f, hiS, s, hiF, v, ref evaluations, out root);
                }
                else
                {
                    hiS = s;
                    hiF = v;
                    hiDone = s >= MaxLogRate;
                }
            }

            if (!loDone)
            {
                double s = Math.Max(loS - h, MinLogRate);
                double v = f.Evaluate(s);
                evaluations++;
                if (!double.IsFinite(v))
                {
                    loDone = true;
                }
                else if (Math.Sign(v) != Math.Sign(loF))
                {
                    return Refine(f, s, loS, v, loF, ref evaluations, out root);
                }
                else
                {
                    loS = s;
                    loF = v;
                    loDone = s <= MinLogRate;
                }
            }

            h *= StepGrowth;
        }

        return RootSearchStatus.NoRootFound;
    }

    /// <summary>Brent's method on a bracket; also used to polish polynomial roots.</summary>
    internal static RootSearchStatus Refine(in ScaledPresentValue f, double a, double b, double fa, double fb, ref int evaluations, out double root)
    {
        if (fa == 0)
        {
            root = a;
            return RootSearchStatus.Converged;
        }

        if (fb == 0)
        {
            root = b;
            return RootSearchStatus.Converged;
        }

        // Brent (1973), "Algorithms for Minimization without Derivatives", ch. 4; the zbrent form of Press et al.,
        // Numerical Recipes, 3rd ed., §9.3.
        double c = b;
        double fc = fb;
        double d = b - a;
        double e = d;
        for (int iteration = 0; iteration < MaxBrentIterations; iteration++)
        {
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            double tol = (4e-16 * Math.Abs(b)) + 1e-18;
            double xm = 0.5 * (c - b);
            if (Math.Abs(xm) <= tol || fb == 0)
            {
                root = b;
                return RootSearchStatus.Converged;
            }

            if (Math.Abs(e) >= tol && Math.Abs(fa) > Math.Abs(fb))
            {
                double p;
                double q;
                double s = fb / fa;
                if (a == c)
                {
                    p = 2 * xm * s;
                    q = 1 - s;
                }
                else
                {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * ((2 * xm * qq * (qq - r)) - ((b - a) * (r - 1)));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }

                if (p > 0)
                {
                    q = -q;
                }

                p = Math.Abs(p);
                double min1 = (3 * xm * q) - Math.Abs(tol * q);
                double min2 = Math.Abs(e * q);
                if (2 * p < Math.Min(min1, min2))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = xm;
                    e = d;
                }
            }
            else
            {
                d = xm;
                e = d;
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tol ? d : Math.CopySign(tol, xm);
            fb = f.Evaluate(b);
            evaluations++;
        }

        root = b;
        return RootSearchStatus.NotConverged;
    }

    /// <summary>
    /// All real zeros of <c>p(x) = Σ c_t x^t</c> with <c>x &gt; 0</c>, as log-rates <c>s = −ln x</c> with multiplicities,
    /// in increasing order of rate. Candidates come from the eigenvalues of the companion matrix (MathNet
    /// <c>FindRoots.Polynomial</c>); near-real candidates are clustered (a root of multiplicity m splits into m
    /// eigenvalues about <c>ε^(1/m)</c> apart), and each cluster is polished with Brent's method when the sign changes
    /// across it (odd multiplicity) or kept at the cluster centroid when it does not (even multiplicity, a tangency).
    /// </summary>
    internal static List<(double LogRate, int Multiplicity)> AllPolynomialRoots(ReadOnlySpan<double> coefficients, in ScaledPresentValue f)
    {
        // Strip zero coefficients at both ends: trailing zeros lower the degree; leading zeros are roots at x = 0
        // (r = +∞), outside the domain.
        int lo = 0;
        while (coefficients[lo] == 0)
        {
            lo++;
        }

        int hi = coefficients.Length - 1;
        while (coefficients[hi] == 0)
        {
            hi--;
        }

        var result = new List<(double, int)>();
        if (hi == lo)
        {
            return result;
        }

        double[] c = coefficients[lo..(hi + 1)].ToArray();
        double k = RootScale(c);
        double[]? q = k == 1 ? null : Scaled(c, k);
        k = q is null ? 1 : k;
        Complex[] z = WithSmallRootsFromReversed(q ?? c, MathNet.Numerics.FindRoots.Polynomial(q ?? c));
        var candidates = new List<double>();
        foreach (Complex scaledRoot in z)
        {
            Complex root = scaledRoot * k;
            if (root.Real > 0 && Math.Abs(root.Imaginary) <= ClusterTolerance * root.Magnitude)
            {
                candidates.Add(root.Real);
            }
        }

        candidates.Sort();
        int i = 0;
        while (i < candidates.Count)
        {
            int j = i + 1;
            double sum = candidates[i];
            while (j < candidates.Count && candidates[j] - candidates[j - 1] <= ClusterTolerance * candidates[j])
            {
                sum += candidates[j];
                j++;
            }

            int m = j - i;
            double x = sum / m;
            double s = -Math.Log(x);
            double lowX = candidates[i];
            double highX = candidates[j - 1];
            if (TryPolish(f, s, -Math.Log(highX), -Math.Log(lowX), out double polished))
            {
                // A sign change: odd multiplicity.
                result.Add((polished, m));
            }
            else if (IsTangency(c, x))
            {
                result.Add((s, m));
            }

            i = j;
        }

        result.Sort((p, q) => p.Item1.CompareTo(q.Item1));
        return result;
    }

    /// <summary>
    /// The scale <c>k = (|c_0| / |c_n|)^(1/n)</c> of the substitution <c>x = k·z</c>, which makes the first and last
    /// coefficients equal in magnitude; the geometric mean of the roots' magnitudes becomes 1. Without it the companion
    /// matrix's eigenvalues lose the small roots when the roots are far from 1 in x (rates near −100 % or very high):
    /// for <c>x² − 1.01e17·x + 1e32</c> (roots 1e15 and 1e17) MathNet returns 1.01e17 and 0, because the eigenvalues'
    /// absolute errors are of the order of ε times the largest coefficient ratio. In z the same polynomial is
    /// <c>z² − 10.1·z + 1</c> (roots 0.1 and 10), solved to full precision. Returns 1 when the scale cannot be formed
    /// finitely.
    /// </summary>
    private static double RootScale(double[] c)
    {
        int n = c.Length - 1;
        double k = Math.Exp((Math.Log(Math.Abs(c[0])) - Math.Log(Math.Abs(c[n]))) / n);
        return double.IsFinite(k) && k > 0 ? k : 1;
    }

    /// <summary>
    /// The coefficients of <c>q(z) = p(k·z) / |c_0|</c>: <c>c_t·k^t / |c_0|</c>, formed in logarithms so no power
    /// overflows; null when a scaled coefficient is still not finite (p is then solved as given).
    /// </summary>
    private static double[]? Scaled(double[] c, double k)
    {
        double logK = Math.Log(k);
        double log0 = Math.Log(Math.Abs(c[0]));
        var q = new double[c.Length];
        for (int t = 0; t < c.Length; t++)
        {
            q[t] = c[t] == 0 ? 0 : Math.CopySign(Math.Exp(Math.Log(Math.Abs(c[t])) - log0 + (t * logK)), c[t]);
            if (!double.IsFinite(q[t]))
            {
                return null;
            }
        }

        return q;
    }

    /// <summary>
    /// Companion-matrix eigenvalues carry absolute errors of about ε times the largest root, so when the roots of
    /// <paramref name="p"/> still spread over more than <see cref="RootSpreadForReversal"/> after scaling, the small
    /// ones are lost (for <c>1e-200 − x + x²</c> the root 1e-200, an IRR of 1e200, came out as 0). The roots inside the
    /// unit circle are then taken from the reversed polynomial <c>Σ c_(n−t)·w^t</c>, whose roots are <c>w = 1/z</c> and
    /// where they are the large, accurate ones. The split is at <c>|z| = 1 − 10⁻⁶</c>; if the two halves do not account
    /// for exactly n roots (a root on the boundary within rounding) the forward roots are kept as they were.
    /// </summary>
    private static Complex[] WithSmallRootsFromReversed(double[] p, Complex[] z)
    {
        if (z.Length < 2)
        {
            return z;
        }

        double max = 0, min = double.PositiveInfinity;
        foreach (Complex root in z)
        {
            max = Math.Max(max, root.Magnitude);
            min = Math.Min(min, root.Magnitude);
        }

        if (!(max > RootSpreadForReversal * min))
        {
            return z;
        }

        double[] reversed = [.. p];
        Array.Reverse(reversed);
        Complex[] w = MathNet.Numerics.FindRoots.Polynomial(reversed);
        const double Inner = 1 - 1e-6;
        var roots = new List<Complex>(z.Length);
        foreach (Complex root in z)
        {
            if (root.Magnitude >= Inner)
            {
                roots.Add(root);
            }
        }

        foreach (Complex root in w)
        {
            if (root.Magnitude * Inner > 1)
            {
                roots.Add(Complex.Reciprocal(root));
            }
        }

        return roots.Count == z.Length ? [.. roots] : z;
    }

    /// <summary>Ratio of the largest to the smallest root magnitude above which the small roots are recomputed from the reversed polynomial.</summary>
    internal const double RootSpreadForReversal = 1e6;

    /// <summary>Relative distance under which polynomial roots are treated as one (multiple) root, and imaginary parts as rounding.</summary>
    internal const double ClusterTolerance = 1e-4;

    private static bool TryPolish(in ScaledPresentValue f, double s, double sLow, double sHigh, out double root)
    {
        root = s;
        double width = Math.Max(sHigh - sLow, 1e-9 * Math.Max(1, Math.Abs(s)));
        for (int k = 0; k < 6; k++)
        {
            double a = Math.Min(sLow, s) - width;
            double b = Math.Max(sHigh, s) + width;
            double fa = f.Evaluate(a);
            double fb = f.Evaluate(b);
            if (double.IsFinite(fa) && double.IsFinite(fb) && Math.Sign(fa) != Math.Sign(fb))
            {
                int evaluations = 0;
                return Refine(f, a, b, fa, fb, ref evaluations, out root) == RootSearchStatus.Converged;
            }

            width *= 10;
            if (width > ClusterTolerance * 10 * Math.Max(1, Math.Abs(s)))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether p is negligible at x relative to the size of its terms (a touching root).</summary>
    private static bool IsTangency(double[] c, double x)
    {
        double sum = 0;
        double scale = 0;
        double power = 1;
        foreach (double coefficient in c)
        {
            sum += coefficient * power;
            scale += Math.Abs(coefficient * power);
            power *= x;
        }

        return Math.Abs(sum) <= 1e-7 * scale;
    }
}
