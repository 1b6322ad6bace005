namespace Pmo.Core.Risk;

/// <summary>The plain data form of a <see cref="RiskMatrix"/> (primitives only, for JSON); validated by <see cref="RiskMatrix.FromDefinition"/>.</summary>
public sealed record RiskMatrixDefinition
{
    /// <summary>Gets the matrix's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the band scale's id.</summary>
    public required string BandScaleId { get; init; }

    /// <summary>Gets the bands (rank 0 = worst).</summary>
    public required IReadOnlyList<RiskBandDefinition> Bands { get; init; }

    /// <summary>Gets the threat half: rows from probability level 1 up, columns from impact level 1 up.</summary>
    public required IReadOnlyList<IReadOnlyList<RiskMatrixCellDefinition>> ThreatCells { get; init; }

    /// <summary>Gets the opportunity half, or null when it mirrors the threat half.</summary>
    public IReadOnlyList<IReadOnlyList<RiskMatrixCellDefinition>>? OpportunityCells { get; init; }

    /// <summary>Gets where the highest probability row is drawn.</summary>
    public ProbabilityAxisDirection ProbabilityAxis { get; init; }

    /// <summary>Gets where the highest impact column of the threat half is drawn.</summary>
    public ImpactAxisDirection ImpactAxis { get; init; }

    /// <summary>Gets whether the opportunity half is drawn mirrored beside the threat half.</summary>
    public bool OpportunitiesMirrored { get; init; } = true;
}

/// <summary>The plain data form of a risk band (a level of a <see cref="Kpis.StatusScale"/>).</summary>
public sealed record RiskBandDefinition
{
    /// <summary>Gets the band id, for example <c>high</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the label.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the CSS colour.</summary>
    public required string Colour { get; init; }

    /// <summary>Gets the rank (0 = worst).</summary>
    public required int Rank { get; init; }
}

/// <summary>The plain data form of a <see cref="RiskMatrixCell"/>.</summary>
public sealed record RiskMatrixCellDefinition
{
    /// <summary>Gets the score.</summary>
    public required double Score { get; init; }

    /// <summary>Gets the band id.</summary>
    public required string Band { get; init; }

    /// <summary>Gets the colour, or null for the band's colour.</summary>
    public string? Colour { get; init; }
}
