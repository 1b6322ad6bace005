using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Issue 9 §1 (gap families): generators for scale and matrix definitions, built on <see cref="Hostile"/> and <see cref="BGen"/>.</summary>
public static class GapGen
{
    /// <summary>Shows a nullable double.</summary>
    public static string Show(double? v) => v is double d ? Hostile.Show(d) : "null";

    /// <summary>Shows level definitions.</summary>
    public static string Show(IEnumerable<ScaleLevelDefinition?> levels) =>
        "[" + string.Join("; ", levels.Select(l => l is null ? "null"
            : $"{l.Label}:{Hostile.Show(l.Value)}:{(l.LowerInclusive ? "[" : "(")}{Show(l.Lower)},{Show(l.Upper)}{(l.UpperInclusive ? "]" : ")")}")) + "]";

    /// <summary>
    /// Level definitions. Clean (three in four): 3–7 range levels partitioning [0, top] (top = 1 inclusive for a probability
    /// scale, open-ended +∞ for an impact scale) or strictly increasing point levels. Hostile: a clean set with one or two
    /// mutations (hostile number, flipped end, blank label, null level, dropped or duplicated level) or random levels.
    /// </summary>
    public static Gen<ScaleLevelDefinition?[]> Levels(bool probability) =>
        from clean in BGen.Clean
        from points in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from n in Gen.Choose(3, 7)
        from cuts in Gen.Choose(1, probability ? 99 : 5000).ArrayOf(n + 6).Select(c => c.Distinct().Order().ToArray())
        let scale = probability ? 100.0 : 10.0
        let levels = points || cuts.Length < n - 1
            ? Enumerable.Range(0, n).Select(k => Point(k, (k + 1) / (probability ? 10.0 : 1.0))).ToArray()
            : Enumerable.Range(0, n).Select(k => Range(k, k + 1, k == 0 ? 0 : cuts[k - 1] / scale,
                k == n - 1 ? (probability ? 1.0 : null) : cuts[k] / scale, k == n - 1 && probability)).ToArray()
        from m in Gen.Choose(1, 2)
        from mutations in clean ? Gen.Constant(Array.Empty<(int Kind, int At, double V)>()) : (from kind in Gen.Choose(0, 9)
                                                                                                from at in Gen.Choose(0, n - 1)
                                                                                                from v in Hostile.AnyDouble
                                                                                                select (kind, at, v)).ArrayOf(m)
        select Mutate(levels, mutations);

    private static ScaleLevelDefinition Point(int k, double v) =>
        new() { Label = "L" + k.ToString(CultureInfo.InvariantCulture), Value = v, LowerInclusive = true, UpperInclusive = true };

    private static ScaleLevelDefinition Range(int k, double value, double lower, double? upper, bool upperInclusive) =>
        new() { Label = "L" + k.ToString(CultureInfo.InvariantCulture), Value = value, Lower = lower, LowerInclusive = true, Upper = upper, UpperInclusive = upperInclusive };

    private static ScaleLevelDefinition?[] Mutate(ScaleLevelDefinition[] clean, (int Kind, int At, double V)[] mutations)
    {
        List<ScaleLevelDefinition?> list = [.. clean];
        foreach ((int kind, int at0, double v) in mutations)
        {
            int at = Math.Min(at0, list.Count - 1);
            if (at < 0)
            {
                break;
            }

            ScaleLevelDefinition? l = list[at];
            if (l is null && kind < 6)
            {
                continue;
            }

            switch (kind)
            {
                case 0: list[at] = l! with { Value = v }; break;
                case 1: list[at] = l! with { Lower = v }; break;
                case 2: list[at] = l! with { Upper = v }; break;
                case 3: list[at] = l! with { LowerInclusive = !l!.LowerInclusive, UpperInclusive = !l.UpperInclusive }; break;
                case 4: list[at] = l! with { Label = v > 0 ? "" : " " }; break;
                case 5: list[at] = l! with { Lower = null, Upper = null }; break;
                case 6: list[at] = null; break;
                case 7: list.RemoveAt(at); break;
                case 8: list.Insert(at, l); break;
                default:
                    for (int i = 0; i < 4; i++)
                    {
                        list.Add(l);
                    }

                    break;
            }
        }

        return [.. list];
    }
}
