using System.Globalization;

namespace Pmo.Core.Risk.Simulation;

/// <summary>
/// Thrown when a correlation matrix that must be positive semi-definite (for example the target of Iman–Conover) is
/// not. Repair it explicitly with <see cref="NearestCorrelation.Repair"/> and report the repair.
/// </summary>
public sealed class NonPositiveSemiDefiniteCorrelationException : ArgumentException
{
    /// <summary>Creates the exception with a default message.</summary>
    public NonPositiveSemiDefiniteCorrelationException()
        : base("The correlation matrix is not positive semi-definite; repair it with NearestCorrelation.Repair first.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public NonPositiveSemiDefiniteCorrelationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public NonPositiveSemiDefiniteCorrelationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a matrix with smallest eigenvalue <paramref name="minimumEigenvalue"/>.</summary>
    /// <param name="minimumEigenvalue">The smallest eigenvalue of the offending matrix.</param>
    /// <param name="paramName">The parameter that held the matrix.</param>
    public NonPositiveSemiDefiniteCorrelationException(double minimumEigenvalue, string? paramName)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"{paramName} is not positive semi-definite (smallest eigenvalue {minimumEigenvalue:G6} < −{CorrelationMatrix.PositiveSemiDefiniteTolerance:G2}), so no joint distribution has these correlations. Repair it with NearestCorrelation.Repair and report the repair."), paramName)
    {
        MinimumEigenvalue = minimumEigenvalue;
    }

    /// <summary>Gets the smallest eigenvalue of the offending matrix (NaN when not given).</summary>
    public double MinimumEigenvalue { get; } = double.NaN;
}
