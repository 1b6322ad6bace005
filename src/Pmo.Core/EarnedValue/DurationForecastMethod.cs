namespace Pmo.Core.EarnedValue;

/// <summary>
/// A method of forecasting the final duration (EAC(t), IEAC(t)) from earned-value metrics, as compared by
/// Vandevoorde, S. and Vanhoucke, M. (2006), "A comparison of different project duration forecasting methods using
/// earned value metrics", <i>International Journal of Project Management</i> 24(4), 289–302, table 2.
/// </summary>
public enum DurationForecastMethod
{
    /// <summary>Earned schedule, PF = 1: <c>AT + (PD − ES)</c> (Lipke 2003; Henderson 2004).</summary>
    EarnedSchedule = 0,

    /// <summary>Earned schedule, PF = SPI(t): <c>AT + (PD − ES) / SPI(t)</c>, which equals <c>PD / SPI(t)</c>.</summary>
    EarnedScheduleSpiT = 1,

    /// <summary>Earned schedule, PF = SCI(t) = CPI·SPI(t): <c>AT + (PD − ES) / (CPI·SPI(t))</c>.</summary>
    EarnedScheduleSciT = 2,

    /// <summary>Planned value method (Anbari 2003), PF = 1: <c>PD − TV</c> with <c>TV = SV / (BAC / PD)</c>.</summary>
    PlannedValue = 3,

    /// <summary>Planned value method, PF = SPI: <c>PD / SPI</c>.</summary>
    PlannedValueSpi = 4,

    /// <summary>Planned value method, PF = SCI = CPI·SPI: <c>PD / (CPI·SPI)</c>.</summary>
    PlannedValueSci = 5,

    /// <summary>Earned duration method (Jacob 2003), PF = 1: <c>AT + (max(PD, AT) − ED)</c> with <c>ED = AT·SPI</c>.</summary>
    EarnedDuration = 6,

    /// <summary>Earned duration method, PF = SPI: <c>AT + (max(PD, AT) − ED) / SPI</c>.</summary>
    EarnedDurationSpi = 7,

    /// <summary>Earned duration method, PF = SCI: <c>AT + (max(PD, AT) − ED) / (CPI·SPI)</c>.</summary>
    EarnedDurationSci = 8,
}
