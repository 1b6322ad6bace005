using System.Numerics;
using System.Runtime.InteropServices;
using MathNet.Numerics.Distributions;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// The prepared Iman–Conover kernel for one target correlation matrix C and one sample size n: holds the van der
/// Waerden scores and the factor P of C. Immutable and thread-safe; each thread brings its own
/// <see cref="ImanConoverWorkspace"/>. <see cref="Apply"/> allocates nothing.
/// </summary>
/// <remarks>
/// R. L. Iman and W. J. Conover, "A distribution-free approach to inducing rank correlation among input variables",
/// Commun. Statist. Simul. Comput. 11(3) (1982) 311–334, with the correction for the scores' own sample correlation
/// (their §3: T = S (Q⁻¹)ᵀ Pᵀ where E = Q Qᵀ is the sample correlation of S), so that T's Pearson correlation equals C
/// exactly. Factor of C: Cholesky C = P Pᵀ; when C is PSD but singular (Cholesky breaks down) P = V √Λ₊ from the
/// symmetric eigen decomposition C = V Λ Vᵀ, negative rounding-level eigenvalues set to 0 (P Pᵀ = C up to rounding).
/// If E is not positive definite (only possible when n ≤ k or for degenerate permutations) the E correction is skipped
/// for that call (Q = I, the original 1982 scheme).
/// </remarks>
internal sealed class ImanConoverPlan
{
    private readonly double[] scores;  // a_i = Φ⁻¹(i/(n+1)), i = 1..n
    private readonly double[] factor;  // P, row-major k × k
    private readonly double scoreSumOfSquares; // Σ (a_i − ā)²
    private readonly double scoreMean;
    private readonly int indexBits;    // bits needed for a row index 0..n−1

    /// <summary>Prepares the kernel for a positive semi-definite <paramref name="target"/> and sample size <paramref name="sampleSize"/> ≥ 2.</summary>
    public ImanConoverPlan(CorrelationMatrix target, int sampleSize)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (sampleSize < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleSize), sampleSize, $"{nameof(sampleSize)} must be at least 2 (got {sampleSize}).");
        }

        if (!target.IsPositiveSemiDefinite)
        {
            throw new NonPositiveSemiDefiniteCorrelationException(target.MinimumEigenvalue, nameof(target));
        }

        Count = target.Count;
        SampleSize = sampleSize;
        indexBits = Math.Max(1, 64 - BitOperations.LeadingZeroCount((ulong)(sampleSize - 1)));
        scores = new double[sampleSize];
        for (int i = 0; i < sampleSize; i++)
        {
            scores[i] = Normal.InvCDF(0, 1, (i + 1) / (double)(sampleSize + 1));
        }

        double mean = 0;
        foreach (double s in scores)
        {
            mean += s;
        }

        mean /= sampleSize;
        double ss = 0;
        foreach (double s in scores)
        {
            ss += (s - mean) * (s - mean);
        }

        scoreMean = mean;
        scoreSumOfSquares = ss;
        factor = Factor(target);
    }

    /// <summary>Gets the number of variables k.</summary>
    public int Count { get; }

    /// <summary>Gets the sample size n (rows per column).</summary>
    public int SampleSize { get; }

    /// <summary>Gets whether P is the Cholesky factor (false: eigen factor of a singular target).</summary>
    public bool UsesCholesky { get; private set; }

    /// <summary>Creates scratch space for one thread.</summary>
    public ImanConoverWorkspace CreateWorkspace() => new(Count, SampleSize);

    /// <summary>
    /// Reorders each of the k columns (column-major: column c is <c>columns[c·n .. c·n + n)</c>) in place so that their
    /// ranks follow the Iman–Conover target scores. Each column keeps its values (a permutation). Deterministic for a
    /// given <paramref name="rng"/> state; advances <paramref name="rng"/>. When <paramref name="columnsAreSorted"/> is
    /// true every column must already be in ascending order (for example Latin hypercube strata generated in order) and
    /// the per-column sort is skipped; the result is then the same as for unsorted input with the same values.
    /// </summary>
    public void Apply(Span<double> columns, ref Xoshiro256StarStar rng, ImanConoverWorkspace workspace, bool columnsAreSorted = false)
    {
        int n = SampleSize;
        int k = Count;
        if (columns.Length != n * k)
        {
            throw new ArgumentException($"{nameof(columns)} must hold {k} columns of {n} values ({n * k}), got {columns.Length}.", nameof(columns));
        }

        ArgumentNullException.ThrowIfNull(workspace);
        if (workspace.Count != k || workspace.SampleSize != n)
        {
            throw new ArgumentException("The workspace was created for a different plan size.", nameof(workspace));
        }

        if (k == 1)
        {
            return;
        }

        Span<double> s = workspace.Scores;
        Span<double> t = workspace.Target;

        // 1. S: each column an independent random permutation of the (centred) scores (Fisher–Yates).
        for (int c = 0; c < k; c++)
        {
            Span<double> col = s.Slice(c * n, n);
            for (int i = 0; i < n; i++)
            {
                col[i] = scores[i] - scoreMean;
            }

            for (int i = n - 1; i > 0; i--)
            {
                int j = rng.NextInt(i + 1);
                (col[i], col[j]) = (col[j], col[i]);
            }
        }

        // 2. E = SᵀS / Σa² (every column has the same mean 0 and sum of squares), Q = chol(E).
        Span<double> e = workspace.Correlation;
        for (int i = 0; i < k; i++)
        {
            e[(i * k) + i] = 1.0;
            ReadOnlySpan<double> ci = s.Slice(i * n, n);
            for (int j = i + 1; j < k; j++)
            {
                double v = Dot(ci, s.Slice(j * n, n)) / scoreSumOfSquares;
                e[(i * k) + j] = v;
                e[(j * k) + i] = v;
            }
        }

        Span<double> q = workspace.Cholesky;
        Span<double> m = workspace.Mix;
        if (CorrelationLinearAlgebra.TryCholesky(e, q, k))
        {
            // 3. M = Q⁻ᵀ Pᵀ: solve Qᵀ M = Pᵀ by back substitution (Qᵀ upper triangular). Then T = S M.
            for (int col = 0; col < k; col++)
            {
                for (int row = k - 1; row >= 0; row--)
                {
                    double v = factor[(col * k) + row]; // (Pᵀ)[row, col] = P[col, row]
                    for (int p = row + 1; p < k; p++)
                    {
                        v -= q[(p * k) + row] * m[(p * k) + col]; // (Qᵀ)[row, p] = Q[p, row]
                    }

                    m[(row * k) + col] = v / q[(row * k) + row];
                }
            }
        }
        else
        {
            // Skip the E correction: M = Pᵀ.
            for (int row = 0; row < k; row++)
            {
                for (int col = 0; col < k; col++)
                {
                    m[(row * k) + col] = factor[(col * k) + row];
                }
            }
        }

        // T[:, c] = Σ_j S[:, j] M[j, c].
        for (int c = 0; c < k; c++)
        {
            Span<double> tc = t.Slice(c * n, n);
            tc.Clear();
            for (int j = 0; j < k; j++)
            {
                double coefficient = m[(j * k) + c];
                if (coefficient != 0)
                {
                    Axpy(coefficient, s.Slice(j * n, n), tc);
                }
            }
        }

        // 4. Reorder each input column to the rank order of T's column. The rank order is found by sorting one ulong
        //    per row: T's value mapped to an order-preserving bit pattern whose lowest `indexBits` bits are replaced by
        //    the row index (so one primitive sort gives the permutation; values closer than 2^(indexBits − 52)
        //    relative are ordered by row index, which only matters for ties of T).
        Span<ulong> packed = workspace.Packed;
        Span<double> sorted = workspace.Sorted;
        ulong indexMask = (1UL << indexBits) - 1;
        for (int c = 0; c < k; c++)
        {
            ReadOnlySpan<double> tc = t.Slice(c * n, n);
            for (int i = 0; i < n; i++)
            {
                packed[i] = (OrderedBits(tc[i]) & ~indexMask) | (uint)i;
            }

            packed.Sort();
            Span<double> x = columns.Slice(c * n, n);
            x.CopyTo(sorted);
            if (!columnsAreSorted)
            {
                sorted.Sort();
            }

            for (int r = 0; r < n; r++)
            {
                x[(int)(packed[r] & indexMask)] = sorted[r];
            }
        }
    }

    /// <summary>Maps a double to a ulong with the same order (IEEE-754 total order for non-NaN values).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong OrderedBits(double value)
    {
        unchecked
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
        }
    }

    private double[] Factor(CorrelationMatrix target)
    {
        int k = target.Count;
        var p = new double[k * k];
        if (CorrelationLinearAlgebra.TryCholesky(target.Values, p, k))
        {
            UsesCholesky = true;
            return p;
        }

        (double[] values, double[] vectors) = CorrelationLinearAlgebra.SymmetricEigen(target.Values, k);
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                p[(i * k) + j] = vectors[(i * k) + j] * Math.Sqrt(Math.Max(values[j], 0));
            }
        }

        return p;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            var acc = Vector<double>.Zero;
            ReadOnlySpan<Vector<double>> va = MemoryMarshal.Cast<double, Vector<double>>(a);
            ReadOnlySpan<Vector<double>> vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            for (int v = 0; v < va.Length; v++)
            {
                acc += va[v] * vb[v];
            }

            sum = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var va = new Vector<double>(alpha);
            ReadOnlySpan<Vector<double>> vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            Span<Vector<double>> vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (int v = 0; v < vx.Length; v++)
            {
                vy[v] += va * vx[v];
            }

            i = vx.Length * Vector<double>.Count;
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }
}

/// <summary>Per-thread scratch space for <see cref="ImanConoverPlan.Apply"/>.</summary>
internal sealed class ImanConoverWorkspace
{
    private readonly double[] scores;
    private readonly double[] target;
    private readonly double[] correlation;
    private readonly double[] cholesky;
    private readonly double[] mix;
    private readonly ulong[] packed;
    private readonly double[] sorted;

    /// <summary>Allocates scratch for k variables and n rows.</summary>
    public ImanConoverWorkspace(int count, int sampleSize)
    {
        Count = count;
        SampleSize = sampleSize;
        scores = new double[count * sampleSize];
        target = new double[count * sampleSize];
        correlation = new double[count * count];
        cholesky = new double[count * count];
        mix = new double[count * count];
        packed = new ulong[sampleSize];
        sorted = new double[sampleSize];
    }

    /// <summary>Gets k.</summary>
    public int Count { get; }

    /// <summary>Gets n.</summary>
    public int SampleSize { get; }

    internal Span<double> Scores => scores;

    internal Span<double> Target => target;

    internal Span<double> Correlation => correlation;

    internal Span<double> Cholesky => cholesky;

    internal Span<double> Mix => mix;

    internal Span<ulong> Packed => packed;

    internal Span<double> Sorted => sorted;
}
