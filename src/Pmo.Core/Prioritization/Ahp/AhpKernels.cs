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
