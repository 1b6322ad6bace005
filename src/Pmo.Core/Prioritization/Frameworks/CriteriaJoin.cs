using System.Diagnostics.Contracts;

namespace Pmo.Core.Prioritization;

/// <summary>
/// Joins decision matrices side by side (more criteria for the same candidates), for example a
/// <see cref="WeightedScorecard"/>'s ratings with <see cref="FinancialCriteria"/> columns. Pure.
/// </summary>
public static class CriteriaJoin
{
    /// <summary>Puts the criteria of <paramref name="right"/> after those of <paramref name="left"/>, matching rows by alternative id.</summary>
    /// <param name="left">The first matrix; its row order is kept.</param>
    /// <param name="right">The second matrix: exactly the same alternatives (any order); no criterion id in common with <paramref name="left"/>.</param>
    /// <returns>The joined matrix (criteria keep their directions and fixed bounds).</returns>
    /// <exception cref="ArgumentNullException">A matrix is null.</exception>
    /// <exception cref="ArgumentException">The alternatives differ (named), or a criterion id appears in both.</exception>
    [Pure]
    public static DecisionMatrix Columns(DecisionMatrix left, DecisionMatrix right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        string[] missing = [.. left.Alternatives.Except(right.Alternatives, StringComparer.Ordinal)];
        string[] extra = [.. right.Alternatives.Except(left.Alternatives, StringComparer.Ordinal)];
        if (missing.Length > 0 || extra.Length > 0)
        {
            throw new ArgumentException(
                $"Both matrices must have the same alternatives; missing from right: [{string.Join(", ", missing)}], only in right: [{string.Join(", ", extra)}]. An excluded candidate (for example one without an IRR) must be removed from both explicitly.",
                nameof(right));
        }

        string[] shared = [.. left.Criteria.Select(c => c.Id).Intersect(right.Criteria.Select(c => c.Id), StringComparer.Ordinal)];
        if (shared.Length > 0)
        {
            throw new ArgumentException($"Criterion ids must be unique across the matrices; both have [{string.Join(", ", shared)}].", nameof(right));
        }

        int n = left.AlternativeCount;
        int a = left.CriterionCount;
        int b = right.CriterionCount;
        double[] values = new double[n * (a + b)];
        for (int i = 0; i < n; i++)
        {
            left.Row(i).CopyTo(values.AsSpan(i * (a + b), a));
            right.Row(right.IndexOfAlternative(left.Alternatives[i])).CopyTo(values.AsSpan((i * (a + b)) + a, b));
        }

        return DecisionMatrix.FromRowMajor(left.Alternatives, left.Criteria.Concat(right.Criteria), values);
    }
}
