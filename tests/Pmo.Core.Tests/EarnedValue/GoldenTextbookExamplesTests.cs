using System.Text.Json;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Layer 1 golden vectors: textbook worked examples in <c>GoldenData/textbook-examples.json</c>.
/// </summary>
/// <remarks>
/// Sources: K. Schwalbe, <i>Information Technology Project Management</i>, ch. 7 exercise 1 (answers as published at
/// https://studylib.net/doc/9750501/team_11_ch7_number1_and_2); "What's in Earned Value Management? Part IV", Example I
/// (web text in the Nemotron-CC-Math-v1 corpus). Excluded printed values (source slips, inputs) are listed in the file's
/// "excluded" field of each case and are not asserted.
/// </remarks>
public class GoldenTextbookExamplesTests
{
    private const string File = "textbook-examples.json";

    public static TheoryData<string> CaseIds()
    {
        using JsonDocument doc = Ev.LoadGolden(File);
        var data = new TheoryData<string>();
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Textbook_example_matches(string id)
    {
        using JsonDocument doc = Ev.LoadGolden(File);
        JsonElement c = Ev.Case(doc, id);
        JsonElement inputs = c.GetProperty("inputs");
        JsonElement expected = c.GetProperty("expected");
        JsonElement tolerance = c.GetProperty("tolerance");
        double In(string name) => inputs.GetProperty(name).GetDouble();
        void Check(string name, double? actual) =>
            Ev.Near(expected.GetProperty(name).GetDouble(), actual, tolerance.GetProperty(name).GetDouble(), $"{id}.{name}");

        switch (id)
        {
            case "schwalbe-itpm-ch7-exercise1":
            {
                TimePhasedBaseline b = Ev.Monthly(Ev.Doubles(inputs.GetProperty("monthlyPV")));
                Assert.Equal(In("BAC"), b.BudgetAtCompletion);
                Assert.Equal(In("PD"), b.PlannedDuration);
                EarnedValueAnalysis a = Ev.Analyze(b, inputs.GetProperty("AT").GetInt32(), In("EV"), In("AC"));
                Assert.Equal(In("PV"), a.PlannedValue);
                Check("CV", a.CostVariance);
                Check("SV", a.ScheduleVariance);
                Check("CPI", a.CostPerformanceIndex);
                Check("EAC_CPI", a.Eac(EacMethod.Cpi)!.EstimateAtCompletion);
                Check("Duration_PVSPI", a.Duration(DurationForecastMethod.PlannedValueSpi).Duration);
                break;
            }

            case "evm-part-iv-example-i-bottom-up":
            {
                TimePhasedBaseline b = Ev.Monthly(In("BAC"));
                var options = new EarnedValueOptions { BottomUpEstimateToComplete = In("ETC_bottom_up") };
                // Status one month after the planned finish: AT = 2 > PD = 1.
                EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(b, new ProjectStatus(b.PeriodEnd(2), In("EV"), In("AC")), default, options);
                Check("PV", a.PlannedValue);
                Check("EAC_BottomUp", a.Eac(EacMethod.BottomUp)!.EstimateAtCompletion);
                Check("VAC_BottomUp", a.Eac(EacMethod.BottomUp)!.VarianceAtCompletion);
                Check("PercentScheduled", a.PercentScheduled);
                break;
            }

            default:
                throw new InvalidOperationException($"No test mapping for textbook case '{id}'.");
        }
    }
}
