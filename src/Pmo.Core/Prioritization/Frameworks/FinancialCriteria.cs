using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Pmo.Core.Common;
using Pmo.Core.Finance;

namespace Pmo.Core.Prioritization;

/// <summary>A financial metric usable as a prioritisation criterion.</summary>
public enum FinancialMetric
{
    /// <summary>Net present value at the discount rate and convention (criterion <c>npv</c>, benefit).</summary>
    NetPresentValue = 0,

    /// <summary>Internal rate of return, the root nearest the default guess 0.1 (criterion <c>irr</c>, benefit).</summary>
    InternalRateOfReturn = 1,

    /// <summary>Profitability index <c>PV(future flows) / |initial investment|</c> (criterion <c>pi</c>, benefit).</summary>
    ProfitabilityIndex = 2,

    /// <summary>Simple payback period in periods (criterion <c>payback</c>, cost).</summary>
    PaybackPeriod = 3,

    /// <summary>Discounted payback period in periods (criterion <c>discountedPayback</c>, cost).</summary>
    DiscountedPaybackPeriod = 4,
}

/// <summary>What to do with a candidate whose financial metric is undefined (no IRR, never paid back, no initial investment).</summary>
public enum UndefinedMetricPolicy
{
    /// <summary>Throw <see cref="UndefinedCriterionException"/> naming the candidate and metric. The default.</summary>
    Throw = 0,

    /// <summary>Leave the candidate out of the matrix; the result lists it with the reason.</summary>
    ExcludeCandidate = 1,
}

/// <summary>
/// Thrown when a financial criterion is undefined for a candidate under <see cref="UndefinedMetricPolicy.Throw"/>:
/// an undefined IRR or payback is never turned into 0.
/// </summary>
public sealed class UndefinedCriterionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public UndefinedCriterionException()
    {
        Candidate = string.Empty;
        Metric = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public UndefinedCriterionException(string message)
        : base(message)
    {
        Candidate = string.Empty;
        Metric = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public UndefinedCriterionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Candidate = string.Empty;
        Metric = string.Empty;
    }

    internal UndefinedCriterionException(string candidate, string metric, string message, string paramName)
        : base(message, paramName)
    {
        Candidate = candidate;
        Metric = metric;
    }

    /// <summary>Gets the candidate whose metric is undefined.</summary>
    public string Candidate { get; }

    /// <summary>Gets the criterion id of the undefined metric.</summary>
    public string Metric { get; }
}

/// <summary>
/// Turns candidates' cash flows into financial criterion columns (NPV, IRR, PI, payback, discounted payback) of a
/// <see cref="DecisionMatrix"/>, using <see cref="CashFlowMetrics"/>, with the right directions. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Criteria: <c>npv</c> (benefit, <see cref="CashFlowMetrics.NetPresentValue(CashFlowSeries, double, DiscountConvention)"/>
/// at <see cref="DiscountRate"/> and <see cref="Convention"/>), <c>irr</c> (benefit, the IRR nearest 0.1),
/// <c>pi</c> (benefit, first amount is the time-zero investment), <c>payback</c> and <c>discountedPayback</c> (cost, in
/// periods; the first amount at time zero). Formulas and sources are in <see cref="CashFlowMetrics"/> (Brealey, Myers
/// and Allen, <i>Principles of Corporate Finance</i>, chs. 2 and 5).
/// </para>
/// <para>
/// Undefined is visible: a candidate without a real IRR (no sign change, or no real root), never paid back, or without
/// a negative initial amount (PI) is never given 0. Under <see cref="UndefinedMetricPolicy.Throw"/> an
/// <see cref="UndefinedCriterionException"/> names it; under <see cref="UndefinedMetricPolicy.ExcludeCandidate"/> it is
/// left out and listed in <see cref="FinancialCriteriaResult.Excluded"/> with an <see cref="DiagnosticKind.Undefined"/>
/// diagnostic. A cash flow with several IRRs gives the one nearest 0.1 plus the finance module's warning.
/// </para>
/// </remarks>
public sealed class FinancialCriteria
{
    /// <summary>Creates the builder.</summary>
    /// <param name="metrics">The metrics, at least one, each at most once; they become the columns in this order.</param>
    /// <param name="discountRate">The discount rate per period for NPV, PI and discounted payback; finite and above −1.</param>
    /// <param name="convention">The NPV timing convention (PI and the paybacks always take the first amount at time zero).</param>
    /// <param name="policy">What to do with undefined metrics.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metrics"/> is null.</exception>
    /// <exception cref="ArgumentException">No metric; a metric repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A metric, <paramref name="convention"/> or <paramref name="policy"/> is undefined; <paramref name="discountRate"/> is not finite or at or below −1.</exception>
    public FinancialCriteria(IEnumerable<FinancialMetric> metrics, double discountRate, DiscountConvention convention, UndefinedMetricPolicy policy = UndefinedMetricPolicy.Throw)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ImmutableArray<FinancialMetric> list = [.. metrics];
        if (list.IsEmpty)
        {
            throw new ArgumentException("At least one financial metric is needed.", nameof(metrics));
        }

        foreach (FinancialMetric m in list)
        {
            FrameworkGuards.Defined(m, nameof(metrics));
        }

        if (list.Distinct().Count() != list.Length)
        {
            throw new ArgumentException($"Each metric may appear once (got {string.Join(", ", list)}).", nameof(metrics));
        }

        if (!double.IsFinite(discountRate) || discountRate <= -1)
        {
            throw new ArgumentOutOfRangeException(nameof(discountRate), discountRate, $"discountRate must be a finite number above -1 (got {FrameworkGuards.Format(discountRate)}).");
        }

        FrameworkGuards.Defined(convention, nameof(convention));
        FrameworkGuards.Defined(policy, nameof(policy));
        Metrics = list;
        DiscountRate = discountRate;
        Convention = convention;
        Policy = policy;
        Criteria = [.. list.Select(CriterionOf)];
    }

    /// <summary>Gets the metrics, in column order.</summary>
    public ImmutableArray<FinancialMetric> Metrics { get; }

    /// <summary>Gets the discount rate per period.</summary>
    public double DiscountRate { get; }

    /// <summary>Gets the NPV timing convention.</summary>
    public DiscountConvention Convention { get; }

    /// <summary>Gets what happens to undefined metrics.</summary>
    public UndefinedMetricPolicy Policy { get; }

    /// <summary>Gets the criteria (columns) produced, with their directions and units.</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>Gets the criterion a metric becomes.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The criterion: NPV, IRR and PI benefits; paybacks costs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is undefined.</exception>
    [Pure]
    public static Criterion CriterionOf(FinancialMetric metric) => metric switch
    {
        FinancialMetric.NetPresentValue => new Criterion("npv", CriterionDirection.Benefit, unit: "currency", name: "Net present value"),
        FinancialMetric.InternalRateOfReturn => new Criterion("irr", CriterionDirection.Benefit, unit: "rate per period", name: "Internal rate of return"),
        FinancialMetric.ProfitabilityIndex => new Criterion("pi", CriterionDirection.Benefit, unit: "ratio", name: "Profitability index"),
        FinancialMetric.PaybackPeriod => new Criterion("payback", CriterionDirection.Cost, unit: "periods", name: "Payback period"),
        FinancialMetric.DiscountedPaybackPeriod => new Criterion("discountedPayback", CriterionDirection.Cost, unit: "periods", name: "Discounted payback period"),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, $"metric must be a defined FinancialMetric (got {(int)metric})."),
    };

    /// <summary>Computes the financial criteria of candidates.</summary>
    /// <param name="projects">The candidates: id and periodic cash flows (first amount at time zero or period one per <see cref="Convention"/> for NPV).</param>
    /// <returns>The decision matrix, the excluded candidates and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/>, an id or a series is null.</exception>
    /// <exception cref="ArgumentException">No candidate; an id repeats or is blank; every candidate was excluded.</exception>
    /// <exception cref="UndefinedCriterionException">Under <see cref="UndefinedMetricPolicy.Throw"/>, a metric is undefined for a candidate (ParamName <c>projects</c>).</exception>
    [Pure]
    public FinancialCriteriaResult Build(IEnumerable<KeyValuePair<string, CashFlowSeries>> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        KeyValuePair<string, CashFlowSeries>[] list = [.. projects];
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one project is needed.", nameof(projects));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, CashFlowSeries> p in list)
        {
            if (string.IsNullOrWhiteSpace(p.Key))
            {
                throw new ArgumentException("A project id is null or blank.", nameof(projects));
            }

            if (p.Value is null)
            {
                throw new ArgumentNullException(nameof(projects), $"The cash flows of '{p.Key}' are null.");
            }

            if (!ids.Add(p.Key))
            {
                throw new ArgumentException($"The project id '{p.Key}' appears more than once.", nameof(projects));
            }
        }

        int m = Metrics.Length;
        var kept = new List<string>();
        var values = new List<double>();
        var excluded = new List<string>();
        var diagnostics = new List<Diagnostic>();
        double[] row = new double[m];
        foreach (KeyValuePair<string, CashFlowSeries> p in list)
        {
            string? undefinedReason = null;
            string undefinedMetric = string.Empty;
            var rowDiagnostics = new List<Diagnostic>();
            for (int j = 0; j < m && undefinedReason is null; j++)
            {
                (double? v, IEnumerable<Diagnostic> d) = Compute(Metrics[j], p.Value);
                foreach (Diagnostic x in d)
                {
                    rowDiagnostics.Add(new Diagnostic(x.Kind, Criteria[j].Id, $"Project '{p.Key}': {x.Message}"));
                }

                if (v is double value)
                {
                    row[j] = value;
                }
                else
                {
                    undefinedMetric = Criteria[j].Id;
                    undefinedReason = rowDiagnostics.LastOrDefault(x => x.Kind == DiagnosticKind.Undefined)?.Message
                        ?? $"Project '{p.Key}': {Criteria[j].Name} is undefined.";
                }
            }

            if (undefinedReason is not null)
            {
                if (Policy == UndefinedMetricPolicy.Throw)
                {
                    throw new UndefinedCriterionException(
                        p.Key,
                        undefinedMetric,
                        $"{undefinedReason} An undefined criterion is never replaced by 0: pass UndefinedMetricPolicy.ExcludeCandidate to leave the project out, or fix its cash flows.",
                        nameof(projects));
                }

                excluded.Add(p.Key);
                diagnostics.AddRange(rowDiagnostics.Where(x => x.Kind == DiagnosticKind.Undefined));
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, undefinedMetric, $"Project '{p.Key}' is excluded from the matrix because its {undefinedMetric} is undefined."));
                continue;
            }

            diagnostics.AddRange(rowDiagnostics);
            kept.Add(p.Key);
            values.AddRange(row);
        }

        if (kept.Count == 0)
        {
            throw new ArgumentException($"Every project was excluded because a financial criterion is undefined ({string.Join("; ", diagnostics.Where(d => d.Kind == DiagnosticKind.Undefined).Select(d => d.Message))}).", nameof(projects));
        }

        var matrix = DecisionMatrix.FromRowMajor(kept, Criteria, values.ToArray());
        return new FinancialCriteriaResult(matrix, [.. excluded], [.. diagnostics]);
    }

    private (double? Value, IEnumerable<Diagnostic> Diagnostics) Compute(FinancialMetric metric, CashFlowSeries flows)
    {
        switch (metric)
        {
            case FinancialMetric.NetPresentValue:
                return (CashFlowMetrics.NetPresentValue(flows, DiscountRate, Convention), []);
            case FinancialMetric.InternalRateOfReturn:
                bool negative = false;
                bool positive = false;
                foreach (double c in flows.Amounts)
                {
                    negative |= c < 0;
                    positive |= c > 0;
                }

                if (!negative || !positive)
                {
                    return (null, [new Diagnostic(DiagnosticKind.Undefined, "IRR", "the cash flows have no negative or no positive amount, so no rate makes the NPV zero: IRR is undefined.")]);
                }

                IrrResult irr = CashFlowMetrics.InternalRateOfReturn(flows);
                return (irr.Rate, irr.Diagnostics);
            case FinancialMetric.ProfitabilityIndex:
                FinancialRatio pi = CashFlowMetrics.ProfitabilityIndex(flows, DiscountRate);
                return (pi.Value, pi.Diagnostics);
            case FinancialMetric.PaybackPeriod:
                PaybackResult pb = CashFlowMetrics.PaybackPeriod(flows);
                return (pb.Periods, pb.Diagnostics);
            default:
                PaybackResult dpb = CashFlowMetrics.DiscountedPaybackPeriod(flows, DiscountRate);
                return (dpb.Periods, dpb.Diagnostics);
        }
    }
}

/// <summary>The result of <see cref="FinancialCriteria.Build"/>. Immutable.</summary>
public sealed class FinancialCriteriaResult
{
    internal FinancialCriteriaResult(DecisionMatrix matrix, ImmutableArray<string> excluded, ImmutableArray<Diagnostic> diagnostics)
    {
        Matrix = matrix;
        Excluded = excluded;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the decision matrix of the candidates whose metrics are all defined.</summary>
    public DecisionMatrix Matrix { get; }

    /// <summary>Gets the candidates left out because a metric is undefined (only under <see cref="UndefinedMetricPolicy.ExcludeCandidate"/>).</summary>
    public ImmutableArray<string> Excluded { get; }

    /// <summary>Gets why candidates were excluded, and the finance module's warnings (for example several IRRs).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a candidate's value on one criterion.</summary>
    /// <param name="candidate">The candidate's id.</param>
    /// <param name="criterion">The criterion id (<c>npv</c>, <c>irr</c>, <c>pi</c>, <c>payback</c>, <c>discountedPayback</c>).</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The candidate is not in the matrix (excluded or unknown), or the criterion is not.</exception>
    [Pure]
    public double ValueOf(string candidate, string criterion) => Matrix[Matrix.IndexOfAlternative(candidate), Matrix.IndexOfCriterion(criterion)];
}
