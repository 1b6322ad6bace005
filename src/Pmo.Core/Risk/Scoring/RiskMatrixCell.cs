using Ardalis.GuardClauses;
using Pmo.Core.Common;
using Pmo.Core.Kpis;

namespace Pmo.Core.Risk;

/// <summary>One cell of a <see cref="RiskMatrix"/>: its score, its band (a level of the matrix's band scale) and its colour.</summary>
public sealed class RiskMatrixCell : IEquatable<RiskMatrixCell>
{
    /// <summary>Creates a cell.</summary>
    /// <param name="score">The cell's score: finite.</param>
    /// <param name="band">The band (for example high/moderate/low).</param>
    /// <param name="colour">A CSS colour for reports, or null to use the band's colour.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="colour"/> is blank (empty or white space).</exception>
    public RiskMatrixCell(double score, StatusLevel band, string? colour = null)
    {
        Guard.Against.NotFinite(score);
        Guard.Against.Null(band);
        if (colour is not null && string.IsNullOrWhiteSpace(colour))
        {
            throw new ArgumentException($"{nameof(colour)} must be null (use the band's colour) or a non-blank CSS colour.", nameof(colour));
        }

        Score = score;
        Band = band;
        Colour = colour ?? band.Colour;
    }

    /// <summary>Gets the score.</summary>
    public double Score { get; }

    /// <summary>Gets the band.</summary>
    public StatusLevel Band { get; }

    /// <summary>Gets the colour (the band's unless overridden).</summary>
    public string Colour { get; }

    /// <inheritdoc/>
    public bool Equals(RiskMatrixCell? other) =>
        other is not null && Score.Equals(other.Score) && Band.Equals(other.Band) && Colour == other.Colour;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskMatrixCell);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Score, Band.Id, Colour);

    /// <inheritdoc/>
    public override string ToString() => $"{Score.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({Band.Id})";
}
