namespace Pmo.Core.Common;

/// <summary>
/// A running sum with Neumaier's compensation: the rounding error of every addition is carried in a second double and
/// added back at the end, so the error of the sum of n terms is about one rounding of the result (plus n·u² terms)
/// instead of growing with n as in naive summation.
/// </summary>
/// <remarks>
/// A. Neumaier (1974), "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen", <i>ZAMM</i> 54, 39–51
/// (the improved Kahan–Babuška algorithm); N. J. Higham (2002), <i>Accuracy and Stability of Numerical Algorithms</i>,
/// 2nd ed., §4.3. Error bound: |ŝ − s| ≤ 2u·|s| + O(n·u²)·Σ|xᵢ| with u = 2⁻⁵³. Costs four extra flops per term and
/// allocates nothing. Non-finite terms or an overflow give the naive result (NaN or ±∞), never a NaN from the compensation.
/// </remarks>
internal struct CompensatedSum
{
    private double sum;
    private double compensation;

    /// <summary>Gets the compensated value of the sum.</summary>
    public readonly double Value => double.IsFinite(sum) ? sum + compensation : sum;

    /// <summary>Adds a term.</summary>
    /// <param name="x">The term.</param>
    public void Add(double x)
    {
        double t = sum + x;
        compensation += Math.Abs(sum) >= Math.Abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }

    /// <summary>Adds another compensated sum (both its value and its carried error).</summary>
    /// <param name="other">The other sum.</param>
    public void Add(in CompensatedSum other)
    {
        Add(other.sum);
        Add(other.compensation);
    }

    /// <summary>Adds <paramref name="x"/> to <paramref name="sum"/> and carries the rounding error in <paramref name="compensation"/>.</summary>
    /// <param name="sum">The running sum.</param>
    /// <param name="compensation">The running compensation (add it to the sum at the end).</param>
    /// <param name="x">The term.</param>
    public static void Add(ref double sum, ref double compensation, double x)
    {
        double t = sum + x;
        compensation += Math.Abs(sum) >= Math.Abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
}
