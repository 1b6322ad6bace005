namespace Pmo.Core.Scheduling;

/// <summary>The precedence relation of an <see cref="ActivityLink"/> (precedence diagramming method).</summary>
/// <remarks>
/// With <c>ES</c>/<c>EF</c> the start/finish of predecessor <c>p</c> and successor <c>s</c> and <c>lag</c> the link's
/// lag (J. J. Moder, C. R. Phillips and E. W. Davis, <i>Project Management with CPM, PERT and Precedence
/// Diagramming</i>, 3rd ed., 1983, ch. 4; PMI, <i>PMBOK Guide</i>, 6th ed., 2017, §6.3.2.1).
/// </remarks>
public enum LinkType
{
    /// <summary>Finish-to-start: <c>ES_s ≥ EF_p + lag</c>.</summary>
    FinishToStart = 0,

    /// <summary>Start-to-start: <c>ES_s ≥ ES_p + lag</c>.</summary>
    StartToStart = 1,

    /// <summary>Finish-to-finish: <c>EF_s ≥ EF_p + lag</c>.</summary>
    FinishToFinish = 2,

    /// <summary>Start-to-finish: <c>EF_s ≥ ES_p + lag</c>.</summary>
    StartToFinish = 3,
}
