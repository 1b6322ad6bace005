using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Pmo.Core.Prioritization;

/// <summary>How ICE combines its three ratings.</summary>
public enum IceAggregation
{
    /// <summary><c>ICE = Impact × Confidence × Ease</c> (range 1 … 1000 on 1–10 ratings). The default.</summary>
    Product = 0,

    /// <summary><c>ICE = (Impact + Confidence + Ease) / 3</c> (range 1 … 10 on 1–10 ratings).</summary>
    Mean = 1,
}

/// <summary>One ICE item: impact, confidence and ease, each rated 1 to 10. Immutable.</summary>
public sealed class IceItem
{
    /// <summary>The lowest rating: 1.</summary>
    public const double MinRating = 1;

    /// <summary>The highest rating: 10.</summary>
    public const double MaxRating = 10;

    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="impact">Impact, in [1, 10].</param>
    /// <param name="confidence">Confidence, in [1, 10].</param>
    /// <param name="ease">Ease (the inverse of effort), in [1, 10].</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside [1, 10] or not finite.</exception>
    public IceItem(string id, double impact, double confidence, double ease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        FrameworkGuards.InRange(impact, MinRating, MaxRating, nameof(impact), id);
        FrameworkGuards.InRange(confidence, MinRating, MaxRating, nameof(confidence), id);
        FrameworkGuards.InRange(ease, MinRating, MaxRating, nameof(ease), id);
        Id = id;
        Impact = impact;
        Confidence = confidence;
        Ease = ease;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the impact rating.</summary>
    public double Impact { get; }

    /// <summary>Gets the confidence rating.</summary>
    public double Confidence { get; }

    /// <summary>Gets the ease rating.</summary>
    public double Ease { get; }
}

/// <summary>
/// ICE scoring (Impact, Confidence, Ease), each rated on 1–10, combined by product or mean. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// ICE was introduced by Sean Ellis (GrowthHackers) for ranking growth experiments and popularised in Ellis and
/// Brown, 2017, <i>Hacking Growth</i>, which rates each component on a ten-point scale and averages them
/// (<see cref="IceAggregation.Mean"/>). Itamar Gilad, 2023, <i>Evidence Guided</i>, multiplies them
/// (<see cref="IceAggregation.Product"/>, the default), so that a low confidence pulls the score down hard. Ratings are
/// numbers in [1, 10]; ease is the inverse of effort (10 = easiest). Higher is better. (The two attributions are as
/// summarised by votito.com, "ICE score"; the books were not checked page by page.)
/// </remarks>
public sealed class Ice
{
    /// <summary>Creates the model.</summary>
    /// <param name="aggregation">How the ratings are combined.</param>
    /// <param name="tiePolicy">How tied scores are ranked.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is not a defined value.</exception>
    public Ice(IceAggregation aggregation = IceAggregation.Product, TiePolicy tiePolicy = TiePolicy.Min)
    {
        FrameworkGuards.Defined(aggregation, nameof(aggregation));
        FrameworkGuards.Defined(tiePolicy, nameof(tiePolicy));
        Aggregation = aggregation;
        TiePolicy = tiePolicy;
    }

    /// <summary>Gets how the ratings are combined.</summary>
    public IceAggregation Aggregation { get; }

    /// <summary>Gets how tied scores are ranked.</summary>
    public TiePolicy TiePolicy { get; }

    /// <summary>Scores and ranks items.</summary>
    /// <param name="items">The items, at least one, with unique ids.</param>
    /// <returns>The scores and ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">No item; an id repeats.</exception>
    [Pure]
    public PriorityScores Evaluate(IEnumerable<IceItem> items)
    {
        ImmutableArray<IceItem> list = FrameworkGuards.Items(items, i => i.Id, nameof(items));
        double[] scores = new double[list.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            IceItem it = list[i];
            scores[i] = Aggregation == IceAggregation.Product
                ? it.Impact * it.Confidence * it.Ease
                : (it.Impact + it.Confidence + it.Ease) / 3;
        }

        return new PriorityScores(Aggregation == IceAggregation.Product ? "ICE (product)" : "ICE (mean)", [.. list.Select(i => i.Id)], scores, Ranking.FromPreferences(scores, higherIsBetter: true, TiePolicy));
    }
}
