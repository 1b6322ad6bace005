using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Ardalis.GuardClauses;
using Pmo.Core.Common;

namespace Pmo.Core.Kpis;

/// <summary>
/// A KPI computed from other KPIs' values for the same subject and date, for example CSI = CPI × SPI. The formula is a
/// delegate over the input values in the order of <see cref="InputIds"/>; no expression language is parsed.
/// </summary>
/// <remarks>
/// A derived value is undefined (a missing observation, with a diagnostic) when any input is missing on that subject
/// and date, or when the formula returns null, NaN or ±∞. Formulas may use other formulas' outputs; they are computed
/// in dependency order and a dependency cycle is rejected naming the cycle.
/// </remarks>
public sealed class FormulaKpi
{
    private readonly Func<IReadOnlyList<double>, double?> formula;

    /// <summary>Creates a formula KPI.</summary>
    /// <param name="definition">The definition of the computed KPI (bands, direction, …); its id is the output KPI id.</param>
    /// <param name="inputIds">The input KPI ids: at least one, unique, not the output id.</param>
    /// <param name="formula">The formula over the input values (in <paramref name="inputIds"/> order); null means undefined. It must be pure.</param>
    /// <exception cref="ArgumentNullException">An argument or an input id is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputIds"/> is empty, an id is blank or repeats, or an input is the output itself.</exception>
    public FormulaKpi(KpiDefinition definition, IEnumerable<string> inputIds, Func<IReadOnlyList<double>, double?> formula)
    {
        Guard.Against.Null(definition);
        Guard.Against.Null(inputIds);
        Guard.Against.Null(formula);
        ImmutableArray<string> ids = [.. inputIds];
        if (ids.IsEmpty)
        {
            throw new ArgumentException($"{nameof(inputIds)} must name at least one input KPI.", nameof(inputIds));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            if (ids[i] is null)
            {
                throw new ArgumentNullException(nameof(inputIds), $"{nameof(inputIds)}[{i}] is null.");
            }

            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                throw new ArgumentException($"{nameof(inputIds)}[{i}] is blank.", nameof(inputIds));
            }

            if (!seen.Add(ids[i]))
            {
                throw new ArgumentException($"{nameof(inputIds)} names '{ids[i]}' more than once.", nameof(inputIds));
            }

            if (ids[i] == definition.Id)
            {
                throw new ArgumentException($"{nameof(inputIds)} names the output '{definition.Id}' itself: a formula cannot depend on itself.", nameof(inputIds));
            }
        }

        Definition = definition;
        InputIds = ids;
        this.formula = formula;
    }

    /// <summary>Gets the definition of the computed KPI.</summary>
    public KpiDefinition Definition { get; }

    /// <summary>Gets the id of the computed KPI.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the input KPI ids.</summary>
    public ImmutableArray<string> InputIds { get; }

    /// <summary>Computes the formula for one set of inputs.</summary>
    /// <param name="inputs">The input values, in <see cref="InputIds"/> order.</param>
    /// <returns>The value, or null when the formula is undefined (null, NaN or ±∞).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of inputs differs from <see cref="InputIds"/>.</exception>
    [Pure]
    public double? Compute(IReadOnlyList<double> inputs)
    {
        Guard.Against.Null(inputs);
        if (inputs.Count != InputIds.Length)
        {
            throw new ArgumentException($"{nameof(inputs)} must hold {InputIds.Length} value(s), one per input KPI (got {inputs.Count}).", nameof(inputs));
        }

        return formula(inputs) is { } v && double.IsFinite(v) ? v : null;
    }

    /// <summary>
    /// Computes every formula KPI for every subject and date on which any of its inputs was observed, in dependency
    /// order (a formula may use another's output).
    /// </summary>
    /// <param name="formulas">The formulas: unique output ids, none equal to a KPI id in <paramref name="observations"/>, no dependency cycle.</param>
    /// <param name="observations">The observed inputs.</param>
    /// <returns>The derived observations and the diagnostics of undefined values.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">An output id repeats or is already observed, or the formulas form a dependency cycle (named in the message).</exception>
    [Pure]
    public static FormulaResult Apply(IEnumerable<FormulaKpi> formulas, IEnumerable<KpiObservation> observations)
    {
        Guard.Against.Null(formulas);
        Guard.Against.Null(observations);
        FormulaKpi[] list = [.. formulas];
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(formulas), $"{nameof(formulas)}[{i}] is null.");
            }

            if (!byId.TryAdd(list[i].Id, i))
            {
                throw new ArgumentException($"{nameof(formulas)} defines '{list[i].Id}' more than once.", nameof(formulas));
            }
        }

        // (kpi, subject, date) index of everything known so far.
        var known = new Dictionary<(string Kpi, string Subject, NodaTime.LocalDate Date), KpiObservation>();
        int n = 0;
        foreach (KpiObservation o in observations)
        {
            if (o is null)
            {
                throw new ArgumentNullException(nameof(observations), $"{nameof(observations)}[{n}] is null.");
            }

            if (byId.ContainsKey(o.KpiId))
            {
                throw new ArgumentException($"{nameof(observations)}[{n}] is of '{o.KpiId}', which is a formula KPI; formula outputs are computed, not observed.", nameof(observations));
            }

            known[(o.KpiId, o.SubjectId, o.Date)] = o;
            n++;
        }

        int[] order = TopologicalOrder(list, byId, nameof(formulas));
        var derived = ImmutableArray.CreateBuilder<KpiObservation>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (int fi in order)
        {
            FormulaKpi f = list[fi];
            var inputs = new HashSet<string>(f.InputIds, StringComparer.Ordinal);
            var keys = new SortedSet<(string Subject, NodaTime.LocalDate Date)>(Comparer<(string Subject, NodaTime.LocalDate Date)>.Create(static (a, b) =>
            {
                int c = string.CompareOrdinal(a.Subject, b.Subject);
                return c != 0 ? c : a.Date.CompareTo(b.Date);
            }));
            foreach ((string kpi, string subject, NodaTime.LocalDate date) in known.Keys)
            {
                if (inputs.Contains(kpi))
                {
                    keys.Add((subject, date));
                }
            }

            double[] values = new double[f.InputIds.Length];
            var produced = new List<KpiObservation>(keys.Count);
            foreach ((string subject, NodaTime.LocalDate date) in keys)
            {
                string? missing = null;
                for (int k = 0; k < values.Length; k++)
                {
                    if (known.TryGetValue((f.InputIds[k], subject, date), out KpiObservation? o) && o.Value is { } v)
                    {
                        values[k] = v;
                    }
                    else
                    {
                        missing ??= f.InputIds[k];
                    }
                }

                double? result = null;
                if (missing is not null)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, f.Id, $"'{f.Id}' of '{subject}' on {date:yyyy-MM-dd} is undefined: the input '{missing}' is missing."));
                }
                else
                {
                    result = f.Compute(values);
                    if (result is null)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, f.Id, $"'{f.Id}' of '{subject}' on {date:yyyy-MM-dd} is undefined: the formula gave no finite value."));
                    }
                }

                produced.Add(new KpiObservation(f.Id, subject, date, result));
            }

            foreach (KpiObservation o in produced)
            {
                known[(o.KpiId, o.SubjectId, o.Date)] = o;
                derived.Add(o);
            }
        }

        return new FormulaResult(derived.ToImmutable(), diagnostics.ToImmutable());
    }

    private static int[] TopologicalOrder(FormulaKpi[] list, Dictionary<string, int> byId, string paramName)
    {
        // Kahn's algorithm over formula → formula dependencies.
        int[] pending = new int[list.Length];
        var dependants = new List<int>[list.Length];
        for (int i = 0; i < list.Length; i++)
        {
            dependants[i] = [];
        }

        for (int i = 0; i < list.Length; i++)
        {
            foreach (string input in list[i].InputIds)
            {
                if (byId.TryGetValue(input, out int j))
                {
                    pending[i]++;
                    dependants[j].Add(i);
                }
            }
        }

        var queue = new Queue<int>(Enumerable.Range(0, list.Length).Where(i => pending[i] == 0));
        var order = new List<int>(list.Length);
        while (queue.Count > 0)
        {
            int i = queue.Dequeue();
            order.Add(i);
            foreach (int d in dependants[i])
            {
                if (--pending[d] == 0)
                {
                    queue.Enqueue(d);
                }
            }
        }

        if (order.Count < list.Length)
        {
            // Walk dependencies from an unresolved formula until a node repeats.
            int node = Array.FindIndex(pending, p => p > 0);
            var path = new List<int>();
            var seen = new Dictionary<int, int>();
            while (!seen.ContainsKey(node))
            {
                seen[node] = path.Count;
                path.Add(node);
                node = list[node].InputIds.Select(id => byId.TryGetValue(id, out int j) ? j : -1).First(j => j >= 0 && pending[j] > 0);
            }

            string cycle = string.Join(" → ", path.Skip(seen[node]).Select(i => list[i].Id).Append(list[node].Id));
            throw new ArgumentException($"{paramName} contain a dependency cycle: {cycle}.", paramName);
        }

        return [.. order];
    }
}

/// <summary>The observations computed by <see cref="FormulaKpi.Apply"/> and the diagnostics of undefined values.</summary>
public sealed class FormulaResult
{
    internal FormulaResult(ImmutableArray<KpiObservation> observations, ImmutableArray<Diagnostic> diagnostics)
    {
        Observations = observations;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the derived observations (undefined ones with a null value), by formula in dependency order, then subject and date.</summary>
    public ImmutableArray<KpiObservation> Observations { get; }

    /// <summary>Gets why derived values are undefined.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
