using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// A service level expectation (SLE): "p of our items finish in <see cref="Days"/> days or less", taken as the p-th
/// percentile of past cycle times, and how often finished items actually met it. Immutable.
/// </summary>
/// <remarks>
/// Vacanti (2015) derives the SLE from the cycle-time scatterplot's percentile lines, typically the 85th. Attainment
/// is the share of finished items whose cycle time is at most the SLE. With <see cref="PercentileDefinition.NearestRank"/>
/// attainment is always at least p (the SLE is an observed cycle time with at least p of the sample at or below it);
/// interpolating definitions can give less.
/// </remarks>
public sealed class ServiceLevelExpectation
{
    internal ServiceLevelExpectation(double percentile, double? days, double? attainment, int sampleSize, PercentileDefinition definition, CycleTimeConvention convention, ImmutableArray<Diagnostic> diagnostics)
    {
        Percentile = percentile;
        Days = days;
        Attainment = attainment;
        SampleSize = sampleSize;
        Definition = definition;
        Convention = convention;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the percentile p as a fraction (0.85 for "85 %").</summary>
    public double Percentile { get; }

    /// <summary>Gets the SLE in days, or <see langword="null"/> when no item has finished or the definition leaves it undefined.</summary>
    public double? Days { get; }

    /// <summary>Gets the share of finished items with cycle time ≤ <see cref="Days"/>, or <see langword="null"/> when <see cref="Days"/> is.</summary>
    public double? Attainment { get; }

    /// <summary>Gets the number of finished items (cycle times) the SLE was computed from.</summary>
    public int SampleSize { get; }

    /// <summary>Gets the percentile definition used.</summary>
    public PercentileDefinition Definition { get; }

    /// <summary>Gets the cycle-time convention used.</summary>
    public CycleTimeConvention Convention { get; }

    /// <summary>Gets explanations of undefined values.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
