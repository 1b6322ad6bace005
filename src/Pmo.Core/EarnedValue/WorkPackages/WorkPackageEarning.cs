using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Computes the earned value of each work package from its technique and its progress, and rolls it up.
/// </summary>
/// <remarks>
/// <para>Per package (BAC its budget, t the status time in periods; see <see cref="EarningTechnique"/>):</para>
/// <list type="bullet">
/// <item>0/100: <c>EV = finished ? BAC : 0</c>.</item>
/// <item>X/Y: <c>EV = finished ? BAC : started ? X·BAC : 0</c>.</item>
/// <item>Weighted milestones: <c>EV = finished ? BAC : BAC · Σ_{j completed} ŵⱼ</c>.</item>
/// <item>Percent complete, physical percent complete: <c>EV = finished ? BAC : p · BAC</c>.</item>
/// <item>Units complete: <c>EV = finished ? BAC : (u / U) · BAC</c>.</item>
/// <item>Level of effort: <c>EV = PV(t)</c>, the package's own time-phased PV.</item>
/// <item>Apportioned effort: <c>EV = min(f · EV_base, BAC)</c>, resolved base-first without recursion.</item>
/// </list>
/// <para>
/// A package without a progress entry has not started and has <c>AC = 0</c>. Totals are sums (compensated, Neumaier 1974, so
/// they stay within a few units of round-off of the exact sums whatever the number of packages); level of effort is
/// excluded from the discrete totals used for schedule analysis (see <see cref="WorkPackageEarningResult"/>).
/// Sources: DCMA EVMS guidebook; DoD EVMIG (2006) §3; PMI <i>Practice Standard for Earned Value Management</i>, 2nd ed. (2011).
/// </para>
/// </remarks>
public static class WorkPackageEarning
{
    /// <summary>Evaluates a plan at a time in periods on the project's grid.</summary>
    /// <param name="packages">The plan: at least one package, distinct ids; time-phased PV curves all of the same length.</param>
    /// <param name="progress">Progress by package id; every key must be a package of the plan. Missing packages have not started.</param>
    /// <param name="atPeriods">The status time t in periods (as <see cref="TimePhasedBaseline.TimeAt(LocalDate)"/>), finite, zero or positive.</param>
    /// <returns>The earned value per package and in total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="packages"/> or <paramref name="progress"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="packages"/> is empty or holds a null; a progress entry is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atPeriods"/> is NaN, infinite or negative, or the package totals overflow the double range (<c>ParamName</c> "packages").</exception>
    /// <exception cref="WorkPackageException">
    /// A duplicate id, progress for an unknown package, a milestone not in the plan, units above the total, an unknown or
    /// level-of-effort base package, or PV curves of different lengths (<see cref="WorkPackageException.Rule"/> says which).
    /// </exception>
    /// <exception cref="ApportionedEffortCycleException">Apportioned-effort packages form a cycle.</exception>
    [Pure]
    public static WorkPackageEarningResult Evaluate(IReadOnlyList<WorkPackage> packages, IReadOnlyDictionary<string, WorkPackageProgress> progress, double atPeriods)
    {
        Guard.Against.NotFiniteNonNegative(atPeriods);
        return EvaluateCore(packages, progress, atPeriods, null);
    }

    /// <summary>Evaluates a plan at a status date on the project baseline's period grid.</summary>
    /// <param name="packages">The plan: at least one package, distinct ids; time-phased PV curves must have <see cref="TimePhasedBaseline.PeriodCount"/> periods.</param>
    /// <param name="progress">Progress by package id; every key must be a package of the plan. Missing packages have not started.</param>
    /// <param name="projectBaseline">The project baseline whose periods the package curves use; the status time is <c>max(0, TimeAt(statusDate))</c>.</param>
    /// <param name="statusDate">The status date (progress is cumulative through the end of this day).</param>
    /// <returns>The earned value per package and in total.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="packages"/> is empty or holds a null; a progress entry is null.</exception>
    /// <exception cref="WorkPackageException">As <see cref="Evaluate(IReadOnlyList{WorkPackage}, IReadOnlyDictionary{string, WorkPackageProgress}, double)"/>, or a curve's length differs from the baseline's period count.</exception>
    /// <exception cref="ApportionedEffortCycleException">Apportioned-effort packages form a cycle.</exception>
    [Pure]
    public static WorkPackageEarningResult Evaluate(IReadOnlyList<WorkPackage> packages, IReadOnlyDictionary<string, WorkPackageProgress> progress, TimePhasedBaseline projectBaseline, LocalDate statusDate)
    {
        Guard.Against.Null(projectBaseline);
        double t = Math.Max(0, projectBaseline.TimeAt(statusDate));
        return EvaluateCore(packages, progress, t, projectBaseline.PeriodCount);
    }

    private static WorkPackageEarningResult EvaluateCore(IReadOnlyList<WorkPackage> packages, IReadOnlyDictionary<string, WorkPackageProgress> progress, double t, int? gridPeriods)
    {
        Guard.Against.Null(packages);
        Guard.Against.Null(progress);
        int n = packages.Count;
        if (n == 0)
        {
            throw new ArgumentException($"{nameof(packages)} must contain at least one work package.", nameof(packages));
        }

        var byId = new Dictionary<string, int>(n, StringComparer.Ordinal);
        int? periods = gridPeriods;
        string? firstCurveId = null;
        for (int i = 0; i < n; i++)
        {
            WorkPackage p = packages[i] ?? throw new ArgumentException($"{nameof(packages)}[{i}] is null.", nameof(packages));
            if (!byId.TryAdd(p.Id, i))
            {
                throw new WorkPackageException(WorkPackageRule.DuplicateId, p.Id, $"{nameof(packages)} must have distinct ids, but '{p.Id}' appears more than once.", nameof(packages));
            }

            if (p.HasPlannedValue)
            {
                int len = p.CumulativePlannedValue.Length;
                if (periods is null)
                {
                    periods = len;
                    firstCurveId = p.Id;
                }
                else if (len != periods)
                {
                    string against = firstCurveId is null ? "the project baseline" : $"package '{firstCurveId}'";
                    throw new WorkPackageException(WorkPackageRule.PeriodGridMismatch, p.Id, $"The time-phased PV of package '{p.Id}' has {len} periods but {against} has {periods}: all curves must be on the project's period grid.", nameof(packages));
                }
            }
        }

        foreach (KeyValuePair<string, WorkPackageProgress> kv in progress)
        {
            if (!byId.ContainsKey(kv.Key))
            {
                throw new WorkPackageException(WorkPackageRule.UnknownPackage, kv.Key, $"{nameof(progress)} is reported for '{kv.Key}', which is not a work package of the plan.", nameof(progress));
            }

            if (kv.Value is null)
            {
                throw new ArgumentException($"{nameof(progress)}['{kv.Key}'] is null.", nameof(progress));
            }
        }

        var diagnostics = new List<Diagnostic>();
        var ev = new double[n];
        var baseEv = new double?[n];
        var resolved = new bool[n];
        for (int i = 0; i < n; i++)
        {
            WorkPackage p = packages[i];
            WorkPackageProgress? pr = progress.TryGetValue(p.Id, out WorkPackageProgress? found) ? found : null;
            if (pr is not null)
            {
                ValidateMeasures(p, pr);
            }

            if (p.Technique is ApportionedEffortTechnique ae)
            {
                if (!byId.TryGetValue(ae.BasePackageId, out int b))
                {
                    throw new WorkPackageException(WorkPackageRule.UnknownBasePackage, p.Id, $"Apportioned-effort package '{p.Id}' names base package '{ae.BasePackageId}', which is not in the plan.", nameof(packages));
                }

                if (packages[b].IsLevelOfEffort)
                {
                    throw new WorkPackageException(WorkPackageRule.LevelOfEffortBase, p.Id, $"Apportioned-effort package '{p.Id}' names level-of-effort package '{ae.BasePackageId}' as its base; apportioned effort must rest on discrete work.", nameof(packages));
                }

                NoteIgnoredMeasures(p, pr, diagnostics);
                continue;
            }

            ev[i] = OwnEarnedValue(p, pr, t, diagnostics);
            resolved[i] = true;
        }

        ResolveApportioned(packages, byId, ev, baseEv, resolved, diagnostics);

        var rows = ImmutableArray.CreateBuilder<WorkPackageEarnedValue>(n);
        // Compensated (Neumaier) sums: a million packages of mixed size stay within a few ulps of the exact totals.
        CompensatedSum sEv = default, sAc = default, sBac = default, sDiscEv = default, sDiscBac = default, sLoeEv = default, sLoeBac = default;
        CompensatedSum sPvAll = default, sPvDisc = default;
        bool allTimed = true, discTimed = true;
        int discCount = 0;
        for (int i = 0; i < n; i++)
        {
            WorkPackage p = packages[i];
            double ac = progress.TryGetValue(p.Id, out WorkPackageProgress? pr) ? pr.ActualCost : 0;
            double? pv = p.HasPlannedValue ? CumulativeCurves.ValueAt(p.CumulativePlannedValue.AsSpan(), t) : null;
            rows.Add(new WorkPackageEarnedValue { Package = p, EarnedValue = ev[i], ActualCost = ac, PlannedValue = pv, BaseEarnedValue = baseEv[i] });
            sEv.Add(ev[i]);
            sAc.Add(ac);
            sBac.Add(p.BudgetAtCompletion);
            sPvAll.Add(pv ?? 0);
            allTimed &= pv.HasValue;
            if (p.IsLevelOfEffort)
            {
                sLoeEv.Add(ev[i]);
                sLoeBac.Add(p.BudgetAtCompletion);
            }
            else
            {
                discCount++;
                sDiscEv.Add(ev[i]);
                sDiscBac.Add(p.BudgetAtCompletion);
                sPvDisc.Add(pv ?? 0);
                discTimed &= pv.HasValue;
            }
        }

        double totalEv = sEv.Value, totalAc = sAc.Value, totalBac = sBac.Value, discEv = sDiscEv.Value, discBac = sDiscBac.Value, loeEv = sLoeEv.Value, loeBac = sLoeBac.Value;
        double pvAll = sPvAll.Value, pvDisc = sPvDisc.Value;

        ImmutableArray<double> curve = [];
        double? discEs = null;
        if (discCount > 0 && discTimed)
        {
            var sum = new double[periods!.Value + 1];
            var compensation = new double[sum.Length];
            foreach (WorkPackage p in packages)
            {
                if (!p.IsLevelOfEffort)
                {
                    for (int k = 0; k < p.CumulativePlannedValue.Length; k++)
                    {
                        CompensatedSum.Add(ref sum[k + 1], ref compensation[k + 1], p.CumulativePlannedValue[k]);
                    }
                }
            }

            for (int k = 1; k < sum.Length; k++)
            {
                sum[k] += compensation[k];
            }

            curve = [.. sum];
            discEs = EarnedSchedule.Kernel(sum, discEv);
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "ES (discrete)", discCount == 0
                ? "Every package is level of effort: there is no discrete work to run schedule analysis on."
                : "Some discrete packages have no time-phased PV, so the discrete PV curve and its earned schedule are undefined."));
        }

        if (!allTimed)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "PV", "Some packages have no time-phased PV, so the total PV at the status time is undefined."));
        }

        if (loeBac > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "LOE", string.Create(CultureInfo.InvariantCulture, $"Level of effort (BAC {loeBac}, EV = PV = {loeEv}) is included in the cost totals and excluded from the discrete EV and PV used for schedule analysis.")));
        }

        if (!double.IsFinite(totalEv + totalAc + totalBac + discEv + discBac + loeEv + loeBac))
        {
            throw new ArgumentOutOfRangeException(nameof(packages), $"The totals of the {nameof(packages)} (BAC, EV or AC) overflow the double range.");
        }

        return new WorkPackageEarningResult(rows.MoveToImmutable())
        {
            Time = t,
            EarnedValue = totalEv,
            ActualCost = totalAc,
            BudgetAtCompletion = totalBac,
            PlannedValue = allTimed ? pvAll : null,
            DiscreteEarnedValue = discEv,
            DiscreteBudgetAtCompletion = discBac,
            DiscretePlannedValue = discCount > 0 && discTimed ? pvDisc : null,
            LevelOfEffortEarnedValue = loeEv,
            LevelOfEffortBudgetAtCompletion = loeBac,
            DiscreteCumulativeCurve = curve,
            DiscreteEarnedSchedule = discEs,
            Diagnostics = [.. diagnostics],
        };
    }

    private static double OwnEarnedValue(WorkPackage p, WorkPackageProgress? pr, double t, List<Diagnostic> diagnostics)
    {
        double bac = p.BudgetAtCompletion;
        bool started = pr?.Started ?? false;
        bool finished = pr?.Finished ?? false;

        switch (p.Technique)
        {
            case StartFinishTechnique sf:
                return finished ? bac : started ? sf.StartFraction * bac : 0;
            case WeightedMilestonesTechnique w:
            {
                double share = 0;
                foreach (string m in pr?.CompletedMilestones ?? [])
                {
                    share += w.NormalizedWeightOf(m);
                }

                if (finished)
                {
                    WarnIfDisagrees(p, share < 1 - 1e-12 && !pr!.CompletedMilestones.IsEmpty, $"{pr!.CompletedMilestones.Length} of {w.Milestones.Length} milestones", diagnostics);
                    return bac;
                }

                return Math.Min(1, share) * bac;
            }

            case UnitsCompleteTechnique u:
            {
                double units = pr?.UnitsCompleted ?? 0;
                if (finished)
                {
                    WarnIfDisagrees(p, units > 0 && units < u.TotalUnits, string.Create(CultureInfo.InvariantCulture, $"{units} of {u.TotalUnits} units"), diagnostics);
                    return bac;
                }

                return units / u.TotalUnits * bac;
            }

            default:
                switch (p.Technique.Kind)
                {
                    case EarningTechniqueKind.ZeroHundred:
                        return finished ? bac : 0;
                    case EarningTechniqueKind.PercentComplete:
                    case EarningTechniqueKind.PhysicalPercentComplete:
                    {
                        double pc = pr?.PercentComplete ?? 0;
                        if (finished)
                        {
                            WarnIfDisagrees(p, pc > 0 && pc < 1, string.Create(CultureInfo.InvariantCulture, $"{pc:P1} complete"), diagnostics);
                            return bac;
                        }

                        return pc * bac;
                    }

                    case EarningTechniqueKind.LevelOfEffort:
                        NoteIgnoredMeasures(p, pr, diagnostics);
                        return CumulativeCurves.ValueAt(p.CumulativePlannedValue.AsSpan(), t);
                    default:
                        throw new InvalidOperationException($"Unknown earning technique {p.Technique.Kind}.");
                }
        }
    }

    /// <summary>Plan-dependent checks of the reported measures, whatever the technique.</summary>
    private static void ValidateMeasures(WorkPackage p, WorkPackageProgress progress)
    {
        var wm = p.Technique as WeightedMilestonesTechnique;
        foreach (string m in progress.CompletedMilestones)
        {
            if (wm is null || !wm.Contains(m))
            {
                throw new WorkPackageException(WorkPackageRule.UnknownMilestone, p.Id, wm is null
                    ? $"Progress of '{p.Id}' lists completed milestone '{m}', but the package earns by {p.Technique} and has no milestones."
                    : $"Progress of '{p.Id}' lists completed milestone '{m}', which is not one of its milestones.", nameof(progress));
            }
        }

        if (p.Technique is UnitsCompleteTechnique uc && progress.UnitsCompleted > uc.TotalUnits)
        {
            throw new WorkPackageException(WorkPackageRule.UnitsAboveTotal, p.Id, string.Create(CultureInfo.InvariantCulture, $"Progress of '{p.Id}' reports {progress.UnitsCompleted} units completed, above its total of {uc.TotalUnits}."), nameof(progress));
        }
    }

    private static void WarnIfDisagrees(WorkPackage p, bool disagrees, string measure, List<Diagnostic> diagnostics)
    {
        if (disagrees)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, p.Id, $"Package '{p.Id}' is reported finished with {measure}; a finished package earns its whole BAC."));
        }
    }

    private static void NoteIgnoredMeasures(WorkPackage p, WorkPackageProgress? pr, List<Diagnostic> diagnostics)
    {
        if (pr is not null && (pr.PercentComplete > 0 || pr.UnitsCompleted > 0 || !pr.CompletedMilestones.IsEmpty))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, p.Id, $"Package '{p.Id}' earns by {p.Technique}; its reported progress measures are ignored (only its actual cost is used)."));
        }
    }

    /// <summary>Resolves apportioned EV base-first with an explicit stack (no recursion); detects cycles.</summary>
    private static void ResolveApportioned(IReadOnlyList<WorkPackage> packages, Dictionary<string, int> byId, double[] ev, double?[] baseEv, bool[] resolved, List<Diagnostic> diagnostics)
    {
        int n = packages.Count;
        var onPath = new int[n]; // 0 = not on the current path, else position + 1
        var path = new List<int>();
        for (int start = 0; start < n; start++)
        {
            if (resolved[start])
            {
                continue;
            }

            // Walk down the chain of bases until a resolved package, recording the path.
            int cur = start;
            while (!resolved[cur])
            {
                if (onPath[cur] != 0)
                {
                    var cycle = new List<string>();
                    for (int k = onPath[cur] - 1; k < path.Count; k++)
                    {
                        cycle.Add(packages[path[k]].Id);
                    }

                    cycle.Add(packages[cur].Id);
                    throw new ApportionedEffortCycleException(cycle, nameof(packages));
                }

                path.Add(cur);
                onPath[cur] = path.Count;
                cur = byId[((ApportionedEffortTechnique)packages[cur].Technique).BasePackageId];
            }

            // Unwind: each package on the path earns from its (now resolved) base.
            for (int k = path.Count - 1; k >= 0; k--)
            {
                int i = path[k];
                WorkPackage p = packages[i];
                var ae = (ApportionedEffortTechnique)p.Technique;
                double b = ev[byId[ae.BasePackageId]];
                double raw = ae.Factor * b;
                if (raw > p.BudgetAtCompletion)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, p.Id, string.Create(CultureInfo.InvariantCulture, $"Apportioned EV of '{p.Id}' ({ae.Factor} × {b} = {raw}) exceeds its BAC {p.BudgetAtCompletion} and is capped at BAC; check the factor against the base budget.")));
                }

                ev[i] = Math.Min(raw, p.BudgetAtCompletion);
                baseEv[i] = b;
                resolved[i] = true;
                onPath[i] = 0;
            }

            path.Clear();
        }
    }
}
