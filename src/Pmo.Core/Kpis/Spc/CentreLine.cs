namespace Pmo.Core.Kpis.Spc;

/// <summary>The statistic used as the centre line of an XmR chart.</summary>
/// <remarks>
/// Wheeler, D. J. and Chambers, D. S., <i>Understanding Statistical Process Control</i>, 2nd ed., SPC Press, 1992:
/// the average is the usual centre line; the median is the robust alternative used with the median moving range.
/// </remarks>
public enum CentreLine
{
    /// <summary>The arithmetic mean X̄ of the baseline values (Wheeler and Chambers; NHS "Making Data Count").</summary>
    Mean = 0,

    /// <summary>The median X̃ of the baseline values (the midpoint of the two middle values when their number is even).</summary>
    Median = 1,
}
