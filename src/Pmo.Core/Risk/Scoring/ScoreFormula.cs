using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>How a risk model turns probability and impact into a score.</summary>
public enum ScoringMethod
{
    /// <summary>Numeric P × I: the probability level's value times the impact value (PMBOK 5th ed. Figure 11-10 style, unrounded).</summary>
    NumericProduct = 0,

    /// <summary>Ordinal-level product: probability level × impact level (1 … N·M, the "1–25" 5×5 matrix).</summary>
    OrdinalProduct = 1,

    /// <summary>Matrix lookup: the score, band and colour of the cell (probability level, impact level).</summary>
    MatrixLookup = 2,

    /// <summary>A <see cref="ScoreFormula"/> on the level values, normalised to the formula's maximum (score in [0, 1]).</summary>
    Formula = 3,
}

/// <summary>
/// A family of probability–impact score formulas on level values p and i (all zero or positive), normalised by
/// <see cref="ScoreFormulas.Normalised"/> to the formula's maximum f(p_max, i_max) so that the score lies in [0, 1].
/// The <c>+ I</c> and <c>+ P</c> terms weight impact (or probability) more than the plain product: a high-impact,
/// low-probability risk scores higher under P×I + I than under P×I.
/// </summary>
public enum ScoreFormula
{
    /// <summary>f = P × I.</summary>
    ProbabilityTimesImpact = 0,

    /// <summary>f = P × I + I.</summary>
    PTimesIPlusI = 1,

    /// <summary>f = P × I + 2I.</summary>
    PTimesIPlus2I = 2,

    /// <summary>f = P × I + P.</summary>
    PTimesIPlusP = 3,

    /// <summary>f = P × I + 2P.</summary>
    PTimesIPlus2P = 4,
}

/// <summary>Evaluates the <see cref="ScoreFormula"/> family.</summary>
public static class ScoreFormulas
{
    /// <summary>Evaluates a formula: P·I, P·I + I, P·I + 2I, P·I + P or P·I + 2P.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="p">The probability value.</param>
    /// <param name="i">The impact value.</param>
    /// <returns>The unnormalised value f(p, i).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="formula"/> is not defined; <paramref name="p"/> or <paramref name="i"/> is NaN or infinite; or the
    /// value overflows the double range (<c>ParamName</c> <c>i</c>).
    /// </exception>
    [Pure]
    public static double Evaluate(ScoreFormula formula, double p, double i)
    {
        Guard.Against.NotFinite(p);
        Guard.Against.NotFinite(i);
        double value = EvaluateCore(formula, p, i);
        return double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(i), i, $"{formula} of p = {p} and i = {i} overflows the double range.");
    }

    private static double EvaluateCore(ScoreFormula formula, double p, double i) => formula switch
    {
        ScoreFormula.ProbabilityTimesImpact => p * i,
        ScoreFormula.PTimesIPlusI => (p * i) + i,
        ScoreFormula.PTimesIPlus2I => (p * i) + (2 * i),
        ScoreFormula.PTimesIPlusP => (p * i) + p,
        ScoreFormula.PTimesIPlus2P => (p * i) + (2 * p),
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, $"{nameof(formula)} is not a defined {nameof(ScoreFormula)}."),
    };

    /// <summary>Evaluates a formula normalised to its maximum: f(p, i) / f(pMax, iMax).</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="p">The probability value, in [0, pMax].</param>
    /// <param name="i">The impact value, in [0, iMax].</param>
    /// <param name="pMax">The highest probability value (positive).</param>
    /// <param name="iMax">The highest impact value (positive).</param>
    /// <returns>The normalised score in [0, 1] (for p, i within their maxima), or null when f(pMax, iMax) is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="formula"/> is not defined; a value is NaN or infinite; or f overflows the double range (as <see cref="Evaluate"/>).
    /// </exception>
    /// <remarks>Every formula of the family is non-decreasing in p and in i for p, i ≥ 0, so its maximum over the scales is at (pMax, iMax).</remarks>
    [Pure]
    public static double? Normalised(ScoreFormula formula, double p, double i, double pMax, double iMax)
    {
        double max = Evaluate(formula, pMax, iMax);
        if (!(max > 0))
        {
            return null;
        }

        double value = Evaluate(formula, p, i) / max;
        return double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(iMax), iMax, $"f(p, i) / f(pMax, iMax) overflows the double range: f(pMax, iMax) = {max} is too small for f(p, i).");
    }
}
