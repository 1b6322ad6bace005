using System.Globalization;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Prioritization.Selection;

/// <summary>Layer 1: published capital-budgeting and multi-dimensional knapsack examples with printed optima.</summary>
public class SelectionGoldenTests
{
    /// <summary>
    /// F. S. Hillier and G. J. Lieberman, <i>Introduction to Operations Research</i>, 9th ed., 2010, §12.1 (prototype
    /// example, California Manufacturing Co.): NPV ($M) 9, 5, 6, 4 and capital 6, 3, 5, 2 for a factory in LA, a
    /// factory in SF, a warehouse in LA, a warehouse in SF; capital available 10; at most one warehouse; a warehouse only
    /// in a city with a factory. Printed optimum: both factories, no warehouse, Z = 14.
    /// Hand check: {F_LA, F_SF} costs 9 ≤ 10 for 14; any set with W_LA needs F_LA (11 > 10 with 5 + 6); W_SF with both
    /// factories costs 11 > 10; {F_SF, W_SF} gives 9; so 14 is the best.
    /// </summary>
    [Fact]
    public void Hillier_Lieberman_California_Manufacturing()
    {
        SelectionProblem p = SelectionProblem.Create(
                [new("FactoryLA", 9), new("FactorySF", 5), new("WarehouseLA", 6), new("WarehouseSF", 4)],
                [ResourceRow.SinglePeriod("Capital", 10, new Dictionary<string, double> { ["FactoryLA"] = 6, ["FactorySF"] = 3, ["WarehouseLA"] = 5, ["WarehouseSF"] = 2 })])
            .MutuallyExclusive("WarehouseLA", "WarehouseSF")
            .Requires("WarehouseLA", "FactoryLA")
            .Requires("WarehouseSF", "FactorySF");
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(14, r.TotalValue!.Value, 0.5);
        Assert.Equal(["FactoryLA", "FactorySF"], r.SelectedIds.ToArray());
    }

    /// <summary>
    /// W. L. Winston, <i>Operations Research: Applications and Algorithms</i>, 4th ed., 2004, §9.2, Example 1 (Stockco
    /// capital budgeting), recalled from the text (not retrieved here): NPV $16, 22, 12, 8 thousand, cash outflow $5, 7,
    /// 4, 3 thousand, $14 thousand available; printed optimum z = $42 thousand with investments 2, 3, 4.
    /// Hand check by enumeration: 2+3+4 costs 14 for 42; 1+2 costs 12 for 38; 1+3+4 costs 12 for 36; 1+2+any other
    /// exceeds 14; so 42.
    /// </summary>
    [Fact]
    public void Winston_Stockco_capital_budgeting()
    {
        SelectionProblem p = SelectionProblem.Create(
            [new("I1", 16), new("I2", 22), new("I3", 12), new("I4", 8)],
            [ResourceRow.SinglePeriod("Cash", 14, new Dictionary<string, double> { ["I1"] = 5, ["I2"] = 7, ["I3"] = 4, ["I4"] = 3 })]);
        SelectionResult r = PortfolioSelector.Solve(p);
        Assert.Equal(SelectionStatus.Optimal, r.Status);
        Assert.Equal(42, r.TotalValue!.Value, 0.5);
        Assert.Equal(["I2", "I3", "I4"], r.SelectedIds.ToArray());
    }

    /// <summary>
    /// OR-Library file <c>mknap1.txt</c> (J. E. Beasley, "OR-Library: distributing test problems by electronic mail",
    /// <i>J. Oper. Res. Soc.</i> 41(11), 1990): the seven problems of C. C. Petersen, "Computational experience with
    /// variants of the Balas algorithm applied to the selection of R&amp;D projects", <i>Management Science</i> 13(9),
    /// 1967, with their printed optimal values (3800, 8706.1, 4015, 6120, 12400, 10618, 16537). Tolerance: half a unit
    /// of the last printed digit. Each problem is solved twice: as m one-period rows, and as one row of m periods (the
    /// same constraints), which checks the generic row/period model.
    /// </summary>
    [Theory]
    [InlineData(0, 3800, 0.5)]
    [InlineData(1, 8706.1, 0.05)]
    [InlineData(2, 4015, 0.5)]
    [InlineData(3, 6120, 0.5)]
    [InlineData(4, 12400, 0.5)]
    [InlineData(5, 10618, 0.5)]
    [InlineData(6, 16537, 0.5)]
    public void OrLibrary_mknap1_Petersen_1967(int problem, double printedOptimum, double tolerance)
    {
        (double[] values, double[][] weights, double[] capacities) = OrLibraryMknap1.Problem(problem);
        string[] ids = [.. Enumerable.Range(0, values.Length).Select(j => "x" + (j + 1).ToString(CultureInfo.InvariantCulture))];
        SelectionCandidate[] candidates = [.. ids.Select((id, j) => new SelectionCandidate(id, values[j]))];

        var rows = weights.Select((w, i) => ResourceRow.SinglePeriod("r" + i.ToString(CultureInfo.InvariantCulture), capacities[i], ids.Select((id, j) => new KeyValuePair<string, double>(id, w[j])))).ToList();
        SelectionResult a = PortfolioSelector.Solve(SelectionProblem.Create(candidates, rows));
        Assert.Equal(SelectionStatus.Optimal, a.Status);
        Assert.Equal(printedOptimum, a.TotalValue!.Value, tolerance);

        var periods = new ResourceRow("all", capacities, ids.Select((id, j) => new KeyValuePair<string, double[]>(id, [.. weights.Select(w => w[j])])));
        SelectionResult b = PortfolioSelector.Solve(SelectionProblem.Create(candidates, [periods]));
        Assert.Equal(SelectionStatus.Optimal, b.Status);
        Assert.Equal(printedOptimum, b.TotalValue!.Value, tolerance);
        Assert.True(b.RootUpperBound >= printedOptimum - tolerance);
        Assert.True(a.TotalValue >= a.Greedy.TotalValue);
    }
}

/// <summary>The OR-Library file mknap1.txt (Beasley 1990; problems of Petersen 1967), verbatim as distributed.</summary>
internal static class OrLibraryMknap1
{
    private const string Text = """
         7
         6 10 3800
         100 600 1200 2400 500 2000
         8 12 13 64 22 41
         8 12 13 75 22 41
         3 6 4 18 6 4
         5 10 8 32 6 12
         5 13 8 42 6 20
         5 13 8 48 6 20
         0 0 0 0 8 0
         3 0 4 0 8 0
         3 2 4 0 8 4
         3 2 4 8 8 4
         80 96 20 36 44 48 10 18 22 24
         10 10 8706.1
         600.1 310.5 1800 3850 18.6 198.7 882 4200 402.5 327
         20 5 100 200 2 4 60 150 80 40
         20 7 130 280 2 8 110 210 100 40
         60 3 50 100 4 2 20 40 6 12
         60 8 70 200 4 6 40 70 16 20
         60 13 70 250 4 10 60 90 20 24
         60 13 70 280 4 10 70 105 22 28
         5 2 20 100 2 5 10 60 0 0
         45 14 80 180 6 10 40 100 20 0
         55 14 80 200 6 10 50 140 30 40
         65 14 80 220 6 10 50 180 30 50
         450 540 200 360 440 480 200 360 440 480
         15 10 4015
         100 220 90 400 300 400 205 120 160 580 400 140 100 1300 650
         8 24 13 80 70 80 45 15 28 90 130 32 20 120 40
         8 44 13 100 100 90 75 25 28 120 130 32 40 160 40
         3 6 4 20 20 30 8 3 12 14 40 6 3 20 5
         5 9 6 40 30 40 16 5 18 24 60 16 11 30 25
         5 11 7 50 40 40 19 7 18 29 70 21 17 30 25
         5 11 7 55 40 40 21 9 18 29 70 21 17 35 25
         0 0 1 10 4 10 0 6 0 6 32 3 0 70 10
         3 4 5 20 14 20 6 12 10 18 42 9 12 100 20
         3 6 9 30 29 20 12 12 10 30 42 18 18 110 20
         3 8 9 35 29 20 16 15 10 30 42 20 18 120 20
         550 700 130 240 280 310 110 205 260 275
         20 10 6120
         100 220 90 400 300 400 205 120 160 580 400 140 100 1300 650
         320 480 80 60 2550
         8 24 13 80 70 80 45 15 28 90 130 32 20 120 40
         30 20 6 3 180
         8 44 13 100 100 90 75 25 28 120 130 32 40 160 40
         60 55 10 6 240
         3 6 4 20 20 30 8 3 12 14 40 6 3 20 5
         0 5 3 0 20
         5 9 6 40 30 40 16 5 18 24 60 16 11 30 25
         10 13 5 1 80
         5 11 7 50 40 40 19 7 18 29 70 21 17 30 25
         15 25 5 1 100
         5 11 7 55 40 40 21 9 18 29 70 21 17 35 25
         20 25 5 2 110
         0 0 1 10 4 10 0 6 0 6 32 3 0 70 10
         0 0 0 0 0
         3 4 5 20 14 20 6 12 10 18 42 9 12 100 20
         5 6 4 1 20
         3 6 9 30 29 20 12 12 10 30 42 18 18 110 20
         15 18 7 2 40
         3 8 9 35 29 20 16 15 10 30 42 20 18 120 20
         20 22 7 3 50
         550 700 130 240 280 310 110 205 260 275
         28 10 12400
         100 220 90 400 300 400 205 120 160 580 400 140 100 1300 650
         320 480 80 60 2550 3100 1100 950 450 300 220 200 520
         8 24 13 80 70 80 45 15 28 90 130 32 20 120 40
         30 20 6 3 180 220 50 30 50 12 5 8 18
         8 44 13 100 100 90 75 25 28 120 130 32 40 160 40
         60 55 10 6 240 290 80 90 70 27 17 8 28
         3 6 4 20 20 30 8 3 12 14 40 6 3 20 5
         0 5 3 0 20 30 40 10 0 5 0 0 10
         5 9 6 40 30 40 16 5 18 24 60 16 11 30 25
         10 13 5 1 80 60 50 20 30 10 5 3 20
         5 11 7 50 40 40 19 7 18 29 70 21 17 30 25
         15 25 5 1 100 70 55 20 50 15 15 6 20
         5 11 7 55 40 40 21 9 18 29 70 21 17 35 25
         20 25 5 2 110 70 55 20 50 20 15 6 20
         0 0 1 10 4 10 0 6 0 6 32 3 0 70 10
         0 0 0 0 0 30 10 0 10 10 5 0 10
         3 4 5 20 14 20 6 12 10 18 42 9 12 100 20
         5 6 4 1 20 50 30 5 20 20 10 10 20
         3 6 9 30 29 20 12 12 10 30 42 18 18 110 20
         15 18 7 2 40 60 50 25 25 25 15 10 28
         3 8 9 35 29 20 16 15 10 30 42 20 18 120 20
         20 22 7 3 50 60 55 25 30 25 15 10 28
         930 1210 272 462 532 572 240 400 470 490
         39 5 10618
         560 1125 300 620 2100 431 68 328 47 122 322 196 41 25 425 4260
         416 115 82 22 631 132 420 86 42 103 215 81 91 26 49 420
         316 72 71 49 108 116 90
         40 91 10 30 160 20 3 12 3 18 9 25 1 1 10 280 10 8 1 1 49 8 21
         6 1
         5 10 8 2 1 0 10 42 6 4 8 0 10 1
         16 92 41 16 150 23 4 18 6 0 12 8 2 1 0 200 20 6 2 1 70 9 22 4
         1 5
         10 6 4 0 4 12 8 4 3 0 10 0 6
         38 39 32 71 80 26 5 40 8 12 30 15 0 1 23 100 0 20 3 0 40 6 8 0
         6 4
         22 4 6 1 5 14 8 2 8 0 20 0 0
         8 71 30 60 200 18 6 30 4 8 31 6 3 0 18 60 21 4 0 2 32 15 31 2
         2 7
         8 2 8 0 2 8 6 7 1 0 0 20 8
         38 52 30 42 170 9 7 20 0 3 21 4 1 2 14 310 8 4 6 1 18 15 38 10
         4 8
         6 0 0 3 0 10 6 1 3 0 3 5 4
         600 500 500 500 600
         50 5 16537
         560 1125 300 620 2100 431 68 328 47 122 322 196 41 25 425 4260
         416 115 82 22 631 132 420 86 42 103 215 81 91 26 49 420
         316 72 71 49 108 116 90 738 1811 430 3060 215 58 296 620 418
         47 81
         40 91 10 30 160 20 3 12 3 18 9 25 1 1 10 280 10 8 1 1 49 8 21
         6 1
         5 10 8 2 1 0 10 42 6 4 8 0 10 1 40 86 11 120 8 3 32 28 13 2 4
         16 92 41 16 150 23 4 18 6 0 12 8 2 1 0 200 20 6 2 1 70 9 22 4
         1 5
         10 6 4 0 4 12 8 4 3 0 10 0 6 28 93 9 30 22 0 36 45 13 2 2
         38 39 32 71 80 26 5 40 8 12 30 15 0 1 23 100 0 20 3 0 40 6 8 0
         6 4
         22 4 6 1 5 14 8 2 8 0 20 0 0 6 12 6 80 13 6 22 14 0 1 2
         8 71 30 60 200 18 6 30 4 8 31 6 3 0 18 60 21 4 0 2 32 15 31 2
         2 7
         8 2 8 0 2 8 6 7 1 0 0 20 8 14 20 2 40 6 1 14 20 12 0 1
         38 52 30 42 170 9 7 20 0 3 21 4 1 2 14 310 8 4 6 1 18 15 38 10
         4 8
         6 0 0 3 0 10 6 1 3 0 3 5 4 0 30 12 16 18 3 16 22 30 4 0
         800 650 550 550 650
        """;

    /// <summary>Parses problem <paramref name="k"/> (0-based): n m optimum, n values, m rows of n weights, m capacities.</summary>
    public static (double[] Values, double[][] Weights, double[] Capacities) Problem(int k)
    {
        double[] tokens = [.. Text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
        int at = 1;
        for (int p = 0; ; p++)
        {
            int n = (int)tokens[at], m = (int)tokens[at + 1];
            at += 3;
            if (p == k)
            {
                double[] values = tokens[at..(at + n)];
                double[][] weights = [.. Enumerable.Range(0, m).Select(i => tokens[(at + n + (i * n))..(at + n + ((i + 1) * n))])];
                double[] caps = tokens[(at + n + (m * n))..(at + n + (m * n) + m)];
                return (values, weights, caps);
            }

            at += n + (m * n) + m;
        }
    }
}
