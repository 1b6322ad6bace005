namespace Pmo.Core.Tests.Scheduling.Leveling;

/// <summary>A read-only dictionary that reports one entry with a null key (a plain Dictionary cannot hold one).</summary>
internal sealed class NullKeyDictionary : IReadOnlyDictionary<string, double>
{
    private static readonly KeyValuePair<string, double>[] Items = [new(null!, 1)];

    public double this[string key] => 1;

    public IEnumerable<string> Keys => [null!];

    public IEnumerable<double> Values => [1];

    public int Count => 1;

    public bool ContainsKey(string key) => key is null;

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, double>>)Items).GetEnumerator();

    public bool TryGetValue(string key, out double value)
    {
        value = 1;
        return key is null;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
