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
    /// <exception cref="ArgumentOutOfRangeException">An argument breaks its rule, or <paramref name="rule"/>/<paramref name="scheme"/> is not defined.</exception>
    public RcpspSamplingOptions(int schedules, ulong seed, PriorityRule rule = PriorityRule.LatestFinishTime, ScheduleGenerationScheme scheme = ScheduleGenerationScheme.Serial, bool justify = true, double alpha = 1.0, double epsilon = 1.0, bool selectiveJustification = false)
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

        Schedules = schedules;
        Seed = seed;
        Rule = rule;
        Scheme = scheme;
        Justify = justify;
        Alpha = alpha;
        Epsilon = epsilon;
        SelectiveJustification = selectiveJustification;
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
}
