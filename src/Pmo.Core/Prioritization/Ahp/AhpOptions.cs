using System.Globalization;

namespace Pmo.Core.Prioritization.Ahp;

/// <summary>How the priority vector is derived from a complete pairwise matrix.</summary>
public enum AhpPriorityMethod
{
    /// <summary>
    /// Saaty's principal right eigenvector, <c>A·w = λmax·w</c>, by power iteration to a tolerance (T. L. Saaty,
    /// <i>The Analytic Hierarchy Process</i>, 1980, ch. 1 and appendix).
    /// </summary>
    Eigenvector = 0,

    /// <summary>
    /// Row geometric mean (logarithmic least squares): <c>wᵢ ∝ (Πⱼ aᵢⱼ)^(1/n)</c> (G. Crawford and C. Williams, "A note on
    /// the analysis of subjective judgment matrices", <i>Journal of Mathematical Psychology</i> 29, 1985, 387–405).
    /// </summary>
    RowGeometricMean = 1,

    /// <summary>
    /// Normalised column mean ("additive normalisation"): divide every column by its sum, then average each row
    /// (Saaty 1980, ch. 1, the approximate method).
    /// </summary>
    NormalizedColumnMean = 2,
}

/// <summary>How λmax, the principal eigenvalue, is obtained for the consistency index.</summary>
public enum AhpLambdaMaxMethod
{
    /// <summary>The principal eigenvalue of the (completed) matrix by power iteration, whatever the priority method.</summary>
    Exact = 0,

    /// <summary>The usual hand approximation <c>λmax ≈ (1/n)·Σᵢ (A·w)ᵢ / wᵢ</c> with the derived priorities w (Saaty 1980, ch. 1).</summary>
    Approximate = 1,
}

/// <summary>How priorities are derived from an incomplete matrix (some judgements missing).</summary>
public enum AhpIncompleteMethod
{
    /// <summary>
    /// Harker's method: replace each missing entry by 0, add to each diagonal entry the number of missing judgements in
    /// its row, and take the principal eigenvector (P. T. Harker, "Incomplete pairwise comparisons in the analytic
    /// hierarchy process", <i>Mathematical Modelling</i> 9(11), 1987, 837–848).
    /// </summary>
    Harker = 0,

    /// <summary>
    /// Logarithmic least squares over the known judgements, solved through the Laplacian of the comparison graph
    /// (S. Bozóki, J. Fülöp and L. Rónyai, "On optimal completion of incomplete pairwise comparison matrices",
    /// <i>Mathematical and Computer Modelling</i> 52, 2010, 318–333, section 5). Equals the row geometric mean for a
    /// complete matrix.
    /// </summary>
    LogarithmicLeastSquares = 1,

    /// <summary>
    /// λmax-optimal completion: the missing entries are chosen to minimise λmax of the completed matrix (cyclic
    /// coordinates on their logarithms, each a convex one-dimensional problem, from the LLSM start), then the principal
    /// eigenvector of the completed matrix is taken (S. Bozóki, J. Fülöp and L. Rónyai, "On optimal completion of
    /// incomplete pairwise comparison matrices", <i>Mathematical and Computer Modelling</i> 52, 2010, 318–333,
    /// sections 3–4). Sweeps stop when no log-entry moves by more than <see cref="AhpOptions.CompletionTolerance"/>, or
    /// after <see cref="AhpOptions.MaxIterations"/> sweeps (then <see cref="AhpResult.Converged"/> is false).
    /// </summary>
    LambdaMaxOptimalCompletion = 2,
}

/// <summary>The options of <see cref="AhpAnalysis.Analyze"/> and <see cref="AhpHierarchy.Synthesize"/>. Immutable and validated; every variant is explicit.</summary>
public sealed class AhpOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="method">The priority method for complete matrices.</param>
    /// <param name="lambdaMaxMethod">How λmax is obtained.</param>
    /// <param name="randomIndexTable">The random-index table for CR; null means <see cref="RandomIndexTable.Saaty1980"/>. To skip CR (matrices larger than every table) use <see cref="WithoutConsistencyRatio"/>.</param>
    /// <param name="tolerance">The power-iteration stopping tolerance on the largest change of a normalised priority between iterations: in (0, 1e-3].</param>
    /// <param name="maxIterations">The power-iteration cap (≥ 1); hitting it sets <see cref="AhpResult.Converged"/> to false and adds a warning.</param>
    /// <param name="consistencyRatioThreshold">The CR at or below which a matrix is acceptable: in (0, 1]. Saaty's 0.10 by default.</param>
    /// <param name="sizeDependentThreshold">When true, use Saaty's size-dependent thresholds 0.05 (n = 3), 0.08 (n = 4) and <paramref name="consistencyRatioThreshold"/> for n ≥ 5.</param>
    /// <param name="incompleteMethod">How incomplete matrices are treated.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum is undefined, the tolerance, cap or threshold is out of range.</exception>
    public AhpOptions(
        AhpPriorityMethod method = AhpPriorityMethod.Eigenvector,
        AhpLambdaMaxMethod lambdaMaxMethod = AhpLambdaMaxMethod.Exact,
        RandomIndexTable? randomIndexTable = null,
        double tolerance = DefaultTolerance,
        int maxIterations = DefaultMaxIterations,
        double consistencyRatioThreshold = 0.1,
        bool sizeDependentThreshold = false,
        AhpIncompleteMethod incompleteMethod = AhpIncompleteMethod.Harker)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, $"{nameof(method)} is not a defined {nameof(AhpPriorityMethod)}.");
        }

        if (!Enum.IsDefined(lambdaMaxMethod))
        {
            throw new ArgumentOutOfRangeException(nameof(lambdaMaxMethod), lambdaMaxMethod, $"{nameof(lambdaMaxMethod)} is not a defined {nameof(AhpLambdaMaxMethod)}.");
        }

        if (!Enum.IsDefined(incompleteMethod))
        {
            throw new ArgumentOutOfRangeException(nameof(incompleteMethod), incompleteMethod, $"{nameof(incompleteMethod)} is not a defined {nameof(AhpIncompleteMethod)}.");
        }

        if (!double.IsFinite(tolerance) || tolerance <= 0 || tolerance > 1e-3)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, $"{nameof(tolerance)} must lie in (0, 0.001] (got {tolerance.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (maxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, $"{nameof(maxIterations)} must be at least 1 (got {maxIterations}).");
        }

        if (!double.IsFinite(consistencyRatioThreshold) || consistencyRatioThreshold <= 0 || consistencyRatioThreshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(consistencyRatioThreshold), consistencyRatioThreshold, $"{nameof(consistencyRatioThreshold)} must lie in (0, 1] (got {consistencyRatioThreshold.ToString(CultureInfo.InvariantCulture)}).");
        }

        Method = method;
        LambdaMaxMethod = lambdaMaxMethod;
        RandomIndexTable = randomIndexTable ?? RandomIndexTable.Saaty1980;
        UseRandomIndex = true;
        Tolerance = tolerance;
        MaxIterations = maxIterations;
        ConsistencyRatioThreshold = consistencyRatioThreshold;
        SizeDependentThreshold = sizeDependentThreshold;
        IncompleteMethod = incompleteMethod;
    }

    /// <summary>The default power-iteration tolerance: 1e-12.</summary>
    public const double DefaultTolerance = 1e-12;

    /// <summary>The default power-iteration cap: 10,000.</summary>
    public const int DefaultMaxIterations = 10_000;

    /// <summary>Gets the default options: eigenvector, exact λmax, Saaty (1980) RI, CR ≤ 0.10, Harker for incomplete matrices.</summary>
    public static AhpOptions Default { get; } = new();

    /// <summary>Gets the priority method for complete matrices.</summary>
    public AhpPriorityMethod Method { get; }

    /// <summary>Gets how λmax is obtained.</summary>
    public AhpLambdaMaxMethod LambdaMaxMethod { get; }

    /// <summary>Gets the random-index table used for CR.</summary>
    public RandomIndexTable RandomIndexTable { get; }

    /// <summary>Gets a value indicating whether CR is computed (false after <see cref="WithoutConsistencyRatio"/>).</summary>
    public bool UseRandomIndex { get; private init; }

    /// <summary>Gets the power-iteration tolerance.</summary>
    public double Tolerance { get; }

    /// <summary>Gets the power-iteration cap.</summary>
    public int MaxIterations { get; }

    /// <summary>Gets the CR acceptance threshold (for n ≥ 5 when <see cref="SizeDependentThreshold"/> is set).</summary>
    public double ConsistencyRatioThreshold { get; }

    /// <summary>Gets a value indicating whether Saaty's size-dependent thresholds (0.05 for n = 3, 0.08 for n = 4) apply.</summary>
    public bool SizeDependentThreshold { get; }

    /// <summary>Gets how incomplete matrices are treated.</summary>
    public AhpIncompleteMethod IncompleteMethod { get; }

    /// <summary>Gets the stopping tolerance on the log-entries of <see cref="AhpIncompleteMethod.LambdaMaxOptimalCompletion"/>: 1e-9.</summary>
    public const double CompletionTolerance = 1e-9;

    /// <summary>Returns a copy that skips the consistency ratio (for matrices larger than any table): CR is then null with a diagnostic.</summary>
    /// <returns>The new options.</returns>
    public AhpOptions WithoutConsistencyRatio() =>
        new(Method, LambdaMaxMethod, RandomIndexTable, Tolerance, MaxIterations, ConsistencyRatioThreshold, SizeDependentThreshold, IncompleteMethod) { UseRandomIndex = false };

    /// <summary>The CR threshold that applies to an n × n matrix.</summary>
    /// <param name="n">The matrix size.</param>
    /// <returns>The threshold.</returns>
    public double ThresholdFor(int n) => !SizeDependentThreshold ? ConsistencyRatioThreshold : n switch
    {
        3 => 0.05,
        4 => 0.08,
        _ => ConsistencyRatioThreshold,
    };
}
