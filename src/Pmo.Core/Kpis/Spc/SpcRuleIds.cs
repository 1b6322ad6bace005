namespace Pmo.Core.Kpis.Spc;

/// <summary>The identifiers of every special-cause rule, as carried by <see cref="SpcSignal.RuleId"/>.</summary>
/// <remarks>
/// σ̂ is the chart's sigma, (upper limit − centre)/3 (see <see cref="XmrPhase.Sigma"/>); "beyond kσ" is strictly more
/// than kσ from the centre line; "same side" is strictly above or strictly below the centre line, so a point exactly on
/// the centre line breaks a run. Sources: Western Electric, <i>Statistical Quality Control Handbook</i> (1956);
/// Nelson, L. S. (1984), "The Shewhart control chart — tests for special causes", <i>JQT</i> 16(4), 237–239;
/// Wheeler and Chambers, <i>Understanding Statistical Process Control</i> (1992); NHS England and NHS Improvement,
/// "Making Data Count" (2019) and its 2023 two-sigma update; Anhøj, J. and Olesen, A. V. (2014), "Run charts revisited",
/// <i>PLoS ONE</i> 9(11): e113825.
/// </remarks>
public static class SpcRuleIds
{
    /// <summary>Western Electric 1: one point beyond the 3σ limits.</summary>
    public const string WesternElectric1 = "WE1";

    /// <summary>Western Electric 2: two of three successive points beyond 2σ on the same side.</summary>
    public const string WesternElectric2 = "WE2";

    /// <summary>Western Electric 3: four of five successive points beyond 1σ on the same side.</summary>
    public const string WesternElectric3 = "WE3";

    /// <summary>Western Electric 4: eight successive points on the same side of the centre line.</summary>
    public const string WesternElectric4 = "WE4";

    /// <summary>Nelson 1: one point beyond 3σ.</summary>
    public const string Nelson1 = "N1";

    /// <summary>Nelson 2: nine points in a row on the same side of the centre line.</summary>
    public const string Nelson2 = "N2";

    /// <summary>Nelson 3: six points in a row steadily increasing or decreasing.</summary>
    public const string Nelson3 = "N3";

    /// <summary>Nelson 4: fourteen points in a row alternating up and down.</summary>
    public const string Nelson4 = "N4";

    /// <summary>Nelson 5: two of three points in a row beyond 2σ on the same side.</summary>
    public const string Nelson5 = "N5";

    /// <summary>Nelson 6: four of five points in a row beyond 1σ on the same side.</summary>
    public const string Nelson6 = "N6";

    /// <summary>Nelson 7: fifteen points in a row within 1σ of the centre line (either side).</summary>
    public const string Nelson7 = "N7";

    /// <summary>Nelson 8: eight points in a row beyond 1σ (either side).</summary>
    public const string Nelson8 = "N8";

    /// <summary>Wheeler detection rule 1: a point outside the natural process limits.</summary>
    public const string Wheeler1 = "WH1";

    /// <summary>Wheeler detection rule 1 on the moving-range chart: a moving range above the upper range limit.</summary>
    public const string Wheeler1MovingRange = "WH1-MR";

    /// <summary>Wheeler detection rule 2: two of three successive values beyond 2σ on the same side.</summary>
    public const string Wheeler2 = "WH2";

    /// <summary>Wheeler detection rule 3: four of five successive values beyond 1σ on the same side.</summary>
    public const string Wheeler3 = "WH3";

    /// <summary>Wheeler detection rule 4: eight successive values on the same side of the centre line.</summary>
    public const string Wheeler4 = "WH4";

    /// <summary>NHS: a single point outside the process limits.</summary>
    public const string NhsLimit = "NHS-LIMIT";

    /// <summary>NHS: a run of 7 (or 6, an option) points all above or all below the centre line (a "shift").</summary>
    public const string NhsRun = "NHS-RUN";

    /// <summary>NHS: 7 (or 6, an option) points all increasing or all decreasing (a "trend").</summary>
    public const string NhsTrend = "NHS-TREND";

    /// <summary>NHS: two of three consecutive points beyond 2σ, all three on the same side of the centre line.</summary>
    public const string NhsTwoOfThree = "NHS-2OF3";

    /// <summary>Anhøj: the longest run about the centre line is longer than round(log2(n) + 3).</summary>
    public const string AnhojRun = "ANHOJ-RUN";

    /// <summary>Anhøj: fewer crossings of the centre line than qbinom(0.05, n − 1, 0.5).</summary>
    public const string AnhojCrossings = "ANHOJ-CROSSINGS";
}
