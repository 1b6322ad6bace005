using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Pmo.Core.Resources;

/// <summary>
/// A role (a pool of interchangeable people, for example "Solution architect"): the unit in which capacity and demand
/// are compared. Carries the department and skills used for roll-ups.
/// </summary>
public sealed class Role
{
    /// <summary>Initializes a new role.</summary>
    /// <param name="id">The unique id; not blank.</param>
    /// <param name="name">An optional display name (default: the id).</param>
    /// <param name="department">An optional department, for roll-ups by department.</param>
    /// <param name="skills">Optional skill tags, for roll-ups by skill (blank tags are rejected; repeats are ignored as a set).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or a skill is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="department"/> or a skill is blank.</exception>
    public Role(string id, string? name = null, string? department = null, IEnumerable<string>? skills = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        if (department is not null)
        {
            Guard.Against.NullOrWhiteSpace(department);
        }

        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string s in skills ?? [])
        {
            if (s is null)
            {
                throw new ArgumentNullException(nameof(skills), $"A skill of role '{id}' is null.");
            }

            if (string.IsNullOrWhiteSpace(s))
            {
                throw new ArgumentException($"A skill of role '{id}' is blank.", nameof(skills));
            }

            set.Add(s);
        }

        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id : name;
        Department = department;
        Skills = [.. set];
    }

    /// <summary>Gets the unique id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the department, if any.</summary>
    public string? Department { get; }

    /// <summary>Gets the skill tags, sorted ordinally.</summary>
    public ImmutableArray<string> Skills { get; }

    /// <inheritdoc/>
    public override string ToString() => Name == Id ? Id : $"{Id} ({Name})";
}
