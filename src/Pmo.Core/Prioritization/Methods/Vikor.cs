using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.InteropServices;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization;

/// <summary>
/// VIKOR (VIseKriterijumska Optimizacija I Kompromisno Resenje), the compromise ranking method: group utility
/// <c>S</c>, individual regret <c>R</c> and the compromise index <c>Q</c>; smaller <c>Q</c> is better.
/// </summary>
/// <remarks>
/// <para>
/// Opricovic and Tzeng (2004), "Compromise solution by MCDM methods: A comparative analysis of VIKOR and TOPSIS",
/// <i>EJOR</i> 156(2), §3.1, equations (4)–(6): with <c>f*_j</c> the best and <c>f⁻_j</c> the worst value of criterion
/// <c>j</c> (max/min for benefit, min/max for cost), <c>d_ij = (f*_j − f_ij)/(f*_j − f⁻_j)</c>,
/// <c>S_i = Σ_j w_j d_ij</c>, <c>R_i = max_j w_j d_ij</c>,
/// <c>Q_i = v(S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*)</c> with <c>S* = min S</c>, <c>S⁻ = max S</c> (same for R)
/// and <c>v</c> the weight of the strategy of the majority of criteria (default 0.5).
/// </para>
/// <para>
/// The compromise solution is the best alternative by <c>Q</c>, <c>a'</c>, if C1 "acceptable advantage"
/// <c>Q(a'') − Q(a') ≥ DQ = 1/(n − 1)</c> (<c>a''</c> second by Q) and C2 "acceptable stability" (<c>a'</c> is also best by
/// S or by R) hold. If only C2 fails the compromise set is {a', a''}; if C1 fails it is a', a'', …, a⁽ᴹ⁾ with M the largest
/// position for which <c>Q(a⁽ᴹ⁾) − Q(a') &lt; DQ</c>.
/// </para>
/// <para>
/// A constant criterion divides by zero and is an error naming the criterion. When every alternative has the same S
/// (or the same R) the corresponding term of Q is taken as 0 and a diagnostic says so.
/// </para>
/// </remarks>
public sealed class Vikor : IMcdaMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="v">The weight of the strategy of the majority of criteria, in [0, 1] (default 0.5).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="v"/> is outside [0, 1] or not finite.</exception>
    public Vikor(double v = 0.5)
    {
        if (!(v >= 0 && v <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(v), v, string.Create(CultureInfo.InvariantCulture, $"v must lie in [0, 1] (got {v})."));
        }
        V = v;
    }

    /// <summary>Gets the weight of the strategy of the majority of criteria.</summary>
    public double V { get; }

    /// <summary>Gets how tied preferences are ranked (default <see cref="TiePolicy.Min"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is undefined.</exception>
    public TiePolicy TiePolicy { get; init => field = McdaChecks.DefinedTiePolicy(value); }

    /// <inheritdoc/>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"VIKOR (v = {V})");

    /// <inheritdoc cref="IMcdaMethod.Evaluate"/>
    [Pure]
    public VikorResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        McdaChecks.Evaluate(matrix, weights);
        int n = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        (double[] d, double[] best, double[] worst) = Regrets(matrix);
        ReadOnlySpan<double> w = weights.AsSpan();
        double[] s = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++)
        {
            (s[i], r[i]) = GroupAndRegret(d.AsSpan(i * m, m), w);
        }

        double[] q = new double[n];
        var diagnostics = new List<Diagnostic>();
        Compromise(s, r, V, q, diagnostics);

        var byQ = Ranking.FromPreferences(q, higherIsBetter: false, TiePolicy);
        var byS = Ranking.FromPreferences(s, higherIsBetter: false, TiePolicy);
        var byR = Ranking.FromPreferences(r, higherIsBetter: false, TiePolicy);
        int first = byQ.Order[0];
        int second = byQ.Order[1];
        double dq = 1.0 / (n - 1);
        bool advantage = q[second] - q[first] >= dq;
        bool stability = s[first] == s[byS.Order[0]] || r[first] == r[byR.Order[0]];
        var set = new List<int> { first };
        if (!advantage)
        {
            for (int k = 1; k < n && q[byQ.Order[k]] - q[first] < dq; k++)
            {
                set.Add(byQ.Order[k]);
            }
        }
        else if (!stability)
        {
            set.Add(second);
        }

        return new VikorResult(Name, matrix, weights, q, TiePolicy, diagnostics, V, best, worst, new McdaMatrix(d, n, m), s, r, byS, byR, dq, advantage, stability, [.. set.Select(i => matrix.Alternatives[i])]);
    }

    /// <inheritdoc/>
    McdaResult IMcdaMethod.Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => Evaluate(matrix, weights);

    /// <inheritdoc/>
    [Pure]
    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new Scorer(Regrets(matrix).D, matrix.AlternativeCount, matrix.CriterionCount, V);
    }

    private static (double S, double R) GroupAndRegret(ReadOnlySpan<double> d, ReadOnlySpan<double> w)
    {
        double s = 0;
        double r = 0;
        for (int j = 0; j < d.Length; j++)
        {
            double x = w[j] * d[j];
            s += x;
            r = Math.Max(r, x);
        }

        return (s, r);
    }

    private static void Compromise(ReadOnlySpan<double> s, ReadOnlySpan<double> r, double v, Span<double> q, List<Diagnostic>? diagnostics)
    {
        double sMin = double.PositiveInfinity;
        double sMax = double.NegativeInfinity;
        double rMin = double.PositiveInfinity;
        double rMax = double.NegativeInfinity;
        for (int i = 0; i < s.Length; i++)
        {
            sMin = Math.Min(sMin, s[i]);
            sMax = Math.Max(sMax, s[i]);
            rMin = Math.Min(rMin, r[i]);
            rMax = Math.Max(rMax, r[i]);
        }

        double sRange = sMax - sMin;
        double rRange = rMax - rMin;
        if (sRange == 0)
        {
            diagnostics?.Add(new Diagnostic(DiagnosticKind.Information, "Q", "Every alternative has the same group utility S, so (S − S*)/(S⁻ − S*) is undefined and is taken as 0 in Q."));
        }

        if (rRange == 0)
        {
            diagnostics?.Add(new Diagnostic(DiagnosticKind.Information, "Q", "Every alternative has the same individual regret R, so (R − R*)/(R⁻ − R*) is undefined and is taken as 0 in Q."));
        }

        for (int i = 0; i < q.Length; i++)
        {
            double qs = sRange == 0 ? 0 : (s[i] - sMin) / sRange;
            double qr = rRange == 0 ? 0 : (r[i] - rMin) / rRange;
            q[i] = (v * qs) + ((1 - v) * qr);
        }
    }

    private (double[] D, double[] Best, double[] Worst) Regrets(DecisionMatrix matrix)
    {
        McdaChecks.AtLeastTwoAlternatives(matrix, Name);
        int n = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        ReadOnlySpan<double> x = matrix.Values;
        double[] best = new double[m];
        double[] worst = new double[m];
        ColumnExtremes.Compute(x, n, m, best, worst);
        for (int j = 0; j < m; j++)
        {
            double hi = best[j];
            double lo = worst[j];
            if (hi == lo)
            {
                throw McdaRuleException.ConstantColumn(Name, matrix.Criteria[j], hi);
            }

            bool cost = matrix.Criteria[j].Direction == CriterionDirection.Cost;
            best[j] = cost ? lo : hi;
            worst[j] = cost ? hi : lo;
        }

        double[] d = new double[x.Length];
        for (int k = 0; k < d.Length; k++)
        {
            int j = k % m;
            d[k] = (best[j] - x[k]) / (best[j] - worst[j]);
        }

        return (d, best, worst);
    }

    private sealed class Scorer(double[] d, int n, int m, double v) : IMcdaScorer
    {
        public int AlternativeCount => n;

        public int CriterionCount => m;

        public bool HigherIsBetter => false;

        public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
        {
            McdaChecks.Spans(this, weights, preferences);

            // Pass 1: the extremes of S and R; pass 2 recomputes S and R per alternative (no buffers, no allocation).
            double sMin = double.PositiveInfinity;
            double sMax = double.NegativeInfinity;
            double rMin = double.PositiveInfinity;
            double rMax = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                (double s, double r) = GroupAndRegret(d.AsSpan(i * m, m), weights);
                sMin = Math.Min(sMin, s);
                sMax = Math.Max(sMax, s);
                rMin = Math.Min(rMin, r);
                rMax = Math.Max(rMax, r);
            }

            double sRange = sMax - sMin;
            double rRange = rMax - rMin;
            for (int i = 0; i < n; i++)
            {
                (double s, double r) = GroupAndRegret(d.AsSpan(i * m, m), weights);
                double qs = sRange == 0 ? 0 : (s - sMin) / sRange;
                double qr = rRange == 0 ? 0 : (r - rMin) / rRange;
                preferences[i] = (v * qs) + ((1 - v) * qr);
            }
        }
    }
}

/// <summary>The result of <see cref="Vikor"/>: S, R, Q, the two conditions and the compromise set.</summary>
public sealed class VikorResult : McdaResult
{
    internal VikorResult(
        string method,
        DecisionMatrix matrix,
        CriteriaWeights weights,
        double[] q,
        TiePolicy tiePolicy,
        IEnumerable<Diagnostic> diagnostics,
        double v,
        double[] best,
        double[] worst,
        McdaMatrix regrets,
        double[] s,
        double[] r,
        Ranking byS,
        Ranking byR,
        double dq,
        bool advantage,
        bool stability,
        ImmutableArray<string> compromiseSet)
        : base(method, matrix, weights, q, higherIsBetter: false, tiePolicy, diagnostics)
    {
        V = v;
        BestValues = ImmutableCollectionsMarshal.AsImmutableArray(best);
        WorstValues = ImmutableCollectionsMarshal.AsImmutableArray(worst);
        NormalizedRegrets = regrets;
        S = ImmutableCollectionsMarshal.AsImmutableArray(s);
        R = ImmutableCollectionsMarshal.AsImmutableArray(r);
        RankingByS = byS;
        RankingByR = byR;
        AdvantageThreshold = dq;
        AcceptableAdvantage = advantage;
        AcceptableStability = stability;
        CompromiseSet = compromiseSet;
    }

    /// <summary>Gets the weight v of the strategy of the majority of criteria.</summary>
    public double V { get; }

    /// <summary>Gets the best value <c>f*_j</c> of each criterion (the ideal point).</summary>
    public ImmutableArray<double> BestValues { get; }

    /// <summary>Gets the worst value <c>f⁻_j</c> of each criterion (the anti-ideal point).</summary>
    public ImmutableArray<double> WorstValues { get; }

    /// <summary>Gets <c>d_ij = (f*_j − f_ij)/(f*_j − f⁻_j)</c>, in [0, 1] (0 at the best value).</summary>
    public McdaMatrix NormalizedRegrets { get; }

    /// <summary>Gets the group utility <c>S_i = Σ_j w_j d_ij</c> (smaller is better).</summary>
    public ImmutableArray<double> S { get; }

    /// <summary>Gets the individual regret <c>R_i = max_j w_j d_ij</c> (smaller is better).</summary>
    public ImmutableArray<double> R { get; }

    /// <summary>Gets the compromise index Q (the preferences; smaller is better).</summary>
    public ImmutableArray<double> Q => Preferences;

    /// <summary>Gets the ranking by S.</summary>
    public Ranking RankingByS { get; }

    /// <summary>Gets the ranking by R.</summary>
    public Ranking RankingByR { get; }

    /// <summary>Gets DQ = 1/(n − 1), the threshold of condition C1.</summary>
    public double AdvantageThreshold { get; }

    /// <summary>Gets a value indicating whether C1 (acceptable advantage) holds: <c>Q(a'') − Q(a') ≥ DQ</c>.</summary>
    public bool AcceptableAdvantage { get; }

    /// <summary>Gets a value indicating whether C2 (acceptable stability) holds: the best by Q is also best by S or by R.</summary>
    public bool AcceptableStability { get; }

    /// <summary>Gets the compromise solution(s), best by Q first: one id when C1 and C2 hold, otherwise the set of Opricovic and Tzeng (2004).</summary>
    public ImmutableArray<string> CompromiseSet { get; }
}
