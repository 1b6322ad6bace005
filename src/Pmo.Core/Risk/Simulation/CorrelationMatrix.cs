using System.Collections.ObjectModel;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// An immutable, validated correlation matrix between named variables (for example activity ids in a schedule risk
/// simulation): symmetric, unit diagonal, every entry finite and in [−1, 1]. Positive semi-definiteness is not
/// required to construct one; it is checked and reported by <see cref="IsPositiveSemiDefinite"/> and
/// <see cref="MinimumEigenvalue"/>, and a non-PSD matrix is repaired explicitly with
/// <see cref="NearestCorrelation.Repair"/>.
/// </summary>
/// <remarks>
/// <para>
/// Symmetry is checked exactly (r_ij must equal r_ji bit for bit): a tolerance would force us either to keep an
/// asymmetric matrix or to silently average the two cells. A matrix computed from data that is asymmetric by rounding
/// should be symmetrised by the caller, who then knows it happened. The diagonal must be exactly 1 for the same reason.
/// </para>
/// <para>
/// PSD check: the eigenvalues come from MathNet.Numerics' symmetric eigen decomposition (Householder reduction and the
/// implicit QL algorithm). The matrix counts as positive semi-definite when its smallest eigenvalue is
/// ≥ −<see cref="PositiveSemiDefiniteTolerance"/> (10⁻¹⁰). The tolerance absorbs rounding in the decomposition (of order
/// k·ε·‖C‖₂ ≤ k²·2.2·10⁻¹⁶, about 10⁻¹² for k = 100) and in repaired matrices, while a genuinely indefinite
/// hand-entered matrix has a minimum eigenvalue far below it.
/// </para>
/// </remarks>
public sealed class CorrelationMatrix
{
    /// <summary>The smallest eigenvalue may be this far below zero and the matrix still counts as positive semi-definite.</summary>
    public const double PositiveSemiDefiniteTolerance = 1e-10;

    private readonly string[] ids;
    private readonly double[] values; // row-major k × k
    private readonly Dictionary<string, int> index;

    private CorrelationMatrix(string[] ids, Dictionary<string, int> index, double[] values)
    {
        this.ids = ids;
        this.index = index;
        this.values = values;
        Ids = new ReadOnlyCollection<string>(ids);
        MinimumEigenvalue = CorrelationLinearAlgebra.MinimumEigenvalue(values, ids.Length);
    }

    /// <summary>Gets the variable ids, in matrix order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Gets the number of variables k.</summary>
    public int Count => ids.Length;

    /// <summary>Gets the smallest eigenvalue λ_min (MathNet.Numerics symmetric eigen decomposition).</summary>
    public double MinimumEigenvalue { get; }

    /// <summary>Gets whether λ_min ≥ −<see cref="PositiveSemiDefiniteTolerance"/>, i.e. whether this is a valid correlation matrix.</summary>
    public bool IsPositiveSemiDefinite => MinimumEigenvalue >= -PositiveSemiDefiniteTolerance;

    /// <summary>Gets the correlation between variables <paramref name="row"/> and <paramref name="column"/> (by position).</summary>
    /// <param name="row">Row index in [0, <see cref="Count"/>).</param>
    /// <param name="column">Column index in [0, <see cref="Count"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, <see cref="Count"/>).</exception>
    public double this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Count);
            return values[(row * Count) + column];
        }
    }

    /// <summary>Gets the correlation between the variables with ids <paramref name="first"/> and <paramref name="second"/>.</summary>
    /// <param name="first">An id in <see cref="Ids"/>.</param>
    /// <param name="second">An id in <see cref="Ids"/>.</param>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="KeyNotFoundException">An id is not in <see cref="Ids"/>.</exception>
    public double this[string first, string second] => values[(IndexOf(first) * Count) + IndexOf(second)];

    /// <summary>Creates a matrix from a full k × k array.</summary>
    /// <param name="ids">The k variable ids: non-blank, distinct (ordinal comparison).</param>
    /// <param name="matrix">The k × k correlations: finite, in [−1, 1], exactly 1 on the diagonal, exactly symmetric.</param>
    /// <returns>The validated matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/>, an id or <paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">No ids; a blank or duplicate id; the matrix is not k × k; a diagonal cell is not 1; a cell differs from its mirror.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cell is NaN, infinite or outside [−1, 1].</exception>
    [Pure]
    public static CorrelationMatrix FromMatrix(IReadOnlyList<string> ids, double[,] matrix)
    {
        (string[] idArray, Dictionary<string, int> map) = ValidateIds(ids);
        ArgumentNullException.ThrowIfNull(matrix);
        int k = idArray.Length;
        if (matrix.GetLength(0) != k || matrix.GetLength(1) != k)
        {
            throw new ArgumentException($"{nameof(matrix)} must be {k} × {k} to match {nameof(ids)} (got {matrix.GetLength(0)} × {matrix.GetLength(1)}).", nameof(matrix));
        }

        var values = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double r = matrix[i, j];
                CheckCell(r, $"{nameof(matrix)}[{i},{j}] ({idArray[i]}, {idArray[j]})", nameof(matrix));
                values[(i * k) + j] = r;
            }
        }

        for (int i = 0; i < k; i++)
        {
            double d = values[(i * k) + i];
            if (d != 1.0)
            {
                throw new ArgumentException($"{nameof(matrix)}[{i},{i}] ({idArray[i]}) = {Format(d)} must be exactly 1 (a correlation matrix has a unit diagonal).", nameof(matrix));
            }

            for (int j = i + 1; j < k; j++)
            {
                double a = values[(i * k) + j];
                double b = values[(j * k) + i];
                if (a != b)
                {
                    throw new ArgumentException($"{nameof(matrix)} must be exactly symmetric, but {nameof(matrix)}[{i},{j}] ({idArray[i]}, {idArray[j]}) = {Format(a)} differs from {nameof(matrix)}[{j},{i}] = {Format(b)}.", nameof(matrix));
                }
            }
        }

        return new CorrelationMatrix(idArray, map, values);
    }

    /// <summary>
    /// Creates a matrix from pairwise entries; unspecified pairs are 0 (independent) and the diagonal is 1. A pair may be
    /// given in either order; giving it twice is allowed only with the same value.
    /// </summary>
    /// <param name="ids">The k variable ids: non-blank, distinct (ordinal comparison).</param>
    /// <param name="pairs">(first id, second id, correlation): ids in <paramref name="ids"/> and different from each other; correlation finite in [−1, 1].</param>
    /// <returns>The validated matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/>, an id, <paramref name="pairs"/> or an id in a pair is null.</exception>
    /// <exception cref="ArgumentException">No ids; a blank or duplicate id; a pair names an unknown id or the same id twice; a pair is given twice with different values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A correlation is NaN, infinite or outside [−1, 1].</exception>
    [Pure]
    public static CorrelationMatrix FromPairs(IReadOnlyList<string> ids, IEnumerable<(string First, string Second, double Correlation)> pairs)
    {
        (string[] idArray, Dictionary<string, int> map) = ValidateIds(ids);
        ArgumentNullException.ThrowIfNull(pairs);
        int k = idArray.Length;
        var values = new double[k * k];
        var given = new bool[k * k];
        for (int i = 0; i < k; i++)
        {
            values[(i * k) + i] = 1.0;
        }

        int n = 0;
        foreach ((string first, string second, double r) in pairs)
        {
            string where = $"{nameof(pairs)}[{n}]";
            if (first is null || second is null)
            {
                throw new ArgumentNullException(nameof(pairs), $"{where} has a null id.");
            }

            if (!map.TryGetValue(first, out int i))
            {
                throw new ArgumentException($"{where} names the unknown id '{first}' (not in {nameof(ids)}).", nameof(pairs));
            }

            if (!map.TryGetValue(second, out int j))
            {
                throw new ArgumentException($"{where} names the unknown id '{second}' (not in {nameof(ids)}).", nameof(pairs));
            }

            if (i == j)
            {
                throw new ArgumentException($"{where} pairs '{first}' with itself; the diagonal of a correlation matrix is fixed at 1 and cannot be given.", nameof(pairs));
            }

            CheckCell(r, $"{where} ({first}, {second})", nameof(pairs));
            int cell = (i * k) + j;
            if (given[cell] && values[cell] != r)
            {
                throw new ArgumentException($"{where} gives the pair ({first}, {second}) the correlation {Format(r)}, but it was already given as {Format(values[cell])}.", nameof(pairs));
            }

            given[cell] = given[(j * k) + i] = true;
            values[cell] = values[(j * k) + i] = r;
            n++;
        }

        return new CorrelationMatrix(idArray, map, values);
    }

    /// <summary>Creates the identity (independent variables).</summary>
    /// <param name="ids">The variable ids: non-blank, distinct.</param>
    /// <returns>The identity correlation matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> or an id is null.</exception>
    /// <exception cref="ArgumentException">No ids; a blank or duplicate id.</exception>
    [Pure]
    public static CorrelationMatrix Identity(IReadOnlyList<string> ids) => FromPairs(ids, []);

    /// <summary>Returns the position of <paramref name="id"/> in <see cref="Ids"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not in <see cref="Ids"/>.</exception>
    [Pure]
    public int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGetValue(id, out int i) ? i : throw new KeyNotFoundException($"The id '{id}' is not a variable of this correlation matrix.");
    }

    /// <summary>Returns a copy of the matrix as a k × k array.</summary>
    /// <returns>A new array.</returns>
    [Pure]
    public double[,] ToArray()
    {
        int k = Count;
        var result = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                result[i, j] = values[(i * k) + j];
            }
        }

        return result;
    }

    /// <summary>The row-major values (not copied: callers must not write).</summary>
    internal ReadOnlySpan<double> Values => values;

    /// <summary>Builds a matrix from already valid row-major values (symmetric, unit diagonal, in [−1, 1]).</summary>
    internal CorrelationMatrix WithValues(double[] newValues) => new(ids, index, newValues);

    private static (string[] Ids, Dictionary<string, int> Map) ValidateIds(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            throw new ArgumentException($"{nameof(ids)} must name at least one variable.", nameof(ids));
        }

        var array = new string[ids.Count];
        var map = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            string id = ids[i] ?? throw new ArgumentNullException(nameof(ids), $"{nameof(ids)}[{i}] is null.");
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException($"{nameof(ids)}[{i}] must not be blank.", nameof(ids));
            }

            if (!map.TryAdd(id, i))
            {
                throw new ArgumentException($"{nameof(ids)}[{i}] = '{id}' duplicates {nameof(ids)}[{map[id]}].", nameof(ids));
            }

            array[i] = id;
        }

        return (array, map);
    }

    private static void CheckCell(double r, string cell, string parameterName)
    {
        if (!double.IsFinite(r))
        {
            throw new ArgumentOutOfRangeException(parameterName, r, $"{cell} must be a finite number (got {Format(r)}).");
        }

        if (r < -1 || r > 1)
        {
            throw new ArgumentOutOfRangeException(parameterName, r, $"{cell} = {Format(r)} must lie in [−1, 1].");
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
