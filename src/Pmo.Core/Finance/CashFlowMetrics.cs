using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Finance;

/// <summary>
/// Benefit and financial metrics of cash flows: NPV (both timing conventions), XNPV, IRR (all real roots), XIRR, MIRR,
/// payback and discounted payback, ROI, benefit-cost ratio and profitability index. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Rates are per period (0.1 = 10 %) for periodic series and per 365-day year for dated series. Every rate argument
/// must be finite and above −1 (−100 %). Every formula, convention, edge case and source is in <c>docs/finance.md</c>.
/// Sources: Microsoft Support, Excel functions NPV, XNPV, IRR, XIRR and MIRR (support.microsoft.com); ECMA-376 Part 1
/// §18.17.7 (the same functions, normative formulas); Brealey, Myers and Allen, <i>Principles of Corporate Finance</i>,
/// chs. 2 and 5 (NPV, IRR and its multiple roots, MIRR, payback, profitability index).
/// </remarks>
public static class CashFlowMetrics
{
    /// <summary>The lowest rate the XIRR bracketing search (and the IRR search with one sign change) reaches: −1 + 10⁻¹², just above −100 %.</summary>
    public const double MinimumSearchRate = -0.999999999999;

    /// <summary>
    /// The highest rate the XIRR bracketing search (and the IRR search with one sign change) reaches: 10³⁰⁰. Rates this
    /// large are real roots when, say, most of the inflow arrives a day after the outlay.
    /// </summary>
    public const double MaximumSearchRate = 1e300;

    /// <summary>The default guess of IRR and XIRR, 0.1 (10 %), as in the spreadsheet functions.</summary>
    public const double DefaultGuess = 0.1;

    /// <summary>Net present value of periodic cash flows under an explicit timing convention.</summary>
    /// <param name="flows">The amounts.</param>
    /// <param name="rate">The discount rate per period; finite and above −1.</param>
    /// <param name="convention">
    /// <see cref="DiscountConvention.FirstFlowAtPeriodOne"/> reproduces the spreadsheet <c>NPV(rate, values)</c>;
    /// <see cref="DiscountConvention.FirstFlowAtTimeZero"/> the textbook <c>C0 + Σ Ct/(1 + r)^t</c>.
    /// </param>
    /// <returns>The net present value.</returns>
    /// <remarks>
    /// <c>NPV = Σ_{i=0}^{n−1} c_i / (1 + r)^(i + k)</c> with <c>k = 1</c> (period one) or <c>k = 0</c> (time zero).
    /// Source: Microsoft Support, "NPV function"; Brealey, Myers and Allen, ch. 2.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite or is at or below −1, or <paramref name="convention"/> is not a defined value; or (<c>ParamName</c> "flows") the NPV of these finite amounts overflows the double range.</exception>
    [Pure]
    public static double NetPresentValue(CashFlowSeries flows, double rate, DiscountConvention convention)
    {
        Guard.Against.Null(flows);
        FinanceGuards.Rate(rate, nameof(rate));
        int k = Offset(convention);
        return FinanceGuards.FiniteResult(PresentValue(flows.Span, rate, k), nameof(flows), "NPV");
    }

    /// <summary>Net present value of dated cash flows (XNPV), Actual/365 from the first date.</summary>
    /// <param name="flows">The dated flows; the first date is time zero.</param>
    /// <param name="rate">The annual discount rate; finite and above −1.</param>
    /// <returns>The net present value at the first date.</returns>
    /// <remarks>
    /// <c>XNPV = Σ P_i / (1 + rate)^((d_i − d_1) / 365)</c>. Unlike the spreadsheet, a series of one sign is allowed
    /// (its XNPV is well defined). Source: Microsoft Support, "XNPV function"; ECMA-376 Part 1 §18.17.7.355.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite or is at or below −1; or (<c>ParamName</c> "flows") the XNPV of these finite amounts overflows the double range.</exception>
    [Pure]
    public static double NetPresentValue(DatedCashFlowSeries flows, double rate)
    {
        Guard.Against.Null(flows);
        FinanceGuards.Rate(rate, nameof(rate));
        ReadOnlySpan<double> a = flows.Amounts;
        ReadOnlySpan<double> t = flows.YearFractions;
        double onePlus = 1 + rate;
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] / Math.Pow(onePlus, t[i]);
        }

        return FinanceGuards.FiniteResult(sum, nameof(flows), "XNPV");
    }

    /// <summary>IRR of periodic cash flows with the default guess 0.1; see <see cref="InternalRateOfReturn(CashFlowSeries, double)"/>.</summary>
    /// <param name="flows">The amounts; at least one negative and one positive.</param>
    /// <returns>The roots, the rate nearest 0.1 and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="flows"/> has no negative or no positive amount.</exception>
    [Pure]
    public static IrrResult InternalRateOfReturn(CashFlowSeries flows) => InternalRateOfReturn(flows, DefaultGuess);

    /// <summary>
    /// Internal rate(s) of return of periodic cash flows: every real rate above −100 % at which the NPV is zero, with
    /// multiplicities, and the one nearest <paramref name="guess"/>.
    /// </summary>
    /// <param name="flows">The amounts; at least one negative and one positive.</param>
    /// <param name="guess">The rate to choose the nearest root by; finite and above −1 (the spreadsheet default is 0.1).</param>
    /// <returns>The roots, the chosen rate (null when there is no real root) and diagnostics.</returns>
    /// <remarks>
    /// The IRR does not depend on the <see cref="DiscountConvention"/> (the two NPVs differ by the factor 1 + r).
    /// With one sign change (Descartes) the root is unique and found by bracketing and Brent's method; with several,
    /// all real roots of <c>Σ c_t x^t</c>, <c>x = 1/(1 + r)</c>, are found from the companion matrix and polished.
    /// A <see cref="DiagnosticKind.Warning"/> lists them when there are several. Source: Microsoft Support, "IRR
    /// function"; Brealey, Myers and Allen, ch. 5 ("Pitfall 2 — multiple rates of return").
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="flows"/> has no negative or no positive amount.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="guess"/> is not finite or is at or below −1.</exception>
    [Pure]
    public static IrrResult InternalRateOfReturn(CashFlowSeries flows, double guess)
    {
        Guard.Against.Null(flows);
        FinanceGuards.SignChange(flows.Span, nameof(flows), "IRR");
        FinanceGuards.Rate(guess, nameof(guess));
        double[] amounts = flows.Span.ToArray();
        double[] times = new double[amounts.Length];
        for (int i = 0; i < times.Length; i++)
        {
            times[i] = i;
        }

        var f = new RateSolver.ScaledPresentValue(amounts, times, times[^1]);
        int changes = FinanceGuards.SignChanges(amounts);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var roots = ImmutableArray.CreateBuilder<IrrRoot>();
        if (changes == 1)
        {
            // Exactly one positive root of p(x) (Descartes), simple: bracket it from the guess.
            if (RateSolver.FindNearest(f, double.LogP1(guess), out double s, out _) == RootSearchStatus.Converged)
            {
                AddRoot(roots, s, 1, diagnostics);
            }
        }
        else
        {
            try
            {
                foreach ((double s, int m) in RateSolver.AllPolynomialRoots(amounts, f))
                {
                    AddRoot(roots, s, m, diagnostics);
                }
            }
            catch (MathNet.Numerics.NonConvergenceException)
            {
                // The companion-matrix eigenvalue search fails on extremely ill-scaled amounts (e.g. a denormal next
                // to thousands): the roots are unknown, so IRR is reported undefined rather than guessed.
                roots.Clear();
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "IRR", "The eigenvalue search for the zeros of the NPV polynomial did not converge (the amounts are too ill-scaled, e.g. a denormal beside ordinary amounts): IRR is undefined. Consider NPV or MIRR."));
            }
        }

        double? rate = null;
        if (roots.Count == 0)
        {
            if (!diagnostics.Any(d => d.Kind == DiagnosticKind.Undefined))
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "IRR", $"The NPV has no real zero at rates above -100 % (the amounts change sign {changes} time(s), yet the NPV never reaches zero); IRR is undefined. Consider NPV or MIRR."));
            }
        }
        else
        {
            rate = roots.MinBy(r => Math.Abs(r.Rate - guess)).Rate;
            if (roots.Count > 1)
            {
                string list = string.Join(", ", roots.Select(r => r.Rate.ToString("R", CultureInfo.InvariantCulture) + (r.Multiplicity > 1 ? $" (multiplicity {r.Multiplicity})" : string.Empty)));
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "IRR", $"The NPV is zero at {roots.Count} rates: {list}. The one nearest the guess {guess.ToString(CultureInfo.InvariantCulture)} is reported; the IRR rule is ambiguous here, prefer NPV or MIRR."));
            }
            else if (roots[0].Multiplicity > 1)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "IRR", $"The NPV touches zero at {roots[0].Rate.ToString("R", CultureInfo.InvariantCulture)} without changing sign (multiplicity {roots[0].Multiplicity})."));
            }
        }

        return new IrrResult
        {
            Roots = roots.ToImmutable(),
            Rate = rate,
            Guess = guess,
            SignChanges = changes,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>XIRR of dated cash flows with the default guess 0.1; see <see cref="InternalRateOfReturn(DatedCashFlowSeries, double)"/>.</summary>
    /// <param name="flows">The dated flows; at least one negative and one positive amount.</param>
    /// <returns>The rate with the search status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="flows"/> has no negative or no positive amount.</exception>
    [Pure]
    public static XirrResult InternalRateOfReturn(DatedCashFlowSeries flows) => InternalRateOfReturn(flows, DefaultGuess);

    /// <summary>Internal rate of return of dated cash flows (XIRR), Actual/365, by bracketing and Brent's method.</summary>
    /// <param name="flows">The dated flows; at least one negative and one positive amount.</param>
    /// <param name="guess">Where the bracketing search starts; finite and above −1 (the spreadsheet default is 0.1).</param>
    /// <returns>The rate with the search status; a failed search is a typed result, not an exception.</returns>
    /// <remarks>
    /// Solves <c>Σ P_i (1 + r)^(−(d_i − d_1)/365) = 0</c> in <c>s = ln(1 + r)</c>: from <c>ln(1 + guess)</c> it steps
    /// outward alternately up and down (first step 0.01, growing ×1.6) until the XNPV changes sign, within
    /// [<see cref="MinimumSearchRate"/>, <see cref="MaximumSearchRate"/>], then refines the bracket with Brent's method
    /// to about 4e-16 relative in s. No bare Newton step is taken, so it cannot diverge or jump to a far root.
    /// Source: Microsoft Support, "XIRR function"; Brent (1973), <i>Algorithms for Minimization without Derivatives</i>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="flows"/> has no negative or no positive amount.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="guess"/> is not finite or is at or below −1.</exception>
    [Pure]
    public static XirrResult InternalRateOfReturn(DatedCashFlowSeries flows, double guess)
    {
        Guard.Against.Null(flows);
        FinanceGuards.SignChange(flows.Amounts, nameof(flows), "XIRR");
        FinanceGuards.Rate(guess, nameof(guess));
        double[] amounts = flows.Amounts.ToArray();
        double[] times = flows.YearFractions.ToArray();
        double maxTime = 0;
        foreach (double t in times)
        {
            maxTime = Math.Max(maxTime, t);
        }

        int changes = DatedSignChanges(amounts, times);
        var f = new RateSolver.ScaledPresentValue(amounts, times, maxTime);
        RootSearchStatus status = RateSolver.FindNearest(f, double.LogP1(guess), out double s, out int evaluations);
        double? rate = status == RootSearchStatus.Converged ? double.ExpM1(s) : null;
        if (rate is { } r && r <= -1)
        {
            rate = null;
            status = RootSearchStatus.NoRootFound;
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        switch (status)
        {
            case RootSearchStatus.NoRootFound:
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "XIRR", $"XNPV does not change sign for rates between {MinimumSearchRate.ToString(CultureInfo.InvariantCulture)} and {MaximumSearchRate.ToString(CultureInfo.InvariantCulture)}: there is no XIRR there (or only a tangency)."));
                break;
            case RootSearchStatus.NotConverged:
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "XIRR", "Brent's method did not converge within its iteration limit on the bracket found."));
                break;
            default:
                if (changes > 1)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, "XIRR", $"The amounts change sign {changes} times in date order, so XNPV may be zero at several rates; the one reported is the first bracketed outward from the guess {guess.ToString(CultureInfo.InvariantCulture)}."));
                }

                break;
        }

        return new XirrResult
        {
            Rate = rate,
            Status = status,
            Guess = guess,
            Evaluations = evaluations,
            SignChanges = changes,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>Modified internal rate of return (MIRR): outflows financed at one rate, inflows reinvested at another.</summary>
    /// <param name="flows">The amounts of periods 0 … n − 1; at least one negative and one positive.</param>
    /// <param name="financeRate">The rate paid on the money used (outflows are discounted to time 0 at it); above −1.</param>
    /// <param name="reinvestRate">The rate received on reinvested inflows (compounded to time n − 1 at it); above −1.</param>
    /// <returns>The MIRR per period.</returns>
    /// <remarks>
    /// <c>MIRR = (FV_{reinvest}(positive) / −PV_{finance}(negative))^(1/(n − 1)) − 1</c> with
    /// <c>PV = Σ_{c_t&lt;0} c_t (1 + f)^(−t)</c> and <c>FV = Σ_{c_t&gt;0} c_t (1 + r)^(n−1−t)</c>.
    /// Source: Microsoft Support, "MIRR function"; Brealey, Myers and Allen, ch. 5.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="flows"/> has no negative or no positive amount.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is not finite or is at or below −1; or (<c>ParamName</c> "flows") the MIRR of these finite amounts and rates overflows the double range.</exception>
    [Pure]
    public static double ModifiedInternalRateOfReturn(CashFlowSeries flows, double financeRate, double reinvestRate)
    {
        Guard.Against.Null(flows);
        FinanceGuards.SignChange(flows.Span, nameof(flows), "MIRR");
        FinanceGuards.Rate(financeRate, nameof(financeRate));
        FinanceGuards.Rate(reinvestRate, nameof(reinvestRate));
        ReadOnlySpan<double> c = flows.Span;
        int n = c.Length;
        double pvNegative = 0;
        double fvPositive = 0;
        for (int t = 0; t < n; t++)
        {
            if (c[t] < 0)
            {
                pvNegative += c[t] / Math.Pow(1 + financeRate, t);
            }
            else if (c[t] > 0)
            {
                fvPositive += c[t] * Math.Pow(1 + reinvestRate, n - 1 - t);
            }
        }

        return FinanceGuards.FiniteResult(Math.Pow(fvPositive / -pvNegative, 1.0 / (n - 1)) - 1, nameof(flows), "MIRR");
    }

    /// <summary>Simple payback period, linearly interpolated within the period where the cumulative flow reaches zero.</summary>
    /// <param name="flows">The amounts; the first is at time zero (normally the negative investment).</param>
    /// <returns>The payback in periods (null, with a diagnostic, when never reached or nothing to recover).</returns>
    /// <remarks>See <see cref="PaybackResult"/> for the rule.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(<c>ParamName</c> "flows") the cumulative flow of these finite amounts overflows the double range.</exception>
    [Pure]
    public static PaybackResult PaybackPeriod(CashFlowSeries flows)
    {
        Guard.Against.Null(flows);
        return Payback(flows.Span, null);
    }

    /// <summary>
    /// Discounted payback period: the payback of <c>c_t / (1 + r)^t</c> (first amount at time zero, undiscounted),
    /// linearly interpolated within the crossing period.
    /// </summary>
    /// <param name="flows">The amounts; the first is at time zero.</param>
    /// <param name="rate">The discount rate per period; finite and above −1.</param>
    /// <returns>The discounted payback in periods (null, with a diagnostic, when never reached or nothing to recover).</returns>
    /// <remarks>See <see cref="PaybackResult"/> for the rule.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite or is at or below −1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(<c>ParamName</c> "flows") the cumulative discounted flow overflows the double range.</exception>
    [Pure]
    public static PaybackResult DiscountedPaybackPeriod(CashFlowSeries flows, double rate)
    {
        Guard.Against.Null(flows);
        FinanceGuards.Rate(rate, nameof(rate));
        return Payback(flows.Span, rate);
    }

    /// <summary>Return on investment from totals: <c>ROI = (benefits − costs) / costs</c>.</summary>
    /// <param name="benefits">Total benefits; finite, zero or positive.</param>
    /// <param name="costs">Total costs; finite, zero or positive.</param>
    /// <returns>The ROI as a fraction (0.25 = 25 %); null with a diagnostic when costs are zero or the ratio overflows the double range.</returns>
    /// <remarks>Undiscounted, as conventionally defined (PMI, <i>Standard for Portfolio Management</i>; Phillips ROI Methodology).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative.</exception>
    [Pure]
    public static FinancialRatio ReturnOnInvestment(double benefits, double costs)
    {
        Guard.Against.NotFiniteNonNegative(benefits);
        Guard.Against.NotFiniteNonNegative(costs);
        return Ratio(benefits - costs, costs, "ROI", "Total costs are zero: ROI = (benefits - costs) / costs is undefined.");
    }

    /// <summary>
    /// Return on investment of a cash-flow series, undiscounted: benefits are the sum of the positive amounts, costs
    /// the sum of the magnitudes of the negative ones; <c>ROI = (benefits − costs) / costs</c>.
    /// </summary>
    /// <param name="flows">The amounts.</param>
    /// <returns>The ROI; null with a diagnostic when there are no costs or the ratio overflows the double range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(<c>ParamName</c> "flows") the benefits, the costs or their difference overflow the double range.</exception>
    [Pure]
    public static FinancialRatio ReturnOnInvestment(CashFlowSeries flows)
    {
        Guard.Against.Null(flows);
        double benefits = 0;
        double costs = 0;
        foreach (double c in flows.Span)
        {
            if (c > 0)
            {
                benefits += c;
            }
            else
            {
                costs -= c;
            }
        }

        FinanceGuards.FiniteResult(benefits, nameof(flows), "The sum of the positive amounts");
        FinanceGuards.FiniteResult(costs, nameof(flows), "The sum of the negative amounts");
        return Ratio(FinanceGuards.FiniteResult(benefits - costs, nameof(flows), "Benefits - costs"), costs, "ROI", "The series has no negative amounts (no costs): ROI = (benefits - costs) / costs is undefined.");
    }

    /// <summary>Benefit-cost ratio: <c>BCR = PV(benefits) / PV(costs)</c>, both streams discounted at one rate and convention.</summary>
    /// <param name="benefits">The benefit of each period; finite, zero or positive.</param>
    /// <param name="costs">The cost of each period, as positive numbers; finite, zero or positive.</param>
    /// <param name="rate">The discount rate per period; finite and above −1.</param>
    /// <param name="convention">When the first amount of each stream falls.</param>
    /// <returns>The BCR; null with a diagnostic when PV(costs) is zero or the ratio overflows the double range.</returns>
    /// <remarks>Source: Boardman et al., <i>Cost-Benefit Analysis: Concepts and Practice</i>; HM Treasury, <i>The Green Book</i> (2022), BCR = PV benefits / PV costs.</remarks>
    /// <exception cref="ArgumentNullException">A series is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, <paramref name="rate"/> is not finite or at or below −1, or <paramref name="convention"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(<c>ParamName</c> "benefits" or "costs") a present value overflows the double range.</exception>
    [Pure]
    public static FinancialRatio BenefitCostRatio(CashFlowSeries benefits, CashFlowSeries costs, double rate, DiscountConvention convention)
    {
        Guard.Against.Null(benefits);
        Guard.Against.Null(costs);
        FinanceGuards.FiniteNonNegative(benefits.Span, nameof(benefits));
        FinanceGuards.FiniteNonNegative(costs.Span, nameof(costs));
        FinanceGuards.Rate(rate, nameof(rate));
        int k = Offset(convention);
        double pvBenefits = FinanceGuards.FiniteResult(PresentValue(benefits.Span, rate, k), nameof(benefits), "The present value");
        double pvCosts = FinanceGuards.FiniteResult(PresentValue(costs.Span, rate, k), nameof(costs), "The present value");
        return Ratio(pvBenefits, pvCosts, "BCR", "The present value of the costs is zero: BCR = PV(benefits) / PV(costs) is undefined.");
    }

    /// <summary>
    /// Profitability index: <c>PI = PV(future flows) / |initial investment|</c> where the first amount is the time-zero
    /// investment and amount <c>t</c> is discounted <c>t</c> periods; equivalently <c>1 + NPV / |c_0|</c>.
    /// </summary>
    /// <param name="flows">The amounts; the first is the investment at time zero.</param>
    /// <param name="rate">The discount rate per period; finite and above −1.</param>
    /// <returns>The PI; null with a diagnostic when the first amount is not negative or the ratio overflows the double range.</returns>
    /// <remarks>Source: Brealey, Myers and Allen, ch. 5 ("profitability index").</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite or is at or below −1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">(<c>ParamName</c> "flows") the present value of the future amounts overflows the double range.</exception>
    [Pure]
    public static FinancialRatio ProfitabilityIndex(CashFlowSeries flows, double rate)
    {
        Guard.Against.Null(flows);
        FinanceGuards.Rate(rate, nameof(rate));
        ReadOnlySpan<double> c = flows.Span;
        double future = FinanceGuards.FiniteResult(PresentValue(c[1..], rate, 1), nameof(flows), "The present value of the future amounts");
        if (c[0] >= 0)
        {
            return new FinancialRatio
            {
                Numerator = future,
                Denominator = -c[0],
                Diagnostics = [new Diagnostic(DiagnosticKind.Undefined, "PI", $"The first amount (the time-zero investment) is {c[0].ToString(CultureInfo.InvariantCulture)}, not negative: PI = PV(future flows) / |initial investment| is undefined.")],
            };
        }

        return Ratio(future, -c[0], "PI", "unreachable");
    }

    private static int Offset(DiscountConvention convention) => convention switch
    {
        DiscountConvention.FirstFlowAtPeriodOne => 1,
        DiscountConvention.FirstFlowAtTimeZero => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(convention), convention, $"{nameof(convention)} must be a defined {nameof(DiscountConvention)} (got {(int)convention})."),
    };

    private static double PresentValue(ReadOnlySpan<double> c, double rate, int offset)
    {
        double onePlus = 1 + rate;
        double sum = 0;
        for (int i = 0; i < c.Length; i++)
        {
            sum += c[i] / Math.Pow(onePlus, i + offset);
        }

        return sum;
    }

    private static FinancialRatio Ratio(double numerator, double denominator, string metric, string why)
    {
        if (denominator == 0)
        {
            return new FinancialRatio { Numerator = numerator, Denominator = denominator, Diagnostics = [new Diagnostic(DiagnosticKind.Undefined, metric, why)] };
        }

        double value = numerator / denominator;
        return double.IsFinite(value)
            ? new FinancialRatio { Numerator = numerator, Denominator = denominator, Value = value }
            : new FinancialRatio
            {
                Numerator = numerator,
                Denominator = denominator,
                Diagnostics = [new Diagnostic(DiagnosticKind.Undefined, metric, $"{numerator.ToString("R", CultureInfo.InvariantCulture)} / {denominator.ToString("R", CultureInfo.InvariantCulture)} overflows the double range: {metric} is undefined.")],
            };
    }

    private static void AddRoot(ImmutableArray<IrrRoot>.Builder roots, double s, int multiplicity, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        double rate = double.ExpM1(s);

        if (!(rate > -1) || !double.IsFinite(rate))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "IRR", $"A zero of the NPV polynomial at x = 1/(1 + r) = {Math.Exp(-s).ToString("R", CultureInfo.InvariantCulture)} maps to a rate not representable above -1 and is omitted."));
            return;
        }

        roots.Add(new IrrRoot(rate, multiplicity));
    }

    private static int DatedSignChanges(double[] amounts, double[] times)
    {
        // Net same-day amounts in date order, then count sign changes.
        int[] order = new int[amounts.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(times.ToArray(), order);
        var netted = new List<double>(amounts.Length);
        double current = 0;
        double currentTime = double.NaN;
        foreach (int i in order)
        {
            if (times[i] != currentTime && !double.IsNaN(currentTime))
            {
                netted.Add(current);
                current = 0;
            }

            currentTime = times[i];
            current += amounts[i];
        }

        netted.Add(current);
        return FinanceGuards.SignChanges(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(netted));
    }

    private static PaybackResult Payback(ReadOnlySpan<double> c, double? rate)
    {
        var cumulative = new double[c.Length];
        double sum = 0;
        for (int t = 0; t < c.Length; t++)
        {
            sum += rate is { } r ? c[t] / Math.Pow(1 + r, t) : c[t];
            cumulative[t] = FinanceGuards.FiniteResult(sum, "flows", "The cumulative flow");
        }

        string metric = rate is null ? "Payback" : "DiscountedPayback";
        bool wasNegative = false;
        int? crossing = null;
        for (int t = 0; t < cumulative.Length; t++)
        {
            if (cumulative[t] < 0)
            {
                wasNegative = true;
            }
            else if (wasNegative)
            {
                crossing = t;
                break;
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        double? periods = null;
        if (!wasNegative)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, "The cumulative flow is never negative: there is no investment to pay back."));
        }
        else if (crossing is not { } k)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, $"The cumulative flow is still negative ({cumulative[^1].ToString("R", CultureInfo.InvariantCulture)}) at the last period: the investment is never paid back within the series."));
        }
        else
        {
            periods = (k - 1) + (-cumulative[k - 1] / (cumulative[k] - cumulative[k - 1]));
            for (int t = k + 1; t < cumulative.Length; t++)
            {
                if (cumulative[t] < 0)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, metric, $"The cumulative flow turns negative again at period {t} after paying back in period {k}; the first payback is reported."));
                    break;
                }
            }
        }

        return new PaybackResult
        {
            Periods = periods,
            CrossingPeriod = periods is null ? null : crossing,
            CumulativeFlows = ImmutableArray.Create(cumulative),
            DiscountRate = rate,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }
}
