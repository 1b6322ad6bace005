namespace Pmo.Core.Kpis.Spc;

/// <summary>Options of the rule sets that have published variants. Each setter validates its value.</summary>
public sealed class SpcRuleOptions
{
    /// <summary>Gets the default options (NHS run and trend of 7 points).</summary>
    public static SpcRuleOptions Default { get; } = new();

    /// <summary>
    /// Gets the number of consecutive points on one side of the centre line that make an NHS "shift"
    /// (<see cref="SpcRuleIds.NhsRun"/>): 7 (the default; NHS "Making Data Count" 2019, NHSRplotthedots) or 6 (the
    /// alternative offered by the NHS England Making Data Count Excel tool).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is neither 6 nor 7.</exception>
    public int NhsRunLength
    {
        get;
        init => field = value is 6 or 7 ? value : throw new ArgumentOutOfRangeException(nameof(NhsRunLength), value, $"{nameof(NhsRunLength)} must be 6 or 7 (got {value}).");
    } = 7;

    /// <summary>
    /// Gets the number of consecutive strictly increasing (or decreasing) points that make an NHS "trend"
    /// (<see cref="SpcRuleIds.NhsTrend"/>): 7 (the default; NHSRplotthedots) or 6.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is neither 6 nor 7.</exception>
    public int NhsTrendLength
    {
        get;
        init => field = value is 6 or 7 ? value : throw new ArgumentOutOfRangeException(nameof(NhsTrendLength), value, $"{nameof(NhsTrendLength)} must be 6 or 7 (got {value}).");
    } = 7;
}
