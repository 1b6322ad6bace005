using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Pmo.Core.Tests.Finance;

/// <summary>A conventional investment: one negative amount, then non-negative amounts with at least one positive.</summary>
public sealed record Investment(double[] Amounts)
{
    public override string ToString() => $"[{string.Join(", ", Amounts.Select(a => a.ToString("R", CultureInfo.InvariantCulture)))}]";
}

/// <summary>A rate per period drawn from [-0.5, 1] in steps of 0.0001.</summary>
public sealed record Rate(double Value)
{
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A conventional dated investment: the negative amount on the first date, later flows on any later dates in any order.</summary>
public sealed record DatedInvestment(LocalDate Start, int[] DayOffsets, double[] Amounts)
{
    public LocalDate[] Dates => [.. DayOffsets.Select(d => Start.PlusDays(d))];

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"start={Start:yyyy-MM-dd}, days=[{string.Join(", ", DayOffsets)}], amounts=[{string.Join(", ", Amounts)}]");
}

/// <summary>
/// Domain generators: integer money amounts (never NaN or ±∞, which FsCheck's default double yields). Investments have
/// one sign change, so IRR is unique (Descartes); positive totals are 0.6 to 4 times the outlay so the IRR lies in a
/// range where the Visual Basic oracle's 20-step secant iteration converges.
/// </summary>
public static class FinanceArbitraries
{
    private static readonly Gen<double[]> InvestmentAmounts =
        from n in Gen.Choose(2, 30)
        from outlay in Gen.Choose(1_000, 1_000_000)
        from weights in Gen.ArrayOf(Gen.Choose(0, 1_000), n - 1)
        where weights.Sum() > 0
        from multiple in Gen.Choose(60, 400)
        let total = outlay * multiple / 100.0
        let scale = total / weights.Sum()
        select (double[])[-outlay, .. weights.Select(w => Math.Round(w * scale))];

    public static Arbitrary<Investment> Investments() =>
        Arb.From(InvestmentAmounts.Where(a => a.Skip(1).Any(x => x > 0)).Select(a => new Investment(a)));

    public static Arbitrary<Rate> Rates() => Arb.From(Gen.Choose(-5_000, 10_000).Select(i => new Rate(i / 10_000.0)));

    public static Arbitrary<DatedInvestment> DatedInvestments() => Arb.From(
        from startDay in Gen.Choose(0, 30_000)
        from amounts in InvestmentAmounts.Where(a => a.Skip(1).Any(x => x > 0))
        from offsets in Gen.ArrayOf(Gen.Choose(1, 3_650), amounts.Length - 1)
        select new DatedInvestment(new LocalDate(1950, 1, 1).PlusDays(startDay), [0, .. offsets], amounts));
}
