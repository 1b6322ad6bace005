using System.Collections.ObjectModel;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// The nearest correlation matrix to a symmetric unit-diagonal matrix that is not positive semi-definite (for example
/// pairwise correlations elicited from experts that are mutually inconsistent).
/// </summary>
/// <remarks>
/// <para>
/// Problem: minimise ‖W^½ (A − X) W^½‖_F over correlation matrices X (symmetric, positive semi-definite, unit diagonal),
/// with W = diag(w) a positive diagonal weight matrix (W = I by default; a larger wᵢ keeps row and column i closer to
/// the input).
/// </para>
/// <para>
/// Algorithm: N. J. Higham, "Computing the nearest correlation matrix — a problem from finance", IMA J. Numer. Anal.
/// 22 (2002) 329–343, Algorithm 3.3: alternating projections with Dykstra's correction. With ΔS₀ = 0, Y₀ = A, for
/// k = 1, 2, …: R_k = Y_{k−1} − ΔS_{k−1}; X_k = P_S(R_k); ΔS_k = X_k − R_k; Y_k = P_U(X_k). P_S is the W-projection onto
/// the PSD cone, P_S(R) = W^−½ (W^½ R W^½)₊ W^−½ with (B)₊ = V max(Λ, 0) Vᵀ (Higham Theorem 3.2); P_U resets the
/// diagonal to 1 (the W-projection onto unit-diagonal matrices when W is diagonal, Higham Theorem 3.3).
/// Stopping test (as in Higham's <c>nearcorr.m</c>): the largest of ‖X_k − X_{k−1}‖_F/‖X_k‖_F,
/// ‖Y_k − Y_{k−1}‖_F/‖Y_k‖_F and ‖Y_k − X_k‖_F/‖Y_k‖_F is at most the tolerance.
/// </para>
/// <para>
/// Output: the last Y_k has a unit diagonal but may have eigenvalues slightly below zero (of the order of the
/// tolerance), and X_k is PSD but its diagonal is only close to 1. We return D^−½ X_k D^−½ with D = diag(X_k): a
/// congruence, so it stays PSD, and it has an exact unit diagonal. It differs from the iterate by O(tolerance).
/// </para>
/// <para>
/// The iteration is capped by <c>maxIterations</c>: if the tolerance is not met the result is still a valid correlation
/// matrix (built as above from the last iterate) but not necessarily the nearest; <see cref="CorrelationRepair.Converged"/>
/// is false and a <see cref="DiagnosticKind.Warning"/> says so. Convergence is linear (Higham §3); the cap is a guard
/// against looping, not an expected outcome.
/// </para>
/// </remarks>
public static class NearestCorrelation
{
    /// <summary>The default convergence tolerance.</summary>
    public const double DefaultTolerance = 1e-10;

    /// <summary>The default iteration cap.</summary>
    public const int DefaultMaxIterations = 10_000;

    private const int MaxReportedChanges = 10;

    /// <summary>Repairs <paramref name="matrix"/> when it is not positive semi-definite; returns it unchanged when it is.</summary>
    /// <param name="matrix">The matrix to repair.</param>
    /// <param name="tolerance">Relative convergence tolerance in (0, 0.1]; default 10⁻¹⁰.</param>
    /// <param name="maxIterations">Iteration cap ≥ 1; default 10 000.</param>
    /// <param name="weights">Optional positive weights wᵢ in [1e-100, 1e100], one per variable (W = diag(w)); null means W = I.</param>
    /// <returns>The repair and its report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is outside (0, 0.1]; <paramref name="maxIterations"/> is below 1; a weight is not finite and positive or lies outside [1e-100, 1e100], or the weighted iteration still overflows (<c>ParamName</c> <c>weights</c>).</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> does not have one weight per variable.</exception>
    [Pure]
    public static CorrelationRepair Repair(CorrelationMatrix matrix, double tolerance = DefaultTolerance, int maxIterations = DefaultMaxIterations, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Guard.Against.NotInRange(tolerance, 0, 0.1, minInclusive: false, maxInclusive: true);
        if (maxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, $"{nameof(maxIterations)} must be at least 1 (got {maxIterations}).");
        }

        int k = matrix.Count;
        double[] w = ValidateWeights(weights, k);
        if (matrix.IsPositiveSemiDefinite)
        {
            return new CorrelationRepair(matrix, matrix, repairNeeded: false, iterations: 0, converged: true, distance: 0, [], []);
        }

        (double[] x, int iterations, bool converged, double lastChange) = Iterate(matrix.Values, k, w, tolerance, maxIterations);
        double distance = WeightedDistance(matrix.Values, x, w, k);
        if (!double.IsFinite(distance) || Array.Exists(x, v => !double.IsFinite(v)))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), $"The weighted iteration overflows the double range: the {nameof(weights)} (from {w.Min().ToString("R", CultureInfo.InvariantCulture)} to {w.Max().ToString("R", CultureInfo.InvariantCulture)}) are too extreme for W^½ A W^½ to stay finite.");
        }

        CorrelationMatrix repaired = matrix.WithValues(x);
        List<CorrelationChange> changes = LargestChanges(matrix, x);

        var diagnostics = new List<Diagnostic>
        {
            new(DiagnosticKind.Warning, "Correlation", string.Create(CultureInfo.InvariantCulture,
                $"The correlation matrix is not positive semi-definite (smallest eigenvalue {matrix.MinimumEigenvalue:G6}); it was replaced by the nearest correlation matrix (Higham 2002) at Frobenius distance {distance:G6} after {iterations} iterations; largest change {(changes.Count > 0 ? changes[0].ToString() : "none")}.")),
        };
        if (!converged)
        {
            diagnostics.Add(new(DiagnosticKind.Warning, "Correlation", string.Create(CultureInfo.InvariantCulture,
                $"The nearest-correlation iteration did not converge in {maxIterations} iterations (last relative change {lastChange:G6} > tolerance {tolerance:G6}); the result is a valid correlation matrix but may not be the nearest one.")));
        }

        return new CorrelationRepair(matrix, repaired, repairNeeded: true, iterations, converged, distance, new ReadOnlyCollection<CorrelationChange>(changes), diagnostics);
    }

    private const double MinWeight = 1e-100;
    private const double MaxWeight = 1e100;

    private static double[] ValidateWeights(IReadOnlyList<double>? weights, int k)
    {
        var w = new double[k];
        if (weights is null)
        {
            Array.Fill(w, 1.0);
            return w;
        }

        if (weights.Count != k)
        {
            throw new ArgumentException($"{nameof(weights)} must have one weight per variable ({k}), got {weights.Count}.", nameof(weights));
        }

        for (int i = 0; i < k; i++)
        {
            double v = weights[i];
            if (!double.IsFinite(v) || v <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), v, $"{nameof(weights)}[{i}] must be a finite number greater than zero (got {v.ToString("R", CultureInfo.InvariantCulture)}).");
            }

            if (v is < MinWeight or > MaxWeight)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), v, $"{nameof(weights)}[{i}] must lie in [1e-100, 1e100] so that W^½ A W^½ and its eigen-decomposition stay within the double range (got {v.ToString("R", CultureInfo.InvariantCulture)}).");
            }

            w[i] = v;
        }

        return w;
    }

    private static (double[] Result, int Iterations, bool Converged, double LastChange) Iterate(ReadOnlySpan<double> a, int k, double[] w, double tolerance, int maxIterations)
    {
        int size = k * k;
        var sqrtW = new double[k];
        for (int i = 0; i < k; i++)
        {
            sqrtW[i] = Math.Sqrt(w[i]);
        }

        var y = a.ToArray();
        var ds = new double[size];
        var r = new double[size];
        var x = new double[size];
        var xOld = new double[size];
        var yOld = new double[size];
        var scaled = new double[size];
        bool converged = false;
        double change = double.PositiveInfinity;
        int iteration = 0;
        while (iteration < maxIterations)
        {
            iteration++;
            Array.Copy(x, xOld, size);
            Array.Copy(y, yOld, size);
            for (int p = 0; p < size; p++)
            {
                r[p] = y[p] - ds[p];
            }

            ProjectPsd(r, x, scaled, sqrtW, k);
            for (int p = 0; p < size; p++)
            {
                ds[p] = x[p] - r[p];
            }

            Array.Copy(x, y, size);
            for (int i = 0; i < k; i++)
            {
                y[(i * k) + i] = 1.0;
            }

            double normX = Norm(x, null);
            double normY = Norm(y, null);
            double dx = Norm(x, xOld) / normX;
            double dy = Norm(y, yOld) / normY;
            double dxy = Norm(y, x) / normY;
            change = Math.Max(dx, Math.Max(dy, dxy));
            if (change <= tolerance)
            {
                converged = true;
                break;
            }
        }

        return (ToCorrelation(x, y, k), iteration, converged, change);
    }

    /// <summary>X = W^−½ (W^½ R W^½)₊ W^−½.</summary>
    private static void ProjectPsd(double[] r, double[] x, double[] scaled, double[] sqrtW, int k)
    {
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                scaled[(i * k) + j] = sqrtW[i] * r[(i * k) + j] * sqrtW[j];
            }
        }

        (double[] values, double[] vectors) = CorrelationLinearAlgebra.SymmetricEigen(scaled, k);
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++)
            {
                double s = 0;
                for (int m = 0; m < k; m++)
                {
                    double lambda = values[m];
                    if (lambda > 0)
                    {
                        s += vectors[(i * k) + m] * lambda * vectors[(j * k) + m];
                    }
                }

                double v = s / (sqrtW[i] * sqrtW[j]);
                x[(i * k) + j] = v;
                x[(j * k) + i] = v;
            }
        }
    }

    /// <summary>D^−½ X D^−½ (PSD, exact unit diagonal, clamped to [−1, 1] only against rounding beyond it); Y if a diagonal of X is not positive.</summary>
    private static double[] ToCorrelation(double[] x, double[] y, int k)
    {
        var d = new double[k];
        for (int i = 0; i < k; i++)
        {
            double v = x[(i * k) + i];
            if (!(v > 0))
            {
                return Symmetrised(y, k);
            }

            d[i] = 1 / Math.Sqrt(v);
        }

        var result = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            result[(i * k) + i] = 1.0;
            for (int j = i + 1; j < k; j++)
            {
                // |x_ij| ≤ √(x_ii x_jj) for a PSD matrix, so this is within [−1, 1] up to one rounding.
                double v = Math.Clamp(x[(i * k) + j] * d[i] * d[j], -1.0, 1.0);
                result[(i * k) + j] = v;
                result[(j * k) + i] = v;
            }
        }

        return result;
    }

    private static double[] Symmetrised(double[] y, int k)
    {
        var result = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            result[(i * k) + i] = 1.0;
            for (int j = i + 1; j < k; j++)
            {
                double v = Math.Clamp(y[(i * k) + j], -1.0, 1.0);
                result[(i * k) + j] = v;
                result[(j * k) + i] = v;
            }
        }

        return result;
    }

    private static double Norm(double[] a, double[]? b)
    {
        double s = 0;
        for (int p = 0; p < a.Length; p++)
        {
            double v = b is null ? a[p] : a[p] - b[p];
            s += v * v;
        }

        return Math.Sqrt(s);
    }

    private static double WeightedDistance(ReadOnlySpan<double> a, double[] x, double[] w, int k)
    {
        double s = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double v = (a[(i * k) + j] - x[(i * k) + j]) * Math.Sqrt(w[i] * w[j]);
                s += v * v;
            }
        }

        return Math.Sqrt(s);
    }

    private static List<CorrelationChange> LargestChanges(CorrelationMatrix original, double[] x)
    {
        int k = original.Count;
        var all = new List<CorrelationChange>();
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                double before = original.Values[(i * k) + j];
                double after = x[(i * k) + j];
                if (before != after)
                {
                    all.Add(new CorrelationChange(original.Ids[i], original.Ids[j], before, after));
                }
            }
        }

        // Stable sort: ties keep matrix order.
        return [.. all.OrderByDescending(c => Math.Abs(c.Change)).Take(MaxReportedChanges)];
    }
}
