namespace Pmo.Core.Risk.Simulation;

/// <summary>One off-diagonal cell changed by a nearest-correlation repair.</summary>
public sealed class CorrelationChange
{
    internal CorrelationChange(string firstId, string secondId, double original, double repaired)
    {
        FirstId = firstId;
        SecondId = secondId;
        Original = original;
        Repaired = repaired;
    }

    /// <summary>Gets the first variable's id (row).</summary>
    public string FirstId { get; }

    /// <summary>Gets the second variable's id (column; after <see cref="FirstId"/> in matrix order).</summary>
    public string SecondId { get; }

    /// <summary>Gets the requested correlation.</summary>
    public double Original { get; }

    /// <summary>Gets the repaired correlation.</summary>
    public double Repaired { get; }

    /// <summary>Gets <see cref="Repaired"/> − <see cref="Original"/>.</summary>
    public double Change => Repaired - Original;

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"({FirstId}, {SecondId}): {Original:0.####} → {Repaired:0.####} ({Change:+0.####;-0.####;0})");
}
