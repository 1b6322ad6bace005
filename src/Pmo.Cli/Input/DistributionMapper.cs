using System.Collections.Immutable;
using System.Globalization;
using Pmo.Cli.Json;
using Pmo.Core.Risk.Simulation;

namespace Pmo.Cli.Input;

/// <summary>
/// Maps distribution spec objects (<c>{"type": "triangular", "min": …, "mode": …, "max": …}</c> and the other types of
/// docs/json-contracts.md) to Pmo.Core distributions, 
/// Every failure is an <see cref="InputValidationException"/> naming the JSON path and the rule (exit code 2).
/// </summary>
/// <remarks>
/// Every documented type maps to its Pmo.Core class: triangular, betaPert (shape λ default 4), uniform, normal
/// (optionally truncated), lognormal (from the arithmetic mean and standard deviation), trigen (the triangular whose
/// lowPercentile and highPercentile quantiles are low and high), discrete, empirical and constant.
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

    // The spec → core mapping (docs/json-contracts.md, "Distribution specs").
    private static Distribution Build(DistributionDocument d, string path) => d.Type switch
    {
        "triangular" => new TriangularDistribution(d.Min!.Value, d.Mode!.Value, d.Max!.Value),
        "betaPert" => new BetaPertDistribution(d.Min!.Value, d.Mode!.Value, d.Max!.Value, d.Shape ?? BetaPertDistribution.DefaultShape),
        "uniform" => new UniformDistribution(d.Min!.Value, d.Max!.Value),
        "normal" => new NormalDistribution(d.Mean!.Value, d.Sd!.Value, d.Lower, d.Upper),
        "lognormal" => LogNormalDistribution.FromMeanAndStandardDeviation(d.Mean!.Value, d.Sd!.Value),
        "trigen" => Trigen.Solve(d.Low!.Value, d.Mode!.Value, d.High!.Value, d.LowPercentile!.Value, d.HighPercentile!.Value),
        "discrete" => new DiscreteDistribution(d.Values!, d.Probabilities!),
        "empirical" => new EmpiricalDistribution(d.Samples!),
        "constant" => new ConstantDistribution(d.Value!.Value),
        _ => throw new InputValidationException($"{path}.type", $"the distribution type \"{d.Type}\" is not supported"),
    };

    private static string? Known(string paramName) => paramName switch
    {
        "minimum" => "min",
        "maximum" => "max",
        "mode" => "mode",
        "shape" => "shape",
        "mean" => "mean",
        "standardDeviation" => "sd",
        "lowerBound" => "lower",
        "upperBound" => "upper",
        "low" => "low",
        "high" => "high",
        "lowProbability" => "lowPercentile",
        "highProbability" => "highPercentile",
        "values" => "values",
        "probabilities" => "probabilities",
        "samples" => "samples",
        "value" => "value",
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
