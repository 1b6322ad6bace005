using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Pmo.Core.Kpis;

/// <summary>
/// Ready KPI definitions for the common PMO families, on the RAG scale. The bands are <b>defaults to copy and change</b>
/// (<see cref="KpiDefinition.WithBands"/>, <see cref="KpiDefinition.WithTargets"/>): where a published threshold exists
/// it is cited, otherwise the default is labelled as common practice. Ratio KPIs roll up as the ratio of sums; feed
/// them with <see cref="KpiObservation.Ratio"/> so the components are kept.
/// </summary>
/// <remarks>
/// Sources: DCMA 14-Point Schedule Assessment (Defense Contract Management Agency, 2012; BEI check: BEI ≥ 0.95);
/// PMI, <i>Practice Standard for Earned Value Management</i>, 2nd ed. (2011), for CPI, SPI, TCPI, VAC; Lipke,
/// <i>Earned Schedule</i> (2009), for SPI(t); DoD EVMIG / PARCA practice for the 0.10 TCPI realism margin; Scaled Agile
/// Framework, "PI predictability measure" (80–100 % is predictable), for say/do; Vacanti, <i>Actionable Agile Metrics
/// for Predictability</i> (2015) and the Kanban Guide (2020), for service level expectations.
/// </remarks>
public static class KpiLibrary
{
    private static readonly StatusScale Rag = StatusScale.Rag;

    // ---- Schedule ----

    /// <summary>
    /// SPI (id <c>spi</c>) = EV / PV. Default bands: ≥ 0.95 green, [0.90, 0.95) amber, &lt; 0.90 red (common PMO
    /// practice, the 0.95 line matching the DCMA 14-point indices). Roll-up: ΣEV / ΣPV.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition SchedulePerformanceIndex() => Index("spi", "Schedule performance index (SPI)", "SPI = EV / PV (PMI Practice Standard for EVM, 2011).");

    /// <summary>
    /// SPI(t) (id <c>spi-t</c>) = ES / AT (earned schedule over actual time). Bands as SPI. Roll-up: ΣES / ΣAT (a
    /// duration-weighted mean); the exact programme SPI(t) comes from the summed PV curve (<c>EarnedValueRollup</c>).
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition SchedulePerformanceIndexTime() => Index("spi-t", "Schedule performance index, time (SPI(t))", "SPI(t) = ES / AT (Lipke, Earned Schedule, 2009).");

    /// <summary>
    /// Milestone on-time rate (id <c>milestone-on-time</c>) = milestones achieved on or before their baseline date /
    /// milestones due by the status date. Default bands: ≥ 0.90 green, [0.75, 0.90) amber, &lt; 0.75 red (common
    /// practice). Roll-up: Σ on time / Σ due.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition MilestoneOnTimeRate() => Ratio("milestone-on-time", "Milestone on-time rate", KpiDirection.Maximise, BandSet.HigherIsBetter(Rag, 0.75, 0.90), "Milestones achieved on or before baseline date / milestones due by the status date.");

    /// <summary>
    /// Baseline execution index BEI (id <c>bei</c>) = tasks completed / tasks baselined to finish by the status date.
    /// Default bands: ≥ 0.95 green (the DCMA 14-point assessment's pass threshold), [0.90, 0.95) amber, &lt; 0.90 red
    /// (the amber band is our default). Roll-up: Σ completed / Σ planned.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition BaselineExecutionIndex() => Ratio("bei", "Baseline execution index (BEI)", KpiDirection.Maximise, BandSet.HigherIsBetter(Rag, 0.90, 0.95), "BEI = tasks completed / tasks baselined to finish by the status date; DCMA 14-point check 14 passes at BEI ≥ 0.95.");

    /// <summary>
    /// Finish variance (id <c>finish-variance</c>) = forecast finish − baseline finish, in days (positive = late).
    /// Default bands: ≤ 0 green, (0, 20] amber, &gt; 20 red (common practice; scale them to the project). Roll-up: max
    /// (the latest member drives the programme).
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition FinishVariance() => new("finish-variance", "Finish variance", KpiDirection.Minimise, BandSet.LowerIsBetter(Rag, 0, 20),
        aggregation: AggregationRule.Max, unit: "days", displayPrecision: 0, description: "Forecast finish − baseline finish, in days (positive = late).");

    // ---- Cost ----

    /// <summary>CPI (id <c>cpi</c>) = EV / AC. Bands as SPI. Roll-up: ΣEV / ΣAC, never the mean of CPIs.</summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition CostPerformanceIndex() => Index("cpi", "Cost performance index (CPI)", "CPI = EV / AC (PMI Practice Standard for EVM, 2011).");

    /// <summary>
    /// Budget variance (id <c>budget-variance</c>) = (AC − budget to date) / budget to date, the overspend fraction.
    /// Default bands: ≤ 0.05 green, (0.05, 0.10] amber, &gt; 0.10 red (the common ±10 % variance threshold). Roll-up:
    /// Σ(AC − budget) / Σ budget.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition BudgetVariance() => Ratio("budget-variance", "Budget variance", KpiDirection.Minimise, BandSet.LowerIsBetter(Rag, 0.05, 0.10), "(AC − budget to date) / budget to date; positive = overspent.", "%");

    /// <summary>
    /// Variance at completion as a fraction of BAC (id <c>vac</c>) = VAC / BAC = (BAC − EAC) / BAC. Default bands:
    /// ≥ −0.05 green, [−0.10, −0.05) amber, &lt; −0.10 red (common ±10 % threshold). Roll-up: ΣVAC / ΣBAC.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition VarianceAtCompletion() => Ratio("vac", "Variance at completion (VAC / BAC)", KpiDirection.Maximise, BandSet.HigherIsBetter(Rag, -0.10, -0.05), "VAC / BAC = (BAC − EAC) / BAC; negative = forecast overrun.", "%");

    /// <summary>
    /// TCPI to BAC (id <c>tcpi</c>) = (BAC − EV) / (BAC − AC), the cost efficiency the remaining work must reach.
    /// Default bands: ≤ 1.05 green, (1.05, 1.10] amber, &gt; 1.10 red (a TCPI more than 0.10 above the achieved CPI is
    /// treated as unrealistic in DoD EVMIG / PARCA practice). Roll-up: Σ(BAC − EV) / Σ(BAC − AC).
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition ToCompletePerformanceIndex() => Ratio("tcpi", "To-complete performance index (TCPI)", KpiDirection.Minimise, BandSet.LowerIsBetter(Rag, 1.05, 1.10), "TCPI = (BAC − EV) / (BAC − AC) (PMI Practice Standard for EVM, 2011).");

    /// <summary>Burn rate (id <c>burn-rate</c>) = AC per period. Neutral (tracked); roll-up: sum. Rate it against a planned burn with <see cref="KpiDefinition.WithDirection"/>.</summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition BurnRate() => new("burn-rate", "Burn rate", KpiDirection.Neutral, null, aggregation: AggregationRule.Sum, unit: "currency/period", description: "Actual cost per period.");

    // ---- Benefits, resources, scope, risk ----

    /// <summary>
    /// Benefits realisation (id <c>benefits-realisation</c>) = benefits realised to date / benefits planned to date.
    /// Default bands: ≥ 0.95 green, [0.80, 0.95) amber, &lt; 0.80 red (common practice). Roll-up: Σ realised / Σ planned.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition BenefitsRealisation() => Ratio("benefits-realisation", "Benefits realisation", KpiDirection.Maximise, BandSet.HigherIsBetter(Rag, 0.80, 0.95), "Benefits realised to date / benefits planned to date.", "%");

    /// <summary>
    /// Resource utilisation (id <c>utilisation</c>) = booked hours / available hours; best inside [0.70, 0.90]. Default
    /// bands: [0.70, 0.90] green, [0.60, 0.70) and (0.90, 1.00] amber, otherwise red (common practice: some slack
    /// protects flow; above 1.00 is over-allocation). Roll-up: Σ booked / Σ available.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition ResourceUtilisation() => Ratio("utilisation", "Resource utilisation", KpiDirection.TargetBand(0.70, 0.90), BandSet.Around(Rag, 0.70, 0.90, 0.10), "Booked hours / available hours.", "%");

    /// <summary>
    /// Capacity versus demand (id <c>demand-capacity</c>) = demand / capacity. Default bands: ≤ 1.00 green,
    /// (1.00, 1.10] amber, &gt; 1.10 red (common practice). Roll-up: Σ demand / Σ capacity.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition DemandToCapacity() => Ratio("demand-capacity", "Demand to capacity", KpiDirection.Minimise, BandSet.LowerIsBetter(Rag, 1.00, 1.10), "Demand / capacity for the period.");

    /// <summary>
    /// Scope growth (id <c>scope-growth</c>) = (current scope − baseline scope) / baseline scope. Default bands:
    /// ≤ 0.05 green, (0.05, 0.10] amber, &gt; 0.10 red (common practice). Roll-up: Σ growth / Σ baseline.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition ScopeGrowth() => Ratio("scope-growth", "Scope growth", KpiDirection.Minimise, BandSet.LowerIsBetter(Rag, 0.05, 0.10), "(Current scope − baseline scope) / baseline scope.", "%");

    /// <summary>
    /// Risk exposure to contingency (id <c>risk-exposure</c>) = Σ probability × impact of open risks / remaining
    /// contingency reserve. Default bands: ≤ 0.80 green, (0.80, 1.00] amber, &gt; 1.00 red (the reserve no longer covers
    /// the expected exposure; common practice). Roll-up: Σ exposure / Σ reserve.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition RiskExposure() => Ratio("risk-exposure", "Risk exposure to contingency", KpiDirection.Minimise, BandSet.LowerIsBetter(Rag, 0.80, 1.00), "Σ (probability × impact) of open risks / remaining contingency reserve.");

    // ---- Flow ----

    /// <summary>
    /// Throughput (id <c>throughput</c>) = items finished per period. Without a target it is neutral (flow metrics
    /// serve forecasting more than targets); with one, percent of target: ≥ 1.00 green, [0.80, 1.00) amber, &lt; 0.80 red.
    /// Roll-up: sum.
    /// </summary>
    /// <param name="target">The target throughput per period, or null for a neutral KPI.</param>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition Throughput(TargetSeries? target = null) => Flow("throughput", "Throughput", "items/period", AggregationRule.Sum, "Work items finished per period.", target, KpiDirection.Maximise, target is null ? null : BandSet.HigherIsBetter(Rag, 0.80, 1.00));

    /// <summary>
    /// Cycle time (id <c>cycle-time</c>) = finish − start of finished items (for example their 85th percentile), in days.
    /// Neutral without a target; with one, percent of target: ≤ 1.00 green, (1.00, 1.25] amber, &gt; 1.25 red. Roll-up: max.
    /// </summary>
    /// <param name="target">The target cycle time, or null for a neutral KPI.</param>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition CycleTime(TargetSeries? target = null) => Flow("cycle-time", "Cycle time", "days", AggregationRule.Max, "Finish − start of finished items, in days.", target, KpiDirection.Minimise, target is null ? null : BandSet.LowerIsBetter(Rag, 1.00, 1.25));

    /// <summary>
    /// Work in progress (id <c>wip</c>) = items started and not finished. Neutral without a limit; with a WIP limit as
    /// target, percent of target: ≤ 1.00 green, (1.00, 1.20] amber, &gt; 1.20 red. Roll-up: sum.
    /// </summary>
    /// <param name="limit">The WIP limit, or null for a neutral KPI.</param>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition WorkInProgress(TargetSeries? limit = null) => Flow("wip", "Work in progress", "items", AggregationRule.Sum, "Items started and not finished.", limit, KpiDirection.Minimise, limit is null ? null : BandSet.LowerIsBetter(Rag, 1.00, 1.20));

    /// <summary>
    /// Work item age (id <c>wip-age</c>) = days since the oldest unfinished item started. Neutral without a target; with the
    /// SLE in days as target, percent of target: ≤ 1.00 green, (1.00, 1.50] amber, &gt; 1.50 red. Roll-up: max.
    /// </summary>
    /// <param name="sle">The service level expectation in days, or null for a neutral KPI.</param>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition WorkItemAge(TargetSeries? sle = null) => Flow("wip-age", "Work item age", "days", AggregationRule.Max, "Days since the oldest unfinished item started.", sle, KpiDirection.Minimise, sle is null ? null : BandSet.LowerIsBetter(Rag, 1.00, 1.50));

    /// <summary>
    /// SLE attainment (id <c>sle-attainment</c>) = items finished within the service level expectation / items finished.
    /// Default bands: ≥ 0.85 green (an SLE is typically set at the 85th percentile: Vacanti 2015, Kanban Guide 2020),
    /// [0.70, 0.85) amber, &lt; 0.70 red. Roll-up: Σ within / Σ finished.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition SleAttainment() => Ratio("sle-attainment", "SLE attainment", KpiDirection.Maximise, BandSet.HigherIsBetter(Rag, 0.70, 0.85), "Items finished within the SLE / items finished.", "%");

    // ---- Predictability and quality ----

    /// <summary>
    /// Say/do ratio (id <c>say-do</c>) = items (or points) completed / committed. Default bands: ≥ 0.80 green (SAFe's PI
    /// predictability measure calls 80–100 % predictable), [0.70, 0.80) amber, &lt; 0.70 red. Over-delivery is not
    /// penalised by default. Roll-up: Σ completed / Σ committed.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition SayDoRatio() => Ratio("say-do", "Say/do ratio", KpiDirection.Maximise, BandSet.HigherIsBetter(Rag, 0.70, 0.80), "Completed / committed (SAFe PI predictability: 80–100 % is predictable).", "%");

    /// <summary>
    /// Velocity variation (id <c>velocity-cv</c>) = coefficient of variation s / x̄ of the last n iterations' velocities
    /// (see <see cref="CoefficientOfVariation"/>). Default bands: ≤ 0.20 green, (0.20, 0.35] amber, &gt; 0.35 red
    /// (common practice). Roll-up: mean.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition VelocityVariation() => new("velocity-cv", "Velocity variation", KpiDirection.Minimise, BandSet.LowerIsBetter(Rag, 0.20, 0.35),
        description: "Coefficient of variation s / mean of the last n iterations' velocities (s: sample standard deviation).");

    /// <summary>
    /// Defect density (id <c>defect-density</c>) = defects / size (per KLOC, function point or story point). Neutral
    /// without a target; with one, percent of target: ≤ 1.00 green, (1.00, 1.25] amber, &gt; 1.25 red. Roll-up:
    /// Σ defects / Σ size.
    /// </summary>
    /// <param name="target">The target density, or null for a neutral KPI.</param>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition DefectDensity(TargetSeries? target = null) => Flow("defect-density", "Defect density", "defects/size", AggregationRule.RatioOfSums, "Defects / size (KLOC, function points or story points).", target, KpiDirection.Minimise, target is null ? null : BandSet.LowerIsBetter(Rag, 1.00, 1.25));

    /// <summary>
    /// Rework percentage (id <c>rework</c>) = rework effort / total effort. Default bands: ≤ 0.05 green, (0.05, 0.10]
    /// amber, &gt; 0.10 red (common practice). Roll-up: Σ rework / Σ effort.
    /// </summary>
    /// <returns>The definition.</returns>
    [Pure]
    public static KpiDefinition ReworkPercent() => Ratio("rework", "Rework", KpiDirection.Minimise, BandSet.LowerIsBetter(Rag, 0.05, 0.10), "Rework effort / total effort.", "%");

    /// <summary>
    /// The cost–schedule index CSI = CPI × SPI (id <c>csi</c>) as a formula KPI over <c>cpi</c> and <c>spi</c>. Default
    /// bands: ≥ 0.9025 green, [0.81, 0.9025) amber, &lt; 0.81 red (the squares of the CPI/SPI thresholds). Roll-up: mean.
    /// </summary>
    /// <returns>The formula KPI.</returns>
    [Pure]
    public static FormulaKpi CostScheduleIndex() => new(
        new KpiDefinition("csi", "Cost–schedule index (CSI)", KpiDirection.Maximise, BandSet.HigherIsBetter(Rag, 0.81, 0.9025), description: "CSI = CPI × SPI."),
        ["cpi", "spi"],
        static x => x[0] * x[1]);

    /// <summary>Gets every definition of the library with its defaults (flow KPIs without targets, so neutral).</summary>
    /// <returns>The definitions.</returns>
    [Pure]
    public static ImmutableArray<KpiDefinition> All() =>
    [
        SchedulePerformanceIndex(), SchedulePerformanceIndexTime(), MilestoneOnTimeRate(), BaselineExecutionIndex(), FinishVariance(),
        CostPerformanceIndex(), BudgetVariance(), VarianceAtCompletion(), ToCompletePerformanceIndex(), BurnRate(),
        BenefitsRealisation(), ResourceUtilisation(), DemandToCapacity(), ScopeGrowth(), RiskExposure(),
        Throughput(), CycleTime(), WorkInProgress(), WorkItemAge(), SleAttainment(),
        SayDoRatio(), VelocityVariation(), DefectDensity(), ReworkPercent(),
    ];

    /// <summary>
    /// The coefficient of variation <c>s / x̄</c> with the sample standard deviation
    /// <c>s = √(Σ(xᵢ − x̄)² / (n − 1))</c>: the velocity-variation KPI's value.
    /// </summary>
    /// <param name="values">The values (for example the last n velocities).</param>
    /// <returns>The coefficient, or null when n &lt; 2, x̄ = 0, a value is not finite or the computation overflows the double range.</returns>
    [Pure]
    public static double? CoefficientOfVariation(ReadOnlySpan<double> values)
    {
        if (values.Length < 2)
        {
            return null;
        }

        double mean = 0;
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
            {
                return null;
            }

            mean += v;
        }

        mean /= values.Length;
        if (mean == 0)
        {
            return null;
        }

        double ss = 0;
        foreach (double v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        double cv = Math.Sqrt(ss / (values.Length - 1)) / mean;
        return double.IsFinite(cv) ? cv : null; // the squares or the mean overflowed: undefined, as for a non-finite value
    }

    private static KpiDefinition Index(string id, string name, string description) =>
        Ratio(id, name, KpiDirection.Maximise, BandSet.HigherIsBetter(Rag, 0.90, 0.95), description);

    private static KpiDefinition Ratio(string id, string name, KpiDirection direction, BandSet bands, string description, string unit = "") =>
        new(id, name, direction, bands, aggregation: AggregationRule.RatioOfSums, unit: unit, displayPrecision: unit == "%" ? 3 : 2, description: description);

    private static KpiDefinition Flow(string id, string name, string unit, AggregationRule aggregation, string description, TargetSeries? target, KpiDirection direction, BandSet? bands) =>
        target is null
            ? new KpiDefinition(id, name, KpiDirection.Neutral, null, aggregation: aggregation, unit: unit, displayPrecision: 1, description: description)
            : new KpiDefinition(id, name, direction, bands, BandMode.PercentOfTarget, target, aggregation, unit: unit, displayPrecision: 1, description: description);
}
