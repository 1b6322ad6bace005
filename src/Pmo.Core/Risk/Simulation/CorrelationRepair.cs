using System.Collections.ObjectModel;
using Pmo.Core.Common;

namespace Pmo.Core.Risk.Simulation;

/// <summary>The result of <see cref="NearestCorrelation.Repair"/>: the repaired matrix and how it was obtained.</summary>
public sealed class CorrelationRepair
{
    internal CorrelationRepair(
        CorrelationMatrix original,
        CorrelationMatrix repaired,
        bool repairNeeded,
        int iterations,
        bool converged,
        double distance,
        IReadOnlyList<CorrelationChange> largestChanges,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Original = original;
        Repaired = repaired;
        RepairNeeded = repairNeeded;
        Iterations = iterations;
        Converged = converged;
        FrobeniusDistance = distance;
        LargestChanges = largestChanges;
        Diagnostics = new ReadOnlyCollection<Diagnostic>([.. diagnostics]);
    }

    /// <summary>Gets the input matrix.</summary>
    public CorrelationMatrix Original { get; }

    /// <summary>Gets the repaired matrix (the input itself when no repair was needed). Always positive semi-definite with a unit diagonal.</summary>
    public CorrelationMatrix Repaired { get; }

    /// <summary>Gets whether the input was not positive semi-definite and had to be repaired.</summary>
    public bool RepairNeeded { get; }

    /// <summary>Gets the number of alternating-projection iterations performed (0 when no repair was needed).</summary>
    public int Iterations { get; }

    /// <summary>Gets whether the iteration met the tolerance before the iteration cap (true when no repair was needed).</summary>
    public bool Converged { get; }

    /// <summary>Gets the (weighted) Frobenius distance ‖W^½ (A − X) W^½‖_F between input and repaired matrix.</summary>
    public double FrobeniusDistance { get; }

    /// <summary>Gets the smallest eigenvalue of the input.</summary>
    public double MinimumEigenvalueBefore => Original.MinimumEigenvalue;

    /// <summary>Gets the smallest eigenvalue of the repaired matrix.</summary>
    public double MinimumEigenvalueAfter => Repaired.MinimumEigenvalue;

    /// <summary>Gets the changed off-diagonal cells (upper triangle), largest absolute change first, at most ten.</summary>
    public IReadOnlyList<CorrelationChange> LargestChanges { get; }

    /// <summary>Gets the diagnostics: a warning when a repair was made (always reported) and when the iteration did not converge.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
