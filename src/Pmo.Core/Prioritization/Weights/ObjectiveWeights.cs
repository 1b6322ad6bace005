using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>The objective (data-driven) weighting method that produced an <see cref="ObjectiveWeightsResult"/>.</summary>
public enum ObjectiveWeighting
{
    /// <summary>Equal weights 1/n.</summary>
    Equal = 0,

    /// <summary>Shannon-entropy weights (Zeleny 1982; Hwang and Yoon 1981).</summary>
    Entropy = 1,

    /// <summary>Standard-deviation weights on min-max normalised columns (Diakoulaki, Mavrotas and Papayannakis 1995; Jahan and Edwards 2013).</summary>
    StandardDeviation = 2,

    /// <summary>CRITIC: CRiteria Importance Through Intercriteria Correlation (Diakoulaki, Mavrotas and Papayannakis 1995).</summary>
    Critic = 3,

    /// <summary>MEREC: MEthod based on the Removal Effects of Criteria (Keshavarz-Ghorabaee et al. 2021).</summary>
    Merec = 4,
}

/// <summary>
/// Objective criterion weights computed from the decision matrix itself: equal, entropy, standard deviation, CRITIC and
/// MEREC. Each method returns an <see cref="ObjectiveWeightsResult"/> carrying the weights and the intermediates.
/// </summary>
/// <remarks>
/// <para>
/// Every method computes a non-negative "information score" per criterion and divides it by the sum. A criterion whose
/// score is zero (for example a constant column, which carries no information to discriminate alternatives) would get
/// weight 0, which <see cref="CriteriaWeights"/> does not allow; such a column is reported as an
/// <see cref="ArgumentException"/> naming the criterion rather than a zero or NaN weight. Drop the column or fix its
/// weight subjectively.
/// </para>
/// <para>
/// All methods need at least two alternatives (with one alternative there is no dispersion to measure).
/// </para>
/// </remarks>
public static class ObjectiveWeights
{
    /// <summary>Equal weights w_j = 1/n.</summary>
    /// <param name="matrix">The decision matrix (only its number of criteria is used).</param>
    /// <returns>The weights; the score of each criterion is 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    [Pure]
    public static ObjectiveWeightsResult Equal(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        double[] scores = new double[matrix.CriterionCount];
        Array.Fill(scores, 1.0);
        return new ObjectiveWeightsResult(ObjectiveWeighting.Equal, CriteriaWeights.Equal(matrix.CriterionCount), scores);
    }

    /// <summary>Shannon-entropy weights.</summary>
    /// <param name="matrix">The decision matrix: at least two alternatives; values zero or positive; no column all zero.</param>
    /// <returns>The weights with the column entropies E_j (<see cref="ObjectiveWeightsResult.Entropies"/>) and divergences 1 − E_j (<see cref="ObjectiveWeightsResult.Scores"/>).</returns>
    /// <remarks>
    /// p_ij = x_ij / Σ_i x_ij; E_j = −(1 / ln m) Σ_i p_ij ln p_ij with 0·ln 0 = 0 (the limit); d_j = 1 − E_j;
    /// w_j = d_j / Σ_k d_k (Zeleny, M., 1982, <i>Multiple Criteria Decision Making</i>, McGraw-Hill; Hwang, C.-L.
    /// and Yoon, K., 1981, <i>Multiple Attribute Decision Making</i>, Springer). The criterion direction is not
    /// used: entropy measures dispersion, not desirability. A zero value contributes 0 (unlike pymcdm, which sets the
    /// entropy of a column containing any zero to 0).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two alternatives; a value is negative; a column is all zero; a column is constant (entropy 1, weight 0).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A column's sum overflows the double range (paramName <c>matrix</c>).</exception>
    [Pure]
    public static ObjectiveWeightsResult Entropy(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        RequireTwoAlternatives(matrix, "entropy");
        int m = matrix.AlternativeCount;
        int n = matrix.CriterionCount;
        double lnM = Math.Log(m);
        double[] entropies = new double[n];
        double[] divergence = new double[n];
        for (int j = 0; j < n; j++)
        {
            double[] column = matrix.Column(j);
            double sum = 0;
            for (int i = 0; i < m; i++)
            {
                if (column[i] < 0)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"The entropy method needs values zero or positive; criterion '{matrix.Criteria[j].Id}' has {column[i]} for alternative '{matrix.Alternatives[i]}'."),
                        nameof(matrix));
                }

                sum += column[i];
            }

            if (double.IsInfinity(sum))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(matrix),
                    string.Create(CultureInfo.InvariantCulture, $"The entropy method: criterion '{matrix.Criteria[j].Id}' has values whose sum overflows the double range (largest value {column.Max()}); rescale the criterion."));
            }

            if (sum == 0)
            {
                throw new ArgumentException($"The entropy method needs a column with a positive sum; criterion '{matrix.Criteria[j].Id}' is all zero.", nameof(matrix));
            }

            if (column.Min() == column.Max())
            {
                // Exactly uniform p: E_j = 1 in exact arithmetic (rounding could leave a spurious tiny weight).
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The entropy method gives criterion '{matrix.Criteria[j].Id}' weight 0 because the column is constant (every value is {column[0]}), so its entropy is 1; remove it or weight it subjectively."),
                    nameof(matrix));
            }

            double h = 0;
            for (int i = 0; i < m; i++)
            {
                double p = column[i] / sum;
                if (p > 0)
                {
                    h -= p * Math.Log(p);
                }
            }

            entropies[j] = h / lnM;
            divergence[j] = 1 - entropies[j];
        }

        return Finish(ObjectiveWeighting.Entropy, matrix, divergence, "its entropy is 1 (the column is constant)", entropies: entropies);
    }

    /// <summary>Standard-deviation weights on min-max normalised columns.</summary>
    /// <param name="matrix">The decision matrix: at least two alternatives; no constant column.</param>
    /// <returns>The weights with the standard deviations σ_j (<see cref="ObjectiveWeightsResult.StandardDeviations"/>, also the <see cref="ObjectiveWeightsResult.Scores"/>).</returns>
    /// <remarks>
    /// r_ij = (x_ij − min_i x_ij) / (max_i x_ij − min_i x_ij) (for a cost criterion (max − x)/(max − min), which has the
    /// same σ); σ_j = the sample standard deviation of column j of r (divisor m − 1); w_j = σ_j / Σ_k σ_k. Min-max
    /// normalisation makes columns in different units comparable (Diakoulaki, Mavrotas and Papayannakis 1995, Computers
    /// &amp; Operations Research 22(7):763–770, which call this the "standard deviation" weighting; Jahan and Edwards 2013,
    /// Materials &amp; Design 49:1000–1008). pymcdm's <c>standard_deviation_weights</c> uses the raw columns instead; the two
    /// agree when every column already spans [0, 1]. The divisor cancels in w.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two alternatives; a column is constant.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A column's range (maximum − minimum) overflows the double range (paramName <c>matrix</c>).</exception>
    [Pure]
    public static ObjectiveWeightsResult StandardDeviation(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        RequireTwoAlternatives(matrix, "standard-deviation");
        double[][] normalized = MinMaxColumns(matrix, "standard-deviation");
        double[] sigma = new double[matrix.CriterionCount];
        for (int j = 0; j < sigma.Length; j++)
        {
            sigma[j] = SampleStandardDeviation(normalized[j]);
        }

        return Finish(ObjectiveWeighting.StandardDeviation, matrix, sigma, "its standard deviation is 0", standardDeviations: sigma);
    }

    /// <summary>CRITIC weights (CRiteria Importance Through Intercriteria Correlation).</summary>
    /// <param name="matrix">The decision matrix: at least two alternatives and two criteria; no constant column.</param>
    /// <returns>The weights with σ_j, the correlation matrix and the information C_j (<see cref="ObjectiveWeightsResult.Scores"/>).</returns>
    /// <remarks>
    /// r_ij = (x_ij − worst_j) / (best_j − worst_j), the direction-aware min-max normalisation (best = max for a benefit
    /// criterion, min for a cost criterion); σ_j = the sample standard deviation of column j of r; ρ_jk = Pearson's
    /// correlation of columns j and k of r; C_j = σ_j Σ_k (1 − ρ_jk); w_j = C_j / Σ_k C_k (Diakoulaki, D., Mavrotas, G. and
    /// Papayannakis, L., 1995, "Determining objective weights in multiple criteria problems: the CRITIC method",
    /// Computers &amp; Operations Research 22(7):763–770, eq. 1–3). Because of the direction-aware normalisation, a cost
    /// column's correlations with benefit columns change sign compared with the raw data; pymcdm's <c>critic_weights</c>
    /// normalises every column as a benefit (mark every criterion as a benefit to reproduce it).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two alternatives or two criteria; a column is constant; a criterion is perfectly correlated with every other (C_j = 0).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A column's range (maximum − minimum) overflows the double range (paramName <c>matrix</c>).</exception>
    [Pure]
    public static ObjectiveWeightsResult Critic(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        RequireTwoAlternatives(matrix, "CRITIC");
        int n = matrix.CriterionCount;
        if (n < 2)
        {
            throw new ArgumentException("The CRITIC method needs at least two criteria (its information measure is built from correlations between criteria).", nameof(matrix));
        }

        double[][] r = MinMaxColumns(matrix, "CRITIC");
        double[] sigma = new double[n];
        for (int j = 0; j < n; j++)
        {
            sigma[j] = SampleStandardDeviation(r[j]);
        }

        double[] correlation = new double[n * n];
        for (int j = 0; j < n; j++)
        {
            correlation[(j * n) + j] = 1;
            for (int k = j + 1; k < n; k++)
            {
                double rho = Pearson(r[j], r[k]);
                correlation[(j * n) + k] = rho;
                correlation[(k * n) + j] = rho;
            }
        }

        double[] info = new double[n];
        for (int j = 0; j < n; j++)
        {
            double conflict = 0;
            for (int k = 0; k < n; k++)
            {
                conflict += 1 - correlation[(j * n) + k];
            }

            info[j] = sigma[j] * conflict;
        }

        return Finish(ObjectiveWeighting.Critic, matrix, info, "it is perfectly correlated with every other criterion (C_j = 0)", standardDeviations: sigma, correlation: correlation);
    }

    /// <summary>MEREC weights (MEthod based on the Removal Effects of Criteria).</summary>
    /// <param name="matrix">The decision matrix: at least two alternatives; every value greater than zero; no constant column.</param>
    /// <returns>The weights with the removal effects E_j (<see cref="ObjectiveWeightsResult.Scores"/>), the overall performances S_i and S'_ij.</returns>
    /// <remarks>
    /// n_ij = min_k x_kj / x_ij for a benefit criterion and x_ij / max_k x_kj for a cost criterion (so the best value maps
    /// to the smallest n); S_i = ln(1 + (1/m) Σ_j |ln n_ij|) with m the number of criteria; S'_ij = ln(1 + (1/m) Σ_{k≠j} |ln n_ik|);
    /// E_j = Σ_i |S'_ij − S_i|; w_j = E_j / Σ_k E_k (Keshavarz-Ghorabaee, M., Amiri, M., Zavadskas, E. K., Turskis, Z. and
    /// Antucheviciene, J., 2021, "Determination of objective weights using a new method based on the removal effects of
    /// criteria (MEREC)", Symmetry 13(4):525, eq. 1–6).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two alternatives; a value is zero or negative; a column is constant (removal effect 0).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A column's smallest-to-largest ratio underflows to 0 (paramName <c>matrix</c>).</exception>
    [Pure]
    public static ObjectiveWeightsResult Merec(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        RequireTwoAlternatives(matrix, "MEREC");
        int rows = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        double[] absLog = new double[rows * m];
        for (int j = 0; j < m; j++)
        {
            double[] column = matrix.Column(j);
            double min = double.PositiveInfinity;
            double max = double.NegativeInfinity;
            for (int i = 0; i < rows; i++)
            {
                if (column[i] <= 0)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"MEREC needs values greater than zero (it takes logarithms of ratios); criterion '{matrix.Criteria[j].Id}' has {column[i]} for alternative '{matrix.Alternatives[i]}'."),
                        nameof(matrix));
                }

                min = Math.Min(min, column[i]);
                max = Math.Max(max, column[i]);
            }

            bool benefit = matrix.Criteria[j].Direction == CriterionDirection.Benefit;
            for (int i = 0; i < rows; i++)
            {
                double nij = benefit ? min / column[i] : column[i] / max;
                if (nij == 0)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(matrix),
                        string.Create(CultureInfo.InvariantCulture, $"MEREC: criterion '{matrix.Criteria[j].Id}' has values whose ratio of smallest to largest underflows the double range (minimum {min}, maximum {max}); rescale the criterion."));
                }

                absLog[(i * m) + j] = Math.Abs(Math.Log(nij));
            }
        }

        double[] s = new double[rows];
        double[] sPrime = new double[rows * m];
        double[] effects = new double[m];
        for (int i = 0; i < rows; i++)
        {
            double total = 0;
            for (int j = 0; j < m; j++)
            {
                total += absLog[(i * m) + j];
            }

            s[i] = Math.Log(1 + (total / m));
            for (int j = 0; j < m; j++)
            {
                double without = 0;
                for (int k = 0; k < m; k++)
                {
                    if (k != j)
                    {
                        without += absLog[(i * m) + k];
                    }
                }

                sPrime[(i * m) + j] = Math.Log(1 + (without / m));
                effects[j] += Math.Abs(sPrime[(i * m) + j] - s[i]);
            }
        }

        return Finish(ObjectiveWeighting.Merec, matrix, effects, "removing it changes no alternative's performance (the column is constant)", overall: s, overallWithout: sPrime);
    }

    private static ObjectiveWeightsResult Finish(
        ObjectiveWeighting method,
        DecisionMatrix matrix,
        double[] scores,
        string zeroReason,
        double[]? entropies = null,
        double[]? standardDeviations = null,
        double[]? correlation = null,
        double[]? overall = null,
        double[]? overallWithout = null)
    {
        for (int j = 0; j < scores.Length; j++)
        {
            if (!(scores[j] > 0))
            {
                throw new ArgumentException(
                    $"The {method} method gives criterion '{matrix.Criteria[j].Id}' weight 0 because {zeroReason}; such a criterion carries no information to discriminate the alternatives: remove it or weight it subjectively.",
                    nameof(matrix));
            }
        }

        // The scores are divided by their sum: CriteriaWeights records them as the original values.
        return new ObjectiveWeightsResult(method, CriteriaWeights.Create(scores, WeightPolicy.Normalize), scores, entropies, standardDeviations, correlation, overall, overallWithout);
    }

    private static void RequireTwoAlternatives(DecisionMatrix matrix, string method)
    {
        if (matrix.AlternativeCount < 2)
        {
            throw new ArgumentException($"The {method} method needs at least two alternatives (the matrix has {matrix.AlternativeCount}).", nameof(matrix));
        }
    }

    private static double[][] MinMaxColumns(DecisionMatrix matrix, string method)
    {
        var result = new double[matrix.CriterionCount][];
        for (int j = 0; j < result.Length; j++)
        {
            double[] column = matrix.Column(j);
            double min = column.Min();
            double max = column.Max();
            double range = max - min;
            if (double.IsInfinity(range))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(matrix),
                    string.Create(CultureInfo.InvariantCulture, $"The {method} method: criterion '{matrix.Criteria[j].Id}' has values whose range overflows the double range (minimum {min}, maximum {max}); rescale the criterion."));
            }

            if (!(range > 0))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The {method} method gives criterion '{matrix.Criteria[j].Id}' weight 0 because the column is constant (every value is {min}); remove it or weight it subjectively."),
                    nameof(matrix));
            }

            bool benefit = matrix.Criteria[j].Direction == CriterionDirection.Benefit;
            for (int i = 0; i < column.Length; i++)
            {
                column[i] = benefit ? (column[i] - min) / range : (max - column[i]) / range;
            }

            result[j] = column;
        }

        return result;
    }

    private static double SampleStandardDeviation(double[] x)
    {
        double mean = 0;
        foreach (double v in x)
        {
            mean += v;
        }

        mean /= x.Length;
        double ss = 0;
        foreach (double v in x)
        {
            ss += (v - mean) * (v - mean);
        }

        return Math.Sqrt(ss / (x.Length - 1));
    }

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average();
        double my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}

/// <summary>Objective weights with the intermediates of the method that produced them. Immutable.</summary>
public sealed class ObjectiveWeightsResult
{
    internal ObjectiveWeightsResult(
        ObjectiveWeighting method,
        CriteriaWeights weights,
        double[] scores,
        double[]? entropies = null,
        double[]? standardDeviations = null,
        double[]? correlation = null,
        double[]? overall = null,
        double[]? overallWithout = null)
    {
        Method = method;
        Weights = weights;
        Scores = [.. scores];
        Entropies = entropies is null ? [] : [.. entropies];
        StandardDeviations = standardDeviations is null ? [] : [.. standardDeviations];
        CorrelationMatrix = correlation is null ? [] : [.. correlation];
        OverallPerformance = overall is null ? [] : [.. overall];
        PerformanceWithout = overallWithout is null ? [] : [.. overallWithout];
    }

    /// <summary>Gets the method used.</summary>
    public ObjectiveWeighting Method { get; }

    /// <summary>Gets the weights (positive, summing to 1).</summary>
    public CriteriaWeights Weights { get; }

    /// <summary>
    /// Gets each criterion's unnormalised information score, the weights being Scores / ΣScores: 1 for equal weights,
    /// the divergence 1 − E_j for entropy, σ_j for standard deviation, C_j for CRITIC, the removal effect E_j for MEREC.
    /// </summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>Gets the normalised Shannon entropies E_j (entropy method only; otherwise empty).</summary>
    public ImmutableArray<double> Entropies { get; }

    /// <summary>Gets the sample standard deviations σ_j of the min-max normalised columns (standard deviation and CRITIC; otherwise empty).</summary>
    public ImmutableArray<double> StandardDeviations { get; }

    /// <summary>Gets the criteria × criteria Pearson correlation matrix of the normalised columns, row-major (CRITIC only; otherwise empty).</summary>
    public ImmutableArray<double> CorrelationMatrix { get; }

    /// <summary>Gets each alternative's overall performance S_i (MEREC only; otherwise empty).</summary>
    public ImmutableArray<double> OverallPerformance { get; }

    /// <summary>Gets S'_ij, the performance of alternative i with criterion j removed, alternatives × criteria row-major (MEREC only; otherwise empty).</summary>
    public ImmutableArray<double> PerformanceWithout { get; }
}
