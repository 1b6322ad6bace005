using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Raw (unvalidated) description of one activity: built inside the checked call so constructor guards count.</summary>
public sealed record BActivitySpec(string Id, double Duration, double? Snet);

/// <summary>Raw description of one link by activity index (or an unknown name when the index is out of range).</summary>
public sealed record BLinkSpec(int From, int To, LinkType Type, double Lag);

/// <summary>Raw description of a network: activities plus links; <see cref="Build"/> constructs the validated network.</summary>
public sealed record BNetworkSpec(BActivitySpec[] Activities, BLinkSpec[] Links)
{
    /// <summary>Builds the network (may throw the documented ArgumentExceptions).</summary>
    public ActivityNetwork Build() =>
        ActivityNetwork.Create(
            Activities.Select(a => new Activity(a.Id, a.Duration, startNoEarlierThan: a.Snet)),
            Links.Select(l => new ActivityLink(Name(l.From), Name(l.To), l.Type, l.Lag)));

    private string Name(int i) => i >= 0 && i < Activities.Length ? Activities[i].Id : "unknown" + i.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() =>
        "acts=[" + string.Join("; ", Activities.Take(30).Select(a => $"{a.Id}:{Hostile.Show(a.Duration)}:{(a.Snet is double s ? Hostile.Show(s) : "-")}"))
        + "] links=[" + string.Join("; ", Links.Take(40).Select(l => $"{l.From}->{l.To} {l.Type} {Hostile.Show(l.Lag)}")) + "]";
}

/// <summary>Issue 9 §1, helper B's generators for Scheduling, Resources, Risk and Prioritization (built on <see cref="Hostile"/>).</summary>
public static class BGen
{
    /// <summary>Sane durations 0 … 20 (integers, so float ties occur).</summary>
    public static Gen<double> SaneDuration { get; } = Gen.Choose(0, 20).Select(i => (double)i);

    /// <summary>Sizes biased to small networks (the leveler and enumeration are super-linear), occasionally empty or large.</summary>
    public static Gen<int> SmallSize { get; } = Gen.Frequency(
        (1, Gen.Constant(0)),
        (2, Gen.Constant(1)),
        (10, Gen.Choose(2, 9)),
        (1, Gen.Choose(30, 120)));

    /// <summary>An id: usually unique per index ("T3"), sometimes from the hostile pool (duplicates, blanks).</summary>
    public static Gen<string> ActivityId(int i) => Gen.Frequency(
        (12, Gen.Constant("T" + i.ToString(CultureInfo.InvariantCulture))),
        (1, Hostile.Id));

    /// <summary>Three inputs in four are clean (every value sane, so the deep paths run); the fourth gets hostile injections.</summary>
    public static Gen<bool> Clean { get; } = Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)));

    /// <summary><paramref name="sane"/> for a clean input; otherwise mostly sane with <paramref name="hostile"/> in about one of <paramref name="oneIn"/> draws.</summary>
    public static Gen<T> Pick<T>(bool clean, Gen<T> sane, Gen<T> hostile, int oneIn = 5) =>
        clean ? sane : Gen.Frequency((oneIn - 1, sane), (1, hostile));

    /// <summary>A sane double from <paramref name="sane"/>, or (hostile inputs only) a special double.</summary>
    public static Gen<double> D(bool clean, Gen<double> sane, int oneIn = 5) => Pick(clean, sane, Hostile.AnyDouble, oneIn);

    /// <summary>Clean networks (unique ids, forward distinct links, sane numbers) three times in four; otherwise hostile ones: back links (cycles), unknown references, duplicate ids and links, hostile numbers.</summary>
    public static Gen<BNetworkSpec> Network { get; } = Clean.SelectMany(clean => clean ? CleanNetwork : HostileNetwork);

    private static Gen<BNetworkSpec> CleanNetwork { get; } =
        from n in Gen.Frequency((2, Gen.Constant(1)), (10, Gen.Choose(2, 9)), (1, Gen.Choose(30, 80)))
        from durations in SaneDuration.ArrayOf(n)
        from snet in Gen.Frequency((8, Gen.Constant<double?>(null)), (1, SaneDuration.Select(v => (double?)v))).ArrayOf(n)
        from pairs in Gen.Choose(0, n - 1).SelectMany(a => Gen.Choose(0, n - 1).Select(b => (a, b))).ArrayOf(n + (n / 2))
        from types in Gen.Frequency((6, Gen.Constant(LinkType.FinishToStart)), (1, Gen.Elements(LinkType.StartToStart, LinkType.FinishToFinish, LinkType.StartToFinish))).ArrayOf(n + (n / 2))
        from lags in Gen.Frequency((6, Gen.Constant(0.0)), (2, Gen.Choose(-3, 5).Select(i => (double)i))).ArrayOf(n + (n / 2))
        select new BNetworkSpec(
            [.. Enumerable.Range(0, n).Select(i => new BActivitySpec("T" + i.ToString(CultureInfo.InvariantCulture), durations[i], snet[i]))],
            [.. pairs.Select((p, k) => (A: Math.Min(p.a, p.b), B: Math.Max(p.a, p.b), k)).Where(p => p.A != p.B).DistinctBy(p => (p.A, p.B)).Select(p => new BLinkSpec(p.A, p.B, types[p.k], lags[p.k]))]);

    private static Gen<BNetworkSpec> HostileNetwork { get; } = SmallSize.SelectMany(n =>
        Gen.CollectToArray(Enumerable.Range(0, n).Select(i =>
            ActivityId(i).SelectMany(id =>
                Hostile.Mostly(SaneDuration, 10).SelectMany(d =>
                    Gen.Frequency((8, Gen.Constant<double?>(null)), (1, Hostile.Mostly(SaneDuration, 4).Select(v => (double?)v)))
                        .Select(s => new BActivitySpec(id, d, s))))))
        .SelectMany(acts => Link(n).ArrayOf(n == 0 ? 0 : n + (n / 2)).Select(links =>
            new BNetworkSpec([.. acts], [.. links.Where(l => l is not null).Select(l => l!)]))));

    private static Gen<BLinkSpec?> Link(int n) =>
        n < 2
            ? Gen.Constant<BLinkSpec?>(null)
            : Gen.Choose(0, n - 1).SelectMany(a => Gen.Choose(0, n - 1).SelectMany(b =>
                Gen.Frequency((20, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2))).SelectMany(kind =>
                    Gen.Frequency((6, Gen.Constant(LinkType.FinishToStart)), (1, Gen.Elements(LinkType.StartToStart, LinkType.FinishToFinish, LinkType.StartToFinish, (LinkType)9)))
                        .SelectMany(t => Gen.Frequency((6, Gen.Constant(0.0)), (2, Gen.Choose(-5, 5).Select(i => (double)i)), (1, Hostile.AnyDouble)).Select(lag =>
                            a == b && kind == 0 ? null
                            : kind switch
                            {
                                1 => new BLinkSpec(Math.Max(a, b), Math.Min(a, b), t, lag), // back link: a cycle when a forward path exists
                                2 => new BLinkSpec(a, n + b, t, lag), // unknown successor
                                _ => new BLinkSpec(Math.Min(a, b), Math.Max(a, b), t, lag),
                            })))));

    /// <summary>A working calendar spec: clean ones run Mon–Fri over 2025-12 … 2034 with holidays inside the range; hostile ones get reversed or extreme ranges, empty or invalid day sets and holidays anywhere.</summary>
    public static Gen<(LocalDate From, LocalDate To, IsoDayOfWeek[] Days, LocalDate[] Holidays)> Calendar { get; } =
        from clean in Clean
        from range in Pick(clean,
            Gen.Choose(-30, 0).SelectMany(a => Gen.Choose(200, 3000).Select(b => (new LocalDate(2026, 1, 1).PlusDays(a), new LocalDate(2026, 1, 1).PlusDays(b)))),
            Hostile.Date.SelectMany(a => Hostile.Date.Select(b => (a, b))))
        from days in Pick(clean,
            Gen.Constant(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }),
            Gen.Elements(Array.Empty<IsoDayOfWeek>(), [IsoDayOfWeek.Sunday], [IsoDayOfWeek.None], [(IsoDayOfWeek)12], [IsoDayOfWeek.Monday, IsoDayOfWeek.Monday]))
        from h in Pick(clean, Gen.Choose(0, 190).Select(d => new LocalDate(2026, 1, 1).PlusDays(d)), Hostile.Date).ArrayOf()
        select (range.Item1, range.Item2, days, h.Distinct().Take(20).ToArray());

    /// <summary>A project start: usually 2026-01-05 (a Monday inside every clean calendar), sometimes any date.</summary>
    public static Gen<LocalDate> ProjectStart { get; } = Gen.Frequency((6, Gen.Constant(new LocalDate(2026, 1, 5))), (1, Hostile.Date));

    /// <summary>Builds the calendar of a <see cref="Calendar"/> spec.</summary>
    public static WorkingCalendar Build((LocalDate From, LocalDate To, IsoDayOfWeek[] Days, LocalDate[] Holidays) c) =>
        new(c.From, c.To, c.Days, c.Holidays);

    /// <summary>Shows a calendar spec.</summary>
    public static string Show((LocalDate From, LocalDate To, IsoDayOfWeek[] Days, LocalDate[] Holidays) c) =>
        $"cal {c.From:uuuu-MM-dd}..{c.To:uuuu-MM-dd} days=[{string.Join(",", c.Days)}] holidays=[{string.Join(",", c.Holidays.Select(h => h.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))}]";

    /// <summary>A small non-negative int with hostile edges.</summary>
    public static Gen<int> SmallInt { get; } = Gen.Frequency((8, Gen.Choose(0, 6)), (1, Hostile.AnyInt));

    /// <summary>A defined value of <typeparamref name="T"/>, or (rarely) the undefined value 99.</summary>
    public static Gen<T> EnumOf<T>() where T : struct, Enum =>
        Gen.Frequency((12, Gen.Elements(Enum.GetValues<T>())), (1, Gen.Constant((T)(object)99)));

    /// <summary>Short display of an array of doubles.</summary>
    public static string S(IEnumerable<double> v) => Hostile.Show(v);
}
