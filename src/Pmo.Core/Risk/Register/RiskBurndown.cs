using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>Total exposure of one register snapshot.</summary>
/// <param name="Date">The snapshot date.</param>
/// <param name="Count">The number of risks counted.</param>
/// <param name="ThreatMoney">Σ P × cost over the threats.</param>
/// <param name="OpportunityMoney">−Σ P × cost over the opportunities.</param>
/// <param name="ThreatTime">Σ P × schedule days over the threats.</param>
/// <param name="OpportunityTime">−Σ P × schedule days over the opportunities.</param>
public sealed record BurndownPoint(LocalDate Date, int Count, double ThreatMoney, double OpportunityMoney, double ThreatTime, double OpportunityTime)
{
    /// <summary>Gets the net money exposure.</summary>
    public double NetMoney => ThreatMoney + OpportunityMoney;

    /// <summary>Gets the net time exposure.</summary>
    public double NetTime => ThreatTime + OpportunityTime;
}

/// <summary>One point of a risk's score trend.</summary>
/// <param name="Date">The snapshot date.</param>
/// <param name="Status">The risk's status in that snapshot.</param>
/// <param name="Score">Its score at the trend's stage.</param>
/// <param name="Exposure">Its exposure at the trend's stage.</param>
public sealed record ScoreTrendPoint(LocalDate Date, RiskStatus Status, RiskScore Score, Exposure Exposure);

/// <summary>Register analytics over time: exposure burndown and score trends from dated snapshots.</summary>
/// <remarks>
/// A burndown point is the total exposure of one snapshot (one period): Σ ±P·I over its open risks at the chosen stage
/// (the EMV of PMBOK 6th ed. §11.4.2.5, tracked over time). Snapshots are taken as given;
/// to report per month pass the month-end snapshots. The work is one pass over each snapshot's precomputed EMVs
/// (<see cref="RiskEntry.ExposureAt"/>), no allocation per risk, so 100 snapshots of 10,000 risks take a few milliseconds (docs/risk-register.md, Performance).
/// </remarks>
public static class RiskBurndown
{
    /// <summary>Computes total exposure per snapshot.</summary>
    /// <param name="snapshots">The snapshots: distinct dates, any order.</param>
    /// <param name="stage">The stage; default <see cref="AssessmentStage.Current"/>.</param>
    /// <param name="openOnly">Count only open risks (default).</param>
    /// <returns>One point per snapshot, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or a snapshot is null.</exception>
    /// <exception cref="ArgumentException">Two snapshots have the same date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="stage"/> is undefined, or a snapshot's exposures are so large (near <see cref="double.MaxValue"/>)
    /// that a total overflows the double range (<paramref name="snapshots"/>).
    /// </exception>
    [Pure]
    public static ImmutableArray<BurndownPoint> Compute(IEnumerable<RiskRegisterSnapshot> snapshots, AssessmentStage stage = AssessmentStage.Current, bool openOnly = true)
    {
        RiskRegisterSnapshot[] sorted = Sorted(snapshots);
        int s = RiskEntry.CheckStage(stage);
        var points = ImmutableArray.CreateBuilder<BurndownPoint>(sorted.Length);
        foreach (RiskRegisterSnapshot snap in sorted)
        {
            CompensatedSum tm = default, om = default, tt = default, ot = default;
            int count = 0;
            ImmutableArray<RiskEntry> risks = snap.Register.Risks;
            for (int i = 0; i < risks.Length; i++)
            {
                RiskEntry r = risks[i];
                if (openOnly && r.Status != RiskStatus.Open)
                {
                    continue;
                }

                count++;
                if (r.Kind == RiskKind.Threat)
                {
                    tm.Add(r.MoneyAt(s));
                    tt.Add(r.TimeAt(s));
                }
                else
                {
                    om.Add(r.MoneyAt(s));
                    ot.Add(r.TimeAt(s));
                }
            }

            var point = new BurndownPoint(snap.Date, count, tm.Value, om.Value, tt.Value, ot.Value);
            if (!double.IsFinite(point.ThreatMoney) || !double.IsFinite(point.OpportunityMoney) || !double.IsFinite(point.ThreatTime) || !double.IsFinite(point.OpportunityTime))
            {
                throw new ArgumentOutOfRangeException(nameof(snapshots), snap.Date, string.Create(CultureInfo.InvariantCulture, $"{nameof(snapshots)}: the exposures of the snapshot dated {snap.Date:uuuu-MM-dd} are so large that a total overflows the double range (threat money {point.ThreatMoney:R}, opportunity money {point.OpportunityMoney:R}, threat time {point.ThreatTime:R}, opportunity time {point.OpportunityTime:R}); rescale the amounts."));
            }

            points.Add(point);
        }

        return points.MoveToImmutable();
    }

    /// <summary>Computes the score trend of every risk across snapshots.</summary>
    /// <param name="snapshots">The snapshots: distinct dates, any order.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="stage">The stage; default <see cref="AssessmentStage.Current"/>.</param>
    /// <returns>Per risk id (ordinal order), its points in date order for the snapshots it appears in (any status).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/>, a snapshot or <paramref name="scorer"/> is null, or the scorer returned null.</exception>
    /// <exception cref="ArgumentException">Two snapshots have the same date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    [Pure]
    public static ImmutableSortedDictionary<string, ImmutableArray<ScoreTrendPoint>> ScoreTrends(IEnumerable<RiskRegisterSnapshot> snapshots, IRiskScorer scorer, AssessmentStage stage = AssessmentStage.Current)
    {
        RiskRegisterSnapshot[] sorted = Sorted(snapshots);
        Guard.Against.Null(scorer);
        RiskEntry.CheckStage(stage);
        var trends = new Dictionary<string, ImmutableArray<ScoreTrendPoint>.Builder>(StringComparer.Ordinal);
        foreach (RiskRegisterSnapshot snap in sorted)
        {
            foreach (RiskEntry r in snap.Register.Risks)
            {
                if (!trends.TryGetValue(r.Id, out ImmutableArray<ScoreTrendPoint>.Builder? b))
                {
                    trends[r.Id] = b = ImmutableArray.CreateBuilder<ScoreTrendPoint>();
                }

                b.Add(new ScoreTrendPoint(snap.Date, r.Status, RiskAnalytics.Score(scorer, r, stage), r.ExposureAt(stage)));
            }
        }

        return trends.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.ToImmutable(), StringComparer.Ordinal);
    }

    /// <summary>Computes one risk's score trend across snapshots.</summary>
    /// <param name="snapshots">The snapshots: distinct dates, any order.</param>
    /// <param name="riskId">The risk id.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="stage">The stage; default <see cref="AssessmentStage.Current"/>.</param>
    /// <returns>Its points in date order for the snapshots it appears in (empty when it appears in none).</returns>
    /// <exception cref="ArgumentNullException">An argument or a snapshot is null, or the scorer returned null.</exception>
    /// <exception cref="ArgumentException">Two snapshots have the same date, or <paramref name="riskId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    [Pure]
    public static ImmutableArray<ScoreTrendPoint> ScoreTrend(IEnumerable<RiskRegisterSnapshot> snapshots, string riskId, IRiskScorer scorer, AssessmentStage stage = AssessmentStage.Current)
    {
        RiskRegisterSnapshot[] sorted = Sorted(snapshots);
        Guard.Against.NullOrWhiteSpace(riskId);
        Guard.Against.Null(scorer);
        RiskEntry.CheckStage(stage);
        var b = ImmutableArray.CreateBuilder<ScoreTrendPoint>();
        foreach (RiskRegisterSnapshot snap in sorted)
        {
            if (snap.Register.TryGet(riskId, out RiskEntry? r))
            {
                b.Add(new ScoreTrendPoint(snap.Date, r.Status, RiskAnalytics.Score(scorer, r, stage), r.ExposureAt(stage)));
            }
        }

        return b.ToImmutable();
    }

    private static RiskRegisterSnapshot[] Sorted(IEnumerable<RiskRegisterSnapshot> snapshots)
    {
        Guard.Against.Null(snapshots);
        RiskRegisterSnapshot[] a = [.. snapshots];
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] is null)
            {
                throw new ArgumentNullException(nameof(snapshots), $"{nameof(snapshots)}[{i}] is null.");
            }
        }

        Array.Sort(a, (x, y) => x.Date.CompareTo(y.Date));
        for (int i = 1; i < a.Length; i++)
        {
            if (a[i].Date == a[i - 1].Date)
            {
                throw new ArgumentException($"{nameof(snapshots)} contains two snapshots dated {a[i].Date:uuuu-MM-dd}; dates must be distinct.", nameof(snapshots));
            }
        }

        return a;
    }
}
