using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>
/// A validated, immutable alternatives × criteria performance matrix: the input of every multi-criteria method in
/// <see cref="Pmo.Core.Prioritization"/>.
/// </summary>
/// <remarks>
/// <para>
/// Rows are alternatives (candidate projects), columns are <see cref="Criterion"/>s. Values are stored row-major in one
/// array, so <see cref="Row"/> is a span without copying.
/// </para>
/// <para>
/// Rules checked on construction: at least one alternative and one criterion; alternative ids and criterion ids
/// non-blank and unique (ordinal comparison); the value array has exactly alternatives × criteria entries; every value
/// is finite; where a criterion has a fixed scale every value of its column lies within it. Method-specific rules (a
/// column that is constant where a method divides by its range, non-positive values where a method takes logarithms
/// or ratios) are checked by the method, which names the column.
/// </para>
/// </remarks>
public sealed class DecisionMatrix
{
    private readonly double[] values;
    private readonly Dictionary<string, int> alternativeIndex;
    private readonly Dictionary<string, int> criterionIndex;

    /// <summary>Creates a matrix from a two-dimensional array (rows are alternatives, columns criteria).</summary>
    /// <param name="alternatives">The alternatives' ids, one per row.</param>
    /// <param name="criteria">The criteria, one per column.</param>
    /// <param name="values">The performance values, <c>values[alternative, criterion]</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A count is zero, an id is blank or repeated, or the array's shape does not match.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite or lies outside its criterion's fixed scale.</exception>
    public DecisionMatrix(IEnumerable<string> alternatives, IEnumerable<Criterion> criteria, double[,] values)
        : this(alternatives, criteria, Flatten(values), values is null ? 0 : values.GetLength(0), values is null ? 0 : values.GetLength(1))
    {
    }

    private DecisionMatrix(IEnumerable<string> alternatives, IEnumerable<Criterion> criteria, double[] values, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        ArgumentNullException.ThrowIfNull(criteria);
        ImmutableArray<string> alts = [.. alternatives];
        ImmutableArray<Criterion> crits = [.. criteria];
        if (alts.IsEmpty)
        {
            throw new ArgumentException("A decision matrix needs at least one alternative.", nameof(alternatives));
        }

        if (crits.IsEmpty)
        {
            throw new ArgumentException("A decision matrix needs at least one criterion.", nameof(criteria));
        }

        alternativeIndex = new Dictionary<string, int>(alts.Length, StringComparer.Ordinal);
        for (int i = 0; i < alts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(alts[i]))
            {
                throw new ArgumentException($"alternatives[{i}] must be a non-blank id.", nameof(alternatives));
            }

            if (!alternativeIndex.TryAdd(alts[i], i))
            {
                throw new ArgumentException($"alternatives[{i}] repeats the id '{alts[i]}' (ids must be unique).", nameof(alternatives));
            }
        }

        criterionIndex = new Dictionary<string, int>(crits.Length, StringComparer.Ordinal);
        for (int j = 0; j < crits.Length; j++)
        {
            if (crits[j] is null)
            {
                throw new ArgumentNullException(nameof(criteria), $"criteria[{j}] is null.");
            }

            if (!criterionIndex.TryAdd(crits[j].Id, j))
            {
                throw new ArgumentException($"criteria[{j}] repeats the id '{crits[j].Id}' (ids must be unique).", nameof(criteria));
            }
        }

        if (rows != alts.Length || columns != crits.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"values must have {alts.Length} rows (alternatives) and {crits.Length} columns (criteria); got {rows} × {columns}."),
                nameof(values));
        }

        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double v = values[(i * columns) + j];
                if (!double.IsFinite(v))
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(values), v, $"values[{i}, {j}] (alternative '{alts[i]}', criterion '{crits[j].Id}') must be a finite number (got {v.ToString(CultureInfo.InvariantCulture)}).");
                }

                Criterion c = crits[j];
                if (c.ScaleMin is double lo && c.ScaleMax is double hi && (v < lo || v > hi))
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(values),
                        v,
                        string.Create(CultureInfo.InvariantCulture, $"values[{i}, {j}] (alternative '{alts[i]}', criterion '{c.Id}') must lie within the criterion's fixed scale [{lo}, {hi}] (got {v})."));
                }
            }
        }

        this.values = values;
        Alternatives = alts;
        Criteria = crits;
    }

    /// <summary>Gets the alternatives' ids, in row order.</summary>
    public ImmutableArray<string> Alternatives { get; }

    /// <summary>Gets the criteria, in column order.</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>Gets the number of alternatives (rows).</summary>
    public int AlternativeCount => Alternatives.Length;

    /// <summary>Gets the number of criteria (columns).</summary>
    public int CriterionCount => Criteria.Length;

    /// <summary>Gets the values row-major (<c>[alternative * CriterionCount + criterion]</c>) without copying.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Gets one value.</summary>
    /// <param name="alternative">The row (alternative index).</param>
    /// <param name="criterion">The column (criterion index).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public double this[int alternative, int criterion]
    {
        get
        {
            if (criterion < 0 || criterion >= CriterionCount || alternative < 0 || alternative >= AlternativeCount)
            {
                throw new ArgumentOutOfRangeException(
                    alternative < 0 || alternative >= AlternativeCount ? nameof(alternative) : nameof(criterion),
                    string.Create(CultureInfo.InvariantCulture, $"Cell [{alternative}, {criterion}] is outside the {AlternativeCount} × {CriterionCount} matrix."));
            }

            return values[(alternative * CriterionCount) + criterion];
        }
    }

    /// <summary>Creates a matrix from rows (one list of criterion values per alternative).</summary>
    /// <param name="alternatives">The alternatives' ids, one per row.</param>
    /// <param name="criteria">The criteria, one per column.</param>
    /// <param name="rows">The rows: <c>rows[i][j]</c> is alternative <c>i</c>'s value on criterion <c>j</c>.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">A count is zero, an id is blank or repeated, or a row has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite or lies outside its criterion's fixed scale.</exception>
    [Pure]
    public static DecisionMatrix FromRows(IEnumerable<string> alternatives, IEnumerable<Criterion> criteria, IEnumerable<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(criteria);
        ImmutableArray<Criterion> crits = [.. criteria];
        var list = rows.ToList();
        double[] flat = new double[list.Count * crits.Length];
        for (int i = 0; i < list.Count; i++)
        {
            IReadOnlyList<double> row = list[i] ?? throw new ArgumentNullException(nameof(rows), $"rows[{i}] is null.");
            if (row.Count != crits.Length)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"rows[{i}] must have one value per criterion ({crits.Length}); got {row.Count}."), nameof(rows));
            }

            for (int j = 0; j < row.Count; j++)
            {
                flat[(i * crits.Length) + j] = row[j];
            }
        }

        return new DecisionMatrix(alternatives, crits, flat, list.Count, crits.Length);
    }

    /// <summary>Creates a matrix from a row-major span (<c>values[alternative * criteria + criterion]</c>); the span is copied.</summary>
    /// <param name="alternatives">The alternatives' ids, one per row.</param>
    /// <param name="criteria">The criteria, one per column.</param>
    /// <param name="values">The values, row-major; its length must be alternatives × criteria.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A count is zero, an id is blank or repeated, or the length does not match.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite or lies outside its criterion's fixed scale.</exception>
    [Pure]
    public static DecisionMatrix FromRowMajor(IEnumerable<string> alternatives, IEnumerable<Criterion> criteria, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        ArgumentNullException.ThrowIfNull(criteria);
        ImmutableArray<string> alts = [.. alternatives];
        ImmutableArray<Criterion> crits = [.. criteria];
        if (crits.Length > 0 && values.Length != alts.Length * crits.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"values must have alternatives × criteria = {alts.Length} × {crits.Length} = {alts.Length * crits.Length} entries; got {values.Length}."),
                nameof(values));
        }

        return new DecisionMatrix(alts, crits, values.ToArray(), alts.Length, crits.Length);
    }

    /// <summary>Gets one alternative's values (a row) without copying.</summary>
    /// <param name="alternative">The row index.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alternative"/> is out of range.</exception>
    [Pure]
    public ReadOnlySpan<double> Row(int alternative)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(alternative);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(alternative, AlternativeCount);
        return values.AsSpan(alternative * CriterionCount, CriterionCount);
    }

    /// <summary>Copies one criterion's values (a column).</summary>
    /// <param name="criterion">The column index.</param>
    /// <returns>A new array with the column.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is out of range.</exception>
    [Pure]
    public double[] Column(int criterion)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(criterion);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(criterion, CriterionCount);
        double[] column = new double[AlternativeCount];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = values[(i * CriterionCount) + criterion];
        }

        return column;
    }

    /// <summary>Gets an alternative's row index.</summary>
    /// <param name="id">The alternative's id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="KeyNotFoundException">No alternative has that id.</exception>
    [Pure]
    public int IndexOfAlternative(string id) =>
        id is not null && alternativeIndex.TryGetValue(id, out int i) ? i : throw new KeyNotFoundException($"No alternative has the id '{id}'.");

    /// <summary>Gets a criterion's column index.</summary>
    /// <param name="id">The criterion's id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="KeyNotFoundException">No criterion has that id.</exception>
    [Pure]
    public int IndexOfCriterion(string id) =>
        id is not null && criterionIndex.TryGetValue(id, out int j) ? j : throw new KeyNotFoundException($"No criterion has the id '{id}'.");

    /// <summary>Creates a matrix with a subset of the alternatives, in the order given (for gates and rank-reversal checks).</summary>
    /// <param name="alternativeIndices">The row indices to keep; each at most once.</param>
    /// <returns>The sub-matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alternativeIndices"/> is null.</exception>
    /// <exception cref="ArgumentException">No index is given or an index repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    [Pure]
    public DecisionMatrix SelectAlternatives(IEnumerable<int> alternativeIndices)
    {
        ArgumentNullException.ThrowIfNull(alternativeIndices);
        int[] keep = [.. alternativeIndices];
        var seen = new HashSet<int>();
        double[] flat = new double[keep.Length * CriterionCount];
        var ids = new string[keep.Length];
        for (int k = 0; k < keep.Length; k++)
        {
            int i = keep[k];
            if (i < 0 || i >= AlternativeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(alternativeIndices), i, $"alternativeIndices[{k}] must lie in [0, {AlternativeCount - 1}] (got {i}).");
            }

            if (!seen.Add(i))
            {
                throw new ArgumentException($"alternativeIndices[{k}] repeats the index {i}.", nameof(alternativeIndices));
            }

            ids[k] = Alternatives[i];
            values.AsSpan(i * CriterionCount, CriterionCount).CopyTo(flat.AsSpan(k * CriterionCount, CriterionCount));
        }

        if (keep.Length == 0)
        {
            throw new ArgumentException("At least one alternative must be kept.", nameof(alternativeIndices));
        }

        return new DecisionMatrix(ids, Criteria, flat, keep.Length, CriterionCount);
    }

    /// <summary>Creates a matrix without one alternative (the leave-one-out step of a rank-reversal check).</summary>
    /// <param name="alternative">The row index to drop.</param>
    /// <returns>The smaller matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alternative"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The matrix has only one alternative.</exception>
    [Pure]
    public DecisionMatrix WithoutAlternative(int alternative)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(alternative);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(alternative, AlternativeCount);
        if (AlternativeCount == 1)
        {
            throw new ArgumentException("Cannot drop the only alternative of a matrix.", nameof(alternative));
        }

        return SelectAlternatives(Enumerable.Range(0, AlternativeCount).Where(i => i != alternative));
    }

    private static double[] Flatten(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int rows = values.GetLength(0);
        int columns = values.GetLength(1);
        double[] flat = new double[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                flat[(i * columns) + j] = values[i, j];
            }
        }

        return flat;
    }
}
