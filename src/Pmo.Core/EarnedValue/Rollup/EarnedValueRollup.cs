using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Combines projects into a programme or portfolio for earned-value analysis: PV, EV, AC, BAC and reserves are summed,
/// and every ratio (CPI, SPI, SPI(t), TCPI, EAC) is recomputed from the sums — a programme's CPI is ΣEV / ΣAC, never
/// the mean of its projects' CPIs.
/// </summary>
/// <remarks>
/// <para>
/// <b>Grid.</b> The combined baseline starts at the earliest member start and has a period end at every period end of
/// every member (the sorted union). At each such date the combined cumulative PV is the sum of the members' cumulative
/// PV through that date (linear inside a member's period, 0 before its start, its BAC after its finish). When the
/// members share a calendar (for example calendar months) the union is that calendar. ES of the combination is then
/// computed on the summed curve, as the issue and Lipke (2009, <i>Earned Schedule</i>, ch. 7) prescribe for summary
/// levels. All sums are compensated (Neumaier 1974), so they stay within a few units of round-off of the exact sums
/// however many members there are.
/// </para>
/// <para>
/// <b>Status.</b> All members must share one status date. The combined history holds every history date for which
/// every member has a point, or has none yet because the date is before both its first point and its baseline start
/// (then it counts as 0 earned and 0 spent). Other dates are left out and a diagnostic says how many.
/// </para>
/// </remarks>
public static class EarnedValueRollup
{
    /// <summary>Combines projects into one virtual project.</summary>
    /// <param name="members">The projects: at least one, unique ids, one common status date.</param>
    /// <returns>The combination.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">It is empty, an id repeats, or the status dates differ.</exception>
    [Pure]
    public static CombinedProject Combine(IEnumerable<RollupInput> members)
    {
        Guard.Against.Null(members);
        ImmutableArray<RollupInput> list = [.. members];
        if (list.IsEmpty)
        {
            throw new ArgumentException($"{nameof(members)} must contain at least one project.", nameof(members));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(members), $"{nameof(members)}[{i}] is null.");
            }

            if (!ids.Add(list[i].Id))
            {
                throw new ArgumentException($"{nameof(members)} contains the id '{list[i].Id}' more than once; ids must be unique.", nameof(members));
            }

            if (list[i].Status.StatusDate != list[0].Status.StatusDate)
            {
                throw new ArgumentException($"{nameof(members)} must share one status date: '{list[0].Id}' is at {list[0].Status.StatusDate:yyyy-MM-dd} but '{list[i].Id}' is at {list[i].Status.StatusDate:yyyy-MM-dd}.", nameof(members));
            }
        }

        // Union grid.
        LocalDate start = list.Min(m => m.Baseline.Start);
        var endSet = new SortedSet<LocalDate>();
        foreach (RollupInput m in list)
        {
            endSet.UnionWith(m.Baseline.PeriodEnds);
        }

        LocalDate[] ends = [.. endSet];
        double[] cum = new double[ends.Length];
        double[] compensation = new double[ends.Length];
        foreach (RollupInput m in list)
        {
            for (int k = 0; k < ends.Length; k++)
            {
                CompensatedSum.Add(ref cum[k], ref compensation[k], m.Baseline.PlannedValueAt(ends[k]));
            }
        }

        for (int k = 0; k < cum.Length; k++)
        {
            cum[k] += compensation[k];
        }

        // Summation may round a hair below the previous point; the members are non-decreasing, so restore monotonicity
        // exactly at the representable level (differences are at most a few ulps).
        for (int k = 1; k < cum.Length; k++)
        {
            if (cum[k] < cum[k - 1])
            {
                cum[k] = cum[k - 1];
            }
        }

        TimePhasedBaseline baseline = TimePhasedBaseline.FromCumulativeValues(start, ends, cum);

        // Status and history.
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        CompensatedSum ev = default, ac = default, mr = default, ota = default;
        foreach (RollupInput m in list)
        {
            ev.Add(m.Status.Current.EarnedValue);
            ac.Add(m.Status.Current.ActualCost);
            mr.Add(m.Budget.ManagementReserve);
            ota.Add(m.Budget.OverTargetAmount);
        }

        LocalDate statusDate = list[0].Status.StatusDate;
        var historyDates = new SortedSet<LocalDate>();
        foreach (RollupInput m in list)
        {
            foreach (StatusPoint p in m.Status.History)
            {
                historyDates.Add(p.Date);
            }
        }

        var history = new List<StatusPoint>();
        int omitted = 0;
        foreach (LocalDate d in historyDates)
        {
            CompensatedSum hev = default, hac = default;
            bool complete = true;
            foreach (RollupInput m in list)
            {
                if (TryValueAt(m, d, out double mev, out double mac))
                {
                    hev.Add(mev);
                    hac.Add(mac);
                }
                else
                {
                    complete = false;
                    break;
                }
            }

            if (complete)
            {
                history.Add(new StatusPoint(d, hev.Value, hac.Value));
            }
            else
            {
                omitted++;
            }
        }

        if (omitted > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "History", $"{omitted} history date(s) were left out of the combined history because not every member reported on them."));
        }

        var status = new ProjectStatus(new StatusPoint(statusDate, ev.Value, ac.Value), history);
        return new CombinedProject([.. list.Select(m => m.Id)], baseline, status, new BudgetStructure(mr.Value, ota.Value), diagnostics.ToImmutable());
    }

    private static bool TryValueAt(RollupInput m, LocalDate date, out double ev, out double ac)
    {
        ImmutableArray<StatusPoint> h = m.Status.History;
        foreach (StatusPoint p in h)
        {
            if (p.Date == date)
            {
                ev = p.EarnedValue;
                ac = p.ActualCost;
                return true;
            }
        }

        bool beforeFirst = h.IsEmpty ? date < m.Status.StatusDate : date < h[0].Date;
        if (beforeFirst && date < m.Baseline.Start)
        {
            ev = 0;
            ac = 0;
            return true;
        }

        ev = 0;
        ac = 0;
        return false;
    }
}
