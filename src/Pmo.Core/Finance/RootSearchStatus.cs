namespace Pmo.Core.Finance;

/// <summary>How a rate-of-return search ended.</summary>
public enum RootSearchStatus
{
    /// <summary>A rate was found to full double precision (Brent's method on a bracket with a sign change).</summary>
    Converged = 0,

    /// <summary>
    /// No sign change of the present value was found for rates in the searched range (see
    /// <see cref="CashFlowMetrics.MinimumSearchRate"/> and <see cref="CashFlowMetrics.MaximumSearchRate"/>): there is
    /// no rate of return there, or only one of even multiplicity (a tangency). The rate is <see langword="null"/>.
    /// </summary>
    NoRootFound = 1,

    /// <summary>A bracket was found but the iteration limit was reached first; the rate is <see langword="null"/>.</summary>
    NotConverged = 2,
}
