using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Spc;

/// <summary>An XmR chart: the values, their moving ranges and the limits of each phase.</summary>
public sealed class XmrChartResult
{
    internal XmrChartResult()
    {
    }

    /// <summary>Gets the individual values, in time order.</summary>
    public ImmutableArray<double> Values { get; internal init; }

    /// <summary>
    /// Gets the moving ranges |xᵢ − xᵢ₋₁|, one per value; NaN at the first value of each phase, where no moving range
    /// exists within the phase (documented batch convention).
    /// </summary>
    public ImmutableArray<double> MovingRanges { get; internal init; }

    /// <summary>Gets the phases in order; they cover the values without gaps.</summary>
    public ImmutableArray<XmrPhase> Phases { get; internal init; }

    /// <summary>Gets the options the chart was computed with.</summary>
    public XmrOptions Options { get; internal init; } = XmrOptions.Default;

    /// <summary>Gets why a value is undefined or what the analyst should know (collapsed limits, one-point phases).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; }

    /// <summary>Gets the phase a value belongs to.</summary>
    /// <param name="index">A value's index.</param>
    /// <returns>The phase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the values.</exception>
    public XmrPhase PhaseOf(int index)
    {
        if (index < 0 || index >= Values.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{nameof(index)} must lie in [0, {Values.Length}) (got {index}).");
        }

        for (int p = Phases.Length - 1; p > 0; p--)
        {
            if (index >= Phases[p].StartIndex)
            {
                return Phases[p];
            }
        }

        return Phases[0];
    }
}
