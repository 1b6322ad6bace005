namespace Pmo.Core.Kpis;

/// <summary>
/// How the values of many subjects are combined into one (see <see cref="KpiRollup"/>). Every rule over no values is
/// undefined (null with a diagnostic) except <see cref="Count"/>, which is 0.
/// </summary>
public enum AggregationRule
{
    /// <summary><c>Σ xᵢ</c>.</summary>
    Sum = 0,

    /// <summary><c>Σ xᵢ / n</c>.</summary>
    Mean = 1,

    /// <summary><c>Σ wᵢ·xᵢ / Σ wᵢ</c> with the subjects' weights (hierarchy node weights, for example BAC); undefined when Σ wᵢ = 0.</summary>
    WeightedMean = 2,

    /// <summary><c>min xᵢ</c>.</summary>
    Min = 3,

    /// <summary><c>max xᵢ</c>.</summary>
    Max = 4,

    /// <summary>The number n of subjects with a value.</summary>
    Count = 5,

    /// <summary>The value with the latest observation date; ties go to the later subject in input (hierarchy) order.</summary>
    Last = 6,

    /// <summary>
    /// <c>Σ numeratorᵢ / Σ denominatorᵢ</c> from the observations' components, for ratio KPIs: a programme's CPI is
    /// ΣEV / ΣAC, never the mean of CPIs. Observations without components are left out (with a diagnostic);
    /// undefined when the summed denominator is 0.
    /// </summary>
    RatioOfSums = 7,
}
