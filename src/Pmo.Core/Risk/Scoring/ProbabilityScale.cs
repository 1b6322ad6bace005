using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// A probability scale: 3 to 9 levels that partition [0, 1], each a point (PMBOK's 0.1/0.3/0.5/0.7/0.9) or a range
/// (for example "rare" = [0, 0.05)). See <see cref="RiskScale"/> for the rules.
/// </summary>
/// <remarks>
/// PMI, <i>PMBOK Guide</i>, 5th ed. (2013), §11.3.2.2 and Figure 11-10 (probability values 0.10 … 0.90);
/// 6th ed. (2017), §11.3.2.6 (probability and impact matrix). Values are the numbers used by numeric scoring.
/// </remarks>
public sealed class ProbabilityScale : RiskScale, IEquatable<ProbabilityScale>
{
    /// <summary>Creates a probability scale.</summary>
    /// <param name="levels">3 to 9 levels, lowest first: all points in [0, 1], or all ranges partitioning [0, 1].</param>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> or a level is null.</exception>
    /// <exception cref="RiskScaleException">The levels break a rule of <see cref="RiskScale"/>; <see cref="RiskScaleException.Problem"/> says which.</exception>
    public ProbabilityScale(IEnumerable<ScaleLevel> levels)
        : base(levels, 1, nameof(levels))
    {
    }

    private protected override double TopOfDomain => 1;

    /// <summary>Maps a probability to its 1-based level.</summary>
    /// <param name="probability">The probability, in [0, 1].</param>
    /// <returns>The level, 1 … N.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is NaN or outside [0, 1].</exception>
    [Pure]
    public int LevelOf(double probability)
    {
        Guard.Against.NotInRange(probability, 0, 1, true, true);
        return LevelOfUnchecked(probability);
    }

    /// <summary>Gets the plain data form of the scale (records of primitives, for JSON).</summary>
    /// <returns>The definition.</returns>
    [Pure]
    public ProbabilityScaleDefinition ToDefinition() => new() { Levels = [.. Levels.Select(ScaleLevelDefinition.From)] };

    /// <summary>Creates and validates a scale from its plain data form.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/>, its levels or a level is null.</exception>
    /// <exception cref="ArgumentException">A level is invalid (blank label, empty range).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level number is NaN, negative or infinite where it must be finite.</exception>
    /// <exception cref="RiskScaleException">The levels break a rule of <see cref="RiskScale"/>.</exception>
    [Pure]
    public static ProbabilityScale FromDefinition(ProbabilityScaleDefinition definition)
    {
        Guard.Against.Null(definition);
        Guard.Against.Null(definition.Levels, nameof(definition));
        return new ProbabilityScale(definition.Levels.Select(l => l?.ToLevel()!));
    }

    /// <inheritdoc/>
    public bool Equals(ProbabilityScale? other) => other is not null && Levels.SequenceEqual(other.Levels);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProbabilityScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Levels[0], Levels[^1]);
}
