using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Finance;

/// <summary>
/// Regression: IRR roots whose x = 1/(1 + r) is tiny next to the other roots were lost by the companion-matrix solve
/// (found by a mutation-testing helper, issue 9 §6) and are now taken from the reversed polynomial.
/// </summary>
public sealed class IrrSmallRootTests
{
    [Theory]
    [InlineData(1e-200, 1e200)]
    [InlineData(1e-100, 1e100)]
    [InlineData(1e-20, 1e20)]
    public void A_tiny_first_flow_gives_a_huge_second_IRR(double first, double hugeRate)
    {
        // NPV = a − x + x² with x = 1/(1 + r): roots x = (1 ± √(1 − 4a))/2, i.e. x ≈ 1 − a (r ≈ a, which is 0 in double
        // unless a is large) and x ≈ a (r = 1/x − 1 ≈ 1/a). Both rates lie in the documented search range
        // [−0.999999999999, 1e300]; the second used to be dropped without a diagnostic.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(first, -1, 1));
        Assert.Equal(2, r.Roots.Length);
        Assert.All(r.Roots, x => Assert.Equal(1, x.Multiplicity));
        Assert.True(Math.Abs(r.Roots[0].Rate - first) <= 1e-15, $"low IRR {r.Roots[0].Rate}");
        Assert.True(Math.Abs((r.Roots[1].Rate / hugeRate) - 1) <= 1e-12, $"high IRR {r.Roots[1].Rate}");
    }

    [Fact]
    public void Roots_on_both_sides_of_the_spread_survive_in_a_cubic()
    {
        // (x − 1e-12)(x − 1)(x − 2)·1e12 = 1e12·x³ − (3e12 + 1)·x² + (2e12 + 3)·x − 2: in time order the flows are the
        // coefficients of x⁰ … x³: −2, 2e12 + 3, −(3e12 + 1), 1e12. Rates: 1/x − 1 = 1e12 − 1, 0 and −0.5.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(-2, 2e12 + 3, -(3e12 + 1), 1e12));
        Assert.Equal(3, r.Roots.Length);
        Assert.True(Math.Abs(r.Roots[0].Rate + 0.5) <= 1e-12, $"{r.Roots[0].Rate}");
        Assert.True(Math.Abs(r.Roots[1].Rate) <= 1e-12, $"{r.Roots[1].Rate}");
        Assert.True(Math.Abs((r.Roots[2].Rate / (1e12 - 1)) - 1) <= 1e-9, $"{r.Roots[2].Rate}");
    }
}
