using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.EarnedValue;

namespace Pmo.Core.Tests.EarnedValue;

/// <summary>
/// Layer 3 error tests: one test per validation rule of every public constructor, factory, method and option setter
/// in <c>Pmo.Core.EarnedValue</c> and of every guard in <c>Pmo.Core.Common</c>, asserting the exact exception type
/// (<see cref="Assert.Throws{T}(Action)"/> does not accept subclasses) and <see cref="ArgumentException.ParamName"/>.
/// </summary>
public class ValidationTests
{
    private static readonly LocalDate Start = Ev.Start;
    private static readonly LocalDate[] Ends = [new(2025, 1, 31), new(2025, 2, 28)];
    private static readonly TimePhasedBaseline B = Ev.Monthly(100, 100);

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    // ---- TimePhasedBaseline.FromPeriodValues ----

    [Fact]
    public void FromPeriodValues_null_ends() =>
        Throws<ArgumentNullException>("periodEnds", () => TimePhasedBaseline.FromPeriodValues(Start, null!, [1.0, 1.0]));

    [Fact]
    public void FromPeriodValues_null_values() =>
        Throws<ArgumentNullException>("periodPlannedValue", () => TimePhasedBaseline.FromPeriodValues(Start, Ends, null!));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromPeriodValues_value_not_finite_non_negative(double bad) =>
        Throws<ArgumentOutOfRangeException>("periodPlannedValue", () => TimePhasedBaseline.FromPeriodValues(Start, Ends, [1.0, bad]));

    [Fact]
    public void FromPeriodValues_empty() =>
        Throws<ArgumentException>("periodEnds", () => TimePhasedBaseline.FromPeriodValues(Start, [], []));

    [Fact]
    public void FromPeriodValues_length_mismatch() =>
        Throws<ArgumentException>("periodPlannedValue", () => TimePhasedBaseline.FromPeriodValues(Start, Ends, [1.0]));

    [Fact]
    public void FromPeriodValues_first_end_before_start() =>
        Throws<ArgumentException>("periodEnds", () => TimePhasedBaseline.FromPeriodValues(new LocalDate(2025, 2, 1), Ends, [1.0, 1.0]));

    [Fact]
    public void FromPeriodValues_first_end_on_start_is_valid() =>
        Assert.Equal(1, TimePhasedBaseline.FromPeriodValues(Start, [Start], [1.0]).PeriodCount);

    [Fact]
    public void FromPeriodValues_ends_not_strictly_increasing() =>
        Throws<ArgumentException>("periodEnds", () => TimePhasedBaseline.FromPeriodValues(Start, [Ends[0], Ends[0]], [1.0, 1.0]));

    [Fact]
    public void FromPeriodValues_zero_BAC() =>
        Throws<ArgumentException>("periodPlannedValue", () => TimePhasedBaseline.FromPeriodValues(Start, Ends, [0.0, 0.0]));

    [Fact]
    public void FromPeriodValues_BAC_overflows_to_infinity() =>
        Throws<ArgumentException>("periodPlannedValue", () => TimePhasedBaseline.FromPeriodValues(Start, Ends, [double.MaxValue, double.MaxValue]));

    // ---- TimePhasedBaseline.FromCumulativeValues ----

    [Fact]
    public void FromCumulativeValues_null_ends() =>
        Throws<ArgumentNullException>("periodEnds", () => TimePhasedBaseline.FromCumulativeValues(Start, null!, [1.0, 2.0]));

    [Fact]
    public void FromCumulativeValues_null_values() =>
        Throws<ArgumentNullException>("cumulativePlannedValue", () => TimePhasedBaseline.FromCumulativeValues(Start, Ends, null!));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromCumulativeValues_value_not_finite_non_negative(double bad) =>
        Throws<ArgumentOutOfRangeException>("cumulativePlannedValue", () => TimePhasedBaseline.FromCumulativeValues(Start, Ends, [bad, 2.0]));

    [Fact]
    public void FromCumulativeValues_decreasing() =>
        Throws<ArgumentException>("cumulativePlannedValue", () => TimePhasedBaseline.FromCumulativeValues(Start, Ends, [2.0, 1.0]));

    [Fact]
    public void FromCumulativeValues_empty() =>
        Throws<ArgumentException>("periodEnds", () => TimePhasedBaseline.FromCumulativeValues(Start, [], []));

    [Fact]
    public void FromCumulativeValues_length_mismatch() =>
        Throws<ArgumentException>("cumulativePlannedValue", () => TimePhasedBaseline.FromCumulativeValues(Start, Ends, [1.0, 2.0, 3.0]));

    [Fact]
    public void FromCumulativeValues_first_end_before_start() =>
        Throws<ArgumentException>("periodEnds", () => TimePhasedBaseline.FromCumulativeValues(new LocalDate(2025, 3, 1), Ends, [1.0, 2.0]));

    [Fact]
    public void FromCumulativeValues_ends_not_strictly_increasing() =>
        Throws<ArgumentException>("periodEnds", () => TimePhasedBaseline.FromCumulativeValues(Start, [Ends[1], Ends[0]], [1.0, 2.0]));

    [Fact]
    public void FromCumulativeValues_zero_BAC() =>
        Throws<ArgumentException>("cumulativePlannedValue", () => TimePhasedBaseline.FromCumulativeValues(Start, Ends, [0.0, 0.0]));

    // ---- TimePhasedBaseline.Monthly ----

    [Fact]
    public void Monthly_null_values() =>
        Throws<ArgumentNullException>("monthlyPlannedValue", () => TimePhasedBaseline.Monthly(Start, null!));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Monthly_value_not_finite_non_negative(double bad) =>
        Throws<ArgumentOutOfRangeException>("monthlyPlannedValue", () => TimePhasedBaseline.Monthly(Start, [1.0, bad]));

    [Fact]
    public void Monthly_empty() =>
        Throws<ArgumentException>("monthlyPlannedValue", () => TimePhasedBaseline.Monthly(Start, []));

    [Fact]
    public void Monthly_zero_BAC() =>
        Throws<ArgumentException>("monthlyPlannedValue", () => TimePhasedBaseline.Monthly(Start, [0.0, 0.0]));

    [Fact]
    public void Monthly_invalid_values_are_rejected_with_an_argument_exception()
    {
        // The rules themselves hold (only the parameter name is wrong, see the skipped tests above).
        Assert.Throws<ArgumentOutOfRangeException>(() => TimePhasedBaseline.Monthly(Start, [1.0, -1.0]));
        Assert.Throws<ArgumentException>(() => TimePhasedBaseline.Monthly(Start, []));
        Assert.Throws<ArgumentException>(() => TimePhasedBaseline.Monthly(Start, [0.0, 0.0]));
    }

    // ---- TimePhasedBaseline methods ----

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void PlannedValueAt_time_not_finite(double bad) =>
        Throws<ArgumentOutOfRangeException>("time", () => B.PlannedValueAt(bad));

    [Theory]
    [InlineData(-0.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1_000_000.5)]
    public void DateAt_time_invalid(double bad) =>
        Throws<ArgumentOutOfRangeException>("time", () => B.DateAt(bad));

    [Fact]
    public void DateAt_date_overflow() =>
        Throws<ArgumentOutOfRangeException>("time", () => B.DateAt(200_000));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void PeriodEnd_period_below_one(int bad) =>
        Throws<ArgumentOutOfRangeException>("period", () => B.PeriodEnd(bad));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void PeriodEnd_period_below_one_names_the_parameter(int bad) =>
        Assert.Equal("period", Assert.ThrowsAny<ArgumentException>(() => B.PeriodEnd(bad)).ParamName);

    // ---- EarnedSchedule ----

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Compute_curve_too_short(int length) =>
        Throws<ArgumentException>("cumulativeCurve", () => EarnedSchedule.Compute(new double[length], 0));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Compute_earned_value_invalid(double bad) =>
        Throws<ArgumentOutOfRangeException>("earnedValue", () => EarnedSchedule.Compute(new double[] { 0, 1 }, bad));

    [Fact]
    public void Compute_baseline_null() =>
        Throws<ArgumentNullException>("baseline", () => EarnedSchedule.Compute((TimePhasedBaseline)null!, 1));

    [Fact]
    public void Compute_on_baseline_earned_value_invalid() =>
        Throws<ArgumentOutOfRangeException>("earnedValue", () => EarnedSchedule.Compute(B, -1));

    [Fact]
    public void ComputeBatch_curve_too_short() =>
        Throws<ArgumentException>("cumulativeCurve", () => EarnedSchedule.ComputeBatch(new double[] { 0 }, new double[] { 1 }, new double[1]));

    [Fact]
    public void ComputeBatch_destination_too_short() =>
        Throws<ArgumentException>("destination", () => EarnedSchedule.ComputeBatch(new double[] { 0, 1 }, new double[] { 1, 1 }, new double[1]));

    [Fact]
    public void ComputeBatch_invalid_earned_values_give_NaN_not_an_exception()
    {
        double[] dest = new double[4];
        EarnedSchedule.ComputeBatch(new double[] { 0, 10 }, new double[] { -1, double.NaN, double.PositiveInfinity, 5 }, dest);
        Assert.True(double.IsNaN(dest[0]) && double.IsNaN(dest[1]) && double.IsNaN(dest[2]));
        Assert.Equal(0.5, dest[3]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void ComputeBatch_rows_curve_length_below_two(int bad) =>
        Throws<ArgumentOutOfRangeException>("curveLength", () => EarnedSchedule.ComputeBatch(new double[] { 0, 1 }, bad, new int[] { 0 }, new double[] { 1 }, new double[1]));

    [Fact]
    public void ComputeBatch_rows_curves_not_a_multiple_of_the_length() =>
        Throws<ArgumentException>("curves", () => EarnedSchedule.ComputeBatch(new double[] { 0, 1, 2 }, 2, new int[] { 0 }, new double[] { 1 }, new double[1]));

    [Fact]
    public void ComputeBatch_rows_index_and_values_lengths_differ() =>
        Throws<ArgumentException>("curveIndex", () => EarnedSchedule.ComputeBatch(new double[] { 0, 1 }, 2, new int[] { 0, 0 }, new double[] { 1 }, new double[2]));

    [Fact]
    public void ComputeBatch_rows_destination_too_short() =>
        Throws<ArgumentException>("destination", () => EarnedSchedule.ComputeBatch(new double[] { 0, 1 }, 2, new int[] { 0, 0 }, new double[] { 1, 1 }, new double[1]));

    [Fact]
    public void ComputeBatch_rows_curve_index_past_the_last_row() =>
        Throws<ArgumentOutOfRangeException>("curveIndex", () => EarnedSchedule.ComputeBatch(new double[] { 0, 1, 0, 2 }, 2, new int[] { 0, 2 }, new double[] { 1, 1 }, new double[2]));

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void ComputeBatch_rows_curve_index_negative(int bad) =>
        Throws<ArgumentOutOfRangeException>("curveIndex", () => EarnedSchedule.ComputeBatch(new double[] { 0, 1, 0, 2 }, 2, new int[] { 0, bad }, new double[] { 1, 1 }, new double[2]));

    // ---- StatusPoint, ProjectStatus ----

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void StatusPoint_earned_value_invalid(double bad) =>
        Throws<ArgumentOutOfRangeException>("earnedValue", () => _ = new StatusPoint(Start, bad, 0));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void StatusPoint_actual_cost_invalid(double bad) =>
        Throws<ArgumentOutOfRangeException>("actualCost", () => _ = new StatusPoint(Start, 0, bad));

    [Fact]
    public void ProjectStatus_values_invalid()
    {
        Throws<ArgumentOutOfRangeException>("earnedValue", () => _ = new ProjectStatus(Start, -1, 0));
        Throws<ArgumentOutOfRangeException>("actualCost", () => _ = new ProjectStatus(Start, 0, double.NaN));
    }

    [Fact]
    public void ProjectStatus_history_null() =>
        Throws<ArgumentNullException>("history", () => _ = new ProjectStatus(new StatusPoint(Start, 0, 0), null!));

    [Fact]
    public void ProjectStatus_history_not_increasing() =>
        Throws<ArgumentException>("history", () => _ = new ProjectStatus(
            new StatusPoint(new LocalDate(2025, 3, 31), 3, 3),
            [new StatusPoint(new LocalDate(2025, 2, 28), 2, 2), new StatusPoint(new LocalDate(2025, 1, 31), 1, 1)]));

    [Fact]
    public void ProjectStatus_history_duplicate_dates() =>
        Throws<ArgumentException>("history", () => _ = new ProjectStatus(
            new StatusPoint(new LocalDate(2025, 3, 31), 3, 3),
            [new StatusPoint(new LocalDate(2025, 1, 31), 1, 1), new StatusPoint(new LocalDate(2025, 1, 31), 1, 1)]));

    [Fact]
    public void ProjectStatus_history_after_status_date() =>
        Throws<ArgumentException>("history", () => _ = new ProjectStatus(
            new StatusPoint(new LocalDate(2025, 1, 31), 1, 1), [new StatusPoint(new LocalDate(2025, 2, 28), 2, 2)]));

    [Fact]
    public void ProjectStatus_history_on_status_date_but_different() =>
        Throws<ArgumentException>("history", () => _ = new ProjectStatus(
            new StatusPoint(new LocalDate(2025, 1, 31), 1, 1), [new StatusPoint(new LocalDate(2025, 1, 31), 1, 2)]));

    // ---- BudgetStructure ----

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void BudgetStructure_management_reserve_invalid(double bad) =>
        Throws<ArgumentOutOfRangeException>("managementReserve", () => _ = new BudgetStructure(bad));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void BudgetStructure_over_target_amount_invalid(double bad) =>
        Throws<ArgumentOutOfRangeException>("overTargetAmount", () => _ = new BudgetStructure(0, bad));

    // ---- BaselineVersion, BaselineHistory ----

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void BaselineVersion_version_not_positive(int bad) =>
        Throws<ArgumentException>("version", () => _ = new BaselineVersion(bad, Start, "r", B));

    [Fact]
    public void BaselineVersion_reason_null() =>
        Throws<ArgumentNullException>("reason", () => _ = new BaselineVersion(1, Start, null!, B));

    [Fact]
    public void BaselineVersion_baseline_null() =>
        Throws<ArgumentNullException>("baseline", () => _ = new BaselineVersion(1, Start, "r", null!));

    [Fact]
    public void BaselineHistory_null() =>
        Throws<ArgumentNullException>("versions", () => _ = new BaselineHistory(null!));

    [Fact]
    public void BaselineHistory_empty() =>
        Throws<ArgumentException>("versions", () => _ = new BaselineHistory([]));

    [Fact]
    public void BaselineHistory_version_numbers_not_increasing() =>
        Throws<ArgumentException>("versions", () => _ = new BaselineHistory([new BaselineVersion(2, Start, "a", B), new BaselineVersion(2, Start, "b", B)]));

    [Fact]
    public void BaselineHistory_approval_dates_decreasing() =>
        Throws<ArgumentException>("versions", () => _ = new BaselineHistory([new BaselineVersion(1, Start, "a", B), new BaselineVersion(2, Start.PlusDays(-1), "b", B)]));

    // ---- EarnedValueOptions ----

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Options_composite_weight_outside_0_1(double bad) =>
        Throws<ArgumentOutOfRangeException>(nameof(EarnedValueOptions.CompositeCpiWeight), () => _ = new EarnedValueOptions { CompositeCpiWeight = bad });

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Options_composite_weight_bounds_are_inclusive(double ok) =>
        Assert.Equal(ok, new EarnedValueOptions { CompositeCpiWeight = ok }.CompositeCpiWeight);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_moving_window_below_one(int bad) =>
        Throws<ArgumentException>(nameof(EarnedValueOptions.MovingWindow), () => _ = new EarnedValueOptions { MovingWindow = bad });

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Options_realism_threshold_not_positive(double bad) =>
        Throws<ArgumentOutOfRangeException>(nameof(EarnedValueOptions.EacRealismThreshold), () => _ = new EarnedValueOptions { EacRealismThreshold = bad });

    [Fact]
    public void Options_primary_EAC_method_undefined() =>
        Throws<ArgumentOutOfRangeException>(nameof(EarnedValueOptions.PrimaryEacMethod), () => _ = new EarnedValueOptions { PrimaryEacMethod = (EacMethod)99 });

    [Fact]
    public void Options_primary_duration_method_undefined() =>
        Throws<ArgumentOutOfRangeException>(nameof(EarnedValueOptions.PrimaryDurationMethod), () => _ = new EarnedValueOptions { PrimaryDurationMethod = (DurationForecastMethod)99 });

    [Fact]
    public void Options_undefined_enum_values_are_rejected_naming_the_option()
    {
        Assert.Equal(nameof(EarnedValueOptions.PrimaryEacMethod),
            Assert.ThrowsAny<ArgumentException>(() => _ = new EarnedValueOptions { PrimaryEacMethod = (EacMethod)99 }).ParamName);
        Assert.Equal(nameof(EarnedValueOptions.PrimaryDurationMethod),
            Assert.ThrowsAny<ArgumentException>(() => _ = new EarnedValueOptions { PrimaryDurationMethod = (DurationForecastMethod)(-1) }).ParamName);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Options_bottom_up_ETC_invalid(double bad) =>
        Throws<ArgumentOutOfRangeException>(nameof(EarnedValueOptions.BottomUpEstimateToComplete), () => _ = new EarnedValueOptions { BottomUpEstimateToComplete = bad });

    [Fact]
    public void Options_bottom_up_ETC_null_and_zero_are_valid()
    {
        Assert.Null(new EarnedValueOptions { BottomUpEstimateToComplete = null }.BottomUpEstimateToComplete);
        Assert.Equal(0, new EarnedValueOptions { BottomUpEstimateToComplete = 0 }.BottomUpEstimateToComplete);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void Options_confidence_level_outside_open_0_1(double bad) =>
        Throws<ArgumentOutOfRangeException>(nameof(EarnedValueOptions.ConfidenceLevel), () => _ = new EarnedValueOptions { ConfidenceLevel = bad });

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Options_stability_band_not_positive(double bad) =>
        Throws<ArgumentOutOfRangeException>(nameof(EarnedValueOptions.CpiStabilityBand), () => _ = new EarnedValueOptions { CpiStabilityBand = bad });

    [Fact]
    public void Options_defaults()
    {
        EarnedValueOptions o = EarnedValueOptions.Default;
        Assert.Equal(0.8, o.CompositeCpiWeight);
        Assert.Equal(3, o.MovingWindow);
        Assert.Equal(0.10, o.EacRealismThreshold);
        Assert.Equal(EacMethod.Cpi, o.PrimaryEacMethod);
        Assert.Equal(DurationForecastMethod.EarnedScheduleSpiT, o.PrimaryDurationMethod);
        Assert.Null(o.BottomUpEstimateToComplete);
        Assert.Equal(0.90, o.ConfidenceLevel);
        Assert.Equal(0.10, o.CpiStabilityBand);
    }

    // ---- EarnedValueAnalyzer ----

    [Fact]
    public void Analyze_baseline_null() =>
        Throws<ArgumentNullException>("baseline", () => EarnedValueAnalyzer.Analyze(null!, new ProjectStatus(Start, 0, 0)));

    [Fact]
    public void Analyze_status_null() =>
        Throws<ArgumentNullException>("status", () => EarnedValueAnalyzer.Analyze(B, null!));

    // ---- Common: Diagnostic ----

    [Fact]
    public void Diagnostic_metric_null() =>
        Throws<ArgumentNullException>("metric", () => _ = new Diagnostic(DiagnosticKind.Warning, null!, "m"));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Diagnostic_metric_blank(string bad) =>
        Throws<ArgumentException>("metric", () => _ = new Diagnostic(DiagnosticKind.Warning, bad, "m"));

    [Fact]
    public void Diagnostic_message_null() =>
        Throws<ArgumentNullException>("message", () => _ = new Diagnostic(DiagnosticKind.Warning, "CPI", null!));

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    public void Diagnostic_message_blank(string bad) =>
        Throws<ArgumentException>("message", () => _ = new Diagnostic(DiagnosticKind.Warning, "CPI", bad));

    // ---- Common: PmoGuards (internal) ----

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Guard_NotFinite(double bad)
    {
        double x = bad;
        Throws<ArgumentOutOfRangeException>("x", () => Guard.Against.NotFinite(x));
        Assert.Equal(-3.5, Guard.Against.NotFinite(-3.5));
    }

    [Theory]
    [InlineData(-1e-300)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Guard_NotFiniteNonNegative(double bad)
    {
        Throws<ArgumentOutOfRangeException>("v", () => Guard.Against.NotFiniteNonNegative(bad, "v"));
        Assert.Equal(0, Guard.Against.NotFiniteNonNegative(0.0, "v"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Guard_NotFinitePositive(double bad)
    {
        Throws<ArgumentOutOfRangeException>("v", () => Guard.Against.NotFinitePositive(bad, "v"));
        Assert.Equal(double.Epsilon, Guard.Against.NotFinitePositive(double.Epsilon, "v"));
    }

    [Theory]
    [InlineData(0.0, false, true)]   // (0, 1]: 0 excluded
    [InlineData(1.0, true, false)]   // [0, 1): 1 excluded
    [InlineData(-0.1, true, true)]
    [InlineData(1.1, true, true)]
    [InlineData(double.NaN, true, true)]
    public void Guard_NotInRange(double bad, bool minInclusive, bool maxInclusive)
    {
        Throws<ArgumentOutOfRangeException>("v", () => Guard.Against.NotInRange(bad, 0, 1, minInclusive, maxInclusive, "v"));
        Assert.Equal(0.5, Guard.Against.NotInRange(0.5, 0, 1, minInclusive, maxInclusive, "v"));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Guard_NotFiniteNonNegativeElements(double bad)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotFiniteNonNegativeElements(new[] { 1.0, bad }, "v"));
        Assert.Equal("v", e.ParamName);
        Assert.Contains("v[1]", e.Message, StringComparison.Ordinal);
        Guard.Against.NotFiniteNonNegativeElements(new[] { 0.0, 1.0 }, "v");
    }

    [Fact]
    public void Guard_NotNonDecreasing()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Guard.Against.NotNonDecreasing(new[] { 1.0, 2.0, 1.5 }, "v"));
        Assert.Equal("v", e.ParamName);
        Assert.Contains("v[2]", e.Message, StringComparison.Ordinal);
        Guard.Against.NotNonDecreasing(new[] { 1.0, 1.0, 2.0 }, "v");
    }

    [Fact]
    public void Guard_EmptySpan()
    {
        Throws<ArgumentException>("v", () => Guard.Against.EmptySpan(ReadOnlySpan<int>.Empty, "v"));
        Guard.Against.EmptySpan(new[] { 1 }, "v");
    }
}
