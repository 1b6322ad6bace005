namespace Pmo.Core.Kpis;

/// <summary>What is wrong with the bands given to a <see cref="BandSet"/>.</summary>
public enum BandSetProblem
{
    /// <summary>No band was given.</summary>
    Empty = 0,

    /// <summary>The lowest band does not start at −∞, so values below it have no status.</summary>
    DoesNotStartAtNegativeInfinity = 1,

    /// <summary>The highest band does not end at +∞, so values above it have no status.</summary>
    DoesNotEndAtPositiveInfinity = 2,

    /// <summary>Two neighbouring bands leave a gap: an open interval between them, or a shared end that neither includes.</summary>
    Gap = 3,

    /// <summary>Two bands overlap: an interval in common, or a shared end that both include.</summary>
    Overlap = 4,

    /// <summary>A band's level is not a level of the band set's scale.</summary>
    LevelNotInScale = 5,
}

/// <summary>
/// Thrown when tolerance bands do not partition the real line exactly. It names the problem and the offending bands by
/// their index in the caller's list; <see cref="ArgumentException.ParamName"/> is the bands parameter.
/// </summary>
public sealed class BandSetException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public BandSetException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public BandSetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public BandSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem with one or two bands.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="firstBandIndex">The index (in the caller's list) of the first offending band, or −1.</param>
    /// <param name="secondBandIndex">The index of the second offending band, or −1.</param>
    /// <param name="message">The message.</param>
    /// <param name="paramName">The parameter name.</param>
    public BandSetException(BandSetProblem problem, int firstBandIndex, int secondBandIndex, string message, string paramName)
        : base(message, paramName)
    {
        Problem = problem;
        FirstBandIndex = firstBandIndex;
        SecondBandIndex = secondBandIndex;
    }

    /// <summary>Gets the problem.</summary>
    public BandSetProblem Problem { get; }

    /// <summary>Gets the index (in the caller's list) of the first offending band, or −1 when none applies.</summary>
    public int FirstBandIndex { get; } = -1;

    /// <summary>Gets the index (in the caller's list) of the second offending band, or −1 when none applies.</summary>
    public int SecondBandIndex { get; } = -1;
}
