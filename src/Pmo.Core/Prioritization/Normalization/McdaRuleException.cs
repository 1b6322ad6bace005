using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>The rule of a method or normalisation that a <see cref="DecisionMatrix"/> breaks.</summary>
public enum McdaRule
{
    /// <summary>A column is constant (max = min) where the method divides by its range.</summary>
    ConstantColumn = 0,

    /// <summary>A value is zero or negative where the method takes a ratio, a reciprocal or a logarithm.</summary>
    NonPositiveValue = 1,

    /// <summary>A column's norm (Σ|x| or √Σx²) is zero, so it cannot be divided by.</summary>
    ZeroNorm = 2,

    /// <summary>A criterion has no fixed scale where the method needs one (fixed-bounds normalisation, SPOTIS).</summary>
    MissingFixedScale = 3,

    /// <summary>A value lies outside the bounds the method was given (SPOTIS bounds).</summary>
    OutsideBounds = 4,

    /// <summary>The method needs more alternatives than the matrix has (VIKOR and PROMETHEE need two).</summary>
    TooFewAlternatives = 5,

    /// <summary>The method's options do not fit the matrix (for example one preference function per criterion).</summary>
    OptionsMismatch = 6,
}

/// <summary>
/// Thrown when a <see cref="DecisionMatrix"/> is valid in itself but breaks a rule of the method or normalisation
/// applied to it. Derives from <see cref="ArgumentException"/> (parameter <c>matrix</c>); <see cref="Rule"/> and
/// <see cref="CriterionId"/> say which rule and which column.
/// </summary>
public sealed class McdaRuleException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="criterionId">The criterion (column) concerned, or null when the rule concerns the whole matrix.</param>
    /// <param name="message">The message.</param>
    /// <param name="paramName">The parameter name, <c>matrix</c> unless told.</param>
    public McdaRuleException(McdaRule rule, string? criterionId, string message, string? paramName = "matrix")
        : base(message, paramName)
    {
        Rule = rule;
        CriterionId = criterionId;
    }

    /// <summary>Creates the exception (for serializers and tools; prefer the other constructor).</summary>
    public McdaRuleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public McdaRuleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public McdaRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the rule broken.</summary>
    public McdaRule Rule { get; }

    /// <summary>Gets the criterion concerned, or null.</summary>
    public string? CriterionId { get; }

#pragma warning disable CA2208 // The factories describe the caller's matrix argument, named "matrix".
    internal static McdaRuleException ConstantColumn(string method, Criterion c, double value) => new(
        McdaRule.ConstantColumn,
        c.Id,
        string.Create(CultureInfo.InvariantCulture, $"{method} divides by each column's range, but criterion '{c.Id}' is constant (every value is {value}); drop the criterion or use a normalisation that does not divide by the range."));

    internal static McdaRuleException NonPositive(string method, Criterion c, string alternative, double value) => new(
        McdaRule.NonPositiveValue,
        c.Id,
        string.Create(CultureInfo.InvariantCulture, $"{method} takes ratios, reciprocals or logarithms, so every value must be greater than zero, but criterion '{c.Id}' has {value} for alternative '{alternative}'."));

    internal static McdaRuleException ZeroNorm(string method, Criterion c) => new(
        McdaRule.ZeroNorm,
        c.Id,
        $"{method} divides by each column's norm, but criterion '{c.Id}' has every value zero.");
#pragma warning restore CA2208
}
