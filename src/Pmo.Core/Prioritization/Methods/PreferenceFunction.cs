using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>The six generalised criteria (preference function shapes) of PROMETHEE.</summary>
public enum PreferenceFunctionKind
{
    /// <summary>Type I, usual criterion: <c>P(d) = 1</c> for <c>d &gt; 0</c>, else 0.</summary>
    Usual = 0,

    /// <summary>Type II, U-shape (quasi-criterion): <c>P(d) = 1</c> for <c>d &gt; q</c>, else 0.</summary>
    UShape = 1,

    /// <summary>Type III, V-shape (linear preference without indifference): <c>P(d) = d/p</c> for <c>0 ≤ d ≤ p</c>, 1 above.</summary>
    VShape = 2,

    /// <summary>Type IV, level criterion: 0 for <c>d ≤ q</c>, ½ for <c>q &lt; d ≤ p</c>, 1 above.</summary>
    Level = 3,

    /// <summary>Type V, linear (V-shape with indifference): 0 for <c>d ≤ q</c>, <c>(d − q)/(p − q)</c> for <c>q &lt; d ≤ p</c>, 1 above.</summary>
    Linear = 4,

    /// <summary>Type VI, Gaussian: <c>P(d) = 1 − exp(−d²/(2s²))</c> for <c>d &gt; 0</c>, else 0.</summary>
    Gaussian = 5,
}

/// <summary>
/// A PROMETHEE preference function <c>P(d)</c>: how strongly an alternative is preferred to another whose value on the
/// criterion is <c>d</c> worse. Immutable. <c>q</c> is the indifference threshold, <c>p</c> the strict-preference threshold,
/// <c>s</c> the Gaussian inflexion point, all in the criterion's unit.
/// </summary>
/// <remarks>
/// Brans and Vincke (1985), "A preference ranking organisation method (the PROMETHEE method for multiple criteria
/// decision-making)", <i>Management Science</i> 31(6), Figure 1 (the six generalised criteria); Brans and Mareschal (2005),
/// "PROMETHEE methods", in Figueira, Greco and Ehrgott (eds), <i>Multiple Criteria Decision Analysis: State of the Art
/// Surveys</i>, Table 5.1. For <c>d ≤ 0</c> every function is 0.
/// </remarks>
public sealed class PreferenceFunction : IEquatable<PreferenceFunction>
{
    private PreferenceFunction(PreferenceFunctionKind kind, double q, double p, double s)
    {
        Kind = kind;
        Q = q;
        P = p;
        S = s;
    }

    /// <summary>Gets the shape.</summary>
    public PreferenceFunctionKind Kind { get; }

    /// <summary>Gets the indifference threshold q (0 when the shape has none).</summary>
    public double Q { get; }

    /// <summary>Gets the strict-preference threshold p (0 when the shape has none).</summary>
    public double P { get; }

    /// <summary>Gets the Gaussian parameter s (0 for other shapes).</summary>
    public double S { get; }

    /// <summary>Type I, the usual criterion: any positive difference is a strict preference.</summary>
    /// <returns>The function.</returns>
    [Pure]
    public static PreferenceFunction Usual() => new(PreferenceFunctionKind.Usual, 0, 0, 0);

    /// <summary>Type II, U-shape: strict preference once the difference exceeds q.</summary>
    /// <param name="q">The indifference threshold, finite and ≥ 0.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> is negative or not finite.</exception>
    [Pure]
    public static PreferenceFunction UShape(double q) => new(PreferenceFunctionKind.UShape, NonNegative(q, nameof(q)), 0, 0);

    /// <summary>Type III, V-shape: preference grows linearly to 1 at p.</summary>
    /// <param name="p">The strict-preference threshold, finite and &gt; 0.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not finite and positive.</exception>
    [Pure]
    public static PreferenceFunction VShape(double p) => new(PreferenceFunctionKind.VShape, 0, Positive(p, nameof(p)), 0);

    /// <summary>Type IV, level criterion: weak preference ½ between q and p, strict above p.</summary>
    /// <param name="q">The indifference threshold, finite and ≥ 0.</param>
    /// <param name="p">The strict-preference threshold, finite and &gt; q.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    [Pure]
    public static PreferenceFunction Level(double q, double p) => new(PreferenceFunctionKind.Level, NonNegative(q, nameof(q)), Above(p, q), 0);

    /// <summary>Type V, linear preference with an indifference area (V-shape with indifference).</summary>
    /// <param name="q">The indifference threshold, finite and ≥ 0.</param>
    /// <param name="p">The strict-preference threshold, finite and &gt; q.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    [Pure]
    public static PreferenceFunction Linear(double q, double p) => new(PreferenceFunctionKind.Linear, NonNegative(q, nameof(q)), Above(p, q), 0);

    /// <summary>Type VI, Gaussian criterion.</summary>
    /// <param name="s">The inflexion point, finite and &gt; 0.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="s"/> is not finite and positive.</exception>
    [Pure]
    public static PreferenceFunction Gaussian(double s) => new(PreferenceFunctionKind.Gaussian, 0, 0, Positive(s, nameof(s)));

    /// <summary>Evaluates <c>P(d)</c>.</summary>
    /// <param name="d">The difference in favour of the first alternative (already oriented: for a cost criterion, the second's value minus the first's).</param>
    /// <returns>The preference degree in [0, 1].</returns>
    [Pure]
    public double Evaluate(double d) => Kind switch
    {
        _ when d <= 0 => 0,
        PreferenceFunctionKind.Usual => 1,
        PreferenceFunctionKind.UShape => d > Q ? 1 : 0,
        PreferenceFunctionKind.VShape => d >= P ? 1 : d / P,
        PreferenceFunctionKind.Level => d > P ? 1 : d > Q ? 0.5 : 0,
        PreferenceFunctionKind.Linear => d > P ? 1 : d > Q ? (d - Q) / (P - Q) : 0,
        _ => 1 - Math.Exp(-(d * d) / (2 * S * S)),
    };

    /// <inheritdoc/>
    public bool Equals(PreferenceFunction? other) => other is not null && Kind == other.Kind && Q == other.Q && P == other.P && S == other.S;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PreferenceFunction);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Q, P, S);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        PreferenceFunctionKind.Usual => "usual",
        PreferenceFunctionKind.UShape => string.Create(CultureInfo.InvariantCulture, $"U-shape (q = {Q})"),
        PreferenceFunctionKind.VShape => string.Create(CultureInfo.InvariantCulture, $"V-shape (p = {P})"),
        PreferenceFunctionKind.Level => string.Create(CultureInfo.InvariantCulture, $"level (q = {Q}, p = {P})"),
        PreferenceFunctionKind.Linear => string.Create(CultureInfo.InvariantCulture, $"linear (q = {Q}, p = {P})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Gaussian (s = {S})"),
    };

    private static double NonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number ≥ 0 (got {value})."));

    private static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number > 0 (got {value})."));

    private static double Above(double p, double q) =>
        double.IsFinite(p) && p > q ? p : throw new ArgumentOutOfRangeException(nameof(p), p, string.Create(CultureInfo.InvariantCulture, $"p must be a finite number greater than q = {q} (got {p})."));
}
