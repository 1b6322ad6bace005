using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;
using Pmo.Core.Kpis;

namespace Pmo.Core.Risk;

/// <summary>
/// A qualitative risk-scoring model, all data: a probability scale, an impact scale per dimension, a scoring method
/// (matrix lookup, numeric P×I, ordinal-level product or a normalised <see cref="ScoreFormula"/>), an
/// <see cref="ImpactAggregation"/> and optional bands. Implements <see cref="IRiskScorer"/>; immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// <b>Score.</b> With probability level ℓ_p (value p) and aggregated impact level L (value I):
/// matrix lookup = cell(ℓ_p, L).Score of the threat or opportunity half; ordinal product = ℓ_p × L (1 … N·M);
/// numeric product = p × I (unrounded; PMBOK Figure 11-10 prints it rounded to 2 decimals); formula =
/// f(p, I) / f(p_max, I_max), where p_max is the probability scale's highest value and I_max the highest top value
/// over the impact scales, so the score lies in [0, 1].
/// </para>
/// <para>
/// <b>Dimensions.</b> Impact scales have distinct dimension ids and the same number of levels M (for matrix lookup, M is
/// the matrix's column count and N its row count). An assessment may omit dimensions (they are not aggregated; a mean is
/// over the dimensions present); an assessment with no scored dimension has a null score and an
/// <see cref="DiagnosticKind.Undefined"/> diagnostic; an assessment naming a dimension the model has no scale for is
/// rejected (nothing is silently ignored).
/// </para>
/// <para>
/// <b>Relative scales</b> are resolved once, at construction, with the <see cref="ScaleContext"/> given
/// (<see cref="ImpactScale.Resolve"/>).
/// </para>
/// <para>
/// Sources: PMI, <i>PMBOK Guide</i>, 5th ed. (2013) §11.3.2.2 and Figure 11-10; 6th ed. (2017) §11.3.2.6;
/// ISO 31000:2018 §6.3.4 (risk criteria are the organisation's); IEC 31010:2019 B.10; Oracle Primavera risk scoring
/// (highest or average impact, per-cell severity).
/// </para>
/// </remarks>
public sealed class RiskScoringModel : IRiskScorer
{
    private readonly ImpactScale[] scales;
    private readonly string[] dimensions;
    private readonly Dictionary<string, int> dimensionIndex;
    private readonly double[] weights;
    private readonly double formulaMax;

    private RiskScoringModel(
        ProbabilityScale probabilityScale,
        IEnumerable<ImpactScale> impactScales,
        ScoringMethod method,
        RiskMatrix? matrix,
        ScoreFormula? formula,
        BandSet? bands,
        ImpactAggregation? aggregation,
        ScaleContext? context)
    {
        Guard.Against.Null(probabilityScale);
        Guard.Against.Null(impactScales);
        ImpactScale[] given = [.. impactScales];
        if (given.Length == 0)
        {
            throw new ArgumentException($"{nameof(impactScales)} must contain at least one impact scale.", nameof(impactScales));
        }

        for (int i = 0; i < given.Length; i++)
        {
            if (given[i] is null)
            {
                throw new ArgumentNullException(nameof(impactScales), $"{nameof(impactScales)}[{i}] is null.");
            }

            for (int j = 0; j < i; j++)
            {
                if (given[j].Dimension == given[i].Dimension)
                {
                    throw new ArgumentException($"{nameof(impactScales)}[{j}] and [{i}] are both for the dimension '{given[i].Dimension}'; one scale per dimension.", nameof(impactScales));
                }
            }

            if (given[i].Count != given[0].Count)
            {
                throw new ArgumentException($"{nameof(impactScales)}[{i}] ('{given[i].Dimension}') has {given[i].Count} levels but [0] ('{given[0].Dimension}') has {given[0].Count}; impact scales of one model share the number of levels, so levels can be aggregated.", nameof(impactScales));
            }
        }

        if (matrix is not null)
        {
            if (matrix.Rows != probabilityScale.Count)
            {
                throw new RiskMatrixException(RiskMatrixProblem.ScaleMismatch, -1, -1, $"{nameof(matrix)} '{matrix.Name}' has {matrix.Rows} rows but the probability scale has {probabilityScale.Count} levels.", nameof(matrix));
            }

            if (matrix.Columns != given[0].Count)
            {
                throw new RiskMatrixException(RiskMatrixProblem.ScaleMismatch, -1, -1, $"{nameof(matrix)} '{matrix.Name}' has {matrix.Columns} columns but the impact scales have {given[0].Count} levels.", nameof(matrix));
            }
        }

        aggregation ??= ImpactAggregation.Max;
        Array.Sort(given, static (a, b) => string.CompareOrdinal(a.Dimension, b.Dimension));
        scales = [.. given.Select(s => s.Resolve(context))];
        dimensions = [.. scales.Select(s => s.Dimension)];
        dimensionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int d = 0; d < dimensions.Length; d++)
        {
            dimensionIndex.Add(dimensions[d], d);
        }

        weights = new double[dimensions.Length];
        if (aggregation.Kind == ImpactAggregationKind.WeightedMean)
        {
            foreach (KeyValuePair<string, double> kv in aggregation.Weights)
            {
                if (!dimensionIndex.TryGetValue(kv.Key, out int d))
                {
                    throw new ArgumentException($"{nameof(aggregation)} weights the dimension '{kv.Key}', which has no impact scale (scales: {string.Join(", ", dimensions)}).", nameof(aggregation));
                }

                weights[d] = kv.Value;
            }

            string? missing = dimensions.FirstOrDefault(d => !aggregation.Weights.ContainsKey(d));
            if (missing is not null)
            {
                throw new ArgumentException($"{nameof(aggregation)} has no weight for the dimension '{missing}'; give every scored dimension a weight (0 is allowed).", nameof(aggregation));
            }
        }
        else
        {
            Array.Fill(weights, 1.0);
        }

        ProbabilityScale = probabilityScale;
        ImpactScales = [.. scales];
        Method = method;
        Matrix = matrix;
        Formula = formula;
        Bands = bands;
        Aggregation = aggregation;
        double iMax = scales.Max(s => s.MaxValue);
        formulaMax = formula is { } f ? ScoreFormulas.Evaluate(f, probabilityScale.MaxValue, iMax) : 1;
    }

    /// <summary>Gets the probability scale.</summary>
    public ProbabilityScale ProbabilityScale { get; }

    /// <summary>Gets the impact scales (resolved to absolute thresholds), in ordinal order of their dimension ids.</summary>
    public ImmutableArray<ImpactScale> ImpactScales { get; }

    /// <summary>Gets the scoring method.</summary>
    public ScoringMethod Method { get; }

    /// <summary>Gets the matrix of a matrix-lookup model, otherwise null.</summary>
    public RiskMatrix? Matrix { get; }

    /// <summary>Gets the formula of a formula model, otherwise null.</summary>
    public ScoreFormula? Formula { get; }

    /// <summary>Gets the bands over the score of a non-matrix model, or null (no band).</summary>
    public BandSet? Bands { get; }

    /// <summary>Gets how multi-dimensional impact is combined.</summary>
    public ImpactAggregation Aggregation { get; }

    /// <summary>Creates a matrix-lookup model.</summary>
    /// <param name="probabilityScale">The probability scale (N levels = the matrix's rows).</param>
    /// <param name="impactScales">One impact scale per dimension (M levels each = the matrix's columns).</param>
    /// <param name="matrix">The matrix.</param>
    /// <param name="aggregation">How dimensions are combined; null for <see cref="ImpactAggregation.Max"/>.</param>
    /// <param name="context">Budget and duration for relative impact scales; null when every scale is absolute.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">A required argument or a scale is null.</exception>
    /// <exception cref="ArgumentException">No impact scale, two scales for one dimension, differing level counts, weights naming unknown or missing dimensions, a relative scale without its budget or duration, or a relative scale whose bounds times the budget or duration overflow (see <see cref="ImpactScale.Resolve"/>).</exception>
    /// <exception cref="RiskMatrixException">The matrix's size does not match the scales (<see cref="RiskMatrixProblem.ScaleMismatch"/>).</exception>
    [Pure]
    public static RiskScoringModel WithMatrix(ProbabilityScale probabilityScale, IEnumerable<ImpactScale> impactScales, RiskMatrix matrix, ImpactAggregation? aggregation = null, ScaleContext? context = null)
    {
        Guard.Against.Null(matrix);
        return new RiskScoringModel(probabilityScale, impactScales, ScoringMethod.MatrixLookup, matrix, null, null, aggregation, context);
    }

    /// <summary>Creates a model scored by a normalised formula f(p, I) / f(p_max, I_max).</summary>
    /// <param name="probabilityScale">The probability scale.</param>
    /// <param name="impactScales">One impact scale per dimension.</param>
    /// <param name="formula">The formula.</param>
    /// <param name="bands">Bands over the normalised score, or null.</param>
    /// <param name="aggregation">How dimensions are combined; null for <see cref="ImpactAggregation.Max"/>.</param>
    /// <param name="context">Budget and duration for relative impact scales.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">A required argument or a scale is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formula"/> is not defined.</exception>
    /// <exception cref="ArgumentException">As for <see cref="WithMatrix"/>.</exception>
    [Pure]
    public static RiskScoringModel WithFormula(ProbabilityScale probabilityScale, IEnumerable<ImpactScale> impactScales, ScoreFormula formula, BandSet? bands = null, ImpactAggregation? aggregation = null, ScaleContext? context = null)
    {
        ScoringGuards.Defined(formula, nameof(formula));
        return new RiskScoringModel(probabilityScale, impactScales, ScoringMethod.Formula, null, formula, bands, aggregation, context);
    }

    /// <summary>Creates a numeric P × I model (probability value × impact value, unrounded).</summary>
    /// <param name="probabilityScale">The probability scale.</param>
    /// <param name="impactScales">One impact scale per dimension.</param>
    /// <param name="bands">Bands over the score, or null.</param>
    /// <param name="aggregation">How dimensions are combined; null for <see cref="ImpactAggregation.Max"/>.</param>
    /// <param name="context">Budget and duration for relative impact scales.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">A required argument or a scale is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="WithMatrix"/>.</exception>
    [Pure]
    public static RiskScoringModel NumericProduct(ProbabilityScale probabilityScale, IEnumerable<ImpactScale> impactScales, BandSet? bands = null, ImpactAggregation? aggregation = null, ScaleContext? context = null) =>
        new(probabilityScale, impactScales, ScoringMethod.NumericProduct, null, null, bands, aggregation, context);

    /// <summary>Creates an ordinal-level product model (probability level × impact level).</summary>
    /// <param name="probabilityScale">The probability scale.</param>
    /// <param name="impactScales">One impact scale per dimension.</param>
    /// <param name="bands">Bands over the score, or null.</param>
    /// <param name="aggregation">How dimensions are combined; null for <see cref="ImpactAggregation.Max"/>.</param>
    /// <param name="context">Budget and duration for relative impact scales.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">A required argument or a scale is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="WithMatrix"/>.</exception>
    [Pure]
    public static RiskScoringModel OrdinalProduct(ProbabilityScale probabilityScale, IEnumerable<ImpactScale> impactScales, BandSet? bands = null, ImpactAggregation? aggregation = null, ScaleContext? context = null) =>
        new(probabilityScale, impactScales, ScoringMethod.OrdinalProduct, null, null, bands, aggregation, context);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The assessment has an impact on a dimension the model has no scale for.</exception>
    public RiskScore Score(RiskAssessment assessment, RiskKind kind) => ScoreDetail(assessment, kind).ToRiskScore();

    /// <summary>Scores an assessment and explains the result.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="kind">Threat or opportunity (matrix lookup uses the matching half; other methods ignore it).</param>
    /// <returns>The detailed score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The assessment has an impact on a dimension the model has no scale for.</exception>
    [Pure]
    public RiskScoreDetail ScoreDetail(RiskAssessment assessment, RiskKind kind = RiskKind.Threat)
    {
        Guard.Against.Null(assessment);
        ScoringGuards.Defined(kind, nameof(kind));
        int n = dimensions.Length;
        Span<int> levels = stackalloc int[n];
        Span<double> values = stackalloc double[n];
        Span<bool> present = stackalloc bool[n];
        var impactLevels = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, double> kv in assessment.Impacts)
        {
            if (!dimensionIndex.TryGetValue(kv.Key, out int d))
            {
                throw new ArgumentException($"{nameof(assessment)} has an impact on the dimension '{kv.Key}', which this model has no scale for (scales: {string.Join(", ", dimensions)}).", nameof(assessment));
            }

            present[d] = true;
            levels[d] = scales[d].LevelOfUnchecked(kv.Value);
            values[d] = scales[d].ValueAt(levels[d]);
            impactLevels.Add(kv.Key, levels[d]);
        }

        int pl = ProbabilityScale.LevelOfUnchecked(assessment.Probability);
        double pv = ProbabilityScale.ValueAt(pl);
        double score = Core(pl, pv, levels, values, present, kind, out int aggLevel, out double aggValue, out int driver, out double mean, out int rank);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (double.IsNaN(score))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "RiskScore", impactLevels.Count == 0
                ? $"The assessment has no impact on any scored dimension ({string.Join(", ", dimensions)}), so there is no impact level to score."
                : "The assessed dimensions all have weight 0, so the weighted mean impact is undefined."));
            return new RiskScoreDetail(null, null, null, Method, kind, pl, pv, impactLevels.ToImmutable(), null, null, null, null, diagnostics.ToImmutable());
        }

        if (impactLevels.Count < n && Aggregation.Kind is ImpactAggregationKind.Mean or ImpactAggregationKind.WeightedMean)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "ImpactLevel", $"The mean impact level is over the {impactLevels.Count} assessed dimension(s) of {n}; the others have no impact estimate."));
        }

        StatusLevel? band = rank >= 0 ? (Matrix?.BandScale ?? Bands!.Scale).Levels[rank] : null;
        string? colour = Method == ScoringMethod.MatrixLookup ? Matrix!.Cell(pl, aggLevel, kind).Colour : band?.Colour;
        bool isMean = Aggregation.Kind is ImpactAggregationKind.Mean or ImpactAggregationKind.WeightedMean;
        return new RiskScoreDetail(score, band, colour, Method, kind, pl, pv, impactLevels.ToImmutable(), aggLevel, isMean ? mean : null, aggValue, driver >= 0 ? dimensions[driver] : null, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Scores many risks at once with no allocation per risk. <paramref name="impacts"/> is dimension-major
    /// (structure of arrays): the raw impact of risk r on dimension d (in the order of <see cref="ImpactScales"/>) is
    /// <c>impacts[d × count + r]</c>, NaN when the risk has no estimate for that dimension. Undefined scores are NaN and
    /// their band rank −1; otherwise <c>bandRanks[r]</c> is the band's rank (−1 when the model has no bands).
    /// </summary>
    /// <param name="probabilities">The probabilities, each in [0, 1].</param>
    /// <param name="impacts">count × D raw impacts, dimension-major; each zero or positive, or NaN for none.</param>
    /// <param name="scores">The destination scores, at least count long.</param>
    /// <param name="bandRanks">The destination band ranks, at least count long.</param>
    /// <param name="kind">Threat or opportunity for every risk.</param>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1], an impact is negative or infinite, or <paramref name="kind"/> is undefined.</exception>
    public void ScoreBatch(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> impacts, Span<double> scores, Span<int> bandRanks, RiskKind kind = RiskKind.Threat)
    {
        ScoringGuards.Defined(kind, nameof(kind));
        int count = probabilities.Length;
        int n = dimensions.Length;
        if (impacts.Length != count * n)
        {
            throw new ArgumentException($"{nameof(impacts)} must hold count × D = {count} × {n} = {count * n} values, dimension-major (got {impacts.Length}).", nameof(impacts));
        }

        if (scores.Length < count)
        {
            throw new ArgumentException($"{nameof(scores)} (length {scores.Length}) must be at least as long as {nameof(probabilities)} ({count}).", nameof(scores));
        }

        if (bandRanks.Length < count)
        {
            throw new ArgumentException($"{nameof(bandRanks)} (length {bandRanks.Length}) must be at least as long as {nameof(probabilities)} ({count}).", nameof(bandRanks));
        }

        Span<int> levels = stackalloc int[n];
        Span<double> values = stackalloc double[n];
        Span<bool> present = stackalloc bool[n];
        ProbabilityScale p = ProbabilityScale;
        for (int r = 0; r < count; r++)
        {
            double prob = probabilities[r];
            if (!(prob >= 0 && prob <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(probabilities), prob, $"{nameof(probabilities)}[{r}] must lie in [0, 1] (got {prob}).");
            }

            for (int d = 0; d < n; d++)
            {
                double raw = impacts[(d * count) + r];
                if (double.IsNaN(raw))
                {
                    present[d] = false;
                    continue;
                }

                if (!(raw >= 0) || double.IsInfinity(raw))
                {
                    throw new ArgumentOutOfRangeException(nameof(impacts), raw, $"{nameof(impacts)}[{(d * count) + r}] (risk {r}, dimension '{dimensions[d]}') must be zero or positive and finite, or NaN for none (got {raw}).");
                }

                present[d] = true;
                int level = scales[d].LevelOfUnchecked(raw);
                levels[d] = level;
                values[d] = scales[d].ValueAt(level);
            }

            int pl = p.LevelOfUnchecked(prob);
            scores[r] = Core(pl, p.ValueAt(pl), levels, values, present, kind, out _, out _, out _, out _, out int rank);
            bandRanks[r] = rank;
        }
    }

    private double Core(int pl, double pv, ReadOnlySpan<int> levels, ReadOnlySpan<double> values, ReadOnlySpan<bool> present, RiskKind kind, out int aggLevel, out double aggValue, out int driver, out double mean, out int rank)
    {
        aggLevel = 0;
        aggValue = double.NaN;
        driver = -1;
        mean = double.NaN;
        rank = -1;
        double score = double.NaN;
        switch (Aggregation.Kind)
        {
            case ImpactAggregationKind.Max:
                bool byLevel = Method is ScoringMethod.MatrixLookup or ScoringMethod.OrdinalProduct;
                for (int d = 0; d < levels.Length; d++)
                {
                    if (!present[d])
                    {
                        continue;
                    }

                    if (driver < 0 || (byLevel ? levels[d] > levels[driver] || (levels[d] == levels[driver] && values[d] > values[driver]) : values[d] > values[driver]))
                    {
                        driver = d;
                    }

                    aggLevel = Math.Max(aggLevel, levels[d]);
                    aggValue = double.IsNaN(aggValue) ? values[d] : Math.Max(aggValue, values[d]);
                }

                if (driver < 0)
                {
                    return double.NaN;
                }

                score = ScoreOf(pl, pv, aggLevel, aggValue, kind);
                break;

            case ImpactAggregationKind.PerDimensionMax:
                for (int d = 0; d < levels.Length; d++)
                {
                    if (!present[d])
                    {
                        continue;
                    }

                    double s = ScoreOf(pl, pv, levels[d], values[d], kind);
                    if (driver < 0 || s > score)
                    {
                        driver = d;
                        score = s;
                        aggLevel = levels[d];
                        aggValue = values[d];
                    }
                }

                if (driver < 0)
                {
                    return double.NaN;
                }

                break;

            default:
                double wSum = 0, lSum = 0, vSum = 0;
                for (int d = 0; d < levels.Length; d++)
                {
                    if (present[d])
                    {
                        double w = weights[d];
                        wSum += w;
                        lSum += w * levels[d];
                        vSum += w * values[d];
                    }
                }

                if (!(wSum > 0))
                {
                    return double.NaN;
                }

                if (!double.IsFinite(wSum) || !double.IsFinite(lSum) || !double.IsFinite(vSum))
                {
                    // Weights or values near double.MaxValue overflow the plain sums: recompute the same weighted means as a
                    // convex combination (shares w / Σw, taken after scaling by the largest weight), which cannot overflow.
                    double wMax = 0, scaledSum = 0;
                    for (int d = 0; d < levels.Length; d++)
                    {
                        wMax = present[d] ? Math.Max(wMax, weights[d]) : wMax;
                    }

                    for (int d = 0; d < levels.Length; d++)
                    {
                        scaledSum += present[d] ? weights[d] / wMax : 0;
                    }

                    lSum = vSum = 0;
                    for (int d = 0; d < levels.Length; d++)
                    {
                        if (present[d])
                        {
                            double share = weights[d] / wMax / scaledSum;
                            lSum += share * levels[d];
                            vSum += share * values[d];
                        }
                    }

                    wSum = 1;
                }

                mean = lSum / wSum;
                aggLevel = Math.Clamp((int)Math.Floor(mean + 0.5 + 1e-9), 1, scales[0].Count);
                aggValue = vSum / wSum;
                score = ScoreOf(pl, pv, aggLevel, aggValue, kind);
                break;
        }

        if (Method == ScoringMethod.MatrixLookup)
        {
            rank = Matrix!.RankAt(pl, aggLevel, kind);
        }
        else if (Bands is not null)
        {
            rank = Bands.ClassifyRank(score);
        }

        return score;
    }

    private double ScoreOf(int pl, double pv, int impactLevel, double impactValue, RiskKind kind) => Method switch
    {
        ScoringMethod.MatrixLookup => Matrix!.ScoreAt(pl, impactLevel, kind),
        ScoringMethod.OrdinalProduct => pl * impactLevel,
        ScoringMethod.NumericProduct => pv * impactValue,
        _ => ScoreFormulas.Evaluate(Formula!.Value, pv, impactValue) / formulaMax,
    };
}
