using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>
/// The earned-schedule kernel: the time at which the earned value EV should have been earned according to the
/// cumulative planned-value curve.
/// </summary>
/// <remarks>
/// <para>
/// <c>ES = C + I</c>, where <c>C</c> is the number of whole periods for which <c>EV ≥ PV(C)</c> and
/// <c>I = (EV − PV(C)) / (PV(C + 1) − PV(C))</c> is the linear interpolation into the next period
/// (Lipke, W., "Schedule is Different", <i>The Measurable News</i>, March/Summer 2003, pp. 31–34;
/// PMI, <i>Practice Standard for Earned Value Management</i>, 2nd ed., 2011, appendix D).
/// </para>
/// <para>
/// <b>Flat segments.</b> When the PV curve is flat at the level of EV (several period ends with
/// <c>PV(C) = EV</c>), <c>C</c> is the <i>latest</i> such period, which is what "the number of periods for which
/// EV ≥ PV" literally counts. Consequently <c>EV ≥ BAC</c> gives <c>ES = PD</c>: earned schedule never exceeds the
/// planned duration, and a finished project has <c>ES = PD</c> whenever it finished.
/// </para>
/// </remarks>
public static class EarnedSchedule
{
    /// <summary>Computes ES in periods for one EV on a cumulative PV curve with a leading zero.</summary>
    /// <param name="cumulativeCurve">
    /// <c>[0, PV(1), …, PV(n)]</c>: cumulative PV with a leading zero, finite and non-decreasing (as
    /// <see cref="TimePhasedBaseline.CumulativeCurve"/>). Not re-validated on this hot path beyond its length.
    /// </param>
    /// <param name="earnedValue">Cumulative EV, finite, zero or positive.</param>
    /// <returns>ES in periods, in <c>[0, n]</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="cumulativeCurve"/> has fewer than two points.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="earnedValue"/> is NaN, infinite or negative.</exception>
    [Pure]
    public static double Compute(ReadOnlySpan<double> cumulativeCurve, double earnedValue)
    {
        if (cumulativeCurve.Length < 2)
        {
            throw new ArgumentException($"{nameof(cumulativeCurve)} must hold a leading zero and at least one period (length ≥ 2, got {cumulativeCurve.Length}).", nameof(cumulativeCurve));
        }

        Guard.Against.NotFiniteNonNegative(earnedValue);
        return Kernel(cumulativeCurve, earnedValue);
    }

    /// <summary>Computes ES in periods for one EV on a baseline.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <param name="earnedValue">Cumulative EV, finite, zero or positive.</param>
    /// <returns>ES in periods, in <c>[0, PD]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="earnedValue"/> is NaN, infinite or negative.</exception>
    [Pure]
    public static double Compute(TimePhasedBaseline baseline, double earnedValue)
    {
        Guard.Against.Null(baseline);
        return Compute(baseline.CumulativeCurve, earnedValue);
    }

    /// <summary>
    /// Computes ES for many EVs on one cumulative PV curve (binary search per point, no allocation).
    /// </summary>
    /// <param name="cumulativeCurve"><c>[0, PV(1), …, PV(n)]</c>, finite and non-decreasing.</param>
    /// <param name="earnedValues">Cumulative EVs; a NaN, infinite or negative EV gives NaN (documented batch convention).</param>
    /// <param name="destination">Receives ES in periods; at least as long as <paramref name="earnedValues"/>.</param>
    /// <exception cref="ArgumentException">The curve is too short, or <paramref name="destination"/> is too short.</exception>
    public static void ComputeBatch(ReadOnlySpan<double> cumulativeCurve, ReadOnlySpan<double> earnedValues, Span<double> destination)
    {
        if (cumulativeCurve.Length < 2)
        {
            throw new ArgumentException($"{nameof(cumulativeCurve)} must hold a leading zero and at least one period (length ≥ 2, got {cumulativeCurve.Length}).", nameof(cumulativeCurve));
        }

        if (destination.Length < earnedValues.Length)
        {
            throw new ArgumentException($"{nameof(destination)} has length {destination.Length}, shorter than {nameof(earnedValues)} ({earnedValues.Length}).", nameof(destination));
        }

        for (int i = 0; i < earnedValues.Length; i++)
        {
            double ev = earnedValues[i];
            destination[i] = ev >= 0 && double.IsFinite(ev) ? Kernel(cumulativeCurve, ev) : double.NaN;
        }
    }

    /// <summary>
    /// Computes ES for many status points, each on its own curve stored row-wise in one flat buffer.
    /// </summary>
    /// <param name="curves">Row-major curves, each of length <paramref name="curveLength"/> with a leading zero.</param>
    /// <param name="curveLength">Points per curve (periods + 1), at least 2.</param>
    /// <param name="curveIndex">For each status point, the row of <paramref name="curves"/> it uses.</param>
    /// <param name="earnedValues">Cumulative EV per status point; NaN, infinite or negative gives NaN.</param>
    /// <param name="destination">Receives ES in periods.</param>
    /// <exception cref="ArgumentException">The buffers' lengths are inconsistent.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A curve index is outside the buffer.</exception>
    public static void ComputeBatch(ReadOnlySpan<double> curves, int curveLength, ReadOnlySpan<int> curveIndex, ReadOnlySpan<double> earnedValues, Span<double> destination)
    {
        if (curveLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(curveLength), curveLength, $"{nameof(curveLength)} must be at least 2 (a leading zero and one period).");
        }

        if (curves.Length % curveLength != 0)
        {
            throw new ArgumentException($"{nameof(curves)} length {curves.Length} is not a multiple of {nameof(curveLength)} {curveLength}.", nameof(curves));
        }

        if (curveIndex.Length != earnedValues.Length)
        {
            throw new ArgumentException($"{nameof(curveIndex)} has length {curveIndex.Length} but {nameof(earnedValues)} has {earnedValues.Length}; they must match.", nameof(curveIndex));
        }

        if (destination.Length < earnedValues.Length)
        {
            throw new ArgumentException($"{nameof(destination)} has length {destination.Length}, shorter than {nameof(earnedValues)} ({earnedValues.Length}).", nameof(destination));
        }

        int rows = curves.Length / curveLength;
        for (int i = 0; i < earnedValues.Length; i++)
        {
            int row = curveIndex[i];
            if (row < 0 || row >= rows)
            {
                throw new ArgumentOutOfRangeException(nameof(curveIndex), row, $"{nameof(curveIndex)}[{i}] = {row} is outside [0, {rows}).");
            }

            double ev = earnedValues[i];
            destination[i] = ev >= 0 && double.IsFinite(ev)
                ? Kernel(curves.Slice(row * curveLength, curveLength), ev)
                : double.NaN;
        }
    }

    /// <summary>Index C of the whole periods counted by ES: the largest index with PV(C) ≤ EV.</summary>
    internal static int CompletedPeriods(ReadOnlySpan<double> cum, double ev)
    {
        // Largest index c with cum[c] <= ev (cum[0] = 0 <= ev always). Branch-free binary search: the comparison
        // becomes a conditional move, so random EVs cause no branch mispredictions (≈ 20 % faster than the branchy
        // search in the earned-schedule benchmark). Invariant: cum[lo] <= ev, the answer lies in [lo, lo + len).
        int lo = 0;
        int len = cum.Length;
        while (len > 1)
        {
            int half = len >>> 1;
            int probe = lo + half;
            lo = cum[probe] <= ev ? probe : lo;
            len -= half;
        }

        return lo;
    }

    internal static double Kernel(ReadOnlySpan<double> cum, double ev)
    {
        int n = cum.Length - 1;
        int c = CompletedPeriods(cum, ev);
        if (c == n)
        {
            return n;
        }

        return c + ((ev - cum[c]) / (cum[c + 1] - cum[c]));
    }

    /// <summary>Naive linear-scan reference used by tests and as the benchmark baseline.</summary>
    internal static double NaiveKernel(double[] cum, double ev)
    {
        int n = cum.Length - 1;
        int c = 0;
        for (int i = 1; i <= n; i++)
        {
            if (cum[i] <= ev)
            {
                c = i;
            }
        }

        return c == n ? n : c + ((ev - cum[c]) / (cum[c + 1] - cum[c]));
    }
}
