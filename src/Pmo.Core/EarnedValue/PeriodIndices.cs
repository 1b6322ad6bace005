namespace Pmo.Core.EarnedValue;

/// <summary>
/// Indices of the latest period and of the last n periods, derived from a status history.
/// </summary>
/// <remarks>
/// Period CPI = ΔEV / ΔAC and period SPI = ΔEV / ΔPV over the latest period; the n-period moving CPI is
/// ΣΔEV / ΣΔAC over the last n periods (a ratio of sums, never a mean of ratios); period SPI(t) = ΔES / ΔAT.
/// Source: Christensen, D. S. (1993), <i>Project Management Journal</i> 24(1); Lipke (2009), <i>Earned Schedule</i>.
/// </remarks>
public sealed class PeriodIndices
{
    internal PeriodIndices()
    {
    }

    /// <summary>Gets the number of periods in the series (history points plus the current one).</summary>
    public int PeriodCount { get; internal init; }

    /// <summary>Gets n, the window of the moving indices.</summary>
    public int Window { get; internal init; }

    /// <summary>Gets the CPI of the latest period; null when its cost is 0 or the quotient overflows the double range.</summary>
    public double? PeriodCpi { get; internal init; }

    /// <summary>Gets the SPI of the latest period; null when its PV is 0 or the quotient overflows the double range.</summary>
    public double? PeriodSpi { get; internal init; }

    /// <summary>Gets the SPI(t) of the latest period; null when no time elapsed or the quotient overflows the double range.</summary>
    public double? PeriodSpiT { get; internal init; }

    /// <summary>Gets the CPI of the last n periods; null when fewer than n periods are known, the denominator is 0, or the quotient overflows.</summary>
    public double? MovingCpi { get; internal init; }

    /// <summary>Gets the SPI of the last n periods; null when fewer than n periods are known, the denominator is 0, or the quotient overflows.</summary>
    public double? MovingSpi { get; internal init; }
}

/// <summary>
/// The CPI stability test: whether the cumulative CPI stayed within ±band of its value at 20 % complete.
/// </summary>
/// <remarks>
/// Christensen, D. S. and Heise, S. R. (1993), "Cost performance index stability", <i>National Contract Management
/// Journal</i> 25(1): on defence contracts the cumulative CPI does not change by more than 0.10 from its value at
/// 20 % complete. Evaluated on the status history: the reference is the first point with EV/BAC ≥ 0.20.
/// </remarks>
public sealed class CpiStability
{
    internal CpiStability()
    {
    }

    /// <summary>Gets the percent complete (EV/BAC) of the reference point.</summary>
    public double ReferencePercentComplete { get; internal init; }

    /// <summary>Gets the cumulative CPI at the reference point.</summary>
    public double ReferenceCpi { get; internal init; }

    /// <summary>Gets the largest |CPI − reference CPI| from the reference point to the status date.</summary>
    public double MaximumDeviation { get; internal init; }

    /// <summary>Gets the band half-width tested.</summary>
    public double Band { get; internal init; }

    /// <summary>Gets whether the CPI stayed within the band.</summary>
    public bool IsStable { get; internal init; }
}
