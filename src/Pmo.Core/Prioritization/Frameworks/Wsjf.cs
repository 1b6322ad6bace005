using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>Which values the WSJF inputs may take.</summary>
public enum WsjfScale
{
    /// <summary>Any finite value: components zero or positive, job size positive. The default.</summary>
    Any = 0,

    /// <summary>
    /// Every component and the job size must be a value of the modified Fibonacci sequence 1, 2, 3, 5, 8, 13, 20, 40, 100
    /// (the relative-estimation scale of Planning Poker; Cohn, 2005, <i>Agile Estimating and Planning</i>, ch. 6; SAFe's
    /// WSJF table uses its first values 1 … 20).
    /// </summary>
    ModifiedFibonacci = 1,
}

/// <summary>How the four WSJF columns are made relative.</summary>
public enum WsjfRelativeScaling
{
    /// <summary>Values are used as given. The default.</summary>
    None = 0,

    /// <summary>
    /// SAFe's rule for relative estimation, checked not applied: in each column (user-business value, time criticality,
    /// RR|OE, job size) the smallest value must be exactly 1 ("there must be at least one 1 in each column"). A column
    /// without a 1 is an error. Values are used as given.
    /// </summary>
    RequireOneInEachColumn = 1,

    /// <summary>
    /// Each column is divided by its smallest value, so the smallest item of each column becomes 1 and the others are
    /// multiples of it: <c>x'_ij = x_ij / min_i x_ij</c>. Every column minimum must be positive. The rescaled values
    /// (no longer Fibonacci numbers in general) are reported in the result. Note that this changes the relative
    /// weight of the three cost-of-delay components whenever their minima differ.
    /// </summary>
    DivideByColumnMinimum = 2,
}

/// <summary>One WSJF backlog item (feature, epic, project): the three cost-of-delay components and the job size. Immutable.</summary>
public sealed class WsjfItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="userBusinessValue">User-business value; finite, zero or positive.</param>
    /// <param name="timeCriticality">Time criticality; finite, zero or positive.</param>
    /// <param name="riskReductionOpportunityEnablement">Risk reduction and/or opportunity enablement (RR|OE); finite, zero or positive.</param>
    /// <param name="jobSize">Job size (a proxy for duration); finite and greater than zero.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A component is negative or not finite; <paramref name="jobSize"/> is not finite or not greater than zero.</exception>
    public WsjfItem(string id, double userBusinessValue, double timeCriticality, double riskReductionOpportunityEnablement, double jobSize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        FrameworkGuards.FiniteNonNegative(userBusinessValue, nameof(userBusinessValue), id);
        FrameworkGuards.FiniteNonNegative(timeCriticality, nameof(timeCriticality), id);
        FrameworkGuards.FiniteNonNegative(riskReductionOpportunityEnablement, nameof(riskReductionOpportunityEnablement), id);
        FrameworkGuards.FinitePositive(jobSize, nameof(jobSize), id);
        Id = id;
        UserBusinessValue = userBusinessValue;
        TimeCriticality = timeCriticality;
        RiskReductionOpportunityEnablement = riskReductionOpportunityEnablement;
        JobSize = jobSize;
    }

    /// <summary>Gets the item's id.</summary>
    public string Id { get; }

    /// <summary>Gets the user-business value.</summary>
    public double UserBusinessValue { get; }

    /// <summary>Gets the time criticality.</summary>
    public double TimeCriticality { get; }

    /// <summary>Gets the risk reduction and/or opportunity enablement value.</summary>
    public double RiskReductionOpportunityEnablement { get; }

    /// <summary>Gets the job size.</summary>
    public double JobSize { get; }
}

/// <summary>
/// Weighted Shortest Job First (WSJF) as in the Scaled Agile Framework: <c>WSJF = CoD / job size</c> with
/// <c>CoD = user-business value + time criticality + RR|OE</c>. Options are fixed at construction; immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Reinertsen (2009, <i>The Principles of Product Development Flow</i>, ch. 7, principle F16 "weighted shortest job
/// first") sequences jobs by cost of delay divided by duration, which minimises the total cost of delay when jobs are
/// done one at a time. The Scaled Agile Framework (Scaled Agile, Inc., "WSJF", scaledagileframework.com/wsjf) estimates
/// cost of delay as the sum of three relative components — user-business value, time criticality, and risk reduction
/// and/or opportunity enablement (RR|OE) — and uses the relative job size as the proxy for duration, each estimated
/// on the modified Fibonacci scale with the smallest item of each column set to 1.
/// </para>
/// <para>
/// Higher WSJF is better. Options: <see cref="WsjfScale"/> (validate the Fibonacci scale or not) and
/// <see cref="WsjfRelativeScaling"/> (use as given, check the "one 1 per column" rule, or divide each column by its
/// minimum). With rescaling, the Fibonacci check applies to the values as given, before division.
/// </para>
/// </remarks>
public sealed class Wsjf
{
    /// <summary>The modified Fibonacci values accepted under <see cref="WsjfScale.ModifiedFibonacci"/>.</summary>
    public static readonly ImmutableArray<double> ModifiedFibonacciValues = [1, 2, 3, 5, 8, 13, 20, 40, 100];

    private static readonly ImmutableArray<string> ColumnNames = ["userBusinessValue", "timeCriticality", "riskReductionOpportunityEnablement", "jobSize"];

    /// <summary>Creates the model.</summary>
    /// <param name="scale">Which values the inputs may take.</param>
    /// <param name="scaling">How the columns are made relative.</param>
    /// <param name="tiePolicy">How tied WSJF values are ranked.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is not a defined value.</exception>
    public Wsjf(WsjfScale scale = WsjfScale.Any, WsjfRelativeScaling scaling = WsjfRelativeScaling.None, TiePolicy tiePolicy = TiePolicy.Min)
    {
        FrameworkGuards.Defined(scale, nameof(scale));
        FrameworkGuards.Defined(scaling, nameof(scaling));
        FrameworkGuards.Defined(tiePolicy, nameof(tiePolicy));
        Scale = scale;
        Scaling = scaling;
        TiePolicy = tiePolicy;
    }

    /// <summary>Gets which values the inputs may take.</summary>
    public WsjfScale Scale { get; }

    /// <summary>Gets how the columns are made relative.</summary>
    public WsjfRelativeScaling Scaling { get; }

    /// <summary>Gets how tied WSJF values are ranked.</summary>
    public TiePolicy TiePolicy { get; }

    /// <summary>Computes cost of delay and WSJF for many items without allocating (no options applied: values as given).</summary>
    /// <param name="userBusinessValue">User-business values; finite, zero or positive.</param>
    /// <param name="timeCriticality">Time criticalities; same length.</param>
    /// <param name="riskReductionOpportunityEnablement">RR|OE values; same length.</param>
    /// <param name="jobSize">Job sizes; finite and greater than zero; same length.</param>
    /// <param name="costOfDelay">Receives <c>UBV + TC + RR|OE</c>; same length.</param>
    /// <param name="wsjf">Receives <c>CoD / job size</c>; same length.</param>
    /// <exception cref="ArgumentException">The spans' lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value breaks its rule (the message names the index); or the cost of delay or WSJF overflows the double range (<c>ParamName</c> <c>jobSize</c> when a tiny job size drives it, otherwise the largest of the three values, the first of user-business value, time criticality and RR|OE on a tie).</exception>
    public static void Compute(
        ReadOnlySpan<double> userBusinessValue,
        ReadOnlySpan<double> timeCriticality,
        ReadOnlySpan<double> riskReductionOpportunityEnablement,
        ReadOnlySpan<double> jobSize,
        Span<double> costOfDelay,
        Span<double> wsjf)
    {
        int n = userBusinessValue.Length;
        FrameworkGuards.SameLength(n, timeCriticality.Length, nameof(timeCriticality));
        FrameworkGuards.SameLength(n, riskReductionOpportunityEnablement.Length, nameof(riskReductionOpportunityEnablement));
        FrameworkGuards.SameLength(n, jobSize.Length, nameof(jobSize));
        FrameworkGuards.SameLength(n, costOfDelay.Length, nameof(costOfDelay));
        FrameworkGuards.SameLength(n, wsjf.Length, nameof(wsjf));
        for (int i = 0; i < n; i++)
        {
            double b = userBusinessValue[i];
            double t = timeCriticality[i];
            double r = riskReductionOpportunityEnablement[i];
            double s = jobSize[i];

            // One combined test on the hot path; the slow path names the culprit.
            if (!(b >= 0 && t >= 0 && r >= 0 && s > 0 && double.IsFinite(b + t + r + s)))
            {
                FrameworkGuards.ElementFiniteNonNegative(b, nameof(userBusinessValue), i);
                FrameworkGuards.ElementFiniteNonNegative(t, nameof(timeCriticality), i);
                FrameworkGuards.ElementFiniteNonNegative(r, nameof(riskReductionOpportunityEnablement), i);
                FrameworkGuards.ElementFinitePositive(s, nameof(jobSize), i);
            }

            double cod = b + t + r;
            double w = cod / s;
            if (!double.IsFinite(w))
            {
                string driver = double.IsFinite(cod) ? nameof(jobSize) : b >= t && b >= r ? nameof(userBusinessValue) : t >= r ? nameof(timeCriticality) : nameof(riskReductionOpportunityEnablement);
                throw new ArgumentOutOfRangeException(driver, string.Create(CultureInfo.InvariantCulture, $"Item {i}: (UBV + TC + RR|OE) / job size = ({b} + {t} + {r}) / {s} overflows the double range."));
            }

            costOfDelay[i] = cod;
            wsjf[i] = w;
        }
    }

    /// <summary>Scores and ranks items.</summary>
    /// <param name="items">The items, at least one, with unique ids.</param>
    /// <returns>The values used, cost of delay, WSJF and the ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">No item; an id repeats; under <see cref="WsjfRelativeScaling.RequireOneInEachColumn"/>, a column's minimum is not 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Under <see cref="WsjfScale.ModifiedFibonacci"/>, a value is not a modified Fibonacci number; under <see cref="WsjfRelativeScaling.DivideByColumnMinimum"/>, a column's minimum is zero.</exception>
    [Pure]
    public WsjfResult Evaluate(IEnumerable<WsjfItem> items)
    {
        ImmutableArray<WsjfItem> list = FrameworkGuards.Items(items, i => i.Id, nameof(items));
        int n = list.Length;
        double[][] columns = [new double[n], new double[n], new double[n], new double[n]];
        for (int i = 0; i < n; i++)
        {
            WsjfItem it = list[i];
            columns[0][i] = it.UserBusinessValue;
            columns[1][i] = it.TimeCriticality;
            columns[2][i] = it.RiskReductionOpportunityEnablement;
            columns[3][i] = it.JobSize;
        }

        if (Scale == WsjfScale.ModifiedFibonacci)
        {
            for (int c = 0; c < 4; c++)
            {
                for (int i = 0; i < n; i++)
                {
                    if (!ModifiedFibonacciValues.Contains(columns[c][i]))
                    {
                        throw new ArgumentOutOfRangeException(
                            nameof(items),
                            columns[c][i],
                            string.Create(CultureInfo.InvariantCulture, $"items[{i}] ('{list[i].Id}') has {ColumnNames[c]} = {columns[c][i]}, which is not on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20, 40, 100."));
                    }
                }
            }
        }

        double[] minima = new double[4];
        for (int c = 0; c < 4; c++)
        {
            minima[c] = columns[c].Min();
        }

        if (Scaling == WsjfRelativeScaling.RequireOneInEachColumn)
        {
            for (int c = 0; c < 4; c++)
            {
                if (minima[c] != 1)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"The {ColumnNames[c]} column's smallest value is {minima[c]}, not 1: SAFe's relative estimation sets the smallest item of each column to 1."),
                        nameof(items));
                }
            }
        }
        else if (Scaling == WsjfRelativeScaling.DivideByColumnMinimum)
        {
            for (int c = 0; c < 3; c++)
            {
                if (minima[c] <= 0)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(items),
                        minima[c],
                        $"The {ColumnNames[c]} column's smallest value is 0, so it cannot be divided by its minimum (DivideByColumnMinimum needs every value positive).");
                }
            }

            for (int c = 0; c < 4; c++)
            {
                for (int i = 0; i < n; i++)
                {
                    columns[c][i] /= minima[c];
                }
            }
        }

        double[] cod = new double[n];
        double[] scores = new double[n];
        Compute(columns[0], columns[1], columns[2], columns[3], cod, scores);
        return new WsjfResult(this, list, columns, cod, scores, Scaling == WsjfRelativeScaling.DivideByColumnMinimum ? [.. minima] : [], Ranking.FromPreferences(scores, higherIsBetter: true, TiePolicy));
    }
}

/// <summary>The result of <see cref="Wsjf.Evaluate"/>: the values used, cost of delay, WSJF and the ranking. Immutable.</summary>
public sealed class WsjfResult
{
    internal WsjfResult(Wsjf model, ImmutableArray<WsjfItem> items, double[][] columns, double[] costOfDelay, double[] scores, ImmutableArray<double> columnMinima, Ranking ranking)
    {
        Model = model;
        Items = items;
        Ids = [.. items.Select(i => i.Id)];
        UserBusinessValue = [.. columns[0]];
        TimeCriticality = [.. columns[1]];
        RiskReductionOpportunityEnablement = [.. columns[2]];
        JobSize = [.. columns[3]];
        CostOfDelay = [.. costOfDelay];
        Scores = [.. scores];
        ColumnMinima = columnMinima;
        Ranking = ranking;
    }

    /// <summary>Gets the model (with its options) that produced the result.</summary>
    public Wsjf Model { get; }

    /// <summary>Gets the items as given.</summary>
    public ImmutableArray<WsjfItem> Items { get; }

    /// <summary>Gets the items' ids in input order.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>Gets the user-business values used (rescaled under <see cref="WsjfRelativeScaling.DivideByColumnMinimum"/>).</summary>
    public ImmutableArray<double> UserBusinessValue { get; }

    /// <summary>Gets the time criticalities used.</summary>
    public ImmutableArray<double> TimeCriticality { get; }

    /// <summary>Gets the RR|OE values used.</summary>
    public ImmutableArray<double> RiskReductionOpportunityEnablement { get; }

    /// <summary>Gets the job sizes used.</summary>
    public ImmutableArray<double> JobSize { get; }

    /// <summary>Gets each item's cost of delay <c>UBV + TC + RR|OE</c> (of the values used).</summary>
    public ImmutableArray<double> CostOfDelay { get; }

    /// <summary>Gets each item's WSJF <c>CoD / job size</c>.</summary>
    public ImmutableArray<double> Scores { get; }

    /// <summary>Gets the four column minima divided by under <see cref="WsjfRelativeScaling.DivideByColumnMinimum"/> (UBV, TC, RR|OE, job size); empty otherwise.</summary>
    public ImmutableArray<double> ColumnMinima { get; }

    /// <summary>Gets the ranking by WSJF (rank 1 = highest WSJF, do first).</summary>
    public Ranking Ranking { get; }

    /// <summary>Gets the ids from first to last in the WSJF sequence.</summary>
    public ImmutableArray<string> Sequence => [.. Ranking.Order.Select(i => Ids[i])];

    /// <summary>
    /// Gets the inputs as a <see cref="DecisionMatrix"/>: three benefit criteria (<c>ubv</c>, <c>tc</c>, <c>rroe</c>) and
    /// one cost criterion (<c>jobSize</c>), with the values used, for analysis with any <see cref="IMcdaMethod"/>.
    /// </summary>
    /// <returns>The matrix.</returns>
    [Pure]
    public DecisionMatrix ToDecisionMatrix()
    {
        int n = Ids.Length;
        double[] v = new double[n * 4];
        for (int i = 0; i < n; i++)
        {
            v[i * 4] = UserBusinessValue[i];
            v[(i * 4) + 1] = TimeCriticality[i];
            v[(i * 4) + 2] = RiskReductionOpportunityEnablement[i];
            v[(i * 4) + 3] = JobSize[i];
        }

        return DecisionMatrix.FromRowMajor(Ids, [Criterion.Benefit("ubv"), Criterion.Benefit("tc"), Criterion.Benefit("rroe"), Criterion.Cost("jobSize")], v);
    }
}
