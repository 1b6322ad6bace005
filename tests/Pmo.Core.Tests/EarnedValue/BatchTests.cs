using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// <see cref="EarnedValueBatch"/> against the scalar <see cref="EarnedValueAnalyzer"/>: the batch uses the same
/// operations in the same order, so every defined value must be bit-identical and NaN must appear exactly where the
/// scalar analysis reports null.
/// </summary>
public class BatchTests
{
    // Two one-day periods: the batch comparison does not depend on the period length, and short periods keep the
    // scalar analysis' extreme duration forecasts far from NodaTime's year 9999 (with monthly periods they once
    // overflowed; main now reports such finish dates as missing).
    private static readonly LocalDate Start = new(2025, 1, 1);
    private static readonly LocalDate FirstEnd = Start;
    private static readonly LocalDate SecondEnd = Start.PlusDays(1);

    // ---- Batch equals scalar --------------------------------------------------------------------------------------

    [Fact]
    public void Batch_equals_scalar_for_every_length_0_to_100_covering_vector_tails()
    {
        var random = new Random(20250101);
        for (int n = 0; n <= 100; n++)
        {
            Row[] rows = new Row[n];
            for (int i = 0; i < n; i++)
            {
                rows[i] = RandomRow(random);
            }

            AssertBatchMatchesScalar(rows);
        }
    }

    [Property(Arbitrary = new[] { typeof(BatchArbitraries) }, MaxTest = 200)]
    public void Batch_equals_scalar_property(Row[] rows) => AssertBatchMatchesScalar(rows);

    [Fact]
    public void Edge_cases_give_NaN_exactly_where_scalar_gives_null()
    {
        Row[] rows =
        [
            new(0, 0, 0, 100),       // nothing planned, earned or spent: CPI, SPI, EAC undefined
            new(50, 0, 10, 100),     // EV = 0: CPI = 0, EAC undefined
            new(50, 40, 0, 100),     // AC = 0: CPI undefined
            new(0, 40, 30, 100),     // PV = 0: SPI undefined
            new(100, 100, 90, 100),  // EV = BAC: TCPI undefined (no work remains)
            new(100, 120, 90, 100),  // EV > BAC
            new(60, 50, 100, 100),   // AC = BAC: TCPI undefined (no funds remain)
            new(60, 50, 130, 100),   // AC > BAC
            new(60, 50, double.Epsilon, 100), // CPI = +∞: EAC undefined
            new(100, 100, 100, 100), // finished on budget
        ];

        AssertBatchMatchesScalar(rows);
        AssertBatchMatchesScalar([.. rows, .. rows]); // 20 rows: the same cases through the vector path
    }

    [Fact]
    public void Worked_example_values()
    {
        // PV 100, EV 80, AC 90, BAC 200: CV −10, SV −20, CPI 8/9, SPI 0.8, EAC = 90 + 120 · 9/8 = 225, ETC 135, VAC −25,
        // TCPI = 120 / 110.
        double[][] columns = Compute([100], [80], [90], [200]);
        Assert.Equal(-10, columns[0][0]);
        Assert.Equal(-20, columns[1][0]);
        Assert.Equal(80.0 / 90.0, columns[2][0]);
        Assert.Equal(0.8, columns[3][0]);
        Assert.Equal(225, columns[4][0], 1e-12);
        Assert.Equal(135, columns[5][0], 1e-12);
        Assert.Equal(-25, columns[6][0], 1e-12);
        Assert.Equal(120.0 / 110.0, columns[7][0]);
    }

    [Fact]
    public void NaN_in_gives_NaN_out_and_other_rows_are_unaffected()
    {
        const int n = 11;
        double[] pv = Enumerable.Repeat(50.0, n).ToArray();
        double[] ev = Enumerable.Repeat(40.0, n).ToArray();
        double[] ac = Enumerable.Repeat(45.0, n).ToArray();
        double[] bac = Enumerable.Repeat(100.0, n).ToArray();
        ev[3] = double.NaN;  // vector path
        ev[10] = double.NaN; // scalar tail
        double[][] columns = Compute(pv, ev, ac, bac);
        foreach (double[] column in columns)
        {
            Assert.True(double.IsNaN(column[3]));
            Assert.True(double.IsNaN(column[10]));
            Assert.False(double.IsNaN(column[0]));
            Assert.False(double.IsNaN(column[9]));
        }
    }

    [Fact]
    public void In_place_use_with_a_column_aliasing_an_input_gives_the_same_result()
    {
        var random = new Random(7);
        Row[] rows = Enumerable.Range(0, 37).Select(_ => RandomRow(random)).ToArray();
        double[] pv = rows.Select(r => r.Pv).ToArray();
        double[] ev = rows.Select(r => r.Ev).ToArray();
        double[] ac = rows.Select(r => r.Ac).ToArray();
        double[] bac = rows.Select(r => r.Bac).ToArray();
        double[][] expected = Compute(pv, ev, ac, bac);

        // CV written over EV, SV over PV, ETC over AC, VAC over BAC.
        double[] cpi = new double[37], spi = new double[37], eac = new double[37], tcpi = new double[37];
        EarnedValueBatch.Compute(pv, ev, ac, bac, new EarnedValueBatchColumns(ev, pv, cpi, spi, eac, ac, bac, tcpi));
        double[][] actual = [ev, pv, cpi, spi, eac, ac, bac, tcpi];
        for (int k = 0; k < 8; k++)
        {
            Assert.Equal(Bits(expected[k]), Bits(actual[k]));
        }
    }

    [Fact]
    public void Longer_destination_is_written_only_for_the_first_N_rows()
    {
        double[][] columns = Enumerable.Range(0, 8).Select(_ => Enumerable.Repeat(-1.0, 12).ToArray()).ToArray();
        double[] input = Enumerable.Repeat(10.0, 9).ToArray();
        EarnedValueBatch.Compute(input, input, input, input, Columns(columns));
        foreach (double[] column in columns)
        {
            Assert.Equal([-1.0, -1.0, -1.0], column[9..]);
        }

        Assert.All(columns[0][..9], v => Assert.Equal(0, v));
    }

    [Fact]
    public void Empty_inputs_with_default_columns_do_nothing()
    {
        EarnedValueBatch.Compute([], [], [], [], default);
        Assert.Equal(0, default(EarnedValueBatchColumns).Length);
    }

    // ---- Length validation ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0, "earnedValue")]
    [InlineData(1, "actualCost")]
    [InlineData(2, "budgetAtCompletion")]
    public void Input_length_mismatch_names_the_parameter(int shortInput, string parameterName)
    {
        var e = Assert.Throws<ArgumentException>(() =>
        {
            double[] ok = new double[5];
            double[] shorter = new double[4];
            double[][] columns = Enumerable.Range(0, 8).Select(_ => new double[5]).ToArray();
            EarnedValueBatch.Compute(
                ok,
                shortInput == 0 ? shorter : ok,
                shortInput == 1 ? shorter : ok,
                shortInput == 2 ? shorter : ok,
                Columns(columns));
        });
        Assert.Equal(parameterName, e.ParamName);
    }

    [Fact]
    public void Short_destination_names_destination()
    {
        var e = Assert.Throws<ArgumentException>(() =>
        {
            double[] input = new double[5];
            double[][] columns = Enumerable.Range(0, 8).Select(_ => new double[4]).ToArray();
            EarnedValueBatch.Compute(input, input, input, input, Columns(columns));
        });
        Assert.Equal("destination", e.ParamName);
    }

    [Fact]
    public void Default_destination_with_rows_names_destination()
    {
        var e = Assert.Throws<ArgumentException>(() =>
        {
            double[] input = new double[3];
            EarnedValueBatch.Compute(input, input, input, input, default);
        });
        Assert.Equal("destination", e.ParamName);
    }

    [Theory]
    [InlineData(1, "scheduleVariance")]
    [InlineData(2, "costPerformanceIndex")]
    [InlineData(3, "schedulePerformanceIndex")]
    [InlineData(4, "estimateAtCompletion")]
    [InlineData(5, "estimateToComplete")]
    [InlineData(6, "varianceAtCompletion")]
    [InlineData(7, "toCompletePerformanceIndex")]
    public void Column_length_mismatch_names_the_column(int column, string parameterName)
    {
        var e = Assert.Throws<ArgumentException>(() =>
        {
            double[][] columns = Enumerable.Range(0, 8).Select(k => new double[k == column ? 6 : 5]).ToArray();
            _ = Columns(columns);
        });
        Assert.Equal(parameterName, e.ParamName);
    }

    // ---- Helpers --------------------------------------------------------------------------------------------------

    /// <summary>One project's inputs; <c>0 ≤ PV ≤ BAC</c> and <c>BAC &gt; 0</c> so that a baseline can be built for it.</summary>
    public sealed record Row(double Pv, double Ev, double Ac, double Bac);

    internal static Row RandomRow(Random random)
    {
        double bac = Magnitude(random);
        double pv = random.Next(10) switch
        {
            0 => 0,
            1 => bac,
            _ => bac * random.NextDouble(),
        };
        double ev = random.Next(10) switch
        {
            0 => 0,
            1 => bac,
            2 => bac * (1 + random.NextDouble()), // EV > BAC
            3 => pv,
            _ => bac * random.NextDouble(),
        };
        double ac = random.Next(12) switch
        {
            0 => 0,
            1 => bac,
            2 => bac * (1 + random.NextDouble()), // AC > BAC
            3 => ev,
            4 => double.Epsilon,
            _ => bac * 1.5 * random.NextDouble(),
        };
        return new Row(pv, ev, ac, bac);
    }

    private static double Magnitude(Random random) => random.Next(4) switch
    {
        0 => 1 + random.Next(1000),                          // small whole amounts
        1 => Math.Round(random.NextDouble() * 1e6, 2),        // cents
        2 => Math.Pow(10, (random.NextDouble() * 24) - 6),    // wide dynamic range
        _ => double.Epsilon * (1 + random.Next(1000)),        // subnormal budgets
    };

    private static EarnedValueBatchColumns Columns(double[][] c) => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);

    private static double[][] Compute(double[] pv, double[] ev, double[] ac, double[] bac)
    {
        double[][] columns = Enumerable.Range(0, 8).Select(_ => new double[pv.Length]).ToArray();
        EarnedValueBatch.Compute(pv, ev, ac, bac, Columns(columns));
        return columns;
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    private static void AssertBatchMatchesScalar(Row[] rows)
    {
        double[][] columns = Compute(
            rows.Select(r => r.Pv).ToArray(),
            rows.Select(r => r.Ev).ToArray(),
            rows.Select(r => r.Ac).ToArray(),
            rows.Select(r => r.Bac).ToArray());

        for (int i = 0; i < rows.Length; i++)
        {
            Row r = rows[i];

            // Two periods with cumulative PV [PV, BAC], status at the end of the first: the analysis sees PV exactly.
            TimePhasedBaseline baseline = TimePhasedBaseline.FromCumulativeValues(Start, [FirstEnd, SecondEnd], [r.Pv, r.Bac]);
            EarnedValueAnalysis a = EarnedValueAnalyzer.Analyze(baseline, new ProjectStatus(FirstEnd, r.Ev, r.Ac));
            Assert.Equal(r.Pv, a.PlannedValue);
            EacForecast eac = a.Eac(EacMethod.Cpi)!;

            string where = $"row {i} of {rows.Length}: {r}";
            Same(a.CostVariance, columns[0][i], "CV", where);
            Same(a.ScheduleVariance, columns[1][i], "SV", where);
            Same(a.CostPerformanceIndex, columns[2][i], "CPI", where);
            Same(a.SchedulePerformanceIndex, columns[3][i], "SPI", where);
            Same(eac.EstimateAtCompletion, columns[4][i], "EAC", where);
            Same(eac.EstimateToComplete, columns[5][i], "ETC", where);
            Same(eac.VarianceAtCompletion, columns[6][i], "VAC", where);
            Same(a.ToCompletePerformanceIndexToBac, columns[7][i], "TCPI", where);
        }
    }

    private static void Same(double? scalar, double batch, string metric, string where)
    {
        if (scalar is not { } expected)
        {
            Assert.True(double.IsNaN(batch), $"{metric}: scalar is null, batch is {batch} ({where}).");
            return;
        }

        Assert.True(
            BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(batch),
            $"{metric}: scalar {expected:R}, batch {batch:R} ({where}).");
    }
}

/// <summary>FsCheck domain generators for <see cref="BatchTests"/> (no NaN or infinities: the scalar API rejects them).</summary>
public static class BatchArbitraries
{
    public static Arbitrary<BatchTests.Row[]> Rows()
    {
        Gen<BatchTests.Row> row = Gen.Choose(0, int.MaxValue - 1).Select(seed => BatchTests.RandomRow(new Random(seed)));
        return Gen.Choose(0, 100).SelectMany(n => row.ArrayOf(n)).ToArbitrary();
    }
}
