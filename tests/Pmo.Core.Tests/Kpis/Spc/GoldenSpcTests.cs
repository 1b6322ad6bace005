using System.Text.Json;
using Pmo.Core.Kpis.Spc;
using Pmo.Core.Tests.EarnedValue;

namespace Pmo.Core.Tests.Kpis.Spc;

/// <summary>
/// Layer 1 golden vectors: published values in <c>GoldenData/spc-examples.json</c> (SAS/QC IRCHART output, the qicharts2
/// table of Anhøj critical values, NHSRplotthedots' own test expectations and assurance rule, Wheeler and Chambers'
/// constants). Tolerances are half a unit in the last printed digit.
/// </summary>
public class GoldenSpcTests
{
    private const string File = "spc-examples.json";

    private static JsonElement Case(string id, out JsonDocument doc)
    {
        doc = Ev.LoadGolden(File);
        return Ev.Case(doc, id);
    }

    [Fact]
    public void Sas_irchart_tires()
    {
        JsonElement c = Case("sas-qc-macew5-tires-irchart", out JsonDocument doc);
        using (doc)
        {
            double[] x = Ev.Doubles(c.GetProperty("inputs").GetProperty("values"));
            JsonElement exp = c.GetProperty("expected");
            JsonElement tol = c.GetProperty("tolerance");
            XmrPhase p = XmrChart.Compute(x, new XmrOptions { Constant = ScalingConstant.ThreeOverD2Exact }).Phases[0];
            void Check(string name, double? actual) => Ev.Near(exp.GetProperty(name).GetDouble(), actual, tol.GetProperty(name).GetDouble(), name);
            Check("LCLI", p.LowerLimit);
            Check("MEAN", p.Centre);
            Check("UCLI", p.UpperLimit);
            Check("LCLR", 0); // the moving-range chart's lower limit is 0 for n = 2 (D3 = 0)
            Check("R", p.Dispersion);
            Check("UCLR", p.UpperRangeLimit);
            Check("STDDEV", p.Sigma);
        }
    }

    [Fact]
    public void Sas_irchart_tires_is_not_reproduced_by_the_tabulated_constant()
    {
        // The file's method note: 3/1.128 gives UCLI = 24.15965, outside the printed 24.1596 ± 0.00005.
        JsonElement c = Case("sas-qc-macew5-tires-irchart", out JsonDocument doc);
        using (doc)
        {
            double[] x = Ev.Doubles(c.GetProperty("inputs").GetProperty("values"));
            XmrPhase p = XmrChart.Compute(x, new XmrOptions { Constant = ScalingConstant.ThreeOverD2Tabulated }).Phases[0];
            Assert.True(Math.Abs(p.UpperLimit!.Value - 24.1596) > 0.00005);
        }
    }

    [Fact]
    public void Anhoj_critical_values_table()
    {
        JsonElement c = Case("qicharts2-anhoj-critical-values", out JsonDocument doc);
        using (doc)
        {
            int rows = 0;
            foreach (JsonElement row in c.GetProperty("expected").GetProperty("rows").EnumerateArray())
            {
                int n = row[0].GetInt32();
                Assert.Equal(row[1].GetInt32(), RunChart.LongestRunLimit(n));
                Assert.Equal(row[2].GetInt32(), RunChart.CrossingsLimit(n));
                rows++;
            }

            Assert.Equal(91, rows);
        }
    }

    [Fact]
    public void Anhoj_24_points_text_example()
    {
        JsonElement c = Case("qicharts2-anhoj-24-points-text", out JsonDocument doc);
        using (doc)
        {
            int n = c.GetProperty("inputs").GetProperty("n").GetInt32();
            Assert.Equal(c.GetProperty("expected").GetProperty("longest_run_limit").GetInt32(), RunChart.LongestRunLimit(n));
            Assert.Equal(c.GetProperty("expected").GetProperty("crossings_limit").GetInt32(), RunChart.CrossingsLimit(n));
        }
    }

    [Fact]
    public void NhsRplotthedots_trend_expectations()
    {
        JsonElement c = Case("nhsrplotthedots-trend-unit-expectations", out JsonDocument doc);
        using (doc)
        {
            JsonElement expected = c.GetProperty("expected").GetProperty("completion");
            foreach (JsonProperty series in c.GetProperty("inputs").GetProperty("series").EnumerateObject())
            {
                double[] y = Ev.Doubles(series.Value);
                int[] completion = [.. expected.GetProperty(series.Name).EnumerateArray().Select(e => e.GetInt32())];

                // The package marks the point completing a 7-point trend; the points of the trend are the 7 ending there.
                var expectedFlags = new SortedSet<int>();
                for (int i = 0; i < completion.Length; i++)
                {
                    if (completion[i] != 0)
                    {
                        for (int j = i - 6; j <= i; j++)
                        {
                            expectedFlags.Add(j);
                        }
                    }
                }

                SpcEvaluation e = SpcRules.Evaluate(XmrChart.Compute(y), SpcRuleSets.Nhs);
                SpcSignal[] trend = [.. e.Signals.Where(s => s.RuleId == SpcRuleIds.NhsTrend)];
                Assert.True(expectedFlags.SequenceEqual(trend.Select(s => s.Index)), series.Name);
                int sign = completion.FirstOrDefault(v => v != 0);
                Assert.All(trend, s => Assert.Equal(sign > 0 ? SignalSide.Increasing : SignalSide.Decreasing, s.Side));
            }
        }
    }

    [Fact]
    public void NhsRplotthedots_shift_expectations()
    {
        JsonElement c = Case("nhsrplotthedots-shift-unit-expectations", out JsonDocument doc);
        using (doc)
        {
            JsonElement expected = c.GetProperty("expected").GetProperty("completion");
            foreach (JsonProperty series in c.GetProperty("inputs").GetProperty("sides").EnumerateObject())
            {
                // A side vector (1 above, −1 below the mean) becomes values ±1 after a three-point baseline [−1, 1, 0]
                // with mean exactly 0, which shifts every index by 3; its last point lies on the centre line, so no run
                // reaches back into the baseline.
                double[] sides = Ev.Doubles(series.Value);
                double[] y = [-1, 1, 0, .. sides];
                XmrChartResult chart = XmrChart.Compute(y, new XmrOptions { BaselineLength = 3 });
                int[] completion = [.. expected.GetProperty(series.Name).EnumerateArray().Select(e => e.GetInt32())];
                var expectedFlags = new SortedSet<int>();
                for (int i = 0; i < completion.Length; i++)
                {
                    if (completion[i] != 0)
                    {
                        for (int j = i - 6; j <= i; j++)
                        {
                            expectedFlags.Add(j + 3);
                        }
                    }
                }

                SpcEvaluation e = SpcRules.Evaluate(chart, SpcRuleSets.Nhs);
                Assert.True(expectedFlags.SequenceEqual(e.Signals.Where(s => s.RuleId == SpcRuleIds.NhsRun).Select(s => s.Index)), series.Name);
            }
        }
    }

    [Fact]
    public void NhsRplotthedots_assurance_rule()
    {
        JsonElement c = Case("nhsrplotthedots-assurance-rule", out JsonDocument doc);
        using (doc)
        {
            double lpl = c.GetProperty("inputs").GetProperty("lpl").GetDouble();
            double upl = c.GetProperty("inputs").GetProperty("upl").GetDouble();
            foreach (JsonElement row in c.GetProperty("expected").GetProperty("cases").EnumerateArray())
            {
                double target = row[0].GetDouble();
                ImprovementDirection direction = Enum.Parse<ImprovementDirection>(row[1].GetString()!);
                AssuranceStatus expected = Enum.Parse<AssuranceStatus>(row[2].GetString()!);
                Assert.Equal(expected, Assurance.Evaluate(lpl, upl, target, direction));
            }
        }
    }

    [Fact]
    public void Wheeler_and_tabulated_constants()
    {
        JsonElement c = Case("wheeler-chambers-constants", out JsonDocument doc);
        using (doc)
        {
            JsonElement exp = c.GetProperty("expected");
            JsonElement tol = c.GetProperty("tolerance");
            void Check(string name, double actual) => Ev.Near(exp.GetProperty(name).GetDouble(), actual, tol.GetProperty(name).GetDouble(), name);
            Check("d2", XmrConstants.D2Exact);
            Check("D4", XmrConstants.RangeFactor(ScalingConstant.ThreeOverD2Exact, DispersionStatistic.AverageMovingRange));
            Check("d4_median", XmrConstants.D4MedianExact);
            Check("three_over_d2", XmrConstants.LimitFactor(ScalingConstant.ThreeOverD2Exact, DispersionStatistic.AverageMovingRange));
            Check("three_over_d4_median", XmrConstants.LimitFactor(ScalingConstant.ThreeOverD2Exact, DispersionStatistic.MedianMovingRange));
            Assert.Equal(2.66, XmrConstants.LimitFactor(ScalingConstant.Wheeler, DispersionStatistic.AverageMovingRange));
            Assert.Equal(3.268, XmrConstants.RangeFactor(ScalingConstant.Wheeler, DispersionStatistic.AverageMovingRange));
            Assert.Equal(3.145, XmrConstants.LimitFactor(ScalingConstant.Wheeler, DispersionStatistic.MedianMovingRange));
            Assert.Equal(3.865, XmrConstants.RangeFactor(ScalingConstant.Wheeler, DispersionStatistic.MedianMovingRange));
        }
    }

    [Fact]
    public void Exact_constants_agree_with_MathNet()
    {
        // d2 = 2/√π, d3 = √(2 − 4/π), d4 = √2·Φ⁻¹(0.75) (independent derivations of the literals in XmrConstants).
        Assert.Equal(XmrConstants.D2Exact, 2 / Math.Sqrt(Math.PI), 1e-15);
        Assert.Equal(XmrConstants.D3Exact, Math.Sqrt(2 - (4 / Math.PI)), 1e-15);
        Assert.Equal(XmrConstants.D4MedianExact, Math.Sqrt(2) * MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.75), 12);
    }
}
