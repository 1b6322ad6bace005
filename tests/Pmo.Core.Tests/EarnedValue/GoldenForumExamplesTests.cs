using System.Text.Json;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Layer 1 golden vectors from the two numerically clean cases of <c>GoldenData/candidate-examples.json</c> (weaker,
/// forum-published sources; see that file's notes and citations):
/// "projectsmart-10-month-linear-baseline" (Project Smart forums, t=1573) and "prepcast-forum-es-5-month-linear"
/// (PM PrepCast forum, topic 9649). Both state a linear baseline, so the curve is built from the stated numbers.
/// </summary>
public class GoldenForumExamplesTests
{
    private const string File = "candidate-examples.json";

    private static JsonElement Printed(JsonDocument doc, string id) => Ev.Case(doc, id).GetProperty("what is printed");

    private static double Tol(JsonDocument doc, string id, string name) => Ev.Case(doc, id).GetProperty("tolerance").GetProperty(name).GetDouble();

    [Fact]
    public void ProjectSmart_linear_baseline_example()
    {
        const string id = "projectsmart-10-month-linear-baseline";
        using JsonDocument doc = Ev.LoadGolden(File);
        JsonElement p = Printed(doc, id);
        JsonElement inputs = p.GetProperty("inputs");
        JsonElement outputs = p.GetProperty("outputs");
        double Out(string name) => outputs.GetProperty(name).GetDouble();

        TimePhasedBaseline b = Ev.Monthly(Ev.Doubles(inputs.GetProperty("monthlyPV_linear")));
        EarnedValueAnalysis a = Ev.Analyze(b, inputs.GetProperty("AT_months").GetInt32(), inputs.GetProperty("EV").GetDouble(), inputs.GetProperty("AC").GetDouble());

        Assert.Equal(inputs.GetProperty("PV").GetDouble(), a.PlannedValue);
        Ev.Near(Out("CV"), a.CostVariance, Tol(doc, id, "CV"), "CV");
        Ev.Near(Out("CV_percent"), a.CostVariancePercent * 100, Tol(doc, id, "CV_percent"), "CV%");
        Ev.Near(Out("SV"), a.ScheduleVariance, Tol(doc, id, "SV"), "SV");
        Ev.Near(Out("SV_percent"), a.ScheduleVariancePercent * 100, Tol(doc, id, "SV_percent"), "SV%");
        Ev.Near(Out("CPI"), a.CostPerformanceIndex, Tol(doc, id, "CPI"), "CPI");
        Ev.Near(Out("SPI"), a.SchedulePerformanceIndex, Tol(doc, id, "SPI"), "SPI");
        Ev.Near(Out("EAC_CPI"), a.Eac(EacMethod.Cpi)!.EstimateAtCompletion, Tol(doc, id, "EAC_CPI"), "EAC");
        Ev.Near(Out("ETC_CPI"), a.Eac(EacMethod.Cpi)!.EstimateToComplete, Tol(doc, id, "ETC_CPI"), "ETC");

        // The printed 40 months (38 remaining + 2 elapsed) is IEAC(t) = AT + (PD − ES)/SPI(t) on this linear baseline.
        DurationForecast ieac = a.Duration(DurationForecastMethod.EarnedScheduleSpiT);
        Ev.Near(Out("total_duration_months"), ieac.Duration, Tol(doc, id, "total_duration_months"), "IEAC(t)");
        Ev.Near(Out("time_remaining_months"), ieac.Duration - a.Schedule.ActualTime, Tol(doc, id, "time_remaining_months"), "remaining");
    }

    [Fact]
    public void PrepCast_earned_schedule_example()
    {
        const string id = "prepcast-forum-es-5-month-linear";
        using JsonDocument doc = Ev.LoadGolden(File);
        JsonElement p = Printed(doc, id);
        JsonElement inputs = p.GetProperty("inputs");
        JsonElement outputs = p.GetProperty("outputs");

        // "Planned to take 5 months … 3 months into it … completed half of the work": linear plan, EV = BAC / 2.
        int pd = inputs.GetProperty("PD_months").GetInt32();
        TimePhasedBaseline b = Ev.Monthly(Enumerable.Repeat(100.0, pd).ToArray());
        EarnedValueAnalysis a = Ev.Analyze(b, inputs.GetProperty("AT_months").GetInt32(), inputs.GetProperty("fraction_complete").GetDouble() * b.BudgetAtCompletion, 1);

        Ev.Near(outputs.GetProperty("ES_months").GetDouble(), a.Schedule.EarnedSchedule, Tol(doc, id, "ES"), "ES");
        Ev.Near(outputs.GetProperty("SV_t_months").GetDouble(), a.Schedule.ScheduleVariance, Tol(doc, id, "SV_t"), "SV(t)");
        Ev.Near(outputs.GetProperty("SPI_t").GetDouble(), a.Schedule.SchedulePerformanceIndex, Tol(doc, id, "SPI_t"), "SPI(t)");
    }
}
