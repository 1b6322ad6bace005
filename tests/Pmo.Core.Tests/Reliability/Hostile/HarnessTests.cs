namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>The harness itself can fail: each outcome outside the promise is caught, each allowed one passes.</summary>
public sealed class HarnessTests
{
    private sealed class Holder
    {
        public double Value { get; init; }

        public double? Maybe { get; init; }
    }

    [Fact]
    public void A_NaN_in_a_returned_number_fails() =>
        Assert.Throws<HostileFailureException>(() => Hostile.Check("harness", () => "x", () => new[] { 1.0, double.NaN }));

    [Fact]
    public void An_infinite_tuple_field_fails() =>
        Assert.Throws<HostileFailureException>(() => Hostile.Check("harness", () => "x", () => (1.0, double.PositiveInfinity)));

    [Fact]
    public void An_undocumented_exception_fails() =>
        Assert.Throws<HostileFailureException>(() => Hostile.Check<int>("harness", () => "x", () => throw new KeyNotFoundException()));

    [Fact]
    public void An_argument_exception_without_a_parameter_name_fails() =>
        Assert.Throws<HostileFailureException>(() => Hostile.Check<int>("harness", () => "x", () => throw new ArgumentException("bad")));

    [Fact]
    public void An_argument_exception_naming_the_parameter_passes() =>
        Assert.True(Hostile.Check<int>("harness", () => "x", () => throw new ArgumentOutOfRangeException("rate", "bad")));

    [Fact]
    public void A_documented_domain_exception_passes_and_an_undocumented_one_fails()
    {
        Assert.True(Hostile.Check<int>("harness", () => "x", () => throw new InvalidOperationException("cycle"), typeof(InvalidOperationException)));
        Assert.Throws<HostileFailureException>(() => Hostile.Check<int>("harness", () => "x", () => throw new InvalidOperationException("cycle")));
    }

    [Fact]
    public void Null_nullable_numbers_pass_and_finite_results_pass()
    {
        Assert.Null(PromisedNumbers.FindNonFinite(new Holder { Value = 1, Maybe = null }, "h"));
        Assert.Equal("h.Maybe = -Infinity", PromisedNumbers.FindNonFinite(new Holder { Value = 1, Maybe = double.NegativeInfinity }, "h"));
    }
}
