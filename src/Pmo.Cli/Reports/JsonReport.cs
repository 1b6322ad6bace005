using System.Text.Json;
using Pmo.Cli.Analysis;
using Pmo.Cli.Input;
using Pmo.Cli.Json;
using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Reports;

/// <summary>Maps results to the output contract and serializes them (source-generated, no reflection).</summary>
internal static class JsonReport
{
    public static string Portfolio(PortfolioResult result, string source)
    {
        var doc = new PortfolioReportJson
        {
            Portfolio = new PortfolioHeaderJson
            {
                Name = result.Portfolio.Name,
                Currency = result.Portfolio.Currency,
                StatusDate = result.Portfolio.StatusDate,
                Source = source,
            },
            Programmes =
            [
                .. result.Programmes.Select(p => new ProgrammeJson
                {
                    Id = p.Programme.Id,
                    Name = p.Programme.Name,
                    ProjectIds = [.. p.Projects.Select(x => x.Project.Id)],
                    Rollup = p.Rollup is null ? null : Rollup(p.Rollup),
                }),
            ],
            Total = Rollup(result.Total),
            Projects = [.. result.Projects.Select(Project)],
            Kpis = KpiJson.Section(result),
            Spc = [.. result.Kpis.Charts.Select(KpiJson.Chart)],
            Benefits = KpiJson.Benefits(result),
            DeliveryForecasts = [.. result.Flow.Select(KpiJson.Flow)],
            Risks = RiskJson.Section(result.Risks),
            Prioritization = result.Prioritization is null ? null : PrioritizationJsonBuilder.Section(result.Prioritization),
            ScheduleRisk = ScheduleRiskReport.SectionJson(result),
            Capacity = result.Capacity is null ? null : CapacityJson.Section(result.Capacity),
        };
        return JsonSerializer.Serialize(doc, OutputJsonContext.Readable.PortfolioReportJson) + "\n";
    }

    public static string Project(ProjectResult result, string source) =>
        JsonSerializer.Serialize(new ProjectReportJson { Source = source, Project = Project(result) }, OutputJsonContext.Readable.ProjectReportJson) + "\n";

    private static RollupJson Rollup(RollupFigures r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Method = r.Method,
        ProjectIds = r.ProjectIds,
        BudgetAtCompletion = r.BudgetAtCompletion,
        PlannedValue = r.PlannedValue,
        EarnedValue = r.EarnedValue,
        ActualCost = r.ActualCost,
        CostVariance = r.CostVariance,
        ScheduleVariance = r.ScheduleVariance,
        CostPerformanceIndex = r.CostPerformanceIndex,
        SchedulePerformanceIndex = r.SchedulePerformanceIndex,
        SchedulePerformanceIndexTime = r.SchedulePerformanceIndexTime,
        EarnedSchedule = r.EarnedSchedule,
        ActualTime = r.ActualTime,
        EstimateAtCompletion = r.EstimateAtCompletion,
        VarianceAtCompletion = r.VarianceAtCompletion,
        ToCompletePerformanceIndex = r.ToCompletePerformanceIndex,
        ForecastFinish = r.ForecastFinish,
        StatusWord = Reports.StatusWord.Of(r),
        Analysis = r.Analysis is null ? null : Analysis(r.Analysis),
        Notes = r.Notes,
    };

    private static ProjectJson Project(ProjectResult r)
    {
        LoadedProject p = r.Project;
        BaselineHistory h = p.Baselines;
        EarnedValueOptions o = p.Options;
        return new ProjectJson
        {
            Id = p.Id,
            Name = p.Name,
            Programme = p.Programme,
            Currency = p.Currency,
            StatusWord = Reports.StatusWord.Of(r.Analysis),
            ManagementReserve = p.Budget.ManagementReserve,
            OverTargetAmount = p.Budget.OverTargetAmount,
            BaselineHistory = new BaselineHistoryJson
            {
                IsRebaselined = h.IsRebaselined,
                CurrentVersion = h.Current.Version,
                BudgetChange = h.BudgetChange,
                PlannedFinishChangeDays = h.PlannedFinishChangeDays,
                Versions =
                [
                    .. h.Versions.Select(v => new BaselineVersionJson
                    {
                        Version = v.Version,
                        ApprovedOn = v.ApprovedOn,
                        Reason = v.Reason,
                        Start = v.Baseline.Start,
                        PlannedFinish = v.Baseline.PlannedFinish,
                        PeriodCount = v.Baseline.PeriodCount,
                        BudgetAtCompletion = v.Baseline.BudgetAtCompletion,
                    }),
                ],
            },
            Options = new OptionsJson
            {
                CompositeCpiWeight = o.CompositeCpiWeight,
                MovingWindow = o.MovingWindow,
                EacRealismThreshold = o.EacRealismThreshold,
                PrimaryEac = InputMapper.ContractName(o.PrimaryEacMethod),
                PrimaryDuration = InputMapper.ContractName(o.PrimaryDurationMethod),
                ConfidenceLevel = o.ConfidenceLevel,
                CpiStabilityBand = o.CpiStabilityBand,
                BottomUpEtc = o.BottomUpEstimateToComplete,
            },
            Analysis = Analysis(r.Analysis),
        };
    }

    private static AnalysisJson Analysis(EarnedValueAnalysis a)
    {
        EarnedScheduleMetrics s = a.Schedule;
        return new AnalysisJson
        {
            StatusDate = a.StatusDate,
            BudgetAtCompletion = a.BudgetAtCompletion,
            ManagementReserve = a.ManagementReserve,
            ContractBudgetBase = a.ContractBudgetBase,
            TotalAllocatedBudget = a.TotalAllocatedBudget,
            PlannedValue = a.PlannedValue,
            EarnedValue = a.EarnedValue,
            ActualCost = a.ActualCost,
            CostVariance = a.CostVariance,
            ScheduleVariance = a.ScheduleVariance,
            CostVariancePercent = a.CostVariancePercent,
            ScheduleVariancePercent = a.ScheduleVariancePercent,
            CostPerformanceIndex = a.CostPerformanceIndex,
            SchedulePerformanceIndex = a.SchedulePerformanceIndex,
            CostScheduleIndex = a.CostScheduleIndex,
            PercentComplete = a.PercentComplete,
            PercentSpent = a.PercentSpent,
            PercentScheduled = a.PercentScheduled,
            BudgetedCostOfWorkRemaining = a.BudgetedCostOfWorkRemaining,
            ToCompletePerformanceIndexToBac = a.ToCompletePerformanceIndexToBac,
            ToCompletePerformanceIndexToTab = a.ToCompletePerformanceIndexToTab,
            PrimaryEacMethod = InputMapper.ContractName(a.PrimaryEac.Method),
            EacRangeLow = a.EacRangeLow,
            EacRangeHigh = a.EacRangeHigh,
            EacForecasts =
            [
                .. a.EacForecasts.Select(f => new EacForecastJson
                {
                    Method = InputMapper.ContractName(f.Method),
                    PerformanceFactor = f.PerformanceFactor,
                    EstimateAtCompletion = f.EstimateAtCompletion,
                    EstimateToComplete = f.EstimateToComplete,
                    VarianceAtCompletion = f.VarianceAtCompletion,
                    VarianceAtCompletionPercent = f.VarianceAtCompletionPercent,
                    ToCompletePerformanceIndex = f.ToCompletePerformanceIndex,
                    IsRealistic = f.IsRealistic,
                }),
            ],
            Schedule = new ScheduleJson
            {
                ActualTime = s.ActualTime,
                PlannedDuration = s.PlannedDuration,
                EarnedSchedule = s.EarnedSchedule,
                CompletedPeriods = s.CompletedPeriods,
                Interpolation = s.Interpolation,
                PlannedValueAtCompleted = s.PlannedValueAtCompleted,
                PlannedValueAtNext = s.PlannedValueAtNext,
                EarnedScheduleDate = s.EarnedScheduleDate,
                ScheduleVariance = s.ScheduleVariance,
                SchedulePerformanceIndex = s.SchedulePerformanceIndex,
                ToCompleteSchedulePerformanceIndex = s.ToCompleteSchedulePerformanceIndex,
                ToCompleteSchedulePerformanceIndexToEstimate = s.ToCompleteSchedulePerformanceIndexToEstimate,
                PrimaryMethod = InputMapper.ContractName(s.PrimaryForecast.Method),
                Forecasts =
                [
                    .. s.Forecasts.Select(f => new DurationForecastJson
                    {
                        Method = InputMapper.ContractName(f.Method),
                        PerformanceFactor = f.PerformanceFactor,
                        Duration = f.Duration,
                        FinishDate = f.FinishDate,
                        VarianceAtCompletion = f.VarianceAtCompletion,
                    }),
                ],
            },
            PeriodIndices = a.PeriodIndices is not { } pi ? null : new PeriodIndicesJson
            {
                PeriodCount = pi.PeriodCount,
                Window = pi.Window,
                PeriodCpi = pi.PeriodCpi,
                PeriodSpi = pi.PeriodSpi,
                PeriodSpiT = pi.PeriodSpiT,
                MovingCpi = pi.MovingCpi,
                MovingSpi = pi.MovingSpi,
            },
            CpiStability = a.CpiStability is not { } cs ? null : new CpiStabilityJson
            {
                ReferencePercentComplete = cs.ReferencePercentComplete,
                ReferenceCpi = cs.ReferenceCpi,
                MaximumDeviation = cs.MaximumDeviation,
                Band = cs.Band,
                IsStable = cs.IsStable,
            },
            StatisticalForecast = a.StatisticalForecast is not { } sf ? null : new StatisticalForecastJson
            {
                ConfidenceLevel = sf.ConfidenceLevel,
                CriticalValue = sf.CriticalValue,
                TotalPeriods = sf.TotalPeriods,
                CostPeriods = sf.CostPeriods,
                ExcludedCostPeriods = sf.ExcludedCostPeriods,
                CostLogStandardDeviation = sf.CostLogStandardDeviation,
                CostAdjustmentFactor = sf.CostAdjustmentFactor,
                CpiLow = sf.CpiLow,
                CpiHigh = sf.CpiHigh,
                EacLow = sf.EacLow,
                EacHigh = sf.EacHigh,
                SchedulePeriods = sf.SchedulePeriods,
                ExcludedSchedulePeriods = sf.ExcludedSchedulePeriods,
                ScheduleLogStandardDeviation = sf.ScheduleLogStandardDeviation,
                ScheduleAdjustmentFactor = sf.ScheduleAdjustmentFactor,
                SpiTLow = sf.SpiTLow,
                SpiTHigh = sf.SpiTHigh,
                DurationLow = sf.DurationLow,
                DurationHigh = sf.DurationHigh,
            },
            Diagnostics = [.. a.Diagnostics.Select(d => new DiagnosticJson { Kind = InputMapper.ContractName(d.Kind), Metric = d.Metric, Message = d.Message })],
        };
    }
}
