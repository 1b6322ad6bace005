using System.Diagnostics.CodeAnalysis;
using Pmo.Cli.Input;

namespace Pmo.Cli.Fuzz;

/// <summary>
/// The fuzz targets: the exact reader paths of the CLI (load, map to the core's types, the core's validation). The only
/// exception they may throw is <see cref="CliInputException"/> (the CLI's one-line exit-2 error), which is caught
/// here; anything else escapes and is a crash for the fuzzer.
/// </summary>
internal static class FuzzTargets
{
    private const string Source = "fuzz-input";

    /// <summary>Gets a target by name.</summary>
    /// <param name="name"><c>json</c>, <c>csv</c>, or <c>selftest</c> (a planted bug: proves a crash is found and reported).</param>
    /// <param name="target">The target.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string name, [NotNullWhen(true)] out Action<byte[]>? target)
    {
        target = name switch
        {
            "json" => Json,
            "csv" => Csv,
            "selftest" => SelfTest,
            _ => null,
        };
        return target is not null;
    }

    /// <summary>Every JSON input contract of the CLI on the same bytes.</summary>
    /// <param name="bytes">The input.</param>
    public static void Json(byte[] bytes)
    {
        Expect(() => InputLoader.LoadPortfolio(bytes, Source));
        Expect(() => InputLoader.LoadProject(bytes, Source));
        Expect(() => InputLoader.LoadKpiFile(bytes, Source, null));
        Expect(() => InputLoader.LoadRiskFile(bytes, Source));
        Expect(() => InputLoader.LoadPrioritizationFile(bytes, Source));
        Expect(() => InputLoader.LoadScheduleFile(bytes, Source));
    }

    /// <summary>Every CSV input format of the CLI on the same bytes.</summary>
    /// <param name="bytes">The input.</param>
    public static void Csv(byte[] bytes)
    {
        Expect(() => ProjectCsv.Load(bytes, Source));
        Expect(() => RiskCsv.Load(bytes, Source));
        Expect(() => PrioritizationCsv.Load(bytes, Source));
        Expect(() => KpiCsv.Load(bytes, Source, null));
    }

    /// <summary>
    /// A planted bug for checking the fuzzing set-up itself (<c>.ci/fuzz 60 selftest</c> must find a crash and exit 1):
    /// an input whose first two bytes are <c>{"</c> followed by <c>!</c> throws, as a reader bug would.
    /// </summary>
    /// <param name="bytes">The input.</param>
    /// <exception cref="InvalidOperationException">The planted bug.</exception>
    public static void SelfTest(byte[] bytes)
    {
        if (bytes.Length > 2 && bytes[0] == (byte)'{' && bytes[1] == (byte)'"' && bytes[2] == (byte)'!')
        {
            throw new InvalidOperationException("planted self-test bug");
        }

        Json(bytes);
    }

    private static void Expect<T>(Func<T> load)
    {
        try
        {
            _ = load();
        }
        catch (CliInputException)
        {
            // The documented outcome of bad input.
        }
    }
}
