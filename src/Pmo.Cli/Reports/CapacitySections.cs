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
        int committed = demand.Projects.Count(p => p.Status == ProjectStatus.Committed);
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
