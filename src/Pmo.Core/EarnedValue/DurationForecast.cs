using NodaTime;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// One duration forecast at completion (EAC(t), IEAC(t)) in periods, with its forecast finish date.
/// </summary>
public sealed class DurationForecast
{
    internal DurationForecast(DurationForecastMethod method)
    {
        Method = method;
    }

    /// <summary>Gets the method.</summary>
    public DurationForecastMethod Method { get; }

    /// <summary>Gets the performance factor used; null when undefined.</summary>
    public double? PerformanceFactor { get; internal init; }

    /// <summary>Gets the forecast total duration in periods from the baseline start.</summary>
    public double? Duration { get; internal init; }

    /// <summary>Gets the forecast finish date (the day in which <see cref="Duration"/> ends).</summary>
    public LocalDate? FinishDate { get; internal init; }

    /// <summary>Gets the forecast time variance at completion, <c>PD − Duration</c> (negative: late).</summary>
    public double? VarianceAtCompletion { get; internal init; }
}
