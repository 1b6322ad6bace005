using System.Collections.Immutable;
using Pmo.Core.Common;

namespace Pmo.Core.EarnedValue;

/// <summary>The schedule adherence (P-factor) of a project at a status date, with each task's contribution.</summary>
/// <remarks>
/// <c>P = Σᵢ min(PV_i(ES), EV_i) / Σᵢ PV_i(ES)</c>; <c>EV(e) = Σᵢ min(PV_i(ES), EV_i)</c>; <c>ES(e)</c> is the earned
/// schedule of EV(e) on the summed task curve. Sources: Lipke, W. (2004) "Connecting Earned Value to the Schedule",
/// <i>The Measurable News</i>, Winter 2004; Vanhoucke, M. (2013) "Measuring Schedule Adherence", <i>The Measurable News</i>
/// 2013.04; Lipke &amp; Henderson, "Earned Schedule Training" (EVA-11, 2006) for ES(e), CPI(e), SPI(te).
/// </remarks>
public sealed class ScheduleAdherenceResult
{
    internal ScheduleAdherenceResult()
    {
    }

    /// <summary>Gets the project's earned schedule ES in periods at which each task's PV was read.</summary>
    public double EarnedSchedule { get; internal init; }

    /// <summary>Gets the P-factor in [0, 1]; null when <see cref="PlannedValueAtEarnedSchedule"/> is 0 (nothing was due, see <see cref="Diagnostics"/>).</summary>
    public double? PFactor { get; internal init; }

    /// <summary>Gets the effective earned value <c>EV(e) = Σᵢ min(PV_i(ES), EV_i)</c>.</summary>
    public double EffectiveEarnedValue { get; internal init; }

    /// <summary>Gets <c>Σᵢ PV_i(ES)</c>; equal to EV when the task curves sum to the project's PV curve and EV ≤ BAC (Lipke's theorem).</summary>
    public double PlannedValueAtEarnedSchedule { get; internal init; }

    /// <summary>Gets the total EV, <c>Σᵢ EV_i</c>.</summary>
    public double EarnedValue { get; internal init; }

    /// <summary>Gets the EV earned ahead of the schedule, <c>EV − EV(e)</c> (out of sequence, at risk of rework).</summary>
    public double AheadEarnedValue => EarnedValue - EffectiveEarnedValue;

    /// <summary>Gets the effective earned schedule ES(e): the earned schedule of EV(e) on the summed task PV curve.</summary>
    public double EffectiveEarnedSchedule { get; internal init; }

    /// <summary>Gets each task's contribution, in input order.</summary>
    public ImmutableArray<TaskAdherence> Tasks { get; internal init; } = [];

    /// <summary>Gets why P is undefined, and other notes.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];
}
