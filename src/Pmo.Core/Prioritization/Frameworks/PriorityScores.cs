using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Pmo.Core.Prioritization;

/// <summary>Scores of a single-formula prioritisation framework (RICE, ICE) and their ranking (higher is better). Immutable.</summary>
public sealed class PriorityScores
{
    internal PriorityScores(string method, ImmutableArray<string> ids, double[] scores, Ranking ranking)
    {
        Method = method;
        Ids = ids;
        Scores = [.. scores];
        Ranking = ranking;
    }

    /// <summary>Gets the framework's name with its variant, for example <c>ICE (mean)</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the items' ids in input order.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>Gets the scores in input order.</summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>Gets the ranking (rank 1 = highest score).</summary>
    public Ranking Ranking { get; }

    /// <summary>Gets the ids from best to worst.</summary>
    public ImmutableArray<string> Sequence => [.. Ranking.Order.Select(i => Ids[i])];

    /// <summary>Gets an item's score by id.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The score.</returns>
    /// <exception cref="KeyNotFoundException">No item has that id.</exception>
    [Pure]
    public double ScoreOf(string id)
    {
        int i = Ids.IndexOf(id);
        return i >= 0 ? Scores[i] : throw new KeyNotFoundException($"No item has the id '{id}'.");
    }
}
