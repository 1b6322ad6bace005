using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>Which exposure measure ranks risks.</summary>
public enum ExposureMeasure
{
    /// <summary>Signed money EMV (±P × cost).</summary>
    Money = 0,

    /// <summary>Signed time EMV (±P × schedule days).</summary>
    Time = 1,
}

/// <summary>One risk in a ranking.</summary>
/// <param name="Rank">1-based rank.</param>
/// <param name="Risk">The risk.</param>
/// <param name="Exposure">Its exposure at the ranking's stage.</param>
/// <param name="Score">Its score (score rankings), or null (exposure rankings).</param>
public sealed record RankedRisk(int Rank, RiskEntry Risk, Exposure Exposure, RiskScore? Score);

/// <summary>A top-N ranking with notes (risks left out because their score is undefined).</summary>
/// <param name="Items">The ranked risks, best first.</param>
/// <param name="Diagnostics">Notes.</param>
public sealed record RiskRanking(ImmutableArray<RankedRisk> Items, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>The count of risks in one heat-map cell.</summary>
/// <param name="ProbabilityLevel">The probability level (1-based) from the scorer.</param>
/// <param name="ImpactLevel">The impact level (1-based) from the scorer.</param>
/// <param name="Count">The number of risks in the cell.</param>
public sealed record HeatMapCell(int ProbabilityLevel, int ImpactLevel, int Count);

/// <summary>Heat-map counts at one stage.</summary>
public sealed class RiskHeatMap
{
    internal RiskHeatMap(AssessmentStage stage, ImmutableArray<HeatMapCell> cells, int unplaced)
    {
        Stage = stage;
        Cells = cells;
        Unplaced = unplaced;
    }

    /// <summary>Gets the stage.</summary>
    public AssessmentStage Stage { get; }

    /// <summary>Gets the non-empty cells, ordered by probability level then impact level.</summary>
    public ImmutableArray<HeatMapCell> Cells { get; }

    /// <summary>Gets the number of risks the scorer gave no probability or impact level.</summary>
    public int Unplaced { get; }

    /// <summary>Gets the number of risks in a cell (0 for an empty cell).</summary>
    /// <param name="probabilityLevel">The probability level.</param>
    /// <param name="impactLevel">The impact level.</param>
    /// <returns>The count.</returns>
    [Pure]
    public int Count(int probabilityLevel, int impactLevel) =>
        Cells.FirstOrDefault(c => c.ProbabilityLevel == probabilityLevel && c.ImpactLevel == impactLevel)?.Count ?? 0;
}

/// <summary>The age of one open risk.</summary>
/// <param name="RiskId">The risk id.</param>
/// <param name="AgeDays">asOf − identified, in days.</param>
/// <param name="Bucket">The index of its bucket in <see cref="RiskAgeing.Buckets"/>.</param>
public sealed record RiskAge(string RiskId, int AgeDays, int Bucket);

/// <summary>An age bucket [<paramref name="FromDays"/>, <paramref name="ToDays"/>) and its count.</summary>
/// <param name="FromDays">The smallest age in the bucket (inclusive).</param>
/// <param name="ToDays">The upper bound (exclusive), or null for the open last bucket.</param>
/// <param name="Count">The number of open risks in it.</param>
public sealed record AgeBucket(int FromDays, int? ToDays, int Count);

/// <summary>Ageing of the open risks.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Items">Each open risk's age, in register order.</param>
/// <param name="Buckets">The buckets.</param>
/// <param name="MeanAgeDays">The mean age, or null when no open risk has an age.</param>
/// <param name="Diagnostics">Notes (risks identified after asOf, left out).</param>
public sealed record RiskAgeing(LocalDate AsOf, ImmutableArray<RiskAge> Items, ImmutableArray<AgeBucket> Buckets, double? MeanAgeDays, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>The effect of one risk's responses: inherent − residual money exposure against the response cost.</summary>
/// <param name="RiskId">The risk id (null for the total).</param>
/// <param name="InherentMoney">Signed inherent EMV.</param>
/// <param name="ResidualMoney">Signed residual EMV.</param>
/// <param name="ExposureReduction">InherentMoney − ResidualMoney (positive when the responses help; an enhanced opportunity gives a positive reduction too).</param>
/// <param name="ResponseCost">Σ cost of the active responses.</param>
/// <param name="ReturnOnResponse">(ExposureReduction − ResponseCost) / ResponseCost, or null when the cost is 0.</param>
/// <param name="Diagnostics">Why the return is undefined, when it is.</param>
public sealed record ResponseEffectiveness(string? RiskId, double InherentMoney, double ResidualMoney, double ExposureReduction, double ResponseCost, double? ReturnOnResponse, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Response effectiveness per risk and in total.</summary>
/// <param name="Items">Per risk with at least one response, in register order.</param>
/// <param name="Total">The sums over the items, with the return on the summed figures.</param>
public sealed record ResponseEffectivenessReport(ImmutableArray<ResponseEffectiveness> Items, ResponseEffectiveness Total);

/// <summary>Register analytics at one date: top-N, heat maps, ageing, response effectiveness.</summary>
/// <remarks>
/// Exposure by category, owner and project is <see cref="ExposureRollup.By"/>; burndown and score trends over time are
/// in <see cref="RiskBurndown"/>. Only open risks are considered unless <c>openOnly</c> is false.
/// </remarks>
public static class RiskAnalytics
{
    /// <summary>Ranks risks by signed exposure, largest first.</summary>
    /// <param name="register">The register.</param>
    /// <param name="n">How many to return (fewer when the register is smaller), zero or positive.</param>
    /// <param name="stage">The stage; default <see cref="AssessmentStage.Current"/>.</param>
    /// <param name="measure">Money or time; default money.</param>
    /// <param name="openOnly">Only open risks (default).</param>
    /// <returns>The top n: by the measure descending (threats first; opportunities, being negative, last), ties broken by risk id ascending (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, or <paramref name="stage"/> or <paramref name="measure"/> is undefined.</exception>
    [Pure]
    public static RiskRanking TopByExposure(RiskRegister register, int n, AssessmentStage stage = AssessmentStage.Current, ExposureMeasure measure = ExposureMeasure.Money, bool openOnly = true)
    {
        Guard.Against.Null(register);
        CheckN(n);
        int s = RiskEntry.CheckStage(stage);
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, $"{nameof(measure)} must be a defined {nameof(ExposureMeasure)} (got {(int)measure}).");
        }

        RiskEntry[] top = [.. register.Risks.Where(r => !openOnly || r.IsOpen)
            .OrderByDescending(r => measure == ExposureMeasure.Money ? r.MoneyAt(s) : r.TimeAt(s))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(n)];
        return new RiskRanking([.. top.Select((r, i) => new RankedRisk(i + 1, r, r.ExposureAt(stage), null))], []);
    }

    /// <summary>Ranks risks by qualitative score, highest first.</summary>
    /// <param name="register">The register.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="n">How many to return, zero or positive.</param>
    /// <param name="stage">The stage; default <see cref="AssessmentStage.Current"/>.</param>
    /// <param name="openOnly">Only open risks (default).</param>
    /// <returns>
    /// The top n by score descending; ties broken by signed money EMV descending, then risk id ascending (ordinal). Risks whose
    /// score is undefined (null) are left out and counted in a diagnostic.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="scorer"/> is null, or the scorer returned null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or <paramref name="stage"/> is undefined.</exception>
    [Pure]
    public static RiskRanking TopByScore(RiskRegister register, IRiskScorer scorer, int n, AssessmentStage stage = AssessmentStage.Current, bool openOnly = true)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(scorer);
        CheckN(n);
        int s = RiskEntry.CheckStage(stage);
        var scored = new List<(RiskEntry Risk, RiskScore Score)>();
        int undefined = 0;
        foreach (RiskEntry r in register.Risks)
        {
            if (openOnly && !r.IsOpen)
            {
                continue;
            }

            RiskScore sc = Score(scorer, r, stage);
            if (sc.Score is null)
            {
                undefined++;
            }
            else
            {
                scored.Add((r, sc));
            }
        }

        RankedRisk[] items = [.. scored.OrderByDescending(x => x.Score.Score!.Value)
            .ThenByDescending(x => x.Risk.MoneyAt(s))
            .ThenBy(x => x.Risk.Id, StringComparer.Ordinal)
            .Take(n)
            .Select((x, i) => new RankedRisk(i + 1, x.Risk, x.Risk.ExposureAt(stage), x.Score))];
        ImmutableArray<Diagnostic> d = undefined > 0
            ? [new Diagnostic(DiagnosticKind.Undefined, "Score", $"{undefined} risk(s) have an undefined score and were left out of the ranking.")]
            : [];
        return new RiskRanking([.. items], d);
    }

    /// <summary>Counts risks per (probability level, impact level) cell, with the levels of the scorer.</summary>
    /// <param name="register">The register.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="stage">The stage.</param>
    /// <param name="kind">Only threats or only opportunities, or null for both (they share the grid).</param>
    /// <param name="openOnly">Only open risks (default).</param>
    /// <returns>The heat map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="scorer"/> is null, or the scorer returned null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    [Pure]
    public static RiskHeatMap HeatMap(RiskRegister register, IRiskScorer scorer, AssessmentStage stage, RiskKind? kind = null, bool openOnly = true)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(scorer);
        RiskEntry.CheckStage(stage);
        var counts = new SortedDictionary<(int P, int I), int>();
        int unplaced = 0;
        foreach (RiskEntry r in register.Risks)
        {
            if ((openOnly && !r.IsOpen) || (kind is { } k && r.Kind != k))
            {
                continue;
            }

            RiskScore sc = Score(scorer, r, stage);
            if (sc.ProbabilityLevel is { } p && sc.ImpactLevel is { } i)
            {
                counts[(p, i)] = counts.TryGetValue((p, i), out int c) ? c + 1 : 1;
            }
            else
            {
                unplaced++;
            }
        }

        return new RiskHeatMap(stage, [.. counts.Select(kv => new HeatMapCell(kv.Key.P, kv.Key.I, kv.Value))], unplaced);
    }

    /// <summary>Ages the open risks: days since identification, in buckets.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="bucketBounds">Bucket boundaries in days, strictly increasing and positive: [30, 60, 90] gives [0, 30), [30, 60), [60, 90), [90, ∞). Default [30, 60, 90].</param>
    /// <returns>The ageing; risks identified after <paramref name="asOf"/> are left out with a warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="bucketBounds"/> is not strictly increasing and positive.</exception>
    [Pure]
    public static RiskAgeing Ageing(RiskRegister register, LocalDate asOf, IEnumerable<int>? bucketBounds = null)
    {
        Guard.Against.Null(register);
        int[] bounds = bucketBounds is null ? [30, 60, 90] : [.. bucketBounds];
        for (int i = 0; i < bounds.Length; i++)
        {
            if (bounds[i] <= 0 || (i > 0 && bounds[i] <= bounds[i - 1]))
            {
                throw new ArgumentException($"{nameof(bucketBounds)} must be strictly increasing positive day counts, but {nameof(bucketBounds)}[{i}] = {bounds[i]}.", nameof(bucketBounds));
            }
        }

        int[] counts = new int[bounds.Length + 1];
        var items = ImmutableArray.CreateBuilder<RiskAge>();
        int future = 0;
        long sum = 0;
        foreach (RiskEntry r in register.Risks)
        {
            if (!r.IsOpen)
            {
                continue;
            }

            int age = Period.Between(r.Identified, asOf, PeriodUnits.Days).Days;
            if (age < 0)
            {
                future++;
                continue;
            }

            int b = 0;
            while (b < bounds.Length && age >= bounds[b])
            {
                b++;
            }

            counts[b]++;
            sum += age;
            items.Add(new RiskAge(r.Id, age, b));
        }

        ImmutableArray<AgeBucket> buckets = [.. counts.Select((c, i) => new AgeBucket(i == 0 ? 0 : bounds[i - 1], i < bounds.Length ? bounds[i] : null, c))];
        ImmutableArray<Diagnostic> d = future > 0
            ? [new Diagnostic(DiagnosticKind.Warning, "Ageing", $"{future} open risk(s) were identified after {asOf:uuuu-MM-dd} and were left out.")]
            : [];
        return new RiskAgeing(asOf, items.ToImmutable(), buckets, items.Count == 0 ? null : (double)sum / items.Count, d);
    }

    /// <summary>Measures the effect of the planned responses: inherent − residual money exposure against their cost.</summary>
    /// <param name="register">The register.</param>
    /// <param name="openOnly">Only open risks (default).</param>
    /// <returns>One item per risk with at least one response, and the total.</returns>
    /// <remarks>
    /// Reduction = EMV(inherent) − EMV(residual) (signed, so enhancing an opportunity counts as a reduction of net exposure);
    /// return on response = (reduction − cost) / cost, the net benefit per unit spent; undefined (null, with a diagnostic) when
    /// the cost is 0.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    [Pure]
    public static ResponseEffectivenessReport ResponseEffectiveness(RiskRegister register, bool openOnly = true)
    {
        Guard.Against.Null(register);
        var items = ImmutableArray.CreateBuilder<ResponseEffectiveness>();
        CompensatedSum ti = default, tr = default, tc = default;
        foreach (RiskEntry r in register.Risks)
        {
            if ((openOnly && !r.IsOpen) || r.Responses.IsEmpty)
            {
                continue;
            }

            double inh = r.MoneyAt((int)AssessmentStage.Inherent), res = r.MoneyAt((int)AssessmentStage.Residual), cost = r.ResponseCost;
            items.Add(Effect(r.Id, inh, res, cost));
            ti.Add(inh);
            tr.Add(res);
            tc.Add(cost);
        }

        return new ResponseEffectivenessReport(items.ToImmutable(), Effect(null, ti.Value, tr.Value, tc.Value));
    }

    internal static RiskScore Score(IRiskScorer scorer, RiskEntry r, AssessmentStage stage) =>
        scorer.Score(r.AssessmentAt(stage), r.Kind) ?? throw new ArgumentNullException(nameof(scorer), $"{nameof(scorer)} returned no score for risk '{r.Id}'.");

    private static ResponseEffectiveness Effect(string? id, double inherent, double residual, double cost)
    {
        double reduction = inherent - residual;
        return cost > 0
            ? new ResponseEffectiveness(id, inherent, residual, reduction, cost, (reduction - cost) / cost, [])
            : new ResponseEffectiveness(id, inherent, residual, reduction, cost, null, [new Diagnostic(DiagnosticKind.Undefined, "ReturnOnResponse", $"{(id is null ? "The total" : $"RiskEntry '{id}'")} has a response cost of 0; the return (reduction − cost) / cost is undefined.")]);
    }

    private static void CheckN(int n)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"{nameof(n)} must be zero or positive (got {n}).");
        }
    }
}
