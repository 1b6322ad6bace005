using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Pmo.Core.EarnedValue;

/// <summary>One approved version of a project's baseline (re-baselining history).</summary>
public sealed class BaselineVersion
{
    /// <summary>Creates a baseline version.</summary>
    /// <param name="version">The version number, 1 or more.</param>
    /// <param name="approvedOn">The approval date.</param>
    /// <param name="reason">Why the baseline was set or changed.</param>
    /// <param name="baseline">The time-phased baseline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is zero or negative.</exception>
    public BaselineVersion(int version, LocalDate approvedOn, string reason, TimePhasedBaseline baseline)
    {
        Version = Guard.Against.NegativeOrZero(version);
        ApprovedOn = approvedOn;
        Reason = Guard.Against.Null(reason);
        Baseline = Guard.Against.Null(baseline);
    }

    /// <summary>Gets the version number.</summary>
    public int Version { get; }

    /// <summary>Gets the approval date.</summary>
    public LocalDate ApprovedOn { get; }

    /// <summary>Gets the reason for the version.</summary>
    public string Reason { get; }

    /// <summary>Gets the baseline.</summary>
    public TimePhasedBaseline Baseline { get; }
}

/// <summary>The ordered versions of a project's baseline; the last is current.</summary>
public sealed class BaselineHistory
{
    /// <summary>Creates a baseline history.</summary>
    /// <param name="versions">At least one version, in strictly increasing version number and non-decreasing approval date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is null.</exception>
    /// <exception cref="ArgumentException">It is empty or out of order.</exception>
    public BaselineHistory(IEnumerable<BaselineVersion> versions)
    {
        Guard.Against.Null(versions);
        ImmutableArray<BaselineVersion> v = [.. versions];
        if (v.IsEmpty)
        {
            throw new ArgumentException($"{nameof(versions)} must contain at least one baseline version.", nameof(versions));
        }

        for (int i = 1; i < v.Length; i++)
        {
            if (v[i].Version <= v[i - 1].Version || v[i].ApprovedOn < v[i - 1].ApprovedOn)
            {
                throw new ArgumentException($"{nameof(versions)} must be in increasing version and approval-date order; version {v[i].Version} ({v[i].ApprovedOn:yyyy-MM-dd}) follows version {v[i - 1].Version} ({v[i - 1].ApprovedOn:yyyy-MM-dd}).", nameof(versions));
            }
        }

        Versions = v;
    }

    /// <summary>Gets the versions, oldest first.</summary>
    public ImmutableArray<BaselineVersion> Versions { get; }

    /// <summary>Gets the current (latest) version.</summary>
    public BaselineVersion Current => Versions[^1];

    /// <summary>Gets the original (first) version.</summary>
    public BaselineVersion Original => Versions[0];

    /// <summary>Gets whether the project has been re-baselined (more than one version).</summary>
    public bool IsRebaselined => Versions.Length > 1;

    /// <summary>Gets the change of BAC from the original to the current baseline.</summary>
    public double BudgetChange => Current.Baseline.BudgetAtCompletion - Original.Baseline.BudgetAtCompletion;

    /// <summary>Gets the change of the planned finish date from the original to the current baseline, in days.</summary>
    public int PlannedFinishChangeDays => Period.DaysBetween(Original.Baseline.PlannedFinish, Current.Baseline.PlannedFinish);
}
