using System.CommandLine;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Cli.Reports;

namespace Pmo.Cli;

/// <summary>
/// The <c>pmo</c> command line: parsing, input mapping, analysis through Pmo.Core, formatting. Runs in-process with
/// explicit writers so tests can drive it. Exit codes: 0 success, 1 internal error, 2 bad input or usage.
/// </summary>
internal static class CliApp
{
    public const int Success = 0;

    public const int InternalError = 1;

    public const int InputError = 2;

        /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where reports go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="rollup">The roll-up strategy; default <see cref="CoreRollup"/>.</param>
    /// <param name="terminal">
    /// A Spectre console on <paramref name="stdout"/> when stdout is an interactive terminal (text reports are then drawn
    /// with tables and colours); null (the default) for plain text.
    /// </param>
    /// <param name="errorTerminal">A Spectre console on <paramref name="stderr"/> when stderr is a terminal (progress bars); null for none.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IRollupStrategy? rollup = null, Spectre.Console.IAnsiConsole? terminal = null, Spectre.Console.IAnsiConsole? errorTerminal = null)
    {
        rollup ??= DefaultRollup;
        if (terminal is not null)
        {
            stdout = new TerminalWriter(stdout, terminal);
        }

        var root = new RootCommand("pmo: earned-value (EVM with earned schedule), KPI, control-chart, benefits, delivery-forecast, risk and prioritization reports from JSON input, powered by Pmo.Core.");

        var report = new Command("report", "Analyse a portfolio (default: the bundled sample): earned value, KPI scorecards and roll-ups, control-chart signals, benefits, delivery forecasts and risks.");
        (Option<string> reportInput, Option<string> reportFormat, Option<string> reportOutput) = AddCommonOptions(report, "Portfolio JSON file (docs/schemas/portfolio.schema.json). Default: the embedded sample portfolio.", required: false);
        report.SetAction(parse => Execute(stderr, () =>
        {
            string? input = parse.GetValue(reportInput);
            string source = input ?? InputLoader.SampleDisplayName;
            byte[] bytes = input is null ? InputLoader.ReadSample() : InputLoader.ReadFile(input);
            PortfolioResult result = PortfolioResult.Analyze(InputLoader.LoadPortfolio(bytes, source), rollup);
            ReportOutput.Emit(parse.GetValue(reportFormat), parse.GetValue(reportOutput), stdout, () => PortfolioReport.Build(result, source), () => JsonReport.Portfolio(result, source));
        }));

        var evm = new Command("evm", "Full earned-value analysis of one project: every metric, every EAC and duration forecast, earned schedule, period indices, diagnostics.");
        (Option<string> evmInput, Option<string> evmFormat, Option<string> evmOutput) = AddCommonOptions(evm, "Project JSON file (docs/schemas/project.schema.json), or a CSV status table (settings rows, then date,pv,ev,ac; docs/csv-formats.md).", required: true);
        evm.SetAction(parse => Execute(stderr, () =>
        {
            string input = parse.GetValue(evmInput)!;
            ProjectResult result = ProjectResult.Analyze(CsvTable.IsCsv(input) ? ProjectCsv.Load(InputLoader.ReadFile(input), input) : InputLoader.LoadProject(InputLoader.ReadFile(input), input));
            ReportOutput.Emit(parse.GetValue(evmFormat), parse.GetValue(evmOutput), stdout, () => ProjectReport.Build(result, input), () => JsonReport.Project(result, input));
        }));

        var kpi = new Command("kpi", "Evaluate a KPI file: each subject's scorecard, roll-ups up the subject hierarchy, control-chart signals.");
        (Option<string> kpiInput, Option<string> kpiFormat, Option<string> kpiOutput) = AddCommonOptions(kpi, "KPI file (docs/schemas/kpis.schema.json), or a CSV table of observations (subject,kpi,date,value,… ; docs/json-contracts.md).", required: true);
        var asOf = new Option<string>("--as-of") { Description = "Evaluate as of this date (yyyy-MM-dd) instead of the file's asOf; later observations are ignored.", HelpName = "yyyy-MM-dd" };
        kpi.Options.Add(asOf);
        kpi.SetAction(parse => Execute(stderr, () =>
        {
            string input = parse.GetValue(kpiInput)!;
            NodaTime.LocalDate? date = ParseDate(parse.GetValue(asOf), "--as-of");
            byte[] bytes = InputLoader.ReadFile(input);
            KpiFileResult result = KpiFileResult.Analyze(KpiCsv.IsCsv(input) ? KpiCsv.Load(bytes, input, date) : InputLoader.LoadKpiFile(bytes, input, date));
            ReportOutput.Emit(parse.GetValue(kpiFormat), parse.GetValue(kpiOutput), stdout, () => KpiReport.Build(result, input), () => KpiReport.Json(result, input));
        }));

        var risk = new Command("risk", "Score a risk register with a preset or your own matrix and scales: every risk at the inherent and residual stages, heat map, exposure by category, contingency, overdue responses.");
        (Option<string> riskInput, Option<string> riskFormat, Option<string> riskOutput) = AddCommonOptions(risk, "Risk file (docs/schemas/risk.schema.json), or a CSV risk register (settings rows as_of, model, budget, duration_days, then one row per risk and response; docs/csv-formats.md).", required: true);
        risk.SetAction(parse => Execute(stderr, () =>
        {
            string input = parse.GetValue(riskInput)!;
            RiskFileResult result = RiskFileResult.Analyze(CsvTable.IsCsv(input) ? RiskCsv.Load(InputLoader.ReadFile(input), input) : InputLoader.LoadRiskFile(InputLoader.ReadFile(input), input));
            ReportOutput.Emit(parse.GetValue(riskFormat), parse.GetValue(riskOutput), stdout, () => RiskFileReport.Build(result, input), () => RiskFileReport.Json(result, input));
        }));

        var prioritize = new Command("prioritize", "Rank an investment round's candidates (MCDA with explicit or AHP weights, gates), test the ranking's sensitivity, and select the optimal funded portfolio within the budgets beside the greedy one.");
        (Option<string> prioInput, Option<string> prioFormat, Option<string> prioOutput) = AddCommonOptions(prioritize, "Prioritization file (docs/schemas/prioritization.schema.json), or a CSV decision matrix (settings rows, then id, criteria and budget@period columns with direction, weight and capacity rows; docs/csv-formats.md).", required: true);
        prioritize.SetAction(parse => Execute(stderr, () =>
        {
            string input = parse.GetValue(prioInput)!;
            LoadedPrioritizationFile file = CsvTable.IsCsv(input) ? PrioritizationCsv.Load(InputLoader.ReadFile(input), input) : InputLoader.LoadPrioritizationFile(InputLoader.ReadFile(input), input);
            PrioritizationResult result = PrioritizationResult.Analyze(file.Round);
            ReportOutput.Emit(parse.GetValue(prioFormat), parse.GetValue(prioOutput), stdout, () => PrioritizationReport.Build(result, file, input), () => PrioritizationReport.Json(result, file, input));
        }));

        var simulate = new Command("simulate", "Monte Carlo schedule and cost risk of an activity network: P10–P90 finish and cost, margin and contingency, merge bias, joint confidence (JCL), criticality, risk tornado, iso-JCL frontier, pre- vs post-mitigation.");
        (Option<string> simInput, Option<string> simFormat, Option<string> simOutput) = AddCommonOptions(simulate, "Schedule-risk model JSON file (docs/schemas/schedule-risk.schema.json).", required: true);
        var iterations = new Option<int>("--iterations", "-n") { Description = "Iterations (1 to 100,000,000). Default: 10000.", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Random seed (0 to 18446744073709551615); the same seed gives the same result at any thread count. Default: 1.", DefaultValueFactory = _ => 1UL, HelpName = "S" };
        var sampling = new Option<string>("--sampling") { Description = "Sampling: mc (plain Monte Carlo, default) or lhs (Latin hypercube per block of 1024 iterations).", DefaultValueFactory = _ => "mc", HelpName = "mc|lhs" };
        sampling.AcceptOnlyFromAmong("mc", "lhs");
        var threads = new Option<int?>("--threads", "-t") { Description = "Maximum worker threads (default: all cores). Results do not depend on it.", HelpName = "T" };
        simulate.Options.Add(iterations);
        simulate.Options.Add(seed);
        simulate.Options.Add(sampling);
        simulate.Options.Add(threads);
        simulate.SetAction(parse => Execute(stderr, () =>
        {
            string input = parse.GetValue(simInput)!;
            int n = parse.GetValue(iterations);
            if (n is < 1 or > 100_000_000)
            {
                throw new CliInputException($"--iterations: must be between 1 and 100000000 (got {n})");
            }

            int? t = parse.GetValue(threads);
            if (t is < 1)
            {
                throw new CliInputException($"--threads: must be at least 1 (got {t})");
            }

            LoadedSchedule schedule = InputLoader.LoadScheduleFile(InputLoader.ReadFile(input), input);
            var options = new Pmo.Core.Risk.Simulation.SimulationOptions(
                n,
                parse.GetValue(seed),
                parse.GetValue(sampling) == "lhs" ? Pmo.Core.Risk.Simulation.SamplingMethod.LatinHypercube : Pmo.Core.Risk.Simulation.SamplingMethod.MonteCarlo,
                storeActivityDurations: (long)n * schedule.PreMitigation.Network.Activities.Length <= ScheduleRiskResult.MaxStoredDurations,
                maxDegreeOfParallelism: t);
            ScheduleRiskResult result = SimulationProgressDisplay.Run(errorTerminal, progress => ScheduleRiskResult.Analyze(schedule, options, progress));

            ReportOutput.Emit(parse.GetValue(simFormat), parse.GetValue(simOutput), stdout, () => ScheduleRiskReport.Build(result, input), () => ScheduleRiskReport.Json(result, input));
        }));

        var capacity = new Command("capacity", "Resource capacity versus demand across the portfolio: role × month heat map, over-allocations and their projects, bottleneck roles, infeasible months, roll-ups.");
        (Option<string> capInput, Option<string> capFormat, Option<string> capOutput) = AddCommonOptions(capacity, "Portfolio JSON file with a resources section (docs/schemas/portfolio.schema.json). Default: the embedded sample portfolio.", required: false);
        capacity.SetAction(parse => Execute(stderr, () =>
        {
            string? input = parse.GetValue(capInput);
            string source = input ?? InputLoader.SampleDisplayName;
            byte[] bytes = input is null ? InputLoader.ReadSample() : InputLoader.ReadFile(input);
            LoadedPortfolio portfolio = InputLoader.LoadPortfolio(bytes, source);
            if (portfolio.Resources is null)
            {
                throw new CliInputException($"{source}: $.resources: required property missing (pmo capacity needs roles, capacity and demand)");
            }

            // Only the ranking is needed for the priority order: not the round's sensitivity, selection and frontier.
            Pmo.Core.Prioritization.McdaResult? ranking = portfolio.Prioritization is null ? null : PrioritizationResult.GateAndRank(portfolio.Prioritization).Ranking;
            CapacityResult result = CapacityResult.Analyze(portfolio.Resources, ranking);
            ReportOutput.Emit(parse.GetValue(capFormat), parse.GetValue(capOutput), stdout, () => CapacitySections.Build(result, portfolio.Name, source), () => CapacityJson.Document(result, portfolio.Name, source));
        }));

        root.Subcommands.Add(report);
        root.Subcommands.Add(evm);
        root.Subcommands.Add(kpi);
        root.Subcommands.Add(risk);
        root.Subcommands.Add(prioritize);
        root.Subcommands.Add(simulate);
        root.Subcommands.Add(capacity);

        // pmo level (issue 7 §3): PSPLIB resource-constrained scheduling; self-contained in Level/.
        root.Subcommands.Add(Level.LevelCommand.Create(stdout, stderr, Execute));

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                stderr.WriteLine($"pmo: error: {OneLine(error.Message)}");
            }

            stderr.WriteLine("Run 'pmo --help' for usage.");
            return InputError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Gets the roll-up used when none is injected.</summary>
    internal static IRollupStrategy DefaultRollup => CoreRollup.Instance;

    private static (Option<string> Input, Option<string> Format, Option<string> Output) AddCommonOptions(Command command, string inputDescription, bool required)
    {
        var input = new Option<string>("--input", "-i") { Description = inputDescription, Required = required, HelpName = "file.json" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (default), json, markdown or html (one self-contained offline page with charts).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|markdown|html",
        };
        format.AcceptOnlyFromAmong(ReportOutput.Formats);
        var output = new Option<string>("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout.", HelpName = "file" };
        command.Options.Add(input);
        command.Options.Add(format);
        command.Options.Add(output);
        return (input, format, output);
    }

    private static NodaTime.LocalDate? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        NodaTime.Text.ParseResult<NodaTime.LocalDate> parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliInputException($"{option}: must be a date yyyy-MM-dd (got \"{text}\")");
    }

    private static int Execute(TextWriter stderr, Action action)
    {
        try
        {
            action();
            return Success;
        }
        catch (CliInputException ex)
        {
            // One line, always (a core exception's message can carry a second line, e.g. "Actual value was …").
            stderr.WriteLine($"pmo: error: {OneLine(ex.Message)}");
            return InputError;
        }
#pragma warning disable CA1031 // The CLI's last line of defence: report any failure as one line, exit 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (Environment.GetEnvironmentVariable("PMO_DEBUG") == "1")
            {
                stderr.WriteLine($"pmo: internal error: {ex}");
            }
            else
            {
                stderr.WriteLine($"pmo: internal error: {ex.GetType().Name}: {OneLine(ex.Message)} (set PMO_DEBUG=1 for details)");
            }

            return InternalError;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace("\t", string.Empty, StringComparison.Ordinal);
}
