using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Weights;

/// <summary>Layer 2: FsCheck properties of the objective weights on random integer matrices (no NaN or infinities).</summary>
public class ObjectiveWeightsProperties
{
    /// <summary>Random matrices of 2–12 alternatives × 2–6 criteria with values 1–1000 and random directions.</summary>
    private static readonly Gen<DecisionMatrix> Matrices =
        Gen.Choose(2, 12).SelectMany(m =>
            Gen.Choose(2, 6).SelectMany(n =>
                Gen.Choose(1, 1000).ArrayOf(m * n).SelectMany(values =>
                    Gen.Elements(CriterionDirection.Benefit, CriterionDirection.Cost).ArrayOf(n).Select(directions =>
                        DecisionMatrix.FromRowMajor(
                            Enumerable.Range(0, m).Select(i => "A" + i),
                            Enumerable.Range(0, n).Select(j => new Criterion("C" + j, directions[j])),
                            values.Select(v => (double)v).ToArray())))));

    private static bool Valid(Func<DecisionMatrix, ObjectiveWeightsResult> method, DecisionMatrix matrix)
    {
        ObjectiveWeightsResult r;
        try
        {
            r = method(matrix);
        }
        catch (ArgumentException e) when (e.ParamName == "matrix")
        {
            return true; // a constant or uninformative column is a documented typed error, never a NaN weight
        }

        return r.Weights.Values.All(w => w > 0 && double.IsFinite(w)) && Math.Abs(r.Weights.Values.Sum() - 1) <= 1e-12;
    }

    [Fact]
    public void Entropy_weights_are_positive_and_sum_to_1() =>
        Prop.ForAll(Matrices.ToArbitrary(), m => Valid(ObjectiveWeights.Entropy, m)).QuickCheckThrowOnFailure();

    [Fact]
    public void Standard_deviation_weights_are_positive_and_sum_to_1() =>
        Prop.ForAll(Matrices.ToArbitrary(), m => Valid(ObjectiveWeights.StandardDeviation, m)).QuickCheckThrowOnFailure();

    [Fact]
    public void Critic_weights_are_positive_and_sum_to_1() =>
        Prop.ForAll(Matrices.ToArbitrary(), m => Valid(ObjectiveWeights.Critic, m)).QuickCheckThrowOnFailure();

    [Fact]
    public void Merec_weights_are_positive_and_sum_to_1() =>
        Prop.ForAll(Matrices.ToArbitrary(), m => Valid(ObjectiveWeights.Merec, m)).QuickCheckThrowOnFailure();

    [Fact]
    public void Equal_weights_are_positive_and_sum_to_1() =>
        Prop.ForAll(Matrices.ToArbitrary(), m => Valid(ObjectiveWeights.Equal, m)).QuickCheckThrowOnFailure();

    [Fact]
    public void Entropy_is_invariant_to_scaling_a_column() =>
        Prop.ForAll(Matrices.ToArbitrary(), Gen.Choose(2, 50).ToArbitrary(), (m, factor) =>
        {
            double[] scaled = m.Values.ToArray();
            for (int i = 0; i < m.AlternativeCount; i++)
            {
                scaled[i * m.CriterionCount] *= factor;
            }

            var other = DecisionMatrix.FromRowMajor(m.Alternatives, m.Criteria, scaled);
            try
            {
                var a = ObjectiveWeights.Entropy(m).Weights.Values;
                var b = ObjectiveWeights.Entropy(other).Weights.Values;
                return a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 1e-12);
            }
            catch (ArgumentException)
            {
                return true;
            }
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Combinations_are_positive_and_sum_to_1() =>
        Prop.ForAll(Gen.Choose(1, 100).ArrayOf(5).ToArbitrary(), Gen.Choose(1, 100).ArrayOf(5).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (s, o, a) =>
        {
            var sw = CriteriaWeights.Create(s.Select(v => (double)v).ToArray(), WeightPolicy.Normalize);
            var ow = CriteriaWeights.Create(o.Select(v => (double)v).ToArray(), WeightPolicy.Normalize);
            var p = WeightCombination.Multiplicative(sw, ow).Weights;
            var l = WeightCombination.Linear(sw, ow, a / 100.0).Weights;
            return p.Values.All(w => w > 0) && l.Values.All(w => w > 0) && Math.Abs(p.Values.Sum() - 1) <= 1e-12 && Math.Abs(l.Values.Sum() - 1) <= 1e-12;
        }).QuickCheckThrowOnFailure();
}
