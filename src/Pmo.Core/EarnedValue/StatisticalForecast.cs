using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Confidence bounds on CPI and SPI(t) from the spread of their periodic values, and the EAC and IEAC(t) bounds they
/// imply (Lipke, Zwikael, Henderson and Anbari 2009).
/// </summary>
/// <remarks>
/// <para>
/// Source: Lipke, W., Zwikael, O., Henderson, K. and Anbari, F. (2009), "Prediction of project outcome: the application
/// of statistical methods to earned value management and earned schedule performance indexes", <i>International
/// Journal of Project Management</i> 27(4), 400–407; Lipke (2009), <i>Earned Schedule</i>, ch. 12.
/// </para>
/// <para>
/// For each index, the periodic values (CPI<sub>p</sub> = ΔEV / ΔAC, SPI(t)<sub>p</sub> = ΔES / ΔAT) are
/// log-transformed, because the logarithms are close to normal where the raw indices are skewed. With <c>n</c> periodic
/// observations, their sample standard deviation σ (divisor n − 1), the normal quantile <c>Z</c> of the two-sided
/// confidence level and the finite-population adjustment <c>AF = √((N − n) / (N − 1))</c>, the limits are
/// <c>exp(ln(I<sub>cum</sub>) ± Z · σ / √n · AF)</c> around the cumulative index. <c>N</c> is the number of periods the
/// project is expected to take: the larger of PD and IEAC(t) = PD / SPI(t) (never below n). The cost bounds are
/// <c>EAC = BAC / CPI-limit</c> and the duration bounds <c>IEAC(t) = PD / SPI(t)-limit</c>; the upper index limit
/// gives the lower forecast.
/// </para>
/// <para>
/// Periods whose periodic index is not positive (no cost or no progress in the period, or a correction) have no
/// logarithm; they are left out and counted in <see cref="ExcludedCostPeriods"/> / <see cref="ExcludedSchedulePeriods"/>.
/// At least two usable periods are needed for a standard deviation; otherwise the bounds are null.
/// </para>
/// </remarks>
public sealed class StatisticalForecast
{
    internal StatisticalForecast()
    {
    }

    /// <summary>Gets the two-sided confidence level.</summary>
    public double ConfidenceLevel { get; internal init; }

    /// <summary>Gets Z, the standard-normal quantile at (1 + level) / 2.</summary>
    public double CriticalValue { get; internal init; }

    /// <summary>Gets N, the expected total number of periods used in the finite-population adjustment.</summary>
    public double TotalPeriods { get; internal init; }

    /// <summary>Gets the number of periodic CPI observations used.</summary>
    public int CostPeriods { get; internal init; }

    /// <summary>
    /// Gets the number of periods left out of the CPI statistics: those whose EV or AC did not increase (a periodic CPI
    /// that is zero, negative or a correction where both fell), or whose quotient underflows or overflows.
    /// </summary>
    public int ExcludedCostPeriods { get; internal init; }

    /// <summary>Gets the sample standard deviation of ln(periodic CPI); null with fewer than two observations.</summary>
    public double? CostLogStandardDeviation { get; internal init; }

    /// <summary>Gets the finite-population adjustment factor applied to the CPI limits.</summary>
    public double? CostAdjustmentFactor { get; internal init; }

    /// <summary>Gets the lower confidence limit of CPI.</summary>
    public double? CpiLow { get; internal init; }

    /// <summary>Gets the upper confidence limit of CPI.</summary>
    public double? CpiHigh { get; internal init; }

    /// <summary>Gets the lower EAC bound, BAC / CPI-high (null when undefined or when the quotient overflows the double range).</summary>
    public double? EacLow { get; internal init; }

    /// <summary>Gets the upper EAC bound, BAC / CPI-low (null when undefined or when the quotient overflows the double range).</summary>
    public double? EacHigh { get; internal init; }

    /// <summary>Gets the number of periodic SPI(t) observations used.</summary>
    public int SchedulePeriods { get; internal init; }

    /// <summary>Gets the number of periods left out of the SPI(t) statistics (non-positive periodic SPI(t)).</summary>
    public int ExcludedSchedulePeriods { get; internal init; }

    /// <summary>Gets the sample standard deviation of ln(periodic SPI(t)); null with fewer than two observations.</summary>
    public double? ScheduleLogStandardDeviation { get; internal init; }

    /// <summary>Gets the finite-population adjustment factor applied to the SPI(t) limits.</summary>
    public double? ScheduleAdjustmentFactor { get; internal init; }

    /// <summary>Gets the lower confidence limit of SPI(t).</summary>
    public double? SpiTLow { get; internal init; }

    /// <summary>Gets the upper confidence limit of SPI(t).</summary>
    public double? SpiTHigh { get; internal init; }

    /// <summary>Gets the lower IEAC(t) bound in periods, PD / SPI(t)-high (null when undefined or when the quotient overflows).</summary>
    public double? DurationLow { get; internal init; }

    /// <summary>Gets the upper IEAC(t) bound in periods, PD / SPI(t)-low (null when undefined or when the quotient overflows).</summary>
    public double? DurationHigh { get; internal init; }
}

internal static class StatisticalForecasting
{
    internal static StatisticalForecast? Compute(TimePhasedBaseline baseline, ProjectStatus status, EarnedValueOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        ImmutableArray<StatusPoint> series = status.Series;
        double bac = baseline.BudgetAtCompletion;
        double pd = baseline.PlannedDuration;
        ReadOnlySpan<double> curve = baseline.CumulativeCurve;

        var lnCpi = new List<double>(series.Length);
        var lnSpiT = new List<double>(series.Length);
        int excludedCost = 0;
        int excludedSchedule = 0;
        double prevEv = 0;
        double prevAc = 0;
        double prevEs = 0;
        double prevAt = 0;
        foreach (StatusPoint p in series)
        {
            double at = Math.Max(0, baseline.TimeAt(p.Date));
            double es = EarnedSchedule.Kernel(curve, p.EarnedValue);
            double dEv = p.EarnedValue - prevEv;
            double dAc = p.ActualCost - prevAc;
            double dEs = es - prevEs;
            double dAt = at - prevAt;
            if (dEv > 0 && dAc > 0 && dEv / dAc > 0 && double.IsFinite(dEv / dAc)) // the quotient may underflow to 0 or overflow
            {
                lnCpi.Add(Math.Log(dEv / dAc));
            }
            else
            {
                excludedCost++;
            }

            if (dAt > 0)
            {
                if (dEs > 0 && dEs / dAt > 0 && double.IsFinite(dEs / dAt))
                {
                    lnSpiT.Add(Math.Log(dEs / dAt));
                }
                else
                {
                    excludedSchedule++;
                }
            }

            prevEv = p.EarnedValue;
            prevAc = p.ActualCost;
            prevEs = es;
            prevAt = at;
        }

        StatusPoint last = series[^1];
        double cpi = last.ActualCost > 0 ? last.EarnedValue / last.ActualCost : double.NaN;
        double spiT = prevAt > 0 ? prevEs / prevAt : double.NaN;
        double forecast = spiT > 0 ? pd / spiT : pd;
        double totalPeriods = Math.Max(pd, forecast);
        if (!double.IsFinite(totalPeriods))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "Statistical forecast", $"The forecast duration PD / SPI(t) overflows the double range (SPI(t) = {spiT.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}): the statistical forecast is undefined."));
            return null;
        }

        double z = Normal.InvCDF(0, 1, (1 + options.ConfidenceLevel) / 2);

        (double? sdC, double? afC, double? lowC, double? highC) = Limits(lnCpi, cpi, totalPeriods, z);
        (double? sdS, double? afS, double? lowS, double? highS) = Limits(lnSpiT, spiT, totalPeriods, z);
        if (sdC is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "CPI bounds", $"Statistical CPI bounds need a defined CPI and at least two periods with positive periodic CPI; {lnCpi.Count} usable."));
        }

        if (sdS is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "SPI(t) bounds", $"Statistical SPI(t) bounds need a defined SPI(t) and at least two periods with positive periodic SPI(t); {lnSpiT.Count} usable."));
        }

        if (excludedCost > 0 || excludedSchedule > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "Statistical forecast", $"{excludedCost} period(s) without a positive, finite periodic CPI and {excludedSchedule} without a positive, finite periodic SPI(t) were left out of the statistics (their logarithm is undefined)."));
        }

        return new StatisticalForecast
        {
            ConfidenceLevel = options.ConfidenceLevel,
            CriticalValue = z,
            TotalPeriods = totalPeriods,
            CostPeriods = lnCpi.Count,
            ExcludedCostPeriods = excludedCost,
            CostLogStandardDeviation = sdC,
            CostAdjustmentFactor = afC,
            CpiLow = lowC is { } cl ? FiniteOrNull(cl) : null,
            CpiHigh = highC is { } ch ? FiniteOrNull(ch) : null,
            EacLow = highC is { } hc && double.IsFinite(hc) ? FiniteOrNull(bac / hc) : null,
            EacHigh = lowC is { } lc && lc > 0 ? FiniteOrNull(bac / lc) : null,
            SchedulePeriods = lnSpiT.Count,
            ExcludedSchedulePeriods = excludedSchedule,
            ScheduleLogStandardDeviation = sdS,
            ScheduleAdjustmentFactor = afS,
            SpiTLow = lowS is { } sl ? FiniteOrNull(sl) : null,
            SpiTHigh = highS is { } sh ? FiniteOrNull(sh) : null,
            DurationLow = highS is { } hs && double.IsFinite(hs) ? FiniteOrNull(pd / hs) : null,
            DurationHigh = lowS is { } ls && ls > 0 ? FiniteOrNull(pd / ls) : null,
        };
    }

    // A bound whose quotient overflows the double range (a vanishing index) is undefined, like one whose index is undefined.
    private static double? FiniteOrNull(double value) => double.IsFinite(value) ? value : null;

    private static (double? Sd, double? Af, double? Low, double? High) Limits(List<double> logs, double cumulative, double totalPeriods, double z)
    {
        int n = logs.Count;
        if (n < 2 || !(cumulative > 0) || !double.IsFinite(cumulative))
        {
            return (null, null, null, null);
        }

        double mean = 0;
        foreach (double v in logs)
        {
            mean += v;
        }

        mean /= n;
        double ss = 0;
        foreach (double v in logs)
        {
            ss += (v - mean) * (v - mean);
        }

        double sd = Math.Sqrt(ss / (n - 1));
        double bigN = Math.Max(totalPeriods, n);
        double af = bigN > 1 ? Math.Sqrt((bigN - n) / (bigN - 1)) : 0;
        double half = z * sd / Math.Sqrt(n) * af;
        double center = Math.Log(cumulative);
        return (sd, af, Math.Exp(center - half), Math.Exp(center + half));
    }
}
