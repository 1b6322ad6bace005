using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>
/// A weighted scorecard: business drivers with absolute rating scales and explicit weights. Each candidate is rated on
/// every driver by level name (or level value); its total is the weighted sum of the ratings. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// <c>Total_i = Σ_j w_j · x_ij</c>, where <c>x_ij</c> is the value of the level candidate <c>i</c> was given on driver
/// <c>j</c> and <c>w</c> the <see cref="CriteriaWeights"/> (summing to 1; how weights that did not was handled is the
/// weights' explicit <see cref="WeightPolicy"/>). The contribution of driver <c>j</c> is <c>w_j · x_ij</c>. Ratings are
/// used raw (not divided by the scale maximum), so a total is on the drivers' rating scale; when all drivers share one
/// scale, the total lies between that scale's minimum and maximum.
/// </para>
/// <para>
/// This is the business-driver prioritisation of PPM tools (Microsoft Project Web App portfolio analysis: drivers,
/// driver weights, project impact ratings None … Extreme; Microsoft Learn, "Portfolio analysis overview") and the
/// weighted-sum (simple additive weighting) model (Fishburn, 1967, "Additive utilities with incomplete product sets";
/// Triantaphyllou, 2000, <i>Multi-Criteria Decision Making Methods: A Comparative Study</i>, ch. 2). Because the
/// ratings are absolute, a candidate's total does not depend on the other candidates.
/// </para>
/// <para>
/// <see cref="ToDecisionMatrix(IEnumerable{string}, IEnumerable{IReadOnlyList{string}})"/> gives the same ratings as a
/// <see cref="DecisionMatrix"/> whose criteria carry the scales' fixed bounds, so the analyst can hand it, with
/// <see cref="Weights"/>, to any <see cref="IMcdaMethod"/>.
/// </para>
/// </remarks>
public sealed class WeightedScorecard
{
    /// <summary>Creates a scorecard.</summary>
    /// <param name="drivers">The drivers, at least one, with unique ids.</param>
    /// <param name="weights">One weight per driver, in the same order.</param>
    /// <param name="tiePolicy">How tied totals are ranked.</param>
    /// <exception cref="ArgumentNullException">An argument or a driver is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tiePolicy"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">No driver; a driver id repeats; the number of weights differs from the number of drivers.</exception>
    public WeightedScorecard(IEnumerable<BusinessDriver> drivers, CriteriaWeights weights, TiePolicy tiePolicy = TiePolicy.Min)
    {
        FrameworkGuards.Defined(tiePolicy, nameof(tiePolicy));
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(weights);
        ImmutableArray<BusinessDriver> list = [.. drivers];
        if (list.IsEmpty)
        {
            throw new ArgumentException("A scorecard needs at least one business driver.", nameof(drivers));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < list.Length; j++)
        {
            if (list[j] is null)
            {
                throw new ArgumentNullException(nameof(drivers), $"drivers[{j}] is null.");
            }

            if (!ids.Add(list[j].Id))
            {
                throw new ArgumentException($"Driver id '{list[j].Id}' appears more than once.", nameof(drivers));
            }
        }

        if (weights.Count != list.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"weights has {weights.Count} weights but there are {list.Length} drivers."), nameof(weights));
        }

        Drivers = list;
        Weights = weights;
        TiePolicy = tiePolicy;
        Criteria = [.. list.Select(d => d.ToCriterion())];
    }

    /// <summary>Gets the drivers.</summary>
    public ImmutableArray<BusinessDriver> Drivers { get; }

    /// <summary>Gets the driver weights.</summary>
    public CriteriaWeights Weights { get; }

    /// <summary>Gets how tied totals are ranked.</summary>
    public TiePolicy TiePolicy { get; }

    /// <summary>Gets the drivers as benefit criteria with their scales' fixed bounds.</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>Builds the decision matrix of ratings given by level name.</summary>
    /// <param name="candidates">The candidates' ids.</param>
    /// <param name="levels">One row per candidate: the level name on each driver, in driver order (case-insensitive).</param>
    /// <returns>The matrix of level values, with fixed scale bounds.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">The row count differs from the candidate count; a row has the wrong length; a name is not a level of its driver's scale; see also <see cref="DecisionMatrix"/>.</exception>
    [Pure]
    public DecisionMatrix ToDecisionMatrix(IEnumerable<string> candidates, IEnumerable<IReadOnlyList<string>> levels)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(levels);
        ImmutableArray<string> ids = [.. candidates];
        IReadOnlyList<string>[] rows = [.. levels];
        EnsureRowCount(ids.Length, rows.Length, nameof(levels));
        int m = Drivers.Length;
        double[] values = new double[rows.Length * m];
        for (int i = 0; i < rows.Length; i++)
        {
            IReadOnlyList<string> row = rows[i] ?? throw new ArgumentNullException(nameof(levels), $"levels[{i}] is null.");
            EnsureRowLength(row.Count, i, nameof(levels));
            for (int j = 0; j < m; j++)
            {
                string name = row[j];
                if (name is null || !Drivers[j].Scale.TryGetValue(name, out double v))
                {
                    throw new ArgumentException(
                        $"levels[{i}][{j}] = '{name}' (candidate '{ids[i]}', driver '{Drivers[j].Id}') is not a level of the driver's scale ({string.Join(", ", Drivers[j].Scale.Levels.Select(l => l.Name))}).",
                        nameof(levels));
                }

                values[(i * m) + j] = v;
            }
        }

        return DecisionMatrix.FromRowMajor(ids, Criteria, values);
    }

    /// <summary>Builds the decision matrix of ratings given by level value.</summary>
    /// <param name="candidates">The candidates' ids.</param>
    /// <param name="ratings">One row per candidate: the level value on each driver, in driver order. Each must be exactly a level value of its driver's scale.</param>
    /// <returns>The matrix, with fixed scale bounds.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">The row count differs from the candidate count; a row has the wrong length; see also <see cref="DecisionMatrix"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a level value of its driver's scale.</exception>
    [Pure]
    public DecisionMatrix ToDecisionMatrix(IEnumerable<string> candidates, IEnumerable<IReadOnlyList<double>> ratings)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ratings);
        ImmutableArray<string> ids = [.. candidates];
        IReadOnlyList<double>[] rows = [.. ratings];
        EnsureRowCount(ids.Length, rows.Length, nameof(ratings));
        int m = Drivers.Length;
        double[] values = new double[rows.Length * m];
        for (int i = 0; i < rows.Length; i++)
        {
            IReadOnlyList<double> row = rows[i] ?? throw new ArgumentNullException(nameof(ratings), $"ratings[{i}] is null.");
            EnsureRowLength(row.Count, i, nameof(ratings));
            for (int j = 0; j < m; j++)
            {
                double v = row[j];
                EnsureLevelValue(v, i, j, ids[i], nameof(ratings));
                values[(i * m) + j] = v;
            }
        }

        return DecisionMatrix.FromRowMajor(ids, Criteria, values);
    }

    /// <summary>Scores candidates rated by level name.</summary>
    /// <param name="candidates">The candidates' ids.</param>
    /// <param name="levels">One row per candidate: the level name on each driver, in driver order.</param>
    /// <returns>Totals, contributions and the ranking.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="ToDecisionMatrix(IEnumerable{string}, IEnumerable{IReadOnlyList{string}})"/>.</exception>
    [Pure]
    public ScorecardResult Evaluate(IEnumerable<string> candidates, IEnumerable<IReadOnlyList<string>> levels) =>
        Evaluate(ToDecisionMatrix(candidates, levels));

    /// <summary>Scores the candidates of a matrix built by this scorecard (or with the same criteria and level values).</summary>
    /// <param name="matrix">The ratings: its criteria must be this scorecard's <see cref="Criteria"/>, in order, and every value a level value.</param>
    /// <returns>Totals, contributions and the ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix's criteria differ from the scorecard's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a level value of its driver's scale.</exception>
    [Pure]
    public ScorecardResult Evaluate(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (!matrix.Criteria.SequenceEqual(Criteria))
        {
            throw new ArgumentException(
                $"matrix's criteria ({string.Join(", ", matrix.Criteria.Select(c => c.Id))}) must be the scorecard's drivers as criteria, in order ({string.Join(", ", Criteria.Select(c => c.Id))}); build it with ToDecisionMatrix.",
                nameof(matrix));
        }

        int n = matrix.AlternativeCount;
        int m = matrix.CriterionCount;
        ReadOnlySpan<double> x = matrix.Values;
        ReadOnlySpan<double> w = Weights.AsSpan();
        double[] contributions = new double[n * m];
        double[] totals = new double[n];
        for (int i = 0; i < n; i++)
        {
            double total = 0;
            for (int j = 0; j < m; j++)
            {
                double v = x[(i * m) + j];
                EnsureLevelValue(v, i, j, matrix.Alternatives[i], nameof(matrix));
                double c = w[j] * v;
                contributions[(i * m) + j] = c;
                total += c;
            }

            totals[i] = total;
        }

        double max = 0;
        double min = 0;
        for (int j = 0; j < m; j++)
        {
            max += w[j] * Drivers[j].Scale.Max;
            min += w[j] * Drivers[j].Scale.Min;
        }

        return new ScorecardResult(matrix, Weights, totals, contributions, min, max, Ranking.FromPreferences(totals, higherIsBetter: true, TiePolicy));
    }

    private static void EnsureRowCount(int candidates, int rows, string parameterName)
    {
        if (candidates != rows)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{parameterName} has {rows} rows but there are {candidates} candidates."), parameterName);
        }
    }

    private void EnsureRowLength(int count, int row, string parameterName)
    {
        if (count != Drivers.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{row}] has {count} ratings but the scorecard has {Drivers.Length} drivers."), parameterName);
        }
    }

    private void EnsureLevelValue(double v, int i, int j, string candidate, string parameterName)
    {
        if (!Drivers[j].Scale.IsLevelValue(v))
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                v,
                string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{i}][{j}] = {v} (candidate '{candidate}', driver '{Drivers[j].Id}') is not a level value of the driver's absolute scale ({Drivers[j].Scale})."));
        }
    }
}

/// <summary>The result of a <see cref="WeightedScorecard"/>: totals, per-driver contributions and the ranking. Immutable.</summary>
public sealed class ScorecardResult
{
    private readonly double[] contributions;

    internal ScorecardResult(DecisionMatrix matrix, CriteriaWeights weights, double[] totals, double[] contributions, double minimumTotal, double maximumTotal, Ranking ranking)
    {
        Matrix = matrix;
        Weights = weights;
        Totals = [.. totals];
        this.contributions = contributions;
        Contributions = [.. contributions];
        MinimumTotal = minimumTotal;
        MaximumTotal = maximumTotal;
        Ranking = ranking;
    }

    /// <summary>Gets the ratings as a matrix of level values (with the drivers' fixed scale bounds).</summary>
    public DecisionMatrix Matrix { get; }

    /// <summary>Gets the driver weights used.</summary>
    public CriteriaWeights Weights { get; }

    /// <summary>Gets each candidate's total <c>Σ_j w_j · x_ij</c>, in row order.</summary>
    public ImmutableArray<double> Totals { get; }

    /// <summary>Gets the contributions <c>w_j · x_ij</c>, row-major (<c>[candidate * drivers + driver]</c>).</summary>
    public ImmutableArray<double> Contributions { get; }

    /// <summary>Gets the lowest possible total: every driver at its scale minimum.</summary>
    public double MinimumTotal { get; }

    /// <summary>Gets the highest possible total: every driver at its scale maximum.</summary>
    public double MaximumTotal { get; }

    /// <summary>Gets the ranking by total (rank 1 best).</summary>
    public Ranking Ranking { get; }

    /// <summary>Gets the best candidate's id (the first in input order when tied).</summary>
    public string Best => Matrix.Alternatives[Ranking.Order[0]];

    /// <summary>Gets one contribution.</summary>
    /// <param name="candidate">The candidate (row) index.</param>
    /// <param name="driver">The driver (column) index.</param>
    /// <returns><c>w_j · x_ij</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    [Pure]
    public double Contribution(int candidate, int driver)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(candidate, Matrix.AlternativeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(driver);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(driver, Matrix.CriterionCount);
        return contributions[(candidate * Matrix.CriterionCount) + driver];
    }

    /// <summary>Gets a candidate's total by id.</summary>
    /// <param name="candidate">The candidate's id.</param>
    /// <returns>The total.</returns>
    /// <exception cref="KeyNotFoundException">No candidate has that id.</exception>
    [Pure]
    public double TotalOf(string candidate) => Totals[Matrix.IndexOfAlternative(candidate)];
}
