using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Pmo.Core.Common;

/// <summary>
/// Pmo.Core's own guard clauses, added to Ardalis.GuardClauses' <see cref="IGuardClause"/>.
/// Every message names the parameter, the value and the rule broken.
/// </summary>
internal static class PmoGuards
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is NaN or infinite.</summary>
    public static double NotFinite(this IGuardClause guard, double value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a finite number (got {value}).");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite or negative.</summary>
    public static double NotFiniteNonNegative(this IGuardClause guard, double value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        guard.NotFinite(value, parameterName);
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be zero or positive (got {value}).");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite, zero or negative.</summary>
    public static double NotFinitePositive(this IGuardClause guard, double value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        guard.NotFinite(value, parameterName);
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be greater than zero (got {value}).");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is outside the open-closed or closed interval given.</summary>
    public static double NotInRange(this IGuardClause guard, double value, double min, double max, bool minInclusive, bool maxInclusive, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        guard.NotFinite(value, parameterName);
        bool lowOk = minInclusive ? value >= min : value > min;
        bool highOk = maxInclusive ? value <= max : value < max;
        if (!lowOk || !highOk)
        {
            string interval = (minInclusive ? "[" : "(") + min.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", "
                + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + (maxInclusive ? "]" : ")");
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must lie in {interval} (got {value}).");
        }

        return value;
    }

    /// <summary>Throws when any element is NaN, infinite or negative; the message names the index.</summary>
    public static void NotFiniteNonNegativeElements(this IGuardClause guard, ReadOnlySpan<double> values, [CallerArgumentExpression(nameof(values))] string? parameterName = null)
    {
        _ = guard;
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (!double.IsFinite(v) || v < 0)
            {
                throw new ArgumentOutOfRangeException(parameterName, v, $"{parameterName}[{i}] must be a finite number, zero or positive (got {v}).");
            }
        }
    }

    /// <summary>Throws when the series is not non-decreasing; the message names the first offending index.</summary>
    public static void NotNonDecreasing(this IGuardClause guard, ReadOnlySpan<double> values, [CallerArgumentExpression(nameof(values))] string? parameterName = null)
    {
        _ = guard;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1])
            {
                throw new ArgumentException($"{parameterName} must be a non-decreasing cumulative series, but {parameterName}[{i}] = {values[i]} is below {parameterName}[{i - 1}] = {values[i - 1]}.", parameterName);
            }
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when the collection is empty.</summary>
    public static void EmptySpan<T>(this IGuardClause guard, ReadOnlySpan<T> values, [CallerArgumentExpression(nameof(values))] string? parameterName = null)
    {
        _ = guard;
        if (values.IsEmpty)
        {
            throw new ArgumentException($"{parameterName} must not be empty.", parameterName);
        }
    }
}
