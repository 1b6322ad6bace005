using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>
/// Evaluates KPI definitions against observations: the value in force at an as-of date (with the missing-data policy),
/// the target, the band input, the status, the trend and the forecast-based tolerance check. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Value.</b> The current observation is the latest one dated on or before the as-of date (later ones are
/// ignored). If it has no value, or there is none, the <see cref="MissingDataPolicy"/> decides.</para>
/// <para><b>Target.</b> The target is the one in force at the date of the value used (a carried-forward value is judged
/// against the target of its own date).</para>
/// <para><b>Band input</b> per <see cref="BandMode"/>: x; x / t; (x − s) / (t − s); (x − L) / (H − L). Undefined inputs
/// (t = 0, t = s) give status <see cref="KpiStatusKind.Unknown"/> with an <see cref="DiagnosticKind.Undefined"/>
/// diagnostic, never a silent level. A missing target follows the missing-data policy (treat-as-worst gives the worst
/// level; otherwise unknown).</para>
/// <para><b>Trend.</b> <c>Change = x − x_prev</c> with the previous reported value before the value's date; judged by
/// the direction (target band: the distance to [L, H] shrinking is improving).</para>
/// <para><b>Forecast-based tolerance</b> (see <see cref="ForecastTolerance"/>): the forecast is the caller's, or the
/// least-squares line through the last k reported values, <c>b = Σ(dᵢ − d̄)(yᵢ − ȳ) / Σ(dᵢ − d̄)²</c>,
/// <c>ŷ(h) = ȳ + b·(h − d̄)</c> with d in days relative to the as-of date and h the horizon. It is judged against the
/// target in force at the forecast date; <see cref="KpiForecastCheck.Breach"/> when its level is worse than the
/// actual's. Source: AXELOS, <i>Managing Successful Projects with PRINCE2</i> (2017), Progress theme.</para>
/// </remarks>
public static class KpiEvaluator
{
    private const int BatchChunk = 512;

    /// <summary>Evaluates one KPI for one subject from its history.</summary>
    /// <param name="definition">The KPI.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="history">The subject's observations of this KPI, in any order, dates unique.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="forecast">A forecast to judge instead of the trend projection, or null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/>, <paramref name="subjectId"/>, <paramref name="history"/> or an observation is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is blank, or an observation is of another KPI or subject, or two share a date.</exception>
    [Pure]
    public static KpiEvaluation Evaluate(KpiDefinition definition, string subjectId, IEnumerable<KpiObservation> history, LocalDate asOf, KpiForecast? forecast = null)
    {
        Guard.Against.Null(definition);
        Guard.Against.NullOrWhiteSpace(subjectId);
        Guard.Against.Null(history);
        List<KpiObservation> list = [.. history];
        for (int i = 0; i < list.Count; i++)
        {
            KpiObservation o = list[i] ?? throw new ArgumentNullException(nameof(history), $"{nameof(history)}[{i}] is null.");
            if (o.KpiId != definition.Id)
            {
                throw new ArgumentException($"{nameof(history)}[{i}] is of the KPI '{o.KpiId}', not '{definition.Id}'.", nameof(history));
            }

            if (o.SubjectId != subjectId)
            {
                throw new ArgumentException($"{nameof(history)}[{i}] is of the subject '{o.SubjectId}', not '{subjectId}'.", nameof(history));
            }
        }

        SortUnique(list, nameof(history));
        return EvaluateSorted(definition, subjectId, list, asOf, forecast);
    }

    /// <summary>Evaluates one KPI for every subject found in the observations.</summary>
    /// <param name="definition">The KPI.</param>
    /// <param name="observations">Observations of this KPI for any subjects; dates unique per subject.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>One evaluation per subject, ordered by subject id (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/>, <paramref name="observations"/> or an observation is null.</exception>
    /// <exception cref="ArgumentException">An observation is of another KPI, or a subject has two observations on one date.</exception>
    [Pure]
    public static ImmutableArray<KpiEvaluation> EvaluateAll(KpiDefinition definition, IEnumerable<KpiObservation> observations, LocalDate asOf)
    {
        Guard.Against.Null(definition);
        Guard.Against.Null(observations);
        var bySubject = new SortedDictionary<string, List<KpiObservation>>(StringComparer.Ordinal);
        int i = 0;
        foreach (KpiObservation o in observations)
        {
            if (o is null)
            {
                throw new ArgumentNullException(nameof(observations), $"{nameof(observations)}[{i}] is null.");
            }

            if (o.KpiId != definition.Id)
            {
                throw new ArgumentException($"{nameof(observations)}[{i}] is of the KPI '{o.KpiId}', not '{definition.Id}'.", nameof(observations));
            }

            if (!bySubject.TryGetValue(o.SubjectId, out List<KpiObservation>? list))
            {
                bySubject[o.SubjectId] = list = [];
            }

            list.Add(o);
            i++;
        }

        var results = ImmutableArray.CreateBuilder<KpiEvaluation>(bySubject.Count);
        foreach ((string subject, List<KpiObservation> list) in bySubject)
        {
            SortUnique(list, nameof(observations));
            results.Add(EvaluateSorted(definition, subject, list, asOf, null));
        }

        return results.MoveToImmutable();
    }

    /// <summary>Evaluates a single value measured on a date (no history: no trend, no trend forecast).</summary>
    /// <param name="definition">The KPI.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="value">The value: finite.</param>
    /// <param name="date">The measurement date (also the as-of date).</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="subjectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    [Pure]
    public static KpiEvaluation EvaluateValue(KpiDefinition definition, string subjectId, double value, LocalDate date)
    {
        Guard.Against.Null(definition);
        return EvaluateSorted(definition.WithForecastTolerance(null), subjectId, [new KpiObservation(definition.Id, subjectId, date, value)], date, null);
    }

    /// <summary>
    /// Classifies many values at once against the target in force at one date (the span path for large batches): writes
    /// the rank of each value's level, or −1 when the band input is undefined (NaN/∞ value, t = 0, t = s, no target).
    /// Allocates nothing.
    /// </summary>
    /// <param name="definition">The KPI: not neutral.</param>
    /// <param name="values">The values; NaN marks a missing value.</param>
    /// <param name="date">The date whose target applies.</param>
    /// <param name="ranks">The destination, at least as long as <paramref name="values"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">The KPI is neutral, or <paramref name="ranks"/> is too short.</exception>
    public static void ClassifyBatch(KpiDefinition definition, ReadOnlySpan<double> values, LocalDate date, Span<int> ranks)
    {
        Guard.Against.Null(definition);
        double target = definition.Targets.TargetAt(date)?.Value ?? double.NaN;
        ClassifyBatchCore(definition, values, [], target, ranks);
    }

    /// <summary>
    /// Classifies many values, each with its own target (the span path for large batches): <c>ranks[i]</c> is the rank
    /// of the level of <c>values[i]</c> judged against <c>targets[i]</c>, or −1 when undefined. Allocates nothing.
    /// </summary>
    /// <param name="definition">The KPI: not neutral. Achievement uses the definition's start value.</param>
    /// <param name="values">The values; NaN marks a missing value.</param>
    /// <param name="targets">The targets, one per value; NaN marks no target.</param>
    /// <param name="ranks">The destination, at least as long as <paramref name="values"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">The KPI is neutral, the lengths of <paramref name="values"/> and <paramref name="targets"/> differ, or <paramref name="ranks"/> is too short.</exception>
    public static void ClassifyBatch(KpiDefinition definition, ReadOnlySpan<double> values, ReadOnlySpan<double> targets, Span<int> ranks)
    {
        Guard.Against.Null(definition);
        if (targets.Length != values.Length)
        {
            throw new ArgumentException($"{nameof(targets)} (length {targets.Length}) must be as long as {nameof(values)} (length {values.Length}).", nameof(targets));
        }

        ClassifyBatchCore(definition, values, targets, double.NaN, ranks);
    }

    private static void ClassifyBatchCore(KpiDefinition definition, ReadOnlySpan<double> values, ReadOnlySpan<double> targets, double commonTarget, Span<int> ranks)
    {
        BandSet bands = definition.Bands
            ?? throw new ArgumentException($"The KPI '{definition.Id}' is neutral and has no status to classify.", nameof(definition));
        if (ranks.Length < values.Length)
        {
            throw new ArgumentException($"{nameof(ranks)} (length {ranks.Length}) must be at least as long as {nameof(values)} (length {values.Length}).", nameof(ranks));
        }

        if (definition.BandMode == BandMode.Absolute)
        {
            bands.ClassifyRanks(values, ranks);
            return;
        }

        Span<double> buffer = stackalloc double[BatchChunk];
        double start = definition.Targets.Start ?? double.NaN;
        double low = definition.Direction.Low;
        double width = definition.Direction.High - definition.Direction.Low;
        bool perItem = !targets.IsEmpty;
        for (int offset = 0; offset < values.Length; offset += BatchChunk)
        {
            int n = Math.Min(BatchChunk, values.Length - offset);
            ReadOnlySpan<double> x = values.Slice(offset, n);
            Span<double> input = buffer[..n];
            switch (definition.BandMode)
            {
                case BandMode.PercentOfTarget:
                    for (int i = 0; i < n; i++)
                    {
                        double t = perItem ? targets[offset + i] : commonTarget;
                        input[i] = t == 0 ? double.NaN : x[i] / t;
                    }

                    break;
                case BandMode.Achievement:
                    for (int i = 0; i < n; i++)
                    {
                        double t = perItem ? targets[offset + i] : commonTarget;
                        input[i] = t == start ? double.NaN : (x[i] - start) / (t - start);
                    }

                    break;
                default:
                    for (int i = 0; i < n; i++)
                    {
                        input[i] = (x[i] - low) / width;
                    }

                    break;
            }

            bands.ClassifyRanks(input, ranks.Slice(offset, n));
        }
    }

    internal static void SortUnique(List<KpiObservation> list, string paramName)
    {
        list.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        for (int i = 1; i < list.Count; i++)
        {
            if (list[i].Date == list[i - 1].Date)
            {
                throw new ArgumentException($"{paramName} has two observations of '{list[i].KpiId}' for '{list[i].SubjectId}' on {list[i].Date:yyyy-MM-dd}; dates must be unique per KPI and subject.", paramName);
            }
        }
    }

    /// <summary>The value in force at asOf under the missing-data policy (shared with roll-ups).</summary>
    internal static KpiObservation? Resolve(KpiDefinition definition, List<KpiObservation> sorted, LocalDate asOf, out int currentIndex, out KpiValueSource source, ImmutableArray<Diagnostic>.Builder? diagnostics, bool components = false)
    {
        currentIndex = -1;
        for (int i = sorted.Count - 1; i >= 0; i--)
        {
            if (sorted[i].Date <= asOf)
            {
                currentIndex = i;
                break;
            }
        }

        if (currentIndex >= 0 && Usable(sorted[currentIndex], components))
        {
            source = KpiValueSource.Observed;
            return sorted[currentIndex];
        }

        string id = definition.Id;
        diagnostics?.Add(new Diagnostic(DiagnosticKind.Undefined, id, currentIndex < 0
            ? $"No value of '{id}' was reported on or before {asOf:yyyy-MM-dd}."
            : $"The value of '{id}' reported for {sorted[currentIndex].Date:yyyy-MM-dd} is missing."));
        if (definition.MissingData.Kind == MissingDataKind.CarryForwardLast)
        {
            for (int i = currentIndex - 1; i >= 0; i--)
            {
                if (Usable(sorted[i], components))
                {
                    int age = Period.Between(sorted[i].Date, asOf, PeriodUnits.Days).Days;
                    if (age <= definition.MissingData.MaxAgeDays)
                    {
                        diagnostics?.Add(new Diagnostic(DiagnosticKind.Information, id, $"The value of {sorted[i].Date:yyyy-MM-dd} ({age} days old) was carried forward (limit {definition.MissingData.MaxAgeDays} days)."));
                        source = KpiValueSource.CarriedForward;
                        return sorted[i];
                    }

                    diagnostics?.Add(new Diagnostic(DiagnosticKind.Information, id, $"The last value, of {sorted[i].Date:yyyy-MM-dd}, is {age} days old: too old to carry forward (limit {definition.MissingData.MaxAgeDays} days)."));
                    break;
                }
            }
        }

        source = KpiValueSource.Missing;
        return null;
    }

    private static bool Usable(KpiObservation o, bool components) => components ? o.HasComponents : o.Value.HasValue;

    /// <summary>The band input of x per the band mode; NaN when undefined, with the reason.</summary>
    internal static double BandInput(KpiDefinition definition, double x, KpiTarget? target, out string? undefinedReason, out bool missingTarget)
    {
        undefinedReason = null;
        missingTarget = false;
        switch (definition.BandMode)
        {
            case BandMode.Absolute:
                return x;
            case BandMode.PercentOfRange:
                return (x - definition.Direction.Low) / (definition.Direction.High - definition.Direction.Low);
            default:
                break;
        }

        if (target is not { } t)
        {
            missingTarget = true;
            undefinedReason = $"No target of '{definition.Id}' is in force at that date (the first applies from {definition.Targets.Targets[0].EffectiveFrom:yyyy-MM-dd}).";
            return double.NaN;
        }

        double result;
        if (definition.BandMode == BandMode.PercentOfTarget)
        {
            if (t.Value == 0)
            {
                undefinedReason = $"Percent of target of '{definition.Id}' is undefined: the target is 0.";
                return double.NaN;
            }

            result = x / t.Value;
        }
        else
        {
            double s = definition.Targets.Start!.Value;
            if (t.Value == s)
            {
                undefinedReason = string.Create(CultureInfo.InvariantCulture, $"Achievement of '{definition.Id}' is undefined: the target equals the start value ({s}).");
                return double.NaN;
            }

            result = (x - s) / (t.Value - s);
        }

        if (!double.IsFinite(result))
        {
            undefinedReason = $"The band input of '{definition.Id}' overflowed.";
            return double.NaN;
        }

        return result;
    }

    internal static KpiEvaluation EvaluateSorted(KpiDefinition d, string subjectId, List<KpiObservation> sorted, LocalDate asOf, KpiForecast? forecast)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        KpiObservation? used = Resolve(d, sorted, asOf, out _, out KpiValueSource source, diagnostics);
        bool neutral = d.Direction.Kind == KpiDirectionKind.Neutral;
        double? value = used?.Value;
        KpiTarget? target = used is null ? d.Targets.TargetAt(asOf) : d.Targets.TargetAt(used.Date);
        double? bandInput = null;
        StatusLevel? status = null;
        KpiStatusKind kind = neutral ? KpiStatusKind.Neutral : KpiStatusKind.Unknown;
        if (!neutral)
        {
            BandSet bands = d.Bands!;
            if (value is not { } x)
            {
                if (d.MissingData.Kind == MissingDataKind.TreatAsWorst)
                {
                    status = bands.Scale.Worst;
                    kind = KpiStatusKind.Rated;
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, d.Id, $"Missing data is treated as the worst level ({status.Label})."));
                }
            }
            else
            {
                double input = BandInput(d, x, target, out string? reason, out bool missingTarget);
                if (reason is not null)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, d.Id, reason));
                    if (missingTarget && d.MissingData.Kind == MissingDataKind.TreatAsWorst)
                    {
                        status = bands.Scale.Worst;
                        kind = KpiStatusKind.Rated;
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, d.Id, $"The missing target is treated as the worst level ({status.Label})."));
                    }
                }
                else
                {
                    bandInput = input;
                    status = bands.Classify(input);
                    kind = KpiStatusKind.Rated;
                    if (d.BandMode == BandMode.Achievement && target is { } t && WrongSide(d, t.Value))
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, d.Id, string.Create(CultureInfo.InvariantCulture, $"The target {t.Value} lies on the worse side of the start {d.Targets.Start} for a {d.Direction.Kind} KPI: achievement falls as the value improves.")));
                    }
                }
            }
        }

        // Trend against the previous reported value.
        double? previous = null;
        LocalDate? previousDate = null;
        StatusLevel? previousStatus = null;
        double? change = null;
        KpiTrend trend = KpiTrend.Unknown;
        if (used is not null)
        {
            for (int i = sorted.Count - 1; i >= 0; i--)
            {
                if (sorted[i].Date < used.Date && sorted[i].Value.HasValue)
                {
                    previous = sorted[i].Value;
                    previousDate = sorted[i].Date;
                    break;
                }
            }

            if (previous is { } p)
            {
                double c = value!.Value - p;
                change = c;
                if (neutral)
                {
                    trend = KpiTrend.NotAssessed;
                }
                else
                {
                    double now = d.Direction.Badness(value.Value);
                    double before = d.Direction.Badness(p);
                    trend = now < before ? KpiTrend.Improving : now > before ? KpiTrend.Worsening : KpiTrend.Unchanged;
                    double prevInput = BandInput(d, p, d.Targets.TargetAt(previousDate!.Value), out string? prevReason, out _);
                    previousStatus = prevReason is null ? d.Bands!.Classify(prevInput) : null;
                }
            }
        }

        KpiForecastCheck? check = neutral ? null : ForecastCheck(d, sorted, asOf, forecast, status, kind, diagnostics);
        return new KpiEvaluation
        {
            Definition = d,
            SubjectId = subjectId,
            AsOf = asOf,
            Value = value,
            ValueDate = used?.Date,
            ValueSource = source,
            Target = target,
            BandInput = bandInput,
            StatusKind = kind,
            Status = status,
            PreviousValue = previous,
            PreviousDate = previousDate,
            PreviousStatus = previousStatus,
            Change = change,
            Trend = trend,
            Forecast = check,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static bool WrongSide(KpiDefinition d, double target) =>
        d.Targets.Start is { } s && (d.Direction.Kind == KpiDirectionKind.Maximise ? target < s : target > s);

    private static KpiForecastCheck? ForecastCheck(KpiDefinition d, List<KpiObservation> sorted, LocalDate asOf, KpiForecast? supplied, StatusLevel? actual, KpiStatusKind kind, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        KpiForecastMethod method;
        LocalDate date;
        double value;
        double? slope = null;
        int points = 0;
        if (supplied is { } f)
        {
            method = KpiForecastMethod.Supplied;
            date = f.Date;
            value = f.Value;
        }
        else if (d.ForecastTolerance is { } tol)
        {
            // Least squares over the last k reported values on or before asOf; x in days relative to asOf.
            int k = tol.TrendPoints;
            double sx = 0;
            double sy = 0;
            var xl = new List<double>(k);
            var yl = new List<double>(k);
            for (int i = sorted.Count - 1; i >= 0 && xl.Count < k; i--)
            {
                if (sorted[i].Date <= asOf && sorted[i].Value is { } y)
                {
                    double x = -Period.Between(sorted[i].Date, asOf, PeriodUnits.Days).Days;
                    xl.Add(x);
                    yl.Add(y);
                    sx += x;
                    sy += y;
                }
            }

            points = xl.Count;
            if (points < 2)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Information, d.Id, $"No trend forecast: {points} reported value(s), at least 2 are needed."));
                return null;
            }

            double mx = sx / points;
            double my = sy / points;
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < points; i++)
            {
                sxy += (xl[i] - mx) * (yl[i] - my);
                sxx += (xl[i] - mx) * (xl[i] - mx);
            }

            double b = sxy / sxx;
            method = KpiForecastMethod.LinearTrend;
            date = asOf.PlusDays(tol.HorizonDays);
            value = my + (b * (tol.HorizonDays - mx));
            slope = b;
            if (!double.IsFinite(value))
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, d.Id, "The trend forecast overflowed."));
                return null;
            }
        }
        else
        {
            return null;
        }

        KpiTarget? target = d.Targets.TargetAt(date);
        double input = BandInput(d, value, target, out string? reason, out _);
        StatusLevel? status = reason is null ? d.Bands!.Classify(input) : null;
        if (reason is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, d.Id, $"Forecast at {date:yyyy-MM-dd}: {reason}"));
        }

        bool breach = status is not null && actual is not null && kind == KpiStatusKind.Rated && status.Rank < actual.Rank;
        if (breach)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, d.Id, string.Create(CultureInfo.InvariantCulture, $"Forecast exception: the forecast {value} at {date:yyyy-MM-dd} is {status!.Label}, worse than the actual {actual!.Label}.")));
        }

        return new KpiForecastCheck
        {
            Method = method,
            Date = date,
            Value = value,
            SlopePerDay = slope,
            PointsUsed = points,
            Target = target,
            BandInput = reason is null ? input : null,
            Status = status,
            Breach = breach,
        };
    }
}
