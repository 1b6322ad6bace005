using System.Numerics;

namespace Pmo.Core.Tests.Reliability.Numerics;

/// <summary>
/// The exact sum of doubles, as an independent oracle: every finite double is the dyadic rational m·2^e (|m| &lt; 2^53),
/// so the sum scaled by 2^<see cref="Scale"/> is an integer when every e ≥ −Scale. Mantissas are added per binary
/// exponent in 128-bit integers (no rounding at all) and the buckets are combined in a <see cref="BigInteger"/>. This
/// uses no floating-point addition, so it cannot share a rounding error with the code under test.
/// </summary>
internal sealed class ExactSum
{
    /// <summary>The scale: values must be multiples of 2^−Scale (every double ≥ 2^−147 in magnitude is).</summary>
    public const int Scale = 200;

    private readonly Int128[] buckets = new Int128[2048];

    public long Count { get; private set; }

    public void Add(double x)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The exact oracle takes finite values only.");
        }

        if (x == 0)
        {
            Count++;
            return;
        }

        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        if (exponent - 1075 + Scale < 0 && (mantissa & ((1L << Math.Min(62, 1075 - Scale - exponent)) - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The value has bits below 2^-200; raise Scale.");
        }

        buckets[exponent] += x < 0 ? -mantissa : mantissa;
        Count++;
    }

    public void AddRange(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
        {
            Add(v);
        }
    }

    /// <summary>Gets the exact sum times 2^Scale.</summary>
    public BigInteger Scaled()
    {
        BigInteger total = BigInteger.Zero;
        for (int e = 0; e < buckets.Length; e++)
        {
            if (buckets[e] == 0)
            {
                continue;
            }

            int shift = e - 1075 + Scale;
            BigInteger b = (BigInteger)buckets[e];
            total += shift >= 0 ? b << shift : b >> -shift;
        }

        return total;
    }

    /// <summary>Gets the exact sum rounded once to the nearest double (for display).</summary>
    public double Rounded() => (double)Scaled() / Math.Pow(2, Scale);

    /// <summary>The relative error |computed − exact| / |exact|, computed exactly then rounded once.</summary>
    public double RelativeError(double computed)
    {
        BigInteger exact = Scaled();
        var oracle = new ExactSum();
        oracle.Add(computed);
        BigInteger diff = BigInteger.Abs(oracle.Scaled() - exact);
        return exact.IsZero ? (diff.IsZero ? 0 : double.PositiveInfinity) : (double)diff / (double)BigInteger.Abs(exact);
    }

    /// <summary>The naive left-to-right double sum, to show what compensation buys.</summary>
    public static double Naive(ReadOnlySpan<double> values)
    {
        double s = 0;
        foreach (double v in values)
        {
            s += v;
        }

        return s;
    }
}
