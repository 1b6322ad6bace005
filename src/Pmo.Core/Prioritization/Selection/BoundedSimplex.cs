namespace Pmo.Core.Prioritization.Selection;

/// <summary>
/// A small dense primal simplex for <c>max c·x</c> subject to <c>A·x ≤ b</c> (b ≥ 0), <c>0 ≤ x ≤ 1</c>, with bounded
/// variables (bound flips without pivots; G. B. Dantzig, <i>Linear Programming and Extensions</i>, 1963, ch. 18) and a
/// slack starting basis (the origin is feasible because b ≥ 0). Only the row duals are used by the caller, through the
/// Lagrangian value <c>y·b + Σ max(0, c_j − y·A_j)</c>, which is an upper bound for any y ≥ 0 (weak duality), so an
/// iteration cap or rounding can weaken the bound but never make it invalid. Workspace is reused between calls.
/// </summary>
internal sealed class BoundedSimplex
{
    private const double Eps = 1e-9;
    private double[] tableau = [];
    private double[] beta = [];
    private double[] reducedCost = [];
    private int[] basis = [];
    private bool[] atUpper = [];
    private bool[] isBasic = [];
    private int rows;
    private int width;

    /// <summary>Gets the row matrix to fill (row-major, <c>rows × (columns + rows)</c>; the slack block is set by <see cref="Solve"/>).</summary>
    public double[] Tableau => tableau;

    /// <summary>Gets the right-hand sides to fill (length ≥ rows).</summary>
    public double[] Rhs => beta;

    /// <summary>Gets the objective coefficients to fill (length ≥ columns + rows; slack entries are set by <see cref="Solve"/>).</summary>
    public double[] Objective => reducedCost;

    /// <summary>Prepares workspace for a problem of the given size and clears it.</summary>
    public void Reset(int rowCount, int columns)
    {
        rows = rowCount;
        width = columns + rowCount;
        int size = rowCount * width;
        if (tableau.Length < size)
        {
            tableau = new double[Math.Max(size, tableau.Length * 2)];
        }

        if (beta.Length < rowCount)
        {
            beta = new double[Math.Max(rowCount, beta.Length * 2)];
            basis = new int[beta.Length];
        }

        if (reducedCost.Length < width)
        {
            reducedCost = new double[Math.Max(width, reducedCost.Length * 2)];
            atUpper = new bool[reducedCost.Length];
            isBasic = new bool[reducedCost.Length];
        }

        Array.Clear(tableau, 0, size);
        Array.Clear(reducedCost, 0, width);
        Array.Clear(atUpper, 0, width);
        Array.Clear(isBasic, 0, width);
    }

    /// <summary>Runs the simplex; writes the row duals (≥ 0) into <paramref name="duals"/>.</summary>
    public void Solve(int columns, double[] duals, int iterationCap)
    {
        for (int i = 0; i < rows; i++)
        {
            tableau[(i * width) + columns + i] = 1;
            basis[i] = columns + i;
            isBasic[columns + i] = true;
        }

        for (int iteration = 0; iteration < iterationCap; iteration++)
        {
            // Dantzig pricing over structural columns (slacks have upper bound +∞ and only enter when their cost is positive).
            int enter = -1;
            double best = Eps;
            for (int j = 0; j < width; j++)
            {
                double d = reducedCost[j];
                double gain = atUpper[j] ? -d : d;
                if (gain > best && !isBasic[j])
                {
                    best = gain;
                    enter = j;
                }
            }

            if (enter < 0)
            {
                break;
            }

            double direction = atUpper[enter] ? -1 : 1;
            double upper = enter < columns ? 1 : double.PositiveInfinity;
            double theta = upper;
            int leave = -1;
            bool leaveToUpper = false;
            for (int i = 0; i < rows; i++)
            {
                double a = tableau[(i * width) + enter] * direction;
                int b = basis[i];
                double ub = b < columns ? 1 : double.PositiveInfinity;
                if (a > Eps)
                {
                    double limit = beta[i] / a;
                    if (limit < theta)
                    {
                        theta = limit;
                        leave = i;
                        leaveToUpper = false;
                    }
                }
                else if (a < -Eps && ub < double.PositiveInfinity)
                {
                    double limit = (ub - beta[i]) / -a;
                    if (limit < theta)
                    {
                        theta = limit;
                        leave = i;
                        leaveToUpper = true;
                    }
                }
            }

            if (double.IsPositiveInfinity(theta))
            {
                break; // Unbounded cannot happen with 0 ≤ x ≤ 1 structurals; stop defensively.
            }

            theta = Math.Max(theta, 0);
            for (int i = 0; i < rows; i++)
            {
                beta[i] -= direction * theta * tableau[(i * width) + enter];
            }

            if (leave < 0)
            {
                atUpper[enter] = !atUpper[enter];
                continue;
            }

            double enteringValue = (atUpper[enter] ? 1 : 0) + (direction * theta);
            int leaving = basis[leave];
            atUpper[leaving] = leaveToUpper;
            Pivot(leave, enter);
            basis[leave] = enter;
            isBasic[leaving] = false;
            isBasic[enter] = true;
            atUpper[enter] = false;
            beta[leave] = enteringValue;
        }

        for (int i = 0; i < rows; i++)
        {
            duals[i] = Math.Max(0, -reducedCost[columns + i]);
        }
    }

    /// <summary>Writes the primal values of the structural columns (basic: current value; non-basic: 0 or 1) into <paramref name="values"/>.</summary>
    public void Primal(int columns, double[] values)
    {
        for (int j = 0; j < columns; j++)
        {
            values[j] = atUpper[j] ? 1 : 0;
        }

        for (int i = 0; i < rows; i++)
        {
            if (basis[i] < columns)
            {
                values[basis[i]] = Math.Clamp(beta[i], 0, 1);
            }
        }
    }

    private void Pivot(int r, int c)
    {
        int rowStart = r * width;
        double p = tableau[rowStart + c];
        for (int j = 0; j < width; j++)
        {
            tableau[rowStart + j] /= p;
        }

        for (int i = 0; i < rows; i++)
        {
            if (i == r)
            {
                continue;
            }

            int start = i * width;
            double f = tableau[start + c];
            if (f != 0)
            {
                for (int j = 0; j < width; j++)
                {
                    tableau[start + j] -= f * tableau[rowStart + j];
                }
            }
        }

        double fc = reducedCost[c];
        if (fc != 0)
        {
            for (int j = 0; j < width; j++)
            {
                reducedCost[j] -= fc * tableau[rowStart + j];
            }
        }
    }
}
