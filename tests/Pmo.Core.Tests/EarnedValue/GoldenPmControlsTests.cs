using System.Text.Json;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Layer 1 golden vectors: the EVM and earned-schedule cases of the pmcontrols public validation suite.
/// </summary>
/// <remarks>
/// Source: pmcontrols (Atakan Arikan), <c>tests/validation_cases.json</c>, commit 03b3c521523a38f0462166f8d9f84c49ffab269e,
/// https://github.com/arikanatakan/pmcontrols (MIT), copied verbatim to <c>GoldenData/pmcontrols-validation-cases.json</c>.
/// These cases are hand derivations by the pmcontrols author on a linear (and two non-linear) PV curves, with
/// the derivation printed in each case; the tolerance is each case's absolute <c>tol</c>. Cases of other methods
/// (cpm, crash, pert) are not earned value and are not used here.
/// Mapping (the file's notes): eac_cpi = BAC/CPI, eac_typical = AC + BAC − EV, etc = EAC(CPI) − AC,
/// vac = BAC − EAC(CPI), tcpi_bac = (BAC − EV)/(BAC − AC), ieac_t = PD/SPI(t); inputs.pv is cumulative with period 0 = 0,
/// and the integer <c>at</c> is the end of period <c>at</c>.
/// </remarks>
public class GoldenPmControlsTests
{
    private const string File = "pmcontrols-validation-cases.json";

    public static TheoryData<string> EvmCases() => Ids(c => c.GetProperty("method").GetString()!.StartsWith("evm", StringComparison.Ordinal));

    public static TheoryData<string> EarnedScheduleCases() => Ids(c => c.GetProperty("method").GetString() == "earned_schedule");

    private static TheoryData<string> Ids(Func<JsonElement, bool> filter)
    {
        using JsonDocument doc = Ev.LoadGolden(File);
        var data = new TheoryData<string>();
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray().Where(filter))
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Fact]
    public void The_file_holds_five_evm_and_three_earned_schedule_cases()
    {
        Assert.Equal(5, EvmCases().Count);
        Assert.Equal(3, EarnedScheduleCases().Count);
    }

    [Theory]
    [MemberData(nameof(EvmCases))]
    public void Evm_case_matches(string id)
    {
        using JsonDocument doc = Ev.LoadGolden(File);
        JsonElement c = Ev.Case(doc, id);
        JsonElement inputs = c.GetProperty("inputs");
        double tol = c.GetProperty("tol").GetDouble();
        TimePhasedBaseline baseline = Ev.FromCurveWithLeadingZero(Ev.Doubles(inputs.GetProperty("pv")));
        int at = inputs.GetProperty("at").GetInt32();
        EarnedValueAnalysis a = Ev.Analyze(baseline, at, inputs.GetProperty("ev").GetDouble(), inputs.GetProperty("ac").GetDouble());
        Assert.Equal(at, a.Schedule.ActualTime);

        int asserted = 0;
        foreach (JsonProperty e in c.GetProperty("expected").EnumerateObject())
        {
            double expected = e.Value.GetDouble();
            double? actual = e.Name switch
            {
                "pv" => a.PlannedValue,
                "cv" => a.CostVariance,
                "sv" => a.ScheduleVariance,
                "cpi" => a.CostPerformanceIndex,
                "spi" => a.SchedulePerformanceIndex,
                "eac_cpi" => a.Eac(EacMethod.Cpi)!.EstimateAtCompletion,
                "eac_typical" => a.Eac(EacMethod.BudgetRate)!.EstimateAtCompletion,
                "etc" => a.Eac(EacMethod.Cpi)!.EstimateToComplete,
                "vac" => a.Eac(EacMethod.Cpi)!.VarianceAtCompletion,
                "tcpi_bac" => a.ToCompletePerformanceIndexToBac,
                "es" => a.Schedule.EarnedSchedule,
                "sv_t" => a.Schedule.ScheduleVariance,
                "spi_t" => a.Schedule.SchedulePerformanceIndex,
                "ieac_t" => a.Duration(DurationForecastMethod.EarnedScheduleSpiT).Duration,
                _ => throw new InvalidOperationException($"{id}: unmapped expected key '{e.Name}'."),
            };
            Ev.Near(expected, actual, tol, $"{id}.{e.Name}");
            asserted++;
        }

        Assert.True(asserted >= 11, $"{id}: only {asserted} values asserted.");
    }

    [Theory]
    [MemberData(nameof(EarnedScheduleCases))]
    public void Earned_schedule_case_matches(string id)
    {
        using JsonDocument doc = Ev.LoadGolden(File);
        JsonElement c = Ev.Case(doc, id);
        JsonElement inputs = c.GetProperty("inputs");
        double tol = c.GetProperty("tol").GetDouble();
        double[] curve = Ev.Doubles(inputs.GetProperty("pv"));
        double ev = inputs.GetProperty("ev").GetDouble();
        double expected = c.GetProperty("expected").GetProperty("es").GetDouble();

        Ev.Near(expected, EarnedSchedule.Compute(curve, ev), tol, $"{id}.es (curve)");
        Ev.Near(expected, EarnedSchedule.Compute(Ev.FromCurveWithLeadingZero(curve), ev), tol, $"{id}.es (baseline)");
    }
}
