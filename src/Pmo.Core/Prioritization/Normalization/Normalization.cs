using System.Diagnostics.Contracts;
using System.Numerics;

namespace Pmo.Core.Prioritization;

/// <summary>
/// Normalises a <see cref="DecisionMatrix"/> column by column (<see cref="NormalizationMethod"/>) and turns cost criteria
/// (<see cref="CostHandling"/>), so that every column is dimensionless and larger is better.
/// </summary>
/// <remarks>
/// Every normalisation here is, per column, an affine map of <c>x</c> (or of <c>1/x</c> under
/// <see cref="CostHandling.Reciprocal"/>): <c>r = (t(x) − origin) / divisor</c>. Rules are checked per column and broken ones raise a
/// <see cref="McdaRuleException"/> naming the criterion; nothing is clamped or dropped. Min-max, max, sum and vector are
/// invariant to a positive rescaling of a column (a change of unit); fixed bounds are not (the bounds carry the unit).
/// </remarks>
public static class Normalization
{
    /// <summary>Normalises every column of a matrix.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="method">The normalisation.</param>
    /// <param name="costHandling">How cost criteria are turned (default <see cref="CostHandling.Complement"/>).</param>
    /// <returns>The normalised matrix (larger is better in every column, except under <see cref="CostHandling.Negation"/> where cost columns are ≤ 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is undefined; or a column's range, sum, norm or (reciprocal cost handling) reciprocal overflows the double range (<c>ParamName</c> <c>matrix</c>).</exception>
    /// <exception cref="McdaRuleException">A column breaks a rule of the normalisation (constant column for min-max, non-positive value for max, sum or reciprocal, zero norm, missing fixed scale).</exception>
    [Pure]
    public static McdaMatrix Normalize(DecisionMatrix matrix, NormalizationMethod method, CostHandling costHandling = CostHandling.Complement)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        EnsureDefined(method, costHandling);
        ColumnMap[] maps = Maps(matrix, method, costHandling, applyDirection: true, $"{method} normalisation");
        double[] r = new double[matrix.Values.Length];
        Apply(matrix, maps, r);
        return new McdaMatrix(r, matrix.AlternativeCount, matrix.CriterionCount);
    }

    /// <summary>Normalises one column of values given as a span.</summary>
    /// <param name="values">The column.</param>
    /// <param name="criterion">The criterion (its direction and, for fixed bounds, its scale).</param>
    /// <param name="method">The normalisation.</param>
    /// <param name="costHandling">How a cost criterion is turned.</param>
    /// <param name="destination">Receives the normalised values; same length as <paramref name="values"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans are empty or differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is undefined or a value is not finite; or the column's range, sum, norm or reciprocal overflows the double range.</exception>
    /// <exception cref="McdaRuleException">The column breaks a rule of the normalisation.</exception>
    public static void NormalizeColumn(ReadOnlySpan<double> values, Criterion criterion, NormalizationMethod method, CostHandling costHandling, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        EnsureDefined(method, costHandling);
        if (values.IsEmpty)
        {
            throw new ArgumentException("At least one value is needed.", nameof(values));
        }

        if (destination.Length != values.Length)
        {
            throw new ArgumentException($"destination must have {values.Length} elements (got {destination.Length}).", nameof(destination));
        }

        var matrix = DecisionMatrix.FromRowMajor(Enumerable.Range(0, values.Length).Select(i => "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), [criterion], values);
        ColumnMap map = Maps(matrix, method, costHandling, applyDirection: true, $"{method} normalisation")[0];
        for (int i = 0; i < values.Length; i++)
        {
            destination[i] = map.Map(values[i]);
        }
    }

    internal static void EnsureDefined(NormalizationMethod method, CostHandling costHandling)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "method must be a defined NormalizationMethod.");
        }

        if (!Enum.IsDefined(costHandling))
        {
            throw new ArgumentOutOfRangeException(nameof(costHandling), costHandling, "costHandling must be a defined CostHandling.");
        }
    }

    /// <summary>Computes each column's affine map; with <paramref name="applyDirection"/> false every column is treated as benefit.</summary>
    internal static ColumnMap[] Maps(DecisionMatrix matrix, NormalizationMethod method, CostHandling costHandling, bool applyDirection, string methodName)
    {
        int m = matrix.CriterionCount;
        int n = matrix.AlternativeCount;
        ReadOnlySpan<double> x = matrix.Values;
        var maps = new ColumnMap[m];
        bool[] reciprocal = new bool[m];
        for (int j = 0; j < m; j++)
        {
            Criterion c = matrix.Criteria[j];
            reciprocal[j] = applyDirection && c.Direction == CriterionDirection.Cost && costHandling == CostHandling.Reciprocal;
            if (method == NormalizationMethod.FixedBounds && !c.HasFixedScale)
            {
                throw new McdaRuleException(McdaRule.MissingFixedScale, c.Id, $"{methodName} needs every criterion to have a fixed scale, but criterion '{c.Id}' has none (give scaleMin and scaleMax).");
            }
        }

        // Per-column statistics of t(x) (x, or 1/x for reciprocal columns), gathered row-major in one pass,
        // Vector<double>-wide across the columns of a row, the tail of each row scalar.
        double[] min = new double[m];
        double[] max = new double[m];
        double[] sum = new double[m];
        double[] sumSquares = new double[m];
        double[] minRaw = new double[m];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        Array.Fill(minRaw, double.PositiveInfinity);
        long[] mask = new long[m];
        bool anyReciprocal = false;
        for (int j = 0; j < m; j++)
        {
            mask[j] = reciprocal[j] ? -1L : 0L;
            anyReciprocal |= reciprocal[j];
        }

        int width = Vector<double>.Count;
        int vectorEnd = Vector.IsHardwareAccelerated ? m - (m % width) : 0;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = x.Slice(i * m, m);
            for (int j = 0; j < vectorEnd; j += width)
            {
                var raw = new Vector<double>(row.Slice(j));
                Vector<double> v = anyReciprocal ? Vector.ConditionalSelect(new Vector<long>(mask, j), Vector<double>.One / raw, raw) : raw;
                Vector.Min(new Vector<double>(minRaw, j), raw).CopyTo(minRaw, j);
                Vector.Min(new Vector<double>(min, j), v).CopyTo(min, j);
                Vector.Max(new Vector<double>(max, j), v).CopyTo(max, j);
                (new Vector<double>(sum, j) + v).CopyTo(sum, j);
                (new Vector<double>(sumSquares, j) + (v * v)).CopyTo(sumSquares, j);
            }

            for (int j = vectorEnd; j < m; j++)
            {
                double raw = row[j];
                double v = reciprocal[j] ? 1.0 / raw : raw;
                minRaw[j] = Math.Min(minRaw[j], raw);
                min[j] = Math.Min(min[j], v);
                max[j] = Math.Max(max[j], v);
                sum[j] += v;
                sumSquares[j] += v * v;
            }
        }

        for (int j = 0; j < m; j++)
        {
            Criterion c = matrix.Criteria[j];
            bool needsPositive = reciprocal[j] || method is NormalizationMethod.Max or NormalizationMethod.Sum;
            if (needsPositive && minRaw[j] <= 0)
            {
                int at = FirstAtOrBelow(matrix, j, 0);
                throw McdaRuleException.NonPositive(methodName, c, matrix.Alternatives[at], matrix[at, j]);
            }

            // r = (t − origin) / divisor; the benefit origin is the bottom of the scale, the complement's is its top.
            double origin;
            double top;
            double divisor;
            switch (method)
            {
                case NormalizationMethod.MinMax:
                    if (!(max[j] > min[j]))
                    {
                        throw McdaRuleException.ConstantColumn(methodName, c, matrix[0, j]);
                    }

                    (origin, top, divisor) = (min[j], max[j], max[j] - min[j]);
                    break;
                case NormalizationMethod.Max:
                    (origin, top, divisor) = (0, max[j], max[j]);
                    break;
                case NormalizationMethod.Sum:
                    (origin, top, divisor) = (0, sum[j], sum[j]);
                    break;
                case NormalizationMethod.Vector:
                    if (sumSquares[j] == 0)
                    {
                        throw McdaRuleException.ZeroNorm(methodName, c);
                    }

                    double norm = Math.Sqrt(sumSquares[j]);
                    (origin, top, divisor) = (0, norm, norm);
                    break;
                default:
                    {
                        double lo = c.ScaleMin!.Value;
                        double hi = c.ScaleMax!.Value;
                        if (reciprocal[j])
                        {
                            // t = 1/x runs from 1/hi (worst) to 1/lo (best), so the scale must start above zero.
                            if (lo <= 0)
                            {
                                throw new McdaRuleException(McdaRule.NonPositiveValue, c.Id, $"{methodName} with reciprocal cost handling needs the fixed scale of criterion '{c.Id}' to start above zero (scaleMin is {lo}).");
                            }

                            (lo, hi) = (1.0 / hi, 1.0 / lo);
                        }

                        (origin, top, divisor) = (lo, hi, hi - lo);
                        break;
                    }
            }

            if (!double.IsFinite(origin) || !double.IsFinite(top) || !double.IsFinite(divisor) || !double.IsFinite(min[j]) || !double.IsFinite(max[j]))
            {
                throw new ArgumentOutOfRangeException(nameof(matrix), $"{methodName}: criterion '{c.Id}' has values whose {(reciprocal[j] ? "reciprocals, " : string.Empty)}range, sum or norm overflows the double range (minimum {min[j]}, maximum {max[j]}, divisor {divisor}); rescale the criterion.");
            }

            if (applyDirection && c.Direction == CriterionDirection.Cost && costHandling != CostHandling.Reciprocal)
            {
                // Complement: 1 − (t − origin)/divisor = (t − top)/(−divisor); Negation: (t − origin)/(−divisor).
                if (costHandling == CostHandling.Complement)
                {
                    origin = top;
                }

                divisor = -divisor;
            }

            maps[j] = new ColumnMap(origin, divisor, reciprocal[j]);
        }

        return maps;
    }

    internal static void Apply(DecisionMatrix matrix, ColumnMap[] maps, Span<double> destination)
    {
        ReadOnlySpan<double> x = matrix.Values;
        int m = maps.Length;
        double[] origin = new double[m];
        double[] divisor = new double[m];
        long[] mask = new long[m];
        bool anyReciprocal = false;
        for (int j = 0; j < m; j++)
        {
            origin[j] = maps[j].Origin;
            divisor[j] = maps[j].Divisor;
            mask[j] = maps[j].Reciprocal ? -1L : 0L;
            anyReciprocal |= maps[j].Reciprocal;
        }

        int width = Vector<double>.Count;
        int vectorEnd = Vector.IsHardwareAccelerated ? m - (m % width) : 0;
        for (int i = 0; i < matrix.AlternativeCount; i++)
        {
            int o = i * m;
            ReadOnlySpan<double> row = x.Slice(o, m);
            Span<double> target = destination.Slice(o, m);
            for (int j = 0; j < vectorEnd; j += width)
            {
                var raw = new Vector<double>(row.Slice(j));
                Vector<double> t = anyReciprocal ? Vector.ConditionalSelect(new Vector<long>(mask, j), Vector<double>.One / raw, raw) : raw;
                ((t - new Vector<double>(origin, j)) / new Vector<double>(divisor, j)).CopyTo(target.Slice(j));
            }

            for (int j = vectorEnd; j < m; j++)
            {
                target[j] = maps[j].Map(row[j]);
            }
        }
    }

    internal static int FirstAtOrBelow(DecisionMatrix matrix, int column, double limit)
    {
        for (int i = 0; i < matrix.AlternativeCount; i++)
        {
            if (matrix[i, column] <= limit)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>One column's normalisation <c>r = (t(x) − Origin) / Divisor</c>, <c>t(x) = 1/x</c> when <see cref="Reciprocal"/>.</summary>
    internal readonly record struct ColumnMap(double Origin, double Divisor, bool Reciprocal)
    {
        public double Map(double x) => ((Reciprocal ? 1.0 / x : x) - Origin) / Divisor;
    }
}
