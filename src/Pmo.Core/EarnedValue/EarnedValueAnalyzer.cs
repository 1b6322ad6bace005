using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Computes the complete earned-value analysis (EVM with earned schedule) of one project.
/// Pure and thread-safe.
/// </summary>
/// <remarks>
/// See <see cref="EarnedValueAnalysis"/>, <see cref="EacForecast"/>, <see cref="EarnedScheduleMetrics"/>,
/// <see cref="PeriodIndices"/>, <see cref="StatisticalForecast"/> for the formulas and their sources, and
/// <c>docs/earned-value.md</c> for every edge-case rule.
/// </remarks>
public static class EarnedValueAnalyzer
{

    /// <summary>Analyses a project against its current baseline.</summary>
    /// <param name="baseline">The time-phased baseline.</param>
    /// <param name="status">The status (and optional history).</param>
    /// <param name="budget">Management reserve and over-target amount; default none.</param>
    /// <param name="options">Options; default <see cref="EarnedValueOptions.Default"/>.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> or <paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// EV / BAC or AC / BAC overflows the double range (<c>ParamName</c> "status"), or BAC + MR + over-target amount does
    /// (<c>ParamName</c> "budgetAtCompletion"). Ratios that overflow are reported as undefined (null with a diagnostic).
    /// </exception>
    [Pure]
    public static EarnedValueAnalysis Analyze(TimePhasedBaseline baseline, ProjectStatus status, BudgetStructure budget = default, EarnedValueOptions? options = null)
        => AnalyzeCore(baseline, status, budget, options, []);

    internal static EarnedValueAnalysis AnalyzeCore(TimePhasedBaseline baseline, ProjectStatus status, BudgetStructure budget, EarnedValueOptions? options, ImmutableArray<Diagnostic> initialDiagnostics)
    {
        Guard.Against.Null(baseline);
        Guard.Against.Null(status);
        options ??= EarnedValueOptions.Default;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(initialDiagnostics);

        double bac = baseline.BudgetAtCompletion;
        double pd = baseline.PlannedDuration;
        double ev = status.Current.EarnedValue;
        double ac = status.Current.ActualCost;
        double atRaw = baseline.TimeAt(status.ActualFinish ?? status.StatusDate);
        if (status.ActualFinish is { } finished)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "AT", $"The project finished on {finished:yyyy-MM-dd}: actual time AT is measured to that date, not to the status date."));
            if (ev < baseline.BudgetAtCompletion)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "EV", $"The project is marked finished on {finished:yyyy-MM-dd} but EV ({ev}) is below BAC ({baseline.BudgetAtCompletion})."));
            }
        }

        double at = atRaw;
        if (atRaw < 0)
        {
            at = 0;
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "AT", $"The status date {status.StatusDate:yyyy-MM-dd} precedes the baseline start {baseline.Start:yyyy-MM-dd}: no time has elapsed, AT = 0."));
        }

        double pv = baseline.PlannedValueAt(at);
        double tab = budget.TotalAllocatedBudget(bac);

        double? cpi = Ratio(ev, ac, "CPI", "AC = 0: no cost has been incurred, so cost efficiency is undefined.", diagnostics);
        double? spi = Ratio(ev, pv, "SPI", "PV = 0: no work was planned by the status date, so schedule efficiency is undefined.", diagnostics);
        double? cvPct = Ratio(ev - ac, ev, "CV%", "EV = 0: CV% = CV / EV is undefined.", diagnostics);
        double? svPct = Ratio(ev - pv, pv, "SV%", "PV = 0: SV% = SV / PV is undefined.", diagnostics);
        double? csi = cpi * spi is { } product ? Defined(product, "CSI", diagnostics) : null;

        if (ev > bac)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "EV", $"EV ({ev}) exceeds BAC ({bac}): more value earned than budgeted; check the status or the baseline. ES is capped at PD."));
        }

        if (ac >= bac)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "AC", $"AC ({ac}) has reached BAC ({bac}): the budget is spent."));
        }

        double remaining = bac - ev;
        double? tcpiBac = Tcpi(remaining, bac - ac, "TCPI(BAC)", "BAC", diagnostics);
        double? tcpiTab = Tcpi(remaining, tab - ac, "TCPI(TAB)", "TAB", diagnostics);

        // Earned schedule.
        ReadOnlySpan<double> curve = baseline.CumulativeCurve;
        double es = EarnedSchedule.Kernel(curve, ev);
        int c = EarnedSchedule.CompletedPeriods(curve, ev);
        double? spiT = at > 0 ? es / at : null;
        if (spiT is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "SPI(t)", "AT = 0: no time has elapsed, so SPI(t) = ES / AT is undefined."));
        }

        // Period indices (needed for the moving-CPI EAC).
        PeriodIndices? periods = status.History.IsEmpty ? null : ComputePeriodIndices(baseline, status, options, diagnostics);

        // Cost forecasts.
        var eacs = ImmutableArray.CreateBuilder<EacForecast>();
        AddEac(eacs, EacMethod.BudgetRate, 1.0, null);
        AddEac(eacs, EacMethod.Cpi, cpi, "CPI undefined (AC = 0)");
        AddEac(eacs, EacMethod.Spi, spi, "SPI undefined (PV = 0)");
        AddEac(eacs, EacMethod.SpiT, spiT, "SPI(t) undefined (AT = 0)");
        AddEac(eacs, EacMethod.CpiTimesSpi, csi, "CPI or SPI undefined");
        AddEac(eacs, EacMethod.CpiTimesSpiT, cpi * spiT, "CPI or SPI(t) undefined");
        double w = options.CompositeCpiWeight;
        // w = 1 or w = 0 leaves only one index in the factor; it is defined whenever that index is.
        double? weighted = w == 1 ? cpi : w == 0 ? spi : (w * cpi) + ((1 - w) * spi);
        AddEac(eacs, EacMethod.WeightedCpiSpi, weighted, "CPI or SPI undefined");
        AddEac(eacs, EacMethod.MovingCpi, periods?.MovingCpi, periods is null ? "no status history" : $"moving CPI undefined (fewer than {options.MovingWindow} periods of history or no cost in them)");
        if (options.BottomUpEstimateToComplete is { } etcBottomUp)
        {
            eacs.Add(MakeEac(EacMethod.BottomUp, null, ac + etcBottomUp));
        }

        void AddEac(ImmutableArray<EacForecast>.Builder list, EacMethod method, double? pf, string? why)
        {
            if (pf is not { } f || f == 0 || !double.IsFinite(f))
            {
                string reason = pf is null ? why! : "the performance factor is 0, so the remaining work would never be finished";
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, $"EAC({method})", $"EAC with PF = {method} is undefined: {reason}."));
                list.Add(new EacForecast(method) { PerformanceFactor = pf });
                return;
            }

            list.Add(MakeEac(method, f, ac + (remaining / f)));
        }

        EacForecast MakeEac(EacMethod method, double? pf, double eac)
        {
            double etc = eac - ac;
            double? tcpiEac = etc > 0 && remaining > 0 ? remaining / etc : null;
            if (!double.IsFinite(eac) || !double.IsFinite(etc) || !double.IsFinite(bac - eac) || !double.IsFinite((bac - eac) / bac) || (tcpiEac is { } tc && !double.IsFinite(tc)))
            {
                // Each number that overflows is undefined on its own (the batch API writes NaN for exactly these).
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, $"EAC({method})", $"EAC with PF = {method} overflows the double range for these inputs: the numbers that overflow are undefined."));
                tcpiEac = tcpiEac is { } t2 && double.IsFinite(t2) ? t2 : null;
            }

            return new EacForecast(method)
            {
                PerformanceFactor = pf,
                EstimateAtCompletion = double.IsFinite(eac) ? eac : null,
                EstimateToComplete = double.IsFinite(etc) ? etc : null,
                VarianceAtCompletion = double.IsFinite(bac - eac) ? bac - eac : null,
                VarianceAtCompletionPercent = double.IsFinite((bac - eac) / bac) ? (bac - eac) / bac : null,
                ToCompletePerformanceIndex = tcpiEac,
                IsRealistic = tcpiEac is { } t && cpi is { } ci ? Math.Abs(t - ci) <= options.EacRealismThreshold : null,
            };
        }

        ImmutableArray<EacForecast> eacList = eacs.ToImmutable();
        EacForecast primaryEac = eacList.FirstOrDefault(e => e.Method == options.PrimaryEacMethod)
            ?? eacList.First(e => e.Method == EacMethod.Cpi);
        if (options.PrimaryEacMethod == EacMethod.BottomUp && options.BottomUpEstimateToComplete is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "EAC", "The primary EAC method is BottomUp but no bottom-up ETC was given; the CPI method is reported instead."));
        }

        double? low = null;
        double? high = null;
        foreach (EacForecast f in eacList)
        {
            if (f.Method != EacMethod.BottomUp && f.EstimateAtCompletion is { } e)
            {
                low = low is null ? e : Math.Min(low.Value, e);
                high = high is null ? e : Math.Max(high.Value, e);
            }
        }

        EarnedScheduleMetrics schedule = ComputeSchedule(baseline, at, pv, ev, es, c, spiT, cpi, spi, options, diagnostics);

        return new EarnedValueAnalysis
        {
            StatusDate = status.StatusDate,
            BudgetAtCompletion = bac,
            ManagementReserve = budget.ManagementReserve,
            ContractBudgetBase = budget.ContractBudgetBase(bac),
            TotalAllocatedBudget = tab,
            PlannedValue = pv,
            EarnedValue = ev,
            ActualCost = ac,
            CostVariance = ev - ac,
            ScheduleVariance = ev - pv,
            CostVariancePercent = cvPct,
            ScheduleVariancePercent = svPct,
            CostPerformanceIndex = cpi,
            SchedulePerformanceIndex = spi,
            CostScheduleIndex = csi,
            PercentComplete = FiniteOrThrow(ev / bac, "PercentComplete = EV / BAC", nameof(status)),
            PercentSpent = FiniteOrThrow(ac / bac, "PercentSpent = AC / BAC", nameof(status)),
            PercentScheduled = pv / bac,
            BudgetedCostOfWorkRemaining = remaining,
            ToCompletePerformanceIndexToBac = tcpiBac,
            ToCompletePerformanceIndexToTab = tcpiTab,
            EacForecasts = eacList,
            PrimaryEac = primaryEac,
            EacRangeLow = low,
            EacRangeHigh = high,
            Schedule = schedule,
            PeriodIndices = periods,
            CpiStability = status.History.IsEmpty ? null : ComputeCpiStability(status, bac, options, diagnostics),
            StatisticalForecast = status.History.IsEmpty ? null : StatisticalForecasting.Compute(baseline, status, options, diagnostics),
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    // A period or moving index whose quotient overflows (a vanishing denominator) is undefined, like a zero denominator.
    private static double? FiniteOrNull(double value) => double.IsFinite(value) ? value : null;

    private static double FiniteOrThrow(double value, string formula, string parameterName) =>
        double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, $"{formula} overflows the double range: the status amounts are too large for this baseline's BAC.");

    private static double? Ratio(double numerator, double denominator, string metric, string why, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (denominator == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, why));
            return null;
        }

        return Defined(numerator / denominator, metric, diagnostics);
    }

    /// <summary>Returns the value, or null with an Undefined diagnostic when finite inputs overflowed the double range.</summary>
    private static double? Defined(double value, string metric, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (double.IsFinite(value))
        {
            return value;
        }

        diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, $"{metric} overflows the double range for these inputs: it is undefined."));
        return null;
    }

    private static double? Tcpi(double remainingWork, double remainingFunds, string metric, string target, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (remainingWork <= 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, $"{metric} is undefined: no work remains (EV ≥ BAC)."));
            return null;
        }

        if (remainingFunds <= 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, $"{metric} is undefined: AC has reached {target}, so no funds remain for the remaining work."));
            return null;
        }

        return Defined(remainingWork / remainingFunds, metric, diagnostics);
    }

    private static EarnedScheduleMetrics ComputeSchedule(TimePhasedBaseline baseline, double at, double pv, double ev, double es, int c, double? spiT, double? cpi, double? spi, EarnedValueOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        double pd = baseline.PlannedDuration;
        ReadOnlySpan<double> curve = baseline.CumulativeCurve;
        int n = baseline.PeriodCount;
        double interpolation = es - c;
        if (c < n && c > 0 && curve[c] == curve[c - 1] && ev == curve[c])
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "ES", $"PV is flat at EV over several periods; ES counts the latest of them (C = {c})."));
        }

        double pvRate = baseline.BudgetAtCompletion / pd;
        double sv = ev - pv;
        double? sci = cpi * spi is { } sciValue && double.IsFinite(sciValue) ? sciValue : null;
        double? sciT = cpi * spiT is { } sciTValue && double.IsFinite(sciTValue) ? sciTValue : null;
        double maxPdAt = Math.Max(pd, at);
        double? ed = spi is { } s ? at * s : null;

        var forecasts = ImmutableArray.CreateBuilder<DurationForecast>(9);
        Add(DurationForecastMethod.EarnedSchedule, 1.0, pf => at + ((pd - es) / pf));
        Add(DurationForecastMethod.EarnedScheduleSpiT, spiT, pf => at + ((pd - es) / pf));
        Add(DurationForecastMethod.EarnedScheduleSciT, sciT, pf => at + ((pd - es) / pf));
        Add(DurationForecastMethod.PlannedValue, 1.0, _ => pd - (sv / pvRate));
        Add(DurationForecastMethod.PlannedValueSpi, spi, pf => pd / pf);
        Add(DurationForecastMethod.PlannedValueSci, sci, pf => pd / pf);
        Add(DurationForecastMethod.EarnedDuration, ed is null ? null : 1.0, pf => at + ((maxPdAt - ed!.Value) / pf));
        Add(DurationForecastMethod.EarnedDurationSpi, ed is null ? null : spi, pf => at + ((maxPdAt - ed!.Value) / pf));
        Add(DurationForecastMethod.EarnedDurationSci, ed is null ? null : sci, pf => at + ((maxPdAt - ed!.Value) / pf));

        void Add(DurationForecastMethod method, double? pf, Func<double, double> formula)
        {
            if (pf is not { } f || f == 0 || !double.IsFinite(f) || !double.IsFinite(formula(f)) || !double.IsFinite(pd - formula(f)))
            {
                string why = pf is null ? "undefined" : pf == 0 ? "0" : "so extreme that the forecast overflows the double range";
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, $"EAC(t)({method})", $"The {method} duration forecast is undefined: its performance factor is {why}."));
                forecasts.Add(new DurationForecast(method) { PerformanceFactor = pf is { } p && double.IsFinite(p) ? p : null });
                return;
            }

            double d = formula(f);
            NodaTime.LocalDate? date = baseline.TryDateAt(d, out NodaTime.LocalDate fd) ? fd : null;
            if (d < at && ev < baseline.BudgetAtCompletion)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, $"EAC(t)({method})", $"The {method} forecast ({d:0.###} periods) ends before the status time AT ({at:0.###}) although work remains; the method is unreliable past the planned finish (Vandevoorde and Vanhoucke 2006)."));
            }

            if (date is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, $"EAC(t)({method})", $"The {method} forecast ({d} periods) is outside the representable calendar; no finish date is given."));
            }

            forecasts.Add(new DurationForecast(method)
            {
                PerformanceFactor = f,
                Duration = d,
                FinishDate = date,
                VarianceAtCompletion = pd - d,
            });
        }

        ImmutableArray<DurationForecast> list = forecasts.MoveToImmutable();
        DurationForecast primary = list.First(f => f.Method == options.PrimaryDurationMethod);
        double? tspiEd = primary.Duration is { } edur && edur > at && pd - es > 0 ? (pd - es) / (edur - at) : null;
        double? tspi = pd - at > 0 && pd - es > 0 ? (pd - es) / (pd - at) : null;
        if (tspi is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "TSPI", pd - es <= 0
                ? "TSPI is undefined: the whole planned schedule is earned (ES = PD)."
                : "TSPI to PD is undefined: the planned duration has elapsed (AT ≥ PD); use TSPI to the estimated duration."));
        }

        return new EarnedScheduleMetrics
        {
            ActualTime = at,
            PlannedDuration = pd,
            EarnedSchedule = es,
            CompletedPeriods = c,
            Interpolation = interpolation,
            PlannedValueAtCompleted = curve[c],
            PlannedValueAtNext = c < n ? curve[c + 1] : null,
            EarnedScheduleDate = baseline.DateAt(es), // ES ≤ PD, always inside the baseline
            ScheduleVariance = es - at,
            SchedulePerformanceIndex = spiT,
            ToCompleteSchedulePerformanceIndex = tspi,
            ToCompleteSchedulePerformanceIndexToEstimate = tspiEd,
            Forecasts = list,
            PrimaryForecast = primary,
        };
    }

    private static PeriodIndices ComputePeriodIndices(TimePhasedBaseline baseline, ProjectStatus status, EarnedValueOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        ImmutableArray<StatusPoint> series = status.Series;
        int m = series.Length;
        StatusPoint last = series[m - 1];
        StatusPoint prev = series[m - 2];
        double tLast = Math.Max(0, baseline.TimeAt(last.Date));
        double tPrev = Math.Max(0, baseline.TimeAt(prev.Date));
        double dEv = last.EarnedValue - prev.EarnedValue;
        double dAc = last.ActualCost - prev.ActualCost;
        double dPv = baseline.PlannedValueAt(tLast) - baseline.PlannedValueAt(tPrev);
        double dEs = EarnedSchedule.Kernel(baseline.CumulativeCurve, last.EarnedValue) - EarnedSchedule.Kernel(baseline.CumulativeCurve, prev.EarnedValue);
        double dAt = tLast - tPrev;

        int n = options.MovingWindow;
        double? movingCpi = null;
        double? movingSpi = null;
        if (m >= n)
        {
            // The window's base is the point n periods back; the origin (nothing earned or spent) when the series has exactly n points.
            double baseEv = m > n ? series[m - 1 - n].EarnedValue : 0;
            double baseAc = m > n ? series[m - 1 - n].ActualCost : 0;
            double baseT = m > n ? Math.Max(0, baseline.TimeAt(series[m - 1 - n].Date)) : 0;
            double wEv = last.EarnedValue - baseEv;
            double wAc = last.ActualCost - baseAc;
            double wPv = baseline.PlannedValueAt(tLast) - baseline.PlannedValueAt(baseT);
            movingCpi = wAc != 0 ? FiniteOrNull(wEv / wAc) : null;
            movingSpi = wPv != 0 ? FiniteOrNull(wEv / wPv) : null;
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "Moving CPI", $"The {n}-period moving indices need {n} periods of status; the series has {m}."));
        }

        return new PeriodIndices
        {
            PeriodCount = m,
            Window = n,
            PeriodCpi = dAc != 0 ? FiniteOrNull(dEv / dAc) : null,
            PeriodSpi = dPv != 0 ? FiniteOrNull(dEv / dPv) : null,
            PeriodSpiT = dAt > 0 ? FiniteOrNull(dEs / dAt) : null,
            MovingCpi = movingCpi,
            MovingSpi = movingSpi,
        };
    }

    private static CpiStability? ComputeCpiStability(ProjectStatus status, double bac, EarnedValueOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        ImmutableArray<StatusPoint> series = status.Series;
        int reference = -1;
        for (int i = 0; i < series.Length; i++)
        {
            if (series[i].EarnedValue / bac >= 0.20 && series[i].ActualCost > 0)
            {
                reference = i;
                break;
            }
        }

        if (reference < 0)
        {
            return null;
        }

        double refCpi = series[reference].EarnedValue / series[reference].ActualCost;
        double maxDev = 0;
        for (int i = reference + 1; i < series.Length; i++)
        {
            if (series[i].ActualCost > 0)
            {
                maxDev = Math.Max(maxDev, Math.Abs((series[i].EarnedValue / series[i].ActualCost) - refCpi));
            }
        }

        if (!double.IsFinite(refCpi) || !double.IsFinite(maxDev) || !double.IsFinite(series[reference].EarnedValue / bac))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "CPI stability", "A cumulative CPI of the status history overflows the double range (a vanishing AC): the CPI stability test is undefined."));
            return null;
        }

        return new CpiStability
        {
            ReferencePercentComplete = series[reference].EarnedValue / bac,
            ReferenceCpi = refCpi,
            MaximumDeviation = maxDev,
            Band = options.CpiStabilityBand,
            IsStable = maxDev <= options.CpiStabilityBand,
        };
    }
}
