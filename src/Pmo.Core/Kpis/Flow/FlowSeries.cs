using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// A count per period over a date range with every period present (zero periods included): throughput or work in
/// progress. Immutable.
/// </summary>
public sealed class FlowSeries
{
    internal FlowSeries(FlowGranularity granularity, ImmutableArray<NodaTime.LocalDate> starts, ImmutableArray<NodaTime.LocalDate> ends, ImmutableArray<int> values, ImmutableArray<Diagnostic> diagnostics)
    {
        Granularity = granularity;
        PeriodStarts = starts;
        PeriodEnds = ends;
        Values = values;
        Diagnostics = diagnostics;
        double n = values.Length;
        double mean = values.Sum(v => (double)v) / n;
        Mean = mean;
        if (values.Length < 2)
        {
            CoefficientOfVariation = null;
            Diagnostics = Diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "CV", "Fewer than two periods: the sample standard deviation, and so the coefficient of variation, is undefined."));
        }
        else if (mean == 0)
        {
            CoefficientOfVariation = null;
            Diagnostics = Diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "CV", "The mean is 0: the coefficient of variation (standard deviation / mean) is undefined."));
        }
        else
        {
            double ss = values.Sum(v => (v - mean) * (v - mean));
            StandardDeviation = Math.Sqrt(ss / (n - 1));
            CoefficientOfVariation = StandardDeviation / mean;
        }
    }

    /// <summary>Gets the period length.</summary>
    public FlowGranularity Granularity { get; }

    /// <summary>Gets the first day of each period.</summary>
    public ImmutableArray<NodaTime.LocalDate> PeriodStarts { get; }

    /// <summary>Gets the last day of each period (included).</summary>
    public ImmutableArray<NodaTime.LocalDate> PeriodEnds { get; }

    /// <summary>Gets the count of each period.</summary>
    public ImmutableArray<int> Values { get; }

    /// <summary>Gets the mean count per period.</summary>
    public double Mean { get; }

    /// <summary>Gets the sample standard deviation (divisor n − 1), or <see langword="null"/> with fewer than two periods.</summary>
    public double? StandardDeviation { get; }

    /// <summary>
    /// Gets the coefficient of variation <c>s / mean</c> (sample standard deviation over the mean), a predictability
    /// measure: the lower, the steadier. <see langword="null"/> when fewer than two periods or the mean is 0 (see
    /// <see cref="Diagnostics"/>).
    /// </summary>
    public double? CoefficientOfVariation { get; }

    /// <summary>Gets explanations of undefined values.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
