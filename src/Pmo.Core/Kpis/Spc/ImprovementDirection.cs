namespace Pmo.Core.Kpis.Spc;

/// <summary>Which direction of the measure is better; it turns a signal's side into an interpretation.</summary>
/// <remarks>NHS England, "Making Data Count" (2019); NHSRplotthedots <c>improvement_direction</c>.</remarks>
public enum ImprovementDirection
{
    /// <summary>Neither direction is better: every signal is <see cref="SignalInterpretation.Neutral"/>.</summary>
    Neutral = 0,

    /// <summary>Higher values are better (for example on-time delivery rate).</summary>
    Increase = 1,

    /// <summary>Lower values are better (for example defects or cost overrun).</summary>
    Decrease = 2,
}
