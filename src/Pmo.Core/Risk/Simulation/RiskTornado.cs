using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>One bar of a risk tornado: how much the project's finish and cost move because of one risk event.</summary>
/// <param name="RiskEventId">The event id.</param>
/// <param name="Name">The event's display name, if any.</param>
/// <param name="Probability">The event's probability.</param>
/// <param name="FinishPercentileEffect">P_level(finish) with the event − without it.</param>
/// <param name="FinishMeanEffect">Mean finish with the event − without it.</param>
/// <param name="CostPercentileEffect">P_level(cost) with the event − without it.</param>
/// <param name="CostMeanEffect">Mean cost with the event − without it.</param>
public readonly record struct TornadoBar(string RiskEventId, string? Name, double Probability, double FinishPercentileEffect, double FinishMeanEffect, double CostPercentileEffect, double CostMeanEffect);

/// <summary>A risk tornado: each risk event's effect on a finish/cost percentile and on the means.</summary>
public sealed class TornadoResult
{
    internal TornadoResult(double level, SimulationResult baseline, ImmutableArray<TornadoBar> bars)
    {
        Level = level;
        Baseline = baseline;
        Bars = bars;
    }

    /// <summary>Gets the percentile level, e.g. 0.8.</summary>
    public double Level { get; }

    /// <summary>Gets the run with every event.</summary>
    public SimulationResult Baseline { get; }

    /// <summary>Gets the bars, largest |finish percentile effect| first (ties: larger |mean effect|, then id).</summary>
    public ImmutableArray<TornadoBar> Bars { get; }

    /// <summary>The bars ordered by cost effect instead.</summary>
    /// <returns>Largest |cost percentile effect| first.</returns>
    [Pure]
    public ImmutableArray<TornadoBar> ByCost() => [.. Bars.OrderByDescending(b => Math.Abs(b.CostPercentileEffect)).ThenByDescending(b => Math.Abs(b.CostMeanEffect)).ThenBy(b => b.RiskEventId, StringComparer.Ordinal)];
}

/// <summary>
/// The risk tornado: the effect of each risk event, measured by removing it and re-running with the same seed.
/// </summary>
/// <remarks>
/// Effect of event e = statistic(all events) − statistic(all events but e), both runs with the same seed (common random
/// numbers: the removed event still draws its numbers, with probability 0, so every other input is identical per
/// iteration and the difference is the event's own contribution, not sampling noise). This is the "risk removal"
/// (also "risk prioritisation by elimination") tornado of D. T. Hulett, <i>Integrated Cost-Schedule Risk Analysis</i>,
/// Gower, 2011, ch. 8, used by Primavera Risk Analysis and Safran Risk. Cost: one run per event plus the baseline.
/// </remarks>
public static class RiskTornado
{
    /// <summary>Builds the tornado.</summary>
    /// <param name="model">The model (with at least one risk event).</param>
    /// <param name="options">The run options (the same for every run).</param>
    /// <param name="level">The percentile level, in (0, 1); default 0.8.</param>
    /// <param name="progress">Receives progress over all runs: (runs done × iterations + the current run's iterations, (events + 1) × iterations).</param>
    /// <param name="cancellationToken">Cancels between runs and blocks.</param>
    /// <returns>The tornado.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model has no risk event.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside (0, 1).</exception>
    public static TornadoResult Analyze(SimulationModel model, SimulationOptions options, double level = 0.8, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(options);
        Guard.Against.NotInRange(level, 0, 1, false, false);
        if (model.RiskEvents.IsEmpty)
        {
            throw new ArgumentException("The model has no risk event to rank.", nameof(model));
        }

        int runs = model.RiskEvents.Length + 1;
        long total = (long)runs * options.Iterations;
        IProgress<SimulationProgress>? Part(int run) => progress is null ? null : new OffsetProgress(progress, (long)run * options.Iterations, total);
        SimulationResult all = RiskSimulation.Run(model, options, Part(0), cancellationToken);
        double pf = all.Finish.Percentile(level), pc = all.Cost.Percentile(level);
        var bars = new List<TornadoBar>(model.RiskEvents.Length);
        for (int e = 0; e < model.RiskEvents.Length; e++)
        {
            RiskEvent ev = model.RiskEvents[e];
            SimulationModel without = model.WithRiskEvents(model.RiskEvents.SetItem(e, ev.WithProbability(0)));
            SimulationResult r = RiskSimulation.Run(without, options, Part(e + 1), cancellationToken);
            bars.Add(new TornadoBar(ev.Id, ev.Name, ev.Probability, pf - r.Finish.Percentile(level), all.Finish.Mean - r.Finish.Mean, pc - r.Cost.Percentile(level), all.Cost.Mean - r.Cost.Mean));
        }

        return new TornadoResult(level, all, [.. bars.OrderByDescending(b => Math.Abs(b.FinishPercentileEffect)).ThenByDescending(b => Math.Abs(b.FinishMeanEffect)).ThenBy(b => b.RiskEventId, StringComparer.Ordinal)]);
    }
}

/// <summary>Maps one run's progress into the progress of a sequence of runs (saturating at int.MaxValue iterations).</summary>
internal sealed class OffsetProgress(IProgress<SimulationProgress> target, long offset, long total) : IProgress<SimulationProgress>
{
    public void Report(SimulationProgress value) =>
        target.Report(new SimulationProgress((int)Math.Min(int.MaxValue, offset + value.CompletedIterations), (int)Math.Min(int.MaxValue, total)));
}

/// <summary>A side-by-side comparison of two simulations (e.g. pre- and post-mitigation) at standard levels.</summary>
public sealed class SimulationComparison
{
    private SimulationComparison(SimulationResult before, SimulationResult after, ImmutableArray<ComparisonRow> rows)
    {
        Before = before;
        After = after;
        Rows = rows;
    }

    /// <summary>Gets the first run (e.g. pre-mitigation).</summary>
    public SimulationResult Before { get; }

    /// <summary>Gets the second run (e.g. post-mitigation).</summary>
    public SimulationResult After { get; }

    /// <summary>Gets whether both runs used the same seed and sampling (common random numbers: differences are the models', not noise).</summary>
    public bool CommonRandomNumbers => Before.Seed == After.Seed && Before.Sampling == After.Sampling && Before.Iterations == After.Iterations;

    /// <summary>Gets the rows: mean and P10 … P95 of finish and cost, before, after and the change.</summary>
    public ImmutableArray<ComparisonRow> Rows { get; }

    /// <summary>Compares two runs.</summary>
    /// <param name="before">The first run.</param>
    /// <param name="after">The second run.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SimulationComparison Compare(SimulationResult before, SimulationResult after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        var rows = ImmutableArray.CreateBuilder<ComparisonRow>();
        rows.Add(new ComparisonRow("finish mean", before.Finish.Mean, after.Finish.Mean));
        rows.Add(new ComparisonRow("cost mean", before.Cost.Mean, after.Cost.Mean));
        foreach (double p in (ReadOnlySpan<double>)[0.1, 0.5, 0.8, 0.9, 0.95])
        {
            string label = $"P{Math.Round(p * 100).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            rows.Add(new ComparisonRow($"finish {label}", before.Finish.Percentile(p), after.Finish.Percentile(p)));
            rows.Add(new ComparisonRow($"cost {label}", before.Cost.Percentile(p), after.Cost.Percentile(p)));
        }

        rows.Add(new ComparisonRow("P(finish ≤ deterministic)", before.ProbabilityOfDeterministicFinish, after.ProbabilityOfDeterministicFinish));
        return new SimulationComparison(before, after, rows.ToImmutable());
    }
}

/// <summary>One statistic before and after.</summary>
/// <param name="Statistic">What is compared, e.g. "finish P80".</param>
/// <param name="Before">The value in the first run.</param>
/// <param name="After">The value in the second run.</param>
public readonly record struct ComparisonRow(string Statistic, double Before, double After)
{
    /// <summary>Gets After − Before.</summary>
    public double Change => After - Before;
}

/// <summary>
/// A quantitative <see cref="IContingencyEstimator"/>: the register's open risks become risk events on a simulation model
/// (<see cref="RiskEvent.FromRegister"/>) and the reserve is P_level − deterministic, for cost and for time.
/// </summary>
/// <remarks>
/// Risks that cannot be placed on the model (a schedule impact without activity ids, activity ids unknown to the
/// network, or no positive impact at the stage) are skipped and listed in the estimate's diagnostics, never dropped
/// silently. A reserve below 0 (the plan is already beyond the percentile) is reported as 0 with a warning.
/// </remarks>
public sealed class MonteCarloContingencyEstimator : IContingencyEstimator
{
    /// <summary>Creates the estimator.</summary>
    /// <param name="baseModel">The model with the activity uncertainties (its own risk events are kept and the register's added).</param>
    /// <param name="options">The run options.</param>
    /// <param name="level">The confidence level in (0, 1); default 0.8.</param>
    /// <param name="impactSpread">The optional impact spread passed to <see cref="RiskEvent.FromRegister"/>.</param>
    /// <param name="projectId">Only the register's risks of this project are simulated (the network is one project's); null takes every open risk.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseModel"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside (0, 1).</exception>
    public MonteCarloContingencyEstimator(SimulationModel baseModel, SimulationOptions options, double level = 0.8, (double Low, double High)? impactSpread = null, string? projectId = null)
    {
        ProjectId = projectId;
        BaseModel = Guard.Against.Null(baseModel);
        Options = Guard.Against.Null(options);
        Level = Guard.Against.NotInRange(level, 0, 1, false, false);
        ImpactSpread = impactSpread;
    }

    /// <summary>Gets the base model.</summary>
    public SimulationModel BaseModel { get; }

    /// <summary>Gets the options.</summary>
    public SimulationOptions Options { get; }

    /// <summary>Gets the confidence level.</summary>
    public double Level { get; }

    /// <summary>Gets the project whose risks are simulated, or null for all.</summary>
    public string? ProjectId { get; }

    /// <summary>Gets the impact spread.</summary>
    public (double Low, double High)? ImpactSpread { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="riskRegister"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    public ContingencyEstimate Estimate(RiskRegister riskRegister, AssessmentStage stage)
    {
        Guard.Against.Null(riskRegister);
        RiskEntry.CheckStage(stage);
        var diagnostics = new List<Diagnostic>();
        var events = new List<RiskEvent>(BaseModel.RiskEvents);
        foreach (RiskEntry risk in riskRegister.Risks.Where(r => r.IsOpen && (ProjectId is null || string.Equals(r.ProjectId, ProjectId, StringComparison.Ordinal))))
        {
            string? unknown = risk.ActivityIds.IsDefaultOrEmpty ? null : risk.ActivityIds.FirstOrDefault(a => !BaseModel.Network.TryGetIndex(a, out _));
            if (unknown is not null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, risk.Id, $"Risk '{risk.Id}' names activity '{unknown}', which is not in the network; it is left out of the simulation."));
                continue;
            }

            try
            {
                events.Add(RiskEvent.FromRegister(risk, stage, ImpactSpread));
            }
            catch (ArgumentException ex)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, risk.Id, ex.Message + " It is left out of the simulation."));
            }
        }

        SimulationResult r = RiskSimulation.Run(BaseModel.WithRiskEvents(events), Options);
        double money = r.CostContingency(Level), time = r.ScheduleMargin(Level);
        string level = $"P{(Level * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}";
        if (money < 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "ContingencyReserve", $"{level} cost is below the deterministic cost by {-money:R}; the reserve is reported as 0."));
            money = 0;
        }

        if (time < 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "ScheduleReserve", $"{level} finish is before the deterministic finish by {-time:R}; the reserve is reported as 0."));
            time = 0;
        }

        return new ContingencyEstimate(money, time, ContingencyMethod.Quantitative, $"{level} − deterministic of {r.Iterations} {Options.Sampling} iterations (seed {Options.Seed}) with {events.Count} risk event(s) at stage {stage}.", diagnostics);
    }
}
