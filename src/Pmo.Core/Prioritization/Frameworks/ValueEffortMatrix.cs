using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>A quadrant of the value-versus-effort (action priority) matrix.</summary>
public enum ValueEffortQuadrant
{
    /// <summary>Quick wins: high value, low effort — do first.</summary>
    QuickWin = 0,

    /// <summary>Major projects: high value, high effort — plan carefully.</summary>
    MajorProject = 1,

    /// <summary>Fill-ins: low value, low effort — do when there is spare capacity.</summary>
    FillIn = 2,

    /// <summary>Thankless tasks (also called money pits or time wasters): low value, high effort — avoid.</summary>
    ThanklessTask = 3,
}

/// <summary>How a quadrant threshold is set.</summary>
public enum ThresholdRule
{
    /// <summary>A value given by the caller.</summary>
    Given = 0,

    /// <summary>The median of the items' values (the mean of the two middle values for an even count).</summary>
    Median = 1,

    /// <summary>The arithmetic mean of the items' values.</summary>
    Mean = 2,
}

/// <summary>A quadrant threshold: a given value, or the median or mean of the inputs. Immutable.</summary>
public sealed class QuadrantThreshold
{
    private QuadrantThreshold(ThresholdRule rule, double value)
    {
        Rule = rule;
        Value = value;
    }

    /// <summary>Gets the threshold of the inputs' median.</summary>
    public static QuadrantThreshold Median { get; } = new(ThresholdRule.Median, double.NaN);

    /// <summary>Gets the threshold of the inputs' mean.</summary>
    public static QuadrantThreshold Mean { get; } = new(ThresholdRule.Mean, double.NaN);

    /// <summary>Gets how the threshold is set.</summary>
    public ThresholdRule Rule { get; }

    /// <summary>Gets the given value (NaN for <see cref="ThresholdRule.Median"/> and <see cref="ThresholdRule.Mean"/>, which are computed from the inputs).</summary>
    public double Value { get; }

    /// <summary>Creates a given threshold.</summary>
    /// <param name="value">The threshold; finite.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    [Pure]
    public static QuadrantThreshold Given(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"value must be a finite number (got {FrameworkGuards.Format(value)}).");
        }

        return new QuadrantThreshold(ThresholdRule.Given, value);
    }

    internal double Resolve(double[] values)
    {
        switch (Rule)
        {
            case ThresholdRule.Given:
                return Value;
            case ThresholdRule.Mean:
                double sum = values.Sum();
                if (double.IsFinite(sum))
                {
                    return sum / values.Length;
                }

                // Values near ±double.MaxValue: the plain sum overflows, so average the shares (each |v / n| ≤ max / n).
                double mean = 0;
                foreach (double v in values)
                {
                    mean += v / values.Length;
                }

                return mean;
            default:
                double[] sorted = [.. values.Order()];
                int n = sorted.Length;
                if (n % 2 == 1)
                {
                    return sorted[n / 2];
                }

                double lo = sorted[(n / 2) - 1], hi = sorted[n / 2];
                double mid = (lo + hi) / 2;
                return double.IsFinite(mid) ? mid : (lo / 2) + (hi / 2);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Rule == ThresholdRule.Given ? Value.ToString(CultureInfo.InvariantCulture) : Rule.ToString();
}

/// <summary>One item to place on the value-versus-effort matrix. Immutable.</summary>
public sealed class ValueEffortItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="value">The value (benefit, impact, a score); finite.</param>
    /// <param name="effort">The effort (cost, size); finite, zero or positive.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite; <paramref name="effort"/> is negative or not finite.</exception>
    public ValueEffortItem(string id, double value, double effort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"value of '{id}' must be a finite number (got {FrameworkGuards.Format(value)}).");
        }

        FrameworkGuards.FiniteNonNegative(effort, nameof(effort), id);
        Id = id;
        Value = value;
        Effort = effort;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <summary>Gets the effort.</summary>
    public double Effort { get; }
}

/// <summary>
/// The value-versus-effort 2×2 matrix: each item is a quick win, major project, fill-in or thankless task by comparing
/// its value and effort with explicit thresholds. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Quadrant names as in Mind Tools' "Action Priority Matrix" (mindtools.com): Quick Wins (high impact, low effort),
/// Major Projects (high, high), Fill-Ins (low, low), Thankless Tasks (low impact, high effort); other authors call the
/// last quadrant "money pit" or "time wasters".
/// </para>
/// <para>
/// Boundary rule (ties go to the favourable side): value is high when <c>value ≥ valueThreshold</c>; effort is low
/// when <c>effort ≤ effortThreshold</c>. Thresholds are given by the caller or computed from the items as their median
/// or mean (<see cref="QuadrantThreshold"/>); the thresholds used are reported.
/// </para>
/// </remarks>
public sealed class ValueEffortMatrix
{
    /// <summary>Creates the matrix.</summary>
    /// <param name="valueThreshold">The value threshold.</param>
    /// <param name="effortThreshold">The effort threshold.</param>
    /// <exception cref="ArgumentNullException">A threshold is null.</exception>
    public ValueEffortMatrix(QuadrantThreshold valueThreshold, QuadrantThreshold effortThreshold)
    {
        ArgumentNullException.ThrowIfNull(valueThreshold);
        ArgumentNullException.ThrowIfNull(effortThreshold);
        ValueThreshold = valueThreshold;
        EffortThreshold = effortThreshold;
    }

    /// <summary>Gets the value threshold rule.</summary>
    public QuadrantThreshold ValueThreshold { get; }

    /// <summary>Gets the effort threshold rule.</summary>
    public QuadrantThreshold EffortThreshold { get; }

    /// <summary>Places items in quadrants.</summary>
    /// <param name="items">The items, at least one, with unique ids.</param>
    /// <returns>The quadrant of each item and the thresholds used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">No item; an id repeats.</exception>
    [Pure]
    public ValueEffortResult Classify(IEnumerable<ValueEffortItem> items)
    {
        ImmutableArray<ValueEffortItem> list = FrameworkGuards.Items(items, i => i.Id, nameof(items));
        double[] values = [.. list.Select(i => i.Value)];
        double[] efforts = [.. list.Select(i => i.Effort)];
        double vt = ValueThreshold.Resolve(values);
        double et = EffortThreshold.Resolve(efforts);
        ValueEffortQuadrant[] q = new ValueEffortQuadrant[list.Length];
        for (int i = 0; i < q.Length; i++)
        {
            bool high = values[i] >= vt;
            bool low = efforts[i] <= et;
            q[i] = (high, low) switch
            {
                (true, true) => ValueEffortQuadrant.QuickWin,
                (true, false) => ValueEffortQuadrant.MajorProject,
                (false, true) => ValueEffortQuadrant.FillIn,
                _ => ValueEffortQuadrant.ThanklessTask,
            };
        }

        return new ValueEffortResult(list, [.. q], vt, et);
    }
}

/// <summary>The result of <see cref="ValueEffortMatrix.Classify"/>. Immutable.</summary>
public sealed class ValueEffortResult
{
    internal ValueEffortResult(ImmutableArray<ValueEffortItem> items, ImmutableArray<ValueEffortQuadrant> quadrants, double valueThreshold, double effortThreshold)
    {
        Items = items;
        Quadrants = quadrants;
        ValueThreshold = valueThreshold;
        EffortThreshold = effortThreshold;
    }

    /// <summary>Gets the items as given.</summary>
    public ImmutableArray<ValueEffortItem> Items { get; }

    /// <summary>Gets each item's quadrant, in input order.</summary>
    public ImmutableArray<ValueEffortQuadrant> Quadrants { get; }

    /// <summary>Gets the value threshold used (value ≥ it is high).</summary>
    public double ValueThreshold { get; }

    /// <summary>Gets the effort threshold used (effort ≤ it is low).</summary>
    public double EffortThreshold { get; }

    /// <summary>Gets the ids in one quadrant, in input order.</summary>
    /// <param name="quadrant">The quadrant.</param>
    /// <returns>The ids.</returns>
    [Pure]
    public ImmutableArray<string> In(ValueEffortQuadrant quadrant) => [.. Items.Where((_, i) => Quadrants[i] == quadrant).Select(i => i.Id)];

    /// <summary>Gets an item's quadrant by id.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The quadrant.</returns>
    /// <exception cref="KeyNotFoundException">No item has that id.</exception>
    [Pure]
    public ValueEffortQuadrant QuadrantOf(string id)
    {
        for (int i = 0; i < Items.Length; i++)
        {
            if (Items[i].Id == id)
            {
                return Quadrants[i];
            }
        }

        throw new KeyNotFoundException($"No item has the id '{id}'.");
    }
}
