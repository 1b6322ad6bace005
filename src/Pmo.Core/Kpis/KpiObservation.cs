using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>
/// One reported value of one KPI for one subject (project, programme, team) on a date. The value may be null: the
/// report is missing. Ratio KPIs may also carry their numerator and denominator (CPI: EV and AC) so that roll-ups can
/// use the ratio of sums (<see cref="AggregationRule.RatioOfSums"/>).
/// </summary>
public sealed class KpiObservation
{
    /// <summary>Creates an observation.</summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="date">The date the value is measured at (cumulative through the end of that day).</param>
    /// <param name="value">The value: finite, or null when missing.</param>
    /// <param name="numerator">The ratio's numerator, or null: finite; given together with <paramref name="denominator"/>.</param>
    /// <param name="denominator">The ratio's denominator, or null: finite; given together with <paramref name="numerator"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kpiId"/> or <paramref name="subjectId"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is blank, or only one of the ratio components is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN or infinite.</exception>
    public KpiObservation(string kpiId, string subjectId, LocalDate date, double? value, double? numerator = null, double? denominator = null)
    {
        Guard.Against.NullOrWhiteSpace(kpiId);
        Guard.Against.NullOrWhiteSpace(subjectId);
        if (numerator.HasValue != denominator.HasValue)
        {
            string missing = numerator.HasValue ? nameof(denominator) : nameof(numerator);
            throw new ArgumentException($"{nameof(numerator)} and {nameof(denominator)} must be given together; {missing} is missing.", missing);
        }

        KpiId = kpiId;
        SubjectId = subjectId;
        Date = date;
        Value = value is { } v ? Guard.Against.NotFinite(v, nameof(value)) : null;
        Numerator = numerator is { } n ? Guard.Against.NotFinite(n, nameof(numerator)) : null;
        Denominator = denominator is { } d ? Guard.Against.NotFinite(d, nameof(denominator)) : null;
    }

    /// <summary>Gets the KPI's id.</summary>
    public string KpiId { get; }

    /// <summary>Gets the subject's id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the measurement date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the value, or null when the report is missing.</summary>
    public double? Value { get; }

    /// <summary>Gets the ratio's numerator, or null.</summary>
    public double? Numerator { get; }

    /// <summary>Gets the ratio's denominator, or null.</summary>
    public double? Denominator { get; }

    /// <summary>Gets whether the ratio components are present.</summary>
    public bool HasComponents => Numerator.HasValue;

    /// <summary>
    /// Creates a ratio observation: value = numerator / denominator, or null (undefined) when the denominator is 0;
    /// the components are kept for ratio-of-sums roll-ups.
    /// </summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="date">The date.</param>
    /// <param name="numerator">The numerator (for CPI: EV): finite.</param>
    /// <param name="denominator">The denominator (for CPI: AC): finite.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN or infinite.</exception>
    [Pure]
    public static KpiObservation Ratio(string kpiId, string subjectId, LocalDate date, double numerator, double denominator)
    {
        Guard.Against.NotFinite(numerator);
        Guard.Against.NotFinite(denominator);
        double? value = denominator == 0 ? null : numerator / denominator;
        return new KpiObservation(kpiId, subjectId, date, value is { } v && double.IsFinite(v) ? v : null, numerator, denominator);
    }

    /// <summary>Creates a missing report (value null).</summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="date">The date the report was due.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    [Pure]
    public static KpiObservation Missing(string kpiId, string subjectId, LocalDate date) => new(kpiId, subjectId, date, null);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{KpiId}/{SubjectId} {Date:yyyy-MM-dd}: {(Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "missing")}");
}
