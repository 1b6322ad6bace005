using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// Predictability of a team over several sprints: say/do ratios, their mean and the variability of delivered work.
/// Immutable; build with <see cref="Analyze"/>.
/// </summary>
/// <remarks>
/// Say/do ratio = completed / committed per sprint (1 = delivered exactly what was promised). The mean say/do ratio is
/// the arithmetic mean over the sprints where it is defined. Velocity variability is the coefficient of variation
/// <c>CV = s / mean</c> of completed work, with s the sample standard deviation (divisor n − 1); the lower, the more
/// predictable. Neither is a target: a say/do ratio of exactly 1 every sprint usually means sandbagged commitments.
/// </remarks>
public sealed class Predictability
{
    private Predictability(ImmutableArray<SprintOutcome> sprints, ImmutableArray<double?> ratios, double? meanRatio, double meanVelocity, double? sd, double? cv, ImmutableArray<Diagnostic> diagnostics)
    {
        Sprints = sprints;
        SayDoRatios = ratios;
        MeanSayDoRatio = meanRatio;
        MeanVelocity = meanVelocity;
        VelocityStandardDeviation = sd;
        VelocityCoefficientOfVariation = cv;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the sprints, in input order.</summary>
    public ImmutableArray<SprintOutcome> Sprints { get; }

    /// <summary>Gets the say/do ratio of each sprint (<see langword="null"/> where nothing was committed).</summary>
    public ImmutableArray<double?> SayDoRatios { get; }

    /// <summary>Gets the mean of the defined say/do ratios, or <see langword="null"/> when none is defined or the mean overflows the double range.</summary>
    public double? MeanSayDoRatio { get; }

    /// <summary>Gets the mean completed work per sprint.</summary>
    public double MeanVelocity { get; }

    /// <summary>Gets the sample standard deviation of completed work, or <see langword="null"/> with fewer than two sprints or when it overflows the double range.</summary>
    public double? VelocityStandardDeviation { get; }

    /// <summary>Gets the coefficient of variation of completed work, or <see langword="null"/> with fewer than two sprints, a zero mean or an overflow.</summary>
    public double? VelocityCoefficientOfVariation { get; }

    /// <summary>Gets explanations of undefined values.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Computes the predictability measures.</summary>
    /// <param name="sprints">The sprints; not empty, no null element.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sprints"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sprints"/> is empty.</exception>
    [Pure]
    public static Predictability Analyze(IEnumerable<SprintOutcome> sprints)
    {
        Guard.Against.Null(sprints);
        SprintOutcome[] list = [.. sprints];
        Guard.Against.EmptySpan<SprintOutcome>(list, nameof(sprints));
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(sprints), $"{nameof(sprints)}[{i}] must not be null.");
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        ImmutableArray<double?> ratios = [.. list.Select(s => s.SayDoRatio)];
        for (int i = 0; i < list.Length; i++)
        {
            if (ratios[i] is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "SayDo", list[i].Committed == 0
                    ? $"{list[i].Name}: nothing was committed, so the say/do ratio is undefined."
                    : $"{list[i].Name}: completed / committed = {list[i].Completed} / {list[i].Committed} overflows the double range, so the say/do ratio is undefined."));
            }
        }

        double[] defined = [.. ratios.Where(r => r.HasValue).Select(r => r!.Value)];
        double? meanRatio = defined.Length > 0 ? defined.Average() : null;
        if (meanRatio is { } m && !double.IsFinite(m))
        {
            meanRatio = null;
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "SayDo", "The mean of the say/do ratios overflows the double range: it is undefined."));
        }

        double mean = list.Average(s => s.Completed);
        if (!double.IsFinite(mean))
        {
            mean = list.Sum(s => s.Completed / list.Length); // the plain sum overflowed; each term is at most max / n
        }

        double? sd = null, cv = null;
        if (list.Length < 2)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "VelocityCV", "Fewer than two sprints: the sample standard deviation is undefined."));
        }
        else
        {
            sd = Math.Sqrt(list.Sum(s => (s.Completed - mean) * (s.Completed - mean)) / (list.Length - 1));
            if (!double.IsFinite(sd.Value))
            {
                sd = null;
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "VelocityCV", "The sum of squared deviations of the velocities overflows the double range: the standard deviation and the coefficient of variation are undefined."));
            }
            else if (mean == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "VelocityCV", "Nothing was completed in any sprint: the coefficient of variation (s / mean) is undefined."));
            }
            else
            {
                cv = sd / mean;
                if (!double.IsFinite(cv.Value))
                {
                    cv = null;
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "VelocityCV", "s / mean overflows the double range: the coefficient of variation is undefined."));
                }
            }
        }

        return new Predictability([.. list], ratios, meanRatio, mean, sd, cv, diagnostics.ToImmutable());
    }
}
