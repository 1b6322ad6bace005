namespace Pmo.Core.Common;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticKind
{
    /// <summary>A metric is mathematically undefined for these inputs; its value is reported as <see langword="null"/>.</summary>
    Undefined = 0,

    /// <summary>The result is defined but the analyst should look at it (for example EV above BAC).</summary>
    Warning = 1,

    /// <summary>An explanatory note on how a value was obtained (for example a flat PV segment in earned schedule).</summary>
    Information = 2,
}

/// <summary>
/// An explanation attached to a result: why a metric is undefined, or what the analyst should know about it.
/// </summary>
public sealed class Diagnostic : IEquatable<Diagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="kind">How serious it is.</param>
    /// <param name="metric">The metric or input it concerns, for example <c>CPI</c>.</param>
    /// <param name="message">A sentence for a human reader.</param>
    /// <exception cref="ArgumentException"><paramref name="metric"/> or <paramref name="message"/> is null or blank.</exception>
    public Diagnostic(DiagnosticKind kind, string metric, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metric);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        Metric = metric;
        Message = message;
    }

    /// <summary>Gets how serious the diagnostic is.</summary>
    public DiagnosticKind Kind { get; }

    /// <summary>Gets the metric or input the diagnostic concerns.</summary>
    public string Metric { get; }

    /// <summary>Gets the human-readable explanation.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other) =>
        other is not null && Kind == other.Kind && Metric == other.Metric && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Diagnostic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Metric, Message);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Metric}: {Message}";
}
