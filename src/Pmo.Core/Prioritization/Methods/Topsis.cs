using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Pmo.Core.Prioritization;

/// <summary>
/// TOPSIS, the technique for order preference by similarity to the ideal solution: relative closeness
/// <c>C_i = D⁻_i / (D⁺_i + D⁻_i)</c> to the positive ideal point; larger is better.
/// </summary>
/// <remarks>
/// <para>
/// Hwang and Yoon (1981), <i>Multiple Attribute Decision Making</i>, §3.3.4. Steps: normalise each column
/// <c>r_ij</c> (the variant: vector in the original, min-max in pymcdm's default); weight <c>v_ij = w_j·r_ij</c>; the
/// positive ideal <c>A⁺_j</c> is the best <c>v_ij</c> (max for benefit, min for cost), the negative ideal <c>A⁻_j</c> the
/// worst; Euclidean distances <c>D⁺_i = √Σ_j (v_ij − A⁺_j)²</c>, <c>D⁻_i = √Σ_j (v_ij − A⁻_j)²</c>.
/// </para>
/// <para>
/// The normalisation is applied to every column as a benefit column and the direction is taken into account by the
/// ideal points, as in Hwang and Yoon. For min-max and vector normalisation this gives the same distances as turning cost
/// columns by complement first (pymcdm), because <c>1 − r</c> only reflects the column.
/// </para>
/// </remarks>
public sealed class Topsis : IMcdaMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="normalization">The normalisation (default <see cref="NormalizationMethod.Vector"/>, the original).</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is undefined.</exception>
    public Topsis(NormalizationMethod normalization = NormalizationMethod.Vector)
    {
        Normalization.EnsureDefined(normalization, CostHandling.Complement);
        NormalizationMethod = normalization;
    }

    /// <summary>Gets the normalisation.</summary>
    public NormalizationMethod NormalizationMethod { get; }

    /// <summary>Gets how tied preferences are ranked (default <see cref="TiePolicy.Min"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is undefined.</exception>
    public TiePolicy TiePolicy { get; init => field = McdaChecks.DefinedTiePolicy(value); }

    /// <inheritdoc/>
    public string Name => $"TOPSIS ({NormalizationMethod} normalisation)";

    /// <inheritdoc cref="IMcdaMethod.Evaluate"/>
    [Pure]
    public TopsisResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        McdaChecks.Evaluate(matrix, weights);
        int n = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        double[] r = Normalize(matrix);
        double[] w = [.. weights.AsSpan()];
        double[] ideal = new double[m];
        double[] anti = new double[m];
        int width = Vector<double>.Count;
        int vectorEnd = Vector.IsHardwareAccelerated ? m - (m % width) : 0;

        // Column max (into ideal) and min (into anti) of r; with w_j > 0, max_i w_j·r_ij = w_j·max_i r_ij exactly
        // (rounding is monotone), so the weighted matrix v = w·r is never stored: WeightedMatrix is computed on demand.
        ColumnExtremes.Compute(r, n, m, ideal, anti);

        for (int j = 0; j < m; j++)
        {
            if (matrix.Criteria[j].Direction == CriterionDirection.Cost)
            {
                (ideal[j], anti[j]) = (anti[j], ideal[j]);
            }

            ideal[j] *= w[j];
            anti[j] *= w[j];
        }

        double[] dPlus = new double[n];
        double[] dMinus = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++)
        {
            int o = i * m;
            Vector<double> vp = Vector<double>.Zero;
            Vector<double> vm = Vector<double>.Zero;
            for (int j = 0; j < vectorEnd; j += width)
            {
                Vector<double> x = new Vector<double>(w, j) * new Vector<double>(r, o + j);
                Vector<double> a = x - new Vector<double>(ideal, j);
                Vector<double> b = x - new Vector<double>(anti, j);
                vp += a * a;
                vm += b * b;
            }

            double sp = Vector.Sum(vp);
            double sm = Vector.Sum(vm);
            for (int j = vectorEnd; j < m; j++)
            {
                double x = w[j] * r[o + j];
                double a = x - ideal[j];
                double b = x - anti[j];
                sp += a * a;
                sm += b * b;
            }

            dPlus[i] = Math.Sqrt(sp);
            dMinus[i] = Math.Sqrt(sm);
            double total = dPlus[i] + dMinus[i];
            if (total == 0)
            {
                throw AllConstant(matrix);
            }

            c[i] = dMinus[i] / total;
        }

        return new TopsisResult(
            Name, matrix, weights, c, TiePolicy, new McdaMatrix(r, n, m), ideal, anti, dPlus, dMinus);
    }

    /// <inheritdoc/>
    McdaResult IMcdaMethod.Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => Evaluate(matrix, weights);

    /// <inheritdoc/>
    [Pure]
    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        double[] r = Normalize(matrix);
        double[] best = new double[m];
        double[] worst = new double[m];
        ColumnExtremes.Compute(r, n, m, best, worst);
        for (int j = 0; j < m; j++)
        {
            double hi = best[j];
            double lo = worst[j];
            bool cost = matrix.Criteria[j].Direction == CriterionDirection.Cost;
            best[j] = cost ? lo : hi;
            worst[j] = cost ? hi : lo;
        }

        // Squared unweighted gaps; with w_j > 0 the weighted ideal is w_j times the unweighted one.
        double[] gapPlus = new double[r.Length];
        double[] gapMinus = new double[r.Length];
        bool anyVaries = false;
        for (int k = 0; k < r.Length; k++)
        {
            double a = r[k] - best[k % m];
            double b = r[k] - worst[k % m];
            gapPlus[k] = a * a;
            gapMinus[k] = b * b;
            anyVaries |= best[k % m] != worst[k % m];
        }

        if (!anyVaries)
        {
            throw AllConstant(matrix);
        }

        return new Scorer(gapPlus, gapMinus, n, m);
    }

    private static McdaRuleException AllConstant(DecisionMatrix matrix) => new(
        McdaRule.ConstantColumn,
        matrix.Criteria[0].Id,
        "TOPSIS closeness D⁻/(D⁺ + D⁻) is undefined: every criterion is constant, so every alternative is both the ideal and the anti-ideal.");

    private double[] Normalize(DecisionMatrix matrix)
    {
        Normalization.ColumnMap[] maps = Normalization.Maps(matrix, NormalizationMethod, CostHandling.Complement, applyDirection: false, Name);
        double[] r = GC.AllocateUninitializedArray<double>(matrix.Values.Length);
        Normalization.Apply(matrix, maps, r);
        return r;
    }

    private sealed class Scorer(double[] gapPlus, double[] gapMinus, int n, int m) : IMcdaScorer
    {
        public int AlternativeCount => n;

        public int CriterionCount => m;

        public bool HigherIsBetter => true;

        public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
        {
            McdaChecks.Spans(this, weights, preferences);
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<double> gp = gapPlus.AsSpan(i * m, m);
                ReadOnlySpan<double> gm = gapMinus.AsSpan(i * m, m);
                double sp = 0;
                double sm = 0;
                for (int j = 0; j < gp.Length; j++)
                {
                    double w2 = weights[j] * weights[j];
                    sp += w2 * gp[j];
                    sm += w2 * gm[j];
                }

                double dp = Math.Sqrt(sp);
                double dm = Math.Sqrt(sm);
                preferences[i] = dm / (dp + dm);
            }
        }
    }
}

/// <summary>The result of <see cref="Topsis"/>: closeness and every intermediate.</summary>
public sealed class TopsisResult : McdaResult
{
    internal TopsisResult(
        string method,
        DecisionMatrix matrix,
        CriteriaWeights weights,
        double[] closeness,
        TiePolicy tiePolicy,
        McdaMatrix normalized,
        double[] ideal,
        double[] antiIdeal,
        double[] dPlus,
        double[] dMinus)
        : base(method, matrix, weights, closeness, higherIsBetter: true, tiePolicy)
    {
        NormalizedMatrix = normalized;
        PositiveIdeal = ImmutableCollectionsMarshal.AsImmutableArray(ideal);
        NegativeIdeal = ImmutableCollectionsMarshal.AsImmutableArray(antiIdeal);
        DistanceToIdeal = ImmutableCollectionsMarshal.AsImmutableArray(dPlus);
        DistanceToAntiIdeal = ImmutableCollectionsMarshal.AsImmutableArray(dMinus);
    }

    /// <summary>Gets the normalised matrix <c>r_ij</c> (every column normalised as benefit; direction enters through the ideal points).</summary>
    public McdaMatrix NormalizedMatrix { get; }

    /// <summary>Gets the weighted normalised matrix <c>v_ij = w_j·r_ij</c> (computed on first access, then kept).</summary>
    public McdaMatrix WeightedMatrix => LazyInitializer.EnsureInitialized(ref field, () =>
    {
        ReadOnlySpan<double> r = NormalizedMatrix.Span;
        int m = NormalizedMatrix.ColumnCount;
        double[] v = new double[r.Length];
        for (int k = 0; k < v.Length; k++)
        {
            v[k] = Weights[k % m] * r[k];
        }

        return new McdaMatrix(v, NormalizedMatrix.RowCount, m);
    });

    /// <summary>Gets the positive ideal point <c>A⁺</c> (per criterion, in weighted units).</summary>
    public ImmutableArray<double> PositiveIdeal { get; }

    /// <summary>Gets the negative ideal (anti-ideal) point <c>A⁻</c>.</summary>
    public ImmutableArray<double> NegativeIdeal { get; }

    /// <summary>Gets each alternative's Euclidean distance <c>D⁺</c> to the positive ideal.</summary>
    public ImmutableArray<double> DistanceToIdeal { get; }

    /// <summary>Gets each alternative's Euclidean distance <c>D⁻</c> to the negative ideal.</summary>
    public ImmutableArray<double> DistanceToAntiIdeal { get; }

    /// <summary>Gets the relative closeness <c>C = D⁻/(D⁺ + D⁻)</c> (the preferences).</summary>
    public ImmutableArray<double> Closeness => Preferences;
}
