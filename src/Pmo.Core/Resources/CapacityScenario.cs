using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Pmo.Core.Resources;

/// <summary>The kind of a <see cref="ScenarioChange"/>.</summary>
public enum ScenarioChangeKind
{
    /// <summary>Add unnamed capacity (a hire, contractors) as a <see cref="RolePool"/>.</summary>
    AddHeadcount = 0,

    /// <summary>Remove a named person (someone leaves).</summary>
    RemovePerson = 1,

    /// <summary>Move a project's whole demand by a number of periods (positive = delay, negative = accelerate).</summary>
    ShiftProject = 2,

    /// <summary>Cancel a project: its demand leaves the portfolio and the priority order.</summary>
    CancelProject = 3,

    /// <summary>Approve a proposed project: its status becomes committed.</summary>
    ApproveProject = 4,

    /// <summary>Replace the priority order.</summary>
    ChangePriorityOrder = 5,
}

/// <summary>One change of a <see cref="CapacityScenario"/>. Immutable; create with the static factories.</summary>
public sealed class ScenarioChange
{
    private ScenarioChange(ScenarioChangeKind kind, RolePool? pool = null, string? personId = null, string? projectId = null, int periods = 0, ImmutableArray<string> order = default)
    {
        Kind = kind;
        Pool = pool;
        PersonId = personId;
        ProjectId = projectId;
        Periods = periods;
        PriorityOrder = order.IsDefault ? [] : order;
    }

    /// <summary>Gets the kind of change.</summary>
    public ScenarioChangeKind Kind { get; }

    /// <summary>Gets the pool added (<see cref="ScenarioChangeKind.AddHeadcount"/>), else null.</summary>
    public RolePool? Pool { get; }

    /// <summary>Gets the person removed (<see cref="ScenarioChangeKind.RemovePerson"/>), else null.</summary>
    public string? PersonId { get; }

    /// <summary>Gets the project shifted, cancelled or approved, else null.</summary>
    public string? ProjectId { get; }

    /// <summary>Gets the shift in periods (<see cref="ScenarioChangeKind.ShiftProject"/>; positive = delay), else 0.</summary>
    public int Periods { get; }

    /// <summary>Gets the new priority order (<see cref="ScenarioChangeKind.ChangePriorityOrder"/>), else empty.</summary>
    public ImmutableArray<string> PriorityOrder { get; }

    /// <summary>Adds headcount: unnamed capacity of a role (FTE over an optional window).</summary>
    /// <param name="pool">The pool; its role must be one of the plan's.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pool"/> is null.</exception>
    public static ScenarioChange AddHeadcount(RolePool pool)
    {
        Guard.Against.Null(pool);
        return new ScenarioChange(ScenarioChangeKind.AddHeadcount, pool: pool);
    }

    /// <summary>Removes a named person.</summary>
    /// <param name="personId">A person of the plan; not blank.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is blank.</exception>
    public static ScenarioChange RemovePerson(string personId)
    {
        Guard.Against.NullOrWhiteSpace(personId);
        return new ScenarioChange(ScenarioChangeKind.RemovePerson, personId: personId);
    }

    /// <summary>Delays a project: moves its whole demand later.</summary>
    /// <param name="projectId">A project of the demand; not blank.</param>
    /// <param name="periods">The delay, ≥ 1 period.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is below 1.</exception>
    public static ScenarioChange DelayProject(string projectId, int periods)
    {
        Guard.Against.NullOrWhiteSpace(projectId);
        Guard.Against.NegativeOrZero(periods);
        return new ScenarioChange(ScenarioChangeKind.ShiftProject, projectId: projectId, periods: periods);
    }

    /// <summary>Accelerates a project: moves its whole demand earlier.</summary>
    /// <param name="projectId">A project of the demand; not blank.</param>
    /// <param name="periods">The acceleration, ≥ 1 period.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is below 1.</exception>
    public static ScenarioChange AccelerateProject(string projectId, int periods)
    {
        Guard.Against.NullOrWhiteSpace(projectId);
        Guard.Against.NegativeOrZero(periods);
        return new ScenarioChange(ScenarioChangeKind.ShiftProject, projectId: projectId, periods: -periods);
    }

    /// <summary>Cancels a project.</summary>
    /// <param name="projectId">A project of the demand; not blank.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> is blank.</exception>
    public static ScenarioChange CancelProject(string projectId)
    {
        Guard.Against.NullOrWhiteSpace(projectId);
        return new ScenarioChange(ScenarioChangeKind.CancelProject, projectId: projectId);
    }

    /// <summary>Approves a proposed project (it becomes committed).</summary>
    /// <param name="projectId">A proposed project of the demand; not blank.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> is blank.</exception>
    public static ScenarioChange ApproveProject(string projectId)
    {
        Guard.Against.NullOrWhiteSpace(projectId);
        return new ScenarioChange(ScenarioChangeKind.ApproveProject, projectId: projectId);
    }

    /// <summary>Replaces the priority order.</summary>
    /// <param name="priorityOrder">Every project of the scenario's demand (after the changes before this one) exactly once.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priorityOrder"/> is null.</exception>
    public static ScenarioChange ChangePriorityOrder(IEnumerable<string> priorityOrder)
    {
        Guard.Against.Null(priorityOrder);
        return new ScenarioChange(ScenarioChangeKind.ChangePriorityOrder, order: [.. priorityOrder]);
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ScenarioChangeKind.AddHeadcount => $"add headcount {Pool}",
        ScenarioChangeKind.RemovePerson => $"remove person '{PersonId}'",
        ScenarioChangeKind.ShiftProject => string.Create(CultureInfo.InvariantCulture, $"{(Periods >= 0 ? "delay" : "accelerate")} project '{ProjectId}' by {Math.Abs(Periods)} period(s)"),
        ScenarioChangeKind.CancelProject => $"cancel project '{ProjectId}'",
        ScenarioChangeKind.ApproveProject => $"approve project '{ProjectId}'",
        _ => $"change the priority order to {string.Join(", ", PriorityOrder)}",
    };
}

/// <summary>A named what-if: a list of changes applied, in order, to a baseline plan, demand and priority order. Immutable.</summary>
public sealed class CapacityScenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="name">The name; not blank.</param>
    /// <param name="changes">The changes, applied in order (may be empty: the baseline itself).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="changes"/> or a change is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CapacityScenario(string name, IEnumerable<ScenarioChange> changes)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(changes);
        ImmutableArray<ScenarioChange> list = [.. changes];
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(changes), string.Create(CultureInfo.InvariantCulture, $"{nameof(changes)}[{i}] of scenario '{name}' is null."));
            }
        }

        Name = name;
        Changes = list;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the changes, in the order applied.</summary>
    public ImmutableArray<ScenarioChange> Changes { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {string.Join("; ", Changes)}";

    /// <summary>Applies the changes in order; any invalid change is reported as a <see cref="ScenarioChangeException"/> naming it.</summary>
    internal (CapacityPlan Plan, PortfolioDemand Demand, ImmutableArray<string> Order) Apply(CapacityPlan plan, PortfolioDemand demand, ImmutableArray<string> order, string paramName)
    {
        for (int i = 0; i < Changes.Length; i++)
        {
            ScenarioChange change = Changes[i];
            try
            {
                switch (change.Kind)
                {
                    case ScenarioChangeKind.AddHeadcount:
                        if (plan.IndexOfRole(change.Pool!.RoleId) < 0)
                        {
                            throw Fail(i, $"role '{change.Pool.RoleId}' is not a role of the plan", paramName);
                        }

                        plan = plan.WithPool(change.Pool);
                        break;
                    case ScenarioChangeKind.RemovePerson:
                        if (!plan.People.Any(p => p.Id == change.PersonId))
                        {
                            throw Fail(i, $"person '{change.PersonId}' is not a person of the plan", paramName);
                        }

                        plan = plan.WithoutPerson(change.PersonId!);
                        break;
                    case ScenarioChangeKind.ShiftProject:
                        RequireProject(demand, i, change.ProjectId!, paramName);
                        demand = demand.WithProjectShifted(change.ProjectId!, change.Periods);
                        break;
                    case ScenarioChangeKind.CancelProject:
                        RequireProject(demand, i, change.ProjectId!, paramName);
                        demand = demand.WithoutProject(change.ProjectId!);
                        order = order.Remove(change.ProjectId!, StringComparer.Ordinal);
                        break;
                    case ScenarioChangeKind.ApproveProject:
                        int p = RequireProject(demand, i, change.ProjectId!, paramName);
                        if (demand.Projects[p].Status != CommitmentStatus.Proposed)
                        {
                            throw Fail(i, $"project '{change.ProjectId}' is not proposed (it is {demand.Projects[p].Status})", paramName);
                        }

                        demand = demand.WithProjectStatus(change.ProjectId!, CommitmentStatus.Committed);
                        break;
                    default:
                        _ = CapacityAllocator.Sequence(demand, change.PriorityOrder, false, paramName);
                        order = change.PriorityOrder;
                        break;
                }
            }
            catch (ArgumentException e) when (e is not ScenarioChangeException)
            {
                throw new ScenarioChangeException(Name, i, change, $"Scenario '{Name}', change {i} ({change}): {e.Message}", paramName, e);
            }
        }

        return (plan, demand, order);
    }

    private int RequireProject(PortfolioDemand demand, int index, string projectId, string paramName)
    {
        int p = demand.IndexOfProject(projectId);
        return p >= 0 ? p : throw Fail(index, $"project '{projectId}' is not one of the portfolio's projects (or was cancelled by an earlier change)", paramName);
    }

    private ScenarioChangeException Fail(int index, string what, string paramName) =>
        new(Name, index, Changes[index], string.Create(CultureInfo.InvariantCulture, $"Scenario '{Name}', change {index} ({Changes[index]}): {what}."), paramName, null);
}

/// <summary>A scenario change that cannot be applied to the baseline (unknown role, person or project; a shift out of the horizon; an invalid order).</summary>
public sealed class ScenarioChangeException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public ScenarioChangeException()
    {
        ScenarioName = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ScenarioChangeException(string message)
        : base(message)
    {
        ScenarioName = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public ScenarioChangeException(string message, Exception innerException)
        : base(message, innerException)
    {
        ScenarioName = string.Empty;
    }

    internal ScenarioChangeException(string scenarioName, int changeIndex, ScenarioChange change, string message, string paramName, Exception? inner)
        : base(message, paramName, inner)
    {
        ScenarioName = scenarioName;
        ChangeIndex = changeIndex;
        Change = change;
    }

    /// <summary>Gets the name of the scenario.</summary>
    public string ScenarioName { get; }

    /// <summary>Gets the index of the failing change in the scenario's list.</summary>
    public int ChangeIndex { get; }

    /// <summary>Gets the failing change (null when constructed without one).</summary>
    public ScenarioChange? Change { get; }
}
