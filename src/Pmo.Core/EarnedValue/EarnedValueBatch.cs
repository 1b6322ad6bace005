using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The core earned-value metrics of many projects at once, in structure-of-arrays form: SIMD-vectorized
/// (<see cref="Vector{T}"/>), allocation-free, and thread-safe (it only reads its inputs and writes the caller's
/// columns).
/// </summary>
/// <remarks>
/// <para>
/// For each project <c>i</c>, from cumulative planned value PV, earned value EV, actual cost AC and budget at
/// completion BAC (PMI, <i>Practice Standard for Earned Value Management</i>, 2nd ed., 2011, ch. 4–5 and appendix A):
/// </para>
/// <list type="table">
/// <listheader><term>Metric</term><description>Formula; undefined (NaN) when</description></listheader>
/// <item><term>CV</term><description><c>EV − AC</c>.</description></item>
/// <item><term>SV</term><description><c>EV − PV</c>.</description></item>
/// <item><term>CPI</term><description><c>EV / AC</c>; NaN when <c>AC = 0</c> or the quotient overflows.</description></item>
/// <item><term>SPI</term><description><c>EV / PV</c>; NaN when <c>PV = 0</c> or the quotient overflows.</description></item>
/// <item><term>EAC</term><description><c>AC + (BAC − EV) / CPI</c> (equal to <c>BAC / CPI</c> in exact arithmetic); NaN
/// when CPI is NaN, 0 or infinite (nothing earned yet means the remaining work would never be finished).</description></item>
/// <item><term>ETC</term><description><c>EAC − AC</c>; NaN when EAC is NaN.</description></item>
/// <item><term>VAC</term><description><c>BAC − EAC</c>; NaN when EAC is NaN.</description></item>
/// <item><term>TCPI (to BAC)</term><description><c>(BAC − EV) / (BAC − AC)</c>; NaN when <c>BAC − EV ≤ 0</c> (no work
/// remains) or <c>BAC − AC ≤ 0</c> (no funds remain).</description></item>
/// </list>
/// <para>
/// <b>Same numbers as the scalar analysis.</b> Each value is computed with the same operations in the same order as
/// <see cref="EarnedValueAnalyzer.Analyze"/> (<see cref="EarnedValueAnalysis.CostVariance"/>,
/// <see cref="EarnedValueAnalysis.CostPerformanceIndex"/>, the <see cref="EacMethod.Cpi"/> entry of
/// <see cref="EarnedValueAnalysis.EacForecasts"/>, <see cref="EarnedValueAnalysis.ToCompletePerformanceIndexToBac"/>, …),
/// so the results are bit-identical to it, and NaN appears exactly where the scalar analysis reports
/// <see langword="null"/> (design principle 4: batch span APIs use a documented NaN instead of <see langword="null"/>).
/// </para>
/// <para>
/// <b>No per-element validation.</b> For speed the values are not checked: a NaN input gives NaN outputs (NaN in, NaN
/// out), negative amounts are computed as given, and every CPI, SPI, EAC, ETC, VAC and TCPI that is not finite (an
/// infinite input, or finite inputs whose quotient overflows the double range) is written as NaN. Only the lengths are
/// validated. Use <see cref="EarnedValueAnalyzer"/> when every input must be validated and explained.
/// </para>
/// </remarks>
public static class EarnedValueBatch
{
    /// <summary>
    /// Computes CV, SV, CPI, SPI, EAC (PF = CPI), ETC, VAC and TCPI (to BAC) for each project into
    /// <paramref name="destination"/>.
    /// </summary>
    /// <param name="plannedValue">Cumulative PV (BCWS) per project at its status date.</param>
    /// <param name="earnedValue">Cumulative EV (BCWP) per project; the same length as <paramref name="plannedValue"/>.</param>
    /// <param name="actualCost">Cumulative AC (ACWP) per project; the same length as <paramref name="plannedValue"/>.</param>
    /// <param name="budgetAtCompletion">BAC per project; the same length as <paramref name="plannedValue"/>.</param>
    /// <param name="destination">
    /// The columns to fill, each at least as long as the inputs (only the first N rows are written). A column may be the
    /// same memory as an input (in place); other overlaps give unspecified values.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="earnedValue"/>, <paramref name="actualCost"/> or <paramref name="budgetAtCompletion"/> differs in
    /// length from <paramref name="plannedValue"/>, or <paramref name="destination"/> is shorter than the inputs; the
    /// exception's <see cref="ArgumentException.ParamName"/> names the offending parameter.
    /// </exception>
    public static void Compute(
        ReadOnlySpan<double> plannedValue,
        ReadOnlySpan<double> earnedValue,
        ReadOnlySpan<double> actualCost,
        ReadOnlySpan<double> budgetAtCompletion,
        EarnedValueBatchColumns destination)
    {
        int n = plannedValue.Length;
        SameLength(n, earnedValue.Length, nameof(earnedValue));
        SameLength(n, actualCost.Length, nameof(actualCost));
        SameLength(n, budgetAtCompletion.Length, nameof(budgetAtCompletion));
        if (destination.Length < n)
        {
            throw new ArgumentException($"{nameof(destination)} columns have length {destination.Length}, shorter than the inputs ({n}).", nameof(destination));
        }

        // All lengths are checked above, so the loops below read and write through refs without bounds checks.
        ref double pv = ref MemoryMarshal.GetReference(plannedValue);
        ref double ev = ref MemoryMarshal.GetReference(earnedValue);
        ref double ac = ref MemoryMarshal.GetReference(actualCost);
        ref double bac = ref MemoryMarshal.GetReference(budgetAtCompletion);
        ref double cv = ref MemoryMarshal.GetReference(destination.CostVariance);
        ref double sv = ref MemoryMarshal.GetReference(destination.ScheduleVariance);
        ref double cpi = ref MemoryMarshal.GetReference(destination.CostPerformanceIndex);
        ref double spi = ref MemoryMarshal.GetReference(destination.SchedulePerformanceIndex);
        ref double eac = ref MemoryMarshal.GetReference(destination.EstimateAtCompletion);
        ref double etc = ref MemoryMarshal.GetReference(destination.EstimateToComplete);
        ref double vac = ref MemoryMarshal.GetReference(destination.VarianceAtCompletion);
        ref double tcpi = ref MemoryMarshal.GetReference(destination.ToCompletePerformanceIndex);

        Kernel(ref pv, ref ev, ref ac, ref bac, ref cv, ref sv, ref cpi, ref spi, ref eac, ref etc, ref vac, ref tcpi, (nuint)n);
    }

    private static void Kernel(
        ref double pv, ref double ev, ref double ac, ref double bac,
        ref double cv, ref double sv, ref double cpi, ref double spi, ref double eac, ref double etc, ref double vac, ref double tcpi,
        nuint length)
    {
        // Index arithmetic cannot overflow (0 ≤ i ≤ length ≤ int.MaxValue); unchecked keeps overflow checks out of the loops.
        unchecked
        {
            nuint i = 0;
            if (Vector.IsHardwareAccelerated && length >= (nuint)Vector<double>.Count)
            {
                var zero = Vector<double>.Zero;
                var nan = new Vector<double>(double.NaN);
                var infinity = new Vector<double>(double.PositiveInfinity);
                nuint width = (nuint)Vector<double>.Count;
                nuint last = length - width;
                for (; i <= last; i += width)
                {
                    // Load the whole row block before storing anything, so that in-place use (a column aliasing an input) works.
                    Vector<double> vPv = Vector.LoadUnsafe(ref pv, i);
                    Vector<double> vEv = Vector.LoadUnsafe(ref ev, i);
                    Vector<double> vAc = Vector.LoadUnsafe(ref ac, i);
                    Vector<double> vBac = Vector.LoadUnsafe(ref bac, i);

                    Vector<double> vCpi = Finite(Vector.ConditionalSelect(Vector.Equals(vAc, zero), nan, vEv / vAc), infinity, nan);
                    Vector<double> vSpi = Finite(Vector.ConditionalSelect(Vector.Equals(vPv, zero), nan, vEv / vPv), infinity, nan);
                    Vector<double> remaining = vBac - vEv;

                    // EAC is defined when 0 < |CPI| < ∞ (false for NaN).
                    Vector<double> absCpi = Vector.Abs(vCpi);
                    Vector<long> eacDefined = Vector.GreaterThan(absCpi, zero) & Vector.LessThan(absCpi, infinity);
                    Vector<double> vEac = Finite(Vector.ConditionalSelect(eacDefined, vAc + (remaining / vCpi), nan), infinity, nan);

                    Vector<double> funds = vBac - vAc;
                    Vector<long> tcpiDefined = Vector.GreaterThan(remaining, zero) & Vector.GreaterThan(funds, zero);
                    Vector<double> vTcpi = Finite(Vector.ConditionalSelect(tcpiDefined, remaining / funds, nan), infinity, nan);

                    (vEv - vAc).StoreUnsafe(ref cv, i);
                    (vEv - vPv).StoreUnsafe(ref sv, i);
                    vCpi.StoreUnsafe(ref cpi, i);
                    vSpi.StoreUnsafe(ref spi, i);
                    vEac.StoreUnsafe(ref eac, i);
                    Finite(vEac - vAc, infinity, nan).StoreUnsafe(ref etc, i);
                    Finite(vBac - vEac, infinity, nan).StoreUnsafe(ref vac, i);
                    vTcpi.StoreUnsafe(ref tcpi, i);
                }
            }

            // Scalar tail (and the whole input when SIMD is unavailable or N is below one vector): the same operations.
            for (; i < length; i++)
            {
                double p = Unsafe.Add(ref pv, i);
                double e = Unsafe.Add(ref ev, i);
                double a = Unsafe.Add(ref ac, i);
                double b = Unsafe.Add(ref bac, i);

                double c = a == 0 ? double.NaN : Finite(e / a);
                double s = p == 0 ? double.NaN : Finite(e / p);
                double remaining = b - e;
                double absCpi = Math.Abs(c);
                double estimate = absCpi > 0 && absCpi < double.PositiveInfinity ? Finite(a + (remaining / c)) : double.NaN;
                double funds = b - a;

                Unsafe.Add(ref cv, i) = e - a;
                Unsafe.Add(ref sv, i) = e - p;
                Unsafe.Add(ref cpi, i) = c;
                Unsafe.Add(ref spi, i) = s;
                Unsafe.Add(ref eac, i) = estimate;
                Unsafe.Add(ref etc, i) = Finite(estimate - a);
                Unsafe.Add(ref vac, i) = Finite(b - estimate);
                Unsafe.Add(ref tcpi, i) = remaining > 0 && funds > 0 ? Finite(remaining / funds) : double.NaN;
            }
        }
    }

    // A quotient or difference that leaves the double range is undefined (NaN), as the scalar analysis reports null.
    private static Vector<double> Finite(Vector<double> v, Vector<double> infinity, Vector<double> nan) =>
        Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(v), infinity), v, nan);

    private static double Finite(double v) => Math.Abs(v) < double.PositiveInfinity ? v : double.NaN;

    private static void SameLength(int expected, int actual, string parameterName)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{parameterName} has length {actual}, but plannedValue has length {expected}; all inputs must have the same length.", parameterName);
        }
    }
}
