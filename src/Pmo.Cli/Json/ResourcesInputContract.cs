using NodaTime;

namespace Pmo.Cli.Json;

// The resources part of the portfolio input contract (issue 7): roles, people, pools, absences, demand per project
// and role (top-down per period, or bottom-up from schedule assignments), proposals, the priority order and what-if
// scenarios. Plain nullable DTOs; InputMapper.Resources validates them with JSON paths. See docs/json-contracts.md
// ("Resources") and docs/schemas/portfolio.schema.json.

/// <summary>The portfolio's <c>resources</c> section.</summary>
internal sealed class ResourcesDocument
{
    public string? FirstPeriod { get; init; }

    public int? Periods { get; init; }

    public double? HoursPerDay { get; init; }

    public IReadOnlyList<RoleDocument?>? Roles { get; init; }

    public IReadOnlyList<PersonDocument?>? People { get; init; }

    public IReadOnlyList<PoolDocument?>? Pools { get; init; }

    public IReadOnlyList<ProposalDocument?>? Proposals { get; init; }

    public IReadOnlyList<DemandDocument?>? Demand { get; init; }

    public IReadOnlyList<AssignmentDocument?>? Assignments { get; init; }

    public IReadOnlyList<string?>? PriorityOrder { get; init; }

    public IReadOnlyList<ScenarioDocument?>? Scenarios { get; init; }
}

internal sealed class RoleDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Department { get; init; }

    public IReadOnlyList<string?>? Skills { get; init; }
}

internal sealed class PersonDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Role { get; init; }

    public double? Fte { get; init; }

    public LocalDate? ActiveFrom { get; init; }

    public LocalDate? ActiveTo { get; init; }

    public IReadOnlyList<AbsenceDocument?>? Absences { get; init; }
}

internal sealed class AbsenceDocument
{
    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }

    public double? Fraction { get; init; }

    public string? Reason { get; init; }
}

internal sealed class PoolDocument
{
    public string? Role { get; init; }

    public double? Fte { get; init; }

    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }

    public string? Name { get; init; }
}

internal sealed class ProposalDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Programme { get; init; }
}

internal sealed class DemandDocument
{
    public string? Project { get; init; }

    public string? Role { get; init; }

    public string? StartPeriod { get; init; }

    public IReadOnlyList<double?>? Fte { get; init; }

    public IReadOnlyList<double?>? Hours { get; init; }
}

internal sealed class AssignmentDocument
{
    public string? Project { get; init; }

    public string? Activity { get; init; }

    public string? Role { get; init; }

    public double? Units { get; init; }
}

internal sealed class ScenarioDocument
{
    public string? Name { get; init; }

    public IReadOnlyList<ScenarioChangeDocument?>? Changes { get; init; }
}

internal sealed class ScenarioChangeDocument
{
    public string? Type { get; init; }

    public string? Role { get; init; }

    public double? Fte { get; init; }

    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }

    public string? Person { get; init; }

    public string? Project { get; init; }

    public int? Periods { get; init; }

    public IReadOnlyList<string?>? Order { get; init; }
}
