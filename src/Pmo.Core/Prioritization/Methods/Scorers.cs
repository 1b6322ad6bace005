using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>Shared argument checks of the methods.</summary>
internal static class McdaChecks
{
    public static void Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(weights);
        CriteriaWeights.EnsureMatches(weights, matrix);
    }

    public static void Spans(IMcdaScorer scorer, ReadOnlySpan<double> weights, Span<double> preferences)
    {
        if (weights.Length != scorer.CriterionCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights must have {scorer.CriterionCount} elements (got {weights.Length})."), nameof(weights));
        }

        if (preferences.Length != scorer.AlternativeCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"preferences must have {scorer.AlternativeCount} elements (got {preferences.Length})."), nameof(preferences));
        }
    }

    public static TiePolicy DefinedTiePolicy(TiePolicy value) =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "TiePolicy must be a defined TiePolicy.");

    public static void AllPositive(DecisionMatrix matrix, string method)
    {
        ReadOnlySpan<double> x = matrix.Values;
        int m = matrix.CriterionCount;
        for (int k = 0; k < x.Length; k++)
        {
            if (x[k] <= 0)
            {
                throw McdaRuleException.NonPositive(method, matrix.Criteria[k % m], matrix.Alternatives[k / m], x[k]);
            }
        }
    }

    public static void AtLeastTwoAlternatives(DecisionMatrix matrix, string method)
    {
        if (matrix.AlternativeCount < 2)
        {
            throw new McdaRuleException(McdaRule.TooFewAlternatives, null, $"{method} compares alternatives with each other and needs at least two (the matrix has {matrix.AlternativeCount}).");
        }
    }
}

/// <summary>Preference = Σ_j w_j · c_ij over a precomputed row-major matrix c (weighted sum, PROMETHEE net flow, SPOTIS).</summary>
internal sealed class LinearScorer : IMcdaScorer
{
    private readonly int alternatives;
    private readonly int criteria;

    // The coefficients column-major (criterion by criterion), so Score adds w_j × column j across alternatives with
    // Vector<double>. Per alternative the terms are added in the same order as Multiply (0 + w₀c₀ + w₁c₁ + …, a separate
    // multiply and add, never fused), so the preferences are bit-identical to Evaluate's.
    private readonly double[] columns;

    public LinearScorer(double[] coefficients, int alternatives, int criteria, bool higherIsBetter)
    {
        this.alternatives = alternatives;
        this.criteria = criteria;
        HigherIsBetter = higherIsBetter;
        columns = new double[coefficients.Length];
        for (int i = 0; i < alternatives; i++)
        {
            for (int j = 0; j < criteria; j++)
            {
                columns[(j * alternatives) + i] = coefficients[(i * criteria) + j];
            }
        }
    }

    public int AlternativeCount => alternatives;

    public int CriterionCount => criteria;

    public bool HigherIsBetter { get; }

    public static void Multiply(ReadOnlySpan<double> c, int n, int m, ReadOnlySpan<double> weights, Span<double> result)
    {
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = c.Slice(i * m, m);
            double s = 0;
            for (int j = 0; j < row.Length; j++)
            {
                s += weights[j] * row[j];
            }

            result[i] = s;
        }
    }

    public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
    {
        McdaChecks.Spans(this, weights, preferences);
        preferences.Clear();
        int width = System.Numerics.Vector<double>.Count;
        for (int j = 0; j < criteria; j++)
        {
            ReadOnlySpan<double> column = columns.AsSpan(j * alternatives, alternatives);
            double wj = weights[j];
            var w = new System.Numerics.Vector<double>(wj);
            int i = 0;
            for (; i <= alternatives - width; i += width)
            {
                Span<double> target = preferences.Slice(i, width);
                (new System.Numerics.Vector<double>(target) + (w * new System.Numerics.Vector<double>(column.Slice(i, width)))).CopyTo(target);
            }

            for (; i < alternatives; i++)
            {
                preferences[i] += wj * column[i];
            }
        }
    }
}

/// <summary>Column maxima and minima of a row-major n × m array (the ideal and anti-ideal points of TOPSIS and VIKOR).</summary>
internal static class ColumnExtremes
{
    public static void Compute(ReadOnlySpan<double> values, int n, int m, Span<double> max, Span<double> min)
    {
        max[..m].Fill(double.NegativeInfinity);
        min[..m].Fill(double.PositiveInfinity);
        int width = System.Numerics.Vector<double>.Count;
        int vectorEnd = System.Numerics.Vector.IsHardwareAccelerated ? m - (m % width) : 0;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = values.Slice(i * m, m);
            for (int j = 0; j < vectorEnd; j += width)
            {
                var x = new System.Numerics.Vector<double>(row.Slice(j, width));
                System.Numerics.Vector.Max(new System.Numerics.Vector<double>(max.Slice(j, width)), x).CopyTo(max.Slice(j, width));
                System.Numerics.Vector.Min(new System.Numerics.Vector<double>(min.Slice(j, width)), x).CopyTo(min.Slice(j, width));
            }

            for (int j = vectorEnd; j < m; j++)
            {
                max[j] = Math.Max(max[j], row[j]);
                min[j] = Math.Min(min[j], row[j]);
            }
        }
    }
}
