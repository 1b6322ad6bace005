using System.Diagnostics.Contracts;
using System.Globalization;
using Pmo.Core.Common;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// Iman–Conover rank-correlation induction: reorders given samples (one array per variable) so that their rank
/// correlation approximates a target matrix, without changing any variable's values (its marginal distribution).
/// </summary>
/// <remarks>
/// <para>
/// Method: R. L. Iman and W. J. Conover, "A distribution-free approach to inducing rank correlation among input
/// variables", Commun. Statist. Simul. Comput. 11(3) (1982) 311–334. Scores: van der Waerden scores
/// aᵢ = Φ⁻¹(i/(n + 1)), i = 1…n, independently randomly permuted in each of the k columns of the n × k score matrix S.
/// Target C = P Pᵀ (Cholesky; for a PSD but singular C, P = V √Λ₊ from the eigen decomposition). With E = Q Qᵀ the
/// sample correlation of S (the correction of Iman and Conover §3 for the scores' chance correlation), the target
/// scores are T = S (Q⁻¹)ᵀ Pᵀ, whose Pearson correlation is exactly C. Each input column is then rearranged so that its
/// order statistics take the rank order of the matching column of T.
/// </para>
/// <para>
/// What is achieved: the Pearson correlation of the scores T is C; the Spearman rank correlation of the output is
/// close to but systematically slightly smaller in magnitude than C, because for normal scores
/// ρ_S = (6/π) arcsin(r/2) (K. Pearson, 1907), a gap of at most ≈ 0.018 (near |r| ≈ 0.6), plus sampling noise
/// of order 1/√n. The result reports the achieved Spearman matrix and the largest deviation so an analyst can see it.
/// </para>
/// <para>
/// The simulation engine applies the same kernel per block of 1 024 iterations with each block's own random stream,
/// so every block (not only the whole run) carries the target correlation; this call uses a single block of all n rows
/// seeded by <c>seed</c>.
/// </para>
/// </remarks>
public static class ImanConover
{
    /// <summary>Reorders <paramref name="samples"/> to induce the rank correlation <paramref name="target"/>.</summary>
    /// <param name="samples">k arrays (one per variable of <paramref name="target"/>, in its order) of the same length n ≥ 2, finite values. Not modified.</param>
    /// <param name="target">The target correlation matrix: must be positive semi-definite.</param>
    /// <param name="seed">The seed of the score permutations (xoshiro256**).</param>
    /// <returns>The reordered samples, the achieved Spearman matrix and its largest deviation from the target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/>, a sample array or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of arrays differs from the target's size; arrays differ in length or have fewer than two values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sample value is NaN or infinite.</exception>
    /// <exception cref="NonPositiveSemiDefiniteCorrelationException"><paramref name="target"/> is not positive semi-definite (repair it with <see cref="NearestCorrelation.Repair"/>).</exception>
    [Pure]
    public static ImanConoverResult Induce(IReadOnlyList<double[]> samples, CorrelationMatrix target, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(target);
        int k = target.Count;
        if (samples.Count != k)
        {
            throw new ArgumentException($"{nameof(samples)} must hold one array per variable of {nameof(target)} ({k}), got {samples.Count}.", nameof(samples));
        }

        int n = -1;
        for (int c = 0; c < k; c++)
        {
            double[] column = samples[c] ?? throw new ArgumentNullException(nameof(samples), $"{nameof(samples)}[{c}] is null.");
            if (n < 0)
            {
                n = column.Length;
                if (n < 2)
                {
                    throw new ArgumentException($"{nameof(samples)}[0] must hold at least two values (got {n}).", nameof(samples));
                }
            }
            else if (column.Length != n)
            {
                throw new ArgumentException($"{nameof(samples)}[{c}] has {column.Length} values but {nameof(samples)}[0] has {n}; all must have the same length.", nameof(samples));
            }

            for (int i = 0; i < n; i++)
            {
                if (!double.IsFinite(column[i]))
                {
                    throw new ArgumentOutOfRangeException(nameof(samples), column[i], $"{nameof(samples)}[{c}][{i}] must be a finite number (got {column[i].ToString("R", CultureInfo.InvariantCulture)}).");
                }
            }
        }

        if (!target.IsPositiveSemiDefinite)
        {
            throw new NonPositiveSemiDefiniteCorrelationException(target.MinimumEigenvalue, nameof(target));
        }

        var plan = new ImanConoverPlan(target, n);
        var buffer = new double[k * n];
        for (int c = 0; c < k; c++)
        {
            samples[c].CopyTo(buffer, c * n);
        }

        Xoshiro256StarStar rng = Xoshiro256StarStar.FromSeed(seed);
        plan.Apply(buffer, ref rng, plan.CreateWorkspace());

        var output = new double[k][];
        for (int c = 0; c < k; c++)
        {
            output[c] = buffer.AsSpan(c * n, n).ToArray();
        }

        var achieved = new double?[k * k];
        var diagnostics = new List<Diagnostic>();
        double? maxDeviation = null;
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++)
            {
                double? rho = i == j ? (IsConstant(output[i]) ? null : 1.0) : RankCorrelation.Spearman(output[i], output[j]);
                achieved[(i * k) + j] = rho;
                achieved[(j * k) + i] = rho;
                if (rho is double r && i != j)
                {
                    maxDeviation = Math.Max(maxDeviation ?? 0, Math.Abs(r - target[i, j]));
                }
            }

            if (IsConstant(output[i]))
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "RankCorrelation", $"Variable '{target.Ids[i]}' is constant, so its rank correlations are undefined and it cannot be correlated."));
            }
        }

        if (k == 1)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "MaximumAbsoluteDeviation", "There is only one variable, so there is no correlation to induce."));
        }

        return new ImanConoverResult(target, seed, output, achieved, maxDeviation, plan.UsesCholesky, diagnostics);
    }

    private static bool IsConstant(double[] values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] != values[0])
            {
                return false;
            }
        }

        return true;
    }
}
