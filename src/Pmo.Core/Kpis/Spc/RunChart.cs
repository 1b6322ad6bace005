using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using MathNet.Numerics.Distributions;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Spc;

/// <summary>Run-chart analysis with the Anhøj rules. Pure and thread-safe.</summary>
/// <remarks>
/// <para>
/// Anhøj, J. and Olesen, A. V. (2014), <i>PLoS ONE</i> 9(11): e113825; Anhøj, J. (2015), <i>PLoS ONE</i> 10(3):
/// e0121349; critical values tabulated in the qicharts2 vignette, appendix 2. Values on the centre line are not useful:
/// they neither break nor contribute to a run and are skipped when counting crossings. With n useful values:
/// </para>
/// <list type="bullet">
/// <item>unusually long run: the longest run &gt; round(log2(n) + 3) (Schilling 2012);</item>
/// <item>unusually few crossings: crossings &lt; qbinom(0.05, n − 1, 0.5), the lower 5 % quantile of the
/// binomial(n − 1, ½) distribution (Chen 2010), computed from MathNet.Numerics' <c>Binomial.CDF</c>.</item>
/// </list>
/// </remarks>
public static class RunChart
{
    /// <summary>The smallest number of useful observations the Anhøj rules were validated for (10).</summary>
    public const int RecommendedMinimumUsefulObservations = 10;

    /// <summary>Analyses a run chart with the Anhøj rules.</summary>
    /// <param name="values">The values in time order; at least one, all finite.</param>
    /// <param name="direction">Which direction is better, for the interpretation of run signals; default neutral.</param>
    /// <param name="centre">The centre line, finite; null (the default) for the median of the values.</param>
    /// <returns>The runs analysis.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A value or <paramref name="centre"/> is NaN or infinite, or <paramref name="direction"/> is undefined.
    /// </exception>
    [Pure]
    public static AnhojResult Anhoj(ReadOnlySpan<double> values, ImprovementDirection direction = ImprovementDirection.Neutral, double? centre = null)
    {
        Guard.Against.EmptySpan(values);
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), values[i], $"{nameof(values)}[{i}] must be a finite number (got {values[i]}).");
            }
        }

        if (centre is { } cl)
        {
            Guard.Against.NotFinite(cl, nameof(centre));
        }

        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"{nameof(direction)} must be a defined {nameof(ImprovementDirection)} (got {(int)direction}).");
        }

        double c = centre ?? XmrChart.Median(values);
        var signals = new List<SpcSignal>();
        AnhojKernel(values, c, 0, 0, direction, signals, out int useful, out int longest, out int crossings, out int? runLimit, out int? crossingsLimit);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (useful == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "Anhøj", "Every value lies on the centre line: there are no useful observations, so the run and crossing limits are undefined."));
        }
        else if (useful < RecommendedMinimumUsefulObservations)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "Anhøj", string.Create(CultureInfo.InvariantCulture, $"Only {useful} useful observation(s); the Anhøj rules are validated for 10 or more.")));
        }

        return new AnhojResult
        {
            Centre = c,
            Observations = values.Length,
            UsefulObservations = useful,
            LongestRun = longest,
            LongestRunLimit = runLimit,
            Crossings = crossings,
            CrossingsLimit = crossingsLimit,
            Signals = [.. signals],
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>Gets the upper limit for the longest run, round(log2(n) + 3).</summary>
    /// <param name="usefulObservations">n, at least 1.</param>
    /// <returns>The largest run length that is not a signal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usefulObservations"/> is less than 1.</exception>
    [Pure]
    public static int LongestRunLimit(int usefulObservations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(usefulObservations, 1);
        return (int)Math.Round(Math.Log2(usefulObservations) + 3, MidpointRounding.ToEven);
    }

    /// <summary>Gets the lower limit for the number of crossings, qbinom(0.05, n − 1, 0.5).</summary>
    /// <param name="usefulObservations">n, at least 1.</param>
    /// <returns>The smallest x with P(X ≤ x) ≥ 0.05 for X ~ binomial(n − 1, ½); fewer crossings are a signal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usefulObservations"/> is less than 1.</exception>
    [Pure]
    public static int CrossingsLimit(int usefulObservations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(usefulObservations, 1);
        int size = usefulObservations - 1;
        if (size == 0)
        {
            return 0;
        }

        // Start just below the normal approximation and walk to the exact quantile.
        int x = Math.Max(0, (int)Math.Floor((size / 2.0) - (0.8224268 * Math.Sqrt(size))) - 3);
        while (x > 0 && Binomial.CDF(0.5, size, x - 1) >= 0.05)
        {
            x--;
        }

        while (Binomial.CDF(0.5, size, x) < 0.05)
        {
            x++;
        }

        return x;
    }

    internal static void AnhojKernel(ReadOnlySpan<double> x, double c, int offset, int phase, ImprovementDirection direction, List<SpcSignal> output, out int useful, out int longest, out int crossings, out int? runLimit, out int? crossingsLimit)
    {
        useful = 0;
        foreach (double v in x)
        {
            useful += v - c != 0 ? 1 : 0;
        }

        longest = 0;
        crossings = 0;
        runLimit = null;
        crossingsLimit = null;
        if (useful == 0)
        {
            return;
        }

        int limit = LongestRunLimit(useful);
        runLimit = limit;
        crossingsLimit = CrossingsLimit(useful);
        int sign = 0;
        int run = 0;
        int runStart = 0;
        int last = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double d = x[i] - c;
            if (d == 0)
            {
                continue;
            }

            int si = d > 0 ? 1 : -1;
            if (si == sign)
            {
                run++;
            }
            else
            {
                if (sign != 0)
                {
                    crossings++;
                    EmitRun(sign, run, runStart, last);
                }

                sign = si;
                run = 1;
                runStart = i;
            }

            last = i;
            longest = Math.Max(longest, run);
        }

        EmitRun(sign, run, runStart, last);
        if (crossings < crossingsLimit)
        {
            output.Add(new SpcSignal(offset + x.Length - 1, offset, SpcRuleIds.AnhojCrossings, SignalSide.None, SignalInterpretation.Neutral, phase, trusted: true));
        }

        void EmitRun(int runSign, int length, int start, int end)
        {
            if (length > limit)
            {
                SignalSide side = runSign > 0 ? SignalSide.Above : SignalSide.Below;
                output.Add(new SpcSignal(offset + end, offset + start, SpcRuleIds.AnhojRun, side, SpcRules.InterpretCore(side, direction), phase, trusted: true));
            }
        }
    }
}
