using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Pmo.Core.Prioritization;

/// <summary>
/// An immutable numeric matrix reported as an intermediate of a method (a normalised or weighted matrix, unicriterion
/// flows): rows are alternatives, columns criteria, stored row-major.
/// </summary>
public sealed class McdaMatrix
{
    private readonly double[] values;

    internal McdaMatrix(double[] values, int rows, int columns)
    {
        this.values = values;
        RowCount = rows;
        ColumnCount = columns;
        Values = ImmutableCollectionsMarshal.AsImmutableArray(values);
    }

    /// <summary>Gets the number of rows (alternatives).</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of columns (criteria).</summary>
    public int ColumnCount { get; }

    /// <summary>Gets the values row-major (<c>[row * ColumnCount + column]</c>).</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets one value.</summary>
    /// <param name="row">The row (alternative index).</param>
    /// <param name="column">The column (criterion index).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public double this[int row, int column]
    {
        get
        {
            if (row < 0 || row >= RowCount)
            {
                throw new ArgumentOutOfRangeException(nameof(row), row, string.Create(CultureInfo.InvariantCulture, $"row must lie in [0, {RowCount - 1}]."));
            }

            if (column < 0 || column >= ColumnCount)
            {
                throw new ArgumentOutOfRangeException(nameof(column), column, string.Create(CultureInfo.InvariantCulture, $"column must lie in [0, {ColumnCount - 1}]."));
            }

            return values[(row * ColumnCount) + column];
        }
    }

    /// <summary>Gets one row without copying.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    [Pure]
    public ReadOnlySpan<double> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return values.AsSpan(row * ColumnCount, ColumnCount);
    }

    internal ReadOnlySpan<double> Span => values;
}
