namespace Pmo.Core.EarnedValue;

/// <summary>One task's contribution to the schedule-adherence P-factor.</summary>
public sealed class TaskAdherence
{
    internal TaskAdherence()
    {
    }

    /// <summary>Gets the task id.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets <c>PV_i(ES)</c>: the task's PV at the project's earned schedule (linear within a period).</summary>
    public double PlannedValueAtEarnedSchedule { get; internal init; }

    /// <summary>Gets the task's EV, <c>EV_i</c>.</summary>
    public double EarnedValue { get; internal init; }

    /// <summary>Gets <c>min(PV_i(ES), EV_i)</c>: the EV earned in conformance with the schedule.</summary>
    public double ConformingEarnedValue { get; internal init; }

    /// <summary>Gets <c>EV_i − min(PV_i(ES), EV_i)</c>: the EV earned ahead of the schedule (at risk of rework).</summary>
    public double AheadEarnedValue => EarnedValue - ConformingEarnedValue;

    /// <summary>Gets <c>PV_i(ES) − min(PV_i(ES), EV_i)</c>: the EV that should have been earned by now and was not.</summary>
    public double LaggingPlannedValue => PlannedValueAtEarnedSchedule - ConformingEarnedValue;

    /// <summary>Gets how the task compares with the schedule.</summary>
    public AdherenceStatus Status { get; internal init; }
}
