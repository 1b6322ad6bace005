using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pmo.Cli.Json;
using Pmo.Core.Resources;
using Pmo.Core.Scheduling;
using SchedulingCalendar = Pmo.Core.Scheduling.WorkingCalendar;

namespace Pmo.Cli.Input;

/// <summary>A validated what-if change (mapped onto the core scenario types by the analysis).</summary>
/// <param name="Type">The change type (contract name).</param>
/// <param name="Path">Its JSON path, for messages.</param>
internal sealed record LoadedScenarioChange(string Type, string Path)
{
    public string? Role { get; init; }

    public double? Fte { get; init; }

    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }

    public string? Person { get; init; }

    public string? Project { get; init; }

    public int? Periods { get; init; }

    public ImmutableArray<string> Order { get; init; } = [];
}

/// <summary>A validated what-if scenario.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Changes">Its changes, in order.</param>
internal sealed record LoadedScenario(string Name, ImmutableArray<LoadedScenarioChange> Changes);

/// <summary>The validated resources section.</summary>
/// <param name="Plan">Capacity.</param>
/// <param name="Demand">Demand of the portfolio's projects (committed) and proposals.</param>
/// <param name="PriorityOrder">The explicit priority order, or empty for the default.</param>
/// <param name="Scenarios">What-if scenarios.</param>
internal sealed record LoadedResources(CapacityPlan Plan, PortfolioDemand Demand, ImmutableArray<string> PriorityOrder, ImmutableArray<LoadedScenario> Scenarios)
{
    /// <summary>Gets notes: bottom-up demand outside the planning periods, milestone assignments.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}

/// <summary>Mapping of the resources section (issue 7).</summary>
internal static partial class InputMapper
{
    /// <summary>The scenario change types accepted by <c>scenarios[].changes[].type</c>.</summary>
    public static readonly ImmutableArray<string> ScenarioChangeTypes = ["addCapacity", "removePerson", "shiftProject", "cancelProject", "approveProject", "priorityOrder"];

    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    /// <summary>Validates and maps the resources section.</summary>
    /// <param name="doc">The section.</param>
    /// <param name="p">Its JSON path.</param>
    /// <param name="projects">The portfolio's (committed) projects.</param>
    /// <param name="holidays">The portfolio's holidays.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InputValidationException">A rule is broken.</exception>
    public static LoadedResources MapResources(ResourcesDocument doc, string p, IReadOnlyList<LoadedProject> projects, IReadOnlyList<LocalDate> holidays)
    {
        YearMonth first = Month(doc.FirstPeriod, $"{p}.firstPeriod");
        int count = Required(doc.Periods, $"{p}.periods");
        if (count is < 1 or > 120)
        {
            throw Fail($"{p}.periods", $"must be between 1 and 120 months (got {count})");
        }

        double hoursPerDay = InRange(doc.HoursPerDay, $"{p}.hoursPerDay", 0, 24, inclusive: true) ?? 8.0;
        if (hoursPerDay == 0)
        {
            throw Fail($"{p}.hoursPerDay", "must be greater than zero (got 0)");
        }

        PlanningPeriods periods = PlanningPeriods.Monthly(first, count);

        // The calendar covers the periods, every schedule and every holiday (Monday to Friday minus holidays).
        LocalDate from = periods.Start.PlusYears(-1);
        LocalDate to = periods.End.PlusYears(5);
        foreach (LocalDate h in holidays)
        {
            from = h < from ? h : from;
            to = h > to ? h : to;
        }

        foreach (LoadedProject project in projects)
        {
            if (project.Schedule?.Start is LocalDate s && s < from)
            {
                from = s;
            }
        }

        var calendar = new SchedulingCalendar(from, to, holidays: holidays);

        // Roles.
        IReadOnlyList<RoleDocument?> rdocs = NonEmptyArray(doc.Roles, $"{p}.roles");
        var roles = new List<Role>(rdocs.Count);
        for (int i = 0; i < rdocs.Count; i++)
        {
            string rp = $"{p}.roles[{i}]";
            RoleDocument r = rdocs[i] ?? throw Fail(rp, "must be an object, not null");
            string id = RequiredText(r.Id, $"{rp}.id");
            if (roles.Any(x => x.Id == id))
            {
                throw Fail($"{rp}.id", $"duplicate role id \"{id}\"");
            }

            string[] skills = [.. (r.Skills ?? []).Select((s, k) => RequiredText(s, $"{rp}.skills[{k}]"))];
            string? department = r.Department is null ? null : RequiredText(r.Department, $"{rp}.department");
            roles.Add(Guarded(rp, () => new Role(id, r.Name, department, skills)));
        }

        string[] roleIds = [.. roles.Select(r => r.Id)];

        // People and pools.
        var people = new List<Person>();
        IReadOnlyList<PersonDocument?> pdocs = doc.People ?? [];
        for (int i = 0; i < pdocs.Count; i++)
        {
            string pp = $"{p}.people[{i}]";
            PersonDocument d = pdocs[i] ?? throw Fail(pp, "must be an object, not null");
            string id = RequiredText(d.Id, $"{pp}.id");
            if (people.Any(x => x.Id == id))
            {
                throw Fail($"{pp}.id", $"duplicate person id \"{id}\"");
            }

            string role = KnownId(d.Role, $"{pp}.role", roleIds, "role");
            double fte = InRange(d.Fte, $"{pp}.fte", 0, 1, inclusive: true) ?? 1.0;
            if (fte == 0)
            {
                throw Fail($"{pp}.fte", "must be greater than zero (got 0)");
            }

            var absences = new List<Absence>();
            IReadOnlyList<AbsenceDocument?> adocs = d.Absences ?? [];
            for (int k = 0; k < adocs.Count; k++)
            {
                string ap = $"{pp}.absences[{k}]";
                AbsenceDocument a = adocs[k] ?? throw Fail(ap, "must be an object, not null");
                LocalDate af = a.From ?? throw Fail($"{ap}.from", Missing);
                LocalDate at = a.To ?? throw Fail($"{ap}.to", Missing);
                if (at < af)
                {
                    throw Fail($"{ap}.to", $"must not be before from {Iso(af)} (got {Iso(at)})");
                }

                double fraction = InRange(a.Fraction, $"{ap}.fraction", 0, 1, inclusive: true) ?? 1.0;
                if (fraction == 0)
                {
                    throw Fail($"{ap}.fraction", "must be greater than zero (got 0)");
                }

                absences.Add(new Absence(af, at, fraction, a.Reason));
            }

            if (d.ActiveFrom is LocalDate f && d.ActiveTo is LocalDate t && t < f)
            {
                throw Fail($"{pp}.activeTo", $"must not be before activeFrom {Iso(f)} (got {Iso(t)})");
            }

            people.Add(Guarded(pp, () => new Person(id, role, fte, d.Name, null, d.ActiveFrom, d.ActiveTo, absences)));
        }

        var pools = new List<RolePool>();
        IReadOnlyList<PoolDocument?> qdocs = doc.Pools ?? [];
        for (int i = 0; i < qdocs.Count; i++)
        {
            string qp = $"{p}.pools[{i}]";
            PoolDocument q = qdocs[i] ?? throw Fail(qp, "must be an object, not null");
            string role = KnownId(q.Role, $"{qp}.role", roleIds, "role");
            double fte = Positive(q.Fte, $"{qp}.fte") ?? throw Fail($"{qp}.fte", Missing);
            if (q.From is LocalDate f && q.To is LocalDate t && t < f)
            {
                throw Fail($"{qp}.to", $"must not be before from {Iso(f)} (got {Iso(t)})");
            }

            pools.Add(Guarded($"{qp}.fte", () => new RolePool(role, fte, q.From, q.To, q.Name)));
        }

        CapacityPlan plan = Guarded(p, () => new CapacityPlan(periods, calendar, roles, people, pools, hoursPerDay));

        // Projects: the portfolio's (committed) and the proposals.
        var resourceProjects = new List<ResourceProject>(projects.Select(x => new ResourceProject(x.Id, CommitmentStatus.Committed, x.Name, x.Programme)));
        IReadOnlyList<ProposalDocument?> odocs = doc.Proposals ?? [];
        for (int i = 0; i < odocs.Count; i++)
        {
            string op = $"{p}.proposals[{i}]";
            ProposalDocument o = odocs[i] ?? throw Fail(op, "must be an object, not null");
            string id = RequiredText(o.Id, $"{op}.id");
            if (resourceProjects.Any(x => x.Id == id))
            {
                throw Fail($"{op}.id", $"duplicate project id \"{id}\" (already a portfolio project or a proposal)");
            }

            string? programme = o.Programme is null ? null : RequiredText(o.Programme, $"{op}.programme");
            resourceProjects.Add(new ResourceProject(id, CommitmentStatus.Proposed, o.Name, programme));
        }

        string[] projectIds = [.. resourceProjects.Select(x => x.Id)];

        // Top-down demand.
        var entries = new List<DemandEntry>();
        IReadOnlyList<DemandDocument?> ddocs = doc.Demand ?? [];
        for (int i = 0; i < ddocs.Count; i++)
        {
            string dp = $"{p}.demand[{i}]";
            DemandDocument d = ddocs[i] ?? throw Fail(dp, "must be an object, not null");
            string project = KnownId(d.Project, $"{dp}.project", projectIds, "project (not a portfolio project or a proposal)");
            string role = KnownId(d.Role, $"{dp}.role", roleIds, "role");
            YearMonth start = Month(d.StartPeriod, $"{dp}.startPeriod");
            int offset = ((start.Year - first.Year) * 12) + start.Month - first.Month;
            if (d.Fte is null == d.Hours is null)
            {
                throw Fail(dp, "give exactly one of fte (full-time equivalents per month) or hours (per month)");
            }

            bool fte = d.Fte is not null;
            IReadOnlyList<double?> values = d.Fte ?? d.Hours!;
            string vp = fte ? $"{dp}.fte" : $"{dp}.hours";
            for (int k = 0; k < values.Count; k++)
            {
                double v = NonNegative(values[k], $"{vp}[{k}]") ?? throw Fail($"{vp}[{k}]", "must be a number, not null");
                int period = offset + k;
                if (period < 0 || period >= count)
                {
                    if (v == 0)
                    {
                        continue;
                    }

                    throw Fail($"{vp}[{k}]", $"falls in {MonthPattern.Format(start.PlusMonths(k))}, outside the {count} planning months {periods[0].Label}..{periods[count - 1].Label}");
                }

                entries.Add(Guarded($"{vp}[{k}]", () => new DemandEntry(project, role, period, fte ? plan.ToHours(period, v) : v)));
            }
        }

        // Bottom-up demand from schedule assignments (CPM early dates from the schedule's start).
        var notes = new List<string>();
        IReadOnlyList<AssignmentDocument?> adocsAll = doc.Assignments ?? [];
        var byProject = new Dictionary<string, List<(ActivityAssignment A, string Path)>>(StringComparer.Ordinal);
        for (int i = 0; i < adocsAll.Count; i++)
        {
            string ap = $"{p}.assignments[{i}]";
            AssignmentDocument a = adocsAll[i] ?? throw Fail(ap, "must be an object, not null");
            string project = KnownId(a.Project, $"{ap}.project", projects.Select(x => x.Id), "portfolio project");
            LoadedProject lp = projects.First(x => x.Id == project);
            if (lp.Schedule is null || lp.Schedule.Start is null)
            {
                throw Fail($"{ap}.project", $"project \"{project}\" has no schedule with a start date to take the activity dates from");
            }

            string activity = KnownId(a.Activity, $"{ap}.activity", lp.Schedule.PreMitigation.Network.Activities.Select(x => x.Id), $"activity of project \"{project}\"");
            string role = KnownId(a.Role, $"{ap}.role", roleIds, "role");
            double units = Positive(a.Units, $"{ap}.units") ?? 1.0;
            if (!byProject.TryGetValue(project, out var list))
            {
                byProject[project] = list = [];
            }

            if (list.Any(x => x.A.ActivityId == activity && x.A.RoleId == role))
            {
                throw Fail($"{ap}", $"repeats the assignment of role \"{role}\" to activity \"{activity}\" of project \"{project}\"; give one assignment with the total units");
            }

            list.Add((Guarded($"{ap}.units", () => new ActivityAssignment(activity, role, units)), ap));
        }

        foreach ((string project, List<(ActivityAssignment A, string Path)> list) in byProject)
        {
            LoadedSchedule s = projects.First(x => x.Id == project).Schedule!;
            LocalDate start = s.Start!.Value;
            if (!calendar.IsWorkingDay(start))
            {
                throw Fail(list[0].Path, $"the schedule of project \"{project}\" starts on {Iso(start)}, not a working day");
            }

            CpmResult cpm = CriticalPath.Analyze(s.PreMitigation.Network);
            ScheduledDemand sd = Guarded(list[0].Path, () => ScheduledDemand.FromEarlyStarts(project, cpm, list.Select(x => x.A), calendar, start, plan));
            entries.AddRange(sd.Entries);
            if (sd.HoursBeforeHorizon > 0 || sd.HoursAfterHorizon > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{project}: {sd.HoursBeforeHorizon + sd.HoursAfterHorizon:N0} h of its scheduled demand fall outside the planning months ({sd.HoursBeforeHorizon:N0} h before, {sd.HoursAfterHorizon:N0} h after) and are not in the heat map."));
            }

            notes.AddRange(sd.Diagnostics.Where(x => x.Kind == Pmo.Core.Common.DiagnosticKind.Information).Select(x => $"{project}: {x.Message}"));
        }

        PortfolioDemand demand = Guarded(p, () => new PortfolioDemand(plan, resourceProjects, entries));

        // Priority order (optional): a permutation of every project and proposal.
        ImmutableArray<string> order = [];
        if (doc.PriorityOrder is { } po)
        {
            order = OrderList(po, $"{p}.priorityOrder", projectIds);
        }

        // Scenarios.
        var scenarios = ImmutableArray.CreateBuilder<LoadedScenario>();
        IReadOnlyList<ScenarioDocument?> sdocs = doc.Scenarios ?? [];
        for (int i = 0; i < sdocs.Count; i++)
        {
            string sp = $"{p}.scenarios[{i}]";
            ScenarioDocument sc = sdocs[i] ?? throw Fail(sp, "must be an object, not null");
            string name = RequiredText(sc.Name, $"{sp}.name");
            if (scenarios.Any(x => x.Name == name))
            {
                throw Fail($"{sp}.name", $"duplicate scenario name \"{name}\"");
            }

            IReadOnlyList<ScenarioChangeDocument?> cdocs = NonEmptyArray(sc.Changes, $"{sp}.changes");
            var changes = ImmutableArray.CreateBuilder<LoadedScenarioChange>(cdocs.Count);
            for (int k = 0; k < cdocs.Count; k++)
            {
                string cp = $"{sp}.changes[{k}]";
                ScenarioChangeDocument c = cdocs[k] ?? throw Fail(cp, "must be an object, not null");
                string type = RequiredText(c.Type, $"{cp}.type");
                changes.Add(type switch
                {
                    "addCapacity" => new LoadedScenarioChange(type, cp)
                    {
                        Role = KnownId(c.Role, $"{cp}.role", roleIds, "role"),
                        Fte = Positive(c.Fte, $"{cp}.fte") is double sf ? (sf <= RolePool.MaxFte ? sf : throw Fail($"{cp}.fte", $"must be at most {Num(RolePool.MaxFte)} (got {Num(sf)})")) : throw Fail($"{cp}.fte", Missing),
                        From = c.From,
                        To = c.From is LocalDate f && c.To is LocalDate t && t < f ? throw Fail($"{cp}.to", $"must not be before from {Iso(f)} (got {Iso(t)})") : c.To,
                    },
                    "removePerson" => new LoadedScenarioChange(type, cp) { Person = KnownId(c.Person, $"{cp}.person", people.Select(x => x.Id), "person") },
                    "shiftProject" => new LoadedScenarioChange(type, cp)
                    {
                        Project = KnownId(c.Project, $"{cp}.project", projectIds, "project"),
                        Periods = c.Periods is int n && n != 0 ? n : throw Fail($"{cp}.periods", c.Periods is null ? Missing : "must not be 0 (positive delays, negative accelerates)"),
                    },
                    "cancelProject" or "approveProject" => new LoadedScenarioChange(type, cp) { Project = KnownId(c.Project, $"{cp}.project", projectIds, "project") },
                    "priorityOrder" => new LoadedScenarioChange(type, cp) { Order = OrderList(c.Order ?? throw Fail($"{cp}.order", Missing), $"{cp}.order", projectIds) },
                    _ => throw Fail($"{cp}.type", $"must be one of {string.Join(", ", ScenarioChangeTypes.Select(x => $"\"{x}\""))} (got \"{type}\")"),
                });
            }

            scenarios.Add(new LoadedScenario(name, changes.MoveToImmutable()));
        }

        return new LoadedResources(plan, demand, order, scenarios.ToImmutable()) { Notes = [.. notes] };
    }

    private static YearMonth Month(string? text, string path)
    {
        string t = RequiredText(text, path);
        ParseResult<YearMonth> r = MonthPattern.Parse(t);
        return r.Success ? r.Value : throw Fail(path, $"must be a month \"yyyy-MM\" (got \"{t}\")");
    }

    private static ImmutableArray<string> OrderList(IReadOnlyList<string?> list, string path, string[] projectIds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            string id = KnownId(list[i], $"{path}[{i}]", projectIds, "project");
            if (!seen.Add(id))
            {
                throw Fail($"{path}[{i}]", $"lists project \"{id}\" twice");
            }
        }

        string[] missing = [.. projectIds.Where(x => !seen.Contains(x))];
        return missing.Length == 0
            ? [.. list.Select(x => x!)]
            : throw Fail(path, $"must list every project and proposal once; missing: {string.Join(", ", missing)}");
    }
}
