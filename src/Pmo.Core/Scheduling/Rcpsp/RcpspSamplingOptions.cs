namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>Settings of <see cref="RcpspHeuristics.Sample"/>: a multi-pass priority-rule method with biased random sampling and justification.</summary>
public sealed class RcpspSamplingOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="schedules">The schedule budget: every schedule generated counts, including each justification pass; at least 1.</param>
    /// <param name="seed">The random seed (the same seed gives the same result).</param>
    /// <param name="rule">The priority rule that biases the sampling.</param>
    /// <param name="scheme">The schedule-generation scheme of the sampled schedules (justification passes are always serial).</param>
    /// <param name="justify">Whether to improve every sampled schedule by forward-backward improvement (double justification) until it stops improving.</param>
    /// <param name="alpha">Bias exponent α ≥ 0 of regret-based sampling (0 = uniform random among eligible jobs).</param>
    /// <param name="epsilon">Additive ε &gt; 0 of regret-based sampling, so that the worst job keeps a chance.</param>
    /// <param name="selectiveJustification">Whether to justify only the sampled schedules whose makespan is no longer than the mean sampled makespan so far (saves budget for more samples).</param>
    /// <param name="bidirectional">Whether every second sample is drawn backward, on the reversed network (serial SGS only), and then left-justified.</param>
    /// <param name="intensifyAfter">Share of the budget in [0, 1] after which samples are drawn around the incumbent (biased on its start times, or finish times backward) instead of on the rule; 1 = never.</param>
    /// <param name="intensifyAlpha">Bias exponent α ≥ 0 of the samples drawn around the incumbent; null (default) = automatic by job count n: max(1.5, 1.5 · (n / 32)^1.5).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument breaks its rule, or <paramref name="rule"/>/<paramref name="scheme"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><see cref="PriorityRule.WorstCaseSlack"/>, <see cref="PriorityRule.DynamicSlack"/> or <paramref name="bidirectional"/> with a scheme it does not support.</exception>
    public RcpspSamplingOptions(int schedules, ulong seed, PriorityRule rule = PriorityRule.LatestFinishTime, ScheduleGenerationScheme scheme = ScheduleGenerationScheme.Serial, bool justify = true, double alpha = 1.0, double epsilon = 1.0, bool selectiveJustification = false, bool bidirectional = false, double intensifyAfter = 1.0, double? intensifyAlpha = null)
    {
        if (schedules < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(schedules), schedules, $"{nameof(schedules)} must be at least 1 (got {schedules}).");
        }

        if (!Enum.IsDefined(rule))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, $"{nameof(rule)} is not a defined {nameof(PriorityRule)} (got {rule}).");
        }

        if (!Enum.IsDefined(scheme))
        {
            throw new ArgumentOutOfRangeException(nameof(scheme), scheme, $"{nameof(scheme)} is not a defined {nameof(ScheduleGenerationScheme)} (got {scheme}).");
        }

        if (!double.IsFinite(alpha) || alpha < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"{nameof(alpha)} must be a finite number, zero or more (got {alpha}).");
        }

        if (!double.IsFinite(epsilon) || epsilon <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"{nameof(epsilon)} must be a finite number greater than zero (got {epsilon}).");
        }

        if (!double.IsFinite(intensifyAfter) || intensifyAfter < 0 || intensifyAfter > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(intensifyAfter), intensifyAfter, $"{nameof(intensifyAfter)} must be a share of the budget in [0, 1] (got {intensifyAfter}).");
        }

        if (intensifyAlpha is double ia && (!double.IsFinite(ia) || ia < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(intensifyAlpha), intensifyAlpha, $"{nameof(intensifyAlpha)} must be a finite number, zero or more (got {intensifyAlpha}).");
        }

        if (rule == PriorityRule.WorstCaseSlack && scheme != ScheduleGenerationScheme.Parallel)
        {
            throw new ArgumentException($"{nameof(rule)} {PriorityRule.WorstCaseSlack} is a dynamic rule of the parallel schedule-generation scheme; use {nameof(scheme)} {ScheduleGenerationScheme.Parallel} (got {scheme}).", nameof(rule));
        }

        if (rule == PriorityRule.DynamicSlack && scheme != ScheduleGenerationScheme.Serial)
        {
            throw new ArgumentException($"{nameof(rule)} {PriorityRule.DynamicSlack} is a dynamic rule of the serial schedule-generation scheme; use {nameof(scheme)} {ScheduleGenerationScheme.Serial} (got {scheme}).", nameof(rule));
        }

        if (bidirectional && scheme != ScheduleGenerationScheme.Serial)
        {
            throw new ArgumentException($"{nameof(bidirectional)} sampling draws backward schedules with the serial scheme; use {nameof(scheme)} {ScheduleGenerationScheme.Serial} (got {scheme}).", nameof(bidirectional));
        }

        Schedules = schedules;
        Seed = seed;
        Rule = rule;
        Scheme = scheme;
        Justify = justify;
        Alpha = alpha;
        Epsilon = epsilon;
        SelectiveJustification = selectiveJustification;
        Bidirectional = bidirectional;
        IntensifyAfter = intensifyAfter;
        IntensifyAlpha = intensifyAlpha;
    }

    /// <summary>Gets the schedule budget.</summary>
    public int Schedules { get; }

    /// <summary>Gets the random seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the priority rule.</summary>
    public PriorityRule Rule { get; }

    /// <summary>Gets the schedule-generation scheme of the sampled schedules.</summary>
    public ScheduleGenerationScheme Scheme { get; }

    /// <summary>Gets whether sampled schedules are justified.</summary>
    public bool Justify { get; }

    /// <summary>Gets the bias exponent α.</summary>
    public double Alpha { get; }

    /// <summary>Gets the additive ε.</summary>
    public double Epsilon { get; }

    /// <summary>Gets whether only sampled schedules no longer than the running mean sampled makespan are justified.</summary>
    public bool SelectiveJustification { get; }

    /// <summary>Gets whether every second sample is drawn backward on the reversed network.</summary>
    public bool Bidirectional { get; }

    /// <summary>Gets the share of the budget after which samples are drawn around the incumbent (1 = never).</summary>
    public double IntensifyAfter { get; }

    /// <summary>Gets the bias exponent of the samples drawn around the incumbent (null: automatic by job count).</summary>
    public double? IntensifyAlpha { get; }

    /// <summary>
    /// The tuned method of docs/resource-scheduling.md: serial SGS, LFT, α = 1, ε = 1, selective double justification,
    /// bidirectional sampling, and after 10 % of the budget samples around the incumbent with the automatic α
    /// (max(1.5, 1.5 · (n / 32)^1.5) for n jobs; the incumbent moves to every schedule as short as it).
    /// </summary>
    /// <param name="schedules">The schedule budget, at least 1.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="schedules"/> is below 1.</exception>
    [System.Diagnostics.Contracts.Pure]
    public static RcpspSamplingOptions Recommended(int schedules, ulong seed) =>
        new(schedules, seed, PriorityRule.LatestFinishTime, ScheduleGenerationScheme.Serial, justify: true, alpha: 1.0, epsilon: 1.0, selectiveJustification: true, bidirectional: true, intensifyAfter: 0.1, intensifyAlpha: null);
}
