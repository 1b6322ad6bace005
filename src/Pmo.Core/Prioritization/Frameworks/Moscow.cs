using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization;

/// <summary>A MoSCoW priority (DSDM).</summary>
public enum MoscowPriority
{
    /// <summary>Must Have: part of the Minimum Usable SubseT the project guarantees to deliver.</summary>
    Must = 0,

    /// <summary>Should Have: important but not vital; painful to leave out, the solution is still viable.</summary>
    Should = 1,

    /// <summary>Could Have: desirable but less important; the main pool of contingency.</summary>
    Could = 2,

    /// <summary>Won't Have this time: agreed not to be delivered in this timeframe.</summary>
    Wont = 3,
}

/// <summary>One MoSCoW-prioritised requirement, with its effort and an optional score for ordering within its bucket. Immutable.</summary>
public sealed class MoscowItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="priority">The MoSCoW priority.</param>
    /// <param name="effort">The estimated effort (any consistent unit); finite, zero or positive.</param>
    /// <param name="score">A score ordering items within their bucket (higher first), for example a WSJF or RICE score; finite. Default 0.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is undefined; <paramref name="effort"/> is negative or not finite; <paramref name="score"/> is not finite.</exception>
    public MoscowItem(string id, MoscowPriority priority, double effort, double score = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        FrameworkGuards.Defined(priority, nameof(priority));
        FrameworkGuards.FiniteNonNegative(effort, nameof(effort), id);
        if (!double.IsFinite(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"score of '{id}' must be a finite number (got {FrameworkGuards.Format(score)}).");
        }

        Id = id;
        Priority = priority;
        Effort = effort;
        Score = score;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the priority.</summary>
    public MoscowPriority Priority { get; }

    /// <summary>Gets the effort.</summary>
    public double Effort { get; }

    /// <summary>Gets the within-bucket score (higher first).</summary>
    public double Score { get; }
}

/// <summary>
/// MoSCoW prioritisation (DSDM): buckets Must, Should, Could, Won't; items ordered by bucket, then by a score within
/// the bucket; and the DSDM effort check (Must Haves no more than 60 % of the planned effort). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Source: Agile Business Consortium, <i>The DSDM Agile Project Framework</i> (2014 onwards), ch. 10 "MoSCoW
/// Prioritisation": the MoSCoW rules (10.2) and the guideline that Must Have effort above 60 % of the total effort
/// introduces a risk of failure, with a pool of Could Haves typically around 20 % of the effort (10.4.1). The
/// percentages are of the effort planned for the project or increment — the Must, Should and Could items; Won't Have
/// this time is not planned and is excluded from the denominator (its effort is reported separately).
/// </remarks>
public sealed class Moscow
{
    /// <summary>DSDM's guideline for the Must Have share of the planned effort: 0.6 (60 %).</summary>
    public const double DsdmMustEffortGuideline = 0.6;

    /// <summary>DSDM's typical Could Have share of the planned effort: 0.2 (20 %).</summary>
    public const double DsdmCouldEffortGuideline = 0.2;

    /// <summary>Creates the model.</summary>
    /// <param name="mustEffortGuideline">The largest Must Have share of the planned effort before a warning; in (0, 1]. Default 0.6 (DSDM).</param>
    /// <param name="tiePolicy">How items with the same bucket and score are ranked.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mustEffortGuideline"/> is outside (0, 1]; <paramref name="tiePolicy"/> is undefined.</exception>
    public Moscow(double mustEffortGuideline = DsdmMustEffortGuideline, TiePolicy tiePolicy = TiePolicy.Min)
    {
        if (!double.IsFinite(mustEffortGuideline) || mustEffortGuideline <= 0 || mustEffortGuideline > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(mustEffortGuideline), mustEffortGuideline, $"mustEffortGuideline must lie in (0, 1] (got {FrameworkGuards.Format(mustEffortGuideline)}).");
        }

        FrameworkGuards.Defined(tiePolicy, nameof(tiePolicy));
        MustEffortGuideline = mustEffortGuideline;
        TiePolicy = tiePolicy;
    }

    /// <summary>Gets the Must Have effort guideline (a share of the planned effort).</summary>
    public double MustEffortGuideline { get; }

    /// <summary>Gets how ties are ranked.</summary>
    public TiePolicy TiePolicy { get; }

    /// <summary>Orders items and checks the effort shares.</summary>
    /// <param name="items">The items, at least one, with unique ids.</param>
    /// <returns>The order, effort per bucket, shares and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">No item; an id repeats.</exception>
    [Pure]
    public MoscowResult Evaluate(IEnumerable<MoscowItem> items)
    {
        ImmutableArray<MoscowItem> list = FrameworkGuards.Items(items, i => i.Id, nameof(items));
        int n = list.Length;
        double[] effort = new double[4];
        double[] key = new double[n];
        for (int b = 0; b < 4; b++)
        {
            int[] members = [.. Enumerable.Range(0, n).Where(i => (int)list[i].Priority == b)];
            if (members.Length == 0)
            {
                continue;
            }

            // Dense rank of the score within the bucket (ties share a rank), then bucket-major composite key:
            // key = bucket · (n + 1) + denseRank, lower is better; exact small integers, so ties stay ties.
            double[] scores = [.. members.Select(i => list[i].Score)];
            Ranking within = Ranking.FromPreferences(scores, higherIsBetter: true, TiePolicy.Dense);
            for (int k = 0; k < members.Length; k++)
            {
                key[members[k]] = (b * (n + 1.0)) + within.Ranks[k];
                effort[b] += list[members[k]].Effort;
            }
        }

        Ranking ranking = Ranking.FromPreferences(key, higherIsBetter: false, TiePolicy);
        double planned = effort[0] + effort[1] + effort[2];
        var diagnostics = new List<Diagnostic>();
        double? must = null;
        double? should = null;
        double? could = null;
        if (planned > 0)
        {
            must = effort[0] / planned;
            should = effort[1] / planned;
            could = effort[2] / planned;
            if (must > MustEffortGuideline)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticKind.Warning,
                    "MustEffortShare",
                    string.Create(CultureInfo.InvariantCulture, $"Must Haves take {must:P1} of the planned effort (Must + Should + Could = {planned}), above the guideline of {MustEffortGuideline:P0}: DSDM warns that this introduces a risk of failure.")));
            }
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "MustEffortShare", "The planned effort (Must + Should + Could) is zero, so the effort shares are undefined."));
        }

        return new MoscowResult(list, ranking, [.. effort], planned, must, should, could, MustEffortGuideline, [.. diagnostics]);
    }
}

/// <summary>The result of <see cref="Moscow.Evaluate"/>. Immutable.</summary>
public sealed class MoscowResult
{
    internal MoscowResult(ImmutableArray<MoscowItem> items, Ranking ranking, ImmutableArray<double> effortByPriority, double plannedEffort, double? must, double? should, double? could, double guideline, ImmutableArray<Diagnostic> diagnostics)
    {
        Items = items;
        Ranking = ranking;
        EffortByPriority = effortByPriority;
        PlannedEffort = plannedEffort;
        MustEffortShare = must;
        ShouldEffortShare = should;
        CouldEffortShare = could;
        MustEffortGuideline = guideline;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the items as given.</summary>
    public ImmutableArray<MoscowItem> Items { get; }

    /// <summary>Gets the ranking: by bucket (Must first, Won't last), then by score within the bucket.</summary>
    public Ranking Ranking { get; }

    /// <summary>Gets the ids in delivery order.</summary>
    public ImmutableArray<string> Sequence => [.. Ranking.Order.Select(i => Items[i].Id)];

    /// <summary>Gets the total effort of each bucket, indexed by <see cref="MoscowPriority"/> (Must, Should, Could, Won't).</summary>
    public ImmutableArray<double> EffortByPriority { get; }

    /// <summary>Gets the planned effort: Must + Should + Could (Won't Have this time excluded).</summary>
    public double PlannedEffort { get; }

    /// <summary>Gets the Must Have share of the planned effort; null when the planned effort is zero.</summary>
    public double? MustEffortShare { get; }

    /// <summary>Gets the Should Have share of the planned effort; null when the planned effort is zero.</summary>
    public double? ShouldEffortShare { get; }

    /// <summary>Gets the Could Have share of the planned effort; null when the planned effort is zero (DSDM's typical value is about 20 %).</summary>
    public double? CouldEffortShare { get; }

    /// <summary>Gets the guideline the Must share was checked against.</summary>
    public double MustEffortGuideline { get; }

    /// <summary>Gets a value indicating whether the Must share exceeds the guideline (false when undefined).</summary>
    public bool ExceedsMustGuideline => MustEffortShare > MustEffortGuideline;

    /// <summary>Gets the warnings (Must share above the guideline) and undefined shares.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the ids of one bucket, in order.</summary>
    /// <param name="priority">The bucket.</param>
    /// <returns>The ids.</returns>
    [Pure]
    public ImmutableArray<string> Bucket(MoscowPriority priority) => [.. Ranking.Order.Where(i => Items[i].Priority == priority).Select(i => Items[i].Id)];
}
