using System.Globalization;

namespace Pmo.Core.Kpis.Spc;

/// <summary>One special-cause signal: a rule, the point it flags, and what it means.</summary>
/// <remarks>
/// For the Western Electric, Nelson and Wheeler rules a signal flags the point that completes the pattern
/// (<see cref="Index"/>) and <see cref="StartIndex"/> is the first point of the pattern's window; a long run yields one
/// signal per point from the one that first completes it. The NHS rules flag every point that is part of a pattern (the
/// "Making Data Count" colouring). Anhøj signals span a whole run or phase. Indices are positions in the chart's values.
/// </remarks>
public readonly struct SpcSignal : IEquatable<SpcSignal>
{
    /// <summary>Creates a signal.</summary>
    /// <param name="index">The flagged point, zero-based.</param>
    /// <param name="startIndex">The first point of the pattern, ≤ <paramref name="index"/>.</param>
    /// <param name="ruleId">The rule, one of <see cref="SpcRuleIds"/>.</param>
    /// <param name="side">The direction of the pattern.</param>
    /// <param name="interpretation">What it means for the measure.</param>
    /// <param name="phase">The phase of the chart the pattern lies in, zero-based.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="index"/> or <paramref name="phase"/> is negative, <paramref name="startIndex"/> is negative or after
    /// <paramref name="index"/>, or an enum value is undefined.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is null or blank.</exception>
    public SpcSignal(int index, int startIndex, string ruleId, SignalSide side, SignalInterpretation interpretation, int phase)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(phase);
        if (startIndex < 0 || startIndex > index)
        {
            throw new ArgumentOutOfRangeException(nameof(startIndex), startIndex, $"{nameof(startIndex)} must lie in [0, {nameof(index)} = {index}] (got {startIndex}).");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        if (!Enum.IsDefined(side))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, $"{nameof(side)} must be a defined {nameof(SignalSide)} (got {(int)side}).");
        }

        if (!Enum.IsDefined(interpretation))
        {
            throw new ArgumentOutOfRangeException(nameof(interpretation), interpretation, $"{nameof(interpretation)} must be a defined {nameof(SignalInterpretation)} (got {(int)interpretation}).");
        }

        Index = index;
        StartIndex = startIndex;
        RuleId = ruleId;
        Side = side;
        Interpretation = interpretation;
        Phase = phase;
    }

    /// <summary>The hot-path constructor of the rule kernels, whose arguments are valid by construction.</summary>
    internal SpcSignal(int index, int startIndex, string ruleId, SignalSide side, SignalInterpretation interpretation, int phase, bool trusted)
    {
        _ = trusted;
        Index = index;
        StartIndex = startIndex;
        RuleId = ruleId;
        Side = side;
        Interpretation = interpretation;
        Phase = phase;
    }

    /// <summary>Gets the flagged point.</summary>
    public int Index { get; }

    /// <summary>Gets the first point of the pattern.</summary>
    public int StartIndex { get; }

    /// <summary>Gets the rule identifier (see <see cref="SpcRuleIds"/>); empty only for <c>default(SpcSignal)</c>.</summary>
    public string RuleId => field ?? string.Empty;

    /// <summary>Gets the direction of the pattern.</summary>
    public SignalSide Side { get; }

    /// <summary>Gets the direction-aware interpretation.</summary>
    public SignalInterpretation Interpretation { get; }

    /// <summary>Gets the phase the pattern lies in.</summary>
    public int Phase { get; }

    /// <summary>Compares two signals for equality.</summary>
    /// <param name="left">The first signal.</param>
    /// <param name="right">The second signal.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SpcSignal left, SpcSignal right) => left.Equals(right);

    /// <summary>Compares two signals for inequality.</summary>
    /// <param name="left">The first signal.</param>
    /// <param name="right">The second signal.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SpcSignal left, SpcSignal right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SpcSignal other) =>
        Index == other.Index && StartIndex == other.StartIndex && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
        && Side == other.Side && Interpretation == other.Interpretation && Phase == other.Phase;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SpcSignal other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Index, StartIndex, RuleId, Side, Interpretation, Phase);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{RuleId} at {Index} (from {StartIndex}, phase {Phase}): {Side}, {Interpretation}");
}
