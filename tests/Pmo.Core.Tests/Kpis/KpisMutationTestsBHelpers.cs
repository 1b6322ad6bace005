using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>Shared assertion helpers and fixtures of the KpisMutationTestsB* classes.</summary>
internal static class KpiB
{
    public static readonly LocalDate D1 = new(2025, 1, 1);
    public static readonly LocalDate D2 = new(2025, 1, 11);
    public static readonly LocalDate D3 = new(2025, 1, 21);
    public static readonly LocalDate D = new(2025, 1, 31);

    /// <summary>Maximise, absolute bands: &lt; 0.5 red, [0.5, 0.75) amber, ≥ 0.75 green.</summary>
    public static KpiDefinition MaxAbs(ForecastTolerance? tol = null, MissingDataPolicy? missing = null, AggregationRule aggregation = AggregationRule.Mean) =>
        new("k", "K", KpiDirection.Maximise, BandSet.HigherIsBetter(StatusScale.Rag, 0.5, 0.75), aggregation: aggregation, missingData: missing, forecastTolerance: tol);

    /// <summary>Maximise, percent of target: &lt; 0.9 red, [0.9, 1) amber, ≥ 1 green; target 10 from D1, 20 from D3.</summary>
    public static KpiDefinition PercentOfTarget(MissingDataPolicy? missing = null) =>
        new("k", "K", KpiDirection.Maximise, BandSet.HigherIsBetter(StatusScale.Rag, 0.9, 1.0), BandMode.PercentOfTarget,
            new TargetSeries([new KpiTarget(D1, 10), new KpiTarget(D3, 20)]), missingData: missing);

    public static KpiDefinition Neutral() => new("k", "K", KpiDirection.Neutral, null);

    public static KpiObservation Obs(LocalDate date, double? value, string subject = "s", string kpi = "k") => new(kpi, subject, date, value);

    public static T Throws<T>(string param, Action action, params string[] fragments)
        where T : ArgumentException => Reject.Rule<T>(action, param, fragments);

    public static T Throws<T>(string param, Func<object?> create, params string[] fragments)
        where T : ArgumentException => Throws<T>(param, () => { _ = create(); }, fragments);

    public static int Count(ImmutableArray<Diagnostic> diagnostics, DiagnosticKind kind, string fragment) =>
        diagnostics.Count(d => d.Kind == kind && d.Message.Contains(fragment, StringComparison.Ordinal));

    public static void Has(ImmutableArray<Diagnostic> diagnostics, DiagnosticKind kind, string fragment) =>
        Assert.True(Count(diagnostics, kind, fragment) > 0, $"no {kind} diagnostic containing \"{fragment}\" in: {string.Join(" | ", diagnostics.Select(d => d.Message))}");

    public static void HasNo(ImmutableArray<Diagnostic> diagnostics, string fragment) =>
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains(fragment, StringComparison.Ordinal));
}
