using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Pmo.Core.Risk.Simulation;

/// <summary>Small dense symmetric-matrix kernels shared by the correlation types (row-major k × k spans).</summary>
internal static class CorrelationLinearAlgebra
{
    /// <summary>
    /// Symmetric eigen decomposition by MathNet.Numerics (Householder tridiagonalisation + implicit QL). Returns the
    /// eigenvalues and the eigenvectors as columns of a row-major k × k array.
    /// </summary>
    public static (double[] Values, double[] Vectors) SymmetricEigen(ReadOnlySpan<double> a, int k)
    {
        Matrix<double> m = Matrix<double>.Build.Dense(k, k);
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                m[i, j] = a[(i * k) + j];
            }
        }

        Evd<double> evd = m.Evd(Symmetricity.Symmetric);
        var values = new double[k];
        var vectors = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            values[i] = evd.EigenValues[i].Real;
            for (int j = 0; j < k; j++)
            {
                vectors[(i * k) + j] = evd.EigenVectors[i, j];
            }
        }

        return (values, vectors);
    }

    /// <summary>The smallest eigenvalue of a symmetric matrix.</summary>
    public static double MinimumEigenvalue(ReadOnlySpan<double> a, int k)
    {
        (double[] values, _) = SymmetricEigen(a, k);
        double min = double.PositiveInfinity;
        foreach (double v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }

    /// <summary>
    /// Cholesky factorisation A = L Lᵀ into <paramref name="lower"/> (row-major, upper part zeroed). Returns false when
    /// a pivot is not strictly positive (A not numerically positive definite). Allocation-free.
    /// </summary>
    public static bool TryCholesky(ReadOnlySpan<double> a, Span<double> lower, int k)
    {
        lower[..(k * k)].Clear();
        for (int j = 0; j < k; j++)
        {
            double d = a[(j * k) + j];
            for (int p = 0; p < j; p++)
            {
                double l = lower[(j * k) + p];
                d -= l * l;
            }

            if (!(d > 0))
            {
                return false;
            }

            double ljj = Math.Sqrt(d);
            lower[(j * k) + j] = ljj;
            for (int i = j + 1; i < k; i++)
            {
                double s = a[(i * k) + j];
                for (int p = 0; p < j; p++)
                {
                    s -= lower[(i * k) + p] * lower[(j * k) + p];
                }

                lower[(i * k) + j] = s / ljj;
            }
        }

        return true;
    }
}
