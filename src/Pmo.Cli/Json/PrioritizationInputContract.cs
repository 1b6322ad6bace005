using NodaTime;

namespace Pmo.Cli.Json;

// The prioritization part of the input contract (issue 5): an investment round's criteria, weights (explicit or from
// AHP judgements), gates, candidates with demand per period, and selection constraints. Plain nullable DTOs;
// InputMapper.Prioritization validates them with JSON paths. See docs/json-contracts.md ("Prioritization").

/// <summary>An investment round: the <c>prioritization</c> section of a portfolio, or the body of a <c>pmo prioritize</c> file.</summary>
internal class PrioritizationDocument
{
    public string? Name { get; init; }

    public MethodDocument? Method { get; init; }

    public string? TiePolicy { get; init; }

    public IReadOnlyList<CriterionDocument?>? Criteria { get; init; }

    public WeightsDocument? Weights { get; init; }

    public IReadOnlyList<GateDocument?>? Gates { get; init; }

    public IReadOnlyList<string?>? Periods { get; init; }

    public IReadOnlyList<BudgetDocument?>? Budgets { get; init; }

    public IReadOnlyList<CandidateDocument?>? Candidates { get; init; }

    public IReadOnlyList<IReadOnlyList<string?>?>? MutuallyExclusive { get; init; }

    public IReadOnlyList<GroupDocument?>? Groups { get; init; }

    public IReadOnlyList<string?>? ForceIn { get; init; }

    public IReadOnlyList<string?>? ForceOut { get; init; }

    public string? SelectionValue { get; init; }

    public SensitivityDocument? Sensitivity { get; init; }
}

/// <summary>The input of <c>pmo prioritize</c>: an investment round with its date and currency.</summary>
internal sealed class PrioritizationFileDocument : PrioritizationDocument
{
    public LocalDate? AsOf { get; init; }

    public string? Currency { get; init; }
}

/// <summary>The MCDA method and its options.</summary>
internal sealed class MethodDocument
{
    public string? Name { get; init; }

    public string? Normalization { get; init; }

    public double? Lambda { get; init; }

    public double? V { get; init; }

    public IReadOnlyList<PreferenceFunctionDocument?>? PreferenceFunctions { get; init; }
}

/// <summary>A PROMETHEE preference function for one criterion.</summary>
internal sealed class PreferenceFunctionDocument
{
    public string? Criterion { get; init; }

    public string? Type { get; init; }

    public double? Q { get; init; }

    public double? P { get; init; }

    public double? S { get; init; }
}

/// <summary>One criterion (column) of the decision matrix.</summary>
internal sealed class CriterionDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Direction { get; init; }

    public double? ScaleMin { get; init; }

    public double? ScaleMax { get; init; }

    public string? Unit { get; init; }
}

/// <summary>Criterion weights: explicit values, or derived from AHP pairwise judgements.</summary>
internal sealed class WeightsDocument
{
    public Dictionary<string, double?>? Values { get; init; }

    public string? Policy { get; init; }

    public AhpDocument? Ahp { get; init; }
}

/// <summary>AHP pairwise judgements over the criteria.</summary>
internal sealed class AhpDocument
{
    public string? PriorityMethod { get; init; }

    public string? RandomIndex { get; init; }

    public double? MaxConsistencyRatio { get; init; }

    public IReadOnlyList<JudgementDocument?>? Judgements { get; init; }
}

/// <summary>One pairwise judgement: how much more important <c>row</c> is than <c>column</c> (Saaty 1–9 or its reciprocal).</summary>
internal sealed class JudgementDocument
{
    public string? Row { get; init; }

    public string? Column { get; init; }

    public double? Value { get; init; }
}

/// <summary>A must-pass knock-out rule on one criterion.</summary>
internal sealed class GateDocument
{
    public string? Name { get; init; }

    public string? Criterion { get; init; }

    public string? Operator { get; init; }

    public double? Value { get; init; }
}

/// <summary>A budget or resource with a capacity per period.</summary>
internal sealed class BudgetDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Unit { get; init; }

    public IReadOnlyList<double?>? Capacity { get; init; }
}

/// <summary>One candidate project.</summary>
internal sealed class CandidateDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Programme { get; init; }

    public Dictionary<string, double?>? Scores { get; init; }

    public Dictionary<string, IReadOnlyList<double?>?>? Demand { get; init; }

    public IReadOnlyList<string?>? Requires { get; init; }
}

/// <summary>At least / at most k candidates from a group.</summary>
internal sealed class GroupDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string?>? Members { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }
}

/// <summary>Options of the sensitivity analysis.</summary>
internal sealed class SensitivityDocument
{
    public int? TopK { get; init; }

    public int? SmaaSamples { get; init; }

    public ulong? Seed { get; init; }
}
