using System.Collections.Immutable;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>Validation shared by the PPM frameworks; every message names the parameter, the value and the rule.</summary>
internal static class FrameworkGuards
{
    public static void FiniteNonNegative(double value, string parameterName, string id)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} of '{id}' must be a finite number, zero or positive (got {Format(value)}).");
        }
    }

    public static void FinitePositive(double value, string parameterName, string id)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} of '{id}' must be a finite number greater than zero (got {Format(value)}).");
        }
    }

    public static void InRange(double value, double min, double max, string parameterName, string id)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} of '{id}' must lie in [{Format(min)}, {Format(max)}] (got {Format(value)}).");
        }
    }

    public static void ElementFiniteNonNegative(double value, string parameterName, int index)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName}[{index}] must be a finite number, zero or positive (got {Format(value)}).");
        }
    }

    public static void ElementFinitePositive(double value, string parameterName, int index)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName}[{index}] must be a finite number greater than zero (got {Format(value)}).");
        }
    }

    public static void ElementInRange(double value, double min, double max, string parameterName, int index)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName}[{index}] must lie in [{Format(min)}, {Format(max)}] (got {Format(value)}).");
        }
    }

    public static void SameLength(int expected, int actual, string parameterName)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"{parameterName} has length {actual} but the first span has length {expected}.", parameterName);
        }
    }

    public static void Defined<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a defined {typeof(TEnum).Name} (got {value}).");
        }
    }

    /// <summary>Materialises a non-empty list of non-null items with unique ids.</summary>
    public static ImmutableArray<T> Items<T>(IEnumerable<T> items, Func<T, string> id, string parameterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        ImmutableArray<T> list = [.. items];
        if (list.IsEmpty)
        {
            throw new ArgumentException("At least one item is needed.", parameterName);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(parameterName, $"{parameterName}[{i}] is null.");
            }

            if (!ids.Add(id(list[i])))
            {
                throw new ArgumentException($"The id '{id(list[i])}' appears more than once in {parameterName} (ids are compared ordinally).", parameterName);
            }
        }

        return list;
    }

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
