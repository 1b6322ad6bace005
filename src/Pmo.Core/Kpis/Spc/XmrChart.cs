using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Spc;

/// <summary>
/// Computes XmR (individuals and moving range) charts, also called process behaviour charts. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Wheeler, D. J. and Chambers, D. S., <i>Understanding Statistical Process Control</i>, 2nd ed., SPC Press, 1992:
/// moving ranges mRᵢ = |xᵢ − xᵢ₋₁|; natural process limits X̄ ± 2.66·mR̄; upper range limit URL = 3.268·mR̄; the median
/// variant X̃ ± 3.145·median mR, URL = 3.865·median mR. 2.66 = 3/d2 with d2 = 1.128 for n = 2. The centre, the
/// moving-range statistic and the constants are explicit options (<see cref="XmrOptions"/>).
/// </para>
/// <para>
/// Phases (re-basing) split the series at <see cref="XmrOptions.PhaseStarts"/>; each phase computes its centre and
/// limits from its first <see cref="XmrOptions.BaselineLength"/> values (all values when null) and the moving range
/// across a phase boundary is not used.
/// </para>
/// <para>
/// Edge cases: an empty series is an error; a phase whose baseline has one value has a centre but undefined (null)
/// dispersion, σ̂ and limits, with an <see cref="DiagnosticKind.Undefined"/> diagnostic; constant data gives a dispersion
/// of 0, limits equal to the centre and σ̂ = 0, with a <see cref="DiagnosticKind.Warning"/> (rule 1 then flags every
/// later value that differs from the centre; zone rules are skipped by <see cref="SpcRules"/>).
/// </para>
/// </remarks>
public static class XmrChart
{
    /// <summary>Computes an XmR chart.</summary>
    /// <param name="values">The individual values in time order; at least one, all finite.</param>
    /// <param name="options">Options; default <see cref="XmrOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A value is NaN or infinite, or the values are so large (near <see cref="double.MaxValue"/>) that a moving range, a
    /// centre line, the dispersion or a limit overflows the double range (<paramref name="values"/>); or a phase start is
    /// not less than the number of values (<paramref name="options"/>).
    /// </exception>
    [Pure]
    public static XmrChartResult Compute(ReadOnlySpan<double> values, XmrOptions? options = null)
    {
        Guard.Against.EmptySpan(values);
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), values[i], $"{nameof(values)}[{i}] must be a finite number (got {values[i]}).");
            }
        }

        options ??= XmrOptions.Default;
        ImmutableArray<int> starts = options.PhaseStarts;
        if (!starts.IsEmpty && starts[^1] >= values.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(options), starts[^1], $"{nameof(options)}.{nameof(XmrOptions.PhaseStarts)} contains {starts[^1]}, which is not less than the number of values ({values.Length}).");
        }

        double[] copy = values.ToArray();
        double[] ranges = new double[values.Length];
        var phases = ImmutableArray.CreateBuilder<XmrPhase>(starts.Length + 1);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        double limitFactor = XmrConstants.LimitFactor(options.Constant, options.Dispersion);
        double rangeFactor = XmrConstants.RangeFactor(options.Constant, options.Dispersion);

        for (int p = 0; p <= starts.Length; p++)
        {
            int start = p == 0 ? 0 : starts[p - 1];
            int end = p == starts.Length ? values.Length : starts[p];
            ranges[start] = double.NaN;
            for (int i = start + 1; i < end; i++)
            {
                ranges[i] = Math.Abs(copy[i] - copy[i - 1]);
                if (double.IsInfinity(ranges[i]))
                {
                    throw new ArgumentOutOfRangeException(nameof(values), copy[i], $"{nameof(values)}[{i - 1}] = {copy[i - 1].ToString("R", CultureInfo.InvariantCulture)} and [{i}] = {copy[i].ToString("R", CultureInfo.InvariantCulture)} are so far apart that their moving range overflows the double range; rescale the values.");
                }
            }

            XmrPhase phase = ComputePhase(p, copy.AsSpan(start, end - start), ranges.AsSpan(start, end - start), start, options, limitFactor, rangeFactor, diagnostics);
            if (!double.IsFinite(phase.Centre) || (phase.Dispersion is { } d && !double.IsFinite(d)) || (phase.UpperLimit is { } u && !double.IsFinite(u))
                || (phase.LowerLimit is { } l && !double.IsFinite(l)) || (phase.UpperRangeLimit is { } url && !double.IsFinite(url)))
            {
                throw new ArgumentOutOfRangeException(nameof(values), phase.Centre, string.Create(CultureInfo.InvariantCulture, $"{nameof(values)} of the phase starting at index {start} are so large that its centre line ({phase.Centre:R}), dispersion ({phase.Dispersion:R}) or limits ({phase.LowerLimit:R}, {phase.UpperLimit:R}; range limit {phase.UpperRangeLimit:R}) overflow the double range; rescale the values."));
            }

            phases.Add(phase);
        }

        return new XmrChartResult
        {
            Values = ImmutableCollectionsMarshal.AsImmutableArray(copy),
            MovingRanges = ImmutableCollectionsMarshal.AsImmutableArray(ranges),
            Phases = phases.MoveToImmutable(),
            Options = options,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static XmrPhase ComputePhase(int number, ReadOnlySpan<double> x, ReadOnlySpan<double> mr, int start, XmrOptions options, double limitFactor, double rangeFactor, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        int baseline = Math.Min(options.BaselineLength ?? x.Length, x.Length);
        ReadOnlySpan<double> bx = x[..baseline];
        double centre = options.CentreLine == CentreLine.Mean ? Mean(bx) : Median(bx);
        string metric = string.Create(CultureInfo.InvariantCulture, $"XmR phase {number}");
        if (baseline < 2)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, string.Create(CultureInfo.InvariantCulture, $"The phase starting at index {start} has a baseline of one value: no moving range exists, so the dispersion, sigma and the process limits are undefined.")));
            return new XmrPhase { Number = number, StartIndex = start, Length = x.Length, BaselineLength = baseline, Centre = centre };
        }

        ReadOnlySpan<double> bmr = mr[1..baseline];
        double dispersion;
        int used = bmr.Length;
        if (options.Dispersion == DispersionStatistic.MedianMovingRange)
        {
            dispersion = Median(bmr);
        }
        else
        {
            dispersion = Mean(bmr);
            if (options.Screening == MovingRangeScreening.ExcludeAboveUpperRangeLimit)
            {
                double url = rangeFactor * dispersion;
                double sum = 0;
                used = 0;
                foreach (double r in bmr)
                {
                    if (r <= url)
                    {
                        sum += r;
                        used++;
                    }
                }

                if (used < bmr.Length)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Information, metric, string.Create(CultureInfo.InvariantCulture, $"{bmr.Length - used} moving range(s) above the upper range limit {url:R} were excluded from the average moving range.")));
                }

                dispersion = sum / used;
            }
        }

        if (dispersion == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, metric, string.Create(CultureInfo.InvariantCulture, $"The baseline of the phase starting at index {start} has a moving-range statistic of 0 (constant data): the limits collapse onto the centre line and sigma is 0, so zone rules cannot be evaluated.")));
        }

        double half = limitFactor * dispersion;
        double lower = centre - half;
        double upper = centre + half;
        double rangeLimit = rangeFactor * dispersion;
        bool floored = options.FloorLowerLimitAtZero && lower < 0;
        return new XmrPhase
        {
            Number = number,
            StartIndex = start,
            Length = x.Length,
            BaselineLength = baseline,
            Centre = centre,
            Dispersion = dispersion,
            MovingRangesUsed = used,
            Sigma = half / 3,
            UpperLimit = upper,
            LowerLimit = floored ? 0 : lower,
            IsLowerLimitFloored = floored,
            UpperRangeLimit = rangeLimit,
        };
    }

    internal static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double v in x)
        {
            sum += v;
        }

        return sum / x.Length;
    }

    internal static double Median(ReadOnlySpan<double> x)
    {
        double[] sorted = x.ToArray();
        Array.Sort(sorted);
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
