using System.Text.Json;
using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Finance;

/// <summary>
/// Layer 1 golden vectors: published worked examples in <c>GoldenData/finance-examples.json</c> (Microsoft Excel,
/// VBA and DAX documentation; Adobe FormCalc and MESCIUS Spread references; Lorie and Savage 1955; low-authority Q&amp;A
/// pages for payback). Full citations, printed values and tolerances are in the file; nothing was computed with Pmo.Core.
/// </summary>
public class GoldenFinanceExamplesTests
{
    private const string File = "finance-examples.json";

    public static TheoryData<string> CaseIds()
    {
        using JsonDocument doc = Fin.LoadGolden(File);
        var data = new TheoryData<string>();
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Published_example_matches(string id)
    {
        using JsonDocument doc = Fin.LoadGolden(File);
        JsonElement c = doc.RootElement.GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        JsonElement inputs = c.GetProperty("inputs");
        double tolerance = c.GetProperty("tolerance").GetDouble();
        double[] amounts = Fin.Doubles(inputs.GetProperty("amounts"));
        double In(string name) => inputs.GetProperty(name).GetDouble();
        double Expected() => c.GetProperty("expected").GetDouble();

        switch (c.GetProperty("function").GetString())
        {
            case "NPV":
            {
                DiscountConvention convention = inputs.GetProperty("convention").GetString() == "PeriodOne"
                    ? DiscountConvention.FirstFlowAtPeriodOne
                    : DiscountConvention.FirstFlowAtTimeZero;
                Fin.Near(Expected(), CashFlowMetrics.NetPresentValue(new CashFlowSeries(amounts), In("rate"), convention), tolerance, id);
                break;
            }

            case "XNPV":
                Fin.Near(Expected(), CashFlowMetrics.NetPresentValue(Fin.Dated(Fin.Strings(inputs.GetProperty("dates")), amounts), In("rate")), tolerance, id);
                break;
            case "XIRR":
            {
                XirrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Dated(Fin.Strings(inputs.GetProperty("dates")), amounts), In("guess"));
                Assert.Equal(RootSearchStatus.Converged, r.Status);
                Fin.Near(Expected(), r.Rate, tolerance, id);
                break;
            }

            case "IRR":
                Fin.Near(Expected(), CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(amounts), In("guess")).Rate, tolerance, id);
                break;
            case "IRR_ALL":
            {
                double[] expected = Fin.Doubles(c.GetProperty("expected_all"));
                IrrResult r = CashFlowMetrics.InternalRateOfReturn(new CashFlowSeries(amounts));
                Assert.Equal(expected.Length, r.Roots.Length);
                for (int i = 0; i < expected.Length; i++)
                {
                    Fin.Near(expected[i], r.Roots[i].Rate, tolerance, $"{id}[{i}]");
                    Assert.Equal(1, r.Roots[i].Multiplicity);
                }

                Assert.Contains(r.Diagnostics, d => d.Kind == Common.DiagnosticKind.Warning && d.Metric == "IRR");
                break;
            }

            case "MIRR":
                Fin.Near(Expected(), CashFlowMetrics.ModifiedInternalRateOfReturn(new CashFlowSeries(amounts), In("financeRate"), In("reinvestRate")), tolerance, id);
                break;
            case "Payback":
                Fin.Near(Expected(), CashFlowMetrics.PaybackPeriod(new CashFlowSeries(amounts)).Periods, tolerance, id);
                break;
            case "DiscountedPayback":
                Fin.Near(Expected(), CashFlowMetrics.DiscountedPaybackPeriod(new CashFlowSeries(amounts), In("rate")).Periods, tolerance, id);
                break;
            default:
                Assert.Fail($"{id}: unknown function");
                break;
        }
    }
}
