namespace Pmo.Core.EarnedValue;

/// <summary>
/// The caller-provided destination of <see cref="EarnedValueBatch.Compute"/>: one column (span) per core
/// earned-value metric, structure-of-arrays, all of the same length. Nothing is allocated.
/// </summary>
/// <remarks>
/// Undefined values are written as <see cref="double.NaN"/> (see <see cref="EarnedValueBatch"/> for the rules, which
/// match the <see langword="null"/>s of <see cref="EarnedValueAnalyzer"/>). A column may be the very same memory as
/// one of the inputs (in-place computation); any other overlap of the columns with each other or with the inputs
/// gives unspecified values.
/// </remarks>
public readonly ref struct EarnedValueBatchColumns
{
    /// <summary>Creates the destination columns.</summary>
    /// <param name="costVariance">Receives CV = EV − AC.</param>
    /// <param name="scheduleVariance">Receives SV = EV − PV.</param>
    /// <param name="costPerformanceIndex">Receives CPI = EV / AC.</param>
    /// <param name="schedulePerformanceIndex">Receives SPI = EV / PV.</param>
    /// <param name="estimateAtCompletion">Receives EAC = AC + (BAC − EV) / CPI.</param>
    /// <param name="estimateToComplete">Receives ETC = EAC − AC.</param>
    /// <param name="varianceAtCompletion">Receives VAC = BAC − EAC.</param>
    /// <param name="toCompletePerformanceIndex">Receives TCPI to BAC = (BAC − EV) / (BAC − AC).</param>
    /// <exception cref="ArgumentException">A column's length differs from <paramref name="costVariance"/>'s; the exception names that column.</exception>
    public EarnedValueBatchColumns(
        Span<double> costVariance,
        Span<double> scheduleVariance,
        Span<double> costPerformanceIndex,
        Span<double> schedulePerformanceIndex,
        Span<double> estimateAtCompletion,
        Span<double> estimateToComplete,
        Span<double> varianceAtCompletion,
        Span<double> toCompletePerformanceIndex)
    {
        int n = costVariance.Length;
        SameLength(n, scheduleVariance.Length, nameof(scheduleVariance));
        SameLength(n, costPerformanceIndex.Length, nameof(costPerformanceIndex));
        SameLength(n, schedulePerformanceIndex.Length, nameof(schedulePerformanceIndex));
        SameLength(n, estimateAtCompletion.Length, nameof(estimateAtCompletion));
        SameLength(n, estimateToComplete.Length, nameof(estimateToComplete));
        SameLength(n, varianceAtCompletion.Length, nameof(varianceAtCompletion));
        SameLength(n, toCompletePerformanceIndex.Length, nameof(toCompletePerformanceIndex));
        CostVariance = costVariance;
        ScheduleVariance = scheduleVariance;
        CostPerformanceIndex = costPerformanceIndex;
        SchedulePerformanceIndex = schedulePerformanceIndex;
        EstimateAtCompletion = estimateAtCompletion;
        EstimateToComplete = estimateToComplete;
        VarianceAtCompletion = varianceAtCompletion;
        ToCompletePerformanceIndex = toCompletePerformanceIndex;
    }

    /// <summary>Gets the number of rows (projects) each column holds; 0 for <see langword="default"/>.</summary>
    public int Length => CostVariance.Length;

    /// <summary>Gets the cost variance column, CV = EV − AC.</summary>
    public Span<double> CostVariance { get; }

    /// <summary>Gets the schedule variance column, SV = EV − PV.</summary>
    public Span<double> ScheduleVariance { get; }

    /// <summary>Gets the cost performance index column, CPI = EV / AC (NaN when AC = 0).</summary>
    public Span<double> CostPerformanceIndex { get; }

    /// <summary>Gets the schedule performance index column, SPI = EV / PV (NaN when PV = 0).</summary>
    public Span<double> SchedulePerformanceIndex { get; }

    /// <summary>Gets the estimate-at-completion column, EAC = AC + (BAC − EV) / CPI (NaN when CPI is NaN, 0 or infinite).</summary>
    public Span<double> EstimateAtCompletion { get; }

    /// <summary>Gets the estimate-to-complete column, ETC = EAC − AC (NaN when EAC is).</summary>
    public Span<double> EstimateToComplete { get; }

    /// <summary>Gets the variance-at-completion column, VAC = BAC − EAC (NaN when EAC is).</summary>
    public Span<double> VarianceAtCompletion { get; }

    /// <summary>Gets the to-complete performance index (to BAC) column, (BAC − EV) / (BAC − AC) (NaN when either is ≤ 0).</summary>
    public Span<double> ToCompletePerformanceIndex { get; }

    private static void SameLength(int expected, int actual, string parameterName)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{parameterName} has length {actual}, but every column must have the length of costVariance ({expected}).", parameterName);
        }
    }
}
