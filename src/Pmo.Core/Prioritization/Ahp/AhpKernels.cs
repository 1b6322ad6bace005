using System.Numerics;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>Allocation-free numerical kernels on row-major n × n spans (NaN marks a missing entry where stated).</summary>
internal static class AhpKernels
{
    /// <summary>Row geometric mean priorities of a complete matrix, normalised to sum 1.</summary>
    public static void RowGeometricMean(ReadOnlySpan<double> a, int n, Span<double> w)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            ReadOnlySpan<double> row = a.Slice(i * n, n);
            for (int j = 0; j < n; j++)
            {
                s += Math.Log(row[j]);
            }

            w[i] = s / n;
            max = Math.Max(max, w[i]);
        }

        ExpNormalize(w, max);
    }

    /// <summary>Normalised column mean priorities of a complete matrix.</summary>
    public static void NormalizedColumnMean(ReadOnlySpan<double> a, int n, Span<double> w, Span<double> columnSums)
    {
        columnSums.Clear();
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = a.Slice(i * n, n);
            for (int j = 0; j < n; j++)
            {
                columnSums[j] += row[j];
            }
        }

        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = a.Slice(i * n, n);
            double s = 0;
            for (int j = 0; j < n; j++)
            {
                s += row[j] / columnSums[j];
            }

            w[i] = s / n;
        }

        Normalize(w);
    }

    /// <summary>Normalised row sums: the power-iteration start (one step from the uniform vector).</summary>
    public static void RowSums(ReadOnlySpan<double> a, int n, Span<double> w)
    {
        for (int i = 0; i < n; i++)
        {
            w[i] = Sum(a.Slice(i * n, n));
        }

        Normalize(w);
    }

    /// <summary>
    /// Power iteration for the principal eigenpair of a non-negative primitive matrix. <paramref name="w"/> holds a positive
    /// start vector summing to 1 and receives the eigenvector (sum 1). Stops when the largest change of a component is at
    /// most <paramref name="tolerance"/>, or after <paramref name="maxIterations"/> steps.
    /// </summary>
    /// <returns>λ (the sum of A·w for the last w, which sums to 1), the iterations used and whether the tolerance was met.</returns>
    public static (double Lambda, int Iterations, bool Converged) PowerIteration(ReadOnlySpan<double> a, int n, Span<double> w, Span<double> y, double tolerance, int maxIterations)
    {
        double lambda = 0;
        for (int it = 1; it <= maxIterations; it++)
        {
            lambda = 0;
            for (int i = 0; i < n; i++)
            {
                double v = Dot(a.Slice(i * n, n), w);
                y[i] = v;
                lambda += v;
            }

            double inv = 1 / lambda;
            double diff = 0;
            for (int i = 0; i < n; i++)
            {
                double v = y[i] * inv;
                diff = Math.Max(diff, Math.Abs(v - w[i]));
                w[i] = v;
            }

            if (diff <= tolerance)
            {
                return (lambda, it, true);
            }

            if (it == maxIterations)
            {
                break; // before it++ would overflow when maxIterations is int.MaxValue
            }
        }

        return (lambda, maxIterations, false);
    }

    /// <summary>The approximation λ ≈ (1/n)·Σ (A·w)ᵢ / wᵢ.</summary>
    public static double ApproximateLambda(ReadOnlySpan<double> a, int n, ReadOnlySpan<double> w)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += Dot(a.Slice(i * n, n), w) / w[i];
        }

        return s / n;
    }

    /// <summary>
    /// GCI with row-geometric-mean priorities; 0 for n ≤ 2. Uses the upper triangle and reciprocity
    /// (ln aⱼᵢ = −ln aᵢⱼ), so it needs n(n−1)/2 logarithms: ln eᵢⱼ = ln aᵢⱼ − (rᵢ − rⱼ)/n with rᵢ = Σⱼ ln aᵢⱼ.
    /// <paramref name="rowLogSums"/> has length n.
    /// </summary>
    public static double GeometricConsistencyIndex(ReadOnlySpan<double> a, int n, Span<double> rowLogSums)
    {
        if (n <= 2)
        {
            return 0;
        }

        int m = n * (n - 1) / 2;
        Span<double> logs = m <= 256 ? stackalloc double[m] : new double[m];
        rowLogSums.Clear();
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double l = Math.Log(a[(i * n) + j]);
                logs[k++] = l;
                rowLogSums[i] += l;
                rowLogSums[j] -= l;
            }
        }

        double s = 0;
        k = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double e = logs[k++] - ((rowLogSums[i] - rowLogSums[j]) / n);
                s += e * e;
            }
        }

        return 2 * s / ((n - 1) * (double)(n - 2));
    }

    /// <summary>Harker's matrix: missing entries 0, diagonal 1 + number of missing entries in the row.</summary>
    public static void HarkerMatrix(ReadOnlySpan<double> a, int n, Span<double> h)
    {
        for (int i = 0; i < n; i++)
        {
            int missing = 0;
            for (int j = 0; j < n; j++)
            {
                double v = a[(i * n) + j];
                if (double.IsNaN(v))
                {
                    missing++;
                    h[(i * n) + j] = 0;
                }
                else
                {
                    h[(i * n) + j] = v;
                }
            }

            h[(i * n) + i] = 1 + missing;
        }
    }

    /// <summary>
    /// Logarithmic least squares over the known entries: solves (L + J)·y = b with L the comparison graph's Laplacian,
    /// J the all-ones matrix and bᵢ = Σ_known ln aᵢⱼ; w = exp(y) normalised. The graph must be connected.
    /// </summary>
    public static void LogLeastSquares(ReadOnlySpan<double> a, int n, Span<double> w, Span<double> system)
    {
        // system: n × n matrix M = L + J (row-major), w first holds b then the solution.
        for (int i = 0; i < n; i++)
        {
            double b = 0;
            int degree = 0;
            for (int j = 0; j < n; j++)
            {
                system[(i * n) + j] = 1;
                if (j != i && !double.IsNaN(a[(i * n) + j]))
                {
                    b += Math.Log(a[(i * n) + j]);
                    degree++;
                    system[(i * n) + j] = 0; // 1 (from J) − 1 (from L)
                }
            }

            system[(i * n) + i] = 1 + degree;
            w[i] = b;
        }

        // Cholesky factorisation in place (M is symmetric positive definite when the graph is connected).
        for (int j = 0; j < n; j++)
        {
            double d = system[(j * n) + j];
            for (int k = 0; k < j; k++)
            {
                d -= system[(j * n) + k] * system[(j * n) + k];
            }

            d = Math.Sqrt(d);
            system[(j * n) + j] = d;
            for (int i = j + 1; i < n; i++)
            {
                double s = system[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    s -= system[(i * n) + k] * system[(j * n) + k];
                }

                system[(i * n) + j] = s / d;
            }
        }

        for (int i = 0; i < n; i++)
        {
            double s = w[i];
            for (int k = 0; k < i; k++)
            {
                s -= system[(i * n) + k] * w[k];
            }

            w[i] = s / system[(i * n) + i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = w[i];
            for (int k = i + 1; k < n; k++)
            {
                s -= system[(k * n) + i] * w[k];
            }

            w[i] = s / system[(i * n) + i];
        }

        double max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            max = Math.Max(max, w[i]);
        }

        ExpNormalize(w, max);
    }

    /// <summary>
    /// Bozóki, Fülöp and Rónyai's (2010) λmax-optimal completion by cyclic coordinates: each missing log-entry
    /// tᵢⱼ = ln aᵢⱼ in turn minimises λmax, a convex function of t (their Theorem 2), by bisection on the sign of
    /// dλmax/dt = (vᵢwⱼaᵢⱼ − vⱼwᵢaⱼᵢ)/(vᵀw) (v, w the left and right Perron vectors), starting from the LLSM completion,
    /// until no entry moves by more than <paramref name="tolerance"/> in a sweep or <paramref name="maxSweeps"/> sweeps ran.
    /// <paramref name="a"/> (row-major, NaN for missing) is completed in place.
    /// </summary>
    public static (int Sweeps, bool Converged) LambdaOptimalCompletion(double[] a, int n, double tolerance, int maxSweeps, double powerTolerance, int powerMaxIterations)
    {
        var missing = new List<(int I, int J)>();
        double maxRatio = 1;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double v = a[(i * n) + j];
                if (double.IsNaN(v))
                {
                    missing.Add((i, j));
                }
                else
                {
                    maxRatio = Math.Max(maxRatio, Math.Max(v, 1 / v));
                }
            }
        }

        double[] w = new double[n];
        double[] left = new double[n];
        double[] y = new double[n];
        double[] transposed = new double[n * n];
        LogLeastSquares(a, n, w, new double[n * n]);
        foreach ((int i, int j) in missing)
        {
            a[(i * n) + j] = w[i] / w[j];
            a[(j * n) + i] = w[j] / w[i];
        }

        w.AsSpan().CopyTo(left);

        // Any consistent completion links two items through at most n − 1 judgements.
        double bound = ((n - 1) * Math.Log(maxRatio)) + 1;
        for (int sweep = 1; sweep <= maxSweeps; sweep++)
        {
            double moved = 0;
            foreach ((int i, int j) in missing)
            {
                double before = Math.Log(a[(i * n) + j]);
                double lo = -bound;
                double hi = bound;
                while (hi - lo > tolerance * 0.01)
                {
                    double t = (lo + hi) / 2;
                    if (t == lo || t == hi)
                    {
                        break; // adjacent doubles: the bracket cannot shrink further
                    }

                    if (Slope(a, transposed, n, i, j, t, w, left, y, powerTolerance, powerMaxIterations) > 0)
                    {
                        hi = t;
                    }
                    else
                    {
                        lo = t;
                    }
                }

                double best = (lo + hi) / 2;
                Set(a, n, i, j, best);
                moved = Math.Max(moved, Math.Abs(best - before));
            }

            if (moved <= tolerance)
            {
                return (sweep, true);
            }
        }

        return (maxSweeps, false);
    }

    private static void Set(double[] a, int n, int i, int j, double t)
    {
        a[(i * n) + j] = Math.Exp(t);
        a[(j * n) + i] = Math.Exp(-t);
    }

    private static double Slope(double[] a, double[] transposed, int n, int i, int j, double t, double[] w, double[] left, double[] y, double tolerance, int maxIterations)
    {
        Set(a, n, i, j, t);
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                transposed[(c * n) + r] = a[(r * n) + c];
            }
        }

        PowerIteration(a, n, w, y, tolerance, maxIterations);
        PowerIteration(transposed, n, left, y, tolerance, maxIterations);
        return (left[i] * w[j] * a[(i * n) + j]) - (left[j] * w[i] * a[(j * n) + i]);
    }

    /// <summary>Returns the items not reachable from item 0 through known judgements (empty when connected).</summary>
    public static List<int> Unreached(ReadOnlySpan<double> a, int n)
    {
        bool[] seen = new bool[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        seen[0] = true;
        while (head < tail)
        {
            int i = queue[head++];
            for (int j = 0; j < n; j++)
            {
                if (!seen[j] && !double.IsNaN(a[(i * n) + j]))
                {
                    seen[j] = true;
                    queue[tail++] = j;
                }
            }
        }

        var unreached = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (!seen[i])
            {
                unreached.Add(i);
            }
        }

        return unreached;
    }

    public static void Normalize(Span<double> w)
    {
        double inv = 1 / Sum(w);
        for (int i = 0; i < w.Length; i++)
        {
            w[i] *= inv;
        }
    }

    private static void ExpNormalize(Span<double> w, double max)
    {
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = Math.Exp(w[i] - max);
        }

        Normalize(w);
    }

    private static double Sum(ReadOnlySpan<double> x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i];
        }

        return s;
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int i = 0;
        double s = 0;
        int width = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated && x.Length >= width)
        {
            Vector<double> acc = Vector<double>.Zero;
            for (; i <= x.Length - width; i += width)
            {
                acc += new Vector<double>(x[i..]) * new Vector<double>(y[i..]);
            }

            s = Vector.Sum(acc);
        }

        for (; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }

        return s;
    }
}
