using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>
/// The analytic hierarchy process on one pairwise matrix: priorities, λmax, CI, CR, GCI and the most inconsistent
/// judgements; plus an allocation-free eigenvector kernel on spans.
/// </summary>
/// <remarks>
/// <para>
/// Formulas (T. L. Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill, 1980, ch. 1): priorities by
/// <see cref="AhpPriorityMethod"/>; <c>CI = (λmax − n)/(n − 1)</c>; <c>CR = CI / RI(n)</c> with the chosen
/// <see cref="RandomIndexTable"/>; matrices with n ≤ 2 are consistent (CI = CR = GCI = 0). GCI: G. Crawford and
/// C. Williams (1985) and J. Aguarón and J. M. Moreno-Jiménez (2003), see <see cref="AhpResult.GeometricConsistencyIndex"/>.
/// </para>
/// <para>
/// Power iteration starts from the normalised row sums and stops when no component of the normalised vector moves by
/// more than <see cref="AhpOptions.Tolerance"/>. A positive matrix (and Harker's matrix of a connected comparison
/// graph) has a strictly dominant Perron root, so it converges; the cap <see cref="AhpOptions.MaxIterations"/> still
/// bounds it, and hitting the cap is reported by <see cref="AhpResult.Converged"/> = false and a
/// <see cref="DiagnosticKind.Warning"/> diagnostic, never by looping or by an exception.
/// </para>
/// <para>
/// Incomplete matrices use <see cref="AhpOptions.IncompleteMethod"/> whatever <see cref="AhpOptions.Method"/> says (an
/// information diagnostic records the substitution when they differ in kind); their comparison graph must be connected.
/// </para>
/// </remarks>
public static class AhpAnalysis
{
    /// <summary>Analyses one pairwise matrix.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="options">The options; <see cref="AhpOptions.Default"/> when null.</param>
    /// <returns>The priorities and consistency figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">CR is requested and the matrix is larger than the random-index table (the message names n and the table's range).</exception>
    /// <exception cref="ArgumentException">The matrix is incomplete and its comparison graph is disconnected (the message names the items cut off).</exception>
    [Pure]
    public static AhpResult Analyze(PairwiseMatrix matrix, AhpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= AhpOptions.Default;
        int n = matrix.Size;
        double? ri = null;
        if (options.UseRandomIndex)
        {
            RandomIndexTable table = options.RandomIndexTable;
            if (n > table.MaxSize)
            {
                throw new ArgumentOutOfRangeException(nameof(matrix), n, $"The random-index table '{table.Name}' covers matrix sizes 1 to {table.MaxSize}; this matrix has n = {n}. Choose a larger table (e.g. Donegan & Dodd, n ≤ 20) or use AhpOptions.WithoutConsistencyRatio().");
            }

            ri = table.RandomIndex(n);
        }

        ReadOnlySpan<double> a = matrix.Raw;
        double[] w = new double[n];
        double[] scratch = new double[Math.Max(n, matrix.IsComplete ? n : n * n)];
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        int iterations = 0;
        bool converged = true;
        double? lambdaExact = null;
        PairwiseMatrix completed = matrix;
        AhpIncompleteMethod? incomplete = null;

        if (matrix.IsComplete)
        {
            switch (options.Method)
            {
                case AhpPriorityMethod.Eigenvector:
                    AhpKernels.RowSums(a, n, w);
                    (double lambda, int it, bool ok) = AhpKernels.PowerIteration(a, n, w, scratch, options.Tolerance, options.MaxIterations);
                    lambdaExact = lambda;
                    iterations = it;
                    converged = ok;
                    break;
                case AhpPriorityMethod.RowGeometricMean:
                    AhpKernels.RowGeometricMean(a, n, w);
                    break;
                default:
                    AhpKernels.NormalizedColumnMean(a, n, w, scratch);
                    break;
            }
        }
        else
        {
            RequireConnected(matrix);
            incomplete = options.IncompleteMethod;
            if (incomplete == AhpIncompleteMethod.Harker)
            {
                AhpKernels.HarkerMatrix(a, n, scratch);
                w.AsSpan().Fill(1.0 / n);
                double[] y = new double[n];
                (double lambda, int it, bool ok) = AhpKernels.PowerIteration(scratch, n, w, y, options.Tolerance, options.MaxIterations);
                lambdaExact = lambda;
                iterations = it;
                converged = ok;
                completed = Complete(matrix, w);
            }
            else if (incomplete == AhpIncompleteMethod.LogarithmicLeastSquares)
            {
                AhpKernels.LogLeastSquares(a, n, w, scratch);
                completed = Complete(matrix, w);
            }
            else
            {
                double[] data = a.ToArray();
                (int sweeps, bool ok) = AhpKernels.LambdaOptimalCompletion(data, n, AhpOptions.CompletionTolerance, options.MaxIterations, options.Tolerance, options.MaxIterations);
                if (!ok)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "Completion", $"The λmax-optimal completion did not settle within {options.MaxIterations} sweeps; the last completion is used."));
                }

                completed = PairwiseMatrix.CreateTrusted(n, data, matrix.Labels, matrix.HasLabels);
                AhpKernels.RowSums(data, n, w);
                double[] y = new double[n];
                (double lambda, int it, bool powerOk) = AhpKernels.PowerIteration(data, n, w, y, options.Tolerance, options.MaxIterations);
                lambdaExact = lambda;
                iterations = sweeps + it;
                converged = ok && powerOk;
            }

            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "Priorities", $"The matrix has {matrix.MissingJudgementCount} missing judgement(s); priorities come from {incomplete switch { AhpIncompleteMethod.Harker => "Harker's method (1987)", AhpIncompleteMethod.LogarithmicLeastSquares => "logarithmic least squares (Bozóki, Fülöp & Rónyai 2010)", _ => "the λmax-optimal completion (Bozóki, Fülöp & Rónyai 2010)" }} rather than the {options.Method} method, and the consistency figures refer to the completed matrix (AhpResult.CompletedMatrix)."));
        }

        ReadOnlySpan<double> c = completed.Raw;
        double lambdaMax;
        if (options.LambdaMaxMethod == AhpLambdaMaxMethod.Approximate)
        {
            lambdaMax = AhpKernels.ApproximateLambda(c, n, w);
        }
        else if (lambdaExact is double exact)
        {
            lambdaMax = exact;
        }
        else
        {
            double[] v = (double[])w.Clone();
            double[] y = new double[n];
            (double lambda, int it, bool ok) = AhpKernels.PowerIteration(c, n, v, y, options.Tolerance, options.MaxIterations);
            lambdaMax = lambda;
            iterations += it;
            converged &= ok;
        }

        if (!converged)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "LambdaMax", string.Create(CultureInfo.InvariantCulture, $"Power iteration did not reach the tolerance {options.Tolerance} within {options.MaxIterations} iterations; the priorities and λmax are the last iterate.")));
        }

        double ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
        double? cr = null;
        if (ri is double r)
        {
            cr = n <= 2 ? 0 : ci / r;
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "ConsistencyRatio", "The consistency ratio was not requested (no random-index table); use CI or GCI."));
        }

        double threshold = options.ThresholdFor(n);
        ImmutableArray<double> priorities = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(w);
        return new AhpResult
        {
            Labels = matrix.Labels,
            Priorities = priorities,
            Method = options.Method,
            IncompleteMethod = incomplete,
            Matrix = matrix,
            CompletedMatrix = completed,
            LambdaMax = lambdaMax,
            LambdaMaxMethod = options.LambdaMaxMethod,
            ConsistencyIndex = ci,
            RandomIndex = ri,
            RandomIndexTable = ri is null ? null : options.RandomIndexTable.Name,
            ConsistencyRatio = cr,
            ConsistencyRatioThreshold = threshold,
            IsAcceptable = cr is double crv ? crv <= threshold : null,
            GciSource = new Lazy<double>(() => AhpKernels.GeometricConsistencyIndex(completed.Raw, n, new double[n]), LazyThreadSafetyMode.ExecutionAndPublication),
            GeometricConsistencyThreshold = n switch
            {
                <= 2 => null,
                3 => 0.31,
                4 => 0.35,
                _ => 0.37,
            },
            Iterations = iterations,
            Converged = converged,
            HintsSource = new Lazy<ImmutableArray<AhpInconsistencyHint>>(() => Hints(matrix, w), LazyThreadSafetyMode.ExecutionAndPublication),
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>
    /// The allocation-free fast path: the principal eigenvector of a complete positive n × n matrix in row-major order,
    /// by power iteration from the normalised row sums. Does not check reciprocity (use <see cref="PairwiseMatrix"/> for
    /// validated input).
    /// </summary>
    /// <param name="matrix">The n² entries, row-major, positive and finite.</param>
    /// <param name="n">The size (≥ 1).</param>
    /// <param name="priorities">Receives the eigenvector, summing to 1 (length n).</param>
    /// <param name="scratch">Working space of length n.</param>
    /// <param name="lambdaMax">Receives the principal eigenvalue estimate.</param>
    /// <param name="iterations">Receives the iterations used.</param>
    /// <param name="tolerance">The stopping tolerance, in (0, 1e-3].</param>
    /// <param name="maxIterations">The iteration cap (≥ 1).</param>
    /// <returns>True when the tolerance was met, false when the cap was hit (the outputs then hold the last iterate).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/>, a span length, an entry, the tolerance or the cap is out of range.</exception>
    public static bool PrincipalEigenvector(ReadOnlySpan<double> matrix, int n, Span<double> priorities, Span<double> scratch, out double lambdaMax, out int iterations, double tolerance = AhpOptions.DefaultTolerance, int maxIterations = AhpOptions.DefaultMaxIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (matrix.Length != n * n)
        {
            throw new ArgumentOutOfRangeException(nameof(matrix), matrix.Length, $"{nameof(matrix)} must hold n² = {n * n} entries (got {matrix.Length}).");
        }

        if (priorities.Length != n)
        {
            throw new ArgumentOutOfRangeException(nameof(priorities), priorities.Length, $"{nameof(priorities)} must have length n = {n} (got {priorities.Length}).");
        }

        if (scratch.Length < n)
        {
            throw new ArgumentOutOfRangeException(nameof(scratch), scratch.Length, $"{nameof(scratch)} must have length at least n = {n} (got {scratch.Length}).");
        }

        if (!double.IsFinite(tolerance) || tolerance <= 0 || tolerance > 1e-3)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, $"{nameof(tolerance)} must lie in (0, 0.001].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        for (int k = 0; k < matrix.Length; k++)
        {
            double v = matrix[k];
            if (!double.IsFinite(v) || v <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(matrix), v, $"{nameof(matrix)}[{k / n},{k % n}] must be a positive finite number (got {v}).");
            }
        }

        AhpKernels.RowSums(matrix, n, priorities);
        (lambdaMax, iterations, bool converged) = AhpKernels.PowerIteration(matrix, n, priorities, scratch, tolerance, maxIterations);
        return converged;
    }

    private static void RequireConnected(PairwiseMatrix matrix)
    {
        List<int> cut = AhpKernels.Unreached(matrix.Raw, matrix.Size);
        if (cut.Count > 0)
        {
            string names = string.Join(", ", cut.Select(i => $"'{matrix.Labels[i]}'"));
            throw new ArgumentException($"The comparison graph of the incomplete matrix is disconnected: {names} cannot be linked to '{matrix.Labels[0]}' through any chain of judgements, so their relative priorities are undetermined. Add a judgement between the groups.", nameof(matrix));
        }
    }

    private static PairwiseMatrix Complete(PairwiseMatrix matrix, double[] w)
    {
        int n = matrix.Size;
        double[] data = matrix.Raw.ToArray();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (double.IsNaN(data[(i * n) + j]))
                {
                    data[(i * n) + j] = w[i] / w[j];
                }
            }
        }

        return PairwiseMatrix.CreateTrusted(n, data, matrix.Labels, matrix.HasLabels);
    }

    private static ImmutableArray<AhpInconsistencyHint> Hints(PairwiseMatrix matrix, double[] w)
    {
        int n = matrix.Size;
        ReadOnlySpan<double> a = matrix.Raw;
        var hints = new List<AhpInconsistencyHint>((n * (n - 1)) / 2);
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double v = a[(i * n) + j];
                if (!double.IsNaN(v))
                {
                    hints.Add(new AhpInconsistencyHint(i, j, matrix.Labels[i], matrix.Labels[j], v, w[i] / w[j]));
                }
            }
        }

        // Stable: ties keep row-major order.
        return [.. hints.OrderByDescending(h => h.LogError)];
    }
}
