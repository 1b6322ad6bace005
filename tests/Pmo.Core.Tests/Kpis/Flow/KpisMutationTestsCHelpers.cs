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
        where T : ArgumentException
    {
        T e = Assert.Throws<T>(action);
        Assert.Equal(param, e.ParamName);
        string text = e.Message;
        int suffix = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (suffix >= 0)
        {
            text = text[..suffix];
        }

        foreach (string f in fragments)
        {
            Assert.Contains(f, text, StringComparison.Ordinal);
        }

        return e;
    }

    /// <summary>Returns the single diagnostic of the given kind and metric (fails when there is not exactly one).</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, DiagnosticKind kind, string metric) =>
        Assert.Single(diagnostics, d => d.Kind == kind && d.Metric == metric);
}
