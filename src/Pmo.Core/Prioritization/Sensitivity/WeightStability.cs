using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>What must stay unchanged inside a weight-stability interval.</summary>
public enum StabilityTarget
{
    /// <summary>The set of the top-k alternatives (their order may change). The default.</summary>
    TopKSet = 0,

    /// <summary>The top-k alternatives and their order.</summary>
    TopKOrder = 1,
}

/// <summary>How the ends of a weight-stability interval are found.</summary>
public enum CrossingSearch
{
    /// <summary>Exact crossings when the method's scores prove affine along the weight path (checked at probe points), bisection otherwise. The default.</summary>
    Auto = 0,

    /// <summary>Exact crossings of affine score lines (weighted sum and other methods linear in the weights); an error if the probes show the method is not affine.</summary>
    Linear = 1,

    /// <summary>A grid scan followed by bisection to the tolerance, for any method.</summary>
    Bisection = 2,
}

/// <summary>
/// Weight-stability intervals: for each criterion, how low and how high its weight can go (the others re-scaled
/// proportionally) before the top-k alternatives change.
/// </summary>
/// <remarks>
/// <para>
/// The weight path of criterion k is w_k = t, w_j(t) = w_j (1 − t)/(1 − w_k) for j ≠ k, t in (0, 1), as in
/// <see cref="WeightSensitivity"/>. The interval is the largest (Lower, Upper) around the base weight on which the top-k
/// set (or order, <see cref="StabilityTarget"/>) equals the baseline's (Mareschal, B., 1988, "Weight stability intervals
/// in multicriteria decision aid", European Journal of Operational Research 33(1); Wolters, W. T. M. and Mareschal, B.,
/// 1995, "Novel types of sensitivity analysis for additive MCDM methods", EJOR 81(2)).
/// </para>
/// <para>
/// For a method whose preference values are linear in the weights (weighted sum), each P_i(t) = a_i + b_i t is a line,
/// so the ends are the exact intersections t* = (a_j − a_i)/(b_i − b_j) nearest the base weight of a pair (i, j) in which
/// i is in the top-k and j overtakes it. The lines are fitted from two evaluations and verified at three more points.
/// For other methods the path is scanned on a grid of <c>scanSteps</c> points on each side and the first change is
/// bracketed by bisection to <c>tolerance</c>; a change that reverts between two grid points is not seen.
/// </para>
/// <para>
/// An end is the tie point: at it the challenger ties the displaced alternative (ties are broken by input order, as in
/// <see cref="Ranking"/>). Lower = 0 or Upper = 1 with a null challenger means the top-k never changes on that side.
/// </para>
/// </remarks>
public static class WeightStability
{
    /// <summary>Computes the weight-stability interval of every criterion.</summary>
    /// <param name="method">The MCDA method.</param>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="weights">The base weights (at least two criteria).</param>
    /// <param name="topK">The size of the top list, in [1, alternatives]; default 1.</param>
    /// <param name="target">Whether the top-k set or the top-k order must stay unchanged.</param>
    /// <param name="search">How the ends are found.</param>
    /// <param name="tolerance">The bisection tolerance on the weight, in (0, 0.01]; default 1e-9. Also the distance kept from the bounds 0 and 1. Bisection also stops when the bracket has shrunk to two adjacent doubles, so a tolerance below their spacing ends at full precision instead of looping.</param>
    /// <param name="scanSteps">The number of grid points on each side for bisection, in [2, 100000]; default 200.</param>
    /// <returns>The intervals, one per criterion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The weights do not match the matrix; fewer than two criteria; with <see cref="CrossingSearch.Linear"/>, the method is not linear in the weights (paramName <c>method</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">The method's scorer returned a non-finite preference value.</exception>
    [Pure]
    public static WeightStabilityResult Intervals(
        IMcdaMethod method,
        DecisionMatrix matrix,
        CriteriaWeights weights,
        int topK = 1,
        StabilityTarget target = StabilityTarget.TopKSet,
        CrossingSearch search = CrossingSearch.Auto,
        double tolerance = 1e-9,
        int scanSteps = 200)
    {
        SensitivityHelpers.CheckCommon(method, matrix, weights);
        SensitivityHelpers.CheckTwoCriteria(weights);
        SensitivityHelpers.CheckTopK(matrix, topK);
        if (!Enum.IsDefined(target))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "target must be TopKSet or TopKOrder.");
        }

        if (!Enum.IsDefined(search))
        {
            throw new ArgumentOutOfRangeException(nameof(search), search, "search must be Auto, Linear or Bisection.");
        }

        if (!double.IsFinite(tolerance) || tolerance <= 0 || tolerance > 0.01)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, string.Create(CultureInfo.InvariantCulture, $"tolerance must lie in (0, 0.01] (got {tolerance})."));
        }

        if (scanSteps < 2 || scanSteps > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(scanSteps), scanSteps, $"scanSteps must lie in [2, 100000] (got {scanSteps}).");
        }

        IMcdaScorer scorer = method.Prepare(matrix);
        var path = new WeightPath(scorer, weights, topK, target == StabilityTarget.TopKOrder);
        var intervals = ImmutableArray.CreateBuilder<WeightStabilityInterval>(weights.Count);
        for (int k = 0; k < weights.Count; k++)
        {
            path.Criterion = k;
            path.TopAt(weights[k], path.Baseline);
            bool exact = false;
            Crossing lower, upper;
            if (search != CrossingSearch.Bisection && path.TryFitLines(out double[] a, out double[] b))
            {
                (lower, upper) = path.LinearCrossings(a, b);
                exact = true;
            }
            else if (search == CrossingSearch.Linear)
            {
                throw new ArgumentException(
                    $"The method '{method.Name}' is not linear in the weights along the path of criterion '{matrix.Criteria[k].Id}' (its preference values are not affine in the weight); use CrossingSearch.Bisection or Auto.",
                    nameof(method));
            }
            else
            {
                lower = path.Bisect(-1, tolerance, scanSteps);
                upper = path.Bisect(+1, tolerance, scanSteps);
            }

            intervals.Add(new WeightStabilityInterval(
                k,
                matrix.Criteria[k].Id,
                weights[k],
                lower.At,
                upper.At,
                Name(matrix, lower.Challenger),
                Name(matrix, lower.Displaced),
                Name(matrix, upper.Challenger),
                Name(matrix, upper.Displaced),
                exact));
        }

        path.Criterion = 0;
        path.TopAt(weights[0], path.Baseline);
        return new WeightStabilityResult(method.Name, topK, target, [.. path.Baseline.Select(i => matrix.Alternatives[i])], intervals.MoveToImmutable());
    }

    private static string? Name(DecisionMatrix matrix, int index) => index < 0 ? null : matrix.Alternatives[index];

    private readonly record struct Crossing(double At, int Challenger, int Displaced);

    /// <summary>Evaluations along the weight path of one criterion, with reusable buffers.</summary>
    private sealed class WeightPath
    {
        private readonly IMcdaScorer scorer;
        private readonly CriteriaWeights weights;
        private readonly bool ordered;
        private readonly double[] w;
        private readonly double[] p;
        private readonly int[] probe;

        public WeightPath(IMcdaScorer scorer, CriteriaWeights weights, int topK, bool ordered)
        {
            this.scorer = scorer;
            this.weights = weights;
            this.ordered = ordered;
            w = new double[weights.Count];
            p = new double[scorer.AlternativeCount];
            Baseline = new int[topK];
            probe = new int[topK];
        }

        public int Criterion { get; set; }

        public int[] Baseline { get; }

        public void Evaluate(double t, double[] destination)
        {
            SensitivityHelpers.Rescale(weights.AsSpan(), Criterion, t, w);
            scorer.Score(w, destination);
        }

        public void TopAt(double t, int[] destination)
        {
            Evaluate(t, p);
            SensitivityHelpers.TopK(p, scorer.HigherIsBetter, destination);
        }

        public bool TryFitLines(out double[] a, out double[] b)
        {
            double t0 = weights[Criterion];
            double t1 = t0 + ((1 - t0) / 2);
            double[] p0 = new double[p.Length];
            double[] p1 = new double[p.Length];
            Evaluate(t0, p0);
            Evaluate(t1, p1);
            a = new double[p.Length];
            b = new double[p.Length];
            double scale = 1;
            for (int i = 0; i < p.Length; i++)
            {
                b[i] = (p1[i] - p0[i]) / (t1 - t0);
                a[i] = p0[i] - (b[i] * t0);
                scale = Math.Max(scale, Math.Max(Math.Abs(p0[i]), Math.Abs(p1[i])));
            }

            double[] check = new double[p.Length];
            foreach (double t in (ReadOnlySpan<double>)[t0 / 3, t0 + ((1 - t0) * 0.9), (t0 + t1) / 2.7])
            {
                Evaluate(t, check);
                for (int i = 0; i < p.Length; i++)
                {
                    double fitted = a[i] + (b[i] * t);
                    if (!double.IsFinite(check[i]) || Math.Abs(check[i] - fitted) > 1e-9 * scale)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        public (Crossing Lower, Crossing Upper) LinearCrossings(double[] a, double[] b)
        {
            double t0 = weights[Criterion];
            bool higher = scorer.HigherIsBetter;
            var lower = new Crossing(0, -1, -1);
            var upper = new Crossing(1, -1, -1);
            var inTop = new HashSet<int>(Baseline);
            for (int i = 0; i < a.Length; i++)
            {
                if (!inTop.Contains(i))
                {
                    continue;
                }

                for (int j = 0; j < a.Length; j++)
                {
                    if (j == i || (!ordered && inTop.Contains(j)))
                    {
                        continue;
                    }

                    // Only pairs in which i is ahead of j at the base weight matter: j overtaking i changes the top-k.
                    if (ordered && inTop.Contains(j) && Array.IndexOf(Baseline, j) < Array.IndexOf(Baseline, i))
                    {
                        continue;
                    }

                    // d(t) = advantage of i over j, positive when i is better: (a_i - a_j) + (b_i - b_j) t, sign-flipped for lower-is-better.
                    double da = higher ? a[i] - a[j] : a[j] - a[i];
                    double db = higher ? b[i] - b[j] : b[j] - b[i];
                    if (db == 0)
                    {
                        continue;
                    }

                    double crossing = -da / db;
                    if (db < 0 && crossing >= t0 && crossing < upper.At)
                    {
                        upper = new Crossing(crossing, j, i);
                    }
                    else if (db > 0 && crossing <= t0 && crossing > lower.At)
                    {
                        lower = new Crossing(crossing, j, i);
                    }
                }
            }

            return (lower, upper);
        }

        public Crossing Bisect(int direction, double tolerance, int steps)
        {
            double t0 = weights[Criterion];
            double bound = direction > 0 ? 1 - tolerance : tolerance;
            if ((direction > 0 && bound <= t0) || (direction < 0 && bound >= t0))
            {
                return new Crossing(direction > 0 ? 1 : 0, -1, -1);
            }

            double inside = t0;
            for (int s = 1; s <= steps; s++)
            {
                double t = s == steps ? bound : t0 + ((bound - t0) * s / steps);
                TopAt(t, probe);
                if (!SensitivityHelpers.SameTop(Baseline, probe, ordered))
                {
                    double outside = t;
                    while (Math.Abs(outside - inside) > tolerance)
                    {
                        double mid = (inside + outside) / 2;
                        if (mid == inside || mid == outside)
                        {
                            // The bracket is two adjacent doubles: a tolerance below their spacing cannot be met.
                            break;
                        }

                        TopAt(mid, probe);
                        if (SensitivityHelpers.SameTop(Baseline, probe, ordered))
                        {
                            inside = mid;
                        }
                        else
                        {
                            outside = mid;
                        }
                    }

                    TopAt(outside, probe);
                    (int challenger, int displaced) = SensitivityHelpers.Difference(Baseline, probe, ordered);
                    return new Crossing((inside + outside) / 2, challenger, displaced);
                }

                inside = t;
            }

            return new Crossing(direction > 0 ? 1 : 0, -1, -1);
        }
    }
}

/// <summary>The weight-stability intervals of every criterion. Immutable.</summary>
public sealed class WeightStabilityResult
{
    internal WeightStabilityResult(string method, int topK, StabilityTarget target, ImmutableArray<string> baselineTop, ImmutableArray<WeightStabilityInterval> intervals)
    {
        Method = method;
        TopK = topK;
        Target = target;
        BaselineTop = baselineTop;
        Intervals = intervals;
    }

    /// <summary>Gets the method's display name.</summary>
    public string Method { get; }

    /// <summary>Gets the size of the top list.</summary>
    public int TopK { get; }

    /// <summary>Gets whether the set or the order of the top-k must stay unchanged.</summary>
    public StabilityTarget Target { get; }

    /// <summary>Gets the baseline top-k alternatives' ids, best first.</summary>
    public ImmutableArray<string> BaselineTop { get; }

    /// <summary>Gets one interval per criterion, in column order.</summary>
    public ImmutableArray<WeightStabilityInterval> Intervals { get; }
}

/// <summary>The range of one criterion's weight over which the top-k does not change. Immutable.</summary>
public sealed class WeightStabilityInterval
{
    internal WeightStabilityInterval(int criterion, string criterionId, double weight, double lower, double upper, string? lowerChallenger, string? lowerDisplaced, string? upperChallenger, string? upperDisplaced, bool exact)
    {
        CriterionIndex = criterion;
        CriterionId = criterionId;
        Weight = weight;
        Lower = lower;
        Upper = upper;
        LowerChallenger = lowerChallenger;
        LowerDisplaced = lowerDisplaced;
        UpperChallenger = upperChallenger;
        UpperDisplaced = upperDisplaced;
        IsExact = exact;
    }

    /// <summary>Gets the criterion's index.</summary>
    public int CriterionIndex { get; }

    /// <summary>Gets the criterion's id.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the base weight.</summary>
    public double Weight { get; }

    /// <summary>Gets the lowest weight keeping the top-k (0 when it never changes below the base weight).</summary>
    public double Lower { get; }

    /// <summary>Gets the highest weight keeping the top-k (1 when it never changes above the base weight).</summary>
    public double Upper { get; }

    /// <summary>Gets the alternative that enters (or moves up in) the top-k just below <see cref="Lower"/>, or null.</summary>
    public string? LowerChallenger { get; }

    /// <summary>Gets the alternative it overtakes just below <see cref="Lower"/>, or null.</summary>
    public string? LowerDisplaced { get; }

    /// <summary>Gets the alternative that enters (or moves up in) the top-k just above <see cref="Upper"/>, or null.</summary>
    public string? UpperChallenger { get; }

    /// <summary>Gets the alternative it overtakes just above <see cref="Upper"/>, or null.</summary>
    public string? UpperDisplaced { get; }

    /// <summary>Gets a value indicating whether the ends are exact line intersections (true) or bisection brackets to the tolerance (false).</summary>
    public bool IsExact { get; }

    /// <summary>Gets the width Upper − Lower.</summary>
    public double Width => Upper - Lower;
}
