using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Finance;

/// <summary>
/// The internal rate(s) of return of a periodic <see cref="CashFlowSeries"/>: every real rate above −100 % at which
/// the NPV is zero, and the one nearest the caller's guess.
/// </summary>
/// <remarks>
/// With <c>x = 1 / (1 + r)</c> the NPV is the polynomial <c>Σ c_t x^t</c>; its real roots with <c>x &gt; 0</c> are
/// exactly the IRRs above −100 %. By Descartes' rule of signs the number of such roots is
/// <see cref="SignChanges"/> or less by an even number; with one sign change the IRR is unique. See
/// <c>docs/finance.md</c> for the algorithm.
/// </remarks>
public sealed class IrrResult
{
    internal IrrResult()
    {
    }

    /// <summary>Gets every real IRR above −1, in increasing order (empty when there is none).</summary>
    public ImmutableArray<IrrRoot> Roots { get; internal init; } = [];

    /// <summary>Gets the IRR nearest <see cref="Guess"/>; <see langword="null"/> when there is no real IRR (see <see cref="Diagnostics"/>).</summary>
    public double? Rate { get; internal init; }

    /// <summary>Gets the guess used to choose <see cref="Rate"/> among several roots.</summary>
    public double Guess { get; internal init; }

    /// <summary>Gets the number of sign changes of the amounts (zeros skipped): Descartes' upper bound on the number of IRRs.</summary>
    public int SignChanges { get; internal init; }

    /// <summary>Gets why the rate is undefined, or a warning when there are several IRRs.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];
}
