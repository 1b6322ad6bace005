using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.EarnedValue;

namespace Pmo.Cli.Input;

/// <summary>A validated project mapped to core types.</summary>
/// <param name="Id">The project id.</param>
/// <param name="Name">The project name.</param>
/// <param name="Programme">The programme id, if any.</param>
/// <param name="Currency">The currency code, if given.</param>
/// <param name="Baselines">The baseline versions; the current one is analysed.</param>
/// <param name="Status">The status and history.</param>
/// <param name="Budget">Management reserve and over-target amount.</param>
/// <param name="Options">The analysis options.</param>
internal sealed record LoadedProject(
    string Id,
    string Name,
    string? Programme,
    string? Currency,
    BaselineHistory Baselines,
    ProjectStatus Status,
    BudgetStructure Budget,
    EarnedValueOptions Options)
{
    /// <summary>Gets the current baseline.</summary>
    public TimePhasedBaseline Baseline => Baselines.Current.Baseline;
}

/// <summary>A programme of a portfolio.</summary>
/// <param name="Id">The programme id.</param>
/// <param name="Name">The programme name.</param>
internal sealed record LoadedProgramme(string Id, string Name);

/// <summary>A validated portfolio.</summary>
/// <param name="Name">The portfolio name.</param>
/// <param name="Currency">The currency code.</param>
/// <param name="StatusDate">The portfolio status date.</param>
/// <param name="Programmes">The programmes in file order.</param>
/// <param name="Projects">The projects in file order.</param>
internal sealed record LoadedPortfolio(
    string Name,
    string Currency,
    LocalDate StatusDate,
    ImmutableArray<LoadedProgramme> Programmes,
    ImmutableArray<LoadedProject> Projects);
