using Pmo.Core.Kpis;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Scoring;

/// <summary>
/// Pins down the risk-matrix side of the scoring types (RiskMatrix, RiskMatrixCell, RiskMatrixOrientation,
/// RiskMatrixDefinition, RiskMatrixException) — issue 9 §6, Stryker survivors list B (risk-S2): every validation rule
/// with its exact exception, ParamName, offending cell and message, the opportunity half, the plain data form and the
/// value semantics. Expected values are worked by hand in the comments.
/// </summary>
public class RiskMutationTestsB
{
    // Bands over the score: low < 3 <= moderate < 6 <= high (RiskMatrixPresets.Bands doc); ranks high 0, moderate 1, low 2.
    private static readonly BandSet Bands36 = RiskMatrixPresets.Bands(3, 6);
    private static readonly StatusScale Hml = RiskMatrixPresets.HighModerateLow;

    // Cell (p, i) = p * i: [[1, 2, 3], [2, 4, 6], [3, 6, 9]] for 3 x 3.
    private static double[][] Products(int n, int m) =>
        [.. Enumerable.Range(1, n).Select(p => Enumerable.Range(1, m).Select(i => (double)(p * i)).ToArray())];

    // An opportunity half unlike the threat half: every score below 3, so every band is "low" (rank 2).
    private static double[][] LowOpportunities() => [[1, 1, 2], [1, 2, 2], [2, 2, 2]];

    private static RiskMatrixCell[][] Cells(double[][] scores) =>
        [.. scores.Select(r => r.Select(s => new RiskMatrixCell(s, Bands36.Classify(s)!)).ToArray())];

    private static RiskMatrix WithOpportunities() => RiskMatrix.FromScores("m", Products(3, 3), Bands36, LowOpportunities());

    // ---- Constructor guards ----

    [Fact]
    public void Constructor_rejects_a_null_band_scale() =>
        Reject.Rule<ArgumentNullException>(() => _ = new RiskMatrix("m", null!, Cells(Products(3, 3))), "bandScale");

    [Fact]
    public void Constructor_rejects_null_threat_cells() =>
        Reject.Rule<ArgumentNullException>(() => _ = new RiskMatrix("m", Hml, null!), "threatCells");

    [Fact]
    public void Constructor_rejects_a_null_row_naming_it()
    {
        RiskMatrixCell[][] cells = Cells(Products(3, 3));
        cells[1] = null!;
        Reject.Rule<ArgumentNullException>(() => _ = new RiskMatrix("m", Hml, cells), "threatCells", "threatCells[1] is null.");
    }

    [Fact]
    public void Constructor_rejects_a_null_cell_naming_it()
    {
        RiskMatrixCell[][] cells = Cells(Products(3, 3));
        cells[0][1] = null!;
        Reject.Rule<ArgumentNullException>(() => _ = new RiskMatrix("m", Hml, cells), "threatCells", "threatCells[0][1] is null.");
    }

    [Fact]
    public void Constructor_rejects_an_empty_matrix_as_a_size_problem()
    {
        // 0 rows: the size rule (3 to 9 rows and columns) is broken, reported as 0 x 0.
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(() => _ = new RiskMatrix("m", Hml, []), "threatCells", "got 0×0");
        Assert.Equal(RiskMatrixProblem.Size, e.Problem);
        Assert.Equal((-1, -1), (e.Row, e.Column));
    }

    [Fact]
    public void Constructor_keeps_the_given_orientation()
    {
        var o = new RiskMatrixOrientation(ProbabilityAxisDirection.HighestAtBottom, ImpactAxisDirection.HighestAtLeft, false);
        var m = new RiskMatrix("m", Hml, Cells(Products(3, 3)), orientation: o);
        Assert.Same(o, m.Orientation);
    }

    [Fact]
    public void Constructor_uses_the_default_orientation_when_none_is_given() =>
        Assert.Same(RiskMatrixOrientation.Default, new RiskMatrix("m", Hml, Cells(Products(3, 3))).Orientation);

    // ---- Size rule: 3 to 9 rows and columns, both ends included ----

    [Theory]
    [InlineData(9, 9)]
    [InlineData(9, 3)]
    [InlineData(3, 9)]
    [InlineData(3, 3)]
    public void Matrices_of_three_to_nine_rows_and_columns_are_accepted(int n, int m)
    {
        RiskMatrix x = RiskMatrix.FromScores("m", Products(n, m), Bands36);
        Assert.Equal((n, m), (x.Rows, x.Columns));
        Assert.Equal(n * m, x.MaxScore); // top-right cell p * i = n * m
    }

    [Theory]
    [InlineData(10, 3, "got 10×3")]
    [InlineData(3, 10, "got 3×10")]
    [InlineData(2, 3, "got 2×3")]
    [InlineData(3, 2, "got 3×2")]
    public void Matrices_outside_three_to_nine_are_rejected_as_size(int n, int m, string got)
    {
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(
            () => _ = RiskMatrix.FromScores("m", Products(n, m), Bands36), "threatCells", "threatCells must have 3 to 9 rows and columns", got);
        Assert.Equal(RiskMatrixProblem.Size, e.Problem);
        Assert.Equal((-1, -1), (e.Row, e.Column));
    }

    // ---- Ragged rows and halves ----

    [Fact]
    public void A_short_row_is_ragged_at_that_row_with_no_column()
    {
        double[][] s = Products(3, 3);
        s[1] = [2, 4];
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(
            () => _ = RiskMatrix.FromScores("m", s, Bands36), "threatCells", "threatCells[1] has 2 cells but row 0 has 3; every row must have the same number of cells.");
        Assert.Equal(RiskMatrixProblem.Ragged, e.Problem);
        Assert.Equal((1, -1), (e.Row, e.Column));
    }

    [Fact]
    public void An_opportunity_half_of_another_shape_is_ragged_with_no_cell()
    {
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(
            () => _ = RiskMatrix.FromScores("m", Products(3, 3), Bands36, Products(3, 4)),
            "opportunityCells",
            "opportunityCells is 3×4 but the threat half is 3×3; the halves must have the same shape.");
        Assert.Equal(RiskMatrixProblem.Ragged, e.Problem);
        Assert.Equal((-1, -1), (e.Row, e.Column));
    }

    // ---- Bands and monotonicity ----

    [Fact]
    public void A_band_outside_the_scale_is_named_with_its_cell()
    {
        RiskMatrixCell[][] cells = Cells(Products(3, 3));
        cells[0][2] = new RiskMatrixCell(3, StatusScale.Red); // id "red" is not a level of "risk-rating"
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(
            () => _ = new RiskMatrix("m", Hml, cells), "threatCells", "threatCells[0][2] has the band 'red', which is not a level of the band scale 'risk-rating'.");
        Assert.Equal(RiskMatrixProblem.BandNotInScale, e.Problem);
        Assert.Equal((0, 2), (e.Row, e.Column));
    }

    [Fact]
    public void A_score_below_its_left_neighbour_is_not_monotone_in_impact()
    {
        // Row 0 = [1, 0, 3]: cell (0, 1) = 0 < cell (0, 0) = 1. Row 0 has no row below, so only the impact rule sees it;
        // row 1 = [2, 4, 6] is above row 0 everywhere.
        double[][] s = Products(3, 3);
        s[0][1] = 0;
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(
            () => _ = RiskMatrix.FromScores("m", s, Bands36), "threatCells", "threatCells[0][1] = 0 is below threatCells[0][0] = 1; a higher impact must never score lower.");
        Assert.Equal(RiskMatrixProblem.NotMonotone, e.Problem);
        Assert.Equal((0, 1), (e.Row, e.Column));
    }

    [Fact]
    public void A_score_below_the_cell_beneath_is_not_monotone_in_probability()
    {
        // Row 1 = [0, 4, 6]: cell (1, 0) = 0 < cell (0, 0) = 1; column 0 has no left neighbour, so only the probability rule sees it.
        double[][] s = Products(3, 3);
        s[1][0] = 0;
        RiskMatrixException e = Reject.Rule<RiskMatrixException>(
            () => _ = RiskMatrix.FromScores("m", s, Bands36), "threatCells", "threatCells[1][0] = 0 is below threatCells[0][0] = 1; a higher probability must never score lower.");
        Assert.Equal(RiskMatrixProblem.NotMonotone, e.Problem);
        Assert.Equal((1, 0), (e.Row, e.Column));
    }

    [Fact]
    public void Equal_neighbouring_scores_are_monotone()
    {
        // Weak consistency: "never decrease", so a flat matrix is valid.
        RiskMatrix m = RiskMatrix.FromScores("m", [[1, 1, 1], [1, 1, 1], [1, 1, 1]], Bands36);
        Assert.Equal(1, m.MaxScore);
    }

    // ---- Cell lookup ----

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Cell_rejects_a_probability_level_outside_one_to_rows(int p) =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = RiskMatrixPresets.Simple3x3().Cell(p, 1), "probabilityLevel", $"probabilityLevel must lie in 1 … 3 (got {p}).");

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Cell_rejects_an_impact_level_outside_one_to_columns(int i) =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = RiskMatrixPresets.Simple3x3().Cell(1, i), "impactLevel", $"impactLevel must lie in 1 … 3 (got {i}).");

    [Theory]
    [InlineData(1, 1, 1.0)]
    [InlineData(3, 1, 3.0)]
    [InlineData(1, 3, 3.0)]
    [InlineData(3, 3, 9.0)]
    [InlineData(2, 3, 6.0)]
    public void Cell_accepts_levels_from_one_to_the_size(int p, int i, double score) =>
        Assert.Equal(score, RiskMatrixPresets.Simple3x3().Cell(p, i).Score); // Simple 3x3: cell = p * i

    [Fact]
    public void Cell_reads_the_opportunity_half_for_opportunities_and_the_threat_half_for_threats()
    {
        RiskMatrix m = WithOpportunities();
        Assert.Equal(9, m.Cell(3, 3).Score); // threat 3 * 3
        Assert.Equal(9, m.Cell(3, 3, RiskKind.Threat).Score);
        Assert.Equal("high", m.Cell(3, 3, RiskKind.Threat).Band.Id); // 9 >= 6
        Assert.Equal(2, m.Cell(3, 3, RiskKind.Opportunity).Score); // LowOpportunities()[2][2]
        Assert.Equal("low", m.Cell(3, 3, RiskKind.Opportunity).Band.Id); // 2 < 3
        Assert.True(m.HasSeparateOpportunityHalf);
    }

    [Fact]
    public void Score_and_rank_lookups_read_the_half_of_the_kind()
    {
        RiskMatrix m = WithOpportunities();

        // Threat (3, 3) = 9, band high (rank 0); opportunity (3, 3) = 2, band low (rank 2).
        Assert.Equal(9, m.ScoreAt(3, 3, RiskKind.Threat));
        Assert.Equal(2, m.ScoreAt(3, 3, RiskKind.Opportunity));
        Assert.Equal(0, m.RankAt(3, 3, RiskKind.Threat));
        Assert.Equal(2, m.RankAt(3, 3, RiskKind.Opportunity));

        // (2, 3): threat 6 -> high (0); opportunity LowOpportunities()[1][2] = 2 -> low (2).
        Assert.Equal(0, m.RankAt(2, 3, RiskKind.Threat));
        Assert.Equal(2, m.RankAt(2, 3, RiskKind.Opportunity));
    }

    [Fact]
    public void Score_and_rank_tables_are_the_row_major_halves_of_the_kind()
    {
        RiskMatrix m = WithOpportunities();

        // Threat scores row-major: 1 2 3 / 2 4 6 / 3 6 9; bands (low < 3 <= moderate < 6 <= high) as ranks:
        // 2 2 1 / 2 1 0 / 1 0 0.
        Assert.Equal([1.0, 2, 3, 2, 4, 6, 3, 6, 9], m.ScoreTable(RiskKind.Threat));
        Assert.Equal([2, 2, 1, 2, 1, 0, 1, 0, 0], m.RankTable(RiskKind.Threat));

        // Opportunity scores row-major: 1 1 2 / 1 2 2 / 2 2 2, all low (rank 2).
        Assert.Equal([1.0, 1, 2, 1, 2, 2, 2, 2, 2], m.ScoreTable(RiskKind.Opportunity));
        Assert.Equal(Enumerable.Repeat(2, 9), m.RankTable(RiskKind.Opportunity));
    }

    [Fact]
    public void A_model_on_a_matrix_with_a_separate_half_bands_opportunities_from_that_half()
    {
        // Ordinal 3-level scales, probability 0.9 -> level 3, cost 2.5 -> level 3; the batch reports the band rank of
        // cell (3, 3): threat 9 -> high (0), opportunity 2 -> low (2).
        var p = new ProbabilityScale([ScaleLevel.HalfOpen("p1", 1, 0, 0.3), ScaleLevel.HalfOpen("p2", 2, 0.3, 0.6), ScaleLevel.Range("p3", 3, 0.6, true, 1, true)]);
        var cost = new ImpactScale(RiskDimensions.Cost, "USD", ThresholdBasis.Absolute, [ScaleLevel.HalfOpen("c1", 1, 0, 1), ScaleLevel.HalfOpen("c2", 2, 1, 2), ScaleLevel.HalfOpen("c3", 3, 2, double.PositiveInfinity)]);
        RiskScoringModel model = RiskScoringModel.WithMatrix(p, [cost], WithOpportunities());
        double[] scores = new double[1];
        int[] ranks = new int[1];

        model.ScoreBatch([0.9], [2.5], scores, ranks, RiskKind.Threat);
        Assert.Equal((9.0, 0), (scores[0], ranks[0]));

        model.ScoreBatch([0.9], [2.5], scores, ranks, RiskKind.Opportunity);
        Assert.Equal((2.0, 2), (scores[0], ranks[0]));
    }

    // ---- FromScores ----

    [Fact]
    public void FromScores_rejects_null_scores() =>
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromScores("m", null!, Bands36), "threatScores");

    [Fact]
    public void FromScores_rejects_null_bands() =>
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromScores("m", Products(3, 3), null!), "bands");

    [Fact]
    public void FromScores_rejects_a_null_row_naming_it()
    {
        double[][] s = Products(3, 3);
        s[2] = null!;
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromScores("m", s, Bands36), "threatScores", "threatScores[2] is null.");
    }

    [Fact]
    public void FromScores_rejects_a_NaN_score_under_the_scores_parameter()
    {
        double[][] s = Products(3, 3);
        s[1][1] = double.NaN;
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = RiskMatrix.FromScores("m", s, Bands36), "threatScores", "threatScores[1] contains", "scores must be finite.");
    }

    [Fact]
    public void FromScores_rejects_an_infinite_opportunity_score_under_its_parameter()
    {
        double[][] o = LowOpportunities();
        o[0][0] = double.PositiveInfinity;
        Reject.Rule<ArgumentOutOfRangeException>(() => _ = RiskMatrix.FromScores("m", Products(3, 3), Bands36, o), "opportunityScores", "opportunityScores[0] contains", "scores must be finite.");
    }

    // ---- Plain data form ----

    [Fact]
    public void ToDefinition_keeps_a_separate_opportunity_half_and_FromDefinition_restores_it()
    {
        RiskMatrixDefinition d = WithOpportunities().ToDefinition();
        Assert.NotNull(d.OpportunityCells);
        Assert.Equal([1.0, 1, 2], d.OpportunityCells![0].Select(c => c.Score));
        Assert.Equal([2.0, 2, 2], d.OpportunityCells[2].Select(c => c.Score));

        RiskMatrix back = RiskMatrix.FromDefinition(d);
        Assert.True(back.HasSeparateOpportunityHalf);
        Assert.Equal(2, back.Cell(3, 3, RiskKind.Opportunity).Score);
        Assert.Equal(9, back.Cell(3, 3, RiskKind.Threat).Score);
    }

    [Fact]
    public void ToDefinition_of_a_mirrored_matrix_has_no_opportunity_half()
    {
        RiskMatrixDefinition d = RiskMatrixPresets.Simple3x3().ToDefinition();
        Assert.Null(d.OpportunityCells);
        Assert.False(RiskMatrix.FromDefinition(d).HasSeparateOpportunityHalf);
    }

    [Fact]
    public void ToDefinition_writes_a_colour_only_when_it_overrides_the_band()
    {
        RiskMatrixCell[][] cells = Cells(Products(3, 3));
        cells[0][0] = new RiskMatrixCell(1, Hml["low"], "#123456");
        RiskMatrixDefinition d = new RiskMatrix("m", Hml, cells).ToDefinition();

        Assert.Equal("#123456", d.ThreatCells[0][0].Colour);
        Assert.Null(d.ThreatCells[0][1].Colour); // the band's colour: "null for the band's colour"
        Assert.Null(d.ThreatCells[2][2].Colour);
        Assert.Equal("#123456", RiskMatrix.FromDefinition(d).Cell(1, 1).Colour);
        Assert.Equal("#2E7D32", RiskMatrix.FromDefinition(d).Cell(1, 2).Colour); // low's colour
    }

    [Fact]
    public void FromDefinition_rejects_a_null_definition() =>
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromDefinition(null!), "definition");

    [Fact]
    public void FromDefinition_rejects_null_bands_under_definition() =>
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromDefinition(RiskMatrixPresets.Simple3x3().ToDefinition() with { Bands = null! }), "definition");

    [Fact]
    public void FromDefinition_rejects_null_threat_cells_under_definition() =>
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromDefinition(RiskMatrixPresets.Simple3x3().ToDefinition() with { ThreatCells = null! }), "definition");

    [Fact]
    public void FromDefinition_rejects_a_null_band()
    {
        RiskMatrixDefinition d = RiskMatrixPresets.Simple3x3().ToDefinition();
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromDefinition(d with { Bands = [d.Bands[0], null!, d.Bands[2]] }), "definition", "A band definition is null.");
    }

    [Fact]
    public void FromDefinition_rejects_a_null_row_of_cells()
    {
        RiskMatrixDefinition d = RiskMatrixPresets.Simple3x3().ToDefinition();
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromDefinition(d with { ThreatCells = [d.ThreatCells[0], null!, d.ThreatCells[2]] }), "definition", "A row of cells is null.");
    }

    [Fact]
    public void FromDefinition_rejects_a_null_cell()
    {
        RiskMatrixDefinition d = RiskMatrixPresets.Simple3x3().ToDefinition();
        IReadOnlyList<RiskMatrixCellDefinition> row = [d.ThreatCells[1][0], null!, d.ThreatCells[1][2]];
        Reject.Rule<ArgumentNullException>(() => _ = RiskMatrix.FromDefinition(d with { ThreatCells = [d.ThreatCells[0], row, d.ThreatCells[2]] }), "definition", "A cell is null.");
    }

    [Fact]
    public void FromDefinition_rejects_a_cell_naming_an_unknown_band()
    {
        RiskMatrixDefinition d = RiskMatrixPresets.Simple3x3().ToDefinition();
        IReadOnlyList<RiskMatrixCellDefinition> row = [d.ThreatCells[0][0] with { Band = "severe" }, d.ThreatCells[0][1], d.ThreatCells[0][2]];
        Reject.Rule<ArgumentException>(
            () => _ = RiskMatrix.FromDefinition(d with { ThreatCells = [row, d.ThreatCells[1], d.ThreatCells[2]] }), "definition", "A cell names the band 'severe', which is not in the band list.");
    }

    [Fact]
    public void A_definition_without_axes_means_the_default_orientation_with_mirrored_opportunities()
    {
        RiskMatrixDefinition full = RiskMatrixPresets.Simple3x3().ToDefinition();
        var bare = new RiskMatrixDefinition { Name = full.Name, BandScaleId = full.BandScaleId, Bands = full.Bands, ThreatCells = full.ThreatCells };
        Assert.True(bare.OpportunitiesMirrored);
        Assert.Equal(RiskMatrixOrientation.Default, RiskMatrix.FromDefinition(bare).Orientation);
    }

    [Fact]
    public void The_definition_round_trips_a_non_default_orientation()
    {
        var o = new RiskMatrixOrientation(ProbabilityAxisDirection.HighestAtBottom, ImpactAxisDirection.HighestAtLeft, false);
        RiskMatrixDefinition d = RiskMatrix.FromScores("m", Products(3, 3), Bands36, orientation: o).ToDefinition();
        Assert.Equal((ProbabilityAxisDirection.HighestAtBottom, ImpactAxisDirection.HighestAtLeft, false), (d.ProbabilityAxis, d.ImpactAxis, d.OpportunitiesMirrored));
        Assert.Equal(o, RiskMatrix.FromDefinition(d).Orientation);
    }

    // ---- RiskMatrixOrientation ----

    [Fact]
    public void Orientation_rejects_an_undefined_probability_axis() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new RiskMatrixOrientation((ProbabilityAxisDirection)7, ImpactAxisDirection.HighestAtRight, true), "probabilityAxis", "probabilityAxis is not a defined ProbabilityAxisDirection.");

    [Fact]
    public void Orientation_rejects_an_undefined_impact_axis() =>
        Reject.Rule<ArgumentOutOfRangeException>(
            () => _ = new RiskMatrixOrientation(ProbabilityAxisDirection.HighestAtTop, (ImpactAxisDirection)(-1), true), "impactAxis", "impactAxis is not a defined ImpactAxisDirection.");

    [Fact]
    public void Default_orientation_is_the_PMBOK_layout_with_mirrored_opportunities()
    {
        RiskMatrixOrientation d = RiskMatrixOrientation.Default;
        Assert.Equal(ProbabilityAxisDirection.HighestAtTop, d.ProbabilityAxis);
        Assert.Equal(ImpactAxisDirection.HighestAtRight, d.ImpactAxis);
        Assert.True(d.OpportunitiesMirrored);
    }

    [Fact]
    public void Orientations_are_equal_exactly_when_all_three_properties_are()
    {
        var a = new RiskMatrixOrientation(ProbabilityAxisDirection.HighestAtTop, ImpactAxisDirection.HighestAtRight, true);
        Assert.True(a.Equals(new RiskMatrixOrientation(ProbabilityAxisDirection.HighestAtTop, ImpactAxisDirection.HighestAtRight, true)));
        Assert.Equal(a.GetHashCode(), RiskMatrixOrientation.Default.GetHashCode());
        Assert.False(a.Equals(new RiskMatrixOrientation(ProbabilityAxisDirection.HighestAtBottom, ImpactAxisDirection.HighestAtRight, true)));
        Assert.False(a.Equals(new RiskMatrixOrientation(ProbabilityAxisDirection.HighestAtTop, ImpactAxisDirection.HighestAtLeft, true)));
        Assert.False(a.Equals(new RiskMatrixOrientation(ProbabilityAxisDirection.HighestAtTop, ImpactAxisDirection.HighestAtRight, false)));
        Assert.False(a.Equals((RiskMatrixOrientation?)null));
        Assert.False(a.Equals((object?)"not an orientation"));
    }

    // ---- RiskMatrixCell ----

    [Fact]
    public void Cell_rejects_a_null_band() =>
        Reject.Rule<ArgumentNullException>(() => _ = new RiskMatrixCell(1, null!), "band");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Cell_rejects_a_blank_colour(string blank) =>
        Reject.Rule<ArgumentException>(() => _ = new RiskMatrixCell(1, Hml["low"], blank), "colour", "colour must be null (use the band's colour) or a non-blank CSS colour.");

    [Fact]
    public void Cells_are_equal_exactly_when_score_band_and_colour_are()
    {
        var a = new RiskMatrixCell(2, Hml["low"]);
        Assert.True(a.Equals(new RiskMatrixCell(2, Hml["low"])));
        Assert.True(a.Equals(new RiskMatrixCell(2, Hml["low"], "#2E7D32"))); // null colour = the band's colour
        Assert.Equal(a.GetHashCode(), new RiskMatrixCell(2, Hml["low"]).GetHashCode());
        Assert.False(a.Equals(new RiskMatrixCell(2.5, Hml["low"])));
        Assert.False(a.Equals(new RiskMatrixCell(2, Hml["moderate"], "#2E7D32"))); // same colour, other band
        Assert.False(a.Equals(new RiskMatrixCell(2, Hml["low"], "#000000")));
        Assert.False(a.Equals((RiskMatrixCell?)null));
        Assert.False(a.Equals((object?)2.0));
    }

    [Fact]
    public void Cell_text_is_the_invariant_score_and_the_band_id() =>
        Assert.Equal("2.5 (moderate)", new RiskMatrixCell(2.5, Hml["moderate"]).ToString());

    // ---- Exceptions: "−1 when none applies" ----

    [Fact]
    public void A_matrix_exception_without_a_cell_reports_row_and_column_minus_one()
    {
        Assert.Equal((-1, -1), (new RiskMatrixException().Row, new RiskMatrixException().Column));
        var e = new RiskMatrixException("bad");
        Assert.Equal((-1, -1), (e.Row, e.Column));
        Assert.Equal("bad", e.Message);
        var inner = new InvalidOperationException("x");
        var f = new RiskMatrixException("bad", inner);
        Assert.Equal((-1, -1), (f.Row, f.Column));
        Assert.Same(inner, f.InnerException);
    }

    [Fact]
    public void A_scale_exception_without_levels_reports_both_indices_minus_one()
    {
        Assert.Equal((-1, -1), (new RiskScaleException().FirstLevelIndex, new RiskScaleException().SecondLevelIndex));
        var e = new RiskScaleException("bad");
        Assert.Equal((-1, -1), (e.FirstLevelIndex, e.SecondLevelIndex));
        var f = new RiskScaleException("bad", new InvalidOperationException("x"));
        Assert.Equal((-1, -1), (f.FirstLevelIndex, f.SecondLevelIndex));
    }
}
