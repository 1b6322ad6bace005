namespace Pmo.Cli.Analysis;

/// <summary>
/// Combines the projects of a programme (or the whole portfolio) into roll-up figures. <see cref="CoreRollup"/>
/// (the default) uses the core's <c>EarnedValueRollup.Combine</c> (union period grid, then a full analysis);
/// <see cref="SummedRollup"/> only sums the additive figures and recomputes the ratios.
/// </summary>
internal interface IRollupStrategy
{
    /// <summary>Combines projects.</summary>
    /// <param name="id">The roll-up's id (programme id, or <c>portfolio</c>).</param>
    /// <param name="name">The roll-up's display name.</param>
    /// <param name="projects">The projects, at least one.</param>
    /// <returns>The roll-up figures.</returns>
    RollupFigures Combine(string id, string name, IReadOnlyList<ProjectResult> projects);
}
