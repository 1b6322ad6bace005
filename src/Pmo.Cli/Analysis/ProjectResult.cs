using Pmo.Cli.Input;
using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Analysis;

/// <summary>A project with its earned-value analysis.</summary>
/// <param name="Project">The input.</param>
/// <param name="Analysis">The analysis of its current baseline.</param>
internal sealed record ProjectResult(LoadedProject Project, EarnedValueAnalysis Analysis)
{
    /// <summary>Analyses a project (the only place the CLI calls the analyzer for a single project).</summary>
    /// <param name="project">The project.</param>
    /// <returns>The result.</returns>
    public static ProjectResult Analyze(LoadedProject project) =>
        new(project, EarnedValueAnalyzer.Analyze(project.Baseline, project.Status, project.Budget, project.Options));
}
