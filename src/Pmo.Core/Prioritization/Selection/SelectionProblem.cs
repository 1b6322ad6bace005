using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Pmo.Core.Prioritization.Selection;

/// <summary>
/// A validated, immutable 0-1 portfolio-selection problem: candidates with values, generic per-period constraint rows
/// (budgets, resources), dependencies, mutual exclusions, groups, force-in and force-out, and minimum/maximum counts.
/// Every <c>With…</c>/constraint method returns a new problem, so a problem is also a saved scenario.
/// </summary>
/// <remarks>
/// <para>
/// The model (capital budgeting as a 0-1 integer programme, H. M. Weingartner, <i>Mathematical Programming and the
/// Analysis of Capital Budgeting Problems</i>, 1963; multi-dimensional knapsack, S. Martello and P. Toth,
/// <i>Knapsack Problems</i>, 1990, §1 and §6): maximise <c>Σ_j v_j·x_j</c> over <c>x ∈ {0,1}ⁿ</c> subject to
/// <c>Σ_j a_rtj·x_j ≤ c_rt</c> for every row r and period t; <c>x_d ≤ x_p</c> for every requirement (d needs p);
/// <c>Σ_{j∈E} x_j ≤ 1</c> for every mutual exclusion E; <c>min_G ≤ Σ_{j∈G} x_j ≤ max_G</c> for every group;
/// <c>x_j = 1</c> (force-in), <c>x_j = 0</c> (force-out); <c>MinCount ≤ Σ_j x_j ≤ MaxCount</c>.
/// </para>
/// <para>
/// Validation throws only for malformed input (blank or duplicate ids, unknown ids, non-finite numbers, negative
/// counts, a group maximum below its minimum, a candidate requiring itself). Constraints that merely cannot hold
/// together (a candidate forced both in and out, a group minimum above its size, forced candidates over budget) are
/// accepted and explained by <see cref="PortfolioSelector.Solve"/> as an infeasibility. Requirement cycles are allowed
/// and mean "all or none" (A needs B and B needs A: both or neither).
/// </para>
/// </remarks>
public sealed class SelectionProblem
{
    private readonly Dictionary<string, int> index;

    private SelectionProblem(
        ImmutableArray<SelectionCandidate> candidates,
        Dictionary<string, int> index,
        ImmutableArray<ResourceRow> rows,
        ImmutableArray<string> periodLabels,
        ImmutableArray<SelectionRequirement> requirements,
        ImmutableArray<MutualExclusion> exclusions,
        ImmutableArray<CandidateGroup> groups,
        ImmutableArray<string> forcedIn,
        ImmutableArray<string> forcedOut,
        int minCount,
        int? maxCount)
    {
        Candidates = candidates;
        this.index = index;
        Rows = rows;
        PeriodLabels = periodLabels;
        Requirements = requirements;
        Exclusions = exclusions;
        Groups = groups;
        ForcedIn = forcedIn;
        ForcedOut = forcedOut;
        MinCount = minCount;
        MaxCount = maxCount;
    }

    /// <summary>Gets the candidates, in input order.</summary>
    public ImmutableArray<SelectionCandidate> Candidates { get; }

    /// <summary>Gets the constraint rows (budgets and resources), in input order.</summary>
    public ImmutableArray<ResourceRow> Rows { get; }

    /// <summary>Gets the number of periods shared by every row (0 when there is no row).</summary>
    public int PeriodCount => PeriodLabels.Length;

    /// <summary>Gets the period labels used in messages (default <c>period 1</c>, <c>period 2</c>, …).</summary>
    public ImmutableArray<string> PeriodLabels { get; }

    /// <summary>Gets the requirements (dependencies).</summary>
    public ImmutableArray<SelectionRequirement> Requirements { get; }

    /// <summary>Gets the mutual exclusions.</summary>
    public ImmutableArray<MutualExclusion> Exclusions { get; }

    /// <summary>Gets the groups with minimum/maximum counts.</summary>
    public ImmutableArray<CandidateGroup> Groups { get; }

    /// <summary>Gets the ids forced into the selection, in the order given (no repeats).</summary>
    public ImmutableArray<string> ForcedIn { get; }

    /// <summary>Gets the ids forced out of the selection, in the order given (no repeats).</summary>
    public ImmutableArray<string> ForcedOut { get; }

    /// <summary>Gets the least number of candidates to select (0 = no lower limit).</summary>
    public int MinCount { get; }

    /// <summary>Gets the largest number of candidates to select, or null for no limit.</summary>
    public int? MaxCount { get; }

    /// <summary>Creates a problem from candidates and constraint rows.</summary>
    /// <param name="candidates">The candidates; at least one; unique ids.</param>
    /// <param name="rows">The constraint rows; unique names; all with the same number of periods; their consumptions name known candidates only. May be empty.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">No candidate; a duplicate candidate id; a duplicate row name; rows with different period counts; a row consuming for an unknown candidate.</exception>
    [Pure]
    public static SelectionProblem Create(IEnumerable<SelectionCandidate> candidates, IEnumerable<ResourceRow>? rows = null)
    {
        Guard.Against.Null(candidates);
        ImmutableArray<SelectionCandidate> c = [.. candidates];
        if (c.IsEmpty)
        {
            throw new ArgumentException("candidates must not be empty.", nameof(candidates));
        }

        var index = new Dictionary<string, int>(c.Length, StringComparer.Ordinal);
        for (int j = 0; j < c.Length; j++)
        {
            if (c[j] is null)
            {
                throw new ArgumentNullException(nameof(candidates), $"candidates[{j}] is null.");
            }

            if (!index.TryAdd(c[j].Id, j))
            {
                throw new ArgumentException($"candidates holds the id '{c[j].Id}' more than once.", nameof(candidates));
            }
        }

        ImmutableArray<ResourceRow> r = rows is null ? [] : [.. rows];
        int periods = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < r.Length; i++)
        {
            if (r[i] is null)
            {
                throw new ArgumentNullException(nameof(rows), $"rows[{i}] is null.");
            }

            CheckRow(r[i], index, i == 0 ? r[i].PeriodCount : periods, nameof(rows));
            periods = r[i].PeriodCount;
            if (!names.Add(r[i].Name))
            {
                throw new ArgumentException($"rows holds the name '{r[i].Name}' more than once.", nameof(rows));
            }
        }

        return new SelectionProblem(c, index, r, DefaultLabels(periods), [], [], [], [], [], 0, null);
    }

    /// <summary>Gets the index of a candidate in <see cref="Candidates"/>.</summary>
    /// <param name="id">The candidate id.</param>
    /// <returns>The index, or −1 when no candidate has that id.</returns>
    [Pure]
    public int IndexOf(string id)
    {
        Guard.Against.Null(id);
        return index.TryGetValue(id, out int j) ? j : -1;
    }

    /// <summary>Adds a requirement: <paramref name="dependent"/> may be selected only if <paramref name="prerequisite"/> is.</summary>
    /// <param name="dependent">The candidate that needs the other.</param>
    /// <param name="prerequisite">The candidate it needs.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="ArgumentException">An id is unknown, or a candidate requires itself.</exception>
    [Pure]
    public SelectionProblem Requires(string dependent, string prerequisite)
    {
        Known(dependent, nameof(dependent));
        Known(prerequisite, nameof(prerequisite));
        if (dependent == prerequisite)
        {
            throw new ArgumentException($"Candidate '{dependent}' cannot require itself.", nameof(prerequisite));
        }

        return Copy(requirements: Requirements.Add(new SelectionRequirement(dependent, prerequisite)));
    }

    /// <summary>Adds a mutual exclusion: at most one of <paramref name="candidateIds"/> may be selected.</summary>
    /// <param name="candidateIds">Two or more distinct known ids.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException">The list or an id is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two ids, a repeated id or an unknown id.</exception>
    [Pure]
    public SelectionProblem MutuallyExclusive(params string[] candidateIds)
    {
        Guard.Against.Null(candidateIds);
        return MutuallyExclusive(string.Join("/", candidateIds), candidateIds);
    }

    /// <summary>Adds a named mutual exclusion: at most one of <paramref name="candidateIds"/> may be selected.</summary>
    /// <param name="name">A name for messages.</param>
    /// <param name="candidateIds">Two or more distinct known ids.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank; fewer than two ids, a repeated id or an unknown id.</exception>
    [Pure]
    public SelectionProblem MutuallyExclusive(string name, IEnumerable<string> candidateIds)
    {
        Guard.Against.NullOrWhiteSpace(name);
        ImmutableArray<string> ids = KnownDistinct(candidateIds, nameof(candidateIds));
        if (ids.Length < 2)
        {
            throw new ArgumentException($"A mutual exclusion needs at least two candidates (got {ids.Length}).", nameof(candidateIds));
        }

        return Copy(exclusions: Exclusions.Add(new MutualExclusion(name, ids)));
    }

    /// <summary>Adds a group: between <paramref name="minimum"/> and <paramref name="maximum"/> of its members must be selected.</summary>
    /// <param name="name">The group's unique name.</param>
    /// <param name="candidateIds">One or more distinct known ids.</param>
    /// <param name="minimum">The least number to select, zero or more (a minimum above the group's size is accepted and reported as infeasible).</param>
    /// <param name="maximum">The largest number to select, at least <paramref name="minimum"/>, or null for no upper limit.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already used; no id, a repeated id or an unknown id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is negative or <paramref name="maximum"/> is below it.</exception>
    [Pure]
    public SelectionProblem Group(string name, IEnumerable<string> candidateIds, int minimum, int? maximum)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (Groups.Any(g => g.Name == name))
        {
            throw new ArgumentException($"A group named '{name}' already exists.", nameof(name));
        }

        ImmutableArray<string> ids = KnownDistinct(candidateIds, nameof(candidateIds));
        if (ids.IsEmpty)
        {
            throw new ArgumentException($"Group '{name}' needs at least one candidate.", nameof(candidateIds));
        }

        if (minimum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, $"minimum of group '{name}' must be zero or more (got {minimum}).");
        }

        if (maximum is int max && max < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), max, $"maximum of group '{name}' must be at least its minimum {minimum} (got {max}).");
        }

        return Copy(groups: Groups.Add(new CandidateGroup(name, ids, minimum, maximum)));
    }

    /// <summary>Forces candidates into the selection (ids already forced in are kept once).</summary>
    /// <param name="candidateIds">Known ids.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException">The list or an id is null.</exception>
    /// <exception cref="ArgumentException">An unknown id.</exception>
    [Pure]
    public SelectionProblem ForceIn(params string[] candidateIds) =>
        Copy(forcedIn: Union(ForcedIn, candidateIds, nameof(candidateIds)));

    /// <summary>Forces candidates out of the selection (ids already forced out are kept once).</summary>
    /// <param name="candidateIds">Known ids.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException">The list or an id is null.</exception>
    /// <exception cref="ArgumentException">An unknown id.</exception>
    [Pure]
    public SelectionProblem ForceOut(params string[] candidateIds) =>
        Copy(forcedOut: Union(ForcedOut, candidateIds, nameof(candidateIds)));

    /// <summary>Returns a copy without any force-in or force-out.</summary>
    /// <returns>The new problem.</returns>
    [Pure]
    public SelectionProblem WithoutForcing() => Copy(forcedIn: [], forcedOut: []);

    /// <summary>Sets the least number of candidates to select.</summary>
    /// <param name="minCount">Zero or more (above the number of candidates is accepted and reported as infeasible).</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minCount"/> is negative.</exception>
    [Pure]
    public SelectionProblem WithMinCount(int minCount)
    {
        if (minCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minCount), minCount, $"minCount must be zero or more (got {minCount}).");
        }

        return Copy(minCount: minCount);
    }

    /// <summary>Sets the largest number of candidates to select.</summary>
    /// <param name="maxCount">Zero or more, or null for no limit.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is negative.</exception>
    [Pure]
    public SelectionProblem WithMaxCount(int? maxCount)
    {
        if (maxCount is int m && m < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), m, $"maxCount must be zero or more (got {m}).");
        }

        return Copy(maxCount: maxCount, clearMax: maxCount is null);
    }

    /// <summary>Adds a row, or replaces the row with the same name.</summary>
    /// <param name="row">The row; same number of periods as the existing rows; consumes for known candidates only.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentException">The period count differs or the row names an unknown candidate.</exception>
    [Pure]
    public SelectionProblem WithRow(ResourceRow row)
    {
        Guard.Against.Null(row);
        bool replacesOnly = Rows.Length == 1 && Rows[0].Name == row.Name;
        CheckRow(row, index, Rows.IsEmpty || replacesOnly ? row.PeriodCount : PeriodCount, nameof(row));
        int at = Rows.IndexOf(Rows.FirstOrDefault(r => r.Name == row.Name)!);
        ImmutableArray<ResourceRow> rows = at >= 0 ? Rows.SetItem(at, row) : Rows.Add(row);
        ImmutableArray<string> labels = row.PeriodCount == PeriodCount ? PeriodLabels : DefaultLabels(row.PeriodCount);
        return Copy(rows: rows, labels: labels);
    }

    /// <summary>Returns a copy in which one row has another capacity per period.</summary>
    /// <param name="rowName">The row's name.</param>
    /// <param name="capacity">The new capacity per period.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No row has that name, or the period count differs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity is NaN, infinite or negative.</exception>
    [Pure]
    public SelectionProblem WithCapacity(string rowName, IEnumerable<double> capacity) => WithRow(Row(rowName).WithCapacity(capacity));

    /// <summary>Returns a copy without the named row.</summary>
    /// <param name="rowName">The row's name.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rowName"/> is null.</exception>
    /// <exception cref="ArgumentException">No row has that name.</exception>
    [Pure]
    public SelectionProblem WithoutRow(string rowName)
    {
        ResourceRow row = Row(rowName);
        ImmutableArray<ResourceRow> rows = Rows.Remove(row);
        return Copy(rows: rows, labels: rows.IsEmpty ? [] : PeriodLabels);
    }

    /// <summary>Adds a candidate, or replaces the candidate with the same id (for example to change its value).</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    [Pure]
    public SelectionProblem WithCandidate(SelectionCandidate candidate)
    {
        Guard.Against.Null(candidate);
        if (index.TryGetValue(candidate.Id, out int j))
        {
            return Copy(candidates: Candidates.SetItem(j, candidate));
        }

        var newIndex = new Dictionary<string, int>(index, StringComparer.Ordinal) { [candidate.Id] = Candidates.Length };
        return Copy(candidates: Candidates.Add(candidate), newIndex: newIndex);
    }

    /// <summary>Sets the period labels used in messages.</summary>
    /// <param name="labels">One non-blank label per period.</param>
    /// <returns>The new problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or a label is null.</exception>
    /// <exception cref="ArgumentException">The count differs from <see cref="PeriodCount"/>, or a label is blank.</exception>
    [Pure]
    public SelectionProblem WithPeriodLabels(IEnumerable<string> labels)
    {
        Guard.Against.Null(labels);
        ImmutableArray<string> l = [.. labels];
        if (l.Length != PeriodCount)
        {
            throw new ArgumentException($"labels has {l.Length} entries but the problem has {PeriodCount} period(s).", nameof(labels));
        }

        foreach (string s in l)
        {
            if (string.IsNullOrWhiteSpace(s))
            {
                throw s is null ? new ArgumentNullException(nameof(labels), "A period label is null.") : new ArgumentException("A period label is blank.", nameof(labels));
            }
        }

        return Copy(labels: l);
    }

    /// <summary>Gets a row by name.</summary>
    /// <param name="rowName">The row's name.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rowName"/> is null.</exception>
    /// <exception cref="ArgumentException">No row has that name.</exception>
    [Pure]
    public ResourceRow Row(string rowName)
    {
        Guard.Against.Null(rowName);
        return Rows.FirstOrDefault(r => r.Name == rowName)
            ?? throw new ArgumentException($"No row is named '{rowName}' (rows: {string.Join(", ", Rows.Select(r => r.Name))}).", nameof(rowName));
    }

    private static ImmutableArray<string> DefaultLabels(int periods) =>
        [.. Enumerable.Range(1, periods).Select(t => "period " + t.ToString(CultureInfo.InvariantCulture))];

    private static void CheckRow(ResourceRow row, Dictionary<string, int> index, int periods, string parameterName)
    {
        if (row.PeriodCount != periods)
        {
            throw new ArgumentException($"Row '{row.Name}' has {row.PeriodCount} period(s) but the problem's rows have {periods}.", parameterName);
        }

        foreach (string id in row.Consumption.Keys)
        {
            if (!index.ContainsKey(id))
            {
                throw new ArgumentException($"Row '{row.Name}' gives a consumption for '{id}', which is not a candidate.", parameterName);
            }
        }
    }

    private void Known(string id, string parameterName)
    {
        Guard.Against.Null(id, parameterName);
        if (!index.ContainsKey(id))
        {
            throw new ArgumentException($"'{id}' is not a candidate id.", parameterName);
        }
    }

    private ImmutableArray<string> KnownDistinct(IEnumerable<string> ids, string parameterName)
    {
        Guard.Against.Null(ids, parameterName);
        ImmutableArray<string> list = [.. ids];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in list)
        {
            Known(id, parameterName);
            if (!seen.Add(id))
            {
                throw new ArgumentException($"'{id}' is listed more than once.", parameterName);
            }
        }

        return list;
    }

    private ImmutableArray<string> Union(ImmutableArray<string> existing, string[] ids, string parameterName)
    {
        Guard.Against.Null(ids, parameterName);
        var builder = existing.ToBuilder();
        foreach (string id in ids)
        {
            Known(id, parameterName);
            if (!builder.Contains(id))
            {
                builder.Add(id);
            }
        }

        return builder.ToImmutable();
    }

    private SelectionProblem Copy(
        ImmutableArray<SelectionCandidate>? candidates = null,
        Dictionary<string, int>? newIndex = null,
        ImmutableArray<ResourceRow>? rows = null,
        ImmutableArray<string>? labels = null,
        ImmutableArray<SelectionRequirement>? requirements = null,
        ImmutableArray<MutualExclusion>? exclusions = null,
        ImmutableArray<CandidateGroup>? groups = null,
        ImmutableArray<string>? forcedIn = null,
        ImmutableArray<string>? forcedOut = null,
        int? minCount = null,
        int? maxCount = null,
        bool clearMax = false) =>
        new(
            candidates ?? Candidates,
            newIndex ?? index,
            rows ?? Rows,
            labels ?? PeriodLabels,
            requirements ?? Requirements,
            exclusions ?? Exclusions,
            groups ?? Groups,
            forcedIn ?? ForcedIn,
            forcedOut ?? ForcedOut,
            minCount ?? MinCount,
            clearMax ? null : maxCount ?? MaxCount);
}
