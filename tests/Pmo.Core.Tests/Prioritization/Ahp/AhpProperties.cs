using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>Layer 2: FsCheck properties with domain generators (weights from integers, no NaN or infinities).</summary>
public class AhpProperties
{
    /// <summary>Positive weight vectors of length 1 … 15 from integers 1 … 1000, normalised.</summary>
    private static readonly Gen<double[]> Weights =
        Gen.Choose(1, 15).SelectMany(n => Gen.Choose(1, 1000).ArrayOf(n)).Select(raw =>
        {
            double s = raw.Sum();
            return raw.Select(r => r / s).ToArray();
        });

    private static readonly Gen<(int N, int Seed)> SaatyMatrices = Gen.Choose(3, 15).SelectMany(n => Gen.Choose(0, int.MaxValue).Select(s => (n, s)));

    [Fact]
    public void A_consistent_matrix_has_CR_0_and_returns_w_by_every_method() =>
        Prop.ForAll(Weights.ToArbitrary(), Gen.Elements(Enum.GetValues<AhpPriorityMethod>()).ToArbitrary(), (w, method) =>
        {
            int n = w.Length;
            var a = new double[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    a[i, j] = i == j ? 1 : w[i] / w[j];
                }
            }

            AhpResult r = AhpAnalysis.Analyze(PairwiseMatrix.FromArray(a), new AhpOptions(method));
            return r.Priorities.Zip(w).All(p => Math.Abs(p.First - p.Second) <= 1e-9)
                && Math.Abs(r.ConsistencyRatio!.Value) <= 1e-9
                && Math.Abs(r.GeometricConsistencyIndex) <= 1e-9
                && Math.Abs(r.LambdaMax - n) <= 1e-9 * n
                && r.IsAcceptable == true
                && r.InconsistencyHints.All(h => Math.Abs(h.Error - 1) <= 1e-9);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void LLSM_equals_the_row_geometric_mean_for_complete_matrices() =>
        Prop.ForAll(SaatyMatrices.ToArbitrary(), t =>
        {
            PairwiseMatrix m = AhpGenerators.RandomSaatyMatrix(t.N, (ulong)t.Seed);
            double[] llsm = new double[t.N];
            double[] rgm = new double[t.N];
            AhpKernels.LogLeastSquares(m.Raw, t.N, llsm, new double[t.N * t.N]);
            AhpKernels.RowGeometricMean(m.Raw, t.N, rgm);
            return llsm.Zip(rgm).All(p => Math.Abs(p.First - p.Second) <= 1e-12);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Priorities_sum_to_1_lambda_is_at_least_n_and_the_eigenvector_is_an_eigenvector() =>
        Prop.ForAll(SaatyMatrices.ToArbitrary(), t =>
        {
            PairwiseMatrix m = AhpGenerators.RandomSaatyMatrix(t.N, (ulong)t.Seed);
            AhpResult r = AhpAnalysis.Analyze(m);
            double[,] a = m.ToArray();
            bool eigen = true;
            for (int i = 0; i < t.N; i++)
            {
                double row = 0;
                for (int j = 0; j < t.N; j++)
                {
                    row += a[i, j] * r.Priorities[j];
                }

                eigen &= Math.Abs(row - (r.LambdaMax * r.Priorities[i])) <= 1e-9;
            }

            return r.Converged && eigen && Math.Abs(r.Priorities.Sum() - 1) <= 1e-12 && r.LambdaMax >= t.N - 1e-9 && r.Priorities.All(p => p > 0);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Relabelling_items_permutes_the_priorities() =>
        Prop.ForAll(SaatyMatrices.ToArbitrary(), t =>
        {
            PairwiseMatrix m = AhpGenerators.RandomSaatyMatrix(t.N, (ulong)t.Seed);
            double[,] a = m.ToArray();
            int n = t.N;
            var reversed = new double[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    reversed[i, j] = a[n - 1 - i, n - 1 - j];
                }
            }

            AhpResult r1 = AhpAnalysis.Analyze(m);
            AhpResult r2 = AhpAnalysis.Analyze(PairwiseMatrix.FromArray(reversed));
            return Enumerable.Range(0, n).All(i => Math.Abs(r1.Priorities[i] - r2.Priorities[n - 1 - i]) <= 1e-10)
                && Math.Abs(r1.ConsistencyRatio!.Value - r2.ConsistencyRatio!.Value) <= 1e-10;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Aggregating_identical_experts_returns_their_judgements_and_priorities() =>
        Prop.ForAll(SaatyMatrices.ToArbitrary(), t =>
        {
            PairwiseMatrix m = AhpGenerators.RandomSaatyMatrix(t.N, (ulong)t.Seed);
            PairwiseMatrix g = AhpGroup.AggregateJudgements([m, m, m], [0.2, 0.3, 0.5]);
            AhpResult r = AhpAnalysis.Analyze(m);
            var p = AhpGroup.AggregatePriorities([[.. r.Priorities], [.. r.Priorities]]);
            bool same = true;
            for (int i = 0; i < t.N; i++)
            {
                for (int j = 0; j < t.N; j++)
                {
                    same &= Math.Abs(g[i, j]!.Value - m[i, j]!.Value) <= 1e-12 * m[i, j]!.Value;
                }
            }

            return same && p.Zip(r.Priorities).All(x => Math.Abs(x.First - x.Second) <= 1e-12);
        }).QuickCheckThrowOnFailure();
}
