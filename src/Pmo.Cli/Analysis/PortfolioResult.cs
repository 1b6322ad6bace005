using System.Collections.Immutable;
using Pmo.Cli.Input;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Cli.Analysis;

/// <summary>One programme's projects and roll-up.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Projects">Its projects in file order.</param>
/// <param name="Rollup">The programme roll-up; null when the programme has no project.</param>
internal sealed record ProgrammeResult(LoadedProgramme Programme, ImmutableArray<ProjectResult> Projects, RollupFigures? Rollup);

/// <summary>The analysis of a whole portfolio.</summary>
/// <param name="Portfolio">The input.</param>
/// <param name="Projects">Every project's analysis, in file order.</param>
/// <param name="Programmes">Per programme, in file order.</param>
/// <param name="Total">The portfolio roll-up.</param>
internal sealed record PortfolioResult(
    LoadedPortfolio Portfolio,
    ImmutableArray<ProjectResult> Projects,
    ImmutableArray<ProgrammeResult> Programmes,
    RollupFigures Total)
{
    /// <summary>Gets the KPI scorecards and roll-ups.</summary>
    public required PortfolioKpis Kpis { get; init; }

    /// <summary>Gets the benefits of the projects that have a benefits case, in file order.</summary>
    public required ImmutableArray<BenefitsResult> Benefits { get; init; }

    /// <summary>Gets the flow metrics and delivery forecasts of the projects with flow data, in file order.</summary>
    public required ImmutableArray<FlowResult> Flow { get; init; }

    /// <summary>Gets the risk analysis (null when no project has a risk register).</summary>
    public PortfolioRisks? Risks { get; init; }

    /// <summary>Gets the prioritization of the investment round (null when the portfolio carries none).</summary>
    public PrioritizationResult? Prioritization { get; init; }

    /// <summary>Gets the Monte Carlo schedule and cost risk analyses of the projects with a schedule, in file order.</summary>
    public ImmutableArray<ScheduleRiskResult> ScheduleRisks { get; init; } = [];

    /// <summary>Gets the resource capacity analysis (null when the portfolio has no resources section).</summary>
    public CapacityResult? Capacity { get; init; }

    /// <summary>Analyses every project and rolls them up by programme and in total.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="rollup">The roll-up strategy.</param>
    /// <returns>The result.</returns>
    public static PortfolioResult Analyze(LoadedPortfolio portfolio, IRollupStrategy rollup)
    {
        ImmutableArray<ProjectResult> projects = [.. portfolio.Projects.Select(ProjectResult.Analyze)];
        ImmutableArray<ProgrammeResult> programmes =
        [
            .. portfolio.Programmes.Select(prog =>
            {
                ImmutableArray<ProjectResult> members = [.. projects.Where(p => p.Project.Programme == prog.Id)];
                return new ProgrammeResult(prog, members, members.IsEmpty ? null : rollup.Combine(prog.Id, prog.Name, members));
            }),
        ];
        RollupFigures total = rollup.Combine("portfolio", portfolio.Name, projects);
        PrioritizationResult? prioritization = portfolio.Prioritization is null ? null : PrioritizationResult.Analyze(portfolio.Prioritization);
        return new PortfolioResult(portfolio, projects, programmes, total)
        {
            Kpis = PortfolioKpis.Analyze(portfolio),
            Benefits = [.. portfolio.Projects.Where(p => p.Benefits is not null).Select(p => BenefitsResult.Analyze(p.Id, p.Benefits!))],
            Flow =
            [
                .. portfolio.Projects.Where(p => p.Flow is not null).Select(p =>
                    FlowResult.Analyze(p.Id, p.Flow!, p.Status.Current.Date, p.Baseline.PlannedFinish, portfolio.Calendar)),
            ],
            Risks = PortfolioRisks.Analyze(portfolio),
            Prioritization = prioritization,
            Capacity = portfolio.Resources is null ? null : CapacityResult.Analyze(portfolio.Resources, prioritization?.Ranking),
            ScheduleRisks =
            [
                .. portfolio.Projects.Where(p => p.Schedule is not null).Select(p => ScheduleRiskResult.Analyze(
                    p.Schedule! with { Calendar = portfolio.Calendar },
                    new SimulationOptions(ScheduleRiskResult.ReportIterations, ScheduleRiskResult.ReportSeed, storeActivityDurations: true)) with { ProjectId = p.Id }),
            ],
        };
    }
}
