using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>One named level of a <see cref="RatingScale"/>, for example <c>Strong = 5</c>. Immutable.</summary>
public sealed class RatingLevel : IEquatable<RatingLevel>
{
    /// <summary>Creates a level.</summary>
    /// <param name="name">The level's name, unique within its scale (compared ordinally, case-insensitively).</param>
    /// <param name="value">The level's numeric value; finite.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public RatingLevel(string name, double value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"value must be a finite number (level '{name}' got {value.ToString(CultureInfo.InvariantCulture)}).");
        }

        Name = name;
        Value = value;
    }

    /// <summary>Gets the level's name.</summary>
    public string Name { get; }

    /// <summary>Gets the level's numeric value.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public bool Equals(RatingLevel? other) => other is not null && Name == other.Name && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RatingLevel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} = {Value}");
}

/// <summary>
/// An absolute rating scale: a fixed, ordered set of named levels with numeric values (for example None 0, Low 1,
/// Moderate 3, Strong 5, Extreme 9). Only the defined levels are valid ratings. Immutable.
/// </summary>
/// <remarks>
/// <para>
/// An absolute scale rates each candidate against level definitions rather than against the other candidates, so a
/// candidate's score does not change when others join or leave the list (Saaty, 1986, "Absolute and relative
/// measurement with the AHP", Socio-Economic Planning Sciences 20(6); the ratings mode of AHP). Its minimum and maximum become the fixed scale bounds of the criterion a
/// <see cref="WeightedScorecard"/> produces, so fixed-bounds normalisations map the scale, not the observed range.
/// </para>
/// <para>
/// Levels are given in increasing order of value; values must be strictly increasing and names unique
/// (case-insensitive), so a name or a value identifies one level.
/// </para>
/// </remarks>
public sealed class RatingScale
{
    private readonly Dictionary<string, int> byName;

    private RatingScale(ImmutableArray<RatingLevel> levels)
    {
        Levels = levels;
        byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < levels.Length; i++)
        {
            byName[levels[i].Name] = i;
        }
    }

    /// <summary>Gets the levels in increasing order of value.</summary>
    public ImmutableArray<RatingLevel> Levels { get; }

    /// <summary>Gets the smallest level value.</summary>
    public double Min => Levels[0].Value;

    /// <summary>Gets the largest level value.</summary>
    public double Max => Levels[^1].Value;

    /// <summary>Creates a scale.</summary>
    /// <param name="levels">At least two levels, in strictly increasing order of value, with unique names.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two levels; a name repeats; values are not strictly increasing.</exception>
    [Pure]
    public static RatingScale Create(IEnumerable<RatingLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ImmutableArray<RatingLevel> list = [.. levels];
        if (list.Length < 2)
        {
            throw new ArgumentException($"A rating scale needs at least two levels (got {list.Length}).", nameof(levels));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(levels), $"levels[{i}] is null.");
            }

            if (!names.Add(list[i].Name))
            {
                throw new ArgumentException($"Level name '{list[i].Name}' appears more than once (names are compared case-insensitively).", nameof(levels));
            }

            if (i > 0 && list[i].Value <= list[i - 1].Value)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Level values must be strictly increasing, but '{list[i].Name}' = {list[i].Value} follows '{list[i - 1].Name}' = {list[i - 1].Value}."),
                    nameof(levels));
            }
        }

        return new RatingScale(list);
    }

    /// <summary>Creates a scale from (name, value) pairs.</summary>
    /// <param name="levels">At least two levels, in strictly increasing order of value, with unique names.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">See <see cref="Create(IEnumerable{RatingLevel})"/>; a name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite.</exception>
    [Pure]
    public static RatingScale Create(params (string Name, double Value)[] levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return Create(levels.Select(l => new RatingLevel(l.Name, l.Value)));
    }

    /// <summary>
    /// The five impact levels Microsoft Project Server / Project Online (Project Web App) uses to rate a project's
    /// impact on a business driver — None, Low, Moderate, Strong, Extreme — with values chosen by the PMO.
    /// </summary>
    /// <param name="none">The value of None.</param>
    /// <param name="low">The value of Low.</param>
    /// <param name="moderate">The value of Moderate.</param>
    /// <param name="strong">The value of Strong.</param>
    /// <param name="extreme">The value of Extreme.</param>
    /// <returns>The scale.</returns>
    /// <remarks>
    /// The level names are Project Web App's driver impact statements (Microsoft Learn, "Portfolio analysis overview",
    /// Project Server 2013–Subscription Edition, and the PSI <c>WebSvcDriver</c> reference). Microsoft does not publish
    /// the numbers behind them, so the values are explicit parameters, for example 0, 1, 3, 5, 9 (a 1-3-9 style
    /// spread as in QFD relationship matrices) or 0, 1, 2, 3, 4 (linear).
    /// </remarks>
    /// <exception cref="ArgumentException">The values are not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite.</exception>
    [Pure]
    public static RatingScale ProjectImpactLevels(double none, double low, double moderate, double strong, double extreme) =>
        Create(("None", none), ("Low", low), ("Moderate", moderate), ("Strong", strong), ("Extreme", extreme));

    /// <summary>Gets the value of a named level.</summary>
    /// <param name="name">The level's name (case-insensitive).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No level has that name.</exception>
    [Pure]
    public double ValueOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGetValue(name, out double v)
            ? v
            : throw new KeyNotFoundException($"The scale has no level named '{name}' (levels: {string.Join(", ", Levels.Select(l => l.Name))}).");
    }

    /// <summary>Looks up a named level's value.</summary>
    /// <param name="name">The level's name (case-insensitive).</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the level exists.</returns>
    public bool TryGetValue(string name, out double value)
    {
        if (name is not null && byName.TryGetValue(name, out int i))
        {
            value = Levels[i].Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Gets a value indicating whether <paramref name="value"/> is exactly one of the levels' values.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when a level has this value.</returns>
    [Pure]
    public bool IsLevelValue(double value)
    {
        foreach (RatingLevel l in Levels)
        {
            if (l.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Levels);
}
