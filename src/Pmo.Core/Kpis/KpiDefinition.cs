using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;

namespace Pmo.Core.Kpis;

/// <summary>
/// The definition of a KPI: what it is (id, name, unit, display precision, formula text), which way is better
/// (<see cref="KpiDirection"/>), the targets in force over time (<see cref="TargetSeries"/>), the tolerance bands and
/// what they are expressed in (<see cref="BandSet"/>, <see cref="BandMode"/>), how it rolls up
/// (<see cref="AggregationRule"/>), what to report when data is missing (<see cref="MissingDataPolicy"/>) and an
/// optional forecast-based tolerance. Immutable; the <c>With…</c> methods return validated copies.
/// </summary>
/// <remarks>
/// Validation rules (each throws naming the parameter): a neutral KPI has no bands and no forecast tolerance; any other
/// KPI has bands; <see cref="BandMode.PercentOfTarget"/> needs a target; <see cref="BandMode.Achievement"/> needs a
/// target and a start value and a maximise or minimise direction; <see cref="BandMode.PercentOfRange"/> needs a
/// target-band direction; the display precision lies in 0 … 15.
/// </remarks>
public sealed class KpiDefinition
{
    /// <summary>Creates a KPI definition.</summary>
    /// <param name="id">The KPI's id, matched against <see cref="KpiObservation.KpiId"/>.</param>
    /// <param name="name">The name shown to readers.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="bands">The tolerance bands; null only for a neutral KPI.</param>
    /// <param name="bandMode">What the bands are expressed in; default <see cref="BandMode.Absolute"/>.</param>
    /// <param name="targets">The targets and start value; default none.</param>
    /// <param name="aggregation">The value roll-up rule; default <see cref="AggregationRule.Mean"/>.</param>
    /// <param name="missingData">The missing-data policy; default <see cref="MissingDataPolicy.ReportUnknown"/>.</param>
    /// <param name="unit">The unit shown to readers (empty for a pure ratio).</param>
    /// <param name="displayPrecision">The number of decimals to display, 0 … 15 (presentation only; nothing is rounded).</param>
    /// <param name="forecastTolerance">The forecast-based tolerance, or null for none.</param>
    /// <param name="description">The formula and meaning, for readers; default empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="direction"/> or <paramref name="unit"/> is null, or <paramref name="bands"/> is null for a KPI that is not neutral.</exception>
    /// <exception cref="ArgumentException">An id or name is blank, or a combination rule above is broken.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined or <paramref name="displayPrecision"/> is outside 0 … 15.</exception>
    public KpiDefinition(
        string id,
        string name,
        KpiDirection direction,
        BandSet? bands,
        BandMode bandMode = BandMode.Absolute,
        TargetSeries? targets = null,
        AggregationRule aggregation = AggregationRule.Mean,
        MissingDataPolicy? missingData = null,
        string unit = "",
        int displayPrecision = 2,
        ForecastTolerance? forecastTolerance = null,
        string description = "")
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(direction);
        Guard.Against.Null(unit);
        Guard.Against.Null(description);
        if (!Enum.IsDefined(bandMode))
        {
            throw new ArgumentOutOfRangeException(nameof(bandMode), bandMode, $"{nameof(bandMode)} must be a defined {nameof(BandMode)} (got {(int)bandMode}).");
        }

        if (!Enum.IsDefined(aggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, $"{nameof(aggregation)} must be a defined {nameof(AggregationRule)} (got {(int)aggregation}).");
        }

        if (displayPrecision is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(displayPrecision), displayPrecision, $"{nameof(displayPrecision)} must lie in 0 … 15 (got {displayPrecision}).");
        }

        targets ??= TargetSeries.None;
        bool neutral = direction.Kind == KpiDirectionKind.Neutral;
        if (neutral)
        {
            if (bands is not null)
            {
                throw new ArgumentException($"{nameof(bands)} must be null for the neutral KPI '{id}': a neutral KPI is tracked without a status.", nameof(bands));
            }

            if (forecastTolerance is not null)
            {
                throw new ArgumentException($"{nameof(forecastTolerance)} must be null for the neutral KPI '{id}': without a status there is no tolerance to breach.", nameof(forecastTolerance));
            }
        }
        else
        {
            if (bands is null)
            {
                throw new ArgumentNullException(nameof(bands), $"{nameof(bands)} must be given for the {direction.Kind} KPI '{id}'; only a neutral KPI has none.");
            }

            switch (bandMode)
            {
                case BandMode.PercentOfTarget when targets.IsEmpty:
                    throw new ArgumentException($"{nameof(targets)} must hold at least one target: the KPI '{id}' uses {nameof(BandMode.PercentOfTarget)} bands (x / target).", nameof(targets));
                case BandMode.Achievement when direction.Kind is not (KpiDirectionKind.Maximise or KpiDirectionKind.Minimise):
                    throw new ArgumentException($"{nameof(bandMode)} {nameof(BandMode.Achievement)} needs a maximise or minimise direction, but the KPI '{id}' is {direction.Kind}.", nameof(bandMode));
                case BandMode.Achievement when targets.IsEmpty || targets.Start is null:
                    throw new ArgumentException($"{nameof(targets)} must hold at least one target and a start value: the KPI '{id}' uses {nameof(BandMode.Achievement)} bands ((x − start) / (target − start)).", nameof(targets));
                case BandMode.PercentOfRange when direction.Kind != KpiDirectionKind.TargetBand:
                    throw new ArgumentException($"{nameof(bandMode)} {nameof(BandMode.PercentOfRange)} needs a target-band direction, but the KPI '{id}' is {direction.Kind}.", nameof(bandMode));
                default:
                    break;
            }
        }

        Id = id;
        Name = name;
        Direction = direction;
        Bands = bands;
        BandMode = bandMode;
        Targets = targets;
        Aggregation = aggregation;
        MissingData = missingData ?? MissingDataPolicy.ReportUnknown;
        Unit = unit;
        DisplayPrecision = displayPrecision;
        ForecastTolerance = forecastTolerance;
        Description = description;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the direction.</summary>
    public KpiDirection Direction { get; }

    /// <summary>Gets the tolerance bands (null for a neutral KPI).</summary>
    public BandSet? Bands { get; }

    /// <summary>Gets the status scale of the bands (null for a neutral KPI).</summary>
    public StatusScale? Scale => Bands?.Scale;

    /// <summary>Gets what the bands are expressed in.</summary>
    public BandMode BandMode { get; }

    /// <summary>Gets the targets and start value.</summary>
    public TargetSeries Targets { get; }

    /// <summary>Gets the value roll-up rule.</summary>
    public AggregationRule Aggregation { get; }

    /// <summary>Gets the missing-data policy.</summary>
    public MissingDataPolicy MissingData { get; }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the number of decimals to display.</summary>
    public int DisplayPrecision { get; }

    /// <summary>Gets the forecast-based tolerance, or null.</summary>
    public ForecastTolerance? ForecastTolerance { get; }

    /// <summary>Gets the formula and meaning, for readers.</summary>
    public string Description { get; }

    /// <summary>Returns a copy with other bands (and optionally another band mode).</summary>
    /// <param name="bands">The bands.</param>
    /// <param name="bandMode">The band mode, or null to keep the current one.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null for a KPI that is not neutral.</exception>
    /// <exception cref="ArgumentException">The copy breaks a validation rule (see the constructor).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bandMode"/> is undefined.</exception>
    [Pure]
    public KpiDefinition WithBands(BandSet? bands, BandMode? bandMode = null) =>
        new(Id, Name, Direction, bands, bandMode ?? BandMode, Targets, Aggregation, MissingData, Unit, DisplayPrecision, ForecastTolerance, Description);

    /// <summary>Returns a copy with other targets.</summary>
    /// <param name="targets">The targets and start value.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is null.</exception>
    /// <exception cref="ArgumentException">The copy breaks a validation rule (see the constructor).</exception>
    [Pure]
    public KpiDefinition WithTargets(TargetSeries targets) =>
        new(Id, Name, Direction, Bands, BandMode, Guard.Against.Null(targets), Aggregation, MissingData, Unit, DisplayPrecision, ForecastTolerance, Description);

    /// <summary>Returns a copy with another direction and bands (for example to turn a neutral library KPI into a rated one).</summary>
    /// <param name="direction">The direction.</param>
    /// <param name="bands">The bands (null only for neutral).</param>
    /// <param name="bandMode">The band mode.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="direction"/> is null, or <paramref name="bands"/> is null for a KPI that is not neutral.</exception>
    /// <exception cref="ArgumentException">The copy breaks a validation rule (see the constructor).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bandMode"/> is undefined.</exception>
    [Pure]
    public KpiDefinition WithDirection(KpiDirection direction, BandSet? bands, BandMode bandMode = BandMode.Absolute) =>
        new(Id, Name, direction, bands, bandMode, Targets, Aggregation, MissingData, Unit, DisplayPrecision, direction?.Kind == KpiDirectionKind.Neutral ? null : ForecastTolerance, Description);

    /// <summary>Returns a copy with another missing-data policy.</summary>
    /// <param name="missingData">The policy.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="missingData"/> is null.</exception>
    [Pure]
    public KpiDefinition WithMissingData(MissingDataPolicy missingData) =>
        new(Id, Name, Direction, Bands, BandMode, Targets, Aggregation, Guard.Against.Null(missingData), Unit, DisplayPrecision, ForecastTolerance, Description);

    /// <summary>Returns a copy with another aggregation rule.</summary>
    /// <param name="aggregation">The rule.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aggregation"/> is undefined.</exception>
    [Pure]
    public KpiDefinition WithAggregation(AggregationRule aggregation) =>
        new(Id, Name, Direction, Bands, BandMode, Targets, aggregation, MissingData, Unit, DisplayPrecision, ForecastTolerance, Description);

    /// <summary>Returns a copy with another forecast-based tolerance (null for none).</summary>
    /// <param name="forecastTolerance">The option.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The KPI is neutral and <paramref name="forecastTolerance"/> is not null.</exception>
    [Pure]
    public KpiDefinition WithForecastTolerance(ForecastTolerance? forecastTolerance) =>
        new(Id, Name, Direction, Bands, BandMode, Targets, Aggregation, MissingData, Unit, DisplayPrecision, forecastTolerance, Description);

    /// <summary>Returns a copy with another id and name (to use one library definition twice).</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    [Pure]
    public KpiDefinition WithId(string id, string name) =>
        new(id, name, Direction, Bands, BandMode, Targets, Aggregation, MissingData, Unit, DisplayPrecision, ForecastTolerance, Description);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Name}): {Direction}, {BandMode}";
}
