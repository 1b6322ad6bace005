using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The complete earned-value analysis of one project at a status date. Undefined metrics are <see langword="null"/>
/// and <see cref="Diagnostics"/> says why; nothing is rounded.
/// </summary>
/// <remarks>
/// <para>Formulas (PMI <i>Practice Standard for Earned Value Management</i>, 2nd ed., 2011; PMBOK Guide 6th ed. §7.4;
/// ANSI/EIA-748):</para>
/// <list type="bullet">
/// <item><c>CV = EV − AC</c>, <c>SV = EV − PV</c>, <c>CV% = CV / EV</c>, <c>SV% = SV / PV</c>.</item>
/// <item><c>CPI = EV / AC</c>, <c>SPI = EV / PV</c>, <c>CSI = CPI · SPI</c>.</item>
/// <item><c>% complete = EV / BAC</c>, <c>% spent = AC / BAC</c>, <c>% scheduled = PV / BAC</c>, <c>BCWR = BAC − EV</c>.</item>
/// <item><c>TCPI(BAC) = (BAC − EV) / (BAC − AC)</c>, <c>TCPI(TAB) = (BAC − EV) / (TAB − AC)</c>.</item>
/// </list>
/// </remarks>
public sealed class EarnedValueAnalysis
{
    internal EarnedValueAnalysis()
    {
    }

    /// <summary>Gets the status date.</summary>
    public LocalDate StatusDate { get; internal init; }

    /// <summary>Gets the budget at completion BAC.</summary>
    public double BudgetAtCompletion { get; internal init; }

    /// <summary>Gets the management reserve.</summary>
    public double ManagementReserve { get; internal init; }

    /// <summary>Gets the contract budget base CBB = BAC + MR.</summary>
    public double ContractBudgetBase { get; internal init; }

    /// <summary>Gets the total allocated budget TAB (CBB plus any over-target amount).</summary>
    public double TotalAllocatedBudget { get; internal init; }

    /// <summary>Gets the planned value PV (BCWS) at the status date.</summary>
    public double PlannedValue { get; internal init; }

    /// <summary>Gets the earned value EV (BCWP).</summary>
    public double EarnedValue { get; internal init; }

    /// <summary>Gets the actual cost AC (ACWP).</summary>
    public double ActualCost { get; internal init; }

    /// <summary>Gets the cost variance CV = EV − AC.</summary>
    public double CostVariance { get; internal init; }

    /// <summary>Gets the schedule variance SV = EV − PV.</summary>
    public double ScheduleVariance { get; internal init; }

    /// <summary>Gets CV% = CV / EV; null when EV = 0.</summary>
    public double? CostVariancePercent { get; internal init; }

    /// <summary>Gets SV% = SV / PV; null when PV = 0.</summary>
    public double? ScheduleVariancePercent { get; internal init; }

    /// <summary>Gets CPI = EV / AC; null when AC = 0.</summary>
    public double? CostPerformanceIndex { get; internal init; }

    /// <summary>Gets SPI = EV / PV; null when PV = 0.</summary>
    public double? SchedulePerformanceIndex { get; internal init; }

    /// <summary>Gets the cost–schedule index CSI = CPI · SPI; null when either is undefined.</summary>
    public double? CostScheduleIndex { get; internal init; }

    /// <summary>Gets % complete = EV / BAC.</summary>
    public double PercentComplete { get; internal init; }

    /// <summary>Gets % spent = AC / BAC.</summary>
    public double PercentSpent { get; internal init; }

    /// <summary>Gets % scheduled = PV / BAC.</summary>
    public double PercentScheduled { get; internal init; }

    /// <summary>Gets the budgeted cost of work remaining BCWR = BAC − EV (negative when EV exceeds BAC).</summary>
    public double BudgetedCostOfWorkRemaining { get; internal init; }

    /// <summary>Gets TCPI to BAC = (BAC − EV) / (BAC − AC); null when no work remains or the budget is spent (AC ≥ BAC).</summary>
    public double? ToCompletePerformanceIndexToBac { get; internal init; }

    /// <summary>Gets TCPI to TAB = (BAC − EV) / (TAB − AC); null when no work remains or AC ≥ TAB.</summary>
    public double? ToCompletePerformanceIndexToTab { get; internal init; }

    /// <summary>Gets every cost forecast, one per <see cref="EacMethod"/> (bottom-up only when an ETC was given).</summary>
    public ImmutableArray<EacForecast> EacForecasts { get; internal init; } = [];

    /// <summary>Gets the headline cost forecast (chosen by <see cref="EarnedValueOptions.PrimaryEacMethod"/>).</summary>
    public EacForecast PrimaryEac { get; internal init; } = null!;

    /// <summary>Gets the smallest defined EAC of the independent (performance-factor) forecasts.</summary>
    public double? EacRangeLow { get; internal init; }

    /// <summary>Gets the largest defined EAC of the independent (performance-factor) forecasts.</summary>
    public double? EacRangeHigh { get; internal init; }

    /// <summary>Gets the earned-schedule metrics and duration forecasts.</summary>
    public EarnedScheduleMetrics Schedule { get; internal init; } = null!;

    /// <summary>Gets period and moving indices; null without a status history.</summary>
    public PeriodIndices? PeriodIndices { get; internal init; }

    /// <summary>Gets the CPI stability test; null until the history reaches 20 % complete, or when a cumulative CPI overflows the double range (with a diagnostic).</summary>
    public CpiStability? CpiStability { get; internal init; }

    /// <summary>Gets the statistical (confidence-bound) forecast; null without enough period history, or (with a diagnostic) when the forecast duration overflows the double range.</summary>
    public StatisticalForecast? StatisticalForecast { get; internal init; }

    /// <summary>Gets why metrics are undefined and what the analyst should know.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];

    /// <summary>Gets the forecast for a method, or null if it was not computed (bottom-up without an ETC).</summary>
    /// <param name="method">The method.</param>
    /// <returns>The forecast or null.</returns>
    public EacForecast? Eac(EacMethod method)
    {
        foreach (EacForecast f in EacForecasts)
        {
            if (f.Method == method)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>Gets the duration forecast for a method.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The forecast.</returns>
    public DurationForecast Duration(DurationForecastMethod method)
    {
        foreach (DurationForecast f in Schedule.Forecasts)
        {
            if (f.Method == method)
            {
                return f;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(method), method, $"{nameof(method)} is not a defined duration forecast method.");
    }
}
