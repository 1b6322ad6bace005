using System.Collections.Immutable;
using NodaTime;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Earned-schedule metrics of one status: ES with its interpolation step, SV(t), SPI(t), TSPI and the duration
/// forecasts.
/// </summary>
/// <remarks>
/// <c>ES = C + I</c>, <c>I = (EV − PV(C)) / (PV(C+1) − PV(C))</c>; <c>SV(t) = ES − AT</c>; <c>SPI(t) = ES / AT</c>;
/// <c>TSPI = (PD − ES) / (PD − AT)</c> and, to an estimated duration ED, <c>(PD − ES) / (ED − AT)</c>.
/// Source: Lipke, W. (2003) "Schedule is Different", <i>The Measurable News</i>; Lipke (2009),
/// <i>Earned Schedule</i>, Lulu; PMI Practice Standard for EVM, 2nd ed., appendix D.
/// </remarks>
public sealed class EarnedScheduleMetrics
{
    internal EarnedScheduleMetrics()
    {
    }

    /// <summary>Gets the actual time AT in periods at the status date.</summary>
    public double ActualTime { get; internal init; }

    /// <summary>Gets the planned duration PD in periods.</summary>
    public double PlannedDuration { get; internal init; }

    /// <summary>Gets the earned schedule ES in periods, in [0, PD].</summary>
    public double EarnedSchedule { get; internal init; }

    /// <summary>Gets C: the number of whole periods with PV(C) ≤ EV (the latest one on a flat segment).</summary>
    public int CompletedPeriods { get; internal init; }

    /// <summary>Gets I: the fraction of period C + 1 earned, in [0, 1); 0 when ES = PD.</summary>
    public double Interpolation { get; internal init; }

    /// <summary>Gets PV(C), the cumulative PV at the end of period C.</summary>
    public double PlannedValueAtCompleted { get; internal init; }

    /// <summary>Gets PV(C + 1), or null when C = PD.</summary>
    public double? PlannedValueAtNext { get; internal init; }

    /// <summary>Gets the date at which the earned schedule falls.</summary>
    public LocalDate EarnedScheduleDate { get; internal init; }

    /// <summary>Gets the time-based schedule variance SV(t) = ES − AT in periods.</summary>
    public double ScheduleVariance { get; internal init; }

    /// <summary>Gets the time-based schedule performance index SPI(t) = ES / AT; null when AT = 0.</summary>
    public double? SchedulePerformanceIndex { get; internal init; }

    /// <summary>Gets TSPI to the planned duration, (PD − ES) / (PD − AT); null when AT ≥ PD.</summary>
    public double? ToCompleteSchedulePerformanceIndex { get; internal init; }

    /// <summary>Gets TSPI to the headline duration forecast ED, (PD − ES) / (ED − AT); null when undefined.</summary>
    public double? ToCompleteSchedulePerformanceIndexToEstimate { get; internal init; }

    /// <summary>Gets every duration forecast, one per <see cref="DurationForecastMethod"/>.</summary>
    public ImmutableArray<DurationForecast> Forecasts { get; internal init; } = [];

    /// <summary>Gets the headline duration forecast (chosen by <see cref="EarnedValueOptions.PrimaryDurationMethod"/>).</summary>
    public DurationForecast PrimaryForecast { get; internal init; } = null!;
}
