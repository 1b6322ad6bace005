using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Finance;

/// <summary>The internal rate of return of a <see cref="DatedCashFlowSeries"/> (XIRR), with how the search ended.</summary>
public sealed class XirrResult
{
    internal XirrResult()
    {
    }

    /// <summary>Gets the annual rate (Actual/365) at which XNPV is zero; <see langword="null"/> unless <see cref="Status"/> is <see cref="RootSearchStatus.Converged"/>.</summary>
    public double? Rate { get; internal init; }

    /// <summary>Gets how the search ended.</summary>
    public RootSearchStatus Status { get; internal init; }

    /// <summary>Gets the guess the bracketing search started from.</summary>
    public double Guess { get; internal init; }

    /// <summary>Gets the number of present-value evaluations used (bracketing plus Brent).</summary>
    public int Evaluations { get; internal init; }

    /// <summary>
    /// Gets the number of sign changes of the amounts in date order (same-day amounts netted, zeros skipped). With one
    /// change the XIRR is unique; with more there may be several rates (the generalized rule of signs for exponential
    /// sums), and the one found is the first bracketed outward from the guess.
    /// </summary>
    public int SignChanges { get; internal init; }

    /// <summary>Gets why the rate is undefined, or a warning when it may not be unique.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];
}
