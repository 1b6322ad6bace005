namespace Pmo.Core.EarnedValue;

/// <summary>How a task's EV compares with its PV at the project's earned schedule, <c>PV_i(ES)</c>.</summary>
public enum AdherenceStatus
{
    /// <summary><c>EV_i = PV_i(ES)</c> (within 1e−9 × max(1, the task's BAC)): the task is where the schedule says it should be.</summary>
    InSequence = 0,

    /// <summary><c>EV_i &gt; PV_i(ES)</c>: work done ahead of the schedule, out of sequence and at risk of rework (Lipke 2004).</summary>
    AheadOfSchedule = 1,

    /// <summary><c>EV_i &lt; PV_i(ES)</c>: work behind the schedule, pointing to a constraint or impediment (Lipke 2004).</summary>
    Impeded = 2,
}
