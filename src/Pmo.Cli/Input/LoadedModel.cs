using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.EarnedValue;
using Pmo.Core.Finance;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Flow;
using Pmo.Core.Risk;

namespace Pmo.Cli.Input;

/// <summary>A validated project mapped to core types.</summary>
/// <param name="Id">The project id.</param>
/// <param name="Name">The project name.</param>
/// <param name="Programme">The programme id, if any.</param>
/// <param name="Currency">The currency code, if given.</param>
/// <param name="Baselines">The baseline versions; the current one is analysed.</param>
/// <param name="Status">The status and history.</param>
/// <param name="Budget">Management reserve and over-target amount.</param>
/// <param name="Options">The analysis options.</param>
internal sealed record LoadedProject(
    string Id,
    string Name,
    string? Programme,
    string? Currency,
    BaselineHistory Baselines,
    ProjectStatus Status,
    BudgetStructure Budget,
    EarnedValueOptions Options)
{
    /// <summary>Gets the current baseline.</summary>
    public TimePhasedBaseline Baseline => Baselines.Current.Baseline;

    /// <summary>Gets the explicit KPI observations (subject id = project id), in file order.</summary>
    public ImmutableArray<KpiObservation> Kpis { get; init; } = [];

    /// <summary>Gets the per-project target overrides by KPI id.</summary>
    public ImmutableDictionary<string, TargetSeries> KpiTargets { get; init; } = ImmutableDictionary<string, TargetSeries>.Empty;

    /// <summary>Gets the benefits case, if any.</summary>
    public LoadedBenefits? Benefits { get; init; }

    /// <summary>Gets the flow data, if any.</summary>
    public LoadedFlow? Flow { get; init; }

    /// <summary>Gets the project's risk register entries (empty when the input has none).</summary>
    public ImmutableArray<RiskEntry> Risks { get; init; } = [];

    /// <summary>Gets the dated register snapshots, oldest first.</summary>
    public ImmutableArray<RiskRegisterSnapshot> RiskSnapshots { get; init; } = [];

    /// <summary>Gets the schedule-risk model (activity network, uncertainties, risk events), if the project has a schedule.</summary>
    public LoadedSchedule? Schedule { get; init; }
}

/// <summary>A programme of a portfolio.</summary>
/// <param name="Id">The programme id.</param>
/// <param name="Name">The programme name.</param>
internal sealed record LoadedProgramme(string Id, string Name);

/// <summary>A validated portfolio.</summary>
/// <param name="Name">The portfolio name.</param>
/// <param name="Currency">The currency code.</param>
/// <param name="StatusDate">The portfolio status date.</param>
/// <param name="Programmes">The programmes in file order.</param>
/// <param name="Projects">The projects in file order.</param>
internal sealed record LoadedPortfolio(
    string Name,
    string Currency,
    LocalDate StatusDate,
    ImmutableArray<LoadedProgramme> Programmes,
    ImmutableArray<LoadedProject> Projects)
{
    /// <summary>Gets the KPI definitions in force: the library plus the portfolio's own.</summary>
    public KpiCatalog Catalog { get; init; } = KpiCatalog.Library;

    /// <summary>Gets the working-day calendar (Monday to Friday plus the portfolio's holidays).</summary>
    public WorkdayCalendar Calendar { get; init; } = WorkdayCalendar.MondayToFriday;

    /// <summary>Gets the risk scoring model id (<c>pmbok5x5</c>, <c>ordinal5x5</c> or <c>simple3x3</c>).</summary>
    public string RiskModel { get; init; } = "pmbok5x5";

    /// <summary>Gets the portfolio's risk appetite, if declared.</summary>
    public RiskAppetite? RiskAppetite { get; init; }

    /// <summary>Gets the investment round, if the portfolio carries one.</summary>
    public LoadedPrioritization? Prioritization { get; init; }

    /// <summary>Gets the resources model (roles, capacity, demand, scenarios), if the portfolio carries one.</summary>
    public LoadedResources? Resources { get; init; }
}

/// <summary>KPI definitions by id: <see cref="KpiLibrary.All"/> plus custom ones (which replace a library id).</summary>
/// <param name="Definitions">The definitions by id.</param>
/// <param name="CustomIds">The ids defined in the input.</param>
internal sealed record KpiCatalog(ImmutableDictionary<string, KpiDefinition> Definitions, ImmutableHashSet<string> CustomIds)
{
    /// <summary>Gets the library alone.</summary>
    public static KpiCatalog Library { get; } = new(
        KpiLibrary.All().ToImmutableDictionary(d => d.Id, StringComparer.Ordinal),
        ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal));
}

/// <summary>A validated benefits case.</summary>
/// <param name="DiscountRate">The discount rate per period (per year for dated flows).</param>
/// <param name="Convention">The timing convention of the periodic flows.</param>
/// <param name="CashFlows">The periodic (annual) flows, if given.</param>
/// <param name="DatedCashFlows">The dated flows, if given.</param>
/// <param name="FinanceRate">The MIRR finance rate.</param>
/// <param name="ReinvestRate">The MIRR reinvestment rate.</param>
internal sealed record LoadedBenefits(
    double DiscountRate,
    DiscountConvention Convention,
    CashFlowSeries? CashFlows,
    DatedCashFlowSeries? DatedCashFlows,
    double FinanceRate,
    double ReinvestRate);

/// <summary>Validated flow data.</summary>
/// <param name="Items">The work items.</param>
/// <param name="Remaining">The remaining scope for the forecast.</param>
/// <param name="RemainingSource">How the remaining scope was given (<c>given</c>, <c>range</c> or <c>inProgress</c>).</param>
/// <param name="SleConfidence">The SLE percentile.</param>
/// <param name="Trials">Monte Carlo trials.</param>
/// <param name="Seed">The seed.</param>
/// <param name="ThroughputWindowDays">Calendar days of throughput history sampled by the forecast.</param>
internal sealed record LoadedFlow(
    ImmutableArray<WorkItem> Items,
    RemainingScope Remaining,
    string RemainingSource,
    double SleConfidence,
    int Trials,
    ulong Seed,
    int ThroughputWindowDays);

/// <summary>A subject of a KPI file.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Parent">The parent's id, if any.</param>
/// <param name="Weight">The weight for weighted-mean roll-ups.</param>
/// <param name="Targets">Target overrides by KPI id.</param>
/// <param name="Observations">The observations.</param>
internal sealed record LoadedKpiSubject(
    string Id,
    string Name,
    string? Parent,
    double Weight,
    ImmutableDictionary<string, TargetSeries> Targets,
    ImmutableArray<KpiObservation> Observations);

/// <summary>A validated KPI file (the input of <c>pmo kpi</c>).</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Catalog">The definitions in force.</param>
/// <param name="Subjects">The subjects in file order.</param>
/// <param name="Hierarchy">The subject hierarchy.</param>
internal sealed record LoadedKpiFile(LocalDate AsOf, KpiCatalog Catalog, ImmutableArray<LoadedKpiSubject> Subjects, KpiHierarchy Hierarchy);

/// <summary>The input of <c>pmo risk</c>: the register, the model and its id or name.</summary>
internal sealed record LoadedRiskFile(LocalDate AsOf, string? Currency, RiskRegister Register, RiskScoringModel Model, string ModelName, int ProbabilityLevels, int ImpactLevels);

/// <summary>A candidate of an investment round.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Programme">The programme, if given.</param>
/// <param name="Demand">Demand per budget id, one value per period (budgets it does not use are absent).</param>
internal sealed record LoadedCandidate(string Id, string Name, string? Programme, ImmutableDictionary<string, ImmutableArray<double>> Demand);

/// <summary>A budget or resource with a capacity per period.</summary>
/// <param name="Id">The id (the resource row's name).</param>
/// <param name="Name">The display name.</param>
/// <param name="Unit">The unit, if given.</param>
/// <param name="Capacity">The capacity per period.</param>
internal sealed record LoadedBudget(string Id, string Name, string? Unit, ImmutableArray<double> Capacity);

/// <summary>How the criteria weights were obtained.</summary>
/// <param name="Weights">The weights used.</param>
/// <param name="Ahp">The AHP analysis, when the weights come from pairwise judgements.</param>
internal sealed record LoadedWeights(Pmo.Core.Prioritization.CriteriaWeights Weights, Pmo.Core.Prioritization.Ahp.AhpResult? Ahp);

/// <summary>The chosen MCDA method and its contract name and variant.</summary>
/// <param name="Id">The contract name (<c>topsis</c>, <c>vikor</c>, …).</param>
/// <param name="Variant">A readable description of its options.</param>
/// <param name="Method">The core method.</param>
internal sealed record LoadedMethod(string Id, string Variant, Pmo.Core.Prioritization.IMcdaMethod Method);

/// <summary>A validated investment round (the <c>prioritization</c> section or a <c>pmo prioritize</c> file).</summary>
internal sealed record LoadedPrioritization(
    string Name,
    LoadedMethod Method,
    Pmo.Core.Prioritization.DecisionMatrix Matrix,
    LoadedWeights Weights,
    ImmutableArray<Pmo.Core.Prioritization.Gate> Gates,
    ImmutableArray<string> Periods,
    ImmutableArray<LoadedBudget> Budgets,
    ImmutableArray<LoadedCandidate> Candidates,
    Pmo.Core.Prioritization.Selection.SelectionProblem Constraints,
    string? SelectionCriterion,
    int TopK,
    int SmaaSamples,
    ulong Seed)
{
    /// <summary>Gets the currency of money amounts (from the portfolio or the file), if known.</summary>
    public string? Currency { get; init; }
}

/// <summary>The input of <c>pmo prioritize</c>.</summary>
/// <param name="AsOf">The as-of date, if given.</param>
/// <param name="Round">The investment round.</param>
internal sealed record LoadedPrioritizationFile(LocalDate? AsOf, LoadedPrioritization Round);
