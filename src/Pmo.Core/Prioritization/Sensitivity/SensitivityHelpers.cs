using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>Shared pieces of the sensitivity analyses: argument checks, proportional re-scaling and top-k extraction.</summary>
internal static class SensitivityHelpers
{
    public static void CheckCommon(IMcdaMethod method, DecisionMatrix matrix, CriteriaWeights weights)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(weights);
        CriteriaWeights.EnsureMatches(weights, matrix);
    }

    public static void CheckCriterion(DecisionMatrix matrix, int criterion)
    {
        if (criterion < 0 || criterion >= matrix.CriterionCount)
        {
            throw new ArgumentOutOfRangeException(nameof(criterion), criterion, $"criterion must be a column index in [0, {matrix.CriterionCount - 1}] (got {criterion}).");
        }
    }

    public static void CheckTwoCriteria(CriteriaWeights weights)
    {
        if (weights.Count < 2)
        {
            throw new ArgumentException("Changing one weight and re-scaling the others needs at least two criteria.", nameof(weights));
        }
    }

    public static void CheckTopK(DecisionMatrix matrix, int topK)
    {
        if (topK < 1 || topK > matrix.AlternativeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(topK), topK, $"topK must lie in [1, {matrix.AlternativeCount}] (the number of alternatives); got {topK}.");
        }
    }

    /// <summary>
    /// Writes the weights with weight <paramref name="criterion"/> set to <paramref name="t"/> and the others re-scaled
    /// proportionally: w'_j = w_j (1 − t) / Σ_{i≠k} w_i (which is w_j (1 − t)/(1 − w_k) when Σw = 1).
    /// </summary>
    public static void Rescale(ReadOnlySpan<double> weights, int criterion, double t, Span<double> destination)
    {
        double rest = 0;
        for (int j = 0; j < weights.Length; j++)
        {
            if (j != criterion)
            {
                rest += weights[j];
            }
        }

        double factor = (1 - t) / rest;
        for (int j = 0; j < weights.Length; j++)
        {
            destination[j] = j == criterion ? t : weights[j] * factor;
        }
    }

    /// <summary>Writes the indices of the k best alternatives, best first, ties broken by input order (as <see cref="Ranking.Order"/>).</summary>
    public static void TopK(ReadOnlySpan<double> preferences, bool higherIsBetter, Span<int> destination)
    {
        int k = destination.Length;
        int filled = 0;
        for (int i = 0; i < preferences.Length; i++)
        {
            double p = preferences[i];
            if (!double.IsFinite(p))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The method's scorer returned a non-finite preference ({p}) for alternative {i}."));
            }

            // Insert i if it beats the current k-th (strictly: an equal later index loses the tie).
            int position = filled;
            while (position > 0 && Better(p, preferences[destination[position - 1]], higherIsBetter))
            {
                position--;
            }

            if (position >= k)
            {
                continue;
            }

            int last = Math.Min(filled, k - 1);
            for (int s = last; s > position; s--)
            {
                destination[s] = destination[s - 1];
            }

            destination[position] = i;
            if (filled < k)
            {
                filled++;
            }
        }
    }

    public static bool Better(double a, double b, bool higherIsBetter) => higherIsBetter ? a > b : a < b;

    /// <summary>True when the two top-k lists are the same set (<paramref name="ordered"/> false) or the same sequence.</summary>
    public static bool SameTop(ReadOnlySpan<int> a, ReadOnlySpan<int> b, bool ordered)
    {
        if (ordered)
        {
            return a.SequenceEqual(b);
        }

        foreach (int x in a)
        {
            if (!b.Contains(x))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The alternative that entered the new top-k list and the one it displaced.</summary>
    public static (int Challenger, int Displaced) Difference(ReadOnlySpan<int> before, ReadOnlySpan<int> after, bool ordered)
    {
        if (ordered)
        {
            for (int s = 0; s < before.Length; s++)
            {
                if (before[s] != after[s])
                {
                    return (after[s], before[s]);
                }
            }

            return (-1, -1);
        }

        int challenger = -1, displaced = -1;
        foreach (int x in after)
        {
            if (!before.Contains(x))
            {
                challenger = x;
                break;
            }
        }

        for (int s = before.Length - 1; s >= 0; s--)
        {
            if (!after.Contains(before[s]))
            {
                displaced = before[s];
                break;
            }
        }

        return (challenger, displaced);
    }
}
