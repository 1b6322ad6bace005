using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// Burn-up and burn-down series built from dated <see cref="ScopeEvent"/>s: for every day of a range, the total scope
/// (added − removed), the completed work and the remaining work (scope − completed), each cumulative at the end of the
/// day. Immutable.
/// </summary>
/// <remarks>
/// A burn-up chart plots <see cref="Scope"/> and <see cref="Completed"/> (scope changes stay visible); a burn-down chart
/// plots <see cref="Remaining"/>. Events before the range are folded into the opening values; events after it are
/// ignored.
/// </remarks>
public sealed class BurnChart
{
    private BurnChart(ImmutableArray<LocalDate> dates, ImmutableArray<double> scope, ImmutableArray<double> completed, ImmutableArray<Diagnostic> diagnostics)
    {
        Dates = dates;
        Scope = scope;
        Completed = completed;
        Remaining = [.. scope.Zip(completed, (s, c) => s - c)];
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the days, one per calendar day of the range.</summary>
    public ImmutableArray<LocalDate> Dates { get; }

    /// <summary>Gets the cumulative scope (added − removed) at the end of each day.</summary>
    public ImmutableArray<double> Scope { get; }

    /// <summary>Gets the cumulative completed work at the end of each day.</summary>
    public ImmutableArray<double> Completed { get; }

    /// <summary>Gets the remaining work (scope − completed) at the end of each day: the burn-down line.</summary>
    public ImmutableArray<double> Remaining { get; }

    /// <summary>Gets warnings (for example more completed than scoped).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Builds the series from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <param name="events">The events, in any order.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The burn chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> precedes <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cumulative scope or done count overflows the double range (<c>ParamName</c> "events").</exception>
    [Pure]
    public static BurnChart FromEvents(IEnumerable<ScopeEvent> events, LocalDate from, LocalDate to)
    {
        Guard.Against.Null(events);
        FlowMetrics.CheckRange(from, to);
        int days = Period.DaysBetween(from, to) + 1;
        double[] scopeDelta = new double[days];
        double[] doneDelta = new double[days];
        double openingScope = 0, openingDone = 0;
        int index = 0;
        foreach (ScopeEvent? e in events)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(events), $"{nameof(events)}[{index}] must not be null.");
            }

            index++;
            if (e.Date > to)
            {
                continue;
            }

            double signed = e.Kind == ScopeEventKind.Removed ? -e.Count : e.Count;
            bool isScope = e.Kind != ScopeEventKind.Completed;
            if (e.Date < from)
            {
                if (isScope)
                {
                    openingScope += signed;
                }
                else
                {
                    openingDone += signed;
                }

                continue;
            }

            int i = Period.DaysBetween(from, e.Date);
            if (isScope)
            {
                scopeDelta[i] += signed;
            }
            else
            {
                doneDelta[i] += signed;
            }
        }

        var dates = new LocalDate[days];
        double[] scope = new double[days];
        double[] done = new double[days];
        double s = openingScope, c = openingDone;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        bool warned = false;
        for (int i = 0; i < days; i++)
        {
            dates[i] = from.PlusDays(i);
            s += scopeDelta[i];
            c += doneDelta[i];
            if (!double.IsFinite(s) || !double.IsFinite(c))
            {
                throw new ArgumentOutOfRangeException(nameof(events), $"The cumulative scope or done count of these {nameof(events)} overflows the double range on {from.PlusDays(i):yyyy-MM-dd}.");
            }

            scope[i] = s;
            done[i] = c;
            if (!warned && (c > s || s < 0))
            {
                warned = true;
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "BurnChart", $"On {dates[i]:yyyy-MM-dd} completed work ({c}) exceeds the scope ({s}) or the scope is negative: check for missing 'Added' events."));
            }
        }

        return new BurnChart([.. dates], [.. scope], [.. done], diagnostics.ToImmutable());
    }
}
