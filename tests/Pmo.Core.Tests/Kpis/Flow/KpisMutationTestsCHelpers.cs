using Pmo.Core.Common;

namespace Pmo.Core.Tests.Kpis.Flow;

/// <summary>Shared assertions of the KPI mutation tests (helper C).</summary>
internal static class KpiC
{
    /// <summary>
    /// Asserts <paramref name="action"/> throws exactly <typeparamref name="T"/> with <paramref name="param"/> as ParamName and
    /// a message (before the framework's " (Parameter 'x')" suffix) containing every fragment.
    /// </summary>
    public static T Throws<T>(string param, Action action, params string[] fragments)
        where T : ArgumentException => Reject.Rule<T>(action, param, fragments);

    /// <summary>Returns the single diagnostic of the given kind and metric (fails when there is not exactly one).</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, DiagnosticKind kind, string metric) =>
        Assert.Single(diagnostics, d => d.Kind == kind && d.Metric == metric);
}
