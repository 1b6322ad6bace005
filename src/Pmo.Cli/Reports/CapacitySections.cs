using System.Globalization;
using Pmo.Cli.Analysis;
using Pmo.Core.Resources;

namespace Pmo.Cli.Reports;

/// <summary>The <c>pmo capacity</c> report and the portfolio report's "Resource capacity" section.</summary>
internal static class CapacitySections
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The full report of <c>pmo capacity</c>.</summary>
    public static ReportDocument Build(CapacityResult r, string portfolioName, string source)
    {
        var doc = new ReportDocument().Heading(1, $"{portfolioName}: resource capacity");
        Body(doc, r, level: 2, full: true, source);
        return doc;
    }

    /// <summary>The resource section of the portfolio report.</summary>
    public static void Section(ReportDocument doc, PortfolioResult result)
    {
        if (result.Capacity is not { } r)
        {
            return;
        }

        doc.Heading(2, "Resource capacity");
        Body(doc, r, level: 3, full: false, source: null);
    }

    private static void Body(ReportDocument doc, CapacityResult r, int level, bool full, string? source)
    {
        CapacityReport rep = r.Report;
        CapacityPlan plan = rep.Plan;
        PortfolioDemand demand = rep.Demand;
        int committed = demand.Projects.Count(p => p.Status == CommitmentStatus.Committed);
        var facts = new List<(string, string)>
        {
            ("Periods", $"{plan.PeriodCount} months, {plan.Periods[0].Label} to {plan.Periods[plan.PeriodCount - 1].Label}; {Num(plan.HoursPerDay)} h per working day (Mon–Fri minus holidays)"),
            ("Supply", $"{plan.RoleCount} roles, {plan.People.Length} named people, {plan.Pools.Length} pools"),
            ("Demand", $"{committed} committed projects and {demand.ProjectCount - committed} proposals"),
            ("Feasible as committed", rep.CommittedInfeasiblePeriods.IsEmpty ? "yes" : $"no: over-allocated in {Months(plan, rep.CommittedInfeasiblePeriods)}"),
            ("Feasible with every proposal", rep.IsFeasible ? "yes" : $"no: over-allocated in {Months(plan, rep.InfeasiblePeriods)}"),
        };
        if (source is not null)
        {
            facts.Add(("Input", source));
        }

        doc.Facts([.. facts]);

        doc.Heading(level, "Capacity heat map (utilisation = demand / capacity, committed + proposed)");
        TableBlock heat = TableBlock.Create([("Role", false), .. plan.Periods.Items.Select(p => (Short(p.Label), true)), ("Peak", true)]);
        for (int ri = 0; ri < plan.RoleCount; ri++)
        {
            string role = plan.Roles[ri].Id;
            var cells = new List<string> { role };
            double? peak = null;
            for (int t = 0; t < plan.PeriodCount; t++)
            {
                CapacityCell c = rep.Cells[(ri * plan.PeriodCount) + t];
                cells.Add(Heat(c));
                if (c.Utilisation is double u && (peak is null || u > peak))
                {
                    peak = u;
                }
            }

            cells.Add(peak is double pk ? Pct(pk) : Fmt.NotAvailable);
            heat.Row([.. cells]);
        }

        heat.TotalRow(["All roles", .. Enumerable.Range(0, plan.PeriodCount).Select(t => rep.TotalUtilisation(t) is double u ? Pct(u) : Fmt.NotAvailable), string.Empty]);
        doc.Table(heat);
        ReportCharts.CapacityHeatMap(doc, rep);
        doc.Paragraph("Legend: `!` over-allocated (demand above capacity); `·` no demand; `n/a!` demand where the role has no capacity. Months are labelled MM-yy.");

        doc.Heading(level, "Over-allocations");
        if (rep.OverAllocations.IsEmpty)
        {
            doc.Paragraph("None: every role covers its demand in every month.");
        }
        else
        {
            TableBlock over = TableBlock.Create(("Role", false), ("Month", false), ("Capacity h", true), ("Demand h", true), ("Excess h", true), ("Excess FTE", true), ("Largest contributors", false));
            int limit = full ? int.MaxValue : 12;
            foreach (OverAllocation o in rep.OverAllocations.OrderByDescending(o => o.ExcessHours).Take(limit))
            {
                over.Row(o.RoleId, o.Cell.PeriodLabel, Hours(o.Cell.Capacity), Hours(o.Cell.Demand), Hours(o.ExcessHours), o.ExcessFte is double f ? f.ToString("0.0", Inv) : Fmt.NotAvailable, string.Join(", ", o.Contributors.Take(3).Select(c => $"{c.ProjectId} {Hours(c.Hours)}")));
            }

            doc.Table(over);
            if (rep.OverAllocations.Length > limit)
            {
                doc.Paragraph($"{rep.OverAllocations.Length - limit} smaller over-allocations not shown (pmo capacity lists them all).");
            }
        }

        doc.Heading(level, "Bottleneck roles");
        if (rep.Bottlenecks.IsEmpty)
        {
            doc.Paragraph("None.");
        }
        else
        {
            TableBlock b = TableBlock.Create(("Role", false), ("Shortfall h", true), ("Months over", true), ("Peak", true), ("Peak month", false), ("Demand / capacity (all months)", true));
            foreach (RoleBottleneck x in rep.Bottlenecks)
            {
                b.Row(x.RoleId, Hours(x.ShortfallHours), Fmt.Int(x.OverAllocatedPeriods), x.PeakUtilisation is double u ? Pct(u) : Fmt.NotAvailable, plan.Periods[x.PeakPeriod].Label, x.TotalCapacity > 0 ? Pct(x.TotalDemand / x.TotalCapacity) : Fmt.NotAvailable);
            }

            doc.Table(b);
        }

        Staffing(doc, r, level);
        Starts(doc, r, level);
        Scenarios(doc, r, level);

        if (full)
        {
            doc.Heading(level, "By department");
            TableBlock d = TableBlock.Create([("Department", false), .. plan.Periods.Items.Select(p => (Short(p.Label), true))]);
            foreach (CapacityRollup g in rep.ByDepartment())
            {
                d.Row([g.Key, .. Enumerable.Range(0, plan.PeriodCount).Select(t => g.Utilisation(t) is double u ? Pct(u) : Fmt.NotAvailable)]);
            }

            doc.Table(d);
            doc.Heading(level, "Demand by programme (hours, committed + proposed)");
            TableBlock pg = TableBlock.Create([("Programme", false), .. plan.Periods.Items.Select(p => (Short(p.Label), true)), ("Total", true)]);
            foreach (DemandRollup g in rep.ByProgramme())
            {
                pg.Row([g.Key, .. Enumerable.Range(0, plan.PeriodCount).Select(t => Hours(g.Committed[t] + g.Proposed[t])), Hours(g.Committed.Sum() + g.Proposed.Sum())]);
            }

            doc.Table(pg);
        }

        doc.Bullets([.. r.Resources.Notes, .. rep.Diagnostics.Select(x => x.Message)]);
    }

    private static void Staffing(ReportDocument doc, CapacityResult r, int level)
    {
        CapacityPlan plan = r.Report.Plan;
        doc.Heading(level, "What the priority order staffs");
        doc.Paragraph($"Capacity goes to projects one at a time in priority order ({r.PriorityOrderSource}; committed projects are always served first). All-or-nothing: a project is staffed only if every role-month it needs still fits. Partial: it takes what is left. Deferred: unmet hours move to later months, so a short-staffed project finishes later.");
        TableBlock t = TableBlock.Create(("#", true), ("Project", false), ("Status", false), ("Hours", true), ("All-or-nothing", false), ("Partial share", true), ("Deferred finish", false));
        int i = 0;
        foreach (ProjectAllocation a in r.Staffing.Projects)
        {
            ProjectAllocation partial = r.Partial.Project(a.ProjectId);
            ProjectAllocation deferred = r.Deferred.Project(a.ProjectId);
            string staffed = a.RequestedHours == 0 ? "no demand" : a.IsFullyStaffed ? "staffed" : $"cannot staff: {string.Join(", ", a.BlockingRoles)}";
            string finish = deferred.PlannedLastPeriod is not int planned
                ? Fmt.NotAvailable
                : deferred.AchievedLastPeriod is int achieved
                    ? (achieved == planned ? plan.Periods[planned].Label : $"{plan.Periods[achieved].Label} (+{achieved - planned})")
                    : $"beyond {plan.Periods[plan.PeriodCount - 1].Label} ({Hours(deferred.ShortfallHours)} h unmet)";
            t.Row(Fmt.Int(++i), a.ProjectId, a.Project.Status == CommitmentStatus.Committed ? "committed" : "proposed", Hours(a.RequestedHours), staffed, partial.StaffedShare is double sh ? Pct(sh) : Fmt.NotAvailable, finish);
        }

        doc.Table(t);
        doc.Facts(
            ("Fully staffed (all-or-nothing)", $"{r.Staffing.FullyStaffedCount} of {r.Staffing.Projects.Count(p => p.RequestedHours > 0)} projects with demand"),
            ("Hours short (partial)", $"{Hours(r.Partial.TotalShortfallHours)} of {Hours(r.Partial.TotalRequestedHours)} requested"),
            ("Unmet by the horizon (deferred)", $"{Hours(r.Deferred.TotalShortfallHours)} h"));
    }

    private static void Starts(ReportDocument doc, CapacityResult r, int level)
    {
        if (r.EarliestStarts.IsEmpty)
        {
            return;
        }

        CapacityPlan plan = r.Report.Plan;
        doc.Heading(level, "Earliest feasible start of each proposal");
        doc.Paragraph("Each proposal's monthly profile is moved as a block until every role-month fits beside the committed projects and the proposals ahead of it in the priority order.");
        TableBlock t = TableBlock.Create(("Proposal", false), ("Planned start", false), ("Earliest start", false), ("Shift (months)", true), ("Blocked first by", false));
        foreach (EarliestStartResult e in r.EarliestStarts)
        {
            string blocked = e.Rejections.IsEmpty ? "—" : $"{e.Rejections[0].Blocking.RoleId} {e.Rejections[0].Blocking.PeriodLabel} (short {Hours(e.Rejections[0].Blocking.Missing)} h)";
            t.Row(
                e.ProjectId,
                e.PlannedStart is int ps ? plan.Periods[ps].Label : Fmt.NotAvailable,
                e.Start is int s ? plan.Periods[s].Label : "none within the horizon",
                e.Shift is int k ? Fmt.Int(k) : Fmt.NotAvailable,
                blocked);
        }

        doc.Table(t);
    }

    private static void Scenarios(ReportDocument doc, CapacityResult r, int level)
    {
        if (r.Scenarios is not { } cmp)
        {
            return;
        }

        doc.Heading(level, "What-if scenarios");
        TableBlock t = TableBlock.Create(("Scenario", false), ("Hours short", true), ("Change", true), ("Cells over", true), ("Months infeasible", true), ("Staffed", true), ("Unmet at horizon", true), ("Finish changes", false));
        foreach (ScenarioOutcome o in new[] { cmp.Baseline }.Concat(cmp.Outcomes))
        {
            string finishes = string.Join(", ", o.Finishes.Where(f => f.FinishChange is int c && c != 0).Select(f => $"{f.ProjectId} {(f.FinishChange > 0 ? "+" : string.Empty)}{f.FinishChange}"));
            int lost = o.Finishes.Count(f => f.AchievedLastPeriod is null && f.BaselineAchievedLastPeriod is int);
            int gained = o.Finishes.Count(f => f.AchievedLastPeriod is int && f.BaselineAchievedLastPeriod is null && f.PlannedLastPeriod is int);
            if (lost + gained > 0)
            {
                finishes = string.Join("; ", new[] { finishes, gained > 0 ? $"{gained} now finish within the horizon" : string.Empty, lost > 0 ? $"{lost} no longer do" : string.Empty }.Where(x => x.Length > 0));
            }

            bool baseline = ReferenceEquals(o, cmp.Baseline);
            t.Row(o.Name, Hours(o.TotalShortfallHours), baseline ? string.Empty : SignedHours(o.ShortfallChangeHours), Fmt.Int(o.OverAllocatedCells), Fmt.Int(o.InfeasiblePeriods.Length), Fmt.Int(o.FullyStaffedCount), Hours(o.UnmetHoursAtHorizon), baseline ? string.Empty : (finishes.Length == 0 ? "none" : finishes));
        }

        doc.Table(t);
        doc.Paragraph("Hours short and staffed count: partial allocation in priority order; finish changes: deferred allocation, in months against the baseline.");
    }

    private static string SignedHours(double h) => (h > 0 ? "+" : string.Empty) + Hours(h);

    private static string Heat(CapacityCell c)
    {
        if (c.Demand == 0)
        {
            return "·";
        }

        return c.Utilisation is double u ? Pct(u) + (c.IsOverAllocated ? "!" : string.Empty) : "n/a!";
    }

    private static string Pct(double u) => Math.Round(u * 100, MidpointRounding.AwayFromZero).ToString("0", Inv) + "%";

    private static string Hours(double h) => Math.Round(h, MidpointRounding.AwayFromZero).ToString("#,0", Inv);

    private static string Num(double v) => v.ToString("0.##", Inv);

    private static string Short(string label) => label.Length == 7 && label[4] == '-' ? $"{label[5..]}-{label[2..4]}" : label;

    private static string Months(CapacityPlan plan, IEnumerable<int> periods) => string.Join(", ", periods.Select(t => plan.Periods[t].Label));
}
