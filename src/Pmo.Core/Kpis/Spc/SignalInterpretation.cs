namespace Pmo.Core.Kpis.Spc;

/// <summary>What a signal means given the <see cref="ImprovementDirection"/>.</summary>
/// <remarks>
/// NHS England, "Making Data Count" (2019): special cause of an improving or concerning nature, or neither when no
/// direction is better. <see cref="SignalSide.Above"/> and <see cref="SignalSide.Increasing"/> are "high";
/// <see cref="SignalSide.Below"/> and <see cref="SignalSide.Decreasing"/> are "low"; <see cref="SignalSide.None"/> is
/// always neutral.
/// </remarks>
public enum SignalInterpretation
{
    /// <summary>No direction is better, or the pattern has no direction.</summary>
    Neutral = 0,

    /// <summary>The pattern points in the better direction.</summary>
    Improvement = 1,

    /// <summary>The pattern points in the worse direction.</summary>
    Concern = 2,
}
