namespace Pmo.Core.EarnedValue;

/// <summary>
/// The performance factor PF of the cost forecast <c>EAC = AC + (BAC − EV) / PF</c>.
/// </summary>
/// <remarks>
/// Sources: PMI, <i>Practice Standard for Earned Value Management</i>, 2nd ed. (2011), ch. 4 and appendix D;
/// PMBOK Guide 6th ed. §7.4.2.2; Christensen, D. S. (1993), "The estimate at completion problem: a review of three
/// studies", <i>Project Management Journal</i> 24(1) (composite and moving-index factors); Lipke, W. (2003)
/// "Schedule is Different" for SPI(t).
/// </remarks>
public enum EacMethod
{
    /// <summary>PF = 1: the remaining work is done at budget, <c>EAC = AC + BAC − EV</c>.</summary>
    BudgetRate = 0,

    /// <summary>PF = CPI (cumulative): <c>EAC = BAC / CPI</c>.</summary>
    Cpi = 1,

    /// <summary>PF = SPI (cumulative).</summary>
    Spi = 2,

    /// <summary>PF = SPI(t), the earned-schedule time-based SPI.</summary>
    SpiT = 3,

    /// <summary>PF = CPI · SPI (the cost–schedule index CSI, "critical ratio").</summary>
    CpiTimesSpi = 4,

    /// <summary>PF = CPI · SPI(t).</summary>
    CpiTimesSpiT = 5,

    /// <summary>PF = w·CPI + (1 − w)·SPI, with w from <see cref="EarnedValueOptions.CompositeCpiWeight"/>.</summary>
    WeightedCpiSpi = 6,

    /// <summary>PF = the CPI of the last n periods (ΣΔEV / ΣΔAC), n from <see cref="EarnedValueOptions.MovingWindow"/>.</summary>
    MovingCpi = 7,

    /// <summary>A bottom-up estimate: <c>EAC = AC + ETC</c> with ETC given by the caller (no performance factor).</summary>
    BottomUp = 8,
}
