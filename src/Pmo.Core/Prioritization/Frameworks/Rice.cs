using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>Which values RICE's impact and confidence may take.</summary>
public enum RiceScales
{
    /// <summary>Impact any finite value ≥ 0; confidence any fraction in [0, 1]. The default.</summary>
    Any = 0,

    /// <summary>
    /// Intercom's published scales only: impact 3 (massive), 2 (high), 1 (medium), 0.5 (low), 0.25 (minimal); confidence
    /// 1.0 (high, 100 %), 0.8 (medium, 80 %), 0.5 (low, 50 %).
    /// </summary>
    Intercom = 1,
}

/// <summary>One RICE item. Immutable.</summary>
public sealed class RiceItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="reach">People or events reached per period (for example customers per quarter); finite, zero or positive.</param>
    /// <param name="impact">Impact per person; finite, zero or positive (Intercom: 3, 2, 1, 0.5, 0.25).</param>
    /// <param name="confidence">Confidence as a fraction in [0, 1] (0.8 = 80 %).</param>
    /// <param name="effort">Effort, for example in person-months; finite and greater than zero.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value breaks its rule.</exception>
    public RiceItem(string id, double reach, double impact, double confidence, double effort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        FrameworkGuards.FiniteNonNegative(reach, nameof(reach), id);
        FrameworkGuards.FiniteNonNegative(impact, nameof(impact), id);
        FrameworkGuards.InRange(confidence, 0, 1, nameof(confidence), id);
        FrameworkGuards.FinitePositive(effort, nameof(effort), id);
        Id = id;
        Reach = reach;
        Impact = impact;
        Confidence = confidence;
        Effort = effort;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the reach per period.</summary>
    public double Reach { get; }

    /// <summary>Gets the impact per person.</summary>
    public double Impact { get; }

    /// <summary>Gets the confidence fraction.</summary>
    public double Confidence { get; }

    /// <summary>Gets the effort.</summary>
    public double Effort { get; }
}

/// <summary>
/// RICE scoring: <c>RICE = Reach × Impact × Confidence / Effort</c>. Options fixed at construction; immutable and thread-safe.
/// </summary>
/// <remarks>
/// Source: Sean McBride, "RICE: Simple prioritization for product managers", Inside Intercom blog, 2016. Reach is
/// counted per period; impact on the scale 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal; confidence 100 % high,
/// 80 % medium, 50 % low; effort in person-months (whole numbers, at least half a month — a convention this class
/// does not enforce, since the unit is the caller's). Higher is better.
/// </remarks>
public sealed class Rice
{
    /// <summary>Intercom's impact values: 3, 2, 1, 0.5, 0.25.</summary>
    public static readonly ImmutableArray<double> IntercomImpactValues = [3, 2, 1, 0.5, 0.25];

    /// <summary>Intercom's confidence values as fractions: 1.0, 0.8, 0.5.</summary>
    public static readonly ImmutableArray<double> IntercomConfidenceValues = [1.0, 0.8, 0.5];

    /// <summary>Creates the model.</summary>
    /// <param name="scales">Which impact and confidence values are accepted.</param>
    /// <param name="tiePolicy">How tied scores are ranked.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is not a defined value.</exception>
    public Rice(RiceScales scales = RiceScales.Any, TiePolicy tiePolicy = TiePolicy.Min)
    {
        FrameworkGuards.Defined(scales, nameof(scales));
        FrameworkGuards.Defined(tiePolicy, nameof(tiePolicy));
        Scales = scales;
        TiePolicy = tiePolicy;
    }

    /// <summary>Gets which impact and confidence values are accepted.</summary>
    public RiceScales Scales { get; }

    /// <summary>Gets how tied scores are ranked.</summary>
    public TiePolicy TiePolicy { get; }

    /// <summary>Computes RICE scores for many items without allocating (no scale check).</summary>
    /// <param name="reach">Reach values; finite, zero or positive.</param>
    /// <param name="impact">Impact values; finite, zero or positive; same length.</param>
    /// <param name="confidence">Confidence fractions in [0, 1]; same length.</param>
    /// <param name="effort">Efforts; finite and greater than zero; same length.</param>
    /// <param name="scores">Receives <c>reach · impact · confidence / effort</c>; same length.</param>
    /// <exception cref="ArgumentException">The spans' lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A value breaks its rule (the message names the index); or a score overflows the double range (<c>ParamName</c>
    /// <c>effort</c> when a tiny effort drives it, otherwise the larger of <c>reach</c> and <c>impact</c>, <c>reach</c> on a tie).
    /// </exception>
    public static void Compute(ReadOnlySpan<double> reach, ReadOnlySpan<double> impact, ReadOnlySpan<double> confidence, ReadOnlySpan<double> effort, Span<double> scores)
    {
        int n = reach.Length;
        FrameworkGuards.SameLength(n, impact.Length, nameof(impact));
        FrameworkGuards.SameLength(n, confidence.Length, nameof(confidence));
        FrameworkGuards.SameLength(n, effort.Length, nameof(effort));
        FrameworkGuards.SameLength(n, scores.Length, nameof(scores));
        for (int i = 0; i < n; i++)
        {
            double r = reach[i];
            double m = impact[i];
            double c = confidence[i];
            double e = effort[i];
            if (!(r >= 0 && m >= 0 && c >= 0 && c <= 1 && e > 0 && double.IsFinite(r + m + e)))
            {
                FrameworkGuards.ElementFiniteNonNegative(r, nameof(reach), i);
                FrameworkGuards.ElementFiniteNonNegative(m, nameof(impact), i);
                FrameworkGuards.ElementInRange(c, 0, 1, nameof(confidence), i);
                FrameworkGuards.ElementFinitePositive(e, nameof(effort), i);
            }

            // Confidence 0 makes the score 0 even when reach · impact alone overflows (∞ · 0 would be NaN).
            double score = c == 0 ? 0 : r * m * c / e;
            if (!double.IsFinite(score))
            {
                // An intermediate product can overflow while the score is finite (a small confidence or a large effort
                // brings it back, e.g. 1e200 · 1e200 · 1e-100 / 1 = 1e300): recompute from mantissas and exponents.
                score = ScaledScore(r, m, c, e);
            }

            if (!double.IsFinite(score))
            {
                string driver = double.IsFinite(r * m * c) ? nameof(effort) : r >= m ? nameof(reach) : nameof(impact);
                throw new ArgumentOutOfRangeException(driver, string.Create(CultureInfo.InvariantCulture, $"Item {i}: reach · impact · confidence / effort = {r} · {m} · {c} / {e} overflows the double range."));
            }

            scores[i] = score;
        }
    }

    /// <summary>
    /// <c>r · m · c / e</c> for positive finite inputs without intermediate overflow: each input is split into a mantissa
    /// in [1, 2) and a binary exponent (exact), the mantissas are combined and the exponent sum applied last.
    /// </summary>
    private static double ScaledScore(double r, double m, double c, double e)
    {
        int er = Math.ILogB(r), em = Math.ILogB(m), ec = Math.ILogB(c), ee = Math.ILogB(e);
        double f = Math.ScaleB(r, -er) * Math.ScaleB(m, -em) * Math.ScaleB(c, -ec) / Math.ScaleB(e, -ee);
        return Math.ScaleB(f, er + em + ec - ee);
    }

    /// <summary>Scores and ranks items.</summary>
    /// <param name="items">The items, at least one, with unique ids.</param>
    /// <returns>The scores and ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">No item; an id repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Under <see cref="RiceScales.Intercom"/>, an impact or confidence is not on Intercom's scale.</exception>
    [Pure]
    public PriorityScores Evaluate(IEnumerable<RiceItem> items)
    {
        ImmutableArray<RiceItem> list = FrameworkGuards.Items(items, i => i.Id, nameof(items));
        int n = list.Length;
        double[] reach = new double[n];
        double[] impact = new double[n];
        double[] confidence = new double[n];
        double[] effort = new double[n];
        for (int i = 0; i < n; i++)
        {
            RiceItem it = list[i];
            if (Scales == RiceScales.Intercom)
            {
                if (!IntercomImpactValues.Contains(it.Impact))
                {
                    throw new ArgumentOutOfRangeException(nameof(items), it.Impact, string.Create(CultureInfo.InvariantCulture, $"items[{i}] ('{it.Id}') has impact {it.Impact}, which is not on Intercom's scale 3, 2, 1, 0.5, 0.25."));
                }

                if (!IntercomConfidenceValues.Contains(it.Confidence))
                {
                    throw new ArgumentOutOfRangeException(nameof(items), it.Confidence, string.Create(CultureInfo.InvariantCulture, $"items[{i}] ('{it.Id}') has confidence {it.Confidence}, which is not on Intercom's scale 1.0, 0.8, 0.5."));
                }
            }

            reach[i] = it.Reach;
            impact[i] = it.Impact;
            confidence[i] = it.Confidence;
            effort[i] = it.Effort;
        }

        double[] scores = new double[n];
        Compute(reach, impact, confidence, effort, scores);
        return new PriorityScores(Scales == RiceScales.Intercom ? "RICE (Intercom scales)" : "RICE", [.. list.Select(i => i.Id)], scores, Ranking.FromPreferences(scores, higherIsBetter: true, TiePolicy));
    }
}
