namespace Pmo.Core.Risk;

/// <summary>Where the highest probability row is drawn.</summary>
public enum ProbabilityAxisDirection
{
    /// <summary>The highest probability is the top row (PMBOK Figure 11-10, IEC 31010 B.10 examples).</summary>
    HighestAtTop = 0,

    /// <summary>The highest probability is the bottom row.</summary>
    HighestAtBottom = 1,
}

/// <summary>Where the highest impact column of the threat half is drawn.</summary>
public enum ImpactAxisDirection
{
    /// <summary>The highest impact is the rightmost column.</summary>
    HighestAtRight = 0,

    /// <summary>The highest impact is the leftmost column.</summary>
    HighestAtLeft = 1,
}

/// <summary>
/// How a <see cref="RiskMatrix"/> is drawn: axis orientation and whether the opportunity half is drawn mirrored
/// beside the threat half (PMBOK Figure 11-10: threats on the left with impact rising to the right, opportunities on
/// the right with impact falling to the right, so the two "very high" columns meet in the middle). Metadata for
/// renderers; scoring uses levels (row = probability level, column = impact level, both 1 = lowest) whatever the drawing.
/// </summary>
public sealed class RiskMatrixOrientation : IEquatable<RiskMatrixOrientation>
{
    /// <summary>Creates an orientation.</summary>
    /// <param name="probabilityAxis">Where the highest probability row is drawn.</param>
    /// <param name="impactAxis">Where the highest impact column of the threat half is drawn.</param>
    /// <param name="opportunitiesMirrored">Whether the opportunity half is drawn mirrored beside the threat half.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public RiskMatrixOrientation(ProbabilityAxisDirection probabilityAxis, ImpactAxisDirection impactAxis, bool opportunitiesMirrored)
    {
        if (!Enum.IsDefined(probabilityAxis))
        {
            throw new ArgumentOutOfRangeException(nameof(probabilityAxis), probabilityAxis, $"{nameof(probabilityAxis)} is not a defined {nameof(ProbabilityAxisDirection)}.");
        }

        if (!Enum.IsDefined(impactAxis))
        {
            throw new ArgumentOutOfRangeException(nameof(impactAxis), impactAxis, $"{nameof(impactAxis)} is not a defined {nameof(ImpactAxisDirection)}.");
        }

        ProbabilityAxis = probabilityAxis;
        ImpactAxis = impactAxis;
        OpportunitiesMirrored = opportunitiesMirrored;
    }

    /// <summary>Gets the PMBOK Figure 11-10 layout: highest probability at the top, threat impact rising to the right, opportunities mirrored.</summary>
    public static RiskMatrixOrientation Default { get; } = new(ProbabilityAxisDirection.HighestAtTop, ImpactAxisDirection.HighestAtRight, true);

    /// <summary>Gets where the highest probability row is drawn.</summary>
    public ProbabilityAxisDirection ProbabilityAxis { get; }

    /// <summary>Gets where the highest impact column of the threat half is drawn.</summary>
    public ImpactAxisDirection ImpactAxis { get; }

    /// <summary>Gets whether the opportunity half is drawn mirrored beside the threat half.</summary>
    public bool OpportunitiesMirrored { get; }

    /// <inheritdoc/>
    public bool Equals(RiskMatrixOrientation? other) =>
        other is not null && ProbabilityAxis == other.ProbabilityAxis && ImpactAxis == other.ImpactAxis && OpportunitiesMirrored == other.OpportunitiesMirrored;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskMatrixOrientation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ProbabilityAxis, ImpactAxis, OpportunitiesMirrored);
}
