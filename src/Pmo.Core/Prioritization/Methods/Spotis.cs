using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Pmo.Core.Prioritization;

/// <summary>
/// SPOTIS, the stable preference ordering towards ideal solution: the weighted normalised distance of each alternative
/// to an ideal point fixed by the criteria's bounds; smaller is better. Free of rank reversal.
/// </summary>
/// <remarks>
/// Dezert, Tchamova, Han and Tacnet (2020), "The SPOTIS rank reversal free method for multi-criteria decision-making
/// support", <i>FUSION 2020</i>, §III: with bounds <c>[S_j^min, S_j^max]</c> the ideal solution point is
/// <c>S*_j = S_j^max</c> for a benefit and <c>S_j^min</c> for a cost criterion; the normalised distance is
/// <c>d_ij = |x_ij − S*_j| / (S_j^max − S_j^min)</c> and the score <c>P_i = Σ_j w_j d_ij</c> in [0, 1]. Because the bounds
/// do not depend on the other alternatives, adding or removing a candidate never changes another's score: a portfolio
/// list that changes every cycle keeps its order. The bounds are the criteria's fixed scales
/// (<see cref="Criterion.ScaleMin"/>/<see cref="Criterion.ScaleMax"/>) or given explicitly.
/// </remarks>
public sealed class Spotis : IMcdaMethod
{
    private readonly double[]? min;
    private readonly double[]? max;

    /// <summary>Creates the method with the bounds taken from each criterion's fixed scale.</summary>
    public Spotis()
    {
    }

    /// <summary>Creates the method with explicit bounds, one pair per criterion.</summary>
    /// <param name="minimum">The lower bound of each criterion.</param>
    /// <param name="maximum">The upper bound of each criterion; each greater than its lower bound.</param>
    /// <exception cref="ArgumentNullException">A bound list is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, an upper bound is not above its lower bound.</exception>
    public Spotis(IReadOnlyList<double> minimum, IReadOnlyList<double> maximum)
        : this()
    {
        ArgumentNullException.ThrowIfNull(minimum);
        ArgumentNullException.ThrowIfNull(maximum);
        if (minimum.Count == 0 || minimum.Count != maximum.Count)
        {
            throw new ArgumentException($"minimum and maximum must be non-empty and of equal length (got {minimum.Count} and {maximum.Count}).", nameof(maximum));
        }

        for (int j = 0; j < minimum.Count; j++)
        {
            if (!double.IsFinite(minimum[j]))
            {
                throw new ArgumentOutOfRangeException(nameof(minimum), minimum[j], string.Create(CultureInfo.InvariantCulture, $"minimum[{j}] must be finite (got {minimum[j]})."));
            }

            if (!double.IsFinite(maximum[j]) || maximum[j] <= minimum[j])
            {
                throw new ArgumentOutOfRangeException(nameof(maximum), maximum[j], string.Create(CultureInfo.InvariantCulture, $"maximum[{j}] must be finite and greater than minimum[{j}] = {minimum[j]} (got {maximum[j]})."));
            }
        }

        min = [.. minimum];
        max = [.. maximum];
    }

    /// <summary>Gets how tied preferences are ranked (default <see cref="TiePolicy.Min"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is undefined.</exception>
    public TiePolicy TiePolicy { get; init => field = McdaChecks.DefinedTiePolicy(value); }

    /// <inheritdoc/>
    public string Name => min is null ? "SPOTIS (bounds from the criteria's fixed scales)" : "SPOTIS (explicit bounds)";

    /// <inheritdoc cref="IMcdaMethod.Evaluate"/>
    [Pure]
    public SpotisResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        McdaChecks.Evaluate(matrix, weights);
        (double[] d, double[] lo, double[] hi, double[] ideal) = Distances(matrix);
        double[] p = new double[matrix.AlternativeCount];
        LinearScorer.Multiply(d, matrix.AlternativeCount, matrix.CriterionCount, weights.AsSpan(), p);
        return new SpotisResult(Name, matrix, weights, p, TiePolicy, lo, hi, ideal, new McdaMatrix(d, matrix.AlternativeCount, matrix.CriterionCount));
    }

    /// <inheritdoc/>
    McdaResult IMcdaMethod.Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => Evaluate(matrix, weights);

    /// <inheritdoc/>
    [Pure]
    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new LinearScorer(Distances(matrix).D, matrix.AlternativeCount, matrix.CriterionCount, higherIsBetter: false);
    }

    private (double[] D, double[] Lo, double[] Hi, double[] Ideal) Distances(DecisionMatrix matrix)
    {
        int m = matrix.CriterionCount;
        double[] lo = new double[m];
        double[] hi = new double[m];
        double[] ideal = new double[m];
        if (min is not null && min.Length != m)
        {
            throw new McdaRuleException(McdaRule.OptionsMismatch, null, string.Create(CultureInfo.InvariantCulture, $"{Name} was given bounds for {min.Length} criteria but the matrix has {m}."));
        }

        for (int j = 0; j < m; j++)
        {
            Criterion c = matrix.Criteria[j];
            if (min is not null)
            {
                lo[j] = min[j];
                hi[j] = max![j];
            }
            else if (c.HasFixedScale)
            {
                lo[j] = c.ScaleMin!.Value;
                hi[j] = c.ScaleMax!.Value;
            }
            else
            {
                throw new McdaRuleException(McdaRule.MissingFixedScale, c.Id, $"{Name} needs bounds for every criterion, but criterion '{c.Id}' has no fixed scale; give the criterion scaleMin and scaleMax or pass explicit bounds.");
            }

            ideal[j] = c.Direction == CriterionDirection.Benefit ? hi[j] : lo[j];
        }

        ReadOnlySpan<double> x = matrix.Values;
        double[] d = new double[x.Length];
        for (int k = 0; k < x.Length; k++)
        {
            int j = k % m;
            if (x[k] < lo[j] || x[k] > hi[j])
            {
                throw new McdaRuleException(
                    McdaRule.OutsideBounds,
                    matrix.Criteria[j].Id,
                    string.Create(CultureInfo.InvariantCulture, $"{Name}: alternative '{matrix.Alternatives[k / m]}' has {x[k]} on criterion '{matrix.Criteria[j].Id}', outside the bounds [{lo[j]}, {hi[j]}]."));
            }

            d[k] = Math.Abs(x[k] - ideal[j]) / (hi[j] - lo[j]);
        }

        return (d, lo, hi, ideal);
    }
}

/// <summary>The result of <see cref="Spotis"/>: scores (smaller is better), bounds, ideal point and distances.</summary>
public sealed class SpotisResult : McdaResult
{
    internal SpotisResult(string method, DecisionMatrix matrix, CriteriaWeights weights, double[] p, TiePolicy tiePolicy, double[] lo, double[] hi, double[] ideal, McdaMatrix distances)
        : base(method, matrix, weights, p, higherIsBetter: false, tiePolicy)
    {
        LowerBounds = ImmutableCollectionsMarshal.AsImmutableArray(lo);
        UpperBounds = ImmutableCollectionsMarshal.AsImmutableArray(hi);
        IdealPoint = ImmutableCollectionsMarshal.AsImmutableArray(ideal);
        NormalizedDistances = distances;
    }

    /// <summary>Gets the lower bound of each criterion.</summary>
    public ImmutableArray<double> LowerBounds { get; }

    /// <summary>Gets the upper bound of each criterion.</summary>
    public ImmutableArray<double> UpperBounds { get; }

    /// <summary>Gets the ideal solution point <c>S*</c> (upper bound for benefit, lower bound for cost criteria).</summary>
    public ImmutableArray<double> IdealPoint { get; }

    /// <summary>Gets <c>d_ij = |x_ij − S*_j| / (S_j^max − S_j^min)</c>.</summary>
    public McdaMatrix NormalizedDistances { get; }

    /// <summary>Gets the weighted average distance to the ideal point (the preferences; smaller is better).</summary>
    public ImmutableArray<double> Scores => Preferences;
}
