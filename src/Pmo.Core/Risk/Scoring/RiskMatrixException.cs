namespace Pmo.Core.Risk;

/// <summary>What is wrong with the cells given to a <see cref="RiskMatrix"/> or with a matrix given to a model.</summary>
public enum RiskMatrixProblem
{
    /// <summary>The matrix does not have 3 to 9 rows and 3 to 9 columns.</summary>
    Size = 0,

    /// <summary>A row has a different number of cells than the first row, or the opportunity half has a different shape.</summary>
    Ragged = 1,

    /// <summary>A cell's band is not a level of the matrix's band scale.</summary>
    BandNotInScale = 2,

    /// <summary>A cell's score is below the cell to its left (lower impact) or below it (lower probability).</summary>
    NotMonotone = 3,

    /// <summary>The matrix's rows or columns do not match the number of levels of the model's scales.</summary>
    ScaleMismatch = 4,
}

/// <summary>
/// Thrown when risk-matrix cells are invalid. It names the problem and the cell (0-based row = probability level − 1,
/// column = impact level − 1; −1 when none applies); <see cref="ArgumentException.ParamName"/> is the offending parameter.
/// </summary>
public sealed class RiskMatrixException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public RiskMatrixException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RiskMatrixException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public RiskMatrixException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a cell.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="row">The 0-based row, or −1.</param>
    /// <param name="column">The 0-based column, or −1.</param>
    /// <param name="message">The message.</param>
    /// <param name="paramName">The parameter name.</param>
    public RiskMatrixException(RiskMatrixProblem problem, int row, int column, string message, string paramName)
        : base(message, paramName)
    {
        Problem = problem;
        Row = row;
        Column = column;
    }

    /// <summary>Gets the problem.</summary>
    public RiskMatrixProblem Problem { get; }

    /// <summary>Gets the 0-based row (probability level − 1) of the offending cell, or −1.</summary>
    public int Row { get; } = -1;

    /// <summary>Gets the 0-based column (impact level − 1) of the offending cell, or −1.</summary>
    public int Column { get; } = -1;
}
