using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text;
using NodaTime;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using Pmo.Core.Charts.Internal;
using Pmo.Core.Common;
using Pmo.Core.Risk;

namespace Pmo.Core.Charts;

/// <summary>Risk charts: the probability × impact heat map coloured by zone, and the exposure burndown.</summary>
/// <remarks>
/// The heat map draws probability levels upwards and impact levels to the right (the common orientation of
/// ISO 31010:2019 §B.10.3, the consequence/likelihood matrix; the matrix's own <see cref="RiskMatrix.Orientation"/> is
/// not applied). Each cell is coloured by its zone (the band of the matrix cell; Okabe–Ito colours by band rank, worst
/// vermillion to best bluish green) and labelled with the zone's name and the count (or the ids) of its risks, so the
/// zone never depends on colour alone. Undefined values are gaps, never zeros.
/// </remarks>
public static class RiskCharts
{
    /// <summary>The heat map of counts: every matrix cell with its zone and the number of risks in it.</summary>
    /// <param name="matrix">The matrix (its grid and zones).</param>
    /// <param name="heatMap">The counts from <see cref="RiskAnalytics.HeatMap"/>.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart (rows × columns cells, each labelled with its zone and "n risks").</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> or <paramref name="heatMap"/> is null.</exception>
    /// <exception cref="ArgumentException">A cell of <paramref name="heatMap"/> lies outside the matrix.</exception>
    /// <example><code>
    /// RiskHeatMap counts = RiskAnalytics.HeatMap(register, model, AssessmentStage.Current);
    /// Chart chart = RiskCharts.HeatMap(matrix, counts);
    /// </code></example>
    [Pure]
    public static Chart HeatMap(RiskMatrix matrix, RiskHeatMap heatMap, ChartOptions? options = null)
    {
        Check.NotNull(matrix, nameof(matrix));
        Check.NotNull(heatMap, nameof(heatMap));
        var counts = new int[matrix.Columns, matrix.Rows];
        foreach (HeatMapCell c in heatMap.Cells)
        {
            if (c.ProbabilityLevel < 1 || c.ProbabilityLevel > matrix.Rows || c.ImpactLevel < 1 || c.ImpactLevel > matrix.Columns)
            {
                throw new ArgumentException($"{nameof(heatMap)} has a cell at probability level {c.ProbabilityLevel}, impact level {c.ImpactLevel}, outside the {matrix.Rows} × {matrix.Columns} matrix '{matrix.Name}'.", nameof(heatMap));
            }

            counts[c.ImpactLevel - 1, c.ProbabilityLevel - 1] = c.Count;
        }

        var labels = new string[matrix.Columns, matrix.Rows];
        for (int i = 0; i < matrix.Columns; i++)
        {
            for (int p = 0; p < matrix.Rows; p++)
            {
                labels[i, p] = matrix.Threats[p][i].Band.Label + "\n" + Risks(counts[i, p]);
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"Risk heat map ({heatMap.Stage}, {matrix.Name})");
        return Render(matrix, RiskKind.Threat, labels, heatMap.Unplaced, title, o);
    }

    /// <summary>
    /// The heat map of counts already placed on <paramref name="matrix"/>'s grid (for example summed over several
    /// registers, each scored with its own model over the same matrix).
    /// </summary>
    /// <param name="matrix">The matrix (its grid and zones).</param>
    /// <param name="counts">Risks per cell, indexed [probability level − 1, impact level − 1]; rows × columns of the matrix, each ≥ 0.</param>
    /// <param name="stage">The stage the counts are at (shown in the title).</param>
    /// <param name="unplaced">Risks that could not be placed (≥ 0; reported in a diagnostic).</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart (rows × columns cells, each labelled with its zone and "n risks").</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> or <paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="counts"/> is not rows × columns of the matrix.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or <paramref name="unplaced"/> is negative, or <paramref name="stage"/> is undefined.</exception>
    /// <example><code>
    /// int[,] counts = new int[5, 5];
    /// counts[4, 2] = 3; // three risks at probability level 5, impact level 3
    /// Chart chart = RiskCharts.HeatMapFromCounts(RiskMatrixPresets.Pmbok5x5(), counts, AssessmentStage.Residual);
    /// </code></example>
    [Pure]
    public static Chart HeatMapFromCounts(RiskMatrix matrix, int[,] counts, AssessmentStage stage, int unplaced = 0, ChartOptions? options = null)
    {
        Check.NotNull(matrix, nameof(matrix));
        Check.NotNull(counts, nameof(counts));
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, $"{nameof(stage)} must be a defined {nameof(AssessmentStage)}.");
        }

        if (counts.GetLength(0) != matrix.Rows || counts.GetLength(1) != matrix.Columns)
        {
            throw new ArgumentException($"{nameof(counts)} is {counts.GetLength(0)} × {counts.GetLength(1)} but the matrix '{matrix.Name}' is {matrix.Rows} (probability levels) × {matrix.Columns} (impact levels).", nameof(counts));
        }

        if (unplaced < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(unplaced), unplaced, $"{nameof(unplaced)} must be zero or positive.");
        }

        var labels = new string[matrix.Columns, matrix.Rows];
        for (int p = 0; p < matrix.Rows; p++)
        {
            for (int i = 0; i < matrix.Columns; i++)
            {
                int n = counts[p, i];
                if (n < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(counts), n, $"{nameof(counts)}[{p}, {i}] must be zero or positive.");
                }

                labels[i, p] = matrix.Threats[p][i].Band.Label + "\n" + Risks(n);
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"Risk heat map ({stage}, {matrix.Name})");
        return Render(matrix, RiskKind.Threat, labels, unplaced, title, o);
    }

    /// <summary>The heat map of a register with the ids of the risks in each cell (scored with <paramref name="scorer"/>).</summary>
    /// <param name="matrix">The matrix (its grid and zones).</param>
    /// <param name="register">The register.</param>
    /// <param name="scorer">The scorer that places each risk (usually a model over <paramref name="matrix"/>).</param>
    /// <param name="stage">The assessment stage.</param>
    /// <param name="kind">Only threats or only opportunities (coloured by that half), or null for both (threat colours).</param>
    /// <param name="openOnly">Only open risks (default).</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart; a cell shows its zone, "n risks:" and up to 6 ids (then "+k more"). Risks the scorer cannot place are counted in a diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/>, <paramref name="register"/> or <paramref name="scorer"/> is null, or the scorer returned null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> or <paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The scorer placed a risk outside the matrix.</exception>
    /// <example><code>
    /// Chart chart = RiskCharts.HeatMapWithIds(matrix, register, model, AssessmentStage.Residual);
    /// </code></example>
    [Pure]
    public static Chart HeatMapWithIds(RiskMatrix matrix, RiskRegister register, IRiskScorer scorer, AssessmentStage stage = AssessmentStage.Current, RiskKind? kind = null, bool openOnly = true, ChartOptions? options = null)
    {
        Check.NotNull(matrix, nameof(matrix));
        Check.NotNull(register, nameof(register));
        Check.NotNull(scorer, nameof(scorer));
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, $"{nameof(stage)} must be a defined {nameof(AssessmentStage)}, but was {(int)stage}.");
        }

        if (kind is { } kd && !Enum.IsDefined(kd))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kd, $"{nameof(kind)} must be null or a defined {nameof(RiskKind)}, but was {(int)kd}.");
        }

        var ids = new List<string>[matrix.Columns, matrix.Rows];
        int unplaced = 0;
        foreach (RiskEntry r in register.Risks)
        {
            if ((openOnly && !r.IsOpen) || (kind is { } k && r.Kind != k))
            {
                continue;
            }

            RiskScore score = scorer.Score(r.AssessmentAt(stage), r.Kind) ?? throw new ArgumentNullException(nameof(scorer), $"{nameof(scorer)} returned no score for risk '{r.Id}'.");
            if (score.ProbabilityLevel is not { } p || score.ImpactLevel is not { } i)
            {
                unplaced++;
                continue;
            }

            if (p < 1 || p > matrix.Rows || i < 1 || i > matrix.Columns)
            {
                throw new ArgumentException($"{nameof(scorer)} placed risk '{r.Id}' at probability level {p}, impact level {i}, outside the {matrix.Rows} × {matrix.Columns} matrix '{matrix.Name}'.", nameof(scorer));
            }

            (ids[i - 1, p - 1] ??= []).Add(r.Id);
        }

        RiskKind half = kind ?? RiskKind.Threat;
        var labels = new string[matrix.Columns, matrix.Rows];
        for (int i = 0; i < matrix.Columns; i++)
        {
            for (int p = 0; p < matrix.Rows; p++)
            {
                labels[i, p] = matrix.Cell(p + 1, i + 1, half).Band.Label + "\n" + IdText(ids[i, p]);
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"Risk heat map ({stage}, {matrix.Name})");
        return Render(matrix, half, labels, unplaced, title, o);
    }

    /// <summary>The burndown of a register over snapshots: threat, opportunity (negative) and net money exposure, and the count of risks on a second axis.</summary>
    /// <param name="snapshots">The register snapshots (any order; drawn by date).</param>
    /// <param name="stage">The assessment stage.</param>
    /// <param name="openOnly">Only open risks (default).</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshots"/> is empty, or <see cref="RiskBurndown.Compute"/> rejects it.</exception>
    /// <example><code>
    /// Chart chart = RiskCharts.Burndown([new RiskRegisterSnapshot(jan, janRegister), new RiskRegisterSnapshot(feb, febRegister)]);
    /// </code></example>
    [Pure]
    public static Chart Burndown(IEnumerable<RiskRegisterSnapshot> snapshots, AssessmentStage stage = AssessmentStage.Current, bool openOnly = true, ChartOptions? options = null)
    {
        Check.NotNull(snapshots, nameof(snapshots));
        RiskRegisterSnapshot[] all = [.. snapshots];
        Check.NotEmpty(all, nameof(snapshots));
        BurndownPoint[] points = [.. RiskBurndown.Compute(all, stage, openOnly).OrderBy(p => p.Date)];
        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, $"Risk burndown ({stage} exposure)");
        PlotModel model = ChartRenderer.NewModel(title, o);
        model.Axes.Add(ChartRenderer.DateAxis("Date", o));
        model.Axes.Add(ChartRenderer.ValueAxis("Exposure (money)", o));
        LinearAxis countAxis = ChartRenderer.ValueAxis("Risks", o, AxisPosition.Right, "0");
        countAxis.Key = "count";
        countAxis.MajorGridlineStyle = LineStyle.None;
        countAxis.Minimum = 0;
        model.Axes.Add(countAxis);
        model.Series.Add(Line("Threat exposure", ChartPalette.Vermillion, MarkerType.Square, LineStyle.Solid, points.Select(p => (p.Date, (double?)p.ThreatMoney))));
        model.Series.Add(Line("Opportunity exposure", ChartPalette.BluishGreen, MarkerType.Triangle, LineStyle.Solid, points.Select(p => (p.Date, (double?)p.OpportunityMoney))));
        model.Series.Add(Line("Net exposure", ChartPalette.Blue, MarkerType.Circle, LineStyle.Dash, points.Select(p => (p.Date, (double?)p.NetMoney))));
        LineSeries count = Line("Risks (count)", ChartPalette.Black, MarkerType.Diamond, LineStyle.Dot, points.Select(p => (p.Date, (double?)p.Count)));
        count.YAxisKey = "count";
        model.Series.Add(count);
        return ChartRenderer.Render(model, title, o);
    }

    /// <summary>A burndown of plain dated exposure values (a null value is a gap).</summary>
    /// <param name="dates">The dates, non-decreasing.</param>
    /// <param name="exposure">One exposure per date, finite or null.</param>
    /// <param name="seriesName">The legend label.</param>
    /// <param name="options">Presentation options, or null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is empty or decreasing, or <paramref name="exposure"/> has another length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An exposure is NaN or infinite.</exception>
    /// <example><code>
    /// Chart chart = RiskCharts.BurndownFromValues(dates, [120_000, 95_000, null, 60_000]);
    /// </code></example>
    [Pure]
    public static Chart BurndownFromValues(IReadOnlyList<LocalDate> dates, IReadOnlyList<double?> exposure, string seriesName = "Exposure", ChartOptions? options = null)
    {
        Check.NotNull(dates, nameof(dates));
        Check.NotNull(exposure, nameof(exposure));
        Check.NotNull(seriesName, nameof(seriesName));
        Check.NotEmpty(dates, nameof(dates));
        Check.SameLength(dates.Count, nameof(dates), exposure.Count, nameof(exposure));
        Check.Finite(exposure, nameof(exposure));
        for (int i = 1; i < dates.Count; i++)
        {
            if (dates[i] < dates[i - 1])
            {
                throw new ArgumentException($"{nameof(dates)} must be non-decreasing, but {nameof(dates)}[{i}] = {dates[i]:yyyy-MM-dd} is before {dates[i - 1]:yyyy-MM-dd}.", nameof(dates));
            }
        }

        ChartOptions o = options ?? ChartOptions.Default;
        string title = ChartRenderer.TitleOf(o, "Risk burndown");
        PlotModel model = ChartRenderer.NewModel(title, o);
        model.Axes.Add(ChartRenderer.DateAxis("Date", o));
        model.Axes.Add(ChartRenderer.ValueAxis("Exposure", o));
        model.Series.Add(Line(seriesName, ChartPalette.Vermillion, MarkerType.Square, LineStyle.Solid, dates.Select((d, i) => (d, exposure[i]))));
        return ChartRenderer.Render(model, title, o);
    }

    private static LineSeries Line(string name, string colour, MarkerType marker, LineStyle style, IEnumerable<(LocalDate Date, double? Value)> points)
    {
        var s = new LineSeries { Title = name, Color = ChartRenderer.Colour(colour), StrokeThickness = 2, LineStyle = style, MarkerType = marker, MarkerSize = 3, MarkerFill = ChartRenderer.Colour(colour) };
        foreach ((LocalDate d, double? v) in points)
        {
            s.Points.Add(v is { } y ? new DataPoint(ChartRenderer.X(d), y) : DataPoint.Undefined);
        }

        return s;
    }

    private static string Risks(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " risk" : " risks");

    private static string IdText(List<string>? ids)
    {
        if (ids is null || ids.Count == 0)
        {
            return Risks(0);
        }

        const int Shown = 6;
        var sb = new StringBuilder();
        sb.Append(Risks(ids.Count)).Append(':');
        for (int k = 0; k < Math.Min(Shown, ids.Count); k++)
        {
            sb.Append(k % 3 == 0 ? '\n' : ' ').Append(ids[k]);
        }

        if (ids.Count > Shown)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n+{ids.Count - Shown} more");
        }

        return sb.ToString();
    }

    private static Chart Render(RiskMatrix matrix, RiskKind half, string[,] labels, int unplaced, string title, ChartOptions o)
    {
        int levels = matrix.BandScale.Count;
        var values = new double[matrix.Columns, matrix.Rows];
        for (int i = 0; i < matrix.Columns; i++)
        {
            for (int p = 0; p < matrix.Rows; p++)
            {
                values[i, p] = matrix.Cell(p + 1, i + 1, half).Band.Rank;
            }
        }

        string[] colours = [.. Enumerable.Range(0, levels).Select(r => ChartRenderer.ZoneColour(r, levels))];
        PlotModel model = ChartRenderer.NewModel(title, o, legend: false);
        if (unplaced > 0)
        {
            model.Subtitle = $"{unplaced} risk(s) without a probability or impact level are not shown";
        }

        string[] columns = [.. Enumerable.Range(1, matrix.Columns).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        string[] rows = [.. Enumerable.Range(1, matrix.Rows).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        double cellHeight = (o.Height - 80.0) / matrix.Rows;
        double font = Math.Clamp(Math.Min(o.FontSize, cellHeight / 5), 6, o.FontSize);
        GridChart.Add(model, o, values, labels, columns, rows, "Impact level", "Probability level", GridChart.Categorical(colours, "#DDDDDD"), rowsTopDown: false, font);
        List<Diagnostic> notes = unplaced > 0
            ? [new Diagnostic(DiagnosticKind.Warning, "Unplaced", $"{unplaced} risk(s) have no probability or impact level and are not in the grid.")]
            : [];
        return ChartRenderer.Render(model, title, o, notes);
    }
}
