namespace Pmo.Cli.Analysis;

/// <summary>
/// The additive roll-up: BAC, PV, EV and AC are summed (each project at its own status date), CPI = ΣEV / ΣAC and
/// SPI = ΣEV / ΣPV are recomputed from the sums (never averaged), EAC = ΣAC + (ΣBAC − ΣEV) / CPI, VAC = ΣBAC − EAC and
/// TCPI = (ΣBAC − ΣEV) / (ΣBAC − ΣAC). Time-based figures (ES, AT, SPI(t), forecast finish) need a common period grid,
/// which is the core roll-up's job; they are left null with a note.
/// </summary>
/// <remarks>Used by <see cref="CoreRollup"/> when members are at different status dates.</remarks>
internal sealed class SummedRollup : IRollupStrategy
{
    /// <summary>Gets the shared instance.</summary>
    public static SummedRollup Instance { get; } = new();

    public RollupFigures Combine(string id, string name, IReadOnlyList<ProjectResult> projects)
    {
        double bac = 0;
        double pv = 0;
        double ev = 0;
        double ac = 0;
        foreach (ProjectResult p in projects)
        {
            bac += p.Analysis.BudgetAtCompletion;
            pv += p.Analysis.PlannedValue;
            ev += p.Analysis.EarnedValue;
            ac += p.Analysis.ActualCost;
        }

        double? cpi = ac != 0 ? ev / ac : null;
        double? spi = pv != 0 ? ev / pv : null;
        double? eac = cpi is { } c && c != 0 ? ac + ((bac - ev) / c) : null;
        double? tcpi = bac - ev > 0 && bac - ac > 0 ? (bac - ev) / (bac - ac) : null;
        return new RollupFigures
        {
            Id = id,
            Name = name,
            Method = "sum",
            ProjectIds = [.. projects.Select(p => p.Project.Id)],
            BudgetAtCompletion = bac,
            PlannedValue = pv,
            EarnedValue = ev,
            ActualCost = ac,
            CostPerformanceIndex = cpi,
            SchedulePerformanceIndex = spi,
            EstimateAtCompletion = eac,
            VarianceAtCompletion = bac - eac,
            ToCompletePerformanceIndex = tcpi,
        };
    }
}
