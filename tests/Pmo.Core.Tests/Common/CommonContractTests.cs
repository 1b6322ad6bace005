using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Tests.CommonContracts;

/// <summary>
/// The documented contracts of Pmo.Core.Common: guard messages, diagnostics, compensated sums, percentiles and the
/// forest builder (issue 9 §6: Common measured with its own tests).
/// </summary>
public sealed class CommonContractTests
{
    // ---- PmoGuards -------------------------------------------------------------------------------------------------
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NotFinite_names_the_parameter_and_the_rule(double value)
    {
        double cost = value;
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotFinite(cost), "cost", "cost must be a finite number (got ");
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotFiniteNonNegative(cost), "cost", "must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotFinitePositive(cost), "cost", "must be a finite number");
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotInRange(cost, 0, 1, true, true), "cost", "must be a finite number");
    }

    [Fact]
    public void Guards_return_the_value_they_accept()
    {
        Assert.Equal(-2.5, Guard.Against.NotFinite(-2.5));
        Assert.Equal(0.0, Guard.Against.NotFiniteNonNegative(0.0));
        Assert.Equal(-0.0, Guard.Against.NotFiniteNonNegative(-0.0));
        Assert.Equal(double.Epsilon, Guard.Against.NotFinitePositive(double.Epsilon));
        Assert.Equal(1.0, Guard.Against.NotInRange(1.0, 0, 1, false, true));
        Assert.Equal(0.0, Guard.Against.NotInRange(0.0, 0, 1, true, false));
    }

    [Fact]
    public void NotFiniteNonNegative_rejects_the_smallest_negative_number()
    {
        double weight = -double.Epsilon;
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotFiniteNonNegative(weight), "weight", "weight must be zero or positive (got ");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void NotFinitePositive_rejects_zero_and_negatives(double value)
    {
        double rate = value;
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotFinitePositive(rate), "rate", "rate must be greater than zero (got ");
    }

    [Theory]
    [InlineData(0.0, false, true, "(0, 1]")]
    [InlineData(1.0, true, false, "[0, 1)")]
    [InlineData(-0.5, true, true, "[0, 1]")]
    [InlineData(1.5, false, false, "(0, 1)")]
    public void NotInRange_states_the_interval_with_its_brackets(double value, bool minInclusive, bool maxInclusive, string interval)
    {
        double p = value;
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotInRange(p, 0, 1, minInclusive, maxInclusive), "p", $"p must lie in {interval} (got ");
    }

    [Fact]
    public void NotFiniteNonNegativeElements_names_the_first_bad_index()
    {
        double[] amounts = [0, 1, -1, double.NaN];
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotFiniteNonNegativeElements(amounts), "amounts", "amounts[2] must be a finite number, zero or positive (got -1)");
        double[] infinite = [3, double.PositiveInfinity];
        Reject.Rule<ArgumentOutOfRangeException>(() => Guard.Against.NotFiniteNonNegativeElements(infinite), "infinite", "infinite[1] must be");
        Guard.Against.NotFiniteNonNegativeElements([0.0, 0.0, 5e-324]);
    }

    [Fact]
    public void NotNonDecreasing_names_the_first_decrease_and_allows_equal_neighbours()
    {
        double[] cumulative = [1, 2, 2, 1.5, 0];
        Reject.Rule<ArgumentException>(() => Guard.Against.NotNonDecreasing(cumulative), "cumulative",
            "cumulative must be a non-decreasing cumulative series, but cumulative[3] = 1.5 is below cumulative[2] = 2.");
        Guard.Against.NotNonDecreasing([1.0, 1.0, 1.0]);
        Guard.Against.NotNonDecreasing([]);
    }

    [Fact]
    public void EmptySpan_names_the_parameter()
    {
        int[] items = [];
        Reject.Rule<ArgumentException>(() => Guard.Against.EmptySpan<int>(items), "items", "items must not be empty.");
        Guard.Against.EmptySpan<int>([0]);
    }

    // ---- Diagnostic ------------------------------------------------------------------------------------------------
    [Theory]
    [InlineData(null, "m", "metric")]
    [InlineData(" ", "m", "metric")]
    [InlineData("CPI", null, "message")]
    [InlineData("CPI", "", "message")]
    public void Diagnostic_rejects_blank_text(string? metric, string? message, string param) =>
        Assert.Equal(param, Assert.ThrowsAny<ArgumentException>(() => new Diagnostic(DiagnosticKind.Warning, metric!, message!)).ParamName);

    [Fact]
    public void Diagnostics_are_equal_only_when_kind_metric_and_message_all_agree()
    {
        var d = new Diagnostic(DiagnosticKind.Warning, "CPI", "EV above BAC.");
        var same = new Diagnostic(DiagnosticKind.Warning, "CPI", "EV above BAC.");
        Assert.True(d.Equals(same));
        Assert.True(d.Equals((object)same));
        Assert.Equal(d.GetHashCode(), same.GetHashCode());
        Assert.False(d.Equals(new Diagnostic(DiagnosticKind.Undefined, "CPI", "EV above BAC.")));
        Assert.False(d.Equals(new Diagnostic(DiagnosticKind.Warning, "SPI", "EV above BAC.")));
        Assert.False(d.Equals(new Diagnostic(DiagnosticKind.Warning, "CPI", "Other.")));
        Assert.False(d.Equals(null));
        Assert.False(d.Equals((object)"CPI"));
        Assert.Equal("Warning: CPI: EV above BAC.", d.ToString());
        Assert.Equal((DiagnosticKind.Warning, "CPI", "EV above BAC."), (d.Kind, d.Metric, d.Message));
    }

    // ---- CompensatedSum --------------------------------------------------------------------------------------------
    [Fact]
    public void Compensated_sum_keeps_the_units_that_naive_summation_loses()
    {
        // 1e16 has ulp 2, so 1e16 + 1 rounds back to 1e16 (ties to even): naive 1e16 + 1 + 1 = 1e16, exact 1e16 + 2.
        var s = default(CompensatedSum);
        s.Add(1e16);
        s.Add(1);
        s.Add(1);
        Assert.Equal(1e16 + 2, s.Value);

        // The same with the small term first (the other branch of Neumaier's test): 1 + 1e16 + 1 = 1e16 + 2.
        var t = default(CompensatedSum);
        t.Add(1);
        t.Add(1e16);
        t.Add(1);
        Assert.Equal(1e16 + 2, t.Value);

        // Catastrophic cancellation: 1 + 1e100 + 1 − 1e100 = 2 exactly.
        var u = default(CompensatedSum);
        foreach (double x in new[] { 1, 1e100, 1, -1e100 })
        {
            u.Add(x);
        }

        Assert.Equal(2, u.Value);
    }

    [Fact]
    public void Compensated_sums_merge_value_and_carried_error()
    {
        var a = default(CompensatedSum);
        a.Add(1e16);
        a.Add(1); // carries 1 in the compensation
        var b = default(CompensatedSum);
        b.Add(1);
        b.Add(-1e16); // 1 − 1e16 rounds to −1e16 (ulp 2) and carries the 1
        // exact total: 1e16 + 1 + 1 − 1e16 = 2
        a.Add(in b);
        Assert.Equal(2, a.Value);
    }

    [Fact]
    public void Compensated_sum_by_reference_matches_the_struct()
    {
        double sum = 0, c = 0;
        foreach (double x in new[] { 1, 1e100, 1, -1e100 })
        {
            CompensatedSum.Add(ref sum, ref c, x);
        }

        Assert.Equal(2, sum + c);
        Assert.Equal(0, sum);
    }

    [Fact]
    public void A_non_finite_running_sum_is_reported_as_is_not_as_NaN()
    {
        var s = default(CompensatedSum);
        s.Add(1);
        s.Add(double.PositiveInfinity);
        Assert.Equal(double.PositiveInfinity, s.Value);
        var o = default(CompensatedSum);
        o.Add(double.MaxValue);
        o.Add(double.MaxValue);
        Assert.Equal(double.PositiveInfinity, o.Value);
    }

    // ---- Percentiles -----------------------------------------------------------------------------------------------
    // Wikipedia, "Percentile" (worked examples on {15, 20, 35, 40, 50}): nearest rank 5th → 15, 30th → 20, 40th → 20,
    // 50th → 35, 100th → 50; linear interpolation C = 1 (Excel PERCENTILE.INC) 40th → 29; C = 0 (PERCENTILE.EXC)
    // 40th → 26. Hand check: INC h = 4·0.4 + 1 = 2.6 → 20 + 0.6·15 = 29; EXC h = 6·0.4 = 2.4 → 20 + 0.4·15 = 26.
    private static readonly double[] Sample = [15, 20, 35, 40, 50];

    [Theory]
    [InlineData(0.05, 15)]
    [InlineData(0.30, 20)]
    [InlineData(0.40, 20)]
    [InlineData(0.50, 35)]
    [InlineData(1.00, 50)]
    [InlineData(0.00, 15)]
    public void Nearest_rank_matches_the_worked_example(double p, double expected) =>
        Assert.Equal(expected, Percentiles.Compute(Sample, p));

    [Fact]
    public void Linear_definitions_match_the_worked_example()
    {
        Assert.Equal(29, Percentiles.Compute(Sample, 0.4, PercentileDefinition.LinearInclusive)!.Value, 12);
        Assert.Equal(26, Percentiles.Compute(Sample, 0.4, PercentileDefinition.LinearExclusive)!.Value, 12);
        Assert.Equal(15, Percentiles.Compute(Sample, 0, PercentileDefinition.LinearInclusive));
        Assert.Equal(50, Percentiles.Compute(Sample, 1, PercentileDefinition.LinearInclusive));
    }

    [Fact]
    public void Exclusive_percentile_is_undefined_outside_one_over_n_plus_one()
    {
        // n = 5: defined for p in [1/6, 5/6]. At the ends h = 1 and h = 5 give x(1) and x(5).
        Assert.Equal(15, Percentiles.Compute(Sample, 1.0 / 6, PercentileDefinition.LinearExclusive)!.Value, 12);
        Assert.Equal(50, Percentiles.Compute(Sample, 5.0 / 6, PercentileDefinition.LinearExclusive)!.Value, 12);
        Assert.Null(Percentiles.Compute(Sample, 0.16, PercentileDefinition.LinearExclusive));
        Assert.Null(Percentiles.Compute(Sample, 0.84, PercentileDefinition.LinearExclusive));
        Assert.Null(Percentiles.ComputeUnsorted(Sample, 1, PercentileDefinition.LinearExclusive));
    }

    [Fact]
    public void Nearest_rank_fuzz_is_relative_to_the_rank()
    {
        // 0.56·50 = 28.000000000000004 in binary (2 ulps of 28 above); the fuzz 4·eps·28 = 2.5e-14 brings it back to
        // rank 28 (R's quantile(type = 1) gives the 28th value). A fuzz of only 4·eps would leave rank 29.
        double[] oneToFifty = [.. Enumerable.Range(1, 50).Select(i => (double)i)];
        Assert.Equal(28, Percentiles.Compute(oneToFifty, 0.56));
        Assert.Equal(28, Percentiles.NearestRank(50, 0.56));

        // 0.7·10 = 7.000000000000001 → rank 7; p = 0 → rank 1; p = 1 → rank n.
        Assert.Equal(7, Percentiles.NearestRank(10, 0.7));
        Assert.Equal(1, Percentiles.NearestRank(10, 0));
        Assert.Equal(10, Percentiles.NearestRank(10, 1));
        Assert.Equal(8, Percentiles.NearestRank(10, 0.71));
    }

    [Fact]
    public void Interpolating_between_the_extremes_of_the_double_range_stays_finite()
    {
        // x(1) = −MaxValue, x(2) = MaxValue: the gap overflows; (1 − g)·x(1) + g·x(2) = 0 at g = 0.5, and at g = 0.75
        // 0.5·MaxValue.
        Assert.Equal(0, Percentiles.Compute([double.MinValue, double.MaxValue], 0.5, PercentileDefinition.LinearInclusive));
        Assert.Equal(0.5, Percentiles.Compute([double.MinValue, double.MaxValue], 0.75, PercentileDefinition.LinearInclusive)!.Value / double.MaxValue, 12);
    }

    [Fact]
    public void Percentile_of_a_single_value_is_that_value_for_every_definition()
    {
        Assert.Equal(4, Percentiles.Compute([4.0], 0.3));
        Assert.Equal(4, Percentiles.Compute([4.0], 0.3, PercentileDefinition.LinearInclusive));
        Assert.Equal(4, Percentiles.Compute([4.0], 0.5, PercentileDefinition.LinearExclusive));
        Assert.Null(Percentiles.Compute([4.0], 0.49, PercentileDefinition.LinearExclusive));
    }

    [Fact]
    public void Compute_rejects_bad_samples_with_the_index()
    {
        Reject.Rule<ArgumentOutOfRangeException>(() => Percentiles.Compute([1, double.NaN], 0.5), "sortedValues", "sortedValues[1] must be a finite number (got NaN)");
        Reject.Rule<ArgumentException>(() => Percentiles.Compute([1, 3, 2], 0.5), "sortedValues",
            "sortedValues must be sorted ascending, but sortedValues[2] = 2 is below sortedValues[1] = 3.");
        Reject.Rule<ArgumentException>(() => Percentiles.Compute([], 0.5), "sortedValues", "must not be empty");
        Reject.Rule<ArgumentOutOfRangeException>(() => Percentiles.Compute([1.0], 1.01), "p", "p must lie in [0, 1]");
        Reject.Rule<ArgumentOutOfRangeException>(() => Percentiles.Compute([1.0], 0.5, (PercentileDefinition)7), "definition",
            "definition must be a defined PercentileDefinition (got 7).");
        Assert.Equal(2, Percentiles.Compute([2, 2, 2], 0.5));
    }

    [Fact]
    public void ComputeUnsorted_sorts_a_copy_and_names_bad_values()
    {
        double[] values = [50, 15, 40, 20, 35];
        Assert.Equal(20, Percentiles.ComputeUnsorted(values, 0.4));
        Assert.Equal([50, 15, 40, 20, 35], values);
        Reject.Rule<ArgumentOutOfRangeException>(() => Percentiles.ComputeUnsorted([1, 2, double.PositiveInfinity], 0.5), "values", "values[2] must be a finite number (got ");
        Reject.Rule<ArgumentException>(() => Percentiles.ComputeUnsorted([], 0.5), "values", "values must not be empty.");
        Assert.Throws<ArgumentNullException>(() => Percentiles.ComputeUnsorted(null!, 0.5));
    }

    // ---- Forest ----------------------------------------------------------------------------------------------------
    private sealed record Node(string Id, string? Parent);

    [Fact]
    public void Forest_orders_breadth_first_with_children_in_input_order()
    {
        // Input: c(a) a b(a) d(c) e — roots a and e; a's children c, b (input order); c's child d.
        Node[] items = [new("c", "a"), new("a", null), new("b", "a"), new("d", "c"), new("e", null)];
        Forest f = Forest.Build(items, n => n.Id, n => n.Parent, "items", "tree");
        Assert.Equal(2, f.RootCount);
        Assert.Equal([1, 4, 0, 2, 3], f.Order); // a, e, c, b, d
        Assert.Equal([1, -1, 1, 0, -1], f.Parent);
        Assert.Equal([1, 0, 1, 2, 0], f.Depth);
        Assert.Equal([1, 2, 0, 0, 0], f.ChildCount);
        Assert.Equal([0, 1, 3, 3, 3, 3], f.ChildStart);
        Assert.Equal([3, 0, 2], f.Children[..3]);
        Assert.Equal(1, f.Index["a"]);
    }

    [Fact]
    public void Forest_rejects_null_items_duplicates_unknown_parents_and_cycles_by_name()
    {
        Reject.Rule<ArgumentNullException>(() => Forest.Build(new Node[] { new("a", null), null! }, n => n.Id, n => n.Parent, "wbs", "tree"), "wbs", "wbs[1] is null.");
        Reject.Rule<ArgumentException>(() => Forest.Build(new Node[] { new("a", null), new("a", null) }, n => n.Id, n => n.Parent, "wbs", "tree"), "wbs",
            "wbs contains the id 'a' more than once; ids must be unique.");
        Reject.Rule<ArgumentException>(() => Forest.Build(new Node[] { new("a", "zz") }, n => n.Id, n => n.Parent, "kpis", "hierarchy"), "kpis",
            "kpis: the parent 'zz' of 'a' is not in the hierarchy.");
        Reject.Rule<ArgumentException>(() => Forest.Build(new Node[] { new("r", null), new("x", "y"), new("y", "z"), new("z", "x"), new("w", "x") }, n => n.Id, n => n.Parent, "wbs", "tree"), "wbs",
            "wbs contains a cycle: x → y → z → x.");
        Reject.Rule<ArgumentException>(() => Forest.Build(new Node[] { new("s", "s") }, n => n.Id, n => n.Parent, "wbs", "tree"), "wbs", "wbs contains a cycle: s → s.");
    }

    [Fact]
    public void Forest_of_a_deep_chain_needs_no_recursion()
    {
        const int Depth = 100_000;
        Node[] chain = [.. Enumerable.Range(0, Depth).Select(i => new Node($"n{i}", i == 0 ? null : $"n{i - 1}"))];
        Forest f = Forest.Build(chain, n => n.Id, n => n.Parent, "chain", "tree");
        Assert.Equal(Depth - 1, f.Depth[Depth - 1]);
        Assert.Equal(Depth - 1, f.Order[Depth - 1]);
        Assert.Equal(1, f.RootCount);
    }
}
