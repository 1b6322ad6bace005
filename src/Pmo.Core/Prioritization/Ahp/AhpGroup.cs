using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>
/// Group AHP: aggregation of individual judgements (AIJ) and of individual priorities (AIP) by weighted geometric mean.
/// </summary>
/// <remarks>
/// <para>
/// AIJ: <c>aᵢⱼ(group) = Πₖ aᵢⱼ(k)^λₖ</c>, the only aggregation that keeps reciprocity and unanimity (J. Aczél and
/// T. L. Saaty, "Procedures for synthesizing ratio judgements", <i>Journal of Mathematical Psychology</i> 27, 1983,
/// 93–102). AIP: <c>wᵢ(group) ∝ Πₖ wᵢ(k)^λₖ</c>, renormalised to sum 1 (E. Forman and K. Peniwati, "Aggregating
/// individual judgments and priorities with the analytic hierarchy process", <i>European Journal of Operational
/// Research</i> 108, 1998, 165–169: AIJ when the group acts as one individual, AIP when its members act separately).
/// </para>
/// <para>
/// Expert weights λₖ are optional (equal weights 1/K when null). Given weights must be non-negative, finite and sum to 1
/// within 1e-9: they are never normalised silently. Call <see cref="NormalizeWeights"/> explicitly to rescale raw
/// weights.
/// </para>
/// </remarks>
public static class AhpGroup
{
    /// <summary>The largest allowed |Σλ − 1| for expert weights: 1e-9.</summary>
    public const double WeightSumTolerance = 1e-9;

    /// <summary>Aggregates individual judgements (AIJ) into one matrix by weighted geometric mean.</summary>
    /// <param name="matrices">One matrix per expert: all the same size, the same labels and the same missing judgements.</param>
    /// <param name="weights">Optional expert weights (non-negative, summing to 1); equal weights when null.</param>
    /// <returns>The group matrix (labels of the first matrix).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrices"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No matrix; sizes, labels or missing judgements differ (the expert and cell are named); or the weights break a rule.</exception>
    [Pure]
    public static PairwiseMatrix AggregateJudgements(IReadOnlyList<PairwiseMatrix> matrices, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        if (matrices.Count == 0)
        {
            throw new ArgumentException($"{nameof(matrices)} is empty; aggregate at least one expert's matrix.", nameof(matrices));
        }

        double[] lambda = CheckWeights(weights, matrices.Count, nameof(weights));
        PairwiseMatrix first = matrices[0] ?? throw new ArgumentNullException(nameof(matrices), $"{nameof(matrices)}[0] is null.");
        int n = first.Size;
        double[] logs = new double[n * n];
        for (int k = 0; k < matrices.Count; k++)
        {
            PairwiseMatrix m = matrices[k] ?? throw new ArgumentNullException(nameof(matrices), $"{nameof(matrices)}[{k}] is null.");
            if (m.Size != n)
            {
                throw new ArgumentException($"{nameof(matrices)}[{k}] compares {m.Size} items but {nameof(matrices)}[0] compares {n}.", nameof(matrices));
            }

            if (!m.Labels.SequenceEqual(first.Labels, StringComparer.Ordinal))
            {
                throw new ArgumentException($"{nameof(matrices)}[{k}] has labels ({string.Join(", ", m.Labels)}) different from {nameof(matrices)}[0] ({string.Join(", ", first.Labels)}).", nameof(matrices));
            }

            ReadOnlySpan<double> a = m.Raw;
            ReadOnlySpan<double> a0 = first.Raw;
            for (int c = 0; c < n * n; c++)
            {
                if (double.IsNaN(a[c]) != double.IsNaN(a0[c]))
                {
                    throw new ArgumentException($"{nameof(matrices)}[{k}] has the judgement ({c / n},{c % n}) {(double.IsNaN(a[c]) ? "missing" : "present")} but {nameof(matrices)}[0] has it {(double.IsNaN(a0[c]) ? "missing" : "present")}; all experts must judge the same pairs.", nameof(matrices));
                }

                logs[c] += double.IsNaN(a[c]) ? 0 : lambda[k] * Math.Log(a[c]);
            }
        }

        ReadOnlySpan<double> pattern = first.Raw;
        double[] data = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            data[(i * n) + i] = 1;
            for (int j = i + 1; j < n; j++)
            {
                if (double.IsNaN(pattern[(i * n) + j]))
                {
                    data[(i * n) + j] = double.NaN;
                    data[(j * n) + i] = double.NaN;
                }
                else
                {
                    // Upper triangle from the weighted log mean; lower as its exact reciprocal.
                    double v = Math.Exp(logs[(i * n) + j]);
                    data[(i * n) + j] = v;
                    data[(j * n) + i] = 1 / v;
                }
            }
        }

        return PairwiseMatrix.CreateTrusted(n, data, first.Labels, first.HasLabels);
    }

    /// <summary>Aggregates individual priority vectors (AIP) by weighted geometric mean, renormalised to sum 1.</summary>
    /// <param name="priorities">One priority vector per expert, all of the same length, entries positive and finite.</param>
    /// <param name="weights">Optional expert weights (non-negative, summing to 1); equal weights when null.</param>
    /// <returns>The group priorities, summing to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priorities"/> or one of its vectors is null.</exception>
    /// <exception cref="ArgumentException">No vector, an empty vector, lengths differ, an entry is not positive and finite (named), or the weights break a rule.</exception>
    [Pure]
    public static ImmutableArray<double> AggregatePriorities(IReadOnlyList<IReadOnlyList<double>> priorities, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        if (priorities.Count == 0)
        {
            throw new ArgumentException($"{nameof(priorities)} is empty; aggregate at least one expert's priorities.", nameof(priorities));
        }

        double[] lambda = CheckWeights(weights, priorities.Count, nameof(weights));
        IReadOnlyList<double> first = priorities[0] ?? throw new ArgumentNullException(nameof(priorities), $"{nameof(priorities)}[0] is null.");
        int n = first.Count;
        if (n == 0)
        {
            throw new ArgumentException($"{nameof(priorities)}[0] is empty.", nameof(priorities));
        }

        double[] logs = new double[n];
        for (int k = 0; k < priorities.Count; k++)
        {
            IReadOnlyList<double> w = priorities[k] ?? throw new ArgumentNullException(nameof(priorities), $"{nameof(priorities)}[{k}] is null.");
            if (w.Count != n)
            {
                throw new ArgumentException($"{nameof(priorities)}[{k}] has {w.Count} entries but {nameof(priorities)}[0] has {n}.", nameof(priorities));
            }

            for (int i = 0; i < n; i++)
            {
                double v = w[i];
                if (!double.IsFinite(v) || v <= 0)
                {
                    throw new ArgumentException($"{nameof(priorities)}[{k}][{i}] must be a positive finite number (got {v.ToString(CultureInfo.InvariantCulture)}); a geometric mean needs positive priorities.", nameof(priorities));
                }

                logs[i] += lambda[k] * Math.Log(v);
            }
        }

        double max = logs.Max();
        double[] result = [.. logs.Select(l => Math.Exp(l - max))];
        AhpKernels.Normalize(result);
        return ImmutableArray.Create(result);
    }

    /// <summary>Rescales raw non-negative expert weights to sum 1 (an explicit step: aggregation never does it silently).</summary>
    /// <param name="rawWeights">Non-negative finite weights, not all zero.</param>
    /// <returns>The weights divided by their sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rawWeights"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, a weight is negative or not finite (named), or all are zero.</exception>
    [Pure]
    public static ImmutableArray<double> NormalizeWeights(IReadOnlyList<double> rawWeights)
    {
        ArgumentNullException.ThrowIfNull(rawWeights);
        if (rawWeights.Count == 0)
        {
            throw new ArgumentException($"{nameof(rawWeights)} is empty.", nameof(rawWeights));
        }

        double sum = 0;
        for (int i = 0; i < rawWeights.Count; i++)
        {
            double v = rawWeights[i];
            if (!double.IsFinite(v) || v < 0)
            {
                throw new ArgumentException($"{nameof(rawWeights)}[{i}] must be a finite number, zero or positive (got {v.ToString(CultureInfo.InvariantCulture)}).", nameof(rawWeights));
            }

            sum += v;
        }

        if (sum == 0)
        {
            throw new ArgumentException($"{nameof(rawWeights)} are all zero.", nameof(rawWeights));
        }

        return [.. rawWeights.Select(v => v / sum)];
    }

    private static double[] CheckWeights(IReadOnlyList<double>? weights, int experts, string paramName)
    {
        if (weights is null)
        {
            double[] equal = new double[experts];
            Array.Fill(equal, 1.0 / experts);
            return equal;
        }

        if (weights.Count != experts)
        {
            throw new ArgumentException($"{paramName} has {weights.Count} entries but there are {experts} experts.", paramName);
        }

        double sum = 0;
        double[] result = new double[experts];
        for (int k = 0; k < experts; k++)
        {
            double v = weights[k];
            if (!double.IsFinite(v) || v < 0)
            {
                throw new ArgumentException($"{paramName}[{k}] must be a finite number, zero or positive (got {v.ToString(CultureInfo.InvariantCulture)}).", paramName);
            }

            result[k] = v;
            sum += v;
        }

        if (Math.Abs(sum - 1) > WeightSumTolerance)
        {
            throw new ArgumentException($"{paramName} sum to {sum.ToString("R", CultureInfo.InvariantCulture)}, not 1 (tolerance {WeightSumTolerance}); they are never rescaled silently — call AhpGroup.NormalizeWeights first if that is intended.", paramName);
        }

        return result;
    }
}
