using System.Collections.Immutable;
using Pmo.Cli.Input;
using Pmo.Core.Finance;

namespace Pmo.Cli.Analysis;

/// <summary>A project's benefits metrics, all from <see cref="CashFlowMetrics"/>. Undefined metrics are null.</summary>
internal sealed record BenefitsResult(
    string ProjectId,
    LoadedBenefits Input,
    double? NetPresentValue,
    IrrResult? Irr,
    double? Mirr,
    PaybackResult? Payback,
    PaybackResult? DiscountedPayback,
    FinancialRatio? ReturnOnInvestment,
    FinancialRatio? BenefitCostRatio,
    FinancialRatio? ProfitabilityIndex,
    double? DatedNetPresentValue,
    XirrResult? Xirr,
    ImmutableArray<string> Notes)
{
    /// <summary>Gets the headline NPV: the periodic NPV, or the XNPV when only dated flows are given.</summary>
    public double? HeadlineNpv => NetPresentValue ?? DatedNetPresentValue;

    /// <summary>Gets the headline IRR: the root nearest the guess (periodic), or the XIRR.</summary>
    public double? HeadlineIrr => Irr is not null ? Irr.Rate : Xirr?.Rate;

    /// <summary>Analyses a benefits case.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="b">The input.</param>
    /// <returns>The result.</returns>
    public static BenefitsResult Analyze(string projectId, LoadedBenefits b)
    {
        var notes = new List<string>();
        double? npv = null;
        IrrResult? irr = null;
        double? mirr = null;
        PaybackResult? payback = null;
        PaybackResult? discounted = null;
        FinancialRatio? roi = null;
        FinancialRatio? bcr = null;
        FinancialRatio? pi = null;
        if (b.CashFlows is { } flows)
        {
            npv = CashFlowMetrics.NetPresentValue(flows, b.DiscountRate, b.Convention);
            bool signChange = flows.Amounts.Any(a => a < 0) && flows.Amounts.Any(a => a > 0);
            if (signChange)
            {
                irr = CashFlowMetrics.InternalRateOfReturn(flows);
                if (flows.Count >= 2)
                {
                    mirr = CashFlowMetrics.ModifiedInternalRateOfReturn(flows, b.FinanceRate, b.ReinvestRate);
                }
            }
            else
            {
                notes.Add($"{projectId}: the cash flows never change sign, so IRR and MIRR are undefined.");
            }

            payback = CashFlowMetrics.PaybackPeriod(flows);
            discounted = CashFlowMetrics.DiscountedPaybackPeriod(flows, b.DiscountRate);
            roi = CashFlowMetrics.ReturnOnInvestment(flows);
            var benefits = new CashFlowSeries(flows.Amounts.Select(a => Math.Max(a, 0)));
            var costs = new CashFlowSeries(flows.Amounts.Select(a => Math.Max(-a, 0)));
            bcr = CashFlowMetrics.BenefitCostRatio(benefits, costs, b.DiscountRate, b.Convention);
            pi = CashFlowMetrics.ProfitabilityIndex(flows, b.DiscountRate);
            if (irr is { Roots.Length: > 1 })
            {
                notes.Add($"{projectId}: the cash flows have {irr.Roots.Length} internal rates of return ({string.Join(", ", irr.Roots.Select(r => Reports.Fmt.Percent(r.Rate)))}); the IRR rule is ambiguous, judge by NPV or MIRR.");
            }
        }

        double? xnpv = null;
        XirrResult? xirr = null;
        if (b.DatedCashFlows is { } dated)
        {
            xnpv = CashFlowMetrics.NetPresentValue(dated, b.DiscountRate);
            if (dated.Flows.Any(f => f.Amount < 0) && dated.Flows.Any(f => f.Amount > 0))
            {
                xirr = CashFlowMetrics.InternalRateOfReturn(dated);
            }
            else
            {
                notes.Add($"{projectId}: the dated cash flows never change sign, so XIRR is undefined.");
            }
        }

        return new BenefitsResult(projectId, b, npv, irr, mirr, payback, discounted, roi, bcr, pi, xnpv, xirr, [.. notes]);
    }
}
