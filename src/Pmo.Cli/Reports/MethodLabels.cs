using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Reports;

/// <summary>Human-readable formulas of the forecast methods.</summary>
internal static class MethodLabels
{
    public static string Of(EacMethod method) => method switch
    {
        EacMethod.BudgetRate => "AC + (BAC − EV), PF = 1",
        EacMethod.Cpi => "PF = CPI",
        EacMethod.Spi => "PF = SPI",
        EacMethod.SpiT => "PF = SPI(t)",
        EacMethod.CpiTimesSpi => "PF = CPI × SPI",
        EacMethod.CpiTimesSpiT => "PF = CPI × SPI(t)",
        EacMethod.WeightedCpiSpi => "PF = w·CPI + (1 − w)·SPI",
        EacMethod.MovingCpi => "PF = moving CPI",
        EacMethod.BottomUp => "AC + bottom-up ETC",
        _ => method.ToString(),
    };

    public static string Of(DurationForecastMethod method) => method switch
    {
        DurationForecastMethod.EarnedSchedule => "ES, PF = 1",
        DurationForecastMethod.EarnedScheduleSpiT => "ES, PF = SPI(t)",
        DurationForecastMethod.EarnedScheduleSciT => "ES, PF = CPI × SPI(t)",
        DurationForecastMethod.PlannedValue => "PV method, PF = 1",
        DurationForecastMethod.PlannedValueSpi => "PV method, PF = SPI",
        DurationForecastMethod.PlannedValueSci => "PV method, PF = CPI × SPI",
        DurationForecastMethod.EarnedDuration => "ED method, PF = 1",
        DurationForecastMethod.EarnedDurationSpi => "ED method, PF = SPI",
        DurationForecastMethod.EarnedDurationSci => "ED method, PF = CPI × SPI",
        _ => method.ToString(),
    };
}
