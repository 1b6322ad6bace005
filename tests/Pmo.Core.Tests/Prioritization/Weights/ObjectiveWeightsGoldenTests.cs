using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Weights;

/// <summary>
/// Layer 1: objective weights against published worked examples. The matrices and printed weights were transcribed
/// from pymcdm's test suite (kotbaton/pymcdm, <c>test/test_weights.py</c>), which cites each paper; the tolerance is half
/// a unit of the last digit printed there. Where the paper's own printed precision could not be checked, this is said.
/// </summary>
public class ObjectiveWeightsGoldenTests
{
    private static DecisionMatrix Matrix(double[,] values, params CriterionDirection[] directions)
    {
        int m = values.GetLength(0), n = values.GetLength(1);
        return new DecisionMatrix(
            Enumerable.Range(1, m).Select(i => "A" + i),
            Enumerable.Range(0, n).Select(j => new Criterion("C" + (j + 1), directions.Length == 0 ? CriterionDirection.Benefit : directions[j])),
            values);
    }

    private static void Near(double[] expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int j = 0; j < expected.Length; j++)
        {
            Assert.True(Math.Abs(expected[j] - actual[j]) <= tolerance, $"w[{j}]: expected {expected[j]} ± {tolerance}, got {actual[j]}");
        }
    }

    /// <summary>
    /// Elsayed, E. A., Dawood, A. S. and Karthikeyan, R., 2017, "Evaluating alternatives through the application of TOPSIS
    /// method with entropy weight", International Journal of Engineering Trends and Technology 46(2):60–66: 12 alternatives
    /// × 5 criteria, Shannon entropy weights on sum-normalised columns. Weights to 6 decimals as transcribed by pymcdm
    /// (tolerance 5e-7). No value is zero, so pymcdm's zero handling does not matter here.
    /// </summary>
    [Fact]
    public void Entropy_Elsayed_Dawood_Karthikeyan_2017()
    {
        var matrix = Matrix(new double[,]
        {
            { 7, 312, 1891, 6613, 163 },
            { 72, 88, 728, 941804, 1078 },
            { 10, 252, 2594, 3466, 117471 },
            { 10, 145, 980, 2371, 86329 },
            { 65, 54, 350, 501, 29897 },
            { 29, 48, 380, 912, 34051 },
            { 7, 476, 3300, 78470, 2212 },
            { 70, 87, 650, 733, 819000 },
            { 4, 86, 591, 3015, 103 },
            { 12, 79, 579, 3240, 96098 },
            { 21, 45, 261, 1253, 453 },
            { 1, 72, 530, 4333, 0.104800 },
        });
        Near([0.104991, 0.069124, 0.071373, 0.449937, 0.304575], ObjectiveWeights.Entropy(matrix).Weights.Values, 5e-7);
    }

    /// <summary>
    /// Jahan, A. and Edwards, K. L., 2013, "Weighting of dependent and target-based criteria for optimal decision-making
    /// in materials selection process: Biomedical applications", Materials &amp; Design 49:1000–1008: an already
    /// normalised 7 × 3 matrix (every column spans [0, 1], so min-max normalisation leaves it unchanged); standard
    /// deviation weights printed to 2 decimals (tolerance 0.005).
    /// </summary>
    [Fact]
    public void StandardDeviation_Jahan_Edwards_2013()
    {
        var matrix = Matrix(new double[,]
        {
            { 0, 0, 0 },
            { 0.39, 0.3, 0.77 },
            { 0.17, 0.36, 0.8 },
            { 0.35, 0.29, 0.93 },
            { 0.3, 0.4, 0.94 },
            { 0.84, 0.71, 1 },
            { 1, 1, 0.99 },
        });
        Near([0.35, 0.31, 0.34], ObjectiveWeights.StandardDeviation(matrix).Weights.Values, 0.005);
    }

    /// <summary>
    /// Keshavarz-Ghorabaee, M., Amiri, M., Zavadskas, E. K., Turskis, Z. and Antucheviciene, J., 2021, "Determination of
    /// objective weights using a new method based on the removal effects of criteria (MEREC)", Symmetry 13(4):525, the
    /// numerical example: 5 alternatives, C1 and C2 benefit, C3 and C4 cost; weights to 4 decimals (tolerance 5e-5).
    /// </summary>
    [Fact]
    public void Merec_Keshavarz_Ghorabaee_2021_example()
    {
        var matrix = Matrix(
            new double[,]
            {
                { 450, 8000, 54, 145 },
                { 10, 9100, 2, 160 },
                { 100, 8200, 31, 153 },
                { 220, 9300, 1, 162 },
                { 5, 8400, 23, 158 },
            },
            CriterionDirection.Benefit,
            CriterionDirection.Benefit,
            CriterionDirection.Cost,
            CriterionDirection.Cost);
        Near([0.5752, 0.0141, 0.4016, 0.0091], ObjectiveWeights.Merec(matrix).Weights.Values, 5e-5);
    }

    /// <summary>
    /// Tuş, A. and Adalı, E. A., 2019, "The new combination with CRITIC and WASPAS methods for the time and attendance
    /// software selection problem", OPSEARCH 56(2):528–538: 5 alternatives × 6 criteria; CRITIC weights to 3 decimals
    /// (tolerance 5e-4). pymcdm reproduces them normalising every column as a benefit criterion, so the criteria are
    /// marked as benefits here (we could not check the paper's own direction of C1, a price); the direction-aware
    /// variant is tested by hand below.
    /// </summary>
    [Fact]
    public void Critic_Tus_Adali_2019()
    {
        var matrix = Matrix(new double[,]
        {
            { 5000, 3, 3, 4, 3, 2 },
            { 680, 5, 3, 2, 2, 1 },
            { 2000, 3, 2, 3, 4, 3 },
            { 600, 4, 3, 1, 2, 2 },
            { 800, 2, 4, 3, 3, 4 },
        });
        Near([0.157, 0.249, 0.168, 0.121, 0.154, 0.151], ObjectiveWeights.Critic(matrix).Weights.Values, 5e-4);
    }
}
