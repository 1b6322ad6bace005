using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Extra hostile generators for the EarnedValue, Kpis, Finance and Common families (helper A).</summary>
public static class AGen
{
    /// <summary><paramref name="d"/> plus <paramref name="days"/>, or <paramref name="d"/> itself when that would leave NodaTime's calendar range.</summary>
    public static LocalDate SafePlusDays(LocalDate d, int days)
    {
        try
        {
            return d.PlusDays(days);
        }
        catch (OverflowException)
        {
            return d;
        }
        catch (ArgumentOutOfRangeException)
        {
            return d;
        }
    }

    /// <summary>Sane signed amounts −10,000 … 10,000 (one decimal).</summary>
    public static Gen<double> SaneSigned { get; } = Gen.Choose(-100_000, 100_000).Select(i => i / 10.0);

    /// <summary>Sane rates −5 % … 50 % (per mille).</summary>
    public static Gen<double> SaneRate { get; } = Gen.Choose(-50, 500).Select(i => i / 1000.0);

    /// <summary>Sane ratios 0 … 2 (e.g. CPI, SPI, percent complete up to 200 %).</summary>
    public static Gen<double> SaneRatio { get; } = Gen.Choose(0, 2000).Select(i => i / 1000.0);

    /// <summary>Mostly sane signed amounts with a hostile one in about one of six.</summary>
    public static Gen<double> SignedAmount { get; } = Hostile.Mostly(SaneSigned);

    /// <summary>Mostly sane positive amounts with a hostile one in about one of six.</summary>
    public static Gen<double> Positive { get; } = Hostile.Mostly(Hostile.SanePositive);

    /// <summary>Mostly sane rates with a hostile one in about one of six.</summary>
    public static Gen<double> Rate { get; } = Hostile.Mostly(SaneRate);

    /// <summary>Mostly sane probabilities with a hostile one in about one of six.</summary>
    public static Gen<double> Probability { get; } = Hostile.Mostly(Hostile.SaneProbability);

    /// <summary>An enum value: usually defined, sometimes an undefined integer.</summary>
    public static Gen<T> Enum<T>() where T : struct, System.Enum => Gen.Frequency(
        (8, Gen.Elements(System.Enum.GetValues<T>())),
        (1, Gen.Elements(-1, 99, int.MaxValue).Select(i => (T)(object)i)));

    /// <summary>A nullable value: null about one time in <paramref name="oneIn"/>.</summary>
    public static Gen<T?> OrNull<T>(Gen<T> gen, int oneIn = 8) where T : class =>
        Gen.Frequency((oneIn - 1, gen.Select(x => (T?)x)), (1, Gen.Constant<T?>(null)));

    /// <summary>A pair of generators.</summary>
    public static Gen<(T1, T2)> Zip<T1, T2>(Gen<T1> a, Gen<T2> b) => a.SelectMany(x => b.Select(y => (x, y)));

    /// <summary>A triple of generators.</summary>
    public static Gen<(T1, T2, T3)> Zip<T1, T2, T3>(Gen<T1> a, Gen<T2> b, Gen<T3> c) =>
        a.SelectMany(x => b.SelectMany(y => c.Select(z => (x, y, z))));

    /// <summary>
    /// Like <see cref="Hostile.Date"/> but with the calendar extremes in about one draw of 40: calls whose work grows with a
    /// date range (day-by-day series) stay fast over 500 runs while the extremes are still reached.
    /// </summary>
    public static Gen<NodaTime.LocalDate> RareExtremeDate { get; } = Gen.Frequency(
        (39, Gen.Choose(-400, 400).Select(d => new NodaTime.LocalDate(2026, 1, 1).PlusDays(d))),
        (1, Hostile.Date));

    /// <summary>Cheap string for failure messages.</summary>
    public static string S<T>(IEnumerable<T>? items) => items is null ? "null" : "[" + string.Join(", ", items.Take(40)) + "]";
}
