namespace Pmo.Core.Common;

/// <summary>
/// Which sample-percentile (sample-quantile) definition to use. Published definitions disagree on small samples; each
/// is named here with its formula and its number in Hyndman and Fan's taxonomy (R's <c>quantile(type = …)</c>).
/// </summary>
/// <remarks>
/// Notation: <c>x(1) ≤ … ≤ x(n)</c> are the sorted values, <c>p</c> the percentile as a fraction in [0, 1].
/// Source: R. J. Hyndman and Y. Fan (1996), "Sample quantiles in statistical packages", <i>The American
/// Statistician</i> 50(4), 361–365; R documentation of <c>stats::quantile</c>.
/// </remarks>
public enum PercentileDefinition
{
    /// <summary>
    /// Nearest rank (the default): the smallest value with at least p of the sample at or below it,
    /// <c>x(r)</c> with <c>r = max(1, ⌈p·n⌉)</c>. Always a member of the sample. Hyndman and Fan type 1 (inverse of the
    /// empirical distribution function); the "nearest-rank method" of most textbooks.
    /// </summary>
    NearestRank = 0,

    /// <summary>
    /// Linear interpolation between closest ranks, inclusive: <c>h = (n − 1)·p + 1</c>,
    /// <c>Q = x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋))</c>. Defined for every p in [0, 1]. Hyndman and Fan type 7, R's
    /// default, Excel <c>PERCENTILE.INC</c> (and the legacy <c>PERCENTILE</c>), NumPy's default.
    /// </summary>
    LinearInclusive = 1,

    /// <summary>
    /// Linear interpolation, exclusive: <c>h = (n + 1)·p</c>, interpolated as for <see cref="LinearInclusive"/>; undefined
    /// (reported as <see langword="null"/>) when <c>h &lt; 1</c> or <c>h &gt; n</c>, i.e. for
    /// <c>p &lt; 1/(n + 1)</c> or <c>p &gt; n/(n + 1)</c>, as Excel returns <c>#NUM!</c>. Hyndman and Fan type 6, Excel
    /// <c>PERCENTILE.EXC</c>, the primary method of the NIST/SEMATECH e-Handbook of Statistical Methods (§7.2.6.2).
    /// </summary>
    LinearExclusive = 2,
}
