namespace Pmo.Core.Prioritization;

/// <summary>How a criterion's column is brought to a common, dimensionless scale.</summary>
/// <remarks>
/// Formulas for a benefit column <c>x</c> (cost columns: see <see cref="CostHandling"/>). Sources: Hwang and Yoon (1981),
/// <i>Multiple Attribute Decision Making</i>, §2.2; Jahan and Edwards (2015), "A state-of-the-art survey on the influence
/// of normalization techniques in ranking", <i>Materials &amp; Design</i> 65, Table 1; pymcdm's <c>normalizations</c>
/// module (Kizielewicz, Shekhovtsov and Sałabun 2023, <i>SoftwareX</i> 22).
/// </remarks>
public enum NormalizationMethod
{
    /// <summary>Min-max (linear interval): <c>r = (x − min) / (max − min)</c>, in [0, 1]. A constant column is an error (<see cref="McdaRule.ConstantColumn"/>).</summary>
    MinMax = 0,

    /// <summary>Max (linear ratio): <c>r = x / max</c>. Needs every value &gt; 0 (<see cref="McdaRule.NonPositiveValue"/>).</summary>
    Max = 1,

    /// <summary>Sum: <c>r = x / Σx</c>. Needs every value &gt; 0 (<see cref="McdaRule.NonPositiveValue"/>).</summary>
    Sum = 2,

    /// <summary>Vector (Euclidean): <c>r = x / √(Σx²)</c>, TOPSIS's original. A column of zeros is an error (<see cref="McdaRule.ZeroNorm"/>).</summary>
    Vector = 3,

    /// <summary>
    /// Fixed bounds: <c>r = (x − scaleMin) / (scaleMax − scaleMin)</c> with the criterion's PMO-set scale
    /// (<see cref="Criterion.ScaleMin"/>, <see cref="Criterion.ScaleMax"/>): a candidate's score does not change when other
    /// candidates join or leave the list. A criterion without a fixed scale is an error (<see cref="McdaRule.MissingFixedScale"/>).
    /// </summary>
    FixedBounds = 4,
}

/// <summary>How a cost criterion (smaller is better) is turned so that a larger normalised value is better.</summary>
/// <remarks>
/// The three conventions give different numbers and, in weighted sums, can give different rankings, so the choice is
/// explicit. With <c>r(x)</c> the benefit formula of the <see cref="NormalizationMethod"/>:
/// <list type="table">
/// <listheader><term>Normalisation</term><description>Complement / Reciprocal / Negation</description></listheader>
/// <item><term>MinMax</term><description><c>(max − x)/(max − min)</c> / <c>(1/x − 1/max)/(1/min − 1/max)</c> / <c>−(x − min)/(max − min)</c></description></item>
/// <item><term>Max</term><description><c>1 − x/max</c> / <c>min/x</c> / <c>−x/max</c></description></item>
/// <item><term>Sum</term><description><c>1 − x/Σx</c> / <c>(1/x)/Σ(1/x)</c> / <c>−x/Σx</c></description></item>
/// <item><term>Vector</term><description><c>1 − x/‖x‖</c> / <c>(1/x)/‖1/x‖</c> / <c>−x/‖x‖</c></description></item>
/// <item><term>FixedBounds</term><description><c>(hi − x)/(hi − lo)</c> / <c>(1/x − 1/hi)/(1/lo − 1/hi)</c> / <c>−(x − lo)/(hi − lo)</c></description></item>
/// </list>
/// pymcdm's defaults are Complement for min-max, max and vector and Reciprocal for sum; WASPAS and the weighted product
/// model use Reciprocal with max (<c>min/x</c>, Zavadskas et al. 2012).
/// </remarks>
public enum CostHandling
{
    /// <summary>Reverse the benefit score: <c>r_cost = 1 − r(x)</c> (for min-max and fixed bounds this is <c>(max − x)/(max − min)</c>).</summary>
    Complement = 0,

    /// <summary>Normalise the reciprocal: <c>r_cost = r(1/x)</c> (for max this is <c>min/x</c>). Needs every value &gt; 0.</summary>
    Reciprocal = 1,

    /// <summary>Negate the benefit score: <c>r_cost = −r(x)</c>, so a cost criterion subtracts from a weighted sum.</summary>
    Negation = 2,
}
