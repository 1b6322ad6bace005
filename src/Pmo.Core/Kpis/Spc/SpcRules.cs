using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Spc;

/// <summary>
/// Evaluates special-cause rule sets on an XmR chart and interprets each signal. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Every rule is evaluated within each phase only; a pattern never spans a phase boundary. Points are compared with the
/// phase's centre line c and σ̂ (<see cref="XmrPhase.Sigma"/>) through d = x − c: "beyond kσ on the upper side" is
/// d &gt; kσ̂, "above the centre line" is d &gt; 0; a point with d = 0 (on the centre line) is on neither side and
/// breaks a same-side run (NHSRplotthedots uses sign(x − c) the same way). "Increasing" is strictly increasing: a tie
/// (equal consecutive values) breaks a trend and an alternation (as in NHSRplotthedots, which requires every
/// sign(diff) to be ±1). Rule 1 compares with the reported limits (so a floored lower limit of 0 applies).
/// </para>
/// <para>
/// Rules of the Western Electric, Nelson and Wheeler sets flag the point that completes the pattern, once per such
/// point; "k of m" windows are the last m points of the phase (fewer at the phase start) and flag point i only when i
/// itself is beyond the zone on the signalling side. The NHS rules flag every point of a pattern (for 2-of-3, the
/// points beyond 2σ). See <see cref="SpcRuleIds"/> for each rule's definition and <c>docs/spc.md</c> for sources.
/// </para>
/// <para>
/// Zone rules (WE2–3, N5–8, WH2–3, NHS-2OF3) need σ̂ &gt; 0: a phase with σ̂ = 0 (constant baseline) or undefined
/// limits skips them with a diagnostic. Limit rules need defined limits. Run, trend and Anhøj rules need only the centre.
/// </para>
/// </remarks>
public static class SpcRules
{
    private const int WheelerRun = 8;
    private const int NelsonRun = 9;
    private const int NelsonTrend = 6;
    private const int NelsonAlternating = 14;
    private const int NelsonStratification = 15;
    private const int NelsonMixture = 8;

    /// <summary>Evaluates rule sets on a chart.</summary>
    /// <param name="chart">The XmR chart.</param>
    /// <param name="ruleSets">The rule sets, combined with <c>|</c>.</param>
    /// <param name="direction">Which direction is better; default neutral.</param>
    /// <param name="options">Rule options; default <see cref="SpcRuleOptions.Default"/>.</param>
    /// <returns>The signals (ordered by index, then by the order the rules are listed in <see cref="SpcRuleIds"/>) and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="ruleSets"/> has undefined bits or <paramref name="direction"/> is undefined.
    /// </exception>
    [Pure]
    public static SpcEvaluation Evaluate(XmrChartResult chart, SpcRuleSets ruleSets, ImprovementDirection direction = ImprovementDirection.Neutral, SpcRuleOptions? options = null)
    {
        Guard.Against.Null(chart);
        if ((ruleSets & ~SpcRuleSets.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ruleSets), ruleSets, $"{nameof(ruleSets)} must combine defined {nameof(SpcRuleSets)} flags (got {(int)ruleSets}).");
        }

        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"{nameof(direction)} must be a defined {nameof(ImprovementDirection)} (got {(int)direction}).");
        }

        options ??= SpcRuleOptions.Default;
        var signals = new SignalBuffer();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        ReadOnlySpan<double> values = chart.Values.AsSpan();
        ReadOnlySpan<double> ranges = chart.MovingRanges.AsSpan();
        foreach (XmrPhase phase in chart.Phases)
        {
            signals.BeginPhase();
            var p = new PhaseContext(values, phase, direction, signals);
            bool limits = phase.UpperLimit is not null;
            bool zones = phase.Sigma is > 0;
            bool needsLimits = (ruleSets & (SpcRuleSets.WesternElectric | SpcRuleSets.Nelson | SpcRuleSets.Wheeler | SpcRuleSets.Nhs)) != 0;
            if (needsLimits && !limits)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Information, Metric(phase), "The phase's limits are undefined (one-point baseline): limit and zone rules were not evaluated."));
            }
            else if (needsLimits && !zones)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, Metric(phase), "Sigma is 0 (constant baseline): zone rules (WE2, WE3, N5–N8, WH2, WH3, NHS-2OF3) were not evaluated."));
            }

            if ((ruleSets & SpcRuleSets.WesternElectric) != 0)
            {
                if (limits)
                {
                    p.BeyondLimits(SpcRuleIds.WesternElectric1);
                }

                if (zones)
                {
                    p.KOfM(SpcRuleIds.WesternElectric2, 2, 3, 2);
                    p.KOfM(SpcRuleIds.WesternElectric3, 4, 5, 1);
                }

                p.SameSideRun(SpcRuleIds.WesternElectric4, WheelerRun, wholePattern: false);
            }

            if ((ruleSets & SpcRuleSets.Nelson) != 0)
            {
                EvaluateNelson(ref p, limits, zones);
            }

            if ((ruleSets & SpcRuleSets.Wheeler) != 0)
            {
                if (limits)
                {
                    p.BeyondLimits(SpcRuleIds.Wheeler1);
                    p.MovingRangeAboveLimit(ranges, SpcRuleIds.Wheeler1MovingRange);
                }

                if (zones)
                {
                    p.KOfM(SpcRuleIds.Wheeler2, 2, 3, 2);
                    p.KOfM(SpcRuleIds.Wheeler3, 4, 5, 1);
                }

                p.SameSideRun(SpcRuleIds.Wheeler4, WheelerRun, wholePattern: false);
            }

            if ((ruleSets & SpcRuleSets.Nhs) != 0)
            {
                if (limits)
                {
                    p.BeyondLimits(SpcRuleIds.NhsLimit);
                }

                p.SameSideRun(SpcRuleIds.NhsRun, options.NhsRunLength, wholePattern: true);
                p.Trend(SpcRuleIds.NhsTrend, options.NhsTrendLength, wholePattern: true);
                if (zones)
                {
                    p.NhsTwoOfThree();
                }
            }

            if ((ruleSets & SpcRuleSets.Anhoj) != 0)
            {
                signals.BeginSegment();
                RunChart.AnhojKernel(values.Slice(phase.StartIndex, phase.Length), phase.Centre, phase.StartIndex, phase.Number, direction, signals.Items, out int useful, out _, out _, out _, out _);
                if (useful < RunChart.RecommendedMinimumUsefulObservations)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Information, Metric(phase), string.Create(CultureInfo.InvariantCulture, $"Only {useful} useful observation(s) (not on the centre line); Anhøj rules are validated for 10 or more.")));
                }
            }
        }

        return new SpcEvaluation
        {
            RuleSets = ruleSets,
            Direction = direction,
            Signals = signals.ToOrderedArray(),
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>Interprets a signal's side given the improvement direction.</summary>
    /// <param name="side">The side of the pattern.</param>
    /// <param name="direction">Which direction is better.</param>
    /// <returns>
    /// <see cref="SignalInterpretation.Neutral"/> for a neutral direction or <see cref="SignalSide.None"/>; otherwise
    /// improvement when the side (above/increasing = high, below/decreasing = low) matches the direction, else concern.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined enum value.</exception>
    [Pure]
    public static SignalInterpretation Interpret(SignalSide side, ImprovementDirection direction)
    {
        if (!Enum.IsDefined(side))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, $"{nameof(side)} must be a defined {nameof(SignalSide)} (got {(int)side}).");
        }

        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"{nameof(direction)} must be a defined {nameof(ImprovementDirection)} (got {(int)direction}).");
        }

        return InterpretCore(side, direction);
    }

    internal static SignalInterpretation InterpretCore(SignalSide side, ImprovementDirection direction)
    {
        if (direction == ImprovementDirection.Neutral || side == SignalSide.None)
        {
            return SignalInterpretation.Neutral;
        }

        bool high = side is SignalSide.Above or SignalSide.Increasing;
        return high == (direction == ImprovementDirection.Increase) ? SignalInterpretation.Improvement : SignalInterpretation.Concern;
    }

    /// <summary>The Nelson tests only (used by the benchmark and by <see cref="Evaluate"/>).</summary>
    internal static void EvaluateNelson(ref PhaseContext p, bool limits, bool zones)
    {
        if (limits)
        {
            p.BeyondLimits(SpcRuleIds.Nelson1);
        }

        p.SameSideRun(SpcRuleIds.Nelson2, NelsonRun, wholePattern: false);
        p.Trend(SpcRuleIds.Nelson3, NelsonTrend, wholePattern: false);
        p.Alternating(SpcRuleIds.Nelson4, NelsonAlternating);
        if (zones)
        {
            p.KOfM(SpcRuleIds.Nelson5, 2, 3, 2);
            p.KOfM(SpcRuleIds.Nelson6, 4, 5, 1);
            p.Stratification(SpcRuleIds.Nelson7, NelsonStratification);
            p.Mixture(SpcRuleIds.Nelson8, NelsonMixture);
        }
    }

    private static string Metric(XmrPhase phase) => string.Create(CultureInfo.InvariantCulture, $"SPC rules phase {phase.Number}");

    /// <summary>The hot loops: one linear pass per rule over one phase, allocation only for the signals.</summary>
    internal ref struct PhaseContext
    {
        private readonly ReadOnlySpan<double> x;
        private readonly int s;
        private readonly int e;
        private readonly double c;
        private readonly double sigma;
        private readonly double half;
        private readonly double? floorLower;
        private readonly double url;
        private readonly int phase;
        private readonly ImprovementDirection direction;
        private readonly SignalBuffer output;

        public PhaseContext(ReadOnlySpan<double> values, XmrPhase phase, ImprovementDirection direction, SignalBuffer output)
        {
            x = values;
            s = phase.StartIndex;
            e = phase.EndIndex;
            c = phase.Centre;
            sigma = phase.Sigma ?? 0;
            half = (phase.UpperLimit ?? phase.Centre) - phase.Centre;
            floorLower = phase.IsLowerLimitFloored ? phase.LowerLimit : null;
            url = phase.UpperRangeLimit ?? double.PositiveInfinity;
            this.phase = phase.Number;
            this.direction = direction;
            this.output = output;
        }

        public readonly void BeyondLimits(string id)
        {
            output.BeginSegment();
            ReadOnlySpan<double> x = this.x;
            double c = this.c;
            double h = half;
            for (int i = s; i < e; i++)
            {
                double d = x[i] - c;
                if (d > h)
                {
                    Add(i, i, id, SignalSide.Above);
                }
                else if (floorLower is { } f ? x[i] < f : d < -h)
                {
                    Add(i, i, id, SignalSide.Below);
                }
            }
        }

        public readonly void MovingRangeAboveLimit(ReadOnlySpan<double> ranges, string id)
        {
            output.BeginSegment();
            for (int i = s + 1; i < e; i++)
            {
                if (ranges[i] > url)
                {
                    Add(i, i - 1, id, SignalSide.None);
                }
            }
        }

        public readonly void SameSideRun(string id, int length, bool wholePattern)
        {
            output.BeginSegment();
            ReadOnlySpan<double> x = this.x;
            double c = this.c;
            int up = 0;
            int down = 0;
            for (int i = s; i < e; i++)
            {
                double d = x[i] - c;
                up = d > 0 ? up + 1 : 0;
                down = d < 0 ? down + 1 : 0;
                int run = Math.Max(up, down);
                if (run >= length)
                {
                    SignalSide side = up > 0 ? SignalSide.Above : SignalSide.Below;
                    if (!wholePattern)
                    {
                        Add(i, i - length + 1, id, side);
                    }
                    else if (run == length)
                    {
                        for (int j = i - length + 1; j <= i; j++)
                        {
                            Add(j, i - length + 1, id, side);
                        }
                    }
                    else
                    {
                        Add(i, i - run + 1, id, side);
                    }
                }
            }
        }

        public readonly void Trend(string id, int points, bool wholePattern)
        {
            output.BeginSegment();
            ReadOnlySpan<double> x = this.x;
            int steps = points - 1;
            int up = 0;
            int down = 0;
            for (int i = s + 1; i < e; i++)
            {
                double step = x[i] - x[i - 1];
                up = step > 0 ? up + 1 : 0;
                down = step < 0 ? down + 1 : 0;
                int run = Math.Max(up, down);
                if (run >= steps)
                {
                    SignalSide side = up > 0 ? SignalSide.Increasing : SignalSide.Decreasing;
                    if (!wholePattern)
                    {
                        Add(i, i - steps, id, side);
                    }
                    else if (run == steps)
                    {
                        for (int j = i - steps; j <= i; j++)
                        {
                            Add(j, i - steps, id, side);
                        }
                    }
                    else
                    {
                        Add(i, i - run, id, side);
                    }
                }
            }
        }

        public readonly void Alternating(string id, int points)
        {
            output.BeginSegment();
            ReadOnlySpan<double> x = this.x;
            int steps = points - 1;
            int chain = 0;
            int previous = 0;
            for (int i = s + 1; i < e; i++)
            {
                double step = x[i] - x[i - 1];
                int sign = step > 0 ? 1 : step < 0 ? -1 : 0;
                chain = sign == 0 ? 0 : (previous != 0 && sign == -previous ? chain + 1 : 1);
                previous = sign;
                if (chain >= steps)
                {
                    Add(i, i - steps, id, SignalSide.None);
                }
            }
        }

        public readonly void KOfM(string id, int k, int m, int zone)
        {
            output.BeginSegment();
            ReadOnlySpan<double> x = this.x;
            double c = this.c;
            double t = zone * sigma;
            int above = 0;
            int below = 0;
            for (int i = s; i < e; i++)
            {
                double d = x[i] - c;
                bool a = d > t;
                bool b = d < -t;
                above += a ? 1 : 0;
                below += b ? 1 : 0;
                int leaving = i - m;
                if (leaving >= s)
                {
                    double dl = x[leaving] - c;
                    above -= dl > t ? 1 : 0;
                    below -= dl < -t ? 1 : 0;
                }

                int start = Math.Max(s, i - m + 1);
                if (a && above >= k)
                {
                    Add(i, start, id, SignalSide.Above);
                }
                else if (b && below >= k)
                {
                    Add(i, start, id, SignalSide.Below);
                }
            }
        }

        public readonly void Stratification(string id, int points)
        {
            output.BeginSegment();
            ReadOnlySpan<double> x = this.x;
            double c = this.c;
            int run = 0;
            for (int i = s; i < e; i++)
            {
                run = Math.Abs(x[i] - c) < sigma ? run + 1 : 0;
                if (run >= points)
                {
                    Add(i, i - points + 1, id, SignalSide.None);
                }
            }
        }

        public readonly void Mixture(string id, int points)
        {
            output.BeginSegment();
            ReadOnlySpan<double> x = this.x;
            double c = this.c;
            int run = 0;
            for (int i = s; i < e; i++)
            {
                run = Math.Abs(x[i] - c) > sigma ? run + 1 : 0;
                if (run >= points)
                {
                    Add(i, i - points + 1, id, SignalSide.None);
                }
            }
        }

        public readonly void NhsTwoOfThree()
        {
            output.BeginSegment();
            ReadOnlySpan<double> x = this.x;
            double c = this.c;
            double t = 2 * sigma;
            int lastFlagged = -1;
            for (int w = s; w + 2 < e; w++)
            {
                double d0 = x[w] - c;
                double d1 = x[w + 1] - c;
                double d2 = x[w + 2] - c;
                SignalSide side;
                int beyond;
                if (d0 > 0 && d1 > 0 && d2 > 0)
                {
                    side = SignalSide.Above;
                    beyond = (d0 > t ? 1 : 0) + (d1 > t ? 1 : 0) + (d2 > t ? 1 : 0);
                }
                else if (d0 < 0 && d1 < 0 && d2 < 0)
                {
                    side = SignalSide.Below;
                    beyond = (d0 < -t ? 1 : 0) + (d1 < -t ? 1 : 0) + (d2 < -t ? 1 : 0);
                }
                else
                {
                    continue;
                }

                if (beyond < 2)
                {
                    continue;
                }

                for (int j = Math.Max(w, lastFlagged + 1); j <= w + 2; j++)
                {
                    double dj = x[j] - c;
                    if (side == SignalSide.Above ? dj > t : dj < -t)
                    {
                        Add(j, w, SpcRuleIds.NhsTwoOfThree, side);
                        lastFlagged = j;
                    }
                }
            }
        }

        private readonly void Add(int index, int start, string id, SignalSide side) =>
            output.Items.Add(new SpcSignal(index, start, id, side, InterpretCore(side, direction), phase, trusted: true));
    }
}
