namespace Pmo.Core.Kpis.Flow;

/// <summary>Whether a completion forecast produced a distribution of dates.</summary>
public enum ForecastStatus
{
    /// <summary>Trials were simulated; read the dates with <see cref="CompletionForecast.DateAt"/>.</summary>
    Simulated = 0,

    /// <summary>
    /// The work can never finish: the throughput history has no day with a finished item (every sample is 0) and some
    /// scope remains. No trial is run and no date is reported.
    /// </summary>
    CannotFinish = 1,
}
