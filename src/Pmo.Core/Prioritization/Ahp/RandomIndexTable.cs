using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>
/// A published table of random indices RI(n): the mean consistency index of random reciprocal matrices of size n, the
/// denominator of Saaty's consistency ratio <c>CR = CI / RI(n)</c>. Matrices of size 1 and 2 are always consistent, so
/// RI(1) = RI(2) = 0 and CR is defined as 0 for them. A size beyond the table is an error, never an extrapolation.
/// </summary>
/// <remarks>
/// The tables differ because they were simulated differently (number of random matrices, the way entries are drawn
/// from the 1/9 … 9 scale). Choose one and report it; <see cref="AhpResult.RandomIndexTable"/> carries the name.
/// </remarks>
public sealed class RandomIndexTable
{
    private RandomIndexTable(string name, string citation, ImmutableArray<double> values)
    {
        Name = name;
        Citation = citation;
        Values = values;
    }

    /// <summary>
    /// Saaty's table for n = 1…15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59.
    /// </summary>
    /// <remarks>
    /// T. L. Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill, New York, 1980 (the random consistency index
    /// table of chapter 1). The same 15 values appear in many independent open-source AHP implementations (checked
    /// for this library against several, e.g. the R, Java and JavaScript implementations indexed in the code search
    /// corpus). The default table of <see cref="AhpOptions"/>.
    /// </remarks>
    public static RandomIndexTable Saaty1980 { get; } = new(
        "Saaty (1980)",
        "T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980, ch. 1.",
        [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);

    /// <summary>
    /// Saaty's later table for n = 1…15: 0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59.
    /// </summary>
    /// <remarks>
    /// T. L. Saaty, <i>Theory and Applications of the Analytic Network Process</i>, RWS Publications, Pittsburgh, 2005,
    /// p. 31 (values as transcribed by the AHPy library, P. Griffith, <c>random_index='saaty'</c>, whose README cites
    /// this page).
    /// </remarks>
    public static RandomIndexTable Saaty2005 { get; } = new(
        "Saaty (2005)",
        "T. L. Saaty, Theory and Applications of the Analytic Network Process, RWS Publications, 2005, p. 31.",
        [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]);

    /// <summary>
    /// Donegan and Dodd's table for n = 1…20: 0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055,
    /// 1.4213, 1.4497, 1.4643, 1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371.
    /// </summary>
    /// <remarks>
    /// H. A. Donegan and F. J. Dodd, "A note on Saaty's random indexes", <i>Mathematical and Computer Modelling</i>
    /// 15(10), 1991, 135–137 (values as transcribed by the AHPy library, <c>random_index='dd'</c>, its default). The
    /// paper also gives sparse sizes up to 100; they are not included because sizes between them would need
    /// interpolation, which this library does not do silently.
    /// </remarks>
    public static RandomIndexTable DoneganDodd1991 { get; } = new(
        "Donegan & Dodd (1991)",
        "H. A. Donegan, F. J. Dodd, A note on Saaty's random indexes, Mathematical and Computer Modelling 15(10), 1991, 135–137.",
        [0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371]);

    /// <summary>
    /// Alonso and Lamata's table for n = 1…15 (100,000 random matrices per size): 0, 0, 0.5245, 0.8815, 1.1086, 1.2479,
    /// 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838.
    /// </summary>
    /// <remarks>
    /// J. A. Alonso and M. T. Lamata, "Consistency in the analytic hierarchy process: a new approach",
    /// <i>International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems</i> 14(4), 2006, 445–459. The
    /// values for n = 3…9 were cross-checked against an independent implementation in the code-search corpus; those for
    /// n = 10…15 are as recalled from the paper's table and were not re-checked against the printed page.
    /// </remarks>
    public static RandomIndexTable AlonsoLamata2006 { get; } = new(
        "Alonso & Lamata (2006)",
        "J. A. Alonso, M. T. Lamata, Consistency in the analytic hierarchy process: a new approach, IJUFKS 14(4), 2006, 445–459.",
        [0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838]);

    /// <summary>Gets the table's short name, for reports.</summary>
    public string Name { get; }

    /// <summary>Gets the bibliographic citation.</summary>
    public string Citation { get; }

    /// <summary>Gets RI(n) for n = 1 … <see cref="MaxSize"/> (index n − 1).</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets the largest matrix size the table covers.</summary>
    public int MaxSize => Values.Length;

    /// <summary>Creates a custom table (for example from another simulation study).</summary>
    /// <param name="name">A short name for reports.</param>
    /// <param name="citation">Where the numbers come from.</param>
    /// <param name="valuesFromSize3">RI(3), RI(4), …: positive, finite. RI(1) = RI(2) = 0 are added.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">The name or citation is blank, or a value is not positive and finite (the index is named).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="valuesFromSize3"/> is null.</exception>
    [Pure]
    public static RandomIndexTable Create(string name, string citation, IReadOnlyList<double> valuesFromSize3)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        ArgumentNullException.ThrowIfNull(valuesFromSize3);
        var builder = ImmutableArray.CreateBuilder<double>(valuesFromSize3.Count + 2);
        builder.Add(0);
        builder.Add(0);
        for (int i = 0; i < valuesFromSize3.Count; i++)
        {
            double v = valuesFromSize3[i];
            if (!double.IsFinite(v) || v <= 0)
            {
                throw new ArgumentException($"{nameof(valuesFromSize3)}[{i}] (RI for n = {i + 3}) must be a positive finite number (got {v.ToString(CultureInfo.InvariantCulture)}).", nameof(valuesFromSize3));
            }

            builder.Add(v);
        }

        return new RandomIndexTable(name, citation, builder.MoveToImmutable());
    }

    /// <summary>Gets RI(n).</summary>
    /// <param name="n">The matrix size, 1 … <see cref="MaxSize"/>.</param>
    /// <returns>RI(n); 0 for n ≤ 2.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is below 1 or above <see cref="MaxSize"/> (the message names n and the table's range).</exception>
    [Pure]
    public double RandomIndex(int n)
    {
        if (n < 1 || n > MaxSize)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"The random-index table '{Name}' covers matrix sizes 1 to {MaxSize}; n = {n} is outside it. Choose a larger table (e.g. Donegan & Dodd, n ≤ 20) or use AhpOptions.WithoutConsistencyRatio() to skip the consistency ratio.");
        }

        return Values[n - 1];
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
