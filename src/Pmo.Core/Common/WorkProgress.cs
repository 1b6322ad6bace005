namespace Pmo.Core.Common;

/// <summary>
/// Progress of a long-running computation, reported through <see cref="IProgress{T}"/> by <c>Smaa.Run</c> (samples),
/// <c>RcpspHeuristics.Sample</c> (schedules) and <c>DeliveryForecast.WhenDone</c>/<c>HowMany</c> (trials).
/// </summary>
/// <remarks>
/// <para>
/// Reports come after each unit of work (a block of samples or trials, a schedule-generation pass), never per sample,
/// and always satisfy 0 &lt; <see cref="Completed"/> ≤ <see cref="Total"/>; a run that completes reports
/// <see cref="Completed"/> = <see cref="Total"/> exactly once, as its last report when it runs on one thread.
/// </para>
/// <para>
/// Single-threaded runs report a non-decreasing <see cref="Completed"/>. Parallel runs report from the worker threads
/// (the count is kept with <see cref="Interlocked"/>), so the callback may be invoked concurrently and may observe the
/// counts out of order; <see cref="Total"/> is still reported once. Use a thread-safe <see cref="IProgress{T}"/>
/// (<see cref="Progress{T}"/> posts to the captured synchronization context) and keep the maximum seen.
/// </para>
/// <para>
/// Reporting never changes a result: the random streams and the order of the work are the same with or without a
/// progress object.
/// </para>
/// </remarks>
/// <param name="Completed">Units of work finished so far (samples, schedules or trials), greater than zero.</param>
/// <param name="Total">Units of work planned (the budget when a run may stop early), at least <paramref name="Completed"/>.</param>
public readonly record struct WorkProgress(long Completed, long Total);
