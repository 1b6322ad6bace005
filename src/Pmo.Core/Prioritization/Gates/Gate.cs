using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization;

/// <summary>How a gate compares a criterion value with its threshold.</summary>
public enum GateComparison
{
    /// <summary>Pass when value ≥ threshold.</summary>
    GreaterOrEqual = 0,

    /// <summary>Pass when value ≤ threshold.</summary>
    LessOrEqual = 1,

    /// <summary>Pass when value &gt; threshold.</summary>
    Greater = 2,

    /// <summary>Pass when value &lt; threshold.</summary>
    Less = 3,

    /// <summary>Pass when value = threshold exactly (for coded values such as a 0/1 compliance flag).</summary>
    Equal = 4,
}

/// <summary>
/// A must-pass (knock-out) rule applied before scoring: an alternative that fails any gate is not scored, whatever its
/// other merits (the non-compensatory screening step of Keeney and Raiffa 1976 §2.3.2, "conjunctive" satisficing, and of
/// PMO portfolio practice: mandatory compliance, strategic fit minimum, risk ceiling). Immutable.
/// </summary>
public sealed class Gate
{
    private readonly Func<DecisionMatrix, int, bool>? predicate;

    /// <summary>Creates a threshold gate on one criterion.</summary>
    /// <param name="criterionId">The criterion's id.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="threshold">The threshold, finite.</param>
    /// <param name="name">A display name; defaults to <c>criterion op threshold</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="criterionId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite or <paramref name="comparison"/> is undefined.</exception>
    public Gate(string criterionId, GateComparison comparison, double threshold, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(criterionId);
        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "comparison must be a defined GateComparison.");
        }

        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, string.Create(CultureInfo.InvariantCulture, $"threshold must be finite (got {threshold})."));
        }

        CriterionId = criterionId;
        Comparison = comparison;
        Threshold = threshold;
        Name = string.IsNullOrWhiteSpace(name) ? string.Create(CultureInfo.InvariantCulture, $"{criterionId} {Symbol(comparison)} {threshold}") : name;
    }

    private Gate(string name, Func<DecisionMatrix, int, bool> predicate)
    {
        Name = name;
        this.predicate = predicate;
    }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the criterion a threshold gate tests, or null for a predicate gate.</summary>
    public string? CriterionId { get; }

    /// <summary>Gets the comparison of a threshold gate, or null for a predicate gate.</summary>
    public GateComparison? Comparison { get; }

    /// <summary>Gets the threshold of a threshold gate, or null for a predicate gate.</summary>
    public double? Threshold { get; }

    /// <summary>Creates a gate that passes when the criterion value is at least <paramref name="threshold"/>.</summary>
    /// <param name="criterionId">The criterion's id.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The gate.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterionId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite.</exception>
    [Pure]
    public static Gate AtLeast(string criterionId, double threshold) => new(criterionId, GateComparison.GreaterOrEqual, threshold);

    /// <summary>Creates a gate that passes when the criterion value is at most <paramref name="threshold"/>.</summary>
    /// <param name="criterionId">The criterion's id.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The gate.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterionId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite.</exception>
    [Pure]
    public static Gate AtMost(string criterionId, double threshold) => new(criterionId, GateComparison.LessOrEqual, threshold);

    /// <summary>Creates a gate from a named predicate over an alternative's row (for rules across criteria).</summary>
    /// <param name="name">The gate's name, shown in failures.</param>
    /// <param name="predicate">Returns true when alternative <c>row</c> of the matrix passes. Must be pure.</param>
    /// <returns>The gate.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    [Pure]
    public static Gate Where(string name, Func<DecisionMatrix, int, bool> predicate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(predicate);
        return new Gate(name, predicate);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Tests one alternative; <paramref name="value"/> is the tested criterion value (null for a predicate gate).</summary>
    internal bool Passes(DecisionMatrix matrix, int column, int row, out double? value)
    {
        if (predicate is not null)
        {
            value = null;
            return predicate(matrix, row);
        }

        double x = matrix[row, column];
        value = x;
        double t = Threshold!.Value;
        return Comparison switch
        {
            GateComparison.GreaterOrEqual => x >= t,
            GateComparison.LessOrEqual => x <= t,
            GateComparison.Greater => x > t,
            GateComparison.Less => x < t,
            _ => x == t,
        };
    }

    private static string Symbol(GateComparison c) => c switch
    {
        GateComparison.GreaterOrEqual => "≥",
        GateComparison.LessOrEqual => "≤",
        GateComparison.Greater => ">",
        GateComparison.Less => "<",
        _ => "=",
    };
}

/// <summary>One gate an alternative failed, with the value it had.</summary>
public sealed class GateViolation
{
    internal GateViolation(Gate gate, double? value)
    {
        Gate = gate;
        Value = value;
    }

    /// <summary>Gets the gate failed.</summary>
    public Gate Gate { get; }

    /// <summary>Gets the alternative's value on the gate's criterion (null for a predicate gate).</summary>
    public double? Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value is double v ? string.Create(CultureInfo.InvariantCulture, $"{Gate.Name} (value {v})") : Gate.Name;
}

/// <summary>An alternative knocked out by one or more gates.</summary>
public sealed class GateFailure
{
    internal GateFailure(string alternative, int index, ImmutableArray<GateViolation> violations)
    {
        Alternative = alternative;
        Index = index;
        Violations = violations;
    }

    /// <summary>Gets the alternative's id.</summary>
    public string Alternative { get; }

    /// <summary>Gets the alternative's row index in the screened matrix.</summary>
    public int Index { get; }

    /// <summary>Gets every gate it failed, in gate order.</summary>
    public ImmutableArray<GateViolation> Violations { get; }
}

/// <summary>
/// The outcome of <see cref="Gates.Apply"/>: the passing sub-matrix (to be scored) and, for every failing alternative,
/// which gates it failed and with what value. When every alternative fails, <see cref="AllFailed"/> is true and
/// <see cref="Passed"/> is null: there is nothing to score, which is a result and not an error.
/// </summary>
public sealed class GateResult
{
    internal GateResult(DecisionMatrix screened, ImmutableArray<Gate> gates, ImmutableArray<int> passing, ImmutableArray<GateFailure> failures)
    {
        Screened = screened;
        Gates = gates;
        PassingIndices = passing;
        Failures = failures;
        Passed = passing.IsEmpty ? null : passing.Length == screened.AlternativeCount ? screened : screened.SelectAlternatives(passing);
        PassingAlternatives = [.. passing.Select(i => screened.Alternatives[i])];
    }

    /// <summary>Gets the matrix that was screened.</summary>
    public DecisionMatrix Screened { get; }

    /// <summary>Gets the gates applied.</summary>
    public ImmutableArray<Gate> Gates { get; }

    /// <summary>Gets the passing alternatives' row indices in <see cref="Screened"/>, in order.</summary>
    public ImmutableArray<int> PassingIndices { get; }

    /// <summary>Gets the passing alternatives' ids, in order.</summary>
    public ImmutableArray<string> PassingAlternatives { get; }

    /// <summary>Gets the sub-matrix of passing alternatives, or null when none passed.</summary>
    public DecisionMatrix? Passed { get; }

    /// <summary>Gets a value indicating whether every alternative failed at least one gate.</summary>
    public bool AllFailed => Passed is null;

    /// <summary>Gets the failing alternatives with their violations, in row order.</summary>
    public ImmutableArray<GateFailure> Failures { get; }
}

/// <summary>Applies must-pass gates to a decision matrix before scoring.</summary>
public static class Gates
{
    /// <summary>Screens the alternatives: an alternative passes when it passes every gate.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="gates">The gates (none: everything passes).</param>
    /// <returns>The passing sub-matrix and the failures.</returns>
    /// <exception cref="ArgumentNullException">An argument or a gate is null.</exception>
    /// <exception cref="ArgumentException">A threshold gate names a criterion the matrix does not have.</exception>
    [Pure]
    public static GateResult Apply(DecisionMatrix matrix, IEnumerable<Gate> gates)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(gates);
        ImmutableArray<Gate> list = [.. gates];
        int[] columns = new int[list.Length];
        for (int g = 0; g < list.Length; g++)
        {
            Gate gate = list[g] ?? throw new ArgumentNullException(nameof(gates), $"gates[{g}] is null.");
            if (gate.CriterionId is string id)
            {
                columns[g] = -1;
                for (int j = 0; j < matrix.CriterionCount && columns[g] < 0; j++)
                {
                    columns[g] = string.Equals(matrix.Criteria[j].Id, id, StringComparison.Ordinal) ? j : -1;
                }

                if (columns[g] < 0)
                {
                    throw new ArgumentException($"gates[{g}] ('{gate.Name}') tests criterion '{id}', which the matrix does not have.", nameof(gates));
                }
            }
        }

        var passing = ImmutableArray.CreateBuilder<int>();
        var failures = ImmutableArray.CreateBuilder<GateFailure>();
        for (int i = 0; i < matrix.AlternativeCount; i++)
        {
            ImmutableArray<GateViolation>.Builder? violations = null;
            for (int g = 0; g < list.Length; g++)
            {
                if (!list[g].Passes(matrix, columns[g], i, out double? value))
                {
                    (violations ??= ImmutableArray.CreateBuilder<GateViolation>()).Add(new GateViolation(list[g], value));
                }
            }

            if (violations is null)
            {
                passing.Add(i);
            }
            else
            {
                failures.Add(new GateFailure(matrix.Alternatives[i], i, violations.ToImmutable()));
            }
        }

        return new GateResult(matrix, list, passing.ToImmutable(), failures.ToImmutable());
    }
}
