using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Schedule adherence: Lipke's P-factor, the share of the value due at the earned schedule that was actually earned
/// in conformance with the schedule, and the effective earned value EV(e).
/// </summary>
/// <remarks>
/// <para>
/// <c>P = Σᵢ min(PV_i(ES), EV_i) / Σᵢ PV_i(ES)</c>, with sums over tasks i, where <c>PV_i(ES)</c> is task i's
/// cumulative PV at the project's earned schedule ES, interpolated linearly within period C + 1 exactly as ES itself:
/// <c>PV_i(C) + I · (PV_i(C + 1) − PV_i(C))</c>. The effective EV is <c>EV(e) = Σᵢ min(PV_i(ES), EV_i)</c>.
/// <c>0 ≤ P ≤ 1</c>; <c>P = 1</c> when every task has earned exactly what was planned by ES. A task with
/// <c>EV_i &gt; PV_i(ES)</c> is ahead of the schedule (out of sequence, at risk of rework); one with
/// <c>EV_i &lt; PV_i(ES)</c> points to a constraint or impediment.
/// </para>
/// <para>
/// When the task curves sum to the project's PV curve and EV ≤ BAC, <c>Σᵢ PV_i(ES) = PV(ES) = EV</c> (Lipke's
/// "Theorem 1"), since interpolation is linear and <c>PV(ES) = EV</c> by the definition of ES. P is undefined
/// (<see langword="null"/>, with a diagnostic) when <c>Σᵢ PV_i(ES) = 0</c>, i.e. nothing was due at ES.
/// </para>
/// <para>
/// Sources: Lipke, W. (2004) "Connecting Earned Value to the Schedule", <i>The Measurable News</i>, Winter 2004 (also
/// <i>CrossTalk</i>); Vanhoucke, M. (2013) "Measuring Schedule Adherence", <i>The Measurable News</i> 2013.04.
/// </para>
/// </remarks>
public static class ScheduleAdherence
{
    /// <summary>Computes the P-factor at a given project earned schedule.</summary>
    /// <param name="tasks">The tasks: at least one, distinct ids, all curves with the same number of periods.</param>
    /// <param name="earnedSchedule">The project's ES in periods on the same grid, finite, zero or positive.</param>
    /// <returns>P, EV(e) and each task's contribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, holds a null, a duplicate id, or curves of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="earnedSchedule"/> is NaN, infinite or negative.</exception>
    [Pure]
    public static ScheduleAdherenceResult Compute(IReadOnlyList<ScheduleAdherenceTask> tasks, double earnedSchedule)
    {
        Guard.Against.NotFiniteNonNegative(earnedSchedule);
        double[] sum = Validate(tasks);
        return Core(tasks, earnedSchedule, sum);
    }

    /// <summary>
    /// Computes the P-factor at the earned schedule of the tasks' total EV on their summed PV curve
    /// (<c>ES = ES(Σ EV_i)</c> on <c>Σ PV_i</c>), the case where the tasks make up the whole project.
    /// </summary>
    /// <param name="tasks">The tasks: at least one, distinct ids, all curves with the same number of periods.</param>
    /// <returns>P, EV(e) and each task's contribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, holds a null, a duplicate id, or curves of different lengths.</exception>
    [Pure]
    public static ScheduleAdherenceResult Compute(IReadOnlyList<ScheduleAdherenceTask> tasks)
    {
        double[] sum = Validate(tasks);
        double ev = 0;
        foreach (ScheduleAdherenceTask t in tasks)
        {
            ev += t.EarnedValue;
        }

        return Core(tasks, EarnedSchedule.Kernel(sum, ev), sum);
    }

    /// <summary>
    /// Computes the P-factor of the discrete work of a work-package evaluation: level of effort is excluded, every other
    /// package is a task, and ES is <see cref="WorkPackageEarningResult.DiscreteEarnedSchedule"/>.
    /// </summary>
    /// <param name="earning">The evaluation; every discrete package must be time-phased.</param>
    /// <returns>P, EV(e) and each discrete package's contribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earning"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no discrete work, or a discrete package has no time-phased PV.</exception>
    [Pure]
    public static ScheduleAdherenceResult Compute(WorkPackageEarningResult earning)
    {
        Guard.Against.Null(earning);
        if (earning.DiscreteEarnedSchedule is not double es)
        {
            throw new ArgumentException("Schedule adherence needs discrete work with time-phased PV: the evaluation has no discrete earned schedule (see its diagnostics).", nameof(earning));
        }

        var tasks = new List<ScheduleAdherenceTask>();
        foreach (WorkPackageEarnedValue p in earning.Packages)
        {
            if (p.IsDiscrete)
            {
                tasks.Add(new ScheduleAdherenceTask(p.Id, p.Package.CumulativePlannedValue, p.EarnedValue));
            }
        }

        double[] sum = Validate(tasks);
        return Core(tasks, es, sum);
    }

    private static double[] Validate(IReadOnlyList<ScheduleAdherenceTask> tasks)
    {
        Guard.Against.Null(tasks);
        if (tasks.Count == 0)
        {
            throw new ArgumentException($"{nameof(tasks)} must contain at least one task.", nameof(tasks));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        int periods = -1;
        double[] sum = [];
        for (int i = 0; i < tasks.Count; i++)
        {
            ScheduleAdherenceTask t = tasks[i] ?? throw new ArgumentException($"{nameof(tasks)}[{i}] is null.", nameof(tasks));
            if (!ids.Add(t.Id))
            {
                throw new ArgumentException($"{nameof(tasks)} must have distinct ids, but '{t.Id}' appears more than once.", nameof(tasks));
            }

            int len = t.CumulativePlannedValue.Length;
            if (periods < 0)
            {
                periods = len;
                sum = new double[len + 1];
            }
            else if (len != periods)
            {
                throw new ArgumentException($"Every task's PV must be on the project's period grid, but task '{t.Id}' has {len} periods and '{tasks[0].Id}' has {periods}.", nameof(tasks));
            }

            for (int k = 0; k < len; k++)
            {
                sum[k + 1] += t.CumulativePlannedValue[k];
            }
        }

        return sum;
    }

    private static ScheduleAdherenceResult Core(IReadOnlyList<ScheduleAdherenceTask> tasks, double es, double[] sum)
    {
        var rows = ImmutableArray.CreateBuilder<TaskAdherence>(tasks.Count);
        double pvAtEs = 0, conforming = 0, ev = 0;
        foreach (ScheduleAdherenceTask t in tasks)
        {
            double pv = CumulativeCurves.ValueAt(t.CumulativePlannedValue.AsSpan(), es);
            double e = t.EarnedValue;
            double c = Math.Min(pv, e);
            double tol = 1e-9 * Math.Max(1, t.BudgetAtCompletion);
            AdherenceStatus status = e > pv + tol ? AdherenceStatus.AheadOfSchedule
                : e < pv - tol ? AdherenceStatus.Impeded
                : AdherenceStatus.InSequence;
            rows.Add(new TaskAdherence { Id = t.Id, PlannedValueAtEarnedSchedule = pv, EarnedValue = e, ConformingEarnedValue = c, Status = status });
            pvAtEs += pv;
            conforming += c;
            ev += e;
        }

        var diagnostics = new List<Diagnostic>();
        double? p = null;
        if (pvAtEs > 0)
        {
            p = Math.Min(1, conforming / pvAtEs);
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "P-factor", string.Create(CultureInfo.InvariantCulture, $"No value was planned by ES = {es} (Σ PV_i(ES) = 0), so P = Σ min(PV_i(ES), EV_i) / Σ PV_i(ES) is undefined.")));
        }

        double bac = sum[^1];
        if (ev > bac * (1 + 1e-9))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "EV", string.Create(CultureInfo.InvariantCulture, $"The tasks' EV ({ev}) exceeds their total budget ({bac}); ES is capped at the planned duration.")));
        }

        return new ScheduleAdherenceResult
        {
            EarnedSchedule = es,
            PFactor = p,
            EffectiveEarnedValue = conforming,
            PlannedValueAtEarnedSchedule = pvAtEs,
            EarnedValue = ev,
            EffectiveEarnedSchedule = EarnedSchedule.Kernel(sum, conforming),
            Tasks = rows.MoveToImmutable(),
            Diagnostics = [.. diagnostics],
        };
    }
}
