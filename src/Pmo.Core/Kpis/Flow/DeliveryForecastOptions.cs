using Ardalis.GuardClauses;

namespace Pmo.Core.Kpis.Flow;

/// <summary>Options of a <see cref="DeliveryForecast"/> simulation. Each setter validates its value.</summary>
public sealed class DeliveryForecastOptions
{
    /// <summary>Gets the default options.</summary>
    public static DeliveryForecastOptions Default { get; } = new();

    /// <summary>
    /// Gets the horizon of a <see cref="DeliveryForecast.WhenDone"/> trial in calendar days from the start date; a trial
    /// not finished by then is counted as "beyond the horizon", never given a date. Default 3,653 (ten years). At least 1.
    /// </summary>
    /// <exception cref="ArgumentException">The value is less than 1.</exception>
    public int HorizonDays
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value, nameof(HorizonDays));
    } = 3_653;

    /// <summary>
    /// Gets the largest number of threads to use; <see langword="null"/> (the default) uses every core. Results are
    /// bit-identical whatever the value: trials run in fixed blocks of 1,024, each with its own random stream.
    /// </summary>
    /// <exception cref="ArgumentException">The value is less than 1.</exception>
    public int? MaxDegreeOfParallelism
    {
        get;
        init => field = value is { } v ? Guard.Against.NegativeOrZero(v, nameof(MaxDegreeOfParallelism)) : null;
    }
}
