using System.Collections.ObjectModel;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>The result of <see cref="ImanConover.Induce"/>.</summary>
public sealed class ImanConoverResult
{
    private readonly double?[] achieved;

    internal ImanConoverResult(CorrelationMatrix target, ulong seed, double[][] samples, double?[] achieved, double? maxDeviation, bool usesCholesky, IReadOnlyList<Diagnostic> diagnostics)
    {
        Target = target;
        Seed = seed;
        this.achieved = achieved;
        Samples = new ReadOnlyCollection<IReadOnlyList<double>>([.. samples.Select(s => (IReadOnlyList<double>)new ReadOnlyCollection<double>(s))]);
        MaximumAbsoluteDeviation = maxDeviation;
        UsesCholeskyFactor = usesCholesky;
        Diagnostics = new ReadOnlyCollection<Diagnostic>([.. diagnostics]);
    }

    /// <summary>Gets the target correlation matrix.</summary>
    public CorrelationMatrix Target { get; }

    /// <summary>Gets the seed used.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the reordered samples, in the target's variable order; each is a permutation of its input.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Samples { get; }

    /// <summary>Gets the largest |achieved Spearman ρ − target| over the defined off-diagonal pairs (null when none is defined).</summary>
    public double? MaximumAbsoluteDeviation { get; }

    /// <summary>Gets whether the target was factored by Cholesky (false: eigen factor V √Λ₊ of a singular target).</summary>
    public bool UsesCholeskyFactor { get; }

    /// <summary>Gets diagnostics (constant variables whose rank correlation is undefined).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the achieved Spearman rank correlation between variables <paramref name="row"/> and <paramref name="column"/>.</summary>
    /// <param name="row">Index in [0, k).</param>
    /// <param name="column">Index in [0, k).</param>
    /// <returns>ρ_S (tie-corrected), or null when a variable is constant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, k).</exception>
    public double? AchievedRankCorrelation(int row, int column)
    {
        int k = Target.Count;
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, k);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, k);
        return achieved[(row * k) + column];
    }

    /// <summary>Gets the achieved Spearman rank correlation between the variables with the given ids.</summary>
    /// <param name="first">An id of the target.</param>
    /// <param name="second">An id of the target.</param>
    /// <returns>ρ_S, or null when a variable is constant.</returns>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    /// <exception cref="KeyNotFoundException">An id is not a variable of the target.</exception>
    public double? AchievedRankCorrelation(string first, string second) => AchievedRankCorrelation(Target.IndexOf(first), Target.IndexOf(second));
}
