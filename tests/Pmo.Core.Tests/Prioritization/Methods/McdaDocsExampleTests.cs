using Pmo.Core.Prioritization;

namespace Pmo.Core.Tests.Prioritization.Methods;

/// <summary>The C# example of docs/prioritization.md (part 1), kept compiling and running.</summary>
public class McdaDocsExampleTests
{
    [Fact]
    public void Documented_example_runs()
    {
        var matrix = DecisionMatrix.FromRows(
            ["CRM", "ERP", "BI", "Portal"],
            [Criterion.Benefit("npv"), Criterion.Benefit("fit", 1, 5), Criterion.Cost("risk", 1, 5)],
            [[1.2e6, 4, 2], [2.5e6, 3, 4], [0.8e6, 5, 1], [0.5e6, 2, 2]]);
        GateResult screened = Gates.Apply(matrix, [Gate.AtMost("risk", 3), Gate.AtLeast("fit", 2)]);
        Assert.False(screened.AllFailed);
        DecisionMatrix candidates = screened.Passed!;
        Assert.Equal("ERP", Assert.Single(screened.Failures).Alternative);
        Assert.Equal(4, screened.Failures[0].Violations[0].Value);

        var weights = CriteriaWeights.Create([5, 3, 2], WeightPolicy.Normalize);
        Assert.True(weights.WasNormalized);
        TopsisResult topsis = new Topsis(NormalizationMethod.Vector).Evaluate(candidates, weights);
        VikorResult vikor = new Vikor(v: 0.5).Evaluate(candidates, weights);
        PrometheeResult flows = new Promethee2(
            [PreferenceFunction.Linear(q: 0.1e6, p: 1e6), PreferenceFunction.Usual(), PreferenceFunction.VShape(p: 2)]).Evaluate(candidates, weights);
        SpotisResult spotis = new Spotis([0, 1, 1], [3e6, 5, 5]).Evaluate(candidates, weights);
        Assert.All(new[] { topsis.Best, flows.Best, spotis.Best }, b => Assert.Contains(b, candidates.Alternatives));
        Assert.NotEmpty(vikor.CompromiseSet);

        IMcdaScorer scorer = new Topsis().Prepare(candidates);
        Span<double> closeness = stackalloc double[scorer.AlternativeCount];
        scorer.Score([0.4, 0.4, 0.2], closeness);
        Assert.All(closeness.ToArray(), c => Assert.InRange(c, 0, 1));
    }
}
