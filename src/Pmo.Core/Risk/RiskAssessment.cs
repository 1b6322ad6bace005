using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>
/// One assessment of a risk at one stage (inherent, current, residual, target): the probability that it occurs and
/// its raw impact estimate per dimension (money for cost, working days for schedule, or the dimension's own unit).
/// Scoring (levels, matrices, bands) is separate: an <see cref="IRiskScorer"/> maps an assessment to a
/// <see cref="RiskScore"/>.
/// </summary>
/// <remarks>
/// Probability × impact is the basis of qualitative and quantitative risk analysis (PMI, <i>PMBOK Guide</i>, 6th ed.,
/// §11.3–11.4). Impacts are magnitudes (zero or positive) for threats and opportunities alike; the risk's
/// <see cref="RiskKind"/> says whether the effect is adverse or beneficial.
/// </remarks>
public sealed class RiskAssessment : IEquatable<RiskAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="probability">The probability of occurrence, in [0, 1].</param>
    /// <param name="impacts">Raw impact per dimension id (see <see cref="RiskDimensions"/>): finite, zero or positive; ids unique and non-blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="impacts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The probability is outside [0, 1], or an impact is NaN, infinite or negative.</exception>
    /// <exception cref="ArgumentException">A dimension id is blank or repeated.</exception>
    public RiskAssessment(double probability, IEnumerable<KeyValuePair<string, double>> impacts)
    {
        Probability = Guard.Against.NotInRange(probability, 0, 1, true, true);
        Guard.Against.Null(impacts);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, double> kv in impacts)
        {
            if (string.IsNullOrWhiteSpace(kv.Key))
            {
                throw new ArgumentException($"{nameof(impacts)} contains a blank dimension id.", nameof(impacts));
            }

            if (!double.IsFinite(kv.Value) || kv.Value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(impacts), kv.Value, $"{nameof(impacts)}['{kv.Key}'] must be a finite number, zero or positive (got {kv.Value}).");
            }

            if (!builder.TryAdd(kv.Key, kv.Value))
            {
                throw new ArgumentException($"{nameof(impacts)} contains the dimension '{kv.Key}' more than once.", nameof(impacts));
            }
        }

        Impacts = builder.ToImmutable();
    }

    /// <summary>Creates an assessment with a cost and/or schedule impact.</summary>
    /// <param name="probability">The probability of occurrence, in [0, 1].</param>
    /// <param name="costImpact">The cost impact in money, or null for none.</param>
    /// <param name="scheduleImpact">The schedule impact in working days, or null for none.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The probability is outside [0, 1], or an impact is NaN, infinite or negative.</exception>
    public static RiskAssessment Create(double probability, double? costImpact = null, double? scheduleImpact = null)
    {
        var impacts = new List<KeyValuePair<string, double>>(2);
        if (costImpact is { } c)
        {
            impacts.Add(new(RiskDimensions.Cost, c));
        }

        if (scheduleImpact is { } s)
        {
            impacts.Add(new(RiskDimensions.Schedule, s));
        }

        return new RiskAssessment(probability, impacts);
    }

    /// <summary>Gets the probability of occurrence, in [0, 1].</summary>
    public double Probability { get; }

    /// <summary>Gets the raw impact per dimension id, in ordinal order of the ids.</summary>
    public ImmutableSortedDictionary<string, double> Impacts { get; }

    /// <summary>Gets the impact on one dimension, or null when the assessment has none.</summary>
    /// <param name="dimension">The dimension id.</param>
    /// <returns>The raw impact or null.</returns>
    public double? Impact(string dimension) => Impacts.TryGetValue(dimension, out double v) ? v : null;

    /// <summary>Gets the expected cost impact P × cost (0 when there is no cost impact).</summary>
    public double ExpectedCost => Probability * (Impact(RiskDimensions.Cost) ?? 0);

    /// <summary>Gets the expected schedule impact P × schedule days (0 when there is no schedule impact).</summary>
    public double ExpectedDelay => Probability * (Impact(RiskDimensions.Schedule) ?? 0);

    /// <inheritdoc/>
    public bool Equals(RiskAssessment? other) =>
        other is not null && Probability.Equals(other.Probability) && Impacts.Count == other.Impacts.Count
        && Impacts.All(kv => other.Impacts.TryGetValue(kv.Key, out double v) && v.Equals(kv.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskAssessment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Probability, Impacts.Count);
}

/// <summary>Well-known impact dimension ids. Any other non-blank id is a custom dimension.</summary>
public static class RiskDimensions
{
    /// <summary>Cost impact, in money.</summary>
    public const string Cost = "cost";

    /// <summary>Schedule impact, in working days.</summary>
    public const string Schedule = "schedule";

    /// <summary>Scope impact.</summary>
    public const string Scope = "scope";

    /// <summary>Quality impact.</summary>
    public const string Quality = "quality";

    /// <summary>Reputation impact.</summary>
    public const string Reputation = "reputation";

    /// <summary>Safety impact.</summary>
    public const string Safety = "safety";
}

/// <summary>Whether a risk is a threat (adverse) or an opportunity (beneficial).</summary>
public enum RiskKind
{
    /// <summary>A threat: its impact is adverse and adds to exposure.</summary>
    Threat = 0,

    /// <summary>An opportunity (positive risk): its impact is beneficial and reduces exposure.</summary>
    Opportunity = 1,
}

/// <summary>The stage of an assessment in a risk's life.</summary>
public enum AssessmentStage
{
    /// <summary>Before any response (gross).</summary>
    Inherent = 0,

    /// <summary>Now, with the responses already in place.</summary>
    Current = 1,

    /// <summary>After the planned responses (net).</summary>
    Residual = 2,

    /// <summary>Where the organisation wants the risk to be.</summary>
    Target = 3,
}

/// <summary>
/// The qualitative score of an assessment: levels, score, band. Produced by an <see cref="IRiskScorer"/>; values that
/// a scoring method does not define are null.
/// </summary>
public sealed class RiskScore
{
    /// <summary>Creates a score.</summary>
    /// <param name="score">The score (method-specific scale), or null when undefined.</param>
    /// <param name="band">The band id (for example "high"), or null.</param>
    /// <param name="probabilityLevel">The probability level (1-based), or null.</param>
    /// <param name="impactLevel">The (aggregated) impact level (1-based), or null.</param>
    /// <param name="diagnostics">Notes on how the score was obtained.</param>
    public RiskScore(double? score, string? band, int? probabilityLevel, int? impactLevel, IEnumerable<Diagnostic>? diagnostics = null)
    {
        Score = score;
        Band = band;
        ProbabilityLevel = probabilityLevel;
        ImpactLevel = impactLevel;
        Diagnostics = diagnostics is null ? [] : [.. diagnostics];
    }

    /// <summary>Gets the score, or null when undefined.</summary>
    public double? Score { get; }

    /// <summary>Gets the band id, or null.</summary>
    public string? Band { get; }

    /// <summary>Gets the probability level (1-based), or null.</summary>
    public int? ProbabilityLevel { get; }

    /// <summary>Gets the aggregated impact level (1-based), or null.</summary>
    public int? ImpactLevel { get; }

    /// <summary>Gets notes on how the score was obtained.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}

/// <summary>Maps an assessment to a qualitative score (a matrix, a formula family, …).</summary>
public interface IRiskScorer
{
    /// <summary>Scores an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="kind">Threat or opportunity (opportunities may use a mirrored matrix half).</param>
    /// <returns>The score.</returns>
    RiskScore Score(RiskAssessment assessment, RiskKind kind);
}
