using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.Risk;

/// <summary>A project known to a register: its id, its programme and (optionally) the activities risks may link to.</summary>
public sealed class RegisterProject
{
    /// <summary>Creates a project entry.</summary>
    /// <param name="id">The project id.</param>
    /// <param name="programmeId">The programme it belongs to, or null.</param>
    /// <param name="activityIds">The activities risks may link to; when null or empty, activity links are not checked.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or an activity id is null, blank or repeated.</exception>
    public RegisterProject(string id, string? programmeId = null, IEnumerable<string>? activityIds = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        var set = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (activityIds is not null)
        {
            foreach (string a in activityIds)
            {
                if (string.IsNullOrWhiteSpace(a) || !set.Add(a))
                {
                    throw new ArgumentException($"{nameof(activityIds)} of project '{id}' contains a blank or repeated id ('{a}').", nameof(activityIds));
                }
            }
        }

        Id = id;
        ProgrammeId = programmeId;
        ActivityIds = set.ToImmutable();
    }

    /// <summary>Gets the project id.</summary>
    public string Id { get; }

    /// <summary>Gets the programme id, or null.</summary>
    public string? ProgrammeId { get; }

    /// <summary>Gets the activities risks may link to (empty: not checked).</summary>
    public ImmutableHashSet<string> ActivityIds { get; }
}

/// <summary>
/// A validated risk register: unique risk ids, and (when projects are given) every project and activity link known.
/// The risks keep their input order.
/// </summary>
public sealed class RiskRegister
{
    private readonly Dictionary<string, int> index;
    private readonly Dictionary<string, RegisterProject> projectIndex;

    /// <summary>Creates a register.</summary>
    /// <param name="risks">The risks: unique ids.</param>
    /// <param name="projects">The known projects (unique ids). When given (even empty), every risk's project must be one of them, and its activities must be among the project's when the project lists any. When null, links are not checked.</param>
    /// <param name="portfolioId">The portfolio's id, the key of the portfolio-level roll-up; default "portfolio".</param>
    /// <exception cref="ArgumentNullException"><paramref name="risks"/>, a risk or a project is null.</exception>
    /// <exception cref="ArgumentException">A risk id repeats or a risk links to an unknown project or activity (<c>risks</c>); a project id repeats (<c>projects</c>); <paramref name="portfolioId"/> is blank.</exception>
    public RiskRegister(IEnumerable<RiskEntry> risks, IEnumerable<RegisterProject>? projects = null, string portfolioId = "portfolio")
    {
        Guard.Against.Null(risks);
        Guard.Against.NullOrWhiteSpace(portfolioId);
        ImmutableArray<RiskEntry> list = [.. risks];
        ImmutableArray<RegisterProject> plist = projects is null ? [] : [.. projects];
        projectIndex = new Dictionary<string, RegisterProject>(StringComparer.Ordinal);
        for (int i = 0; i < plist.Length; i++)
        {
            RegisterProject p = plist[i] ?? throw new ArgumentNullException(nameof(projects), $"{nameof(projects)}[{i}] is null.");
            if (!projectIndex.TryAdd(p.Id, p))
            {
                throw new ArgumentException($"{nameof(projects)} contains the project id '{p.Id}' more than once; ids must be unique.", nameof(projects));
            }
        }

        index = new Dictionary<string, int>(list.Length, StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            RiskEntry r = list[i] ?? throw new ArgumentNullException(nameof(risks), $"{nameof(risks)}[{i}] is null.");
            if (!index.TryAdd(r.Id, i))
            {
                throw new ArgumentException($"{nameof(risks)} contains the risk id '{r.Id}' more than once; ids must be unique.", nameof(risks));
            }

            if (projects is not null && r.ProjectId is { } pid)
            {
                if (!projectIndex.TryGetValue(pid, out RegisterProject? p))
                {
                    throw new ArgumentException($"{nameof(risks)}[{i}] ('{r.Id}') links to the project '{pid}', which is not in {nameof(projects)}.", nameof(risks));
                }

                if (!p.ActivityIds.IsEmpty)
                {
                    foreach (string a in r.ActivityIds)
                    {
                        if (!p.ActivityIds.Contains(a))
                        {
                            throw new ArgumentException($"{nameof(risks)}[{i}] ('{r.Id}') links to the activity '{a}', which is not an activity of project '{pid}'.", nameof(risks));
                        }
                    }
                }
            }
        }

        Risks = list;
        Projects = plist;
        PortfolioId = portfolioId;
    }

    /// <summary>Gets the risks in input order.</summary>
    public ImmutableArray<RiskEntry> Risks { get; }

    /// <summary>Gets the known projects (empty when links are not checked).</summary>
    public ImmutableArray<RegisterProject> Projects { get; }

    /// <summary>Gets the portfolio id.</summary>
    public string PortfolioId { get; }

    /// <summary>Gets the number of risks.</summary>
    public int Count => Risks.Length;

    /// <summary>Gets a risk by id.</summary>
    /// <param name="id">The risk id.</param>
    /// <returns>The risk.</returns>
    /// <exception cref="KeyNotFoundException">No risk has that id.</exception>
    public RiskEntry this[string id] => TryGet(id, out RiskEntry? r) ? r : throw new KeyNotFoundException($"The register has no risk with the id '{id}'.");

    /// <summary>Looks a risk up by id.</summary>
    /// <param name="id">The risk id.</param>
    /// <param name="risk">The risk, or null.</param>
    /// <returns>Whether it was found.</returns>
    [Pure]
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RiskEntry? risk)
    {
        if (id is not null && index.TryGetValue(id, out int i))
        {
            risk = Risks[i];
            return true;
        }

        risk = null;
        return false;
    }

    /// <summary>Gets the programme of a project, or null when the project is unknown or has none.</summary>
    /// <param name="projectId">The project id.</param>
    /// <returns>The programme id or null.</returns>
    [Pure]
    public string? ProgrammeOf(string? projectId) => projectId is not null && projectIndex.TryGetValue(projectId, out RegisterProject? p) ? p.ProgrammeId : null;
}

/// <summary>The register as it stood on a date, for burndown and trends.</summary>
public sealed class RiskRegisterSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="date">The snapshot date.</param>
    /// <param name="register">The register on that date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public RiskRegisterSnapshot(LocalDate date, RiskRegister register)
    {
        Date = date;
        Register = Guard.Against.Null(register);
    }

    /// <summary>Creates a snapshot of risks without link checking.</summary>
    /// <param name="date">The snapshot date.</param>
    /// <param name="risks">The risks: unique ids.</param>
    /// <exception cref="ArgumentNullException"><paramref name="risks"/> or a risk is null.</exception>
    /// <exception cref="ArgumentException">A risk id repeats.</exception>
    public RiskRegisterSnapshot(LocalDate date, IEnumerable<RiskEntry> risks)
        : this(date, new RiskRegister(risks))
    {
    }

    /// <summary>Gets the snapshot date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the register on that date.</summary>
    public RiskRegister Register { get; }
}
