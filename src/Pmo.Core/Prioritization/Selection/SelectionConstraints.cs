using System.Collections.Immutable;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>A dependency: <see cref="Dependent"/> may be selected only if <see cref="Prerequisite"/> is (<c>x_dependent ≤ x_prerequisite</c>).</summary>
public sealed class SelectionRequirement
{
    internal SelectionRequirement(string dependent, string prerequisite)
    {
        Dependent = dependent;
        Prerequisite = prerequisite;
    }

    /// <summary>Gets the id of the candidate that needs the other.</summary>
    public string Dependent { get; }

    /// <summary>Gets the id of the candidate that is needed.</summary>
    public string Prerequisite { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Dependent} requires {Prerequisite}";
}

/// <summary>A mutual exclusion: at most one of <see cref="CandidateIds"/> may be selected.</summary>
public sealed class MutualExclusion
{
    internal MutualExclusion(string name, ImmutableArray<string> ids)
    {
        Name = name;
        CandidateIds = ids;
    }

    /// <summary>Gets the exclusion's name (given, or generated from the ids).</summary>
    public string Name { get; }

    /// <summary>Gets the ids, at least two, in the order given.</summary>
    public ImmutableArray<string> CandidateIds { get; }

    /// <inheritdoc/>
    public override string ToString() => $"at most one of {string.Join(", ", CandidateIds)}";
}

/// <summary>A group: between <see cref="Minimum"/> and <see cref="Maximum"/> of <see cref="CandidateIds"/> must be selected.</summary>
public sealed class CandidateGroup
{
    internal CandidateGroup(string name, ImmutableArray<string> ids, int minimum, int? maximum)
    {
        Name = name;
        CandidateIds = ids;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the group's unique name.</summary>
    public string Name { get; }

    /// <summary>Gets the member ids, in the order given.</summary>
    public ImmutableArray<string> CandidateIds { get; }

    /// <summary>Gets the least number of members to select (0 = no lower limit).</summary>
    public int Minimum { get; }

    /// <summary>Gets the largest number of members to select, or null for no upper limit.</summary>
    public int? Maximum { get; }

    /// <inheritdoc/>
    public override string ToString() => $"group '{Name}': {Minimum}..{(Maximum is int m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : "*")} of {string.Join(", ", CandidateIds)}";
}
