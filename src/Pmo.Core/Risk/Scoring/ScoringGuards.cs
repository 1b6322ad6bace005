namespace Pmo.Core.Risk;

/// <summary>Guards shared by the risk-scoring types.</summary>
internal static class ScoringGuards
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when an enum value is not defined.</summary>
    public static void Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} ({value}) is not a defined {typeof(T).Name}.");
        }
    }
}
