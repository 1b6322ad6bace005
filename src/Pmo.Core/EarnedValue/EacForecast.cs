namespace Pmo.Core.EarnedValue;

/// <summary>
/// One cost forecast at completion: <c>EAC = AC + (BAC − EV) / PF</c>, with ETC, VAC and the TCPI it implies.
/// Undefined values are <see langword="null"/>; the analysis' diagnostics say why.
/// </summary>
/// <remarks>
/// <c>ETC = EAC − AC</c>; <c>VAC = BAC − EAC</c>; <c>VAC% = VAC / BAC</c>; <c>TCPI(EAC) = (BAC − EV) / (EAC − AC)</c>.
/// An EAC is <i>realistic</i> when <c>|TCPI(EAC) − CPI| ≤ threshold</c> (default 0.10). Source: PMI Practice Standard
/// for EVM, 2nd ed. (2011); DoD EVMIG (2006) §3.8 (EAC realism via TCPI).
/// </remarks>
public sealed class EacForecast
{
    internal EacForecast(EacMethod method)
    {
        Method = method;
    }

    /// <summary>Gets the method.</summary>
    public EacMethod Method { get; }

    /// <summary>Gets the performance factor PF; null for <see cref="EacMethod.BottomUp"/> or when undefined.</summary>
    public double? PerformanceFactor { get; internal init; }

    /// <summary>Gets the estimate at completion EAC.</summary>
    public double? EstimateAtCompletion { get; internal init; }

    /// <summary>Gets the estimate to complete ETC = EAC − AC.</summary>
    public double? EstimateToComplete { get; internal init; }

    /// <summary>Gets the variance at completion VAC = BAC − EAC.</summary>
    public double? VarianceAtCompletion { get; internal init; }

    /// <summary>Gets VAC% = VAC / BAC.</summary>
    public double? VarianceAtCompletionPercent { get; internal init; }

    /// <summary>Gets the to-complete performance index needed to achieve this EAC, (BAC − EV) / (EAC − AC).</summary>
    public double? ToCompletePerformanceIndex { get; internal init; }

    /// <summary>Gets whether |TCPI(EAC) − CPI| is within the realism threshold; null when either is undefined.</summary>
    public bool? IsRealistic { get; internal init; }
}
