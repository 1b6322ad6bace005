using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>How many statuses combine into one.</summary>
public enum StatusRollupKind
{
    /// <summary>The worst level present wins (the conservative default).</summary>
    WorstWins = 0,

    /// <summary>The level of the most recent input wins; equally recent inputs: the worst of them.</summary>
    LatestWins = 1,

    /// <summary>The most frequent level wins; a tie goes to the worst of the tied levels (conservative).</summary>
    Majority = 2,

    /// <summary>
    /// By the fraction p of inputs at the scale's best level ("percent green"): p ≥ f₀ gives the best level, p ≥ f₁
    /// the next, …, otherwise the worst.
    /// </summary>
    PercentBest = 3,
}

/// <summary>
/// A status roll-up rule: <see cref="WorstWins"/>, <see cref="LatestWins"/>, <see cref="Majority"/>,
/// <see cref="PercentGreen"/> (RAG: ≥ 80 % green → green, ≥ 50 % → amber, else red) or <see cref="PercentBest"/>.
/// Unknown inputs are left out and counted unless <see cref="UnknownAsWorst"/> is set.
/// </summary>
public sealed class StatusRollupRule
{
    private StatusRollupRule(StatusRollupKind kind, ImmutableArray<double> fractions, bool unknownAsWorst)
    {
        Kind = kind;
        MinimumBestFractions = fractions;
        UnknownAsWorst = unknownAsWorst;
    }

    /// <summary>Gets "worst wins".</summary>
    public static StatusRollupRule WorstWins { get; } = new(StatusRollupKind.WorstWins, [], false);

    /// <summary>Gets "latest wins".</summary>
    public static StatusRollupRule LatestWins { get; } = new(StatusRollupKind.LatestWins, [], false);

    /// <summary>Gets "majority" (ties: the worst tied level).</summary>
    public static StatusRollupRule Majority { get; } = new(StatusRollupKind.Majority, [], false);

    /// <summary>Gets the RAG percent-green rule: ≥ 80 % green → green, ≥ 50 % green → amber, otherwise red.</summary>
    public static StatusRollupRule PercentGreen { get; } = new(StatusRollupKind.PercentBest, [0.8, 0.5], false);

    /// <summary>Gets the rule kind.</summary>
    public StatusRollupKind Kind { get; }

    /// <summary>Gets, for <see cref="StatusRollupKind.PercentBest"/>, the minimum fractions f₀ &gt; f₁ &gt; … of inputs at the best level for the best, second-best, … level (N − 1 of them).</summary>
    public ImmutableArray<double> MinimumBestFractions { get; }

    /// <summary>Gets whether unknown inputs count as the worst level (default: they are left out and counted).</summary>
    public bool UnknownAsWorst { get; }

    /// <summary>Creates a percent-best rule.</summary>
    /// <param name="minimumBestFractions">N − 1 strictly decreasing fractions in [0, 1]: the minimum share of best-level inputs for the best level, the second-best level, and so on.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="minimumBestFractions"/> is null.</exception>
    /// <exception cref="ArgumentException">It is empty or not strictly decreasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fraction is outside [0, 1].</exception>
    [Pure]
    public static StatusRollupRule PercentBest(params double[] minimumBestFractions)
    {
        Guard.Against.Null(minimumBestFractions);
        if (minimumBestFractions.Length == 0)
        {
            throw new ArgumentException($"{nameof(minimumBestFractions)} must hold at least one fraction.", nameof(minimumBestFractions));
        }

        for (int i = 0; i < minimumBestFractions.Length; i++)
        {
            Guard.Against.NotInRange(minimumBestFractions[i], 0, 1, true, true, nameof(minimumBestFractions));
            if (i > 0 && minimumBestFractions[i] >= minimumBestFractions[i - 1])
            {
                throw new ArgumentException($"{nameof(minimumBestFractions)} must be strictly decreasing, but [{i}] = {minimumBestFractions[i]} is not below [{i - 1}] = {minimumBestFractions[i - 1]}.", nameof(minimumBestFractions));
            }
        }

        return new StatusRollupRule(StatusRollupKind.PercentBest, [.. minimumBestFractions], false);
    }

    /// <summary>Returns a copy that counts unknown inputs as the worst level.</summary>
    /// <param name="unknownAsWorst">Whether unknowns count as the worst level.</param>
    /// <returns>The copy.</returns>
    [Pure]
    public StatusRollupRule WithUnknownAsWorst(bool unknownAsWorst) => new(Kind, MinimumBestFractions, unknownAsWorst);

    /// <inheritdoc/>
    public override string ToString() => Kind == StatusRollupKind.PercentBest
        ? $"PercentBest({string.Join(", ", MinimumBestFractions.Select(f => f.ToString(CultureInfo.InvariantCulture)))})"
        : Kind.ToString();
}

/// <summary>One status to roll up: a level (null = unknown), with an optional date for <see cref="StatusRollupKind.LatestWins"/>.</summary>
public readonly struct StatusInput : IEquatable<StatusInput>
{
    /// <summary>Creates an input.</summary>
    /// <param name="level">The level, or null for unknown.</param>
    /// <param name="date">The date of the status, or null.</param>
    public StatusInput(StatusLevel? level, LocalDate? date = null)
    {
        Level = level;
        Date = date;
    }

    /// <summary>Gets the level, or null for unknown.</summary>
    public StatusLevel? Level { get; }

    /// <summary>Gets the date, or null.</summary>
    public LocalDate? Date { get; }

    /// <inheritdoc/>
    public bool Equals(StatusInput other) => Equals(Level, other.Level) && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatusInput other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Level, Date);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(StatusInput left, StatusInput right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(StatusInput left, StatusInput right) => !left.Equals(right);
}

/// <summary>The result of a status roll-up: the level, the count per level and the unknowns, and the best-level share.</summary>
public sealed class StatusRollupResult
{
    internal StatusRollupResult()
    {
    }

    /// <summary>Gets the rule applied.</summary>
    public StatusRollupRule Rule { get; internal init; } = StatusRollupRule.WorstWins;

    /// <summary>Gets the scale.</summary>
    public StatusScale Scale { get; internal init; } = StatusScale.Rag;

    /// <summary>Gets the rolled-up level, or null when no input was rated.</summary>
    public StatusLevel? Level { get; internal init; }

    /// <summary>Gets the number of rated inputs per level (index = rank), after unknowns counted as worst if the rule says so.</summary>
    public ImmutableArray<int> Counts { get; internal init; } = [];

    /// <summary>Gets the number of unknown inputs.</summary>
    public int UnknownCount { get; internal init; }

    /// <summary>Gets the number of rated inputs (the sum of <see cref="Counts"/>).</summary>
    public int RatedCount { get; internal init; }

    /// <summary>Gets the share of rated inputs at the best level, or null when none is rated.</summary>
    public double? BestFraction { get; internal init; }

    /// <summary>Gets explanations (unknowns left out, ties broken, nothing rated).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];
}

/// <summary>
/// Rolls many statuses up into one: worst wins, latest wins, majority (ties to the worst) or percent best ("percent
/// green"). Unknown inputs are left out and counted, or counted as the worst level if the rule says so.
/// </summary>
public static class StatusRollup
{
    /// <summary>Rolls statuses up.</summary>
    /// <param name="scale">The scale every input level belongs to.</param>
    /// <param name="inputs">The statuses.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An input level is not in <paramref name="scale"/>, or a percent-best rule does not have N − 1 fractions.</exception>
    [Pure]
    public static StatusRollupResult Combine(StatusScale scale, IEnumerable<StatusInput> inputs, StatusRollupRule rule)
    {
        Guard.Against.Null(scale);
        Guard.Against.Null(inputs);
        Guard.Against.Null(rule);
        var tally = new StatusTally(scale.Count);
        int i = 0;
        foreach (StatusInput input in inputs)
        {
            if (input.Level is not null && !scale.Contains(input.Level))
            {
                throw new ArgumentException($"{nameof(inputs)}[{i}] has the level '{input.Level.Id}', which is not a level of the scale '{scale.Id}'.", nameof(inputs));
            }

            tally.Add(input.Level?.Rank ?? -1, input.Date);
            i++;
        }

        return Decide(scale, tally, rule);
    }

    /// <summary>Rolls up the statuses of KPI evaluations (neutral ones are skipped; unknown ones count as unknown).</summary>
    /// <param name="evaluations">The evaluations: every rated one on the same scale.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The result, or null when there is no evaluation with a scale.</returns>
    /// <exception cref="ArgumentNullException">An argument or an evaluation is null.</exception>
    /// <exception cref="ArgumentException">The evaluations use different scales, or a percent-best rule does not fit the scale.</exception>
    [Pure]
    public static StatusRollupResult? Combine(IEnumerable<KpiEvaluation> evaluations, StatusRollupRule rule)
    {
        Guard.Against.Null(evaluations);
        Guard.Against.Null(rule);
        StatusScale? scale = null;
        var inputs = new List<StatusInput>();
        int i = 0;
        foreach (KpiEvaluation e in evaluations)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(evaluations), $"{nameof(evaluations)}[{i}] is null.");
            }

            i++;
            if (e.Definition.Scale is not { } s)
            {
                continue;
            }

            if (scale is null)
            {
                scale = s;
            }
            else if (!scale.Equals(s))
            {
                throw new ArgumentException($"{nameof(evaluations)} mix the scales '{scale.Id}' and '{s.Id}' (KPI '{e.KpiId}'); a status roll-up needs one scale.", nameof(evaluations));
            }

            inputs.Add(new StatusInput(e.Status, e.ValueDate ?? e.AsOf));
        }

        return scale is null ? null : Combine(scale, inputs, rule);
    }

    internal static StatusRollupResult Decide(StatusScale scale, StatusTally tally, StatusRollupRule rule)
    {
        int n = scale.Count;
        if (rule.Kind == StatusRollupKind.PercentBest && rule.MinimumBestFractions.Length != n - 1)
        {
            throw new ArgumentException($"{nameof(rule)} has {rule.MinimumBestFractions.Length} fraction(s) but the {n}-level scale '{scale.Id}' needs N − 1 = {n - 1}.", nameof(rule));
        }

        int[] counts = (int[])tally.Counts.Clone();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (tally.Unknown > 0)
        {
            if (rule.UnknownAsWorst)
            {
                counts[0] += tally.Unknown;
                diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "Status", $"{tally.Unknown} unknown status(es) counted as {scale.Worst.Label}."));
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "Status", $"{tally.Unknown} unknown status(es) left out."));
            }
        }

        int rated = counts.Sum();
        double? bestFraction = rated == 0 ? null : (double)counts[n - 1] / rated;
        StatusLevel? level = null;
        if (rated == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "Status", "No rated status to roll up."));
        }
        else
        {
            switch (rule.Kind)
            {
                case StatusRollupKind.WorstWins:
                    level = scale.Levels[Array.FindIndex(counts, c => c > 0)];
                    break;
                case StatusRollupKind.LatestWins:
                    if (rule.UnknownAsWorst && tally.LatestUnknownDate is { } u && (tally.LatestRatedDate is not { } r0 || u >= r0))
                    {
                        level = scale.Worst;
                    }
                    else if (tally.LatestRank >= 0)
                    {
                        level = scale.Levels[tally.LatestRank];
                    }
                    else
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "Status", "No dated, rated status: latest-wins is undefined."));
                    }

                    break;
                case StatusRollupKind.Majority:
                    int best = 0;
                    for (int r = 1; r < n; r++)
                    {
                        if (counts[r] > counts[best])
                        {
                            best = r;
                        }
                    }

                    level = scale.Levels[best];
                    if (counts.Count(c => c == counts[best]) > 1)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "Status", $"Majority tie at {counts[best]} each: the worst tied level, {level.Label}, wins."));
                    }

                    break;
                default:
                    double p = bestFraction!.Value;
                    level = scale.Worst;
                    for (int k = 0; k < rule.MinimumBestFractions.Length; k++)
                    {
                        if (p >= rule.MinimumBestFractions[k])
                        {
                            level = scale.Levels[n - 1 - k];
                            break;
                        }
                    }

                    break;
            }
        }

        return new StatusRollupResult
        {
            Rule = rule,
            Scale = scale,
            Level = level,
            Counts = [.. counts],
            UnknownCount = tally.Unknown,
            RatedCount = rated,
            BestFraction = bestFraction,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }
}

/// <summary>An associative tally of statuses (counts per rank, unknowns, the latest dated rated and unknown inputs).</summary>
internal sealed class StatusTally
{
    public StatusTally(int levels) => Counts = new int[levels];

    public int[] Counts { get; }

    public int Unknown { get; private set; }

    /// <summary>The latest date of a rated input, or null.</summary>
    public LocalDate? LatestRatedDate { get; private set; }

    /// <summary>The worst rank among the rated inputs of <see cref="LatestRatedDate"/>, or −1.</summary>
    public int LatestRank { get; private set; } = -1;

    /// <summary>The latest date of an unknown input, or null.</summary>
    public LocalDate? LatestUnknownDate { get; private set; }

    public void Add(int rank, LocalDate? date)
    {
        if (rank < 0)
        {
            Unknown++;
            if (date is { } u && (LatestUnknownDate is null || u > LatestUnknownDate.Value))
            {
                LatestUnknownDate = u;
            }

            return;
        }

        Counts[rank]++;
        AddRated(rank, date);
    }

    public void Merge(StatusTally other)
    {
        for (int r = 0; r < Counts.Length; r++)
        {
            Counts[r] += other.Counts[r];
        }

        Unknown += other.Unknown;
        if (other.LatestUnknownDate is { } u && (LatestUnknownDate is null || u > LatestUnknownDate.Value))
        {
            LatestUnknownDate = u;
        }

        if (other.LatestRank >= 0)
        {
            AddRated(other.LatestRank, other.LatestRatedDate);
        }
    }

    private void AddRated(int rank, LocalDate? date)
    {
        if (date is not { } d)
        {
            return;
        }

        if (LatestRatedDate is null || d > LatestRatedDate.Value)
        {
            LatestRatedDate = d;
            LatestRank = rank;
        }
        else if (d == LatestRatedDate.Value && rank < LatestRank)
        {
            LatestRank = rank;
        }
    }
}
