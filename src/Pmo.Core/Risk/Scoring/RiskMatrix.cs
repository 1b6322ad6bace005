using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Kpis;

namespace Pmo.Core.Risk;

/// <summary>
/// A probability–impact matrix: N rows (probability levels, row 1 lowest) × M columns (impact levels, column 1
/// lowest), 3 ≤ N, M ≤ 9, each cell with a score, a band and a colour; asymmetric matrices (N ≠ M, or cell (i, j) ≠
/// cell (j, i)) are allowed. An optional opportunity half has the same shape; by default it mirrors the threat half
/// (same cells, drawn mirrored, see <see cref="RiskMatrixOrientation"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Rules.</b> Every row has M cells; every band is a level of <see cref="BandScale"/>; scores never decrease to the
/// right (higher impact) or upwards (higher probability) in either half, so a worse assessment never scores lower
/// ("weak consistency", Cox 2008, <i>Risk Analysis</i> 28(2) — recollection). Violations throw
/// <see cref="RiskMatrixException"/> naming the cell.
/// </para>
/// <para>
/// Sources: PMI, <i>PMBOK Guide</i>, 5th ed. (2013), §11.3.2.2 and Figure 11-10 (threat and opportunity halves);
/// 6th ed. (2017), §11.3.2.6; IEC 31010:2019 B.10 (consequence/likelihood matrix: scales and matrix set by the
/// organisation); Oracle Primavera risk scoring matrices (a severity score per cell, 1–9 threshold levels).
/// </para>
/// </remarks>
public sealed class RiskMatrix
{
    private readonly double[] threatScores;
    private readonly int[] threatRanks;
    private readonly double[] opportunityScores;
    private readonly int[] opportunityRanks;

    /// <summary>Creates a matrix.</summary>
    /// <param name="name">The matrix's name; not blank.</param>
    /// <param name="bandScale">The scale of the cells' bands (worst band rank 0, for example high/moderate/low).</param>
    /// <param name="threatCells">The threat half: rows from probability level 1 (lowest) up, each from impact level 1 (lowest) up.</param>
    /// <param name="opportunityCells">The opportunity half with the same shape, or null to mirror the threat half.</param>
    /// <param name="orientation">How the matrix is drawn; null for <see cref="RiskMatrixOrientation.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="bandScale"/>, <paramref name="threatCells"/>, a row or a cell is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="RiskMatrixException">A rule in the remarks is broken; <see cref="RiskMatrixException.Problem"/> says which.</exception>
    public RiskMatrix(
        string name,
        StatusScale bandScale,
        IEnumerable<IEnumerable<RiskMatrixCell>> threatCells,
        IEnumerable<IEnumerable<RiskMatrixCell>>? opportunityCells = null,
        RiskMatrixOrientation? orientation = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(bandScale);
        Guard.Against.Null(threatCells);
        Name = name;
        BandScale = bandScale;
        Orientation = orientation ?? RiskMatrixOrientation.Default;
        Threats = Check(bandScale, threatCells, -1, -1, nameof(threatCells));
        Rows = Threats.Length;
        Columns = Threats[0].Length;
        HasSeparateOpportunityHalf = opportunityCells is not null;
        Opportunities = opportunityCells is null ? Threats : Check(bandScale, opportunityCells, Rows, Columns, nameof(opportunityCells));
        (threatScores, threatRanks) = Flatten(Threats);
        (opportunityScores, opportunityRanks) = Flatten(Opportunities);
    }

    /// <summary>Gets the matrix's name.</summary>
    public string Name { get; }

    /// <summary>Gets the scale of the cells' bands.</summary>
    public StatusScale BandScale { get; }

    /// <summary>Gets how the matrix is drawn.</summary>
    public RiskMatrixOrientation Orientation { get; }

    /// <summary>Gets the number of rows N (probability levels).</summary>
    public int Rows { get; }

    /// <summary>Gets the number of columns M (impact levels).</summary>
    public int Columns { get; }

    /// <summary>Gets whether the opportunity half was given separately (false: it mirrors the threat half).</summary>
    public bool HasSeparateOpportunityHalf { get; }

    /// <summary>Gets the threat half: <c>Threats[p − 1][i − 1]</c> is the cell of probability level p and impact level i.</summary>
    public ImmutableArray<ImmutableArray<RiskMatrixCell>> Threats { get; }

    /// <summary>Gets the opportunity half, same indexing (equal to <see cref="Threats"/> when mirrored).</summary>
    public ImmutableArray<ImmutableArray<RiskMatrixCell>> Opportunities { get; }

    /// <summary>Gets the highest score in the threat half (the top-right cell, since scores are monotone).</summary>
    public double MaxScore => threatScores[^1];

    /// <summary>Gets the cell of a probability level and an impact level.</summary>
    /// <param name="probabilityLevel">The probability level, 1 … N.</param>
    /// <param name="impactLevel">The impact level, 1 … M.</param>
    /// <param name="kind">Threat or opportunity half.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is out of range.</exception>
    [Pure]
    public RiskMatrixCell Cell(int probabilityLevel, int impactLevel, RiskKind kind = RiskKind.Threat)
    {
        if (probabilityLevel < 1 || probabilityLevel > Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(probabilityLevel), probabilityLevel, $"{nameof(probabilityLevel)} must lie in 1 … {Rows} (got {probabilityLevel}).");
        }

        if (impactLevel < 1 || impactLevel > Columns)
        {
            throw new ArgumentOutOfRangeException(nameof(impactLevel), impactLevel, $"{nameof(impactLevel)} must lie in 1 … {Columns} (got {impactLevel}).");
        }

        return (kind == RiskKind.Opportunity ? Opportunities : Threats)[probabilityLevel - 1][impactLevel - 1];
    }

    internal double ScoreAt(int probabilityLevel, int impactLevel, RiskKind kind) =>
        (kind == RiskKind.Opportunity ? opportunityScores : threatScores)[((probabilityLevel - 1) * Columns) + impactLevel - 1];

    internal int RankAt(int probabilityLevel, int impactLevel, RiskKind kind) =>
        (kind == RiskKind.Opportunity ? opportunityRanks : threatRanks)[((probabilityLevel - 1) * Columns) + impactLevel - 1];

    internal double[] ScoreTable(RiskKind kind) => kind == RiskKind.Opportunity ? opportunityScores : threatScores;

    internal int[] RankTable(RiskKind kind) => kind == RiskKind.Opportunity ? opportunityRanks : threatRanks;

    /// <summary>
    /// Creates a matrix from scores and a band set: each cell's band is the band of its score, its colour the band's.
    /// </summary>
    /// <param name="name">The matrix's name.</param>
    /// <param name="threatScores">The threat half's scores: rows from probability level 1 up, columns from impact level 1 up.</param>
    /// <param name="bands">Bands over the score (they partition the whole line, so every score has one band).</param>
    /// <param name="opportunityScores">The opportunity half's scores, or null to mirror the threat half.</param>
    /// <param name="orientation">How the matrix is drawn; null for the default.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite.</exception>
    /// <exception cref="RiskMatrixException">A rule of the constructor is broken (its ParamName is the constructor's, <c>threatCells</c> or <c>opportunityCells</c>).</exception>
    [Pure]
    public static RiskMatrix FromScores(string name, IEnumerable<IEnumerable<double>> threatScores, BandSet bands, IEnumerable<IEnumerable<double>>? opportunityScores = null, RiskMatrixOrientation? orientation = null)
    {
        Guard.Against.Null(threatScores);
        Guard.Against.Null(bands);
        return new RiskMatrix(name, bands.Scale, ToCells(threatScores, bands, nameof(threatScores)), opportunityScores is null ? null : ToCells(opportunityScores, bands, nameof(opportunityScores)), orientation);
    }

    private static List<List<RiskMatrixCell>> ToCells(IEnumerable<IEnumerable<double>> scores, BandSet bands, string paramName)
    {
        var rows = new List<List<RiskMatrixCell>>();
        foreach (IEnumerable<double> row in scores)
        {
            if (row is null)
            {
                throw new ArgumentNullException(paramName, $"{paramName}[{rows.Count}] is null.");
            }

            rows.Add([.. row.Select(s => double.IsFinite(s)
                ? new RiskMatrixCell(s, bands.Classify(s)!)
                : throw new ArgumentOutOfRangeException(paramName, s, $"{paramName}[{rows.Count}] contains {s}; scores must be finite."))]);
        }

        return rows;
    }

    private static ImmutableArray<ImmutableArray<RiskMatrixCell>> Check(StatusScale scale, IEnumerable<IEnumerable<RiskMatrixCell>> cells, int rows, int columns, string paramName)
    {
        var result = new List<ImmutableArray<RiskMatrixCell>>();
        foreach (IEnumerable<RiskMatrixCell> row in cells)
        {
            if (row is null)
            {
                throw new ArgumentNullException(paramName, $"{paramName}[{result.Count}] is null.");
            }

            RiskMatrixCell[] r = [.. row];
            for (int j = 0; j < r.Length; j++)
            {
                if (r[j] is null)
                {
                    throw new ArgumentNullException(paramName, $"{paramName}[{result.Count}][{j}] is null.");
                }
            }

            result.Add([.. r]);
        }

        int n = result.Count;
        int m = n == 0 ? 0 : result[0].Length;
        if (rows >= 0 && (n != rows || m != columns))
        {
            throw new RiskMatrixException(RiskMatrixProblem.Ragged, -1, -1, $"{paramName} is {n}×{m} but the threat half is {rows}×{columns}; the halves must have the same shape.", paramName);
        }

        if (n < RiskScale.MinLevels || n > RiskScale.MaxLevels || m < RiskScale.MinLevels || m > RiskScale.MaxLevels)
        {
            throw new RiskMatrixException(RiskMatrixProblem.Size, -1, -1, $"{paramName} must have {RiskScale.MinLevels} to {RiskScale.MaxLevels} rows and columns (got {n}×{m}).", paramName);
        }

        for (int i = 0; i < n; i++)
        {
            if (result[i].Length != m)
            {
                throw new RiskMatrixException(RiskMatrixProblem.Ragged, i, -1, $"{paramName}[{i}] has {result[i].Length} cells but row 0 has {m}; every row must have the same number of cells.", paramName);
            }

            for (int j = 0; j < m; j++)
            {
                RiskMatrixCell c = result[i][j];
                if (!scale.Contains(c.Band))
                {
                    throw new RiskMatrixException(RiskMatrixProblem.BandNotInScale, i, j, $"{paramName}[{i}][{j}] has the band '{c.Band.Id}', which is not a level of the band scale '{scale.Id}'.", paramName);
                }

                if (j > 0 && c.Score < result[i][j - 1].Score)
                {
                    throw new RiskMatrixException(RiskMatrixProblem.NotMonotone, i, j, $"{paramName}[{i}][{j}] = {c.Score} is below {paramName}[{i}][{j - 1}] = {result[i][j - 1].Score}; a higher impact must never score lower.", paramName);
                }

                if (i > 0 && c.Score < result[i - 1][j].Score)
                {
                    throw new RiskMatrixException(RiskMatrixProblem.NotMonotone, i, j, $"{paramName}[{i}][{j}] = {c.Score} is below {paramName}[{i - 1}][{j}] = {result[i - 1][j].Score}; a higher probability must never score lower.", paramName);
                }
            }
        }

        return [.. result];
    }

    private static (double[] Scores, int[] Ranks) Flatten(ImmutableArray<ImmutableArray<RiskMatrixCell>> cells)
    {
        double[] s = [.. cells.SelectMany(r => r).Select(c => c.Score)];
        int[] k = [.. cells.SelectMany(r => r).Select(c => c.Band.Rank)];
        return (s, k);
    }

    /// <summary>Gets the plain data form of the matrix (records of primitives, for JSON).</summary>
    /// <returns>The definition.</returns>
    [Pure]
    public RiskMatrixDefinition ToDefinition() => new()
    {
        Name = Name,
        BandScaleId = BandScale.Id,
        Bands = [.. BandScale.Levels.Select(l => new RiskBandDefinition { Id = l.Id, Label = l.Label, Colour = l.Colour, Rank = l.Rank })],
        ThreatCells = ToDefinitionCells(Threats),
        OpportunityCells = HasSeparateOpportunityHalf ? ToDefinitionCells(Opportunities) : null,
        ProbabilityAxis = Orientation.ProbabilityAxis,
        ImpactAxis = Orientation.ImpactAxis,
        OpportunitiesMirrored = Orientation.OpportunitiesMirrored,
    };

    private static List<List<RiskMatrixCellDefinition>> ToDefinitionCells(ImmutableArray<ImmutableArray<RiskMatrixCell>> cells) =>
        [.. cells.Select(r => r.Select(c => new RiskMatrixCellDefinition { Score = c.Score, Band = c.Band.Id, Colour = c.Colour == c.Band.Colour ? null : c.Colour }).ToList())];

    /// <summary>Creates and validates a matrix from its plain data form.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/>, a member, a row or a cell is null.</exception>
    /// <exception cref="ArgumentException">A name, id, label or colour is blank, a band id repeats or a cell names an unknown band.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite, a rank is negative, or an axis value is undefined.</exception>
    /// <exception cref="RiskMatrixException">A rule of the constructor is broken.</exception>
    [Pure]
    public static RiskMatrix FromDefinition(RiskMatrixDefinition definition)
    {
        Guard.Against.Null(definition);
        Guard.Against.Null(definition.Bands, nameof(definition));
        Guard.Against.Null(definition.ThreatCells, nameof(definition));
        var scale = new StatusScale(definition.BandScaleId, definition.Bands.Select(b => b is null
            ? throw new ArgumentNullException(nameof(definition), "A band definition is null.")
            : new StatusLevel(b.Id, b.Label, b.Colour, b.Rank)));
        return new RiskMatrix(
            definition.Name,
            scale,
            FromDefinitionCells(scale, definition.ThreatCells, nameof(definition)),
            definition.OpportunityCells is null ? null : FromDefinitionCells(scale, definition.OpportunityCells, nameof(definition)),
            new RiskMatrixOrientation(definition.ProbabilityAxis, definition.ImpactAxis, definition.OpportunitiesMirrored));
    }

    private static IEnumerable<IEnumerable<RiskMatrixCell>> FromDefinitionCells(StatusScale scale, IReadOnlyList<IReadOnlyList<RiskMatrixCellDefinition>> rows, string paramName) =>
        rows.Select(r => r is null
            ? throw new ArgumentNullException(paramName, "A row of cells is null.")
            : r.Select(c => c is null
                ? throw new ArgumentNullException(paramName, "A cell is null.")
                : new RiskMatrixCell(c.Score, scale.Levels.FirstOrDefault(l => l.Id == c.Band) ?? throw new ArgumentException($"A cell names the band '{c.Band}', which is not in the band list.", paramName), c.Colour)).ToList());
}
