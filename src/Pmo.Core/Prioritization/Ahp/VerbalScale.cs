using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>One level of a <see cref="VerbalScale"/>: a verbal statement and the ratio it stands for.</summary>
public sealed class VerbalScaleLevel
{
    internal VerbalScaleLevel(int level, string label, double value)
    {
        Level = level;
        Label = label;
        Value = value;
    }

    /// <summary>Gets the level's position (1 = equal importance).</summary>
    public int Level { get; }

    /// <summary>Gets the verbal statement, for example "strong importance".</summary>
    public string Label { get; }

    /// <summary>Gets the ratio <c>aᵢⱼ</c> the statement stands for (≥ 1; the reverse statement gives 1/value).</summary>
    public double Value { get; }
}

/// <summary>
/// A verbal judgement scale: ordered levels from "equal" (ratio 1) upward, each mapped to a ratio. Built-in scales are
/// Saaty's fundamental 1–9 scale, the balanced scale and Lootsma's geometric scale; <see cref="Create"/> defines others
/// (for example a 7-level scale), with their own source.
/// </summary>
public sealed class VerbalScale
{
    private VerbalScale(string name, string citation, ImmutableArray<VerbalScaleLevel> levels)
    {
        Name = name;
        Citation = citation;
        Levels = levels;
    }

    /// <summary>
    /// Saaty's fundamental scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance, with 2, 4, 6, 8 the
    /// intermediate values (T. L. Saaty, <i>The Analytic Hierarchy Process</i>, 1980, Table 1.1; T. L. Saaty, "Decision
    /// making with the analytic hierarchy process", <i>Int. J. Services Sciences</i> 1(1), 2008, Table 1).
    /// </summary>
    public static VerbalScale Saaty { get; } = new(
        "Saaty 1–9",
        "T. L. Saaty, The Analytic Hierarchy Process, 1980, Table 1.1; Int. J. Services Sciences 1(1), 2008, Table 1.",
        [
            new(1, "equal importance", 1),
            new(2, "weak or slight", 2),
            new(3, "moderate importance", 3),
            new(4, "moderate plus", 4),
            new(5, "strong importance", 5),
            new(6, "strong plus", 6),
            new(7, "very strong or demonstrated importance", 7),
            new(8, "very, very strong", 8),
            new(9, "extreme importance", 9),
        ]);

    /// <summary>
    /// The balanced scale: level k (1 … 9) stands for <c>wₖ/(1 − wₖ)</c> with <c>wₖ = 0.45 + 0.05k</c>, i.e. 1, 1.22, 1.5,
    /// 1.86, 2.33, 3, 4, 5.67, 9, so that the implied weights are evenly spread (A. A. Salo and R. P. Hämäläinen, "On the
    /// measurement of preferences in the analytic hierarchy process", <i>Journal of Multi-Criteria Decision Analysis</i>
    /// 6, 1997, 309–319). The verbal labels are Saaty's.
    /// </summary>
    public static VerbalScale Balanced { get; } = new(
        "Balanced (Salo & Hämäläinen 1997)",
        "A. A. Salo, R. P. Hämäläinen, On the measurement of preferences in the AHP, J. Multi-Criteria Decision Analysis 6, 1997, 309–319.",
        [.. Saaty.Levels.Select(l =>
        {
            double w = 0.45 + (0.05 * l.Level);
            return new VerbalScaleLevel(l.Level, l.Label, l.Level == 1 ? 1 : w / (1 - w));
        })]);

    /// <summary>Gets the scale's name.</summary>
    public string Name { get; }

    /// <summary>Gets the source.</summary>
    public string Citation { get; }

    /// <summary>Gets the levels, from equal upward.</summary>
    public ImmutableArray<VerbalScaleLevel> Levels { get; }

    /// <summary>
    /// Lootsma's geometric scale: gradation δ = 0 (indifference), 2 (weak), 4 (definite/strong), 6 (strong/very strong),
    /// 8 (very strong/extreme), with odd δ as intermediates, stands for <c>exp(γ·δ)</c> (F. A. Lootsma, "Scale sensitivity in
    /// the multiplicative AHP and SMART", <i>Journal of Multi-Criteria Decision Analysis</i> 2, 1993, 87–110, who uses
    /// γ = ln 2 and γ = ln √2 depending on the level of the hierarchy). Level k is δ = k − 1.
    /// </summary>
    /// <param name="gamma">The scale parameter γ: positive and finite (ln 2 ≈ 0.693 or ln √2 ≈ 0.347 in Lootsma's work).</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gamma"/> is not positive and finite, or so large that the top ratio exp(8 γ) overflows (γ above ≈ 88.7).</exception>
    [Pure]
    public static VerbalScale LootsmaGeometric(double gamma)
    {
        if (!double.IsFinite(gamma) || gamma <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, $"{nameof(gamma)} must be a positive finite number (got {gamma.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (!double.IsFinite(Math.Exp(gamma * 8)))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, $"{nameof(gamma)} = {gamma.ToString(CultureInfo.InvariantCulture)} makes the top ratio exp(8 γ) overflow to infinity; γ must be at most ln(double.MaxValue) / 8 ≈ 88.7 (Lootsma's values are about 0.5 and 1).");
        }

        string[] labels = ["indifference", "weak preference (intermediate)", "weak preference", "definite preference (intermediate)", "definite preference", "strong preference (intermediate)", "strong preference", "very strong preference (intermediate)", "very strong preference"];
        return new VerbalScale(
            string.Create(CultureInfo.InvariantCulture, $"Lootsma geometric (γ = {gamma:G6})"),
            "F. A. Lootsma, Scale sensitivity in the multiplicative AHP and SMART, J. Multi-Criteria Decision Analysis 2, 1993, 87–110.",
            [.. labels.Select((label, k) => new VerbalScaleLevel(k + 1, label, Math.Exp(gamma * k)))]);
    }

    /// <summary>
    /// The 7-level comparison scale of portfolio tools: "is extremely more / much more / more important than", "is as
    /// important as", and the three mirrored "less" statements (the reciprocals, through <see cref="Reverse"/>). This is
    /// the scale of Microsoft Project Server / Project Online business-driver prioritisation (J. Cottino, "How Microsoft
    /// Project Server calculates business drivers priorities", 2015, lists the seven levels; Microsoft, "Portfolio
    /// analysis: driver prioritization", Project Server 2013/2016 documentation).
    /// </summary>
    /// <remarks>
    /// The vendor does not publish the ratios behind the statements. The defaults map each statement onto Saaty's
    /// fundamental scale by its wording — more → moderate (3), much more → strong (5), extremely more → extreme (9) — which
    /// is this library's choice, not the vendor's; pass your own ratios to reproduce another tool. Levels: 1 equal,
    /// 2 more, 3 much more, 4 extremely more.
    /// </remarks>
    /// <param name="more">The ratio of "is more important than": finite, greater than 1.</param>
    /// <param name="muchMore">The ratio of "is much more important than": finite, greater than <paramref name="more"/>.</param>
    /// <param name="extremelyMore">The ratio of "is extremely more important than": finite, greater than <paramref name="muchMore"/>.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A ratio is not finite or the ratios do not increase from above 1.</exception>
    [Pure]
    public static VerbalScale SevenLevel(double more = 3, double muchMore = 5, double extremelyMore = 9)
    {
        if (!double.IsFinite(more) || more <= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(more), more, $"{nameof(more)} must be a finite ratio greater than 1 (got {more.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (!double.IsFinite(muchMore) || muchMore <= more)
        {
            throw new ArgumentOutOfRangeException(nameof(muchMore), muchMore, $"{nameof(muchMore)} must be a finite ratio greater than more ({more.ToString(CultureInfo.InvariantCulture)}) (got {muchMore.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (!double.IsFinite(extremelyMore) || extremelyMore <= muchMore)
        {
            throw new ArgumentOutOfRangeException(nameof(extremelyMore), extremelyMore, $"{nameof(extremelyMore)} must be a finite ratio greater than muchMore ({muchMore.ToString(CultureInfo.InvariantCulture)}) (got {extremelyMore.ToString(CultureInfo.InvariantCulture)}).");
        }

        return new VerbalScale(
            "7-level (Project Server driver prioritisation)",
            "Microsoft Project Server 2013/2016 driver prioritization; J. Cottino (2015). Ratios: Saaty-wording mapping unless given.",
            [
                new(1, "is as important as", 1),
                new(2, "is more important than", more),
                new(3, "is much more important than", muchMore),
                new(4, "is extremely more important than", extremelyMore),
            ]);
    }

    /// <summary>Defines a verbal scale (for example a 7-level scale of a survey instrument).</summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="citation">Its source.</param>
    /// <param name="levels">The (label, ratio) pairs from equal upward: the first ratio exactly 1, ratios strictly increasing and finite, labels non-blank and unique.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">A rule is broken (the level is named).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    [Pure]
    public static VerbalScale Create(string name, string citation, IReadOnlyList<(string Label, double Value)> levels)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count < 2)
        {
            throw new ArgumentException($"{nameof(levels)} must have at least 2 levels (got {levels.Count}).", nameof(levels));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var built = ImmutableArray.CreateBuilder<VerbalScaleLevel>(levels.Count);
        for (int k = 0; k < levels.Count; k++)
        {
            (string label, double value) = levels[k];
            if (string.IsNullOrWhiteSpace(label) || !seen.Add(label))
            {
                throw new ArgumentException($"{nameof(levels)}[{k}] has a blank or repeated label.", nameof(levels));
            }

            if (k == 0 && value != 1)
            {
                throw new ArgumentException($"{nameof(levels)}[0] ('{label}') must stand for the ratio 1 (equal), got {value.ToString(CultureInfo.InvariantCulture)}.", nameof(levels));
            }

            if (!double.IsFinite(value) || (k > 0 && value <= levels[k - 1].Value))
            {
                throw new ArgumentException($"{nameof(levels)}[{k}] ('{label}') = {value.ToString(CultureInfo.InvariantCulture)} must be finite and greater than the level before it.", nameof(levels));
            }

            built.Add(new VerbalScaleLevel(k + 1, label, value));
        }

        return new VerbalScale(name, citation, built.MoveToImmutable());
    }

    /// <summary>The ratio for a level: <c>aᵢⱼ</c> when i is preferred at that level; use <see cref="Reverse"/> for the other direction.</summary>
    /// <param name="level">The level, 1 … number of levels.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside the scale.</exception>
    [Pure]
    public double Value(int level)
    {
        if (level < 1 || level > Levels.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"{nameof(level)} must lie in [1, {Levels.Length}] for the scale '{Name}' (got {level}).");
        }

        return Levels[level - 1].Value;
    }

    /// <summary>The reciprocal ratio for a level (j is preferred to i at that level).</summary>
    /// <param name="level">The level.</param>
    /// <returns>1 / <see cref="Value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside the scale.</exception>
    [Pure]
    public double Reverse(int level) => 1 / Value(level);
}
