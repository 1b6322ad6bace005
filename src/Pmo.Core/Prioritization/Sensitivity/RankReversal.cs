using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Pmo.Core.Prioritization;

/// <summary>
/// The leave-one-out rank-reversal check: drop each alternative in turn, re-evaluate, and report every pair of remaining
/// alternatives whose relative order flipped.
/// </summary>
/// <remarks>
/// A method suffers rank reversal when removing (or adding) an alternative changes the order of the others (Belton, V.
/// and Gear, T., 1983, "On a short-coming of Saaty's method of analytic hierarchies", Omega 11(3):228–230; for TOPSIS
/// and other normalising methods see García-Cascales, M. S. and Lamata, M. T., 2012, "On rank reversal and TOPSIS
/// method", Mathematical and Computer Modelling 56(5–6):123–132). A pair (a, b) is reported when a was strictly ahead of
/// b with all alternatives and b is strictly ahead of a without the dropped one; a tie that appears or disappears is not
/// a reversal. The check costs m + 1 evaluations and O(m³) pair comparisons in all.
/// </remarks>
public static class RankReversal
{
    /// <summary>Runs the leave-one-out rank-reversal check.</summary>
    /// <param name="method">The MCDA method.</param>
    /// <param name="matrix">The decision matrix, at least two alternatives.</param>
    /// <param name="weights">The weights.</param>
    /// <returns>The baseline and one step per dropped alternative.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The weights do not match the matrix; fewer than two alternatives; the method rejects a reduced matrix (for example a column that becomes constant).</exception>
    [Pure]
    public static RankReversalResult LeaveOneOut(IMcdaMethod method, DecisionMatrix matrix, CriteriaWeights weights)
    {
        SensitivityHelpers.CheckCommon(method, matrix, weights);
        int m = matrix.AlternativeCount;
        if (m < 2)
        {
            throw new ArgumentException($"A leave-one-out check needs at least two alternatives (the matrix has {m}).", nameof(matrix));
        }

        McdaResult baseline = method.Evaluate(matrix, weights);
        var steps = ImmutableArray.CreateBuilder<LeaveOneOutStep>(m);
        for (int dropped = 0; dropped < m; dropped++)
        {
            DecisionMatrix reduced = matrix.WithoutAlternative(dropped);
            McdaResult result = method.Evaluate(reduced, weights);

            // Map reduced row r back to the full matrix's row.
            int Full(int r) => r < dropped ? r : r + 1;
            var reversals = ImmutableArray.CreateBuilder<RankReversalPair>();
            int rows = m - 1;
            for (int x = 0; x < rows; x++)
            {
                for (int y = 0; y < rows; y++)
                {
                    if (x == y)
                    {
                        continue;
                    }

                    double beforeX = baseline.Ranking.Ranks[Full(x)], beforeY = baseline.Ranking.Ranks[Full(y)];
                    double afterX = result.Ranking.Ranks[x], afterY = result.Ranking.Ranks[y];
                    if (beforeX < beforeY && afterX > afterY)
                    {
                        reversals.Add(new RankReversalPair(matrix.Alternatives[Full(x)], matrix.Alternatives[Full(y)], beforeX, beforeY, afterX, afterY));
                    }
                }
            }

            // The baseline's best among the remaining alternatives.
            int expectedBest = -1;
            foreach (int i in baseline.Ranking.Order)
            {
                if (i != dropped)
                {
                    expectedBest = i;
                    break;
                }
            }

            int newBest = Full(result.Ranking.Order[0]);
            steps.Add(new LeaveOneOutStep(dropped, matrix.Alternatives[dropped], result, reversals.ToImmutable(), newBest != expectedBest, matrix.Alternatives[expectedBest], matrix.Alternatives[newBest]));
        }

        return new RankReversalResult(method.Name, baseline, steps.MoveToImmutable());
    }
}

/// <summary>The result of a leave-one-out rank-reversal check. Immutable.</summary>
public sealed class RankReversalResult
{
    internal RankReversalResult(string method, McdaResult baseline, ImmutableArray<LeaveOneOutStep> steps)
    {
        Method = method;
        Baseline = baseline;
        Steps = steps;
    }

    /// <summary>Gets the method's display name.</summary>
    public string Method { get; }

    /// <summary>Gets the evaluation with every alternative.</summary>
    public McdaResult Baseline { get; }

    /// <summary>Gets one step per dropped alternative, in row order.</summary>
    public ImmutableArray<LeaveOneOutStep> Steps { get; }

    /// <summary>Gets a value indicating whether any removal reversed any pair.</summary>
    public bool HasReversals => Steps.Any(s => !s.Reversals.IsEmpty);

    /// <summary>Gets the total number of reversed pairs over all removals.</summary>
    public int ReversalCount => Steps.Sum(s => s.Reversals.Length);
}

/// <summary>One step of a leave-one-out check: the evaluation without one alternative. Immutable.</summary>
public sealed class LeaveOneOutStep
{
    internal LeaveOneOutStep(int droppedIndex, string dropped, McdaResult result, ImmutableArray<RankReversalPair> reversals, bool topChanged, string expectedBest, string best)
    {
        DroppedIndex = droppedIndex;
        Dropped = dropped;
        Result = result;
        Reversals = reversals;
        TopChanged = topChanged;
        ExpectedBest = expectedBest;
        Best = best;
    }

    /// <summary>Gets the dropped alternative's row index in the full matrix.</summary>
    public int DroppedIndex { get; }

    /// <summary>Gets the dropped alternative's id.</summary>
    public string Dropped { get; }

    /// <summary>Gets the evaluation of the reduced matrix.</summary>
    public McdaResult Result { get; }

    /// <summary>Gets the pairs whose relative order flipped.</summary>
    public ImmutableArray<RankReversalPair> Reversals { get; }

    /// <summary>Gets a value indicating whether the best remaining alternative differs from the baseline's best among the remaining ones.</summary>
    public bool TopChanged { get; }

    /// <summary>Gets the baseline's best alternative among the remaining ones.</summary>
    public string ExpectedBest { get; }

    /// <summary>Gets the best alternative of the reduced evaluation.</summary>
    public string Best { get; }
}

/// <summary>A pair of alternatives whose relative order flipped. Immutable.</summary>
public sealed class RankReversalPair
{
    internal RankReversalPair(string formerlyAhead, string nowAhead, double rankBefore, double otherRankBefore, double rankAfter, double otherRankAfter)
    {
        FormerlyAhead = formerlyAhead;
        NowAhead = nowAhead;
        FormerlyAheadRankBefore = rankBefore;
        NowAheadRankBefore = otherRankBefore;
        FormerlyAheadRankAfter = rankAfter;
        NowAheadRankAfter = otherRankAfter;
    }

    /// <summary>Gets the alternative that was ahead with all alternatives.</summary>
    public string FormerlyAhead { get; }

    /// <summary>Gets the alternative that is ahead after the removal.</summary>
    public string NowAhead { get; }

    /// <summary>Gets <see cref="FormerlyAhead"/>'s rank with all alternatives.</summary>
    public double FormerlyAheadRankBefore { get; }

    /// <summary>Gets <see cref="NowAhead"/>'s rank with all alternatives.</summary>
    public double NowAheadRankBefore { get; }

    /// <summary>Gets <see cref="FormerlyAhead"/>'s rank after the removal.</summary>
    public double FormerlyAheadRankAfter { get; }

    /// <summary>Gets <see cref="NowAhead"/>'s rank after the removal.</summary>
    public double NowAheadRankAfter { get; }
}
