using Pmo.Cli.Analysis;
using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Reports;

/// <summary>
/// A one-word RAG-style status for the report tables. Presentation only: thresholds are the CLI's, documented in
/// docs/cli.md. Cost uses CPI, schedule uses SPI(t) (SPI when SPI(t) is unavailable); an index below
/// <see cref="Watch"/> counts as a slip, below <see cref="Critical"/> as critical.
/// </summary>
internal static class StatusWord
{
    public const double Watch = 0.95;

    public const double Critical = 0.85;

    public static string Of(EarnedValueAnalysis a)
    {
        if (a.EarnedValue >= a.BudgetAtCompletion)
        {
            return "Complete";
        }

        if (a.EarnedValue == 0 && a.ActualCost == 0)
        {
            return a.PlannedValue > 0 ? "Not started (late)" : "Not started";
        }

        return Classify(a.CostPerformanceIndex, a.Schedule.SchedulePerformanceIndex ?? a.SchedulePerformanceIndex);
    }

    public static string Of(RollupFigures r) =>
        Classify(r.CostPerformanceIndex, r.SchedulePerformanceIndexTime ?? r.SchedulePerformanceIndex);

    private static string Classify(double? cost, double? schedule)
    {
        bool costSlip = cost < Watch;
        bool scheduleSlip = schedule < Watch;
        if (cost < Critical || schedule < Critical)
        {
            return "Critical";
        }

        return (costSlip, scheduleSlip) switch
        {
            (true, true) => "At risk",
            (true, false) => "Over budget",
            (false, true) => "Behind",
            _ => "On track",
        };
    }
}
