using System.Diagnostics.CodeAnalysis;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Core.Prioritization;
using Pmo.Core.Risk.Simulation;

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
    /// <param name="name"><c>json</c>, <c>csv</c>, <c>json-analyze</c>, <c>csv-analyze</c>, or <c>selftest</c> (a planted bug: proves a crash is found and reported).</param>
    /// <param name="target">The target.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string name, [NotNullWhen(true)] out Action<byte[]>? target)
    {
        target = name switch
        {
            "json" => Json,
            "csv" => Csv,
            "json-analyze" => JsonAnalyze,
            "csv-analyze" => CsvAnalyze,
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
    /// Every JSON contract, and for each accepted input the command's analysis as the CLI runs it (a simulation of 64
    /// iterations on one thread): a core exception that the CLI would report as an internal error (exit 1) is a crash.
    /// </summary>
    /// <param name="bytes">The input.</param>
    public static void JsonAnalyze(byte[] bytes)
    {
        Expect(() =>
        {
            LoadedPortfolio portfolio = InputLoader.LoadPortfolio(bytes, Source);
            _ = PortfolioResult.Analyze(portfolio, CliApp.DefaultRollup);
            if (portfolio.Resources is not null)
            {
                McdaResult? ranking = portfolio.Prioritization is null ? null : PrioritizationResult.GateAndRank(portfolio.Prioritization).Ranking;
                _ = CapacityResult.Analyze(portfolio.Resources, ranking);
            }

            return 0;
        });
        Expect(() => ProjectResult.Analyze(InputLoader.LoadProject(bytes, Source)));
        Expect(() => KpiFileResult.Analyze(InputLoader.LoadKpiFile(bytes, Source, null)));
        Expect(() => RiskFileResult.Analyze(InputLoader.LoadRiskFile(bytes, Source)));
        Expect(() => PrioritizationResult.Analyze(InputLoader.LoadPrioritizationFile(bytes, Source).Round));
        Expect(() => ScheduleRiskResult.Analyze(InputLoader.LoadScheduleFile(bytes, Source), new SimulationOptions(64, 1, maxDegreeOfParallelism: 1)));
    }

    /// <summary>Every CSV format, and for each accepted input the command's analysis as the CLI runs it.</summary>
    /// <param name="bytes">The input.</param>
    public static void CsvAnalyze(byte[] bytes)
    {
        Expect(() => ProjectResult.Analyze(ProjectCsv.Load(bytes, Source)));
        Expect(() => RiskFileResult.Analyze(RiskCsv.Load(bytes, Source)));
        Expect(() => PrioritizationResult.Analyze(PrioritizationCsv.Load(bytes, Source).Round));
        Expect(() => KpiFileResult.Analyze(KpiCsv.Load(bytes, Source, null)));
    }

    /// <summary>
    /// A planted bug for checking the fuzzing set-up itself (<c>.ci/fuzz 60 selftest</c> must find a crash and exit 1):
    /// an input that starts with <c>null</c> (a token of the JSON dictionary; the seed is <c>{}</c>) throws, as a reader
    /// bug would. The check is in this uninstrumented assembly, so it gives the fuzzer no coverage hint.
    /// </summary>
    /// <param name="bytes">The input.</param>
    /// <exception cref="InvalidOperationException">The planted bug.</exception>
    public static void SelfTest(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("null"u8))
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
