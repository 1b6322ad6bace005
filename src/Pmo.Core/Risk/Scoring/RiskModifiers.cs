using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Risk;

/// <summary>An additional risk parameter beyond probability and impact.</summary>
public enum RiskFactor
{
    /// <summary>Urgency: how soon a response must be in place (PMBOK 6th ed. §11.3.2.3).</summary>
    Urgency = 0,

    /// <summary>Proximity: how soon the risk could occur (PMBOK 6th ed. §11.3.2.3).</summary>
    Proximity = 1,

    /// <summary>Velocity: how fast the impact is felt once it occurs (speed of onset; COSO ERM 2017).</summary>
    Velocity = 2,

    /// <summary>Detectability, stated as difficulty of detection: 1 = undetectable before it hits (FMEA convention).</summary>
    Detectability = 3,

    /// <summary>Manageability, stated as difficulty of management: 1 = nothing can be done.</summary>
    Manageability = 4,
}

/// <summary>How <see cref="RiskModifiers"/> use the additional parameters.</summary>
public enum ModifierMode
{
    /// <summary>S′ = S × (1 + Σ_k w_k f_k).</summary>
    Multiplicative = 0,

    /// <summary>S′ = S + Σ_k w_k f_k.</summary>
    Additive = 1,

    /// <summary>The score is unchanged; the factors break ties, in order of decreasing weight.</summary>
    SecondarySortKeys = 2,
}

/// <summary>
/// The assessed additional parameters of one risk, each in [0, 1] where 1 aggravates the risk most (most urgent,
/// nearest, fastest, hardest to detect, hardest to manage); null when not assessed (counts as 0).
/// </summary>
public sealed class RiskFactors
{
    private readonly ImmutableArray<double?> values;

    /// <summary>Creates the factors.</summary>
    /// <param name="urgency">Urgency in [0, 1], or null.</param>
    /// <param name="proximity">Proximity in [0, 1], or null.</param>
    /// <param name="velocity">Velocity in [0, 1], or null.</param>
    /// <param name="detectability">Difficulty of detection in [0, 1], or null.</param>
    /// <param name="manageability">Difficulty of management in [0, 1], or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A given value is NaN or outside [0, 1].</exception>
    public RiskFactors(double? urgency = null, double? proximity = null, double? velocity = null, double? detectability = null, double? manageability = null)
    {
        values = [Check(urgency, nameof(urgency)), Check(proximity, nameof(proximity)), Check(velocity, nameof(velocity)), Check(detectability, nameof(detectability)), Check(manageability, nameof(manageability))];
    }

    /// <summary>Gets factors with nothing assessed.</summary>
    public static RiskFactors None { get; } = new();

    /// <summary>Gets one factor's value, or null when not assessed.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The value in [0, 1] or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not defined.</exception>
    [Pure]
    public double? Get(RiskFactor factor) => Enum.IsDefined(factor)
        ? values[(int)factor]
        : throw new ArgumentOutOfRangeException(nameof(factor), factor, $"{nameof(factor)} is not a defined {nameof(RiskFactor)}.");

    private static double? Check(double? value, string paramName)
    {
        if (value is { } v)
        {
            Guard.Against.NotInRange(v, 0, 1, true, true, paramName);
        }

        return value;
    }
}

/// <summary>
/// Weights for urgency, proximity, velocity, detectability and manageability, used as multiplicative or additive score
/// modifiers or as secondary sort keys.
/// </summary>
/// <remarks>
/// <para>
/// With factor values f_k ∈ [0, 1] (<see cref="RiskFactors"/>, missing = 0) and weights w_k ≥ 0:
/// multiplicative S′ = S × (1 + Σ_k w_k f_k); additive S′ = S + Σ_k w_k f_k. Both are non-decreasing in S and in every
/// f_k, so a modifier never reverses the order of two risks that differ only in score. An undefined score stays undefined.
/// </para>
/// <para>
/// As secondary sort keys, risks are ordered by score (highest first, undefined last), then by each factor with a
/// positive weight in order of decreasing weight (ties in weight: the enum order), highest first.
/// </para>
/// <para>
/// PMBOK 6th ed. (2017) §11.3.2.3 lists urgency, proximity, dormancy, manageability, controllability, detectability,
/// connectivity, strategic impact and propinquity as further risk parameters; COSO ERM (2017) adds velocity to severity
/// assessment (recollection; not verified against the texts).
/// </para>
/// </remarks>
public sealed class RiskModifiers
{
    private static readonly ImmutableArray<RiskFactor> AllFactors = [.. Enum.GetValues<RiskFactor>()];
    private readonly double[] weights;

    /// <summary>Creates modifiers.</summary>
    /// <param name="mode">How the factors are used.</param>
    /// <param name="weights">A weight per factor: finite, zero or positive; each factor at most once; missing factors weigh 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> or a factor is not defined, a weight is NaN, infinite or negative, or the weights' sum overflows to infinity.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">A factor is weighted twice.</exception>
    public RiskModifiers(ModifierMode mode, IEnumerable<KeyValuePair<RiskFactor, double>> weights)
    {
        ScoringGuards.Defined(mode, nameof(mode));
        Guard.Against.Null(weights);
        this.weights = new double[AllFactors.Length];
        var seen = new bool[AllFactors.Length];
        foreach (KeyValuePair<RiskFactor, double> kv in weights)
        {
            if (!Enum.IsDefined(kv.Key))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), kv.Key, $"{nameof(weights)} names {kv.Key}, which is not a defined {nameof(RiskFactor)}.");
            }

            if (!double.IsFinite(kv.Value) || kv.Value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), kv.Value, $"{nameof(weights)}[{kv.Key}] must be a finite number, zero or positive (got {kv.Value}).");
            }

            if (seen[(int)kv.Key])
            {
                throw new ArgumentException($"{nameof(weights)} weights {kv.Key} more than once.", nameof(weights));
            }

            seen[(int)kv.Key] = true;
            this.weights[(int)kv.Key] = kv.Value;
        }

        double total = 0;
        foreach (double w in this.weights)
        {
            total += w;
        }

        if (!double.IsFinite(total))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), total, $"The sum of {nameof(weights)} must be finite (got {total}); with every factor at 1 the modifier would overflow.");
        }

        Mode = mode;
        SortKeys = [.. AllFactors.Where(f => this.weights[(int)f] > 0).OrderByDescending(f => this.weights[(int)f]).ThenBy(f => (int)f)];
    }

    /// <summary>Gets how the factors are used.</summary>
    public ModifierMode Mode { get; }

    /// <summary>Gets the factors with a positive weight, in order of decreasing weight (the secondary sort keys).</summary>
    public ImmutableArray<RiskFactor> SortKeys { get; }

    /// <summary>Gets a factor's weight.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not defined.</exception>
    [Pure]
    public double Weight(RiskFactor factor) => Enum.IsDefined(factor)
        ? weights[(int)factor]
        : throw new ArgumentOutOfRangeException(nameof(factor), factor, $"{nameof(factor)} is not a defined {nameof(RiskFactor)}.");

    /// <summary>Applies the modifiers to a score (see the remarks for the formulas); secondary-sort-key mode returns the score unchanged.</summary>
    /// <param name="score">The score, or null when undefined.</param>
    /// <param name="factors">The risk's factors.</param>
    /// <returns>The modified score, or null when <paramref name="score"/> is null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factors"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or infinite, or the modified score overflows to infinity.</exception>
    [Pure]
    public double? Apply(double? score, RiskFactors factors)
    {
        Guard.Against.Null(factors);
        if (score is not { } s)
        {
            return null;
        }

        Guard.Against.NotFinite(s, nameof(score));
        double sum = 0;
        foreach (RiskFactor f in AllFactors)
        {
            sum += weights[(int)f] * (factors.Get(f) ?? 0);
        }

        double modified = Mode switch
        {
            ModifierMode.Multiplicative => s * (1 + sum),
            ModifierMode.Additive => s + sum,
            _ => s,
        };
        return double.IsFinite(modified)
            ? modified
            : throw new ArgumentOutOfRangeException(nameof(score), s, $"The modified {nameof(score)} overflows: {s:R} {(Mode == ModifierMode.Additive ? "+" : "×")} the factors' modifier is not a finite number.");
    }

    /// <summary>
    /// Compares two risks for a priority list: higher (modified) score first, undefined last, then the
    /// <see cref="SortKeys"/> highest first. A negative result means <paramref name="scoreA"/>'s risk comes first.
    /// </summary>
    /// <param name="scoreA">The first risk's score, or null.</param>
    /// <param name="factorsA">The first risk's factors.</param>
    /// <param name="scoreB">The second risk's score, or null.</param>
    /// <param name="factorsB">The second risk's factors.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentNullException">A factors argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite, or a modified score overflows to infinity (see <see cref="Apply"/>).</exception>
    [Pure]
    public int Compare(double? scoreA, RiskFactors factorsA, double? scoreB, RiskFactors factorsB)
    {
        Guard.Against.Null(factorsA);
        Guard.Against.Null(factorsB);
        double? a = Apply(scoreA, factorsA);
        double? b = Apply(scoreB, factorsB);
        int c = (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => b!.Value.CompareTo(a!.Value),
        };
        if (c != 0)
        {
            return c;
        }

        foreach (RiskFactor f in SortKeys)
        {
            c = (factorsB.Get(f) ?? 0).CompareTo(factorsA.Get(f) ?? 0);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    /// <summary>Gets a comparer of items for a priority list (see <see cref="Compare"/>).</summary>
    /// <typeparam name="T">The item type, for example a register row.</typeparam>
    /// <param name="score">Gets an item's score.</param>
    /// <param name="factors">Gets an item's factors.</param>
    /// <returns>The comparer; its <c>Compare</c> throws <see cref="ArgumentOutOfRangeException"/> as <see cref="Compare"/> does (a sort wraps it in an <see cref="InvalidOperationException"/>).</returns>
    /// <exception cref="ArgumentNullException">A selector is null.</exception>
    [Pure]
    public IComparer<T> Comparer<T>(Func<T, double?> score, Func<T, RiskFactors> factors)
    {
        Guard.Against.Null(score);
        Guard.Against.Null(factors);
        return System.Collections.Generic.Comparer<T>.Create((x, y) => Compare(score(x), factors(x), score(y), factors(y)));
    }
}
