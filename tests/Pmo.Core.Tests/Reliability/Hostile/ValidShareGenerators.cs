using FsCheck;
using FsCheck.Fluent;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>
/// Issue 9 §1, valid-share helpers: build a well-formed input and inject one hostile element in a minority of draws,
/// so a family reaches its valid code paths under hostile numbers instead of failing a structural rule on nearly every
/// draw. Used only by the families that had very few valid results; the shared generators are unchanged.
/// </summary>
public static class VGen
{
    /// <summary>True in about one draw of <paramref name="oneIn"/>.</summary>
    public static Gen<bool> Inject(int oneIn) => Gen.Frequency((oneIn - 1, Gen.Constant(false)), (1, Gen.Constant(true)));

    /// <summary><paramref name="values"/> unchanged, or (about one draw in <paramref name="oneIn"/>) a copy with one element replaced by a <paramref name="hostile"/> value.</summary>
    public static Gen<T[]> WithOneHostile<T>(T[] values, Gen<T> hostile, int oneIn) =>
        values.Length == 0
            ? Gen.Constant(values)
            : Inject(oneIn).SelectMany(inject => !inject
                ? Gen.Constant(values)
                : Gen.Choose(0, values.Length - 1).SelectMany(k => hostile.Select(h =>
                {
                    var copy = (T[])values.Clone();
                    copy[k] = h;
                    return copy;
                })));

    /// <summary>Inserts <paramref name="item"/> at <paramref name="at"/> (clamped to the length).</summary>
    public static T[] Insert<T>(T[] values, int at, T item)
    {
        int k = Math.Clamp(at, 0, values.Length);
        return [.. values.Take(k), item, .. values.Skip(k)];
    }

    /// <summary>Sane monthly planned values: 1 … 24 months of 0.1 … 10,000 (a zero month now and then).</summary>
    public static Gen<double[]> SaneMonthly { get; } =
        Gen.Choose(1, 24).SelectMany(n => Gen.Frequency((12, Hostile.SanePositive), (1, Gen.Constant(0.0))).ArrayOf(n));
}
