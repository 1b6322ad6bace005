namespace Pmo.Core.Charts;

/// <summary>Which outcome of a Monte Carlo simulation a chart shows.</summary>
public enum SimulationMeasure
{
    /// <summary>The project finish (working-time units of the network).</summary>
    Finish = 0,

    /// <summary>The project cost.</summary>
    Cost = 1,
}
