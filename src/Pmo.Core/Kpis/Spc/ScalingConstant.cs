namespace Pmo.Core.Kpis.Spc;

/// <summary>
/// Which scaling constants convert the moving-range statistic into limits. See <see cref="XmrConstants"/> for the values.
/// </summary>
/// <remarks>
/// For moving ranges of two points (n = 2) the bias-correction factors of the range of a normal sample are
/// d2 = 2/√π ≈ 1.128379, d3 = √(2 − 4/π) ≈ 0.852502 and, for the median range, d4 = √2·Φ⁻¹(0.75) ≈ 0.953873.
/// Textbook tables print them rounded (d2 = 1.128, D4 = 3.267, d4 = 0.954); Wheeler and Chambers (1992) print the
/// products rounded once more (2.66, 3.268, 3.145, 3.865).
/// </remarks>
public enum ScalingConstant
{
    /// <summary>
    /// Wheeler and Chambers' printed constants: 2.66 and 3.268 with the average moving range; 3.145 and 3.865 with
    /// the median moving range. Also the constants of NHS "Making Data Count" (2.66).
    /// </summary>
    Wheeler = 0,

    /// <summary>
    /// 3/d2 with the tabulated d2 = 1.128 (3/1.128 ≈ 2.6596) and D4 = 3.267; with the median moving range 3/0.954 and
    /// 3.865 (ASTM/ANSI tables, e.g. Montgomery, <i>Introduction to Statistical Quality Control</i>, appendix VI).
    /// </summary>
    ThreeOverD2Tabulated = 1,

    /// <summary>
    /// 3/d2 with the exact d2 = 2/√π and D4 = 1 + 3·d3/d2 (d3 = √(2 − 4/π)); with the median moving range 3/d4 and
    /// (d2 + 3·d3)/d4, d4 = √2·Φ⁻¹(0.75). Reproduces SAS/QC <c>IRCHART</c> limits.
    /// </summary>
    ThreeOverD2Exact = 2,
}
