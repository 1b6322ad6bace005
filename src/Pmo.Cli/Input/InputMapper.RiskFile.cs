using System.Text.Json;
using NodaTime;
using Pmo.Cli.Analysis;
using Pmo.Cli.Json;
using Pmo.Core.Risk;

namespace Pmo.Cli.Input;

/// <summary>Mapping of the <c>pmo risk</c> file.</summary>
internal static partial class InputMapper
{
    /// <summary>Validates and maps a risk file.</summary>
    /// <param name="doc">The document.</param>
    /// <returns>The register and its scoring model.</returns>
    /// <exception cref="InputValidationException">A rule is broken.</exception>
    public static LoadedRiskFile MapRiskFile(RiskFileDocument? doc)
    {
        const string p = "$";
        if (doc is null)
        {
            throw Fail(p, "must be a JSON object");
        }

        LocalDate asOf = Required(doc.AsOf, $"{p}.asOf");
        string? currency = Currency(doc.Currency, $"{p}.currency", required: false);
        double? budget = Positive(doc.Budget, $"{p}.budget");
        double? duration = Positive(doc.DurationDays, $"{p}.durationDays");
        IReadOnlyList<RiskDocument?> list = NonEmptyArray(doc.Risks, $"{p}.risks");
        var register = Guarded($"{p}.risks", () => new RiskRegister(MapRisks(list, $"{p}.risks", "register")));

        JsonElement? model = doc.Model;
        if (model is null || model.Value.ValueKind == JsonValueKind.String)
        {
            string id = MapRiskModel(model?.GetString(), $"{p}.model");
            if (budget is null)
            {
                throw Fail($"{p}.budget", $"required with the preset \"{id}\" (cost impacts are scored as fractions of it)");
            }

            if (duration is null)
            {
                throw Fail($"{p}.durationDays", $"required with the preset \"{id}\" (schedule impacts are scored as fractions of it)");
            }

            RiskScoringModel preset = RiskModels.Create(id, budget.Value, duration.Value);
            CheckImpactDimensions(register.Risks, list, preset, $"{p}.risks");
            return new LoadedRiskFile(asOf, currency, register, preset, id, RiskModels.Levels(id), RiskModels.Levels(id));
        }

        if (model.Value.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"{p}.model", "must be a preset id string or an object { \"probability\", \"impacts\", \"matrix\" }");
        }

        RiskModelDocument m;
        try
        {
            m = model.Value.Deserialize(RiskModelJsonContext.Default.RiskModelDocument)
                ?? throw Fail($"{p}.model", "must be an object");
        }
        catch (JsonException ex)
        {
            string at = ex.Path is { Length: > 1 } sub ? $"{p}.model{sub[1..]}" : $"{p}.model";
            string message = ex.Message;
            int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            throw Fail(at, cut < 0 ? message : message[..cut]);
        }

        ProbabilityScaleDefinition probability = m.Probability ?? throw Fail($"{p}.model.probability", Missing);
        IReadOnlyList<ImpactScaleDefinition> impacts = NonEmptyArray(m.Impacts, $"{p}.model.impacts");
        RiskMatrixDefinition matrix = m.Matrix ?? throw Fail($"{p}.model.matrix", Missing);
        ProbabilityScale ps = Guarded($"{p}.model.probability", () => ProbabilityScale.FromDefinition(probability));
        var scales = new List<ImpactScale>(impacts.Count);
        for (int i = 0; i < impacts.Count; i++)
        {
            ImpactScaleDefinition d = impacts[i];
            scales.Add(Guarded($"{p}.model.impacts[{i}]", () => ImpactScale.FromDefinition(d)));
        }

        RiskMatrix rm = Guarded($"{p}.model.matrix", () => RiskMatrix.FromDefinition(matrix));
        var context = new ScaleContext(budget, duration);
        RiskScoringModel scoring = Guarded($"{p}.model", () => RiskScoringModel.WithMatrix(ps, scales, rm, context: context));
        CheckImpactDimensions(register.Risks, list, scoring, $"{p}.risks");
        return new LoadedRiskFile(asOf, currency, register, scoring, rm.Name, ps.Levels.Length, scales.Max(s => s.Levels.Length));
    }

    // Found by fuzzing (issue 9 §2, json-analyze): an impact on a dimension the model has no scale for ("cort" for
    // "cost", or a model whose scale is "sc]edule") passed the mapping and made the core's scorer throw during the
    // analysis, an internal error (exit 1); the same in a portfolio's project registers with a preset (pmo report).
    // Every impact of every stage must name one of the model's scales.
    private static void CheckImpactDimensions(IEnumerable<RiskEntry> risks, IReadOnlyList<RiskDocument?>? docs, RiskScoringModel model, string p)
    {
        var known = model.ImpactScales.Select(s => s.Dimension).ToHashSet(StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < (docs?.Count ?? 0); i++)
        {
            if (docs![i]?.Id is { } id)
            {
                _ = index.TryAdd(id, i);
            }
        }

        foreach (RiskEntry r in risks)
        {
            string rp = index.TryGetValue(r.Id, out int i) ? $"{p}[{i}]" : p;
            foreach ((string stage, RiskAssessment a) in new[] { ("inherent", r.Inherent), ("residual", r.Residual) })
            {
                foreach (string dim in a.Impacts.Keys.Where(d => !known.Contains(d)))
                {
                    string at = stage == "residual" && r.ExplicitResidual is null ? $"{rp}.responses" : $"{rp}.{stage}.impacts.{dim}";
                    throw Fail(at, $"impact on \"{dim}\", a dimension the scoring model has no scale for (scales: {string.Join(", ", model.ImpactScales.Select(s => s.Dimension))})");
                }
            }
        }
    }
}
