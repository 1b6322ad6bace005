using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>
/// One pairwise judgement <c>a(row, column) = value</c>: "item <c>row</c> is <c>value</c> times as important as item
/// <c>column</c>". The reciprocal <c>a(column, row) = 1 / value</c> is implied.
/// </summary>
public readonly struct PairwiseJudgement : IEquatable<PairwiseJudgement>
{
    /// <summary>Creates a judgement.</summary>
    /// <param name="row">The zero-based index of the item judged (the row of the matrix).</param>
    /// <param name="column">The zero-based index of the item it is compared with (the column); must differ from <paramref name="row"/>.</param>
    /// <param name="value">How many times <paramref name="row"/> is preferred to <paramref name="column"/>: positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, the two indices are equal, or the value is not positive and finite.</exception>
    public PairwiseJudgement(int row, int column, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        if (row == column)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, $"{nameof(column)} must differ from {nameof(row)} (both are {row}); the diagonal of a pairwise matrix is always 1.");
        }

        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{nameof(value)} must be a positive finite number (got {value}).");
        }

        Row = row;
        Column = column;
        Value = value;
    }

    /// <summary>Gets the zero-based row index.</summary>
    public int Row { get; }

    /// <summary>Gets the zero-based column index.</summary>
    public int Column { get; }

    /// <summary>Gets the judgement value <c>a(row, column)</c>.</summary>
    public double Value { get; }

    /// <summary>Compares two judgements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PairwiseJudgement left, PairwiseJudgement right) => left.Equals(right);

    /// <summary>Compares two judgements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PairwiseJudgement left, PairwiseJudgement right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PairwiseJudgement other) => Row == other.Row && Column == other.Column && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PairwiseJudgement other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Row, Column, Value);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"a({Row},{Column}) = {Value}");
}

/// <summary>
/// An immutable, validated positive reciprocal pairwise comparison matrix of the analytic hierarchy process (AHP),
/// possibly incomplete (some judgements missing), with optional item labels.
/// </summary>
/// <remarks>
/// <para>
/// Rules checked by every factory: size n ≥ 1; every given entry positive and finite; diagonal entries equal to 1;
/// reciprocity <c>a(j,i) · a(i,j) = 1</c> within a relative <see cref="ReciprocityTolerance"/> (the message names the
/// cell); a missing judgement is missing in both triangles; labels, when given, are non-blank, unique and one per
/// item. With <c>saatyScaleOnly</c> every judgement must also be one of Saaty's values 1/9, 1/8, …, 1/2, 1, 2, …, 9
/// (within a relative 1e-9). Nothing is rounded, clamped or repaired.
/// </para>
/// <para>
/// Source: T. L. Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill, 1980, ch. 1 (positive reciprocal matrices
/// and the 1–9 scale, Table 1.1). Incomplete matrices: P. T. Harker, "Incomplete pairwise comparisons in the analytic
/// hierarchy process", <i>Mathematical Modelling</i> 9(11), 1987, 837–848.
/// </para>
/// </remarks>
public sealed class PairwiseMatrix
{
    /// <summary>The largest allowed relative deviation from reciprocity, <c>|a(i,j) · a(j,i) − 1|</c>: 1e-9.</summary>
    public const double ReciprocityTolerance = 1e-9;

    private readonly double[] values; // row-major; NaN marks a missing judgement (internal representation only)
    private readonly Dictionary<string, int>? labelIndex;

    private PairwiseMatrix(int size, double[] values, ImmutableArray<string> labels, bool hasLabels, int missing)
    {
        Size = size;
        this.values = values;
        Labels = labels;
        HasLabels = hasLabels;
        MissingJudgementCount = missing;
        if (hasLabels)
        {
            labelIndex = new Dictionary<string, int>(size, StringComparer.Ordinal);
            for (int i = 0; i < size; i++)
            {
                labelIndex[labels[i]] = i;
            }
        }
    }

    /// <summary>Gets the number of items compared (n).</summary>
    public int Size { get; }

    /// <summary>Gets the item labels: those given, or "1", "2", … (one-based positions) when none were given.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Gets a value indicating whether labels were given.</summary>
    public bool HasLabels { get; }

    /// <summary>Gets the number of missing judgements above the diagonal (each missing pair counted once).</summary>
    public int MissingJudgementCount { get; }

    /// <summary>Gets a value indicating whether every judgement is present.</summary>
    public bool IsComplete => MissingJudgementCount == 0;

    /// <summary>Gets the entry <c>a(row, column)</c>, or null when that judgement is missing.</summary>
    /// <param name="row">The zero-based row.</param>
    /// <param name="column">The zero-based column.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, n).</exception>
    public double? this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Size);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Size);
            double v = values[(row * Size) + column];
            return double.IsNaN(v) ? null : v;
        }
    }

    /// <summary>Gets the raw row-major storage (NaN for missing). Never exposed publicly.</summary>
    internal ReadOnlySpan<double> Raw => values;

    /// <summary>Gets the position of a label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The zero-based index, or −1 when no item has that label.</returns>
    [Pure]
    public int IndexOf(string label) =>
        labelIndex is not null ? (labelIndex.TryGetValue(label, out int i) ? i : -1) : Labels.IndexOf(label, StringComparer.Ordinal);

    /// <summary>Copies the complete matrix into a new two-dimensional array.</summary>
    /// <returns>The n × n array.</returns>
    /// <exception cref="InvalidOperationException">The matrix is incomplete (use the indexer, which returns null for missing entries).</exception>
    [Pure]
    public double[,] ToArray()
    {
        if (!IsComplete)
        {
            throw new InvalidOperationException($"The pairwise matrix has {MissingJudgementCount} missing judgement(s); ToArray needs a complete matrix.");
        }

        double[,] result = new double[Size, Size];
        for (int i = 0; i < Size; i++)
        {
            for (int j = 0; j < Size; j++)
            {
                result[i, j] = values[(i * Size) + j];
            }
        }

        return result;
    }

    /// <summary>Creates a complete matrix from all its entries.</summary>
    /// <param name="values">The n × n entries: positive, finite, 1 on the diagonal, reciprocal.</param>
    /// <param name="labels">Optional item labels, one per row.</param>
    /// <param name="saatyScaleOnly">Whether every judgement must be one of Saaty's 1/9 … 9 values.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The array is empty or not square, an entry breaks a rule (the cell is named), or the labels are invalid.</exception>
    [Pure]
    public static PairwiseMatrix FromArray(double[,] values, IReadOnlyList<string>? labels = null, bool saatyScaleOnly = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = CheckSquare(values.GetLength(0), values.GetLength(1), nameof(values));
        double[] data = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                data[(i * n) + j] = values[i, j];
                if (double.IsNaN(values[i, j]))
                {
                    throw new ArgumentException(Cell(nameof(values), i, j) + " is NaN; every entry must be a positive finite number (use FromIncompleteArray for missing judgements).", nameof(values));
                }
            }
        }

        return Validate(n, data, labels, saatyScaleOnly, nameof(values));
    }

    /// <summary>Creates a possibly incomplete matrix; a null entry is a missing judgement (it must be null in both triangles).</summary>
    /// <param name="values">The n × n entries, null where the judgement is missing (never on the diagonal).</param>
    /// <param name="labels">Optional item labels, one per row.</param>
    /// <param name="saatyScaleOnly">Whether every judgement must be one of Saaty's 1/9 … 9 values.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The array is empty or not square, an entry breaks a rule (the cell is named), or the labels are invalid.</exception>
    [Pure]
    public static PairwiseMatrix FromIncompleteArray(double?[,] values, IReadOnlyList<string>? labels = null, bool saatyScaleOnly = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = CheckSquare(values.GetLength(0), values.GetLength(1), nameof(values));
        double[] data = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double? v = values[i, j];
                if (v is double d && double.IsNaN(d))
                {
                    throw new ArgumentException(Cell(nameof(values), i, j) + " is NaN; use null for a missing judgement.", nameof(values));
                }

                data[(i * n) + j] = v ?? double.NaN;
            }
        }

        return Validate(n, data, labels, saatyScaleOnly, nameof(values));
    }

    /// <summary>
    /// Creates a complete matrix from the judgements above the diagonal, row by row:
    /// <c>a(0,1), a(0,2), …, a(0,n−1), a(1,2), …, a(n−2,n−1)</c>. The diagonal is 1 and the lower triangle the reciprocals.
    /// </summary>
    /// <param name="upper">The n(n−1)/2 judgements above the diagonal, row-major.</param>
    /// <param name="labels">Optional item labels; when given, n is their count, otherwise n is solved from the length (an empty list is n = 1).</param>
    /// <param name="saatyScaleOnly">Whether every judgement must be one of Saaty's 1/9 … 9 values.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upper"/> is null.</exception>
    /// <exception cref="ArgumentException">The length is not a triangular number (or not n(n−1)/2 for the labels' n), a judgement is not positive and finite, or the labels are invalid.</exception>
    [Pure]
    public static PairwiseMatrix FromUpperTriangle(IReadOnlyList<double> upper, IReadOnlyList<string>? labels = null, bool saatyScaleOnly = false)
    {
        ArgumentNullException.ThrowIfNull(upper);
        int m = upper.Count;
        int n;
        if (labels is not null)
        {
            n = labels.Count;
            if (n < 1 || (long)n * (n - 1) / 2 != m)
            {
                throw new ArgumentException($"{nameof(upper)} has {m} judgement(s) but {labels.Count} label(s) need n(n−1)/2 = {(long)n * (n - 1) / 2}.", nameof(upper));
            }
        }
        else
        {
            n = 1;
            while ((long)n * (n - 1) / 2 < m)
            {
                n++;
            }

            if ((long)n * (n - 1) / 2 != m)
            {
                throw new ArgumentException($"{nameof(upper)} has {m} judgement(s); the upper triangle of an n × n matrix has n(n−1)/2 (1, 3, 6, 10, …).", nameof(upper));
            }
        }

        double[] data = new double[n * n];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            data[(i * n) + i] = 1;
            for (int j = i + 1; j < n; j++)
            {
                double v = upper[k];
                if (!double.IsFinite(v) || v <= 0)
                {
                    throw new ArgumentException($"{nameof(upper)}[{k}] (the judgement a({i},{j})) must be a positive finite number (got {v.ToString(CultureInfo.InvariantCulture)}).", nameof(upper));
                }

                data[(i * n) + j] = v;
                data[(j * n) + i] = 1 / v;
                k++;
            }
        }

        return Validate(n, data, labels, saatyScaleOnly, nameof(upper));
    }

    /// <summary>
    /// Creates a matrix from individual judgements. Pairs without a judgement are missing (the matrix is then incomplete);
    /// each unordered pair may be judged once, in either orientation.
    /// </summary>
    /// <param name="size">The number of items n (≥ 1).</param>
    /// <param name="judgements">The judgements; each sets <c>a(row, column)</c> and its reciprocal.</param>
    /// <param name="labels">Optional item labels, one per item.</param>
    /// <param name="saatyScaleOnly">Whether every judgement must be one of Saaty's 1/9 … 9 values.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="judgements"/> is null.</exception>
    /// <exception cref="ArgumentException">A judgement's index is outside [0, n), a pair is judged twice, a judgement is the default (unset) value, or the labels are invalid.</exception>
    [Pure]
    public static PairwiseMatrix FromJudgements(int size, IEnumerable<PairwiseJudgement> judgements, IReadOnlyList<string>? labels = null, bool saatyScaleOnly = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentNullException.ThrowIfNull(judgements);
        return FromJudgementsCore(size, judgements, labels, saatyScaleOnly, nameof(judgements));
    }

    private static PairwiseMatrix FromJudgementsCore(int size, IEnumerable<PairwiseJudgement> judgements, IReadOnlyList<string>? labels, bool saatyScaleOnly, string paramName)
    {
        int n = size;
        double[] data = new double[n * n];
        Array.Fill(data, double.NaN);
        for (int i = 0; i < n; i++)
        {
            data[(i * n) + i] = 1;
        }

        int k = 0;
        foreach (PairwiseJudgement judgement in judgements)
        {
            if (judgement.Value <= 0)
            {
                throw new ArgumentException($"{paramName}[{k}] is an unset (default) judgement; create judgements with the constructor.", paramName);
            }

            if (judgement.Row >= n || judgement.Column >= n)
            {
                throw new ArgumentException($"{paramName}[{k}] ({judgement}) refers to an item outside [0, {n}).", paramName);
            }

            int at = (judgement.Row * n) + judgement.Column;
            if (!double.IsNaN(data[at]))
            {
                throw new ArgumentException($"{paramName}[{k}] ({judgement}) judges the pair ({judgement.Row}, {judgement.Column}) a second time; each pair may be judged once.", paramName);
            }

            data[at] = judgement.Value;
            data[(judgement.Column * n) + judgement.Row] = 1 / judgement.Value;
            k++;
        }

        return Validate(n, data, labels, saatyScaleOnly, paramName);
    }

    /// <summary>
    /// Creates a matrix from judgements between labelled items, for example <c>("Value", "Risk", 3)</c>: "Value is 3 times
    /// as important as Risk". Pairs without a judgement are missing; each pair may be judged once, in either orientation.
    /// </summary>
    /// <param name="labels">The item labels (non-blank, unique), which fix the order of the items.</param>
    /// <param name="judgements">The judgements by label.</param>
    /// <param name="saatyScaleOnly">Whether every judgement must be one of Saaty's 1/9 … 9 values.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or <paramref name="judgements"/> is null.</exception>
    /// <exception cref="ArgumentException">No labels; a judgement names an unknown label or the same label twice, has a value that is not positive and finite, or repeats a pair; or the labels are invalid.</exception>
    [Pure]
    public static PairwiseMatrix FromLabelledJudgements(IReadOnlyList<string> labels, IEnumerable<(string Row, string Column, double Value)> judgements, bool saatyScaleOnly = false)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(judgements);
        if (labels.Count == 0)
        {
            throw new ArgumentException($"{nameof(labels)} is empty; a pairwise matrix compares at least one item.", nameof(labels));
        }

        var index = new Dictionary<string, int>(labels.Count, StringComparer.Ordinal);
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is string label)
            {
                index.TryAdd(label, i);
            }
        }

        var list = new List<PairwiseJudgement>();
        int k = 0;
        foreach ((string row, string column, double value) in judgements)
        {
            if (row is null || !index.TryGetValue(row, out int i))
            {
                throw new ArgumentException($"{nameof(judgements)}[{k}] names the row '{row}', which is not in {nameof(labels)}.", nameof(judgements));
            }

            if (column is null || !index.TryGetValue(column, out int j))
            {
                throw new ArgumentException($"{nameof(judgements)}[{k}] names the column '{column}', which is not in {nameof(labels)}.", nameof(judgements));
            }

            if (i == j)
            {
                throw new ArgumentException($"{nameof(judgements)}[{k}] compares '{row}' with itself; the diagonal is always 1.", nameof(judgements));
            }

            if (!double.IsFinite(value) || value <= 0)
            {
                throw new ArgumentException($"{nameof(judgements)}[{k}] ('{row}' vs '{column}') must be a positive finite number (got {F(value)}).", nameof(judgements));
            }

            list.Add(new PairwiseJudgement(i, j, value));
            k++;
        }

        return FromJudgementsCore(labels.Count, list, labels, saatyScaleOnly, nameof(judgements));
    }

    /// <summary>Whether a value is one of Saaty's 1–9 scale values or their reciprocals (within a relative 1e-9).</summary>
    /// <param name="value">The value.</param>
    /// <returns>True for 1/9, 1/8, …, 1/2, 1, 2, …, 9.</returns>
    [Pure]
    public static bool IsSaatyScaleValue(double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            return false;
        }

        for (int k = 1; k <= 9; k++)
        {
            if (Math.Abs(value - k) <= 1e-9 * k || Math.Abs(value - (1.0 / k)) <= 1e-9 / k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds a matrix from already validated internal data (used by group aggregation and completion).</summary>
    internal static PairwiseMatrix CreateTrusted(int n, double[] data, ImmutableArray<string> labels, bool hasLabels)
    {
        int missing = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (double.IsNaN(data[(i * n) + j]))
                {
                    missing++;
                }
            }
        }

        return new PairwiseMatrix(n, data, labels, hasLabels, missing);
    }

    private static int CheckSquare(int rows, int columns, string paramName)
    {
        if (rows == 0 || columns == 0)
        {
            throw new ArgumentException($"{paramName} is empty; a pairwise matrix compares at least one item.", paramName);
        }

        if (rows != columns)
        {
            throw new ArgumentException($"{paramName} must be square (got {rows} × {columns}).", paramName);
        }

        return rows;
    }

    private static string Cell(string paramName, int i, int j) => $"{paramName}[{i},{j}]";

    private static PairwiseMatrix Validate(int n, double[] data, IReadOnlyList<string>? labels, bool saatyScaleOnly, string paramName)
    {
        int missing = 0;
        for (int i = 0; i < n; i++)
        {
            double d = data[(i * n) + i];
            if (d != 1)
            {
                throw new ArgumentException($"{Cell(paramName, i, i)} must be 1 (an item compared with itself), got {F(d)}.", paramName);
            }

            for (int j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                double v = data[(i * n) + j];
                double r = data[(j * n) + i];
                if (double.IsNaN(v))
                {
                    if (!double.IsNaN(r))
                    {
                        throw new ArgumentException($"{Cell(paramName, i, j)} is missing but {Cell(paramName, j, i)} = {F(r)}; a missing judgement must be missing in both triangles.", paramName);
                    }

                    if (j > i)
                    {
                        missing++;
                    }

                    continue;
                }

                if (!double.IsFinite(v) || v <= 0)
                {
                    throw new ArgumentException($"{Cell(paramName, i, j)} must be a positive finite number (got {F(v)}).", paramName);
                }

                if (j > i && !double.IsNaN(r) && double.IsFinite(r) && r > 0 && Math.Abs((v * r) - 1) > ReciprocityTolerance)
                {
                    throw new ArgumentException($"{Cell(paramName, j, i)} = {F(r)} is not the reciprocal of {Cell(paramName, i, j)} = {F(v)} (1/{F(v)} = {F(1 / v)}); a pairwise matrix must be reciprocal within a relative {ReciprocityTolerance}.", paramName);
                }

                if (saatyScaleOnly && !IsSaatyScaleValue(v))
                {
                    throw new ArgumentException($"{Cell(paramName, i, j)} = {F(v)} is not on Saaty's 1–9 scale (1/9, 1/8, …, 1/2, 1, 2, …, 9).", paramName);
                }
            }
        }

        ImmutableArray<string> names;
        bool hasLabels = labels is not null;
        if (labels is not null)
        {
            if (labels.Count != n)
            {
                throw new ArgumentException($"labels has {labels.Count} entries but the matrix compares {n} items.", nameof(labels));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < n; i++)
            {
                string? label = labels[i];
                if (string.IsNullOrWhiteSpace(label))
                {
                    throw new ArgumentException($"labels[{i}] is null or blank.", nameof(labels));
                }

                if (!seen.Add(label))
                {
                    throw new ArgumentException($"labels contains '{label}' more than once; labels must be unique.", nameof(labels));
                }
            }

            names = [.. labels];
        }
        else
        {
            names = [.. Enumerable.Range(1, n).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        }

        return new PairwiseMatrix(n, data, names, hasLabels, missing);
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
