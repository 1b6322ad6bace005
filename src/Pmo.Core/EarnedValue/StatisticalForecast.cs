using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Confidence bounds on CPI and SPI(t), and the EAC and IEAC(t) bounds they imply (Lipke, Zwikael, Henderson and
/// Anbari 2009).
/// </summary>
public sealed class StatisticalForecast
{
    internal StatisticalForecast()
    {
    }

    /// <summary>Gets the two-sided confidence level.</summary>
    public double ConfidenceLevel { get; internal init; }
}

internal static class StatisticalForecasting
{
    internal static StatisticalForecast? Compute(TimePhasedBaseline baseline, ProjectStatus status, EarnedValueOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        _ = baseline;
        _ = status;
        _ = options;
        _ = diagnostics;
        return null;
    }
}
