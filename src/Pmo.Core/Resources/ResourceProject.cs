using Ardalis.GuardClauses;

namespace Pmo.Core.Resources;

/// <summary>A project (or any unit of work: a product team, a programme's run work) that demands role capacity.</summary>
public sealed class ResourceProject
{
    /// <summary>Initializes a new project.</summary>
    /// <param name="id">The unique id; not blank.</param>
    /// <param name="status">Committed (default) or proposed.</param>
    /// <param name="name">An optional display name.</param>
    /// <param name="programme">An optional programme, for roll-ups.</param>
    /// <param name="department">An optional owning department, for roll-ups.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or <paramref name="programme"/> or <paramref name="department"/> is given but blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public ResourceProject(string id, CommitmentStatus status = CommitmentStatus.Committed, string? name = null, string? programme = null, string? department = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"{nameof(status)} must be Committed or Proposed (got {(int)status}).");
        }

        if (programme is not null)
        {
            Guard.Against.NullOrWhiteSpace(programme);
        }

        if (department is not null)
        {
            Guard.Against.NullOrWhiteSpace(department);
        }

        Id = id;
        Status = status;
        Name = name;
        Programme = programme;
        Department = department;
    }

    /// <summary>Gets the unique id.</summary>
    public string Id { get; }

    /// <summary>Gets the status.</summary>
    public CommitmentStatus Status { get; }

    /// <summary>Gets the optional display name.</summary>
    public string? Name { get; }

    /// <summary>Gets the optional programme.</summary>
    public string? Programme { get; }

    /// <summary>Gets the optional owning department.</summary>
    public string? Department { get; }

    /// <summary>A copy with another status (a what-if: approve a proposal).</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public ResourceProject WithStatus(CommitmentStatus status) => new(Id, status, Name, Programme, Department);

    /// <inheritdoc/>
    public override string ToString() => Name is null ? Id : $"{Id} ({Name})";
}
