using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Pmo.Core.Common;

namespace Pmo.Core.Resources;

/// <summary>
/// Unnamed capacity of a role: a number of full-time equivalents over an optional date window (contractors, a vendor
/// team, open positions to be hired, or a whole role planned top-down without named people). Works on the plan's
/// calendar.
/// </summary>
/// <remarks>Capacity on a working day d inside [<see cref="From"/>, <see cref="To"/>] = <c>hoursPerDay × Fte</c>.</remarks>
public sealed class RolePool
{
    /// <summary>The largest FTE a pool may hold (one million full-time equivalents), so capacity sums stay finite.</summary>
    public const double MaxFte = 1_000_000;

    /// <summary>Initializes a new pool.</summary>
    /// <param name="roleId">The role; not blank.</param>
    /// <param name="fte">The number of full-time equivalents: &gt; 0 and at most <see cref="MaxFte"/> (may exceed 1: 3.5 = three and a half people).</param>
    /// <param name="from">Optional first day (inclusive); null = from the start of the plan.</param>
    /// <param name="to">Optional last day (inclusive); null = to the end of the plan; not before <paramref name="from"/>.</param>
    /// <param name="name">Optional label, for example <c>Vendor team</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roleId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fte"/> is NaN, infinite, zero, negative or above <see cref="MaxFte"/>; <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public RolePool(string roleId, double fte, LocalDate? from = null, LocalDate? to = null, string? name = null)
    {
        Guard.Against.NullOrWhiteSpace(roleId);
        Guard.Against.NotFinitePositive(fte);
        if (fte > MaxFte)
        {
            throw new ArgumentOutOfRangeException(nameof(fte), fte, $"{nameof(fte)} of the pool of role '{roleId}' must be at most {MaxFte:0} (got {fte}).");
        }
        if (from is LocalDate f && to is LocalDate t && t < f)
        {
            throw new ArgumentOutOfRangeException(nameof(to), t, $"{nameof(to)} ({t:uuuu-MM-dd}) of the pool of role '{roleId}' must not be before {nameof(from)} ({f:uuuu-MM-dd}).");
        }

        RoleId = roleId;
        Fte = fte;
        From = from;
        To = to;
        Name = name;
    }

    /// <summary>Gets the role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the number of full-time equivalents.</summary>
    public double Fte { get; }

    /// <summary>Gets the optional first day (inclusive).</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the optional last day (inclusive).</summary>
    public LocalDate? To { get; }

    /// <summary>Gets the optional label.</summary>
    public string? Name { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RoleId} × {Fte} FTE");
}
