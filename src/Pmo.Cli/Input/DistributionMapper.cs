using System.Collections.Immutable;
using System.Globalization;
using Pmo.Cli.Json;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Cli.Input;

/// <summary>
/// Maps distribution spec objects (<c>{"type": "triangular", "min": …, "mode": …, "max": …}</c> and the other types of
/// docs/json-contracts.md) to Pmo.Core distributions, and is the one place where parsed correlations meet the engine.
/// Every failure is an <see cref="InputValidationException"/> naming the JSON path and the rule (exit code 2).
/// </summary>
/// <remarks>
/// Supported now: <c>triangular</c> and <c>constant</c> (a degenerate triangular). The other documented types
/// (<c>betaPert</c>, <c>uniform</c>, <c>normal</c>, <c>lognormal</c>, <c>trigen</c>, <c>discrete</c>, <c>empirical</c>)
/// are parsed and checked for their members but rejected as "not supported yet" until their core classes are merged:
/// complete <see cref="Build"/> then.
/// </remarks>
internal static class DistributionMapper
{
    /// <summary>The documented spec types and the members each one takes (required first, then optional).</summary>
    public static readonly ImmutableDictionary<string, (string[] Required, string[] Optional)> Types =
        new Dictionary<string, (string[] Required, string[] Optional)>(StringComparer.Ordinal)
        {
            ["triangular"] = (["min", "mode", "max"], []),
            ["betaPert"] = (["min", "mode", "max"], ["shape"]),
            ["uniform"] = (["min", "max"], []),
            ["normal"] = (["mean", "sd"], ["lower", "upper"]),
            ["lognormal"] = (["mean", "sd"], []),
            ["trigen"] = (["low", "mode", "high", "lowPercentile", "highPercentile"], []),
            ["discrete"] = (["values", "probabilities"], []),
            ["empirical"] = (["samples"], []),
            ["constant"] = (["value"], []),
        }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Maps one spec.</summary>
    /// <param name="doc">The spec (null: a missing required distribution).</param>
    /// <param name="path">Its JSON path.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="InputValidationException">The spec is missing, malformed, has bad parameters or an unsupported type.</exception>
    public static Distribution Map(DistributionDocument? doc, string path)
    {
        if (doc is null)
        {
            throw new InputValidationException(path, "required property missing");
        }

        if (doc.Type is null)
        {
            throw new InputValidationException($"{path}.type", "required property missing");
        }

        if (!Types.TryGetValue(doc.Type, out (string[] Required, string[] Optional) members))
        {
            throw new InputValidationException($"{path}.type", $"must be one of {string.Join(", ", Types.Keys.Order(StringComparer.Ordinal).Select(t => $"\"{t}\""))} (got \"{doc.Type}\")");
        }

        foreach ((string name, bool present) in Present(doc))
        {
            if (present && !members.Required.Contains(name) && !members.Optional.Contains(name))
            {
                throw new InputValidationException($"{path}.{name}", $"is not a parameter of a {doc.Type} distribution (it takes {string.Join(", ", members.Required.Concat(members.Optional))})");
            }

            if (!present && members.Required.Contains(name))
            {
                throw new InputValidationException($"{path}.{name}", $"required property missing (a {doc.Type} distribution takes {string.Join(", ", members.Required)})");
            }
        }

        foreach ((string name, double? value) in Numbers(doc))
        {
            if (value is { } v && !double.IsFinite(v))
            {
                throw new InputValidationException($"{path}.{name}", "must be a finite number");
            }
        }

        try
        {
            return Build(doc, path);
        }
        catch (ArgumentException ex)
        {
            string m = ex.Message;
            int cut = m.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new InputValidationException(ex.ParamName is { } pn && Known(pn) is { } member ? $"{path}.{member}" : path, cut < 0 ? m : m[..cut], ex);
        }
    }

    /// <summary>
    /// THE CORRELATION HOOK. Applies the validated correlation pairs (activity ids known, |r| ≤ 1, no self pair, no
    /// repeated pair) to the model. For now it returns the model unchanged: the correlation engine (Iman–Conover on the
    /// duration columns) is being written on another branch; the lead wires it here after merging.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="correlations">The pairs, in input order.</param>
    /// <returns>The model to simulate.</returns>
    public static SimulationModel ApplyCorrelations(SimulationModel model, ImmutableArray<CorrelationPair> correlations)
    {
        _ = correlations;
        return model;
    }

    // The spec → core mapping. TriangularDistribution is the only core distribution on this branch; the lead adds the
    // other types here (BetaPertDistribution(min, mode, max, shape ?? 4), UniformDistribution, …) after merging.
#pragma warning disable CA1859 // The return type stays Distribution: the lead adds the other distribution types here.
    private static Distribution Build(DistributionDocument d, string path) => d.Type switch
    {
        "triangular" => new TriangularDistribution(d.Min!.Value, d.Mode!.Value, d.Max!.Value),
        "constant" => new TriangularDistribution(d.Value!.Value, d.Value.Value, d.Value.Value),
        _ => throw new InputValidationException($"{path}.type", $"the distribution type \"{d.Type}\" is not supported yet by this build of pmo (supported: \"triangular\", \"constant\")"),
    };
#pragma warning restore CA1859

    private static string? Known(string paramName) => paramName switch
    {
        "minimum" => "min",
        "maximum" => "max",
        "mode" => "mode",
        _ => null,
    };

    private static IEnumerable<(string Name, bool Present)> Present(DistributionDocument d)
    {
        foreach ((string name, double? value) in Numbers(d))
        {
            yield return (name, value is not null);
        }

        yield return ("values", d.Values is not null);
        yield return ("probabilities", d.Probabilities is not null);
        yield return ("samples", d.Samples is not null);
    }

    private static IEnumerable<(string Name, double? Value)> Numbers(DistributionDocument d)
    {
        yield return ("min", d.Min);
        yield return ("mode", d.Mode);
        yield return ("max", d.Max);
        yield return ("shape", d.Shape);
        yield return ("mean", d.Mean);
        yield return ("sd", d.Sd);
        yield return ("lower", d.Lower);
        yield return ("upper", d.Upper);
        yield return ("low", d.Low);
        yield return ("high", d.High);
        yield return ("lowPercentile", d.LowPercentile);
        yield return ("highPercentile", d.HighPercentile);
        yield return ("value", d.Value);
    }

    /// <summary>Formats a number for messages.</summary>
    /// <param name="v">The number.</param>
    /// <returns>Its round-trip text.</returns>
    internal static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A validated correlation between two activities' durations.</summary>
/// <param name="A">The first activity id.</param>
/// <param name="B">The second activity id.</param>
/// <param name="R">The (rank) correlation coefficient, in [−1, 1].</param>
internal readonly record struct CorrelationPair(string A, string B, double R);
