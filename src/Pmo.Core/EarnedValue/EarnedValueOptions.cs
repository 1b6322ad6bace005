using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// Options of an earned-value analysis. Every published variant the analysis depends on is chosen here explicitly.
/// Each setter validates its value.
/// </summary>
public sealed class EarnedValueOptions
{
    /// <summary>Gets the default options.</summary>
    public static EarnedValueOptions Default { get; } = new();

    /// <summary>
    /// Gets the weight w of CPI in the composite performance factor <c>w·CPI + (1 − w)·SPI</c>; default 0.8
    /// (the 80/20 composite of Christensen 1993). Must lie in [0, 1].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1] or not finite.</exception>
    public double CompositeCpiWeight
    {
        get;
        init => field = Guard.Against.NotInRange(value, 0, 1, true, true, nameof(CompositeCpiWeight));
    } = 0.8;

    /// <summary>Gets the number of periods n of moving (n-period) indices; default 3. Must be at least 1.</summary>
    /// <exception cref="ArgumentException">The value is less than 1.</exception>
    public int MovingWindow
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value, nameof(MovingWindow));
    } = 3;

    /// <summary>
    /// Gets the threshold of the EAC-realism check: an EAC is flagged unrealistic when
    /// <c>|TCPI(EAC) − CPI| &gt; threshold</c>; default 0.10 (DoD EVMIG/PARCA practice). Must be positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or not positive.</exception>
    public double EacRealismThreshold
    {
        get;
        init => field = Guard.Against.NotFinitePositive(value, nameof(EacRealismThreshold));
    } = 0.10;

    /// <summary>Gets the method of the headline EAC; default <see cref="EacMethod.Cpi"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined method.</exception>
    public EacMethod PrimaryEacMethod
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(PrimaryEacMethod), value, $"{nameof(PrimaryEacMethod)} must be a defined {nameof(EacMethod)} (got {(int)value}).");
    } = EacMethod.Cpi;

    /// <summary>Gets the method of the headline duration forecast; default <see cref="DurationForecastMethod.EarnedScheduleSpiT"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined method.</exception>
    public DurationForecastMethod PrimaryDurationMethod
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(PrimaryDurationMethod), value, $"{nameof(PrimaryDurationMethod)} must be a defined {nameof(DurationForecastMethod)} (got {(int)value}).");
    } = DurationForecastMethod.EarnedScheduleSpiT;

    /// <summary>
    /// Gets the caller's bottom-up estimate to complete (ETC), if any; it yields the <see cref="EacMethod.BottomUp"/>
    /// forecast <c>EAC = AC + ETC</c>. Must be finite and zero or positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public double? BottomUpEstimateToComplete
    {
        get;
        init => field = value is { } v ? Guard.Against.NotFiniteNonNegative(v, nameof(BottomUpEstimateToComplete)) : null;
    }

    /// <summary>Gets the two-sided confidence level of statistical forecasts; default 0.90. Must lie in (0, 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 1).</exception>
    public double ConfidenceLevel
    {
        get;
        init => field = Guard.Against.NotInRange(value, 0, 1, false, false, nameof(ConfidenceLevel));
    } = 0.90;

    /// <summary>
    /// Gets the half-width of the CPI stability band; default 0.10 (Christensen and Heise 1993: the cumulative CPI does
    /// not move by more than 0.10 from its value at 20 % complete). Must be positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or not positive.</exception>
    public double CpiStabilityBand
    {
        get;
        init => field = Guard.Against.NotFinitePositive(value, nameof(CpiStabilityBand));
    } = 0.10;
}
