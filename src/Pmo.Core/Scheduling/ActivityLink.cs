using System.Diagnostics.Contracts;
using System.Globalization;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Scheduling;

/// <summary>A precedence link between two activities, with a type and a lag (negative lag = lead).</summary>
/// <remarks>See <see cref="LinkType"/> for the constraint each type imposes.</remarks>
public sealed class ActivityLink
{
    /// <summary>Initializes a new link.</summary>
    /// <param name="predecessor">The predecessor's id.</param>
    /// <param name="successor">The successor's id.</param>
    /// <param name="type">The link type.</param>
    /// <param name="lag">The lag in working-time units: finite, may be negative (a lead).</param>
    /// <exception cref="ArgumentNullException"><paramref name="predecessor"/> or <paramref name="successor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="predecessor"/> or <paramref name="successor"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value, or <paramref name="lag"/> is NaN or infinite.</exception>
    public ActivityLink(string predecessor, string successor, LinkType type = LinkType.FinishToStart, double lag = 0)
    {
        Guard.Against.NullOrWhiteSpace(predecessor);
        Guard.Against.NullOrWhiteSpace(successor);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, $"{nameof(type)} must be a defined {nameof(LinkType)} (got {(int)type}).");
        }

        Guard.Against.NotFinite(lag);
        Predecessor = predecessor;
        Successor = successor;
        Type = type;
        Lag = lag;
    }

    /// <summary>Gets the predecessor's id.</summary>
    public string Predecessor { get; }

    /// <summary>Gets the successor's id.</summary>
    public string Successor { get; }

    /// <summary>Gets the link type.</summary>
    public LinkType Type { get; }

    /// <summary>Gets the lag (negative = lead).</summary>
    public double Lag { get; }

    /// <inheritdoc/>
    [Pure]
    public override string ToString() => $"{Predecessor} -{Type}({Lag.ToString(CultureInfo.InvariantCulture)})-> {Successor}";
}
