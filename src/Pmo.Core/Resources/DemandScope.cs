namespace Pmo.Core.Resources;

/// <summary>Which demand a capacity analysis compares with capacity.</summary>
public enum DemandScope
{
    /// <summary>Committed and proposed projects together: "what if we approve everything proposed".</summary>
    CommittedAndProposed = 0,

    /// <summary>Committed projects only: is the approved portfolio itself feasible.</summary>
    CommittedOnly = 1,
}
