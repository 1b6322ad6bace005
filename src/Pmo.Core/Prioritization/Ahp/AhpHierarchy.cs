using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>How alternative priorities are synthesised across the leaf criteria of a hierarchy.</summary>
public enum AhpSynthesisMode
{
    /// <summary>
    /// Distributive mode: each leaf's alternative priorities sum to 1, and the score is
    /// <c>Σ_leaf globalWeight(leaf) · priority(alternative | leaf)</c> (Saaty 1980). Scores sum to 1.
    /// </summary>
    Distributive = 0,

    /// <summary>
    /// Ideal mode: each leaf's alternative priorities are divided by the best one under that leaf, so the best scores 1
    /// (V. Belton and T. Gear, "On a short-coming of Saaty's method of analytic hierarchies", <i>Omega</i> 11(3), 1983,
    /// 228–230; adopted by Saaty as the ideal mode). Prevents rank reversal when a copy or a dominated alternative is added.
    /// </summary>
    Ideal = 1,
}

/// <summary>How the alternatives are evaluated under one leaf criterion: by a pairwise matrix or by direct ratings.</summary>
public sealed class AhpAlternativeEvaluation
{
    private AhpAlternativeEvaluation(PairwiseMatrix? matrix, ImmutableArray<double> ratings)
    {
        Matrix = matrix;
        Ratings = ratings;
    }

    /// <summary>Gets the pairwise matrix over the alternatives, or null for direct ratings.</summary>
    public PairwiseMatrix? Matrix { get; }

    /// <summary>Gets the direct ratings (empty for a pairwise matrix).</summary>
    public ImmutableArray<double> Ratings { get; }

    /// <summary>Gets the number of alternatives evaluated.</summary>
    public int Count => Matrix?.Size ?? Ratings.Length;

    /// <summary>Evaluates the alternatives by a pairwise matrix (in the hierarchy's alternative order).</summary>
    /// <param name="matrix">The matrix; when labelled, the labels must equal the alternative ids in order.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    [Pure]
    public static AhpAlternativeEvaluation Pairwise(PairwiseMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new AhpAlternativeEvaluation(matrix, []);
    }

    /// <summary>
    /// Evaluates the alternatives by direct ratings on a ratio scale (larger is better), normalised by their sum
    /// (distributive) or by their maximum (ideal).
    /// </summary>
    /// <param name="ratings">One rating per alternative: non-negative, finite, not all zero.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, a rating is negative or not finite (named), or all are zero.</exception>
    [Pure]
    public static AhpAlternativeEvaluation Rated(IReadOnlyList<double> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count == 0)
        {
            throw new ArgumentException($"{nameof(ratings)} is empty.", nameof(ratings));
        }

        double max = 0;
        for (int i = 0; i < ratings.Count; i++)
        {
            double v = ratings[i];
            if (!double.IsFinite(v) || v < 0)
            {
                throw new ArgumentException($"{nameof(ratings)}[{i}] must be a finite number, zero or positive (got {v.ToString(CultureInfo.InvariantCulture)}).", nameof(ratings));
            }

            max = Math.Max(max, v);
        }

        if (max == 0)
        {
            throw new ArgumentException($"{nameof(ratings)} are all zero; at least one alternative must have a positive rating.", nameof(ratings));
        }

        return new AhpAlternativeEvaluation(null, [.. ratings]);
    }
}

/// <summary>
/// A criterion of an <see cref="AhpHierarchy"/>: its id, its parent criterion (null under the goal), and either the
/// pairwise matrix over its sub-criteria or, for a leaf, the evaluation of the alternatives under it.
/// </summary>
public sealed class AhpCriterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="id">The unique id (non-blank).</param>
    /// <param name="parentId">The parent criterion's id, or null for a criterion compared directly under the goal.</param>
    /// <param name="subCriteriaComparison">For a criterion with sub-criteria: the pairwise matrix over them, in the order they appear in the hierarchy's list.</param>
    /// <param name="alternatives">For a leaf criterion: how the alternatives are evaluated under it.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank, <paramref name="parentId"/> is blank, or both or neither of the last two are given.</exception>
    public AhpCriterion(string id, string? parentId = null, PairwiseMatrix? subCriteriaComparison = null, AhpAlternativeEvaluation? alternatives = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (parentId is not null && string.IsNullOrWhiteSpace(parentId))
        {
            throw new ArgumentException($"{nameof(parentId)} of '{id}' is blank; use null for a criterion under the goal.", nameof(parentId));
        }

        if ((subCriteriaComparison is null) == (alternatives is null))
        {
            throw new ArgumentException($"Criterion '{id}' must have exactly one of {nameof(subCriteriaComparison)} (it has sub-criteria) or {nameof(alternatives)} (it is a leaf).", subCriteriaComparison is null ? nameof(alternatives) : nameof(subCriteriaComparison));
        }

        Id = id;
        ParentId = parentId;
        SubCriteriaComparison = subCriteriaComparison;
        Alternatives = alternatives;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the parent id, or null under the goal.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the pairwise matrix over the sub-criteria, or null for a leaf.</summary>
    public PairwiseMatrix? SubCriteriaComparison { get; }

    /// <summary>Gets the evaluation of the alternatives, or null for a criterion with sub-criteria.</summary>
    public AhpAlternativeEvaluation? Alternatives { get; }

    /// <summary>Gets whether this is a leaf criterion.</summary>
    public bool IsLeaf => Alternatives is not null;
}

/// <summary>
/// A validated AHP hierarchy: a goal, criteria (to any depth) each with a pairwise matrix over its children, and the
/// alternatives evaluated under every leaf criterion. <see cref="Synthesize"/> computes local and global weights and
/// the alternatives' scores.
/// </summary>
/// <remarks>
/// Rules checked by <see cref="Create"/>: at least one alternative, ids non-blank and unique; at least one criterion,
/// ids unique, every parent present, no cycle (named); the goal matrix's size equals the number of top-level criteria
/// and every inner criterion's matrix the number of its children; every leaf's evaluation covers every alternative; a
/// labelled matrix's labels equal the ids it compares, in order. Global weight = product of local weights down the tree
/// (Saaty 1980, ch. 2, hierarchic composition).
/// </remarks>
public sealed class AhpHierarchy
{
    private readonly Forest forest;

    private AhpHierarchy(PairwiseMatrix goal, ImmutableArray<AhpCriterion> criteria, ImmutableArray<string> alternatives, Forest forest)
    {
        GoalComparison = goal;
        Criteria = criteria;
        Alternatives = alternatives;
        this.forest = forest;
    }

    /// <summary>Gets the pairwise matrix over the top-level criteria.</summary>
    public PairwiseMatrix GoalComparison { get; }

    /// <summary>Gets the criteria, in input order.</summary>
    public ImmutableArray<AhpCriterion> Criteria { get; }

    /// <summary>Gets the alternative ids.</summary>
    public ImmutableArray<string> Alternatives { get; }

    /// <summary>Creates and validates a hierarchy.</summary>
    /// <param name="goalComparison">The pairwise matrix over the top-level criteria (those with a null parent), in their input order.</param>
    /// <param name="criteria">The criteria.</param>
    /// <param name="alternatives">The alternative ids.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="ArgumentNullException">An argument or a criterion is null.</exception>
    /// <exception cref="ArgumentException">A rule in the remarks is broken (the message names the criterion or alternative).</exception>
    [Pure]
    public static AhpHierarchy Create(PairwiseMatrix goalComparison, IEnumerable<AhpCriterion> criteria, IEnumerable<string> alternatives)
    {
        ArgumentNullException.ThrowIfNull(goalComparison);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(alternatives);
        ImmutableArray<string> alts = [.. alternatives];
        if (alts.IsEmpty)
        {
            throw new ArgumentException($"{nameof(alternatives)} is empty; a hierarchy ranks at least one alternative.", nameof(alternatives));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < alts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(alts[i]))
            {
                throw new ArgumentException($"{nameof(alternatives)}[{i}] is null or blank.", nameof(alternatives));
            }

            if (!seen.Add(alts[i]))
            {
                throw new ArgumentException($"{nameof(alternatives)} contains '{alts[i]}' more than once; ids must be unique.", nameof(alternatives));
            }
        }

        ImmutableArray<AhpCriterion> list = [.. criteria];
        if (list.IsEmpty)
        {
            throw new ArgumentException($"{nameof(criteria)} is empty; a hierarchy has at least one criterion.", nameof(criteria));
        }

        Forest forest = Forest.Build(list, c => c.Id, c => c.ParentId, nameof(criteria), "hierarchy");
        string[] roots = [.. Enumerable.Range(0, list.Length).Where(i => forest.Parent[i] < 0).Select(i => list[i].Id)];
        CheckMatrix(goalComparison, roots, "the goal", nameof(goalComparison));
        for (int i = 0; i < list.Length; i++)
        {
            AhpCriterion c = list[i];
            int childCount = forest.ChildCount[i];
            if (childCount > 0)
            {
                if (c.SubCriteriaComparison is null)
                {
                    throw new ArgumentException($"Criterion '{c.Id}' has {childCount} sub-criteria but no sub-criteria comparison; evaluate alternatives only under leaf criteria.", nameof(criteria));
                }

                string[] ids = [.. forest.Children.AsSpan(forest.ChildStart[i], childCount).ToArray().Select(k => list[k].Id)];
                CheckMatrix(c.SubCriteriaComparison, ids, $"criterion '{c.Id}'", nameof(criteria));
            }
            else
            {
                if (c.Alternatives is null)
                {
                    throw new ArgumentException($"Criterion '{c.Id}' has a sub-criteria comparison but no sub-criteria; give a leaf criterion an alternatives evaluation.", nameof(criteria));
                }

                if (c.Alternatives.Count != alts.Length)
                {
                    throw new ArgumentException($"Criterion '{c.Id}' evaluates {c.Alternatives.Count} alternative(s) but the hierarchy has {alts.Length}.", nameof(criteria));
                }

                if (c.Alternatives.Matrix is PairwiseMatrix m)
                {
                    CheckMatrix(m, [.. alts], $"the alternatives under criterion '{c.Id}'", nameof(criteria));
                }
            }
        }

        return new AhpHierarchy(goalComparison, list, alts, forest);
    }

    /// <summary>Computes local and global weights, every matrix's consistency and the alternatives' scores.</summary>
    /// <param name="mode">The synthesis mode.</param>
    /// <param name="options">The options for every matrix; <see cref="AhpOptions.Default"/> when null.</param>
    /// <returns>The synthesis.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is undefined, or a matrix is larger than the random-index table.</exception>
    /// <exception cref="ArgumentException">An incomplete matrix has a disconnected comparison graph.</exception>
    [Pure]
    public AhpHierarchyResult Synthesize(AhpSynthesisMode mode = AhpSynthesisMode.Distributive, AhpOptions? options = null)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} is not a defined {nameof(AhpSynthesisMode)}.");
        }

        options ??= AhpOptions.Default;
        int count = Criteria.Length;
        int m = Alternatives.Length;
        AhpResult goal = AhpAnalysis.Analyze(GoalComparison, options);
        double[] local = new double[count];
        double[] global = new double[count];
        var comparisons = new AhpResult?[count];
        int rootIndex = 0;
        for (int i = 0; i < count; i++)
        {
            if (forest.Parent[i] < 0)
            {
                local[i] = goal.Priorities[rootIndex++];
            }
        }

        double[] scores = new double[m];
        var leafPriorities = new ImmutableArray<double>[count];
        foreach (int i in forest.Order)
        {
            AhpCriterion c = Criteria[i];
            global[i] = forest.Parent[i] < 0 ? local[i] : global[forest.Parent[i]] * local[i];
            if (c.SubCriteriaComparison is PairwiseMatrix sub)
            {
                AhpResult r = AhpAnalysis.Analyze(sub, options);
                comparisons[i] = r;
                for (int k = 0; k < forest.ChildCount[i]; k++)
                {
                    local[forest.Children[forest.ChildStart[i] + k]] = r.Priorities[k];
                }

                leafPriorities[i] = [];
            }
            else
            {
                AhpAlternativeEvaluation e = c.Alternatives!;
                double[] p;
                if (e.Matrix is PairwiseMatrix am)
                {
                    AhpResult r = AhpAnalysis.Analyze(am, options);
                    comparisons[i] = r;
                    p = [.. r.Priorities];
                }
                else
                {
                    p = [.. e.Ratings];
                    if (!double.IsFinite(p.Sum()))
                    {
                        // Ratings near double.MaxValue: their sum overflows, so scale by the largest first (exact ratios kept).
                        double largest = p.Max();
                        for (int a = 0; a < p.Length; a++)
                        {
                            p[a] /= largest;
                        }
                    }

                    AhpKernels.Normalize(p);
                }

                if (mode == AhpSynthesisMode.Ideal)
                {
                    double best = p.Max();
                    for (int a = 0; a < m; a++)
                    {
                        p[a] /= best;
                    }
                }

                for (int a = 0; a < m; a++)
                {
                    scores[a] += global[i] * p[a];
                }

                leafPriorities[i] = ImmutableArray.Create(p);
            }
        }

        double total = scores.Sum();
        double[] normalized = [.. scores.Select(s => s / total)];
        int[] order = [.. Enumerable.Range(0, m).OrderByDescending(a => scores[a])];
        var results = ImmutableArray.CreateBuilder<AhpCriterionResult>(count);
        for (int i = 0; i < count; i++)
        {
            results.Add(new AhpCriterionResult(Criteria[i].Id, Criteria[i].ParentId, forest.Depth[i], local[i], global[i], comparisons[i], leafPriorities[i]));
        }

        return new AhpHierarchyResult(mode, goal, results.MoveToImmutable(), Alternatives, [.. scores], [.. normalized], [.. order.Select(a => Alternatives[a])]);
    }

    private static void CheckMatrix(PairwiseMatrix matrix, string[] ids, string owner, string paramName)
    {
        if (matrix.Size != ids.Length)
        {
            throw new ArgumentException($"The pairwise matrix of {owner} compares {matrix.Size} item(s) but {owner} has {ids.Length} ({string.Join(", ", ids)}).", paramName);
        }

        if (matrix.HasLabels)
        {
            for (int k = 0; k < ids.Length; k++)
            {
                if (!string.Equals(matrix.Labels[k], ids[k], StringComparison.Ordinal))
                {
                    throw new ArgumentException($"The pairwise matrix of {owner} is labelled '{matrix.Labels[k]}' at position {k} where '{ids[k]}' is expected; labels must match the ids in order.", paramName);
                }
            }
        }
    }
}

/// <summary>The weights and consistency of one criterion after synthesis.</summary>
public sealed class AhpCriterionResult
{
    internal AhpCriterionResult(string id, string? parentId, int depth, double localWeight, double globalWeight, AhpResult? comparison, ImmutableArray<double> alternativePriorities)
    {
        Id = id;
        ParentId = parentId;
        Depth = depth;
        LocalWeight = localWeight;
        GlobalWeight = globalWeight;
        Comparison = comparison;
        AlternativePriorities = alternativePriorities;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the parent id (null under the goal).</summary>
    public string? ParentId { get; }

    /// <summary>Gets the depth (0 under the goal).</summary>
    public int Depth { get; }

    /// <summary>Gets the weight relative to its siblings (they sum to 1).</summary>
    public double LocalWeight { get; }

    /// <summary>Gets the weight relative to the goal: the product of local weights from the top (leaves sum to 1).</summary>
    public double GlobalWeight { get; }

    /// <summary>Gets the analysis of this criterion's matrix: over its sub-criteria, or over the alternatives for a pairwise leaf; null for a rated leaf.</summary>
    public AhpResult? Comparison { get; }

    /// <summary>Gets, for a leaf, the alternatives' priorities under it in the synthesis mode (sum 1 distributive, best = 1 ideal); empty otherwise.</summary>
    public ImmutableArray<double> AlternativePriorities { get; }
}

/// <summary>The synthesis of an <see cref="AhpHierarchy"/>.</summary>
public sealed class AhpHierarchyResult
{
    private readonly Dictionary<string, int> index;

    internal AhpHierarchyResult(AhpSynthesisMode mode, AhpResult goal, ImmutableArray<AhpCriterionResult> criteria, ImmutableArray<string> alternatives, ImmutableArray<double> scores, ImmutableArray<double> normalized, ImmutableArray<string> ranking)
    {
        Mode = mode;
        GoalComparison = goal;
        Criteria = criteria;
        Alternatives = alternatives;
        Scores = scores;
        NormalizedScores = normalized;
        Ranking = ranking;
        index = new Dictionary<string, int>(criteria.Length, StringComparer.Ordinal);
        for (int i = 0; i < criteria.Length; i++)
        {
            index[criteria[i].Id] = i;
        }
    }

    /// <summary>Gets the synthesis mode.</summary>
    public AhpSynthesisMode Mode { get; }

    /// <summary>Gets the analysis of the goal's matrix over the top-level criteria.</summary>
    public AhpResult GoalComparison { get; }

    /// <summary>Gets every criterion's weights and consistency, in input order.</summary>
    public ImmutableArray<AhpCriterionResult> Criteria { get; }

    /// <summary>Gets the alternative ids.</summary>
    public ImmutableArray<string> Alternatives { get; }

    /// <summary>Gets the alternatives' composite scores: sum 1 in distributive mode; in ideal mode on the ideal scale (not summing to 1).</summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>Gets the scores divided by their sum (identical to <see cref="Scores"/> in distributive mode).</summary>
    public ImmutableArray<double> NormalizedScores { get; }

    /// <summary>Gets the alternative ids, best first (ties keep input order).</summary>
    public ImmutableArray<string> Ranking { get; }

    /// <summary>Gets whether every analysed matrix has an acceptable CR (matrices without a CR count as acceptable only if their CR was not requested).</summary>
    public bool AllAcceptable => GoalComparison.IsAcceptable != false && Criteria.All(c => c.Comparison?.IsAcceptable != false);

    /// <summary>Gets a criterion's result by id.</summary>
    /// <param name="id">The criterion id.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">No criterion has that id.</exception>
    public AhpCriterionResult this[string id] => index.TryGetValue(id, out int i)
        ? Criteria[i]
        : throw new KeyNotFoundException($"No criterion of the hierarchy has the id '{id}'.");

    /// <summary>Gets an alternative's composite score by id.</summary>
    /// <param name="alternative">The alternative id.</param>
    /// <returns>The score (see <see cref="Scores"/>).</returns>
    /// <exception cref="KeyNotFoundException">No alternative has that id.</exception>
    public double ScoreOf(string alternative)
    {
        int i = Alternatives.IndexOf(alternative, StringComparer.Ordinal);
        return i >= 0 ? Scores[i] : throw new KeyNotFoundException($"No alternative of the hierarchy has the id '{alternative}'.");
    }
}
