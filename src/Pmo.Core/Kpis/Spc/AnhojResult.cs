using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Spc;

/// <summary>The Anhøj runs analysis of a run chart.</summary>
/// <remarks>
/// Anhøj, J. and Olesen, A. V. (2014), "Run charts revisited: a simulation study of run chart rules for detection of
/// non-random variation in health care processes", <i>PLoS ONE</i> 9(11): e113825; the qicharts2 R package
/// (<c>runs.analysis</c>). n is the number of useful observations (not on the centre line).
/// </remarks>
public sealed class AnhojResult
{
    internal AnhojResult()
    {
    }

    /// <summary>Gets the centre line (the median of the values unless one was given).</summary>
    public double Centre { get; internal init; }

    /// <summary>Gets the number of values.</summary>
    public int Observations { get; internal init; }

    /// <summary>Gets n, the number of values not on the centre line.</summary>
    public int UsefulObservations { get; internal init; }

    /// <summary>Gets the length of the longest run of useful values on one side of the centre line.</summary>
    public int LongestRun { get; internal init; }

    /// <summary>Gets round(log2(n) + 3), the largest run length that is not a signal; null when n = 0.</summary>
    public int? LongestRunLimit { get; internal init; }

    /// <summary>Gets the number of crossings: consecutive useful values on opposite sides of the centre line.</summary>
    public int Crossings { get; internal init; }

    /// <summary>Gets qbinom(0.05, n − 1, 0.5), the smallest number of crossings that is not a signal; null when n = 0.</summary>
    public int? CrossingsLimit { get; internal init; }

    /// <summary>Gets whether the longest run is longer than its limit.</summary>
    public bool IsRunSignal => LongestRun > LongestRunLimit;

    /// <summary>Gets whether there are fewer crossings than their limit.</summary>
    public bool IsCrossingsSignal => Crossings < CrossingsLimit;

    /// <summary>Gets the signals: one <c>ANHOJ-RUN</c> per run longer than the limit and one <c>ANHOJ-CROSSINGS</c> for the series.</summary>
    public ImmutableArray<SpcSignal> Signals { get; internal init; }

    /// <summary>Gets notes (no useful observations, fewer than 10).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; }
}
