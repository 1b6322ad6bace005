using System.Globalization;

namespace Pmo.Core.Finance;

/// <summary>Validation shared by the finance functions; every message names the parameter, the value and the rule.</summary>
internal static class FinanceGuards
{
    /// <summary>Throws when <paramref name="rate"/> is NaN, infinite, or at or below −1 (−100 %).</summary>
    public static double Rate(double rate, string parameterName)
    {
        if (!double.IsFinite(rate))
        {
            throw new ArgumentOutOfRangeException(parameterName, rate, $"{parameterName} must be a finite number (got {rate}).");
        }

        if (rate <= -1)
        {
            throw new ArgumentOutOfRangeException(parameterName, rate, $"{parameterName} must be greater than -1 (-100 %): at or below it the discount factor 1 / (1 + rate)^t is undefined or changes sign (got {rate.ToString(CultureInfo.InvariantCulture)}).");
        }

        return rate;
    }

    /// <summary>
    /// Returns <paramref name="result"/> when it is finite; otherwise throws <see cref="ArgumentOutOfRangeException"/>
    /// naming <paramref name="parameterName"/> (the input whose magnitude drives the overflow): finite inputs whose
    /// <paramref name="metric"/> leaves the double range (about ±1.8e308) have no representable result.
    /// </summary>
    public static double FiniteResult(double result, string parameterName, string metric)
    {
        if (!double.IsFinite(result))
        {
            throw new ArgumentOutOfRangeException(parameterName, $"{metric} of these {parameterName} overflows the double range (±{double.MaxValue.ToString("R", CultureInfo.InvariantCulture)}; computed {result.ToString(CultureInfo.InvariantCulture)}): the amounts or the discounting are too extreme for a finite result.");
        }

        return result;
    }

    /// <summary>Throws when an amount is NaN or infinite; the message names the index.</summary>
    public static void Finite(ReadOnlySpan<double> values, string parameterName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(parameterName, values[i], $"{parameterName}[{i}] must be a finite number (got {values[i]}).");
            }
        }
    }

    /// <summary>Throws when an amount is NaN, infinite or negative; the message names the index.</summary>
    public static void FiniteNonNegative(ReadOnlySpan<double> values, string parameterName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]) || values[i] < 0)
            {
                throw new ArgumentOutOfRangeException(parameterName, values[i], $"{parameterName}[{i}] must be a finite number, zero or positive (got {values[i]}).");
            }
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless the amounts contain at least one negative and one positive value.</summary>
    public static void SignChange(ReadOnlySpan<double> amounts, string parameterName, string metric)
    {
        bool negative = false;
        bool positive = false;
        foreach (double a in amounts)
        {
            negative |= a < 0;
            positive |= a > 0;
        }

        if (!negative || !positive)
        {
            throw new ArgumentException($"{parameterName} must contain at least one negative and one positive amount for {metric}: without a sign change no rate makes the present value zero (got {(negative ? "only negative or zero" : positive ? "only positive or zero" : "only zero")} amounts).", parameterName);
        }
    }

    /// <summary>Counts the sign changes of a sequence, ignoring zeros (Descartes' rule of signs).</summary>
    public static int SignChanges(ReadOnlySpan<double> ordered)
    {
        int changes = 0;
        int last = 0;
        foreach (double a in ordered)
        {
            int s = Math.Sign(a);
            if (s != 0)
            {
                if (last != 0 && s != last)
                {
                    changes++;
                }

                last = s;
            }
        }

        return changes;
    }
}
