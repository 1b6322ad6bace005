namespace Pmo.Core.Finance;

/// <summary>When the first amount of a periodic <see cref="CashFlowSeries"/> falls, for net present value.</summary>
/// <remarks>
/// The two conventions differ by one period of discounting: NPV(time zero) = (1 + r) · NPV(period one).
/// Spreadsheets (Excel, LibreOffice, Google Sheets <c>NPV</c>) and <c>Microsoft.VisualBasic.Financial.NPV</c> use
/// <see cref="FirstFlowAtPeriodOne"/>: "The NPV investment begins one period before the date of the value1 cash
/// flow" (Microsoft Support, NPV function). Textbooks (Brealey, Myers and Allen, <i>Principles of Corporate
/// Finance</i>, ch. 2) write <c>NPV = C0 + Σ Ct / (1 + r)^t</c>, which is <see cref="FirstFlowAtTimeZero"/>.
/// </remarks>
public enum DiscountConvention
{
    /// <summary>
    /// The spreadsheet convention: amount <c>i</c> (0-based) is discounted <c>i + 1</c> periods,
    /// <c>NPV = Σ c_i / (1 + r)^(i + 1)</c>. This is Excel's <c>NPV(rate, values)</c>.
    /// </summary>
    FirstFlowAtPeriodOne = 0,

    /// <summary>
    /// The textbook convention: the first amount is at time zero and not discounted,
    /// <c>NPV = Σ c_i / (1 + r)^i</c>. Equal to Excel's <c>NPV(rate, values[1..]) + values[0]</c>.
    /// </summary>
    FirstFlowAtTimeZero = 1,
}
