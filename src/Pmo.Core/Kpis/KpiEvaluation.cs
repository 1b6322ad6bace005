using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>Whether a KPI evaluation produced a status.</summary>
public enum KpiStatusKind
{
    /// <summary>A level of the KPI's scale was assigned (<see cref="KpiEvaluation.Status"/> is not null).</summary>
    Rated = 0,

    /// <summary>No level could be assigned (missing data, missing target, undefined band input); the diagnostics say why.</summary>
    Unknown = 1,

    /// <summary>The KPI is neutral: tracked without a status.</summary>
    Neutral = 2,
}

/// <summary>Where an evaluation's value came from.</summary>
public enum KpiValueSource
{
    /// <summary>The latest observation on or before the as-of date.</summary>
    Observed = 0,

    /// <summary>An older value carried forward by <see cref="MissingDataKind.CarryForwardLast"/>.</summary>
    CarriedForward = 1,

    /// <summary>No usable value.</summary>
    Missing = 2,
}

/// <summary>How a KPI moved since its previous reported value, judged by its direction.</summary>
public enum KpiTrend
{
    /// <summary>No previous value (or no current value) to compare with.</summary>
    Unknown = 0,

    /// <summary>Moved the better way (up for maximise, down for minimise, closer to the range for a target band).</summary>
    Improving = 1,

    /// <summary>Did not move (or stayed inside the target range).</summary>
    Unchanged = 2,

    /// <summary>Moved the worse way.</summary>
    Worsening = 3,

    /// <summary>The KPI is neutral; <see cref="KpiEvaluation.Change"/> still gives the movement.</summary>
    NotAssessed = 4,
}

/// <summary>How a forecast value was obtained.</summary>
public enum KpiForecastMethod
{
    /// <summary>Given by the caller (<see cref="KpiForecast"/>).</summary>
    Supplied = 0,

    /// <summary>Least-squares line through the last k reported values, evaluated at as-of + horizon.</summary>
    LinearTrend = 1,
}

/// <summary>The forecast-based tolerance check of an evaluation (PRINCE2 exception: forecast to exceed tolerance).</summary>
public sealed class KpiForecastCheck
{
    internal KpiForecastCheck()
    {
    }

    /// <summary>Gets how the forecast was obtained.</summary>
    public KpiForecastMethod Method { get; internal init; }

    /// <summary>Gets the forecast date.</summary>
    public LocalDate Date { get; internal init; }

    /// <summary>Gets the forecast value.</summary>
    public double Value { get; internal init; }

    /// <summary>Gets the slope of the trend line per day (null for a supplied forecast).</summary>
    public double? SlopePerDay { get; internal init; }

    /// <summary>Gets the number of reported values the trend line used (0 for a supplied forecast).</summary>
    public int PointsUsed { get; internal init; }

    /// <summary>Gets the target in force at the forecast date, or null.</summary>
    public KpiTarget? Target { get; internal init; }

    /// <summary>Gets the forecast's band input, or null when undefined.</summary>
    public double? BandInput { get; internal init; }

    /// <summary>Gets the forecast's status, or null when it cannot be rated.</summary>
    public StatusLevel? Status { get; internal init; }

    /// <summary>Gets whether the forecast's status is worse than the actual status (both rated): an exception to escalate.</summary>
    public bool Breach { get; internal init; }
}

/// <summary>
/// The evaluation of one KPI for one subject at an as-of date: the value used and where it came from, the target,
/// the band input (the intermediate the bands judged), the status, the trend since the previous value, the forecast
/// check and diagnostics. Nothing is rounded.
/// </summary>
public sealed class KpiEvaluation
{
    internal KpiEvaluation()
    {
    }

    /// <summary>Gets the definition evaluated.</summary>
    public KpiDefinition Definition { get; internal init; } = null!;

    /// <summary>Gets the KPI's id.</summary>
    public string KpiId => Definition.Id;

    /// <summary>Gets the subject's id.</summary>
    public string SubjectId { get; internal init; } = "";

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; internal init; }

    /// <summary>Gets the value used, or null when missing.</summary>
    public double? Value { get; internal init; }

    /// <summary>Gets the date of the observation the value came from, or null.</summary>
    public LocalDate? ValueDate { get; internal init; }

    /// <summary>Gets where the value came from.</summary>
    public KpiValueSource ValueSource { get; internal init; }

    /// <summary>Gets the target in force at <see cref="ValueDate"/>, or null.</summary>
    public KpiTarget? Target { get; internal init; }

    /// <summary>Gets the band input: the value, x / target, the achievement or the position in range per <see cref="BandMode"/>; null when undefined or neutral.</summary>
    public double? BandInput { get; internal init; }

    /// <summary>Gets whether a status was assigned.</summary>
    public KpiStatusKind StatusKind { get; internal init; }

    /// <summary>Gets the status level, or null when unknown or neutral.</summary>
    public StatusLevel? Status { get; internal init; }

    /// <summary>Gets the previous reported value (before <see cref="ValueDate"/>), or null.</summary>
    public double? PreviousValue { get; internal init; }

    /// <summary>Gets the date of the previous reported value, or null.</summary>
    public LocalDate? PreviousDate { get; internal init; }

    /// <summary>Gets the previous value's status (judged against the target in force then), or null.</summary>
    public StatusLevel? PreviousStatus { get; internal init; }

    /// <summary>Gets the change <c>Value − PreviousValue</c>, or null.</summary>
    public double? Change { get; internal init; }

    /// <summary>Gets the trend judged by the direction.</summary>
    public KpiTrend Trend { get; internal init; }

    /// <summary>Gets the forecast check, or null when no forecast was asked for or possible.</summary>
    public KpiForecastCheck? Forecast { get; internal init; }

    /// <summary>Gets whether the forecast breaches tolerance before the actual does.</summary>
    public bool ForecastBreach => Forecast?.Breach ?? false;

    /// <summary>Gets why values are undefined and what the analyst should know.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];

    /// <inheritdoc/>
    public override string ToString() =>
        $"{KpiId}/{SubjectId} @ {AsOf:yyyy-MM-dd}: {Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"} → {(Status?.Label ?? StatusKind.ToString())}";
}
