namespace Pmo.Core.Resources;

/// <summary>Whether a project's demand is already committed or only proposed (awaiting approval).</summary>
/// <remarks>Called <c>ProjectStatus</c> before 0.9; renamed so that it no longer clashes with
/// <see cref="EarnedValue.ProjectStatus"/> when both namespaces are imported.</remarks>
public enum CommitmentStatus
{
    /// <summary>Approved or running: its demand is a commitment.</summary>
    Committed = 0,

    /// <summary>Proposed, not yet approved: its demand is shown separately ("what if we approve it").</summary>
    Proposed = 1,
}
