using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Pmo.Core.Prioritization;

/// <summary>
/// The weighted product model (WPM): <c>P_i = Π_j r_ij^(w_j)</c> over a ratio-normalised matrix; larger is better.
/// </summary>
/// <remarks>
/// Bridgman (1922), <i>Dimensional Analysis</i>; Miller and Starr (1969), <i>Executive Decisions and Operations Research</i>;
/// Triantaphyllou (2000), <i>Multi-Criteria Decision Making Methods: A Comparative Study</i>, §2.2. Ratios need a ratio
/// scale: every value must be greater than zero, and a cost criterion enters through its reciprocal, so the ratio
/// <c>P_a/P_b = Π_j (x_aj/x_bj)^(±w_j)</c> does not depend on the normalisation (max, sum or vector): only the scale of P
/// does. The default (max normalisation, <c>r = x/max</c> and <c>min/x</c>) is WASPAS's (Zavadskas et al. 2012), so
/// <c>P</c> lies in (0, 1]. Computed as <c>exp(Σ_j w_j ln r_ij)</c>.
/// </remarks>
public sealed class WeightedProduct : IMcdaMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="normalization">A ratio normalisation: <see cref="NormalizationMethod.Max"/> (default), <see cref="NormalizationMethod.Sum"/> or <see cref="NormalizationMethod.Vector"/>. Cost criteria use <see cref="CostHandling.Reciprocal"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="normalization"/> is not a ratio normalisation (min-max and fixed bounds give zeros, whose logarithm is undefined).</exception>
    public WeightedProduct(NormalizationMethod normalization = NormalizationMethod.Max)
    {
        if (normalization is not (NormalizationMethod.Max or NormalizationMethod.Sum or NormalizationMethod.Vector))
        {
            throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "The weighted product needs a ratio normalisation: Max, Sum or Vector (min-max and fixed bounds map the worst value to 0).");
        }
        NormalizationMethod = normalization;
    }

    /// <summary>Gets the normalisation.</summary>
    public NormalizationMethod NormalizationMethod { get; }

    /// <summary>Gets how tied preferences are ranked (default <see cref="TiePolicy.Min"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is undefined.</exception>
    public TiePolicy TiePolicy { get; init => field = McdaChecks.DefinedTiePolicy(value); }

    /// <inheritdoc/>
    public string Name => $"Weighted product ({NormalizationMethod} normalisation)";

    /// <inheritdoc cref="IMcdaMethod.Evaluate"/>
    [Pure]
    public WeightedProductResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        McdaChecks.Evaluate(matrix, weights);
        (double[] r, double[] logs) = Logs(matrix, NormalizationMethod, Name);
        double[] p = new double[matrix.AlternativeCount];
        Product(logs, matrix.AlternativeCount, matrix.CriterionCount, weights.AsSpan(), p);
        return new WeightedProductResult(Name, matrix, weights, p, TiePolicy, new McdaMatrix(r, matrix.AlternativeCount, matrix.CriterionCount));
    }

    /// <inheritdoc/>
    McdaResult IMcdaMethod.Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => Evaluate(matrix, weights);

    /// <inheritdoc/>
    [Pure]
    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new Scorer(Logs(matrix, NormalizationMethod, Name).Logs, matrix.AlternativeCount, matrix.CriterionCount);
    }

    /// <summary>The normalised matrix (cost by reciprocal) and its natural logarithms; every value must be &gt; 0.</summary>
    internal static (double[] R, double[] Logs) Logs(DecisionMatrix matrix, NormalizationMethod normalization, string name)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        McdaChecks.AllPositive(matrix, name);
        Normalization.ColumnMap[] maps = Normalization.Maps(matrix, normalization, CostHandling.Reciprocal, applyDirection: true, name);
        double[] r = new double[matrix.Values.Length];
        Normalization.Apply(matrix, maps, r);
        double[] logs = new double[r.Length];
        for (int k = 0; k < r.Length; k++)
        {
            logs[k] = Math.Log(r[k]);
        }

        return (r, logs);
    }

    internal static void Product(ReadOnlySpan<double> logs, int n, int m, ReadOnlySpan<double> weights, Span<double> result)
    {
        LinearScorer.Multiply(logs, n, m, weights, result);
        for (int i = 0; i < n; i++)
        {
            result[i] = Math.Exp(result[i]);
        }
    }

    private sealed class Scorer(double[] logs, int n, int m) : IMcdaScorer
    {
        public int AlternativeCount => n;

        public int CriterionCount => m;

        public bool HigherIsBetter => true;

        public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
        {
            McdaChecks.Spans(this, weights, preferences);
            Product(logs, n, m, weights, preferences);
        }
    }
}

/// <summary>The result of <see cref="WeightedProduct"/>: the products and the normalised matrix.</summary>
public sealed class WeightedProductResult : McdaResult
{
    internal WeightedProductResult(string method, DecisionMatrix matrix, CriteriaWeights weights, double[] p, TiePolicy tiePolicy, McdaMatrix normalized)
        : base(method, matrix, weights, p, higherIsBetter: true, tiePolicy)
    {
        NormalizedMatrix = normalized;
    }

    /// <summary>Gets the normalised matrix <c>r_ij</c> (cost criteria by reciprocal).</summary>
    public McdaMatrix NormalizedMatrix { get; }
}

/// <summary>
/// WASPAS, the weighted aggregated sum product assessment: <c>Q_i = λ·Σ_j w_j r_ij + (1 − λ)·Π_j r_ij^(w_j)</c>; larger is better.
/// </summary>
/// <remarks>
/// Zavadskas, Turskis, Antucheviciene and Zakarevicius (2012), "Optimization of weighted aggregated sum product
/// assessment", <i>Elektronika ir Elektrotechnika</i> 122(6), equations (1)–(5): linear normalisation <c>r = x/max</c> for
/// benefit and <c>r = min/x</c> for cost criteria (max normalisation with reciprocal cost handling here), the weighted
/// sum <c>Q⁽¹⁾</c>, the weighted product <c>Q⁽²⁾</c> and their blend with λ in [0, 1] (0.5 by default; λ = 1 is the
/// weighted sum, λ = 0 the weighted product). Every value must be greater than zero.
/// </remarks>
public sealed class Waspas : IMcdaMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="lambda">The weight λ of the weighted sum, in [0, 1] (default 0.5).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is outside [0, 1].</exception>
    public Waspas(double lambda = 0.5)
    {
        if (!(lambda >= 0 && lambda <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, string.Create(CultureInfo.InvariantCulture, $"lambda must lie in [0, 1] (got {lambda})."));
        }
        Lambda = lambda;
    }

    /// <summary>Gets λ, the weight of the weighted sum.</summary>
    public double Lambda { get; }

    /// <summary>Gets how tied preferences are ranked (default <see cref="TiePolicy.Min"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is undefined.</exception>
    public TiePolicy TiePolicy { get; init => field = McdaChecks.DefinedTiePolicy(value); }

    /// <inheritdoc/>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"WASPAS (λ = {Lambda})");

    /// <inheritdoc cref="IMcdaMethod.Evaluate"/>
    [Pure]
    public WaspasResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        McdaChecks.Evaluate(matrix, weights);
        int n = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        (double[] r, double[] logs) = WeightedProduct.Logs(matrix, NormalizationMethod.Max, Name);
        double[] sum = new double[n];
        double[] product = new double[n];
        double[] q = new double[n];
        Combine(r, logs, n, m, Lambda, weights.AsSpan(), sum, product, q);
        return new WaspasResult(Name, matrix, weights, q, TiePolicy, Lambda, new McdaMatrix(r, n, m), sum, product);
    }

    /// <inheritdoc/>
    McdaResult IMcdaMethod.Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => Evaluate(matrix, weights);

    /// <inheritdoc/>
    [Pure]
    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        (double[] r, double[] logs) = WeightedProduct.Logs(matrix, NormalizationMethod.Max, Name);
        return new Scorer(r, logs, matrix.AlternativeCount, matrix.CriterionCount, Lambda);
    }

    private static void Combine(ReadOnlySpan<double> r, ReadOnlySpan<double> logs, int n, int m, double lambda, ReadOnlySpan<double> w, Span<double> sum, Span<double> product, Span<double> q)
    {
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> ri = r.Slice(i * m, m);
            ReadOnlySpan<double> li = logs.Slice(i * m, m);
            double s = 0;
            double l = 0;
            for (int j = 0; j < m; j++)
            {
                s += w[j] * ri[j];
                l += w[j] * li[j];
            }

            double p = Math.Exp(l);
            if (!sum.IsEmpty)
            {
                sum[i] = s;
                product[i] = p;
            }

            q[i] = (lambda * s) + ((1 - lambda) * p);
        }
    }

    private sealed class Scorer(double[] r, double[] logs, int n, int m, double lambda) : IMcdaScorer
    {
        public int AlternativeCount => n;

        public int CriterionCount => m;

        public bool HigherIsBetter => true;

        public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
        {
            McdaChecks.Spans(this, weights, preferences);
            Combine(r, logs, n, m, lambda, weights, [], [], preferences);
        }
    }
}

/// <summary>The result of <see cref="Waspas"/>: the joint criterion Q and its two parts.</summary>
public sealed class WaspasResult : McdaResult
{
    internal WaspasResult(string method, DecisionMatrix matrix, CriteriaWeights weights, double[] q, TiePolicy tiePolicy, double lambda, McdaMatrix normalized, double[] sum, double[] product)
        : base(method, matrix, weights, q, higherIsBetter: true, tiePolicy)
    {
        Lambda = lambda;
        NormalizedMatrix = normalized;
        WeightedSumScores = ImmutableCollectionsMarshal.AsImmutableArray(sum);
        WeightedProductScores = ImmutableCollectionsMarshal.AsImmutableArray(product);
    }

    /// <summary>Gets λ.</summary>
    public double Lambda { get; }

    /// <summary>Gets the normalised matrix (<c>x/max</c>, cost <c>min/x</c>).</summary>
    public McdaMatrix NormalizedMatrix { get; }

    /// <summary>Gets the weighted sum part <c>Q⁽¹⁾ = Σ_j w_j r_ij</c>.</summary>
    public ImmutableArray<double> WeightedSumScores { get; }

    /// <summary>Gets the weighted product part <c>Q⁽²⁾ = Π_j r_ij^(w_j)</c>.</summary>
    public ImmutableArray<double> WeightedProductScores { get; }
}
