namespace Pmo.Core.Risk;

/// <summary>What is wrong with the levels given to a <see cref="ProbabilityScale"/> or <see cref="ImpactScale"/>.</summary>
public enum RiskScaleProblem
{
    /// <summary>The scale does not have 3 to 9 levels.</summary>
    LevelCount = 0,

    /// <summary>Some levels are points and others ranges; a scale uses one kind.</summary>
    MixedLevelKinds = 1,

    /// <summary>The level values are not strictly increasing from the first (lowest) level to the last.</summary>
    ValuesNotIncreasing = 2,

    /// <summary>A probability point or range end lies outside [0, 1].</summary>
    OutOfDomain = 3,

    /// <summary>The first range does not start at 0 inclusive, so small raw estimates have no level.</summary>
    DoesNotStartAtZero = 4,

    /// <summary>The last range does not reach the top of the domain (1 inclusive for probabilities, +∞ for impacts).</summary>
    DoesNotCoverTop = 5,

    /// <summary>Two neighbouring ranges leave a gap: an open interval between them, or a shared end neither includes.</summary>
    Gap = 6,

    /// <summary>Two neighbouring ranges overlap: an interval in common, or a shared end both include.</summary>
    Overlap = 7,
}

/// <summary>
/// Thrown when scale levels do not partition the raw-estimate domain exactly (probabilities [0, 1], impacts [0, +∞)).
/// It names the problem and the offending levels by their 0-based index in the caller's list;
/// <see cref="ArgumentException.ParamName"/> is the levels parameter.
/// </summary>
public sealed class RiskScaleException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public RiskScaleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RiskScaleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public RiskScaleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem with one or two levels.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="firstLevelIndex">The 0-based index of the first offending level, or −1.</param>
    /// <param name="secondLevelIndex">The 0-based index of the second offending level, or −1.</param>
    /// <param name="message">The message.</param>
    /// <param name="paramName">The parameter name.</param>
    public RiskScaleException(RiskScaleProblem problem, int firstLevelIndex, int secondLevelIndex, string message, string paramName)
        : base(message, paramName)
    {
        Problem = problem;
        FirstLevelIndex = firstLevelIndex;
        SecondLevelIndex = secondLevelIndex;
    }

    /// <summary>Gets the problem.</summary>
    public RiskScaleProblem Problem { get; }

    /// <summary>Gets the 0-based index of the first offending level, or −1.</summary>
    public int FirstLevelIndex { get; } = -1;

    /// <summary>Gets the 0-based index of the second offending level, or −1.</summary>
    public int SecondLevelIndex { get; } = -1;
}
