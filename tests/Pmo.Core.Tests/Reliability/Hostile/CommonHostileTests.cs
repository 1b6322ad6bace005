using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Common;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Issue 9 §1: hostile inputs for the public entry points of Pmo.Core.Common (percentiles, diagnostics).</summary>
public sealed class CommonHostileTests
{
    private static readonly Gen<(double[] Values, double P, PercentileDefinition Definition)> Inputs = AGen.Zip(
        Hostile.ArrayOf(Gen.Frequency((4, AGen.SaneSigned), (1, Hostile.AnyDouble))),
        AGen.Probability,
        AGen.Enum<PercentileDefinition>());

    [Fact]
    public void Percentiles_ComputeUnsorted() =>
        Hostile.Property("Common.Percentiles.ComputeUnsorted", Inputs, x =>
            Hostile.Check("Common.Percentiles.ComputeUnsorted", () => $"values={Hostile.Show(x.Values)} p={Hostile.Show(x.P)} definition={x.Definition}",
                () => Percentiles.ComputeUnsorted(x.Values, x.P, x.Definition), r => WithinRange(r, x.Values)));

    [Fact]
    public void Percentiles_Compute_sorted_and_unsorted() =>
        Hostile.Property("Common.Percentiles.Compute", Inputs, x =>
        {
            double[] maybeSorted = x.Values.Length % 3 == 0 ? x.Values : [.. x.Values.Order()];
            return Hostile.Check("Common.Percentiles.Compute", () => $"values={Hostile.Show(maybeSorted)} p={Hostile.Show(x.P)} definition={x.Definition}",
                () => Percentiles.Compute(maybeSorted, x.P, x.Definition), r => WithinRange(r, maybeSorted));
        });

    [Fact]
    public void Diagnostic_constructor() =>
        Hostile.Property("Common.Diagnostic", AGen.Zip(AGen.Enum<DiagnosticKind>(), AGen.OrNull(Hostile.Id), AGen.OrNull(Hostile.Id)), x =>
            Hostile.Check("Common.Diagnostic", () => $"kind={x.Item1} metric={x.Item2} message={x.Item3}", () => new Diagnostic(x.Item1, x.Item2!, x.Item3!)));

    [Fact]
    public void Percentile_of_the_extremes_of_the_double_range_is_finite()
    {
        // Regression (found by the hostile suite): interpolating between -double.MaxValue and double.MaxValue computed
        // x[j] - x[j-1] = +inf and returned +inf; the percentile of finite values lies between them and is finite.
        double? p = Percentiles.Compute([double.MinValue, double.MaxValue], 0.5, PercentileDefinition.LinearInclusive);
        Assert.Equal(0.0, p);
    }

    private static string? WithinRange(double? result, double[] values)
    {
        if (result is not { } r)
        {
            return null;
        }

        double min = values.Min();
        double max = values.Max();
        return r < min || r > max ? $"percentile {Hostile.Show(r)} outside [{Hostile.Show(min)}, {Hostile.Show(max)}]" : null;
    }
}
