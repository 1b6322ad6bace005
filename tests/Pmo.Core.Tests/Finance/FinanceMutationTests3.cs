using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Finance;

namespace Pmo.Core.Tests.Finance;

/// <summary>
/// Issue 9 §6, third round on the Finance mutants (79.3 % after <see cref="FinanceMutationTests2"/>), mostly in the root
/// solver: polishing of the companion-matrix roots, the clustering rule of docs/finance.md (candidates with
/// <c>|Im x| ≤ 10⁻⁴·|x|</c> kept, neighbours within 10⁻⁴ relative merged), roots far from 0 % in both directions, the
/// overflow-safe evaluation, the bracketing search's ends, and Brent's superlinear refinement. Every root is worked by
/// hand in y = 1 + r (the NPV times yⁿ is a polynomial in y with the amounts as coefficients, highest power first);
/// tolerances are derived in the comments from the rounding of the NPV near the root, not read off our output.
/// </summary>
public sealed class FinanceMutationTests3
{
    private static readonly LocalDate D0 = new(2020, 1, 1);

    // Flows one 365-day year apart: Actual/365 year fractions are exactly 0, 1, 2, …
    private static DatedCashFlowSeries Yearly(params double[] amounts) =>
        new([.. amounts.Select((a, i) => new DatedCashFlow(D0.PlusDays(365 * i), a))]);

    [Fact]
    public void Two_simple_irrs_two_basis_points_apart_are_each_polished_to_the_npvs_rounding()
    {
        // 10⁸ (y − 1.1)(y − 1.1002) = 10⁸ y² − 220,020,000 y + 121,022,000 (integers, exact in doubles): IRRs 10 % and
        // 10.02 %, simple. In x = 1/y they are 1.8e-4 apart relative, above the 10⁻⁴ cluster tolerance: two roots.
        // Conditioning: at y = 1.1 the NPV's terms are 1e8, 2.0002e8, 1.0002e8 (Σ ≈ 4e8), so its rounding is about
        // 2ε·4e8 ≈ 9e-8, and its slope in s = ln y is p'(1.1)/1.1 = 1e8·(−0.0002)/1.1 ≈ −1.8e4: the zero is determined
        // only to 9e-8 / 1.8e4 ≈ 5e-12 in s, i.e. ≈ 5.4e-12 in r. Brent's polishing reaches that; the unpolished
        // companion-matrix eigenvalue is off by about 1.3e-11 here, so 6e-12 tells the two apart.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(1e8, -220_020_000, 121_022_000));
        Assert.Equal(2, r.Roots.Length);
        Assert.All(r.Roots, x => Assert.Equal(1, x.Multiplicity));
        Fin.Near(0.1, r.Roots[0].Rate, 6e-12, "IRR 10 %");
        Fin.Near(0.1002, r.Roots[1].Rate, 6e-12, "IRR 10.02 %");
    }

    [Fact]
    public void Two_irrs_closer_than_the_cluster_tolerance_are_one_root_of_multiplicity_2_at_their_centroid()
    {
        // docs/finance.md, "Limits": two distinct roots closer than 10⁻⁴ relative are reported as one root of
        // multiplicity 2. 10⁸ (y − 1.1)(y − 1.1001) = 10⁸ y² − 220,010,000 y + 121,011,000: in x = 1/y the roots are
        // 1/1.1 and 1/1.1001, 9.1e-5 apart relative. The cluster is kept at its centroid x̄ = (1/1.1 + 1/1.1001)/2
        // because |p(x̄)| = 1.21·10⁸·(Δx/2)² ≈ 0.21 (Δx = 8.3e-5) is below 10⁻⁷ Σ|c_t x̄^t| ≈ 40 (a tangency by the documented test):
        // r = 1/x̄ − 1 = 2·1.1·1.1001 / 2.2001 − 1 = 0.100049997727376.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(1e8, -220_010_000, 121_011_000));
        IrrRoot root = Assert.Single(r.Roots);
        Assert.Equal(2, root.Multiplicity);
        Fin.Near((2 * 1.1 * 1.1001 / 2.2001) - 1, root.Rate, 1e-9, "centroid of the cluster");
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, d.Kind);
        Assert.Contains("touches zero", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Irrs_spread_over_eight_orders_of_magnitude_of_one_plus_r_are_all_found()
    {
        // (y − 10⁴)(y − 1)(10⁴ y − 1) = 10⁴ y³ − 100,010,001 y² + 100,010,001 y − 10⁴: IRRs −99.99 % (y = 10⁻⁴), 0 %
        // and 999,900 % (y = 10⁴), all simple. The scale k = (|c_0| / |c_3|)^(1/3) = 1 keeps the polynomial as given.
        // At r = 0 the NPV is Σ c_t = 0 exactly; its rounding (ε·Σ|c_t| ≈ 2e-8) over its slope |Σ t c_t| ≈ 1e8 bounds
        // that root to ≈ 2e-16.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(1e4, -100_010_001, 100_010_001, -1e4));
        Assert.Equal(3, r.Roots.Length);
        Assert.All(r.Roots, x => Assert.Equal(1, x.Multiplicity));
        Fin.Near(1, (1 + r.Roots[0].Rate) / 1e-4, 1e-10, "(1 + r) / 1e-4 of the lowest IRR");
        Fin.Near(0, r.Roots[1].Rate, 1e-15, "the IRR at 0 %");
        Fin.Near(1, r.Roots[2].Rate / 9999, 1e-13, "r / 9999 of the highest IRR");
        Fin.Near(0, r.Rate, 1e-15, "the IRR nearest the guess 10 %");
        Assert.Contains("The NPV is zero at 3 rates", Assert.Single(r.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_irrs_four_percent_apart_near_10000_percent_are_not_merged()
    {
        // (y − 96)(y − 100) = y² − 196 y + 9600: IRRs 95 and 99 (9,500 % and 9,900 %). In x they are 1/96 and 1/100,
        // 4 % apart relative: far outside the 10⁻⁴ cluster tolerance, so two simple roots.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(1, -196, 9600));
        Assert.Equal(2, r.Roots.Length);
        Assert.All(r.Roots, x => Assert.Equal(1, x.Multiplicity));
        Fin.Near(1, r.Roots[0].Rate / 95, 1e-12, "r / 95");
        Fin.Near(1, r.Roots[1].Rate / 99, 1e-12, "r / 99");
    }

    [Fact]
    public void A_double_irr_near_minus_100_percent_is_kept()
    {
        // p(x) = (x − 100)² = 10⁴ − 200 x + x²: flows 10⁴, −200, 1; a tangency at x = 100, r = −99 %. The eigenvalues
        // of a double root split by about √ε relative, well within the documented 10⁻⁴·|x| for imaginary
        // parts and for clustering; the position itself is conditioned to about √ε, hence the 1e-7 relative check.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(1e4, -200, 1));
        IrrRoot root = Assert.Single(r.Roots);
        Assert.Equal(2, root.Multiplicity);
        Fin.Near(1, (1 + root.Rate) / 0.01, 1e-7, "(1 + r) / 0.01");
    }

    [Fact]
    public void A_complex_pair_close_to_the_real_axis_is_not_an_irr()
    {
        // 1.00000025 − 2x + x² = (x − 1)² + 2.5e-7 > 0 for every x: no IRR. Its zeros x = 1 ± 5e-4 i have imaginary
        // parts 5e-4 > 10⁻⁴·|x|, so they are not real candidates (docs/finance.md), although |p| at their real part,
        // 2.5e-7, is small beside Σ|c_t| = 4.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(1.00000025, -2, 1));
        Assert.Empty(r.Roots);
        Assert.Null(r.Rate);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticKind.Undefined, "IRR"), (d.Kind, d.Metric));
    }

    [Fact]
    public void An_irr_of_10_to_the_40_with_a_small_late_flow_is_found()
    {
        // −1, then 10⁴⁰ a period later and 1 after ten periods: −1 + 10⁴⁰ x + x¹⁰ = 0 with x = 1/(1 + r). The x¹⁰ term is
        // below 10⁻³⁰⁰ at the root, so x = 10⁻⁴⁰ and 1 + r = 10⁴⁰ (s = ln(1 + r) ≈ 92.1). The evaluation there must not
        // scale positive log-rates by e^(s·T) (T = 10: e^921 overflows), or the upward search would stop short.
        double[] amounts = new double[11];
        amounts[0] = -1;
        amounts[1] = 1e40;
        amounts[10] = 1;
        IrrResult irr = CashFlowMetrics.InternalRateOfReturn(Fin.Series(amounts));
        Assert.Equal(1, irr.SignChanges);
        Fin.Near(1, irr.Rate / 1e40, 1e-12, "IRR / 1e40");

        // The same flows one 365-day year apart. From s0 = ln 1.1 the outward search crosses s ≈ 92.1 at its 19th
        // upward step (0.01·(1.6¹⁹ − 1)/0.6 ≈ 126), after 1 + 19 + 18 = 38 evaluations, on a bracket ≈ 47 wide;
        // bisection of it down to 4e-16·92 would take log2(47 / 3.7e-14) ≈ 50 more, Brent's method far fewer: at most
        // 60 in all.
        XirrResult xirr = CashFlowMetrics.InternalRateOfReturn(Yearly(amounts));
        Assert.Equal(RootSearchStatus.Converged, xirr.Status);
        Fin.Near(1, xirr.Rate / 1e40, 1e-12, "XIRR / 1e40");
        Assert.InRange(xirr.Evaluations, 39, 60);
    }

    [Fact]
    public void Xirr_bracketing_takes_four_evaluations_and_brents_method_few_more()
    {
        // −1000, 500, 700 a year apart: 1000 y² − 500 y − 700 = 0, y = (500 + √3,050,000) / 2000. The documented search
        // from s0 = ln 1.1 ≈ 0.0953 (XNPV +33): up to 0.1053 (+17), down to 0.0853 (+), up by 0.016 to 0.1213 (−7.9):
        // a sign change after 4 evaluations, on a bracket 0.016 wide around s ≈ 0.1162. Bisection would need
        // log2(0.016 / (4e-16·0.116)) ≈ 48 more evaluations; Brent's method converges superlinearly on this smooth
        // simple root: at most 8 more (12 in all).
        XirrResult r = CashFlowMetrics.InternalRateOfReturn(Yearly(-1000, 500, 700));
        Assert.Equal(RootSearchStatus.Converged, r.Status);
        Fin.Near(((500 + Math.Sqrt(3_050_000)) / 2000) - 1, r.Rate, 2e-15, "XIRR");
        Assert.InRange(r.Evaluations, 5, 12);
    }

    [Fact]
    public void Brents_method_finds_a_root_at_exactly_zero_rate_in_few_evaluations()
    {
        // RateSolver.Refine is "Brent's method on a bracket". F(s) = −1 + e^(−s) (−1 now, +1 in a year) has its zero at
        // s = 0, where the tolerance is absolute (4e-16·|s| + 1e-18). F rounds to 0 for |s| below about ε = 2.2e-16, so
        // the root is determined to that. Bracket [−1, 2]: F(−1) = e^(−1)·(−1) + 1 > 0 (scaled by e^(s·T), T = 1),
        // F(2) = −1 + e^(−2) < 0. Bisection would need log2(3 / 1e-18) ≈ 61 evaluations; Brent: at most 12.
        var f = new RateSolver.ScaledPresentValue([-1.0, 1.0], [0.0, 1.0], 1.0);
        int evaluations = 0;
        RootSearchStatus status = RateSolver.Refine(f, -1, 2, f.Evaluate(-1), f.Evaluate(2), ref evaluations, out double root);
        Assert.Equal(RootSearchStatus.Converged, status);
        Assert.InRange(root, -2.3e-16, 2.3e-16);
        Assert.InRange(evaluations, 1, 12);
    }

    [Fact]
    public void Xirr_search_stops_at_the_overflowing_end_and_walks_the_other_to_the_range_end()
    {
        // +1e308 twice today and −1e-300 in a year: XNPV = 2e308 − 1e-300/(1 + r) has its zero at 1 + r = 5e-609, below
        // the search range (1 + r ≥ 1e-12), so there is no XIRR. From the guess −50 % the upward steps reach rates where
        // today's 2e308 overflows the evaluation (it is finite only scaled by (1 + r)^T < 0.899): that side stops; the
        // downward side walks to the bottom of the range without a sign change.
        XirrResult up = CashFlowMetrics.InternalRateOfReturn(
            new DatedCashFlowSeries([new DatedCashFlow(D0, 1e308), new DatedCashFlow(D0, 1e308), new DatedCashFlow(D0.PlusDays(365), -1e-300)]), -0.5);
        Assert.Equal(RootSearchStatus.NoRootFound, up.Status);
        Assert.Null(up.Rate);
        Assert.Contains(up.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "XIRR");

        // Mirrored: −1e-300 today, +1e308 twice in a year: the zero is at 1 + r = 2e608, above 1e300. From the guess
        // 100 % the downward steps overflow below r ≈ 11 % (where 2e308/(1 + r) exceeds the double range); the upward
        // side walks to the top of the range.
        XirrResult down = CashFlowMetrics.InternalRateOfReturn(
            new DatedCashFlowSeries([new DatedCashFlow(D0, -1e-300), new DatedCashFlow(D0.PlusDays(365), 1e308), new DatedCashFlow(D0.PlusDays(365), 1e308)]), 1.0);
        Assert.Equal(RootSearchStatus.NoRootFound, down.Status);
        Assert.Null(down.Rate);
    }

    [Fact]
    public void A_profitability_index_that_overflows_is_undefined_and_names_pi()
    {
        // −1e-10 now, 1e308 in a period, rate 0: PV(future) = 1e308, PI = 1e308 / 1e-10 = 1e318, beyond the double range.
        FinancialRatio pi = CashFlowMetrics.ProfitabilityIndex(Fin.Series(-1e-10, 1e308), 0);
        Assert.Null(pi.Value);
        Diagnostic d = Assert.Single(pi.Diagnostics);
        Assert.Equal((DiagnosticKind.Undefined, "PI"), (d.Kind, d.Metric));
        Assert.Equal("1E+308 / 1E-10 overflows the double range: PI is undefined.", d.Message);
    }

    [Fact]
    public void Roi_of_a_series_without_costs_is_undefined_and_says_why()
    {
        // 10 and 20, no negative amount: costs 0, ROI = (30 − 0) / 0 is undefined.
        FinancialRatio roi = CashFlowMetrics.ReturnOnInvestment(Fin.Series(10, 20));
        Assert.Null(roi.Value);
        Assert.Equal(30, roi.Numerator);
        Assert.Equal(0, roi.Denominator);
        Diagnostic d = Assert.Single(roi.Diagnostics);
        Assert.Equal((DiagnosticKind.Undefined, "ROI"), (d.Kind, d.Metric));
        Assert.Equal("The series has no negative amounts (no costs): ROI = (benefits - costs) / costs is undefined.", d.Message);
    }
    [Fact]
    public void An_irr_whose_eigenvalue_search_fails_is_either_right_or_undefined_with_one_diagnostic_saying_so()
    {
        // p(x) = 5e-324 − 1149.2x − 8626.5x² + 8032.7x³ + 1e-310x⁴ (two sign changes). Its positive zeros: x ≈ 4e-327
        // (r beyond every double) and, dividing by x and dropping the 1e-310 term (relative effect ~1e-310), the root of
        // 8032.7x² − 8626.5x − 1149.2 = 0, x = (8626.5 + √(8626.5² + 4·8032.7·1149.2)) / (2·8032.7) ≈ 1.1938, r ≈ −16.2 %;
        // the x⁴ term adds x ≈ −8e313 (negative, no rate). MathNet's companion-matrix eigen-search does not converge on
        // these denormal coefficients; the documented fallback is an undefined IRR with one diagnostic that says why,
        // never a guess. Should the solver one day find the root, it must be the right one.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(5e-324, -1149.2, -8626.5, 8032.7, 1e-310));
        Assert.Equal(2, r.SignChanges);
        double x = (8626.5 + Math.Sqrt((8626.5 * 8626.5) + (4 * 8032.7 * 1149.2))) / (2 * 8032.7);
        if (r.Rate is null)
        {
            Assert.Empty(r.Roots);
            Diagnostic d = Assert.Single(r.Diagnostics);
            Assert.Equal((DiagnosticKind.Undefined, "IRR"), (d.Kind, d.Metric));
            Assert.StartsWith("The eigenvalue search for the zeros of the NPV polynomial did not converge", d.Message, StringComparison.Ordinal);
            Assert.Contains("IRR is undefined", d.Message, StringComparison.Ordinal);
        }
        else
        {
            Fin.Near((1 / x) - 1, r.Rate, 1e-12, "IRR");
        }
    }

    [Fact]
    public void Polynomial_scaling_keeps_both_zeros_when_the_amounts_are_near_the_top_of_the_double_range()
    {
        // The 1e32, −1.01e17, 1 case of FinanceMutationTests2 times 1e128: 1e160, −1.01e145, 1e128 has the same zeros
        // x = 1e15 and 1e17. The scaled coefficients c_t·k^t / |c_0| (k = (1e160 / 1e128)^(1/2) = 1e16) are 1, −10.1, 1;
        // nothing overflows. x = 1e17 rounds to r = −1 and is omitted with an Information note; x = 1e15 is the IRR.
        IrrResult r = CashFlowMetrics.InternalRateOfReturn(Fin.Series(1e160, -1.01e145, 1e128));
        IrrRoot root = Assert.Single(r.Roots);
        Assert.InRange(1 + root.Rate, 0.9e-15, 1.1e-15);
        Assert.Equal(DiagnosticKind.Information, Assert.Single(r.Diagnostics).Kind);
    }
}
