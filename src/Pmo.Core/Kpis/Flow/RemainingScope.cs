using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis.Flow;

/// <summary>
/// The number of items still to do in a <see cref="DeliveryForecast.WhenDone"/> simulation: exact, a uniform range
/// (each trial draws an integer in [min, max], all equally likely), or an empirical distribution (each trial draws one
/// of the given values, all equally likely; repeat a value to weight it). Immutable.
/// </summary>
public sealed class RemainingScope
{
    private readonly int[] values;

    private RemainingScope(int min, int max, int[] values)
    {
        Minimum = min;
        Maximum = max;
        this.values = values;
    }

    /// <summary>Gets the smallest possible scope.</summary>
    public int Minimum { get; }

    /// <summary>Gets the largest possible scope.</summary>
    public int Maximum { get; }

    /// <summary>Gets the empirical values, or an empty array for an exact or uniform scope.</summary>
    public ImmutableArray<int> Values => [.. values];

    /// <summary>A scope of exactly <paramref name="items"/> items.</summary>
    /// <param name="items">Zero or more items.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="items"/> is negative.</exception>
    public static RemainingScope Exactly(int items)
    {
        Guard.Against.Negative(items);
        return new RemainingScope(items, items, []);
    }

    /// <summary>A scope drawn uniformly from the integers <paramref name="min"/> … <paramref name="max"/> in each trial.</summary>
    /// <param name="min">The smallest scope, zero or more.</param>
    /// <param name="max">The largest scope, at least <paramref name="min"/>.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="min"/> is negative, or <paramref name="max"/> is below <paramref name="min"/>.</exception>
    public static RemainingScope Uniform(int min, int max)
    {
        Guard.Against.Negative(min);
        if (max < min)
        {
            throw new ArgumentException($"{nameof(max)} ({max}) must not be below {nameof(min)} ({min}).", nameof(max));
        }

        if ((long)max - min + 1 > int.MaxValue)
        {
            throw new ArgumentException($"The range {min}…{max} is too wide (more than {int.MaxValue} values).", nameof(max));
        }

        return new RemainingScope(min, max, []);
    }

    /// <summary>A scope drawn from <paramref name="values"/>, each equally likely, in each trial.</summary>
    /// <param name="values">Scope values, zero or more each; not empty.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty or has a negative value.</exception>
    public static RemainingScope FromSamples(IEnumerable<int> values)
    {
        Guard.Against.Null(values);
        int[] copy = [.. values];
        Guard.Against.EmptySpan<int>(copy, nameof(values));
        for (int i = 0; i < copy.Length; i++)
        {
            if (copy[i] < 0)
            {
                throw new ArgumentException($"{nameof(values)}[{i}] must be zero or positive (got {copy[i]}).", nameof(values));
            }
        }

        return new RemainingScope(copy.Min(), copy.Max(), copy);
    }

    internal int Sample(ref Xoshiro256StarStar random)
    {
        if (values.Length > 0)
        {
            return values.Length == 1 ? values[0] : values[random.NextInt(values.Length)];
        }

        return Minimum == Maximum ? Minimum : Minimum + random.NextInt(Maximum - Minimum + 1);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        values.Length > 0 ? $"one of {values.Length} values in {Minimum}…{Maximum}" : Minimum == Maximum ? $"{Minimum}" : $"uniform {Minimum}…{Maximum}";
}
