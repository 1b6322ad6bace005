using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>
/// Issue 9 §1: shared generators and the outcome rule of the hostile-input suite.
/// <para>
/// The promise under test: every public call either returns a result whose promised numbers are finite (nullable
/// numbers may be null: "visibly undefined"), or throws a documented, typed error naming the parameter — an
/// <see cref="ArgumentException"/> (or subclass) whose <see cref="ArgumentException.ParamName"/> is set, or a domain
/// exception type the test lists as documented. Anything else (NullReferenceException, IndexOutOfRangeException,
/// InvalidCastException, OverflowException, KeyNotFoundException, an ArgumentException without a parameter name, a NaN
/// or infinity in a returned number) fails the property with the offending input.
/// </para>
/// <para>
/// The number of inputs per property is <see cref="Runs"/> (500 by default; set <c>PMO_HOSTILE_RUNS</c> for a long
/// run). When <c>PMO_HOSTILE_REPORT</c> names a file, every family appends one line
/// <c>family&lt;TAB&gt;tried&lt;TAB&gt;valid&lt;TAB&gt;rejected</c> to it; <c>.ci/hostile-report</c> sums them.
/// </para>
/// <para>
/// Inputs come from a fixed FsCheck seed unless <c>PMO_HOSTILE_SEED</c> says otherwise, so a CI run is reproducible
/// (a run that lands does not depend on luck): <c>PMO_HOSTILE_SEED=random</c> draws a new seed each run (long runs,
/// exploration), and a number fixes another seed. A failure prints the input and FsCheck's replay seed.
/// </para>
/// </summary>
public static class Hostile
{
    /// <summary>Inputs tried per property.</summary>
    public static int Runs { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("PMO_HOSTILE_RUNS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 500;

    /// <summary>FsCheck configuration for hostile properties (see the class remarks for <c>PMO_HOSTILE_SEED</c>).</summary>
    public static Config Config => Seed() is { } seed
        ? Config.QuickThrowOnFailure.WithMaxTest(Runs).WithReplay(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), null))
        : Config.QuickThrowOnFailure.WithMaxTest(Runs);

    private static ulong? Seed()
    {
        string? v = Environment.GetEnvironmentVariable("PMO_HOSTILE_SEED");
        return v switch
        {
            null or "" => 20261127UL,
            "random" => null,
            _ => ulong.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The special doubles every numeric parameter meets.</summary>
    public static readonly double[] SpecialDoubles =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, double.Epsilon, -double.Epsilon, 1e-310,
        1e-300, -1e-300, 1e300, -1e300, 1e308, -1e308, double.MaxValue, double.MinValue, -1, -1e-12, 1e-12, 1, 0.5, 1e13, 1e-6, 1e15,
    ];

    /// <summary>Any double, weighted towards the specials.</summary>
    public static Gen<double> AnyDouble { get; } = Gen.Frequency(
        (4, Gen.Elements(SpecialDoubles)),
        (3, Gen.Choose(-1000, 1000).Select(i => i / 10.0)),
        (1, Gen.Choose(int.MinValue, int.MaxValue).Select(i => i * 1e-3)));

    /// <summary>Mostly <paramref name="sane"/> values with a hostile one in about one of <paramref name="oneIn"/> draws, so deep code paths are reached.</summary>
    public static Gen<double> Mostly(Gen<double> sane, int oneIn = 6) => Gen.Frequency((oneIn - 1, sane), (1, AnyDouble));

    /// <summary>Sane positive amounts 0.1 … 10,000 (one decimal).</summary>
    public static Gen<double> SanePositive { get; } = Gen.Choose(1, 100_000).Select(i => i / 10.0);

    /// <summary>Sane probabilities 0 … 1 (three decimals).</summary>
    public static Gen<double> SaneProbability { get; } = Gen.Choose(0, 1000).Select(i => i / 1000.0);

    /// <summary>Integers with the edges: int.MinValue, -1, 0, 1, int.MaxValue and small values.</summary>
    public static Gen<int> AnyInt { get; } = Gen.Frequency(
        (2, Gen.Elements(int.MinValue, -1, 0, 1, 2, int.MaxValue)),
        (5, Gen.Choose(-3, 40)));

    /// <summary>Collection sizes: empty, single, small, occasionally large.</summary>
    public static Gen<int> Size { get; } = Gen.Frequency(
        (2, Gen.Constant(0)),
        (2, Gen.Constant(1)),
        (8, Gen.Choose(2, 12)),
        (1, Gen.Choose(100, 2000)));

    /// <summary>Arrays of <paramref name="item"/> with <see cref="Size"/> elements.</summary>
    public static Gen<T[]> ArrayOf<T>(Gen<T> item) => Size.SelectMany(n => item.ArrayOf(n));

    /// <summary>Identifiers drawn from a small pool (so duplicates and unknown references are frequent) plus hostile strings.</summary>
    public static Gen<string> Id { get; } = Gen.Frequency(
        (8, Gen.Elements("A", "B", "C", "D", "E", "F")),
        (1, Gen.Elements("", " ", "a", "A ", "\0", "é", "A\nB", "\u202E", new string('x', 5000))));

    /// <summary>Dates around 2026 plus the extremes NodaTime allows.</summary>
    public static Gen<LocalDate> Date { get; } = Gen.Frequency(
        (8, Gen.Choose(-400, 400).Select(d => new LocalDate(2026, 1, 1).PlusDays(d))),
        (1, Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2026, 2, 28), new LocalDate(2024, 2, 29))));

    private static readonly ConcurrentDictionary<string, int[]> Ledger = new();

    /// <summary>
    /// Runs <paramref name="call"/> once and applies the outcome rule; returns true (FsCheck "holds") or throws
    /// <see cref="HostileFailureException"/> describing the input and what went wrong.
    /// </summary>
    /// <param name="family">Family name for the counts, e.g. "EarnedValue.Analyze".</param>
    /// <param name="input">Describes the input (shown on failure).</param>
    /// <param name="call">The call; its result is walked for non-finite numbers.</param>
    /// <param name="documented">Domain exception types that are documented outcomes besides ArgumentException with a ParamName.</param>
    public static bool Check<T>(string family, Func<string> input, Func<T> call, params Type[] documented) =>
        Check(family, input, call, static _ => null, documented);

    /// <summary>As <see cref="Check{T}(string, Func{string}, Func{T}, Type[])"/> with an extra check of the result (returns an error message or null).</summary>
    public static bool Check<T>(string family, Func<string> input, Func<T> call, Func<T, string?> extra, params Type[] documented)
    {
        int[] counts = Ledger.GetOrAdd(family, static _ => new int[3]);
        Interlocked.Increment(ref counts[0]);
        T result;
        try
        {
            result = call();
        }
        catch (ArgumentException e) when (!string.IsNullOrWhiteSpace(e.ParamName))
        {
            Interlocked.Increment(ref counts[2]);
            return true;
        }
        catch (Exception e) when (e is not ArgumentException && Array.Exists(documented, t => t.IsInstanceOfType(e)))
        {
            Interlocked.Increment(ref counts[2]);
            return true;
        }
        catch (Exception e)
        {
            throw new HostileFailureException($"{family}: undocumented {e.GetType().Name}: {e.Message}\nInput: {Describe(input)}", e);
        }

        string? bad = PromisedNumbers.FindNonFinite(result, family) ?? extra(result);
        if (bad is not null)
        {
            throw new HostileFailureException($"{family}: {bad}\nInput: {Describe(input)}");
        }

        Interlocked.Increment(ref counts[1]);
        return true;
    }

    /// <summary>Writes this family's counts to <c>PMO_HOSTILE_REPORT</c> when set (call once at the end of a test).</summary>
    public static void Report(string family)
    {
        string? path = Environment.GetEnvironmentVariable("PMO_HOSTILE_REPORT");
        if (string.IsNullOrEmpty(path) || !Ledger.TryRemove(family, out int[]? c))
        {
            return;
        }

        lock (Ledger)
        {
            File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture, $"{family}\t{c[0]}\t{c[1]}\t{c[2]}\n"));
        }
    }

    /// <summary>Runs a property over <see cref="Runs"/> inputs and reports the family's counts.</summary>
    public static void Property<T>(string family, Gen<T> inputs, Func<T, bool> body)
    {
        FsCheck.Check.One(Config, Prop.ForAll(inputs.ToArbitrary(), body));
        Report(family);
    }

    private static string Describe(Func<string> input)
    {
        try
        {
            string s = input();
            return s.Length > 4000 ? s[..4000] + "…" : s;
        }
        catch (Exception e)
        {
            return "(input description failed: " + e.Message + ")";
        }
    }

    /// <summary>Formats a double array for failure messages (round-trip).</summary>
    public static string Show(IEnumerable<double> values) =>
        "[" + string.Join(", ", values.Take(50).Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + (values.Skip(50).Any() ? ", …" : "") + "]";

    /// <summary>Formats a double (round-trip).</summary>
    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A hostile-input property found an outcome outside the promise.</summary>
public sealed class HostileFailureException : Exception
{
    /// <summary>Creates the failure.</summary>
    public HostileFailureException(string message) : base(message)
    {
    }

    /// <summary>Creates the failure with its cause.</summary>
    public HostileFailureException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the failure.</summary>
    public HostileFailureException()
    {
    }
}

/// <summary>
/// Walks a result's public properties (Pmo.Core types, collections, arrays; depth and element caps) and reports the
/// first double that is NaN or infinite. <c>double?</c> may be null. Properties listed in
/// <see cref="DocumentedInfinite"/> are documented to take ±∞ and are skipped.
/// </summary>
public static class PromisedNumbers
{
    private const int MaxDepth = 7;
    private const int MaxElements = 5000;

    /// <summary>"Type.Property" names documented to allow infinity (or NaN) — each with its reason in a comment.</summary>
    public static readonly HashSet<string> DocumentedInfinite = new(StringComparer.Ordinal)
    {
        // Distribution.Minimum / Maximum XML docs: "Gets the smallest (largest) possible value (may be −∞ (+∞) for unbounded
        // distributions)"; Quantile(0) and Quantile(1) return them. The normal is unbounded on both sides unless truncated,
        // the log-normal above.
        "NormalDistribution.Minimum",
        "NormalDistribution.Maximum",
        "LogNormalDistribution.Maximum",

        // Kpis/ToleranceBand.cs: "Gets the lower end (may be −∞)" / "Gets the upper end (may be +∞)" (open-ended bands).
        "ToleranceBand.Lower",
        "ToleranceBand.Upper",

        // Kpis/KpiDirection.cs: Low / High are "NaN unless KpiDirectionKind.TargetBand".
        "KpiDirection.Low",
        "KpiDirection.High",

        // Kpis/Spc/XmrChartResult.cs: MovingRanges is "NaN at the first value of each phase, where no moving range exists
        // within the phase (documented batch convention)".
        "XmrChartResult.MovingRanges",
    };

    /// <summary>Returns a description of the first non-finite promised number, or null.</summary>
    public static string? FindNonFinite(object? value, string root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Walk(value, root, 0, seen);
    }

    private static string? Walk(object? value, string path, int depth, HashSet<object> seen)
    {
        switch (value)
        {
            case null:
                return null;
            case double d:
                return double.IsFinite(d) ? null : $"{path} = {Hostile.Show(d)}";
            case float f:
                return float.IsFinite(f) ? null : $"{path} = {f.ToString(CultureInfo.InvariantCulture)}";
            case string or decimal or bool or char or Enum:
                return null;
            case ReadOnlyMemory<double> m:
                return Walk(m.ToArray(), path, depth, seen);
        }

        Type type = value.GetType();
        if (type.IsPrimitive || depth > MaxDepth)
        {
            return null;
        }

        if (type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true)
        {
            return null;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return null;
        }

        if (value is IDictionary dict)
        {
            int i = 0;
            foreach (DictionaryEntry e in dict)
            {
                if (i++ >= MaxElements)
                {
                    break;
                }

                string? bad = Walk(e.Value, $"{path}[{e.Key}]", depth + 1, seen);
                if (bad is not null)
                {
                    return bad;
                }
            }

            return null;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                if (i >= MaxElements)
                {
                    break;
                }

                string? bad = Walk(item, $"{path}[{i}]", depth + 1, seen);
                if (bad is not null)
                {
                    return bad;
                }

                i++;
            }

            if (type.Namespace?.StartsWith("Pmo.Core", StringComparison.Ordinal) != true)
            {
                return null;
            }
        }

        bool isTuple = type.IsGenericType && type.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true;
        if (isTuple)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                string? bad = Walk(field.GetValue(value), $"{path}.{field.Name}", depth + 1, seen);
                if (bad is not null)
                {
                    return bad;
                }
            }

            return null;
        }

        bool ours = type.Namespace?.StartsWith("Pmo.Core", StringComparison.Ordinal) == true;
        bool keyValue = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>);
        if (!ours && !keyValue)
        {
            return null;
        }

        foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length > 0 || p.PropertyType.IsByRefLike || p.GetMethod is null)
            {
                continue;
            }

            string name = type.Name + "." + p.Name;
            if (DocumentedInfinite.Contains(name))
            {
                continue;
            }

            object? v;
            try
            {
                v = p.GetValue(value);
            }
            catch (TargetInvocationException e)
            {
                return $"{path}.{p.Name}: the getter threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}";
            }

            string? bad = Walk(v, $"{path}.{p.Name}", depth + 1, seen);
            if (bad is not null)
            {
                return bad;
            }
        }

        return null;
    }
}
