using System.Collections.Immutable;
using System.Globalization;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>
/// One judgement ranked by how far it departs from the priorities: its error <c>eᵢⱼ = aᵢⱼ · wⱼ / wᵢ</c> (1 when the
/// judgement agrees with the derived priorities) and the value that would be consistent with them, <c>wᵢ / wⱼ</c>.
/// </summary>
/// <remarks>
/// The error ratio is Saaty's (T. L. Saaty, <i>The Analytic Hierarchy Process</i>, 1980, §3: "the most inconsistent
/// judgement" is the one with the largest <c>aᵢⱼ·wⱼ/wᵢ</c> deviation) on a symmetric log scale, so that a judgement
/// three times too large and one three times too small rank equally.
/// </remarks>
public sealed class AhpInconsistencyHint
{
    internal AhpInconsistencyHint(int row, int column, string rowLabel, string columnLabel, double judgement, double consistentValue)
    {
        Row = row;
        Column = column;
        RowLabel = rowLabel;
        ColumnLabel = columnLabel;
        Judgement = judgement;
        ConsistentValue = consistentValue;
        Error = judgement / consistentValue;
        LogError = Math.Abs(Math.Log(Error));
    }

    /// <summary>Gets the row (i &lt; j).</summary>
    public int Row { get; }

    /// <summary>Gets the column.</summary>
    public int Column { get; }

    /// <summary>Gets the row item's label.</summary>
    public string RowLabel { get; }

    /// <summary>Gets the column item's label.</summary>
    public string ColumnLabel { get; }

    /// <summary>Gets the judgement <c>aᵢⱼ</c>.</summary>
    public double Judgement { get; }

    /// <summary>Gets the value consistent with the priorities, <c>wᵢ / wⱼ</c>.</summary>
    public double ConsistentValue { get; }

    /// <summary>Gets the error ratio <c>eᵢⱼ = aᵢⱼ · wⱼ / wᵢ</c>.</summary>
    public double Error { get; }

    /// <summary>Gets <c>|ln eᵢⱼ|</c>, the ranking key (descending).</summary>
    public double LogError { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RowLabel} vs {ColumnLabel}: judged {Judgement:G4}, consistent {ConsistentValue:G4} (error ×{Error:G4})");
}

/// <summary>
/// The result of <see cref="AhpAnalysis.Analyze"/>: the priority vector and the consistency figures of one pairwise
/// matrix, with the intermediates an analyst needs to show the work.
/// </summary>
public sealed class AhpResult
{
    internal AhpResult()
    {
    }

    /// <summary>Gets the item labels (as in the matrix).</summary>
    public ImmutableArray<string> Labels { get; internal init; }

    /// <summary>Gets the priorities, summing to 1, in item order.</summary>
    public ImmutableArray<double> Priorities { get; internal init; }

    /// <summary>Gets the method that produced the priorities (for incomplete matrices see <see cref="IncompleteMethod"/>).</summary>
    public AhpPriorityMethod Method { get; internal init; }

    /// <summary>Gets the incomplete-matrix method used, or null for a complete matrix.</summary>
    public AhpIncompleteMethod? IncompleteMethod { get; internal init; }

    /// <summary>Gets the input matrix.</summary>
    public PairwiseMatrix Matrix { get; internal init; } = null!;

    /// <summary>
    /// Gets the matrix the consistency figures refer to: the input when complete; for Harker and LLSM the input with each
    /// missing <c>aᵢⱼ</c> replaced by <c>wᵢ / wⱼ</c> (for Harker its principal eigenvalue equals Harker's); for the
    /// λmax-optimal completion the optimal entries.
    /// </summary>
    public PairwiseMatrix CompletedMatrix { get; internal init; } = null!;

    /// <summary>Gets λmax (see <see cref="LambdaMaxMethod"/>).</summary>
    public double LambdaMax { get; internal init; }

    /// <summary>Gets how λmax was obtained.</summary>
    public AhpLambdaMaxMethod LambdaMaxMethod { get; internal init; }

    /// <summary>Gets the consistency index <c>CI = (λmax − n) / (n − 1)</c>; 0 for n ≤ 2. Not clamped: rounding can make it a tiny negative number.</summary>
    public double ConsistencyIndex { get; internal init; }

    /// <summary>Gets RI(n) from <see cref="RandomIndexTable"/>, or null when CR was not requested.</summary>
    public double? RandomIndex { get; internal init; }

    /// <summary>Gets the name of the random-index table used, or null.</summary>
    public string? RandomIndexTable { get; internal init; }

    /// <summary>Gets <c>CR = CI / RI(n)</c>; 0 for n ≤ 2 (consistent by definition); null when not requested.</summary>
    public double? ConsistencyRatio { get; internal init; }

    /// <summary>Gets the CR threshold applied.</summary>
    public double ConsistencyRatioThreshold { get; internal init; }

    /// <summary>Gets whether CR ≤ threshold; null when CR is null.</summary>
    public bool? IsAcceptable { get; internal init; }

    /// <summary>
    /// Gets the geometric consistency index <c>GCI = 2 / ((n−1)(n−2)) · Σ_{i&lt;j} ln²(aᵢⱼ·wⱼ/wᵢ)</c> with the row
    /// geometric mean priorities of the (completed) matrix (Crawford and Williams 1985; Aguarón and Moreno-Jiménez 2003);
    /// 0 for n ≤ 2. Computed on first access (thread-safe): it costs n(n−1)/2 logarithms.
    /// </summary>
    public double GeometricConsistencyIndex => GciSource.Value;

    /// <summary>Gets the lazily evaluated GCI.</summary>
    internal Lazy<double> GciSource { get; init; } = null!;

    /// <summary>
    /// Gets Aguarón and Moreno-Jiménez's GCI threshold for this size (0.31 for n = 3, 0.35 for n = 4, 0.37 for n &gt; 4), or
    /// null for n ≤ 2 (J. Aguarón and J. M. Moreno-Jiménez, "The geometric consistency index: approximated thresholds",
    /// <i>European Journal of Operational Research</i> 147, 2003, 137–145).
    /// </summary>
    public double? GeometricConsistencyThreshold { get; internal init; }

    /// <summary>Gets the power iterations used (0 when no iteration was needed; for the λmax-optimal completion, sweeps plus final power iterations).</summary>
    public int Iterations { get; internal init; }

    /// <summary>Gets whether every power iteration met the tolerance before the cap (true when none ran).</summary>
    public bool Converged { get; internal init; }

    /// <summary>
    /// Gets every given judgement above the diagonal, most inconsistent first (see <see cref="AhpInconsistencyHint"/>).
    /// Computed on first access (thread-safe), so analyses that never read the hints do not pay for them.
    /// </summary>
    public ImmutableArray<AhpInconsistencyHint> InconsistencyHints => HintsSource.Value;

    /// <summary>Gets the lazily evaluated hints.</summary>
    internal Lazy<ImmutableArray<AhpInconsistencyHint>> HintsSource { get; init; } = null!;

    /// <summary>Gets notes: non-convergence (warning), CR not requested (undefined), method substitutions (information).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; }

    /// <summary>Gets the priority of an item by label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The priority.</returns>
    /// <exception cref="KeyNotFoundException">No item has that label.</exception>
    public double this[string label]
    {
        get
        {
            int i = Matrix.IndexOf(label);
            return i >= 0 ? Priorities[i] : throw new KeyNotFoundException($"No item of the pairwise matrix is labelled '{label}'.");
        }
    }
}
