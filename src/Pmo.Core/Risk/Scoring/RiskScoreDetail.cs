using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Pmo.Core.Common;
using Pmo.Core.Kpis;

namespace Pmo.Core.Risk;

/// <summary>
/// The explained result of a <see cref="RiskScoringModel"/>: the score, its band and colour, the probability level and
/// value, the level of every scored dimension, the aggregated impact level and value, and the driving dimension.
/// </summary>
public sealed class RiskScoreDetail
{
    internal RiskScoreDetail(
        double? score,
        StatusLevel? band,
        string? colour,
        ScoringMethod method,
        RiskKind kind,
        int probabilityLevel,
        double probabilityValue,
        ImmutableSortedDictionary<string, int> impactLevels,
        int? impactLevel,
        double? impactLevelMean,
        double? impactValue,
        string? drivingDimension,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Score = score;
        Band = band;
        Colour = colour;
        Method = method;
        Kind = kind;
        ProbabilityLevel = probabilityLevel;
        ProbabilityValue = probabilityValue;
        ImpactLevels = impactLevels;
        ImpactLevel = impactLevel;
        ImpactLevelMean = impactLevelMean;
        ImpactValue = impactValue;
        DrivingDimension = drivingDimension;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the score, or null when undefined (no scored dimension was assessed; see <see cref="Diagnostics"/>).</summary>
    public double? Score { get; }

    /// <summary>Gets the band (the matrix cell's, or the model's band set's), or null when there is none.</summary>
    public StatusLevel? Band { get; }

    /// <summary>Gets the colour (the matrix cell's, or the band's), or null.</summary>
    public string? Colour { get; }

    /// <summary>Gets the scoring method used.</summary>
    public ScoringMethod Method { get; }

    /// <summary>Gets whether the threat or the opportunity half was used.</summary>
    public RiskKind Kind { get; }

    /// <summary>Gets the probability level (1-based).</summary>
    public int ProbabilityLevel { get; }

    /// <summary>Gets the probability level's value.</summary>
    public double ProbabilityValue { get; }

    /// <summary>Gets the impact level (1-based) of every scored dimension the assessment has.</summary>
    public ImmutableSortedDictionary<string, int> ImpactLevels { get; }

    /// <summary>Gets the aggregated impact level used for the score, or null when undefined.</summary>
    public int? ImpactLevel { get; }

    /// <summary>Gets the unrounded (weighted) mean impact level for mean aggregations, otherwise null.</summary>
    public double? ImpactLevelMean { get; }

    /// <summary>Gets the aggregated impact value used by numeric and formula methods, or null when undefined.</summary>
    public double? ImpactValue { get; }

    /// <summary>
    /// Gets the dimension that set the score under max aggregations, otherwise null: under matrix and ordinal methods the
    /// dimension with the highest level, equal levels going to the higher impact value (so the driver gives both the
    /// impact level and the impact value); under numeric methods the highest value. Full ties: the first in ordinal order.
    /// </summary>
    public string? DrivingDimension { get; }

    /// <summary>Gets notes on how the score was obtained.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the shared <see cref="RiskScore"/> form (score, band id, probability level, aggregated impact level, diagnostics).</summary>
    /// <returns>The score.</returns>
    [Pure]
    public RiskScore ToRiskScore() => new(Score, Band?.Id, ProbabilityLevel, ImpactLevel, Diagnostics);
}
