using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Pmo.Core.Prioritization;

/// <summary>
/// PROMETHEE II, the complete ranking by net outranking flow <c>φ(a) = φ⁺(a) − φ⁻(a)</c>; larger is better.
/// </summary>
/// <remarks>
/// <para>
/// Brans and Vincke (1985), <i>Management Science</i> 31(6); Brans and Mareschal (2005), "PROMETHEE methods", in
/// <i>Multiple Criteria Decision Analysis: State of the Art Surveys</i>, §5.4, equations (5.3)–(5.7). For alternatives a and b,
/// <c>π(a, b) = Σ_j w_j P_j(d_j(a, b))</c> with <c>d_j(a, b) = x_aj − x_bj</c> for benefit and <c>x_bj − x_aj</c> for cost
/// criteria; <c>φ⁺(a) = Σ_{b≠a} π(a, b)/(n − 1)</c>, <c>φ⁻(a) = Σ_{b≠a} π(b, a)/(n − 1)</c>. Because π is linear in the
/// weights, <c>φ(a) = Σ_j w_j φ_j(a)</c> with the unicriterion net flows <c>φ_j</c>, which are weight-independent: they are
/// computed once by <see cref="Prepare"/> and a new weight vector costs O(n·m).
/// </para>
/// <para>
/// Exact O(m·n log n) algorithm for the usual, U-shape, V-shape, level and linear functions: each column is sorted once,
/// and for every a the sum <c>Σ_b P(x_a − x_b)</c> splits into a count of b beyond p, a count or a linear sum over the
/// band between q and p (prefix sums of the sorted, centred column), and zeros; taking the alternatives in sorted order,
/// the band edges only move forward, so after the sort each column costs O(n). The Gaussian
/// function has no such decomposition: its sum is taken pairwise over the sorted column, O(n²) per Gaussian criterion in
/// the worst case, skipping pairs with <c>d²/(2s²) ≥ 38</c> where <c>1 − e^(−d²/2s²)</c> rounds to exactly 1 in double
/// precision (they are counted). Thresholds are compared as <c>x_b &lt; x_a − q</c> rather than <c>x_a − x_b &gt; q</c>;
/// the two can differ only when a difference equals a threshold to the last bit, which matters only for the
/// discontinuous functions (usual, U-shape, level).
/// </para>
/// </remarks>
public sealed class Promethee2 : IMcdaMethod
{
    private const double GaussianCutoff = 38;
    private readonly PreferenceFunction? shared;
    private readonly PreferenceFunction[]? perCriterion;

    /// <summary>Creates the method with the same preference function for every criterion.</summary>
    /// <param name="function">The preference function.</param>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is null.</exception>
    public Promethee2(PreferenceFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        shared = function;
        Functions = [function];
    }

    /// <summary>Creates the method with one preference function per criterion, in column order.</summary>
    /// <param name="functions">The preference functions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="functions"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="functions"/> is empty.</exception>
    public Promethee2(IEnumerable<PreferenceFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        perCriterion = [.. functions];
        if (perCriterion.Length == 0)
        {
            throw new ArgumentException("At least one preference function is needed.", nameof(functions));
        }

        for (int j = 0; j < perCriterion.Length; j++)
        {
            if (perCriterion[j] is null)
            {
                throw new ArgumentNullException(nameof(functions), $"functions[{j}] is null.");
            }
        }
        Functions = ImmutableArray.Create(perCriterion);
    }

    /// <summary>Gets the preference functions: one shared by every criterion, or one per criterion.</summary>
    public ImmutableArray<PreferenceFunction> Functions { get; }

    /// <summary>Gets how tied preferences are ranked (default <see cref="TiePolicy.Min"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is undefined.</exception>
    public TiePolicy TiePolicy { get; init => field = McdaChecks.DefinedTiePolicy(value); }

    /// <inheritdoc/>
    public string Name => shared is not null ? $"PROMETHEE II ({shared})" : $"PROMETHEE II ({string.Join("; ", Functions)})";

    /// <inheritdoc cref="IMcdaMethod.Evaluate"/>
    [Pure]
    public PrometheeResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        McdaChecks.Evaluate(matrix, weights);
        int n = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        (double[] plus, double[] minus, double[] net) = Flows(matrix);
        ReadOnlySpan<double> w = weights.AsSpan();
        double[] phiPlus = new double[n];
        double[] phiMinus = new double[n];
        double[] phi = new double[n];
        LinearScorer.Multiply(plus, n, m, w, phiPlus);
        LinearScorer.Multiply(minus, n, m, w, phiMinus);
        LinearScorer.Multiply(net, n, m, w, phi);
        return new PrometheeResult(Name, matrix, weights, phi, TiePolicy, phiPlus, phiMinus, new McdaMatrix(plus, n, m), new McdaMatrix(minus, n, m), new McdaMatrix(net, n, m));
    }

    /// <inheritdoc/>
    McdaResult IMcdaMethod.Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => Evaluate(matrix, weights);

    /// <inheritdoc/>
    [Pure]
    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new LinearScorer(Flows(matrix).Net, matrix.AlternativeCount, matrix.CriterionCount, higherIsBetter: true);
    }

    /// <summary>Unicriterion flows φ⁺_j, φ⁻_j and φ_j = φ⁺_j − φ⁻_j, row-major, each divided by n − 1.</summary>
    private (double[] Plus, double[] Minus, double[] Net) Flows(DecisionMatrix matrix)
    {
        McdaChecks.AtLeastTwoAlternatives(matrix, Name);
        int n = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        if (perCriterion is not null && perCriterion.Length != m)
        {
            throw new McdaRuleException(McdaRule.OptionsMismatch, null, string.Create(CultureInfo.InvariantCulture, $"PROMETHEE II was given {perCriterion.Length} preference functions but the matrix has {m} criteria."));
        }

        double[] plus = new double[n * m];
        double[] minus = new double[n * m];
        double[] net = new double[n * m];
        double[] up = new double[n];
        double[] down = new double[n];
        int[] index = new int[n];
        double[] upPrefix = new double[n + 1];
        double[] downPrefix = new double[n + 1];
        double[] upSums = new double[n];
        double[] downSums = new double[n];
        double scale = 1.0 / (n - 1);
        ReadOnlySpan<double> x = matrix.Values;
        for (int j = 0; j < m; j++)
        {
            PreferenceFunction f = shared ?? perCriterion![j];
            double sign = matrix.Criteria[j].Direction == CriterionDirection.Benefit ? 1 : -1;
            for (int i = 0; i < n; i++)
            {
                up[i] = sign * x[(i * m) + j];
                index[i] = i;
            }

            // up: the oriented column y ascending, index[k] the alternative at position k. F⁺ of that alternative is
            // Σ_b P(y_k − y_b); F⁻ is Σ_b P(y_b − y_k) = Σ_b P((−y_k) − (−y_b)), the same sum over down = −y ascending,
            // where the alternative at up position k sits at down position n − 1 − k.
            Array.Sort(up, index);
            for (int k = 0; k < n; k++)
            {
                down[k] = -up[n - 1 - k];
            }

            double centre = up[n / 2];
            Prefix(up, centre, upPrefix);
            Prefix(down, -centre, downPrefix);
            Sweep(f, up, upPrefix, centre, upSums);
            Sweep(f, down, downPrefix, -centre, downSums);
            for (int k = 0; k < n; k++)
            {
                double fPlus = upSums[k];
                double fMinus = downSums[n - 1 - k];
                int cell = (index[k] * m) + j;
                plus[cell] = fPlus * scale;
                minus[cell] = fMinus * scale;
                net[cell] = (fPlus - fMinus) * scale;
            }
        }

        return (plus, minus, net);
    }

    private static void Prefix(double[] sorted, double centre, double[] prefix)
    {
        prefix[0] = 0;
        for (int k = 0; k < sorted.Length; k++)
        {
            prefix[k + 1] = prefix[k] + (sorted[k] - centre);
        }
    }

    /// <summary>
    /// For every position k of an ascending column s, <c>sums[k] = Σ_b P(s_k − s_b)</c>. The limits <c>s_k − p</c>,
    /// <c>s_k − q</c> and <c>s_k</c> grow with k, so the counts of values strictly below them are found by three pointers
    /// that only move forward: O(n) after the sort (the Gaussian band is summed term by term).
    /// </summary>
    private static void Sweep(PreferenceFunction f, double[] s, double[] prefix, double centre, double[] sums)
    {
        int n = s.Length;
        int full = 0;
        int band = 0;
        int below = 0;
        double twoSigmaSquared = 2 * f.S * f.S;
        double cutoff = f.Kind == PreferenceFunctionKind.Gaussian ? Math.Sqrt(GaussianCutoff * twoSigmaSquared) : 0;
        for (int k = 0; k < n; k++)
        {
            double v = s[k];
            switch (f.Kind)
            {
                case PreferenceFunctionKind.Usual:
                    below = Advance(s, below, v);
                    sums[k] = below;
                    break;
                case PreferenceFunctionKind.UShape:
                    band = Advance(s, band, v - f.Q);
                    sums[k] = band;
                    break;
                case PreferenceFunctionKind.Level:
                    full = Advance(s, full, v - f.P);
                    band = Advance(s, band, v - f.Q);
                    sums[k] = full + (0.5 * (band - full));
                    break;
                case PreferenceFunctionKind.VShape:
                case PreferenceFunctionKind.Linear:
                    {
                        // b with s_b < v − p: P = 1; v − p ≤ s_b < v − q: P = (v − s_b − q)/(p − q); otherwise 0.
                        full = Advance(s, full, v - f.P);
                        band = Advance(s, band, v - f.Q);
                        int count = band - full;
                        double sum = full;
                        if (count > 0)
                        {
                            double sumOfGaps = (count * (v - centre - f.Q)) - (prefix[band] - prefix[full]);
                            sum += sumOfGaps / (f.P - f.Q);
                        }

                        sums[k] = sum;
                        break;
                    }

                default:
                    {
                        full = Advance(s, full, v - cutoff);
                        below = Advance(s, below, v);
                        sums[k] = full + GaussianBand(s, full, below, v, twoSigmaSquared);
                        break;
                    }
            }
        }
    }

    /// <summary>Σ_{b ∈ [from, to)} (1 − exp(−(v − s_b)²/(2s²))), Vector&lt;double&gt;-wide (<see cref="Vector.Exp(Vector{double})"/>) with a scalar tail.</summary>
    private static double GaussianBand(double[] s, int from, int to, double v, double twoSigmaSquared)
    {
        double sum = 0;
        int b = from;
        int width = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated && to - from >= width)
        {
            var vv = new Vector<double>(v);
            var scale = new Vector<double>(-1 / twoSigmaSquared);
            Vector<double> acc = Vector<double>.Zero;
            for (; b <= to - width; b += width)
            {
                Vector<double> d = vv - new Vector<double>(s, b);
                acc += Vector<double>.One - Vector.Exp(d * d * scale);
            }

            sum = Vector.Sum(acc);
        }

        for (; b < to; b++)
        {
            double d = v - s[b];
            sum += 1 - Math.Exp(d * d * (-1 / twoSigmaSquared));
        }

        return sum;
    }

    /// <summary>Moves a pointer forward to the number of elements of an ascending array strictly below <paramref name="limit"/>.</summary>
    private static int Advance(double[] s, int from, double limit)
    {
        while (from < s.Length && s[from] < limit)
        {
            from++;
        }

        return from;
    }
}

/// <summary>The result of <see cref="Promethee2"/>: net flows (the preferences), positive and negative flows and the unicriterion flows.</summary>
public sealed class PrometheeResult : McdaResult
{
    internal PrometheeResult(
        string method,
        DecisionMatrix matrix,
        CriteriaWeights weights,
        double[] net,
        TiePolicy tiePolicy,
        double[] positive,
        double[] negative,
        McdaMatrix unicriterionPositive,
        McdaMatrix unicriterionNegative,
        McdaMatrix unicriterionNet)
        : base(method, matrix, weights, net, higherIsBetter: true, tiePolicy)
    {
        PositiveFlow = ImmutableCollectionsMarshal.AsImmutableArray(positive);
        NegativeFlow = ImmutableCollectionsMarshal.AsImmutableArray(negative);
        UnicriterionPositiveFlows = unicriterionPositive;
        UnicriterionNegativeFlows = unicriterionNegative;
        UnicriterionNetFlows = unicriterionNet;
    }

    /// <summary>Gets the positive (leaving) flow <c>φ⁺(a) = Σ_b π(a, b)/(n − 1)</c>: how much a outranks the others.</summary>
    public ImmutableArray<double> PositiveFlow { get; }

    /// <summary>Gets the negative (entering) flow <c>φ⁻(a) = Σ_b π(b, a)/(n − 1)</c>: how much a is outranked.</summary>
    public ImmutableArray<double> NegativeFlow { get; }

    /// <summary>Gets the net flow <c>φ = φ⁺ − φ⁻</c> (the preferences), in [−1, 1].</summary>
    public ImmutableArray<double> NetFlow => Preferences;

    /// <summary>Gets the unicriterion positive flows <c>Σ_b P_j(d_j(a, b))/(n − 1)</c>.</summary>
    public McdaMatrix UnicriterionPositiveFlows { get; }

    /// <summary>Gets the unicriterion negative flows <c>Σ_b P_j(d_j(b, a))/(n − 1)</c>.</summary>
    public McdaMatrix UnicriterionNegativeFlows { get; }

    /// <summary>Gets the unicriterion net flows <c>φ_j(a)</c>; the net flow is <c>Σ_j w_j φ_j(a)</c>.</summary>
    public McdaMatrix UnicriterionNetFlows { get; }
}
