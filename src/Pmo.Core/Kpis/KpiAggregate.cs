using System.Collections.Immutable;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>The result of aggregating many subjects' values with one <see cref="AggregationRule"/>.</summary>
public sealed class KpiAggregate
{
    internal KpiAggregate()
    {
    }

    /// <summary>Gets the rule applied.</summary>
    public AggregationRule Rule { get; internal init; }

    /// <summary>Gets the aggregate, or null when undefined (no values; Σw = 0 or Σdenominator = 0).</summary>
    public double? Value { get; internal init; }

    /// <summary>Gets the number of values aggregated.</summary>
    public int Count { get; internal init; }

    /// <summary>Gets the number of subjects without a usable value (left out).</summary>
    public int MissingCount { get; internal init; }

    /// <summary>Gets Σ numerator (ratio of sums only), or null (also when the sum overflows the double range).</summary>
    public double? Numerator { get; internal init; }

    /// <summary>Gets Σ denominator (ratio of sums only), or null (also when the sum overflows the double range).</summary>
    public double? Denominator { get; internal init; }

    /// <summary>Gets Σ weights (weighted mean only), or null (also when the sum overflows the double range).</summary>
    public double? WeightSum { get; internal init; }

    /// <summary>Gets the observation date of the value chosen by <see cref="AggregationRule.Last"/>, or null.</summary>
    public LocalDate? LastDate { get; internal init; }

    /// <summary>Gets why the aggregate is undefined and what was left out.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];
}

/// <summary>An associative accumulator for every aggregation rule at once; sums are compensated (Neumaier 1974).</summary>
internal sealed class ValueAccumulator
{
    public int Count { get; private set; }

    public int Missing { get; set; }

    public int WithoutComponents { get; set; }

    private CompensatedSum sum;
    private CompensatedSum weightSum;
    private CompensatedSum weightedSum;
    private CompensatedSum numeratorSum;
    private CompensatedSum denominatorSum;

    public double Sum => sum.Value;

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double WeightSum => weightSum.Value;

    public double WeightedSum => weightedSum.Value;

    public double NumeratorSum => numeratorSum.Value;

    public double DenominatorSum => denominatorSum.Value;

    public int ComponentCount { get; private set; }

    public LocalDate? LastDate { get; private set; }

    public int LastOrder { get; private set; } = -1;

    public double LastValue { get; private set; }

    public void AddValue(double value, double weight, LocalDate date, int order)
    {
        Count++;
        sum.Add(value);
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        weightSum.Add(weight);
        weightedSum.Add(weight * value);
        Last(date, order, value);
    }

    public void AddComponents(double numerator, double denominator)
    {
        ComponentCount++;
        numeratorSum.Add(numerator);
        denominatorSum.Add(denominator);
    }

    public void Merge(ValueAccumulator o)
    {
        Count += o.Count;
        Missing += o.Missing;
        WithoutComponents += o.WithoutComponents;
        sum.Add(o.sum);
        Min = Math.Min(Min, o.Min);
        Max = Math.Max(Max, o.Max);
        weightSum.Add(o.weightSum);
        weightedSum.Add(o.weightedSum);
        numeratorSum.Add(o.numeratorSum);
        denominatorSum.Add(o.denominatorSum);
        ComponentCount += o.ComponentCount;
        if (o.LastDate is { } d)
        {
            Last(d, o.LastOrder, o.LastValue);
        }
    }

    public KpiAggregate Result(AggregationRule rule, string metric)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        bool ratio = rule == AggregationRule.RatioOfSums;
        int count = ratio ? ComponentCount : Count;
        int missing = Missing + (ratio ? WithoutComponents : 0);
        if (missing > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Information, metric, $"{missing} subject(s) without a usable value were left out of the {rule} roll-up."));
        }

        if (ratio && WithoutComponents > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, metric, $"{WithoutComponents} value(s) had no numerator/denominator and cannot enter a ratio of sums."));
        }

        double? value = null;
        if (rule == AggregationRule.Count)
        {
            value = Count;
        }
        else if (count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, $"{rule} of no values is undefined."));
        }
        else
        {
            switch (rule)
            {
                case AggregationRule.Sum:
                    value = Sum;
                    break;
                case AggregationRule.Mean:
                    value = Sum / Count;
                    break;
                case AggregationRule.WeightedMean:
                    if (WeightSum > 0)
                    {
                        value = WeightedSum / WeightSum;
                    }
                    else
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, "The weighted mean is undefined: the weights sum to 0."));
                    }

                    break;
                case AggregationRule.Min:
                    value = Min;
                    break;
                case AggregationRule.Max:
                    value = Max;
                    break;
                case AggregationRule.Last:
                    value = LastValue;
                    break;
                default:
                    if (DenominatorSum != 0)
                    {
                        value = NumeratorSum / DenominatorSum;
                    }
                    else
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, "The ratio of sums is undefined: the denominators sum to 0."));
                    }

                    break;
            }
        }

        if (value is { } v && !double.IsFinite(v))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, $"The {rule} overflowed."));
            value = null;
        }

        bool weighted = rule == AggregationRule.WeightedMean;
        if ((ratio && !(double.IsFinite(NumeratorSum) && double.IsFinite(DenominatorSum))) || (weighted && !double.IsFinite(WeightSum)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, metric, $"A sum of the {rule} roll-up overflows the double range: it is reported as null."));
        }

        return new KpiAggregate
        {
            Rule = rule,
            Value = value,
            Count = count,
            MissingCount = missing,
            Numerator = ratio && double.IsFinite(NumeratorSum) ? NumeratorSum : null,
            Denominator = ratio && double.IsFinite(DenominatorSum) ? DenominatorSum : null,
            WeightSum = weighted && double.IsFinite(WeightSum) ? WeightSum : null,
            LastDate = rule == AggregationRule.Last ? LastDate : null,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private void Last(LocalDate date, int order, double value)
    {
        if (LastDate is null || date > LastDate.Value || (date == LastDate.Value && order > LastOrder))
        {
            LastDate = date;
            LastOrder = order;
            LastValue = value;
        }
    }
}
