using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Pmo.Core.Scheduling.Rcpsp;

namespace Pmo.Cli.Level;

/// <summary>
/// <c>pmo level</c>: resource-constrained scheduling of PSPLIB <c>.sm</c> instances with the recommended sampling method of
/// Pmo.Core (<see cref="RcpspSamplingOptions.Recommended"/>). One file: the schedule, LB0 and a text Gantt and resource
/// profile. A directory: every instance, the average deviation from LB0 and (with <c>--reference</c>) from a PSPLIB
/// reference file (<c>j30opt.sm</c>, <c>jXXhrs.sm</c>).
/// </summary>
internal static partial class LevelCommand
{
    public const int MaxSchedules = 10_000_000;

    /// <summary>Builds the command; <paramref name="execute"/> is the CLI's error wrapper (typed input errors → exit 2).</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<TextWriter, Action, int> execute)
    {
        var level = new Command("level", "Resource-constrained scheduling (leveling) of a PSPLIB .sm instance, or of every instance in a folder with the average deviation from the critical-path bound and from a reference file.");
        var input = new Option<string>("--input", "-i") { Description = "A PSPLIB single-mode .sm file, or a directory of them.", Required = true, HelpName = "file.sm|directory" };
        var schedules = new Option<int>("--schedules", "-n") { Description = "Schedule budget per instance (1 to 10,000,000); every schedule-generation pass counts. Default: 1000.", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Random seed; the same seed gives the same schedules. Default: 1.", DefaultValueFactory = _ => 1UL, HelpName = "S" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text (default) or json.", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string>("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout.", HelpName = "file" };
        var reference = new Option<string>("--reference", "-r") { Description = "With a directory: a PSPLIB reference file (jXXopt.sm or jXXhrs.sm) to compare each makespan with.", HelpName = "jXXopt.sm|jXXhrs.sm" };
        var threads = new Option<int?>("--threads", "-t") { Description = "With a directory: maximum worker threads (default: all cores). Results do not depend on it.", HelpName = "T" };
        foreach (Option option in new Option[] { input, schedules, seed, format, output, reference, threads })
        {
            level.Options.Add(option);
        }

        level.SetAction(parse => execute(stderr, () =>
        {
            string path = parse.GetValue(input)!;
            int budget = parse.GetValue(schedules);
            if (budget is < 1 or > MaxSchedules)
            {
                throw new CliInputException($"--schedules: must be between 1 and {MaxSchedules} (got {budget})");
            }

            int? t = parse.GetValue(threads);
            if (t is < 1)
            {
                throw new CliInputException($"--threads: must be at least 1 (got {t})");
            }

            string? referencePath = parse.GetValue(reference);
            bool json = parse.GetValue(format) == "json";
            string content;
            if (Directory.Exists(path))
            {
                LevelFolderResult result = EvaluateFolder(path, referencePath, budget, parse.GetValue(seed), t);
                content = json ? LevelReport.FolderJson(result) : LevelReport.FolderText(result);
            }
            else
            {
                if (referencePath is not null)
                {
                    throw new CliInputException("--reference: only with a directory --input (a folder of .sm instances)");
                }

                LevelInstanceResult result = SolveFile(path, budget, parse.GetValue(seed));
                content = json ? LevelReport.InstanceJson(result) : LevelReport.InstanceText(result);
            }

            OutputWriter.Write(content, parse.GetValue(output), stdout);
        }));
        return level;
    }

    /// <summary>Reads and solves one instance.</summary>
    public static LevelInstanceResult SolveFile(string path, int budget, ulong seed)
    {
        PsplibInstance instance = ReadInstance(path);
        var watch = Stopwatch.StartNew();
        RcpspSamplingResult r = RcpspHeuristics.Sample(instance.Problem, RcpspSamplingOptions.Recommended(budget, seed));
        return new LevelInstanceResult(path, instance, r, watch.Elapsed);
    }

    /// <summary>Solves every instance of a folder (files named like a PSPLIB reference file are skipped).</summary>
    public static LevelFolderResult EvaluateFolder(string directory, string? referencePath, int budget, ulong seed, int? threads)
    {
        IReadOnlyDictionary<(int Parameter, int Instance), int>? reference = null;
        if (referencePath is not null)
        {
            if (!File.Exists(referencePath))
            {
                throw new CliInputException($"--reference: {referencePath}: file not found");
            }

            try
            {
                reference = PsplibReader.ParseReferenceMakespans(Input.InputEncoding.Text(Input.InputLoader.ReadFile(referencePath), referencePath));
            }
            catch (FormatException ex)
            {
                throw new CliInputException($"--reference: {referencePath}: {ex.Message}", ex);
            }
        }

        string referenceFull = referencePath is null ? string.Empty : Path.GetFullPath(referencePath);
        string[] files = [.. Directory.GetFiles(directory, "*.sm")
            .Where(f => !IsReferenceFileName(Path.GetFileName(f)) && Path.GetFullPath(f) != referenceFull)
            .OrderBy(f => InstanceName().Match(Path.GetFileName(f)) is { Success: true } m ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : int.MaxValue)
            .ThenBy(f => InstanceName().Match(Path.GetFileName(f)) is { Success: true } m ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : int.MaxValue)
            .ThenBy(f => f, StringComparer.Ordinal)];
        if (files.Length == 0)
        {
            throw new CliInputException($"{directory}: no PSPLIB .sm instance files in this directory");
        }

        var keys = new (int Parameter, int Instance)?[files.Length];
        for (int i = 0; i < files.Length; i++)
        {
            Match m = InstanceName().Match(Path.GetFileName(files[i]));
            keys[i] = m.Success ? (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)) : null;
            if (reference is not null && (keys[i] is null || !reference.ContainsKey(keys[i]!.Value)))
            {
                throw new CliInputException($"{files[i]}: no (parameter, instance) entry for this file in the reference {referencePath}");
            }
        }

        var results = new LevelInstanceResult[files.Length];
        var watch = Stopwatch.StartNew();
        Exception? failure = null;
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount }, (i, state) =>
        {
            try
            {
                results[i] = SolveFile(files[i], budget, seed);
            }
            catch (CliInputException ex)
            {
                _ = Interlocked.CompareExchange(ref failure, ex, null);
                state.Stop();
            }
        });
        if (failure is not null)
        {
            throw failure;
        }

        int?[] referenceMakespans = [.. keys.Select(k => reference is not null && k is not null ? reference[k.Value] : (int?)null)];
        return new LevelFolderResult(directory, referencePath, budget, seed, results, referenceMakespans, watch.Elapsed);
    }

    private static bool IsReferenceFileName(string name) =>
        name.EndsWith("opt.sm", StringComparison.OrdinalIgnoreCase) || name.EndsWith("hrs.sm", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("lb.sm", StringComparison.OrdinalIgnoreCase);

    private static PsplibInstance ReadInstance(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: input file or directory not found");
        }

        try
        {
            return PsplibReader.Parse(Input.InputEncoding.Text(Input.InputLoader.ReadFile(path), path));
        }
        catch (FormatException ex)
        {
            throw new CliInputException($"{path}: not a PSPLIB single-mode instance: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException($"{path}: invalid instance: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new CliInputException($"{path}: cannot read: {ex.Message}", ex);
        }
    }

    [GeneratedRegex(@"^j(30|60|90|120)(\d+)_(\d+)\.sm$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstanceName();
}

/// <summary>One solved instance.</summary>
internal sealed record LevelInstanceResult(string Path, PsplibInstance Instance, RcpspSamplingResult Result, TimeSpan Elapsed)
{
    public int LowerBound => Instance.Problem.CriticalPathLength;

    public double DeviationFromLowerBound => LowerBound == 0 ? 0 : 100.0 * (Result.Makespan - LowerBound) / LowerBound;
}

/// <summary>Every instance of a folder with the optional reference makespans (same order as <see cref="Instances"/>).</summary>
internal sealed record LevelFolderResult(string Directory, string? ReferencePath, int Budget, ulong Seed, IReadOnlyList<LevelInstanceResult> Instances, IReadOnlyList<int?> ReferenceMakespans, TimeSpan Elapsed)
{
    public double AverageDeviationFromLowerBound => Instances.Average(i => i.DeviationFromLowerBound);

    public double? AverageDeviationFromReference => ReferencePath is null
        ? null
        : Instances.Select((r, i) => ReferenceMakespans[i]!.Value == 0 ? 0 : 100.0 * (r.Result.Makespan - ReferenceMakespans[i]!.Value) / ReferenceMakespans[i]!.Value).Average();

    public int ReferenceHits => ReferencePath is null ? 0 : Instances.Where((r, i) => r.Result.Makespan <= ReferenceMakespans[i]!.Value).Count();

    public long SchedulesGenerated => Instances.Sum(i => (long)i.Result.SchedulesGenerated);
}
