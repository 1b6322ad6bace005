using System.Globalization;

namespace Pmo.Core.Charts.Internal;

/// <summary>Argument checks of the chart builders; every message names the parameter, the value and the rule.</summary>
internal static class Check
{
    internal static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name, $"{name} must not be null.");

    internal static double Finite(double value, string name) =>
        double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite, but was {value.ToString(CultureInfo.InvariantCulture)}.");

    internal static void Finite(IReadOnlyList<double> values, string name)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(name, values[i], $"{name}[{i}] must be finite, but was {values[i].ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }

    /// <summary>Null elements are allowed (they are gaps); NaN and infinities are not.</summary>
    internal static void Finite(IReadOnlyList<double?> values, string name)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is double v && !double.IsFinite(v))
            {
                throw new ArgumentOutOfRangeException(name, v, $"{name}[{i}] must be finite or null (a gap), but was {v.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }

    internal static void NotEmpty<T>(IReadOnlyCollection<T> values, string name)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException($"{name} must not be empty.", name);
        }
    }

    internal static void SameLength(int expected, string expectedName, int actual, string name)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"{name} must have as many elements as {expectedName} ({expected}), but has {actual}.", name);
        }
    }

    internal static void NoNullElements<T>(IReadOnlyList<T?> values, string name)
        where T : class
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                throw new ArgumentException($"{name}[{i}] must not be null.", name);
            }
        }
    }
}
