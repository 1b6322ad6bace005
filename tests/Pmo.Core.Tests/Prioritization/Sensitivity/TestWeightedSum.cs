using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Sensitivity;

/// <summary>
/// A test-only MCDA method: a plain weighted sum over min-max normalised columns (direction-aware; a constant column
/// normalises to 1). It lets the sensitivity tests run without the production methods (branch <c>mcda</c>), and its
/// scores are linear in the weights, which the exact weight-stability search relies on.
/// </summary>
internal sealed class TestWeightedSum : IMcdaMethod
{
    public string Name => "Test weighted sum (min-max)";

    public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        IMcdaScorer scorer = Prepare(matrix);
        double[] p = new double[matrix.AlternativeCount];
        scorer.Score(weights.AsSpan(), p);
        return new McdaResult(Name, matrix, weights, p, higherIsBetter: true);
    }

    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int m = matrix.AlternativeCount, n = matrix.CriterionCount;
        double[] u = new double[m * n];
        for (int j = 0; j < n; j++)
        {
            double[] c = matrix.Column(j);
            double min = c.Min(), max = c.Max();
            for (int i = 0; i < m; i++)
            {
                u[(i * n) + j] = max == min ? 1 : matrix.Criteria[j].Direction == CriterionDirection.Benefit ? (c[i] - min) / (max - min) : (max - c[i]) / (max - min);
            }
        }

        return new Scorer(u, m, n);
    }

    private sealed class Scorer(double[] u, int m, int n) : IMcdaScorer
    {
        public int AlternativeCount => m;

        public int CriterionCount => n;

        public bool HigherIsBetter => true;

        public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
        {
            if (weights.Length != n || preferences.Length != m)
            {
                throw new ArgumentException("Wrong span length.", nameof(weights));
            }

            for (int i = 0; i < m; i++)
            {
                double s = 0;
                for (int j = 0; j < n; j++)
                {
                    s += u[(i * n) + j] * weights[j];
                }

                preferences[i] = s;
            }
        }
    }
}

/// <summary>A test-only method whose scores are not linear in the weights (weighted product of min-max utilities shifted by 1), lower is better.</summary>
internal sealed class TestNonLinear : IMcdaMethod
{
    public string Name => "Test weighted product (lower is better)";

    public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights)
    {
        IMcdaScorer scorer = Prepare(matrix);
        double[] p = new double[matrix.AlternativeCount];
        scorer.Score(weights.AsSpan(), p);
        return new McdaResult(Name, matrix, weights, p, higherIsBetter: false);
    }

    public IMcdaScorer Prepare(DecisionMatrix matrix)
    {
        IMcdaScorer linear = new TestWeightedSum().Prepare(matrix);
        return new Scorer(linear, matrix);
    }

    private sealed class Scorer(IMcdaScorer inner, DecisionMatrix matrix) : IMcdaScorer
    {
        public int AlternativeCount => inner.AlternativeCount;

        public int CriterionCount => inner.CriterionCount;

        public bool HigherIsBetter => false;

        public void Score(ReadOnlySpan<double> weights, Span<double> preferences)
        {
            // Π_j (1 + u_ij)^(−w_j): lower is better; log-linear, so not affine in the weights.
            int n = CriterionCount;
            for (int i = 0; i < AlternativeCount; i++)
            {
                double s = 1;
                for (int j = 0; j < n; j++)
                {
                    double[] c = matrix.Column(j);
                    double min = c.Min(), max = c.Max();
                    double u = max == min ? 1 : (c[i] - min) / (max - min);
                    s *= Math.Pow(1 + u, -weights[j]);
                }

                preferences[i] = s;
            }
        }
    }
}

/// <summary>Small helpers shared by the prioritization sensitivity tests.</summary>
internal static class Matrices
{
    public static DecisionMatrix Benefit(double[,] values)
    {
        int m = values.GetLength(0), n = values.GetLength(1);
        return new DecisionMatrix(
            Enumerable.Range(0, m).Select(i => ((char)('A' + (i % 26))).ToString() + (i >= 26 ? (i / 26).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)),
            Enumerable.Range(0, n).Select(j => Criterion.Benefit("c" + j.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            values);
    }
}
