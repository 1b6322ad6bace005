using System.Collections.Immutable;
using System.Globalization;
using Pmo.Cli.Json;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Cli.Input;

/// <summary>Mapping of the prioritization section (issue 5) and of the <c>pmo prioritize</c> file.</summary>
internal static partial class InputMapper
{
    /// <summary>The method names accepted by <c>method.name</c>.</summary>
    public static readonly ImmutableArray<string> MethodIds = ["weightedSum", "weightedProduct", "waspas", "topsis", "vikor", "promethee2", "spotis"];

    private const int DefaultTopK = 3;
    private const int DefaultSmaaSamples = 10_000;
    private const ulong DefaultSmaaSeed = 2027;

    /// <summary>Validates and maps a <c>pmo prioritize</c> file.</summary>
    /// <param name="doc">The document.</param>
    /// <returns>The round.</returns>
    /// <exception cref="InputValidationException">A rule is broken.</exception>
    public static LoadedPrioritizationFile MapPrioritizationFile(PrioritizationFileDocument? doc)
    {
        const string p = "$";
        if (doc is null)
        {
            throw Fail(p, "must be a JSON object");
        }

        string? currency = Currency(doc.Currency, $"{p}.currency", required: false);
        LoadedPrioritization round = MapPrioritization(doc, p) with { Currency = currency };
        return new LoadedPrioritizationFile(doc.AsOf, round);
    }

    /// <summary>Validates and maps an investment round.</summary>
    /// <param name="doc">The section.</param>
    /// <param name="p">Its JSON path.</param>
    /// <returns>The round.</returns>
    /// <exception cref="InputValidationException">A rule is broken.</exception>
    public static LoadedPrioritization MapPrioritization(PrioritizationDocument doc, string p)
    {
        string name = doc.Name is null ? "Investment round" : RequiredText(doc.Name, $"{p}.name");
        TiePolicy tie = doc.TiePolicy is null ? TiePolicy.Min : ParseEnum<TiePolicy>(doc.TiePolicy, $"{p}.tiePolicy");

        // Criteria.
        IReadOnlyList<CriterionDocument?> cdocs = NonEmptyArray(doc.Criteria, $"{p}.criteria");
        var criteria = new List<Criterion>(cdocs.Count);
        var criterionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < cdocs.Count; i++)
        {
            string cp = $"{p}.criteria[{i}]";
            CriterionDocument c = cdocs[i] ?? throw Fail(cp, "must be an object, not null");
            string id = RequiredText(c.Id, $"{cp}.id");
            if (!criterionIndex.TryAdd(id, i))
            {
                throw Fail($"{cp}.id", $"duplicate criterion id \"{id}\"");
            }

            CriterionDirection direction = c.Direction switch
            {
                null => throw Fail($"{cp}.direction", Missing),
                "benefit" => CriterionDirection.Benefit,
                "cost" => CriterionDirection.Cost,
                _ => throw Fail($"{cp}.direction", $"must be \"benefit\" or \"cost\" (got \"{c.Direction}\")"),
            };
            if (c.ScaleMin is null != c.ScaleMax is null)
            {
                throw Fail(c.ScaleMin is null ? $"{cp}.scaleMin" : $"{cp}.scaleMax", "scaleMin and scaleMax go together: give both or neither");
            }

            if (c.ScaleMin is { } lo && c.ScaleMax is { } hi)
            {
                Finite(lo, $"{cp}.scaleMin");
                Finite(hi, $"{cp}.scaleMax");
                if (!(hi > lo))
                {
                    throw Fail($"{cp}.scaleMax", $"must be greater than scaleMin {Num(lo)} (got {Num(hi)})");
                }
            }

            string? cname = c.Name is null ? null : RequiredText(c.Name, $"{cp}.name");
            criteria.Add(Guarded(cp, () => new Criterion(id, direction, c.ScaleMin, c.ScaleMax, c.Unit, cname)));
        }

        LoadedMethod method = MapMethod(doc.Method, $"{p}.method", criteria, criterionIndex, tie);
        LoadedWeights weights = MapWeights(doc.Weights, $"{p}.weights", criteria, criterionIndex);

        // Periods and budgets.
        IReadOnlyList<string?> pdocs = NonEmptyArray(doc.Periods, $"{p}.periods");
        var periods = ImmutableArray.CreateBuilder<string>(pdocs.Count);
        for (int i = 0; i < pdocs.Count; i++)
        {
            string label = RequiredText(pdocs[i], $"{p}.periods[{i}]");
            if (periods.Contains(label))
            {
                throw Fail($"{p}.periods[{i}]", $"duplicate period \"{label}\"");
            }

            periods.Add(label);
        }

        IReadOnlyList<BudgetDocument?> bdocs = NonEmptyArray(doc.Budgets, $"{p}.budgets");
        var budgets = ImmutableArray.CreateBuilder<LoadedBudget>(bdocs.Count);
        for (int i = 0; i < bdocs.Count; i++)
        {
            string bp = $"{p}.budgets[{i}]";
            BudgetDocument b = bdocs[i] ?? throw Fail(bp, "must be an object, not null");
            string id = RequiredText(b.Id, $"{bp}.id");
            if (budgets.Any(x => x.Id == id))
            {
                throw Fail($"{bp}.id", $"duplicate budget id \"{id}\"");
            }

            ImmutableArray<double> capacity = PerPeriod(b.Capacity, $"{bp}.capacity", periods.Count);
            budgets.Add(new LoadedBudget(id, b.Name is null ? id : RequiredText(b.Name, $"{bp}.name"), b.Unit, capacity));
        }

        // Candidates.
        IReadOnlyList<CandidateDocument?> kdocs = NonEmptyArray(doc.Candidates, $"{p}.candidates");
        var candidates = ImmutableArray.CreateBuilder<LoadedCandidate>(kdocs.Count);
        var candidateIds = new HashSet<string>(StringComparer.Ordinal);
        double[] values = new double[kdocs.Count * criteria.Count];
        for (int i = 0; i < kdocs.Count; i++)
        {
            string kp = $"{p}.candidates[{i}]";
            CandidateDocument k = kdocs[i] ?? throw Fail(kp, "must be an object, not null");
            string id = RequiredText(k.Id, $"{kp}.id");
            if (!candidateIds.Add(id))
            {
                throw Fail($"{kp}.id", $"duplicate candidate id \"{id}\"");
            }

            Dictionary<string, double?> scores = k.Scores ?? throw Fail($"{kp}.scores", Missing);
            foreach (string key in scores.Keys)
            {
                if (!criterionIndex.ContainsKey(key))
                {
                    throw Fail($"{kp}.scores.{key}", $"unknown criterion \"{key}\" (declared: {string.Join(", ", criterionIndex.Keys)})");
                }
            }

            for (int c = 0; c < criteria.Count; c++)
            {
                Criterion criterion = criteria[c];
                string sp = $"{kp}.scores.{criterion.Id}";
                double v = scores.GetValueOrDefault(criterion.Id) ?? throw Fail(sp, "missing score (every candidate needs a score on every criterion)");
                Finite(v, sp);
                if (criterion.HasFixedScale && (v < criterion.ScaleMin || v > criterion.ScaleMax))
                {
                    throw Fail(sp, $"must be within the criterion's scale {Num(criterion.ScaleMin!.Value)} to {Num(criterion.ScaleMax!.Value)} (got {Num(v)})");
                }

                values[(i * criteria.Count) + c] = v;
            }

            var demand = ImmutableDictionary.CreateBuilder<string, ImmutableArray<double>>(StringComparer.Ordinal);
            if (k.Demand is { } d)
            {
                foreach ((string budgetId, IReadOnlyList<double?>? series) in d)
                {
                    string dp = $"{kp}.demand.{budgetId}";
                    if (!budgets.Any(b => b.Id == budgetId))
                    {
                        throw Fail(dp, $"unknown budget \"{budgetId}\" (declared: {string.Join(", ", budgets.Select(b => b.Id))})");
                    }

                    demand[budgetId] = PerPeriod(series, dp, periods.Count);
                }
            }

            string? programme = k.Programme is null ? null : RequiredText(k.Programme, $"{kp}.programme");
            candidates.Add(new LoadedCandidate(id, k.Name is null ? id : RequiredText(k.Name, $"{kp}.name"), programme, demand.ToImmutable()));
        }

        DecisionMatrix matrix = Guarded($"{p}.candidates", () => DecisionMatrix.FromRowMajor(candidates.Select(c => c.Id), criteria, values));

        // Gates.
        var gates = ImmutableArray.CreateBuilder<Gate>();
        if (doc.Gates is { } gdocs)
        {
            for (int i = 0; i < gdocs.Count; i++)
            {
                string gp = $"{p}.gates[{i}]";
                GateDocument g = gdocs[i] ?? throw Fail(gp, "must be an object, not null");
                string criterion = KnownId(g.Criterion, $"{gp}.criterion", criterionIndex.Keys, "criterion");
                GateComparison comparison = g.Operator switch
                {
                    null => throw Fail($"{gp}.operator", Missing),
                    ">=" => GateComparison.GreaterOrEqual,
                    "<=" => GateComparison.LessOrEqual,
                    ">" => GateComparison.Greater,
                    "<" => GateComparison.Less,
                    "==" => GateComparison.Equal,
                    _ => throw Fail($"{gp}.operator", $"must be one of \">=\", \"<=\", \">\", \"<\", \"==\" (got \"{g.Operator}\")"),
                };
                double threshold = g.Value ?? throw Fail($"{gp}.value", Missing);
                Finite(threshold, $"{gp}.value");
                string? gname = g.Name is null ? null : RequiredText(g.Name, $"{gp}.name");
                gates.Add(Guarded(gp, () => new Gate(criterion, comparison, threshold, gname)));
            }
        }

        GateResult screened = Guarded($"{p}.gates", () => Gates.Apply(matrix, gates));
        if (screened.AllFailed || screened.Passed is null)
        {
            throw Fail($"{p}.gates", "every candidate fails at least one gate: nothing is left to rank");
        }

        // The method's own rules (positive values for WPM/WASPAS, fixed scales for SPOTIS, no constant column…)
        // are checked once here so that a violation names the offending criterion.
        try
        {
            _ = method.Method.Evaluate(screened.Passed, weights.Weights);
        }
        catch (McdaRuleException ex)
        {
            string at = ex.CriterionId is { } cid && criterionIndex.TryGetValue(cid, out int ci) ? $"{p}.criteria[{ci}]" : $"{p}.candidates";
            throw Fail(at, $"method \"{method.Id}\": {ex.Message}");
        }

        // Selection constraints.
        string? selectionCriterion = doc.SelectionValue switch
        {
            null or "preference" => null,
            string s when s.StartsWith("criterion:", StringComparison.Ordinal) => criterionIndex.ContainsKey(s["criterion:".Length..])
                ? s["criterion:".Length..]
                : throw Fail($"{p}.selectionValue", $"unknown criterion \"{s["criterion:".Length..]}\" (declared: {string.Join(", ", criterionIndex.Keys)})"),
            _ => throw Fail($"{p}.selectionValue", $"must be \"preference\" or \"criterion:<criterion id>\" (got \"{doc.SelectionValue}\")"),
        };

        // Placeholder values: the analysis sets the real value of each candidate (preference or criterion) later.
        SelectionProblem problem = Guarded($"{p}.budgets", () => SelectionProblem.Create(
            candidates.Select(c => new SelectionCandidate(c.Id, 0)),
            budgets.Select(b => new ResourceRow(b.Id, b.Capacity, candidates.Select(c => new KeyValuePair<string, double[]>(
                c.Id, c.Demand.TryGetValue(b.Id, out ImmutableArray<double> a) ? [.. a] : new double[periods.Count])))))
            .WithPeriodLabels(periods));
        for (int i = 0; i < kdocs.Count; i++)
        {
            if (kdocs[i]!.Requires is { } req)
            {
                for (int r = 0; r < req.Count; r++)
                {
                    string rp = $"{p}.candidates[{i}].requires[{r}]";
                    string pre = KnownId(req[r], rp, candidateIds, "candidate");
                    if (pre == candidates[i].Id)
                    {
                        throw Fail(rp, $"a candidate cannot require itself (\"{pre}\")");
                    }

                    SelectionProblem current = problem;
                    problem = Guarded(rp, () => current.Requires(candidates[i].Id, pre));
                }
            }
        }

        if (doc.MutuallyExclusive is { } mx)
        {
            for (int i = 0; i < mx.Count; i++)
            {
                string mp = $"{p}.mutuallyExclusive[{i}]";
                IReadOnlyList<string?> set = mx[i] ?? throw Fail(mp, "must be an array of candidate ids, not null");
                if (set.Count < 2)
                {
                    throw Fail(mp, "must name at least two candidates");
                }

                string[] ids = [.. set.Select((s, j) => KnownId(s, $"{mp}[{j}]", candidateIds, "candidate"))];
                Unique(ids, mp);
                SelectionProblem current = problem;
                problem = Guarded(mp, () => current.MutuallyExclusive($"exclusive-{(i + 1).ToString(CultureInfo.InvariantCulture)}", ids));
            }
        }

        if (doc.Groups is { } grs)
        {
            var groupIds = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < grs.Count; i++)
            {
                string gp = $"{p}.groups[{i}]";
                GroupDocument g = grs[i] ?? throw Fail(gp, "must be an object, not null");
                string id = RequiredText(g.Id, $"{gp}.id");
                if (!groupIds.Add(id))
                {
                    throw Fail($"{gp}.id", $"duplicate group id \"{id}\"");
                }

                IReadOnlyList<string?> members = NonEmptyArray(g.Members, $"{gp}.members");
                string[] ids = [.. members.Select((s, j) => KnownId(s, $"{gp}.members[{j}]", candidateIds, "candidate"))];
                Unique(ids, $"{gp}.members");
                int min = g.Min ?? 0;
                if (min < 0 || min > ids.Length)
                {
                    throw Fail($"{gp}.min", $"must be between 0 and the number of members {ids.Length} (got {min})");
                }

                if (g.Max is { } max && (max < min || max > ids.Length))
                {
                    throw Fail($"{gp}.max", $"must be between min {min} and the number of members {ids.Length} (got {max})");
                }

                if (g.Min is null && g.Max is null)
                {
                    throw Fail(gp, "give min, max or both");
                }

                SelectionProblem current = problem;
                string label = g.Name is null ? id : RequiredText(g.Name, $"{gp}.name");
                problem = Guarded(gp, () => current.Group(label, ids, min, g.Max));
            }
        }

        string[] forceIn = ForcedIds(doc.ForceIn, $"{p}.forceIn", candidateIds);
        string[] forceOut = ForcedIds(doc.ForceOut, $"{p}.forceOut", candidateIds);
        foreach ((string id, int j) in forceIn.Select((s, j) => (s, j)))
        {
            if (forceOut.Contains(id))
            {
                throw Fail($"{p}.forceIn[{j}]", $"candidate \"{id}\" is also in forceOut");
            }

            if (screened.Failures.FirstOrDefault(f => f.Alternative == id) is { } failure)
            {
                throw Fail($"{p}.forceIn[{j}]", $"candidate \"{id}\" fails the gate \"{failure.Violations[0].Gate.Name}\" and cannot be forced in");
            }
        }

        if (forceIn.Length > 0)
        {
            SelectionProblem current = problem;
            problem = Guarded($"{p}.forceIn", () => current.ForceIn(forceIn));
        }

        if (forceOut.Length > 0)
        {
            SelectionProblem current = problem;
            problem = Guarded($"{p}.forceOut", () => current.ForceOut(forceOut));
        }

        // Sensitivity options.
        int topK = DefaultTopK;
        int samples = DefaultSmaaSamples;
        ulong seed = DefaultSmaaSeed;
        if (doc.Sensitivity is { } sdoc)
        {
            string sp = $"{p}.sensitivity";
            topK = sdoc.TopK ?? DefaultTopK;
            if (topK < 1)
            {
                throw Fail($"{sp}.topK", $"must be 1 or more (got {topK})");
            }

            samples = sdoc.SmaaSamples ?? DefaultSmaaSamples;
            if (samples is < 100 or > 1_000_000)
            {
                throw Fail($"{sp}.smaaSamples", $"must be between 100 and 1000000 (got {samples})");
            }

            seed = sdoc.Seed ?? DefaultSmaaSeed;
        }

        if (topK > screened.Passed.AlternativeCount)
        {
            throw Fail($"{p}.sensitivity.topK", $"must not exceed the {screened.Passed.AlternativeCount} candidates that pass the gates (got {topK})");
        }

        return new LoadedPrioritization(name, method, matrix, weights, gates.ToImmutable(), periods.ToImmutable(), budgets.ToImmutable(),
            candidates.ToImmutable(), problem, selectionCriterion, topK, samples, seed);
    }

    private static LoadedMethod MapMethod(MethodDocument? m, string p, List<Criterion> criteria, Dictionary<string, int> criterionIndex, TiePolicy tie)
    {
        if (m is null)
        {
            throw Fail(p, Missing);
        }

        string id = RequiredText(m.Name, $"{p}.name");
        if (!MethodIds.Contains(id))
        {
            throw Fail($"{p}.name", $"must be one of {string.Join(", ", MethodIds.Select(x => $"\"{x}\""))} (got \"{id}\")");
        }

        void NotFor(object? value, string option)
        {
            if (value is not null)
            {
                throw Fail($"{p}.{option}", $"is not an option of the method \"{id}\"");
            }
        }

        if (id != "topsis")
        {
            NotFor(m.Normalization, "normalization");
        }

        if (id != "waspas")
        {
            NotFor(m.Lambda, "lambda");
        }

        if (id != "vikor")
        {
            NotFor(m.V, "v");
        }

        if (id != "promethee2")
        {
            NotFor(m.PreferenceFunctions, "preferenceFunctions");
        }

        NormalizationMethod Norm(NormalizationMethod fallback) => m.Normalization switch
        {
            null => fallback,
            "vector" => NormalizationMethod.Vector,
            "minMax" => NormalizationMethod.MinMax,
            _ => throw Fail($"{p}.normalization", $"must be \"vector\" or \"minMax\" (got \"{m.Normalization}\")"),
        };
        switch (id)
        {
            case "weightedSum":
            {
                return new LoadedMethod(id, "weighted sum, min-max normalisation", Guarded(p, () => new WeightedSum(NormalizationMethod.MinMax) { TiePolicy = tie }));
            }

            case "weightedProduct":
            {
                return new LoadedMethod(id, "weighted product, max normalisation", Guarded(p, () => new WeightedProduct(NormalizationMethod.Max) { TiePolicy = tie }));
            }

            case "waspas":
            {
                double lambda = InRange(m.Lambda, $"{p}.lambda", 0, 1, inclusive: true) ?? 0.5;
                return new LoadedMethod(id, $"WASPAS, λ = {Num(lambda)}", Guarded(p, () => new Waspas(lambda) { TiePolicy = tie }));
            }

            case "topsis":
            {
                NormalizationMethod n = Norm(NormalizationMethod.Vector);
                return new LoadedMethod(id, $"TOPSIS, {ContractName(n)} normalisation", Guarded($"{p}.normalization", () => new Topsis(n) { TiePolicy = tie }));
            }

            case "vikor":
            {
                double v = InRange(m.V, $"{p}.v", 0, 1, inclusive: true) ?? 0.5;
                return new LoadedMethod(id, $"VIKOR, v = {Num(v)}", Guarded(p, () => new Vikor(v) { TiePolicy = tie }));
            }

            case "promethee2":
            {
                var functions = new PreferenceFunction?[criteria.Count];
                if (m.PreferenceFunctions is { } list)
                {
                    for (int i = 0; i < list.Count; i++)
                    {
                        string fp = $"{p}.preferenceFunctions[{i}]";
                        PreferenceFunctionDocument f = list[i] ?? throw Fail(fp, "must be an object, not null");
                        string cid = KnownId(f.Criterion, $"{fp}.criterion", criterionIndex.Keys, "criterion");
                        int ci = criterionIndex[cid];
                        if (functions[ci] is not null)
                        {
                            throw Fail($"{fp}.criterion", $"criterion \"{cid}\" already has a preference function");
                        }

                        functions[ci] = MapPreferenceFunction(f, fp);
                    }
                }

                string variant = "PROMETHEE II, " + string.Join(", ", criteria.Select((c, i) => $"{c.Id}: {Describe(functions[i])}"));
                return new LoadedMethod(id, variant, Guarded(p, () => new Promethee2(functions.Select(f => f ?? PreferenceFunction.Usual())) { TiePolicy = tie }));
            }

            default:
                return new LoadedMethod(id, "SPOTIS, bounds from the criteria's fixed scales", new Spotis { TiePolicy = tie });
        }
    }

    private static string Describe(PreferenceFunction? f) => f is null || f.Kind == PreferenceFunctionKind.Usual
        ? "usual"
        : f.Kind switch
        {
            PreferenceFunctionKind.UShape => $"uShape q={Num(f.Q)}",
            PreferenceFunctionKind.VShape => $"vShape p={Num(f.P)}",
            PreferenceFunctionKind.Level => $"level q={Num(f.Q)} p={Num(f.P)}",
            PreferenceFunctionKind.Linear => $"linear q={Num(f.Q)} p={Num(f.P)}",
            _ => $"gaussian s={Num(f.S)}",
        };

    private static PreferenceFunction MapPreferenceFunction(PreferenceFunctionDocument f, string fp)
    {
        string type = RequiredText(f.Type, $"{fp}.type");
        PreferenceFunctionKind kind = ParseEnum<PreferenceFunctionKind>(type, $"{fp}.type");
        double Need(double? value, string name) => NonNegative(value, $"{fp}.{name}") ?? throw Fail($"{fp}.{name}", $"required for the \"{type}\" preference function");
        void Forbid(double? value, string name)
        {
            if (value is not null)
            {
                throw Fail($"{fp}.{name}", $"is not a parameter of the \"{type}\" preference function");
            }
        }

        switch (kind)
        {
            case PreferenceFunctionKind.Usual:
                Forbid(f.Q, "q");
                Forbid(f.P, "p");
                Forbid(f.S, "s");
                return PreferenceFunction.Usual();
            case PreferenceFunctionKind.UShape:
            {
                Forbid(f.P, "p");
                Forbid(f.S, "s");
                double q = Need(f.Q, "q");
                return Guarded(fp, () => PreferenceFunction.UShape(q));
            }

            case PreferenceFunctionKind.VShape:
            {
                Forbid(f.Q, "q");
                Forbid(f.S, "s");
                double pp = Need(f.P, "p");
                return Guarded($"{fp}.p", () => PreferenceFunction.VShape(pp));
            }

            case PreferenceFunctionKind.Level:
            case PreferenceFunctionKind.Linear:
            {
                Forbid(f.S, "s");
                double q = Need(f.Q, "q");
                double pp = Need(f.P, "p");
                if (!(pp > q))
                {
                    throw Fail($"{fp}.p", $"must be greater than q {Num(q)} (got {Num(pp)})");
                }

                return Guarded(fp, () => kind == PreferenceFunctionKind.Level ? PreferenceFunction.Level(q, pp) : PreferenceFunction.Linear(q, pp));
            }

            default:
            {
                Forbid(f.Q, "q");
                Forbid(f.P, "p");
                double s = Positive(f.S, $"{fp}.s") ?? throw Fail($"{fp}.s", $"required for the \"{type}\" preference function");
                return Guarded($"{fp}.s", () => PreferenceFunction.Gaussian(s));
            }
        }
    }

    private static LoadedWeights MapWeights(WeightsDocument? w, string p, List<Criterion> criteria, Dictionary<string, int> criterionIndex)
    {
        if (w is null)
        {
            throw Fail(p, Missing);
        }

        if (w.Values is not null == w.Ahp is not null)
        {
            throw Fail(p, "give exactly one of \"values\" (explicit weights) or \"ahp\" (pairwise judgements)");
        }

        if (w.Values is { } values)
        {
            WeightPolicy policy = w.Policy switch
            {
                null or "reject" => WeightPolicy.Reject,
                "normalize" => WeightPolicy.Normalize,
                _ => throw Fail($"{p}.policy", $"must be \"reject\" or \"normalize\" (got \"{w.Policy}\")"),
            };
            foreach (string key in values.Keys)
            {
                if (!criterionIndex.ContainsKey(key))
                {
                    throw Fail($"{p}.values.{key}", $"unknown criterion \"{key}\" (declared: {string.Join(", ", criterionIndex.Keys)})");
                }
            }

            double[] raw = new double[criteria.Count];
            for (int i = 0; i < criteria.Count; i++)
            {
                string vp = $"{p}.values.{criteria[i].Id}";
                raw[i] = Positive(values.GetValueOrDefault(criteria[i].Id), vp) ?? throw Fail(vp, "missing weight (every criterion needs one)");
            }

            double sum = raw.Sum();
            if (policy == WeightPolicy.Reject && Math.Abs(sum - 1) > CriteriaWeights.SumTolerance)
            {
                throw Fail($"{p}.values", $"weights must sum to 1 (they sum to {Num(sum)}); set \"policy\": \"normalize\" to rescale them");
            }

            return new LoadedWeights(Guarded($"{p}.values", () => CriteriaWeights.Create(raw, policy)), null);
        }

        if (w.Policy is not null)
        {
            throw Fail($"{p}.policy", "applies to explicit \"values\" only (AHP priorities always sum to 1)");
        }

        AhpDocument a = w.Ahp!;
        string ap = $"{p}.ahp";
        AhpPriorityMethod priority = a.PriorityMethod switch
        {
            null or "eigenvector" => AhpPriorityMethod.Eigenvector,
            "geometricMean" => AhpPriorityMethod.RowGeometricMean,
            "columnMean" => AhpPriorityMethod.NormalizedColumnMean,
            _ => throw Fail($"{ap}.priorityMethod", $"must be \"eigenvector\", \"geometricMean\" or \"columnMean\" (got \"{a.PriorityMethod}\")"),
        };
        RandomIndexTable table = a.RandomIndex switch
        {
            null or "saaty" => RandomIndexTable.Saaty1980,
            "doneganDodd" => RandomIndexTable.DoneganDodd1991,
            "alonsoLamata" => RandomIndexTable.AlonsoLamata2006,
            _ => throw Fail($"{ap}.randomIndex", $"must be \"saaty\", \"doneganDodd\" or \"alonsoLamata\" (got \"{a.RandomIndex}\")"),
        };
        double threshold = InRange(a.MaxConsistencyRatio, $"{ap}.maxConsistencyRatio", 0, 1, inclusive: false) ?? 0.1;
        if (criteria.Count < 2)
        {
            throw Fail(ap, "AHP needs at least two criteria");
        }

        IReadOnlyList<JudgementDocument?> jdocs = NonEmptyArray(a.Judgements, $"{ap}.judgements");
        var seen = new Dictionary<(int, int), int>();
        var judgements = new List<(string Row, string Column, double Value)>(jdocs.Count);
        for (int i = 0; i < jdocs.Count; i++)
        {
            string jp = $"{ap}.judgements[{i}]";
            JudgementDocument j = jdocs[i] ?? throw Fail(jp, "must be an object, not null");
            string row = KnownId(j.Row, $"{jp}.row", criterionIndex.Keys, "criterion");
            string column = KnownId(j.Column, $"{jp}.column", criterionIndex.Keys, "criterion");
            if (row == column)
            {
                throw Fail($"{jp}.column", $"must differ from row (\"{row}\" compared with itself)");
            }

            double value = Positive(j.Value, $"{jp}.value") ?? throw Fail($"{jp}.value", Missing);
            if (value is < 1.0 / 9 - 1e-12 or > 9 + 1e-12)
            {
                throw Fail($"{jp}.value", $"must be on Saaty's scale, between 1/9 and 9 (got {Num(value)})");
            }

            int r = criterionIndex[row];
            int c = criterionIndex[column];
            (int, int) key = r < c ? (r, c) : (c, r);
            if (seen.TryGetValue(key, out int first))
            {
                throw Fail(jp, $"the pair \"{row}\"/\"{column}\" is already judged at judgements[{first}] (judge each pair once)");
            }

            seen[key] = i;
            judgements.Add((row, column, value));
        }

        int expected = criteria.Count * (criteria.Count - 1) / 2;
        if (seen.Count != expected)
        {
            string missing = string.Join(", ", Enumerable.Range(0, criteria.Count)
                .SelectMany(r => Enumerable.Range(r + 1, criteria.Count - r - 1).Select(c => (r, c)))
                .Where(k => !seen.ContainsKey(k))
                .Take(5)
                .Select(k => $"{criteria[k.r].Id}/{criteria[k.c].Id}"));
            throw Fail($"{ap}.judgements", $"must judge every pair of criteria once: {expected} pairs, {seen.Count} given; missing {missing}");
        }

        ImmutableArray<string> labels = [.. criteria.Select(c => c.Id)];
        PairwiseMatrix matrix = Guarded($"{ap}.judgements", () => PairwiseMatrix.FromLabelledJudgements(labels, judgements));
        AhpResult result = Guarded(ap, () => AhpAnalysis.Analyze(matrix, new AhpOptions(priority, randomIndexTable: table, consistencyRatioThreshold: threshold)));
        CriteriaWeights weights = Guarded(ap, () => CriteriaWeights.Create(result.Priorities.AsSpan(), WeightPolicy.Normalize));
        return new LoadedWeights(weights, result);
    }

    private static ImmutableArray<double> PerPeriod(IReadOnlyList<double?>? series, string p, int periods)
    {
        if (series is null)
        {
            throw Fail(p, Missing);
        }

        if (series.Count != periods)
        {
            throw Fail(p, $"must have one value per period: {periods} expected, {series.Count} given");
        }

        var values = ImmutableArray.CreateBuilder<double>(periods);
        for (int i = 0; i < periods; i++)
        {
            values.Add(NonNegative(series[i], $"{p}[{i}]") ?? throw Fail($"{p}[{i}]", "must be a number, not null"));
        }

        return values.MoveToImmutable();
    }

    private static string KnownId(string? value, string path, IEnumerable<string> known, string what)
    {
        string id = RequiredText(value, path);
        return known.Contains(id, StringComparer.Ordinal)
            ? id
            : throw Fail(path, $"unknown {what} \"{id}\"");
    }

    private static void Unique(string[] ids, string path)
    {
        for (int i = 0; i < ids.Length; i++)
        {
            if (Array.IndexOf(ids, ids[i]) != i)
            {
                throw Fail($"{path}[{i}]", $"duplicate candidate \"{ids[i]}\"");
            }
        }
    }

    private static string[] ForcedIds(IReadOnlyList<string?>? list, string p, HashSet<string> candidateIds)
    {
        if (list is null)
        {
            return [];
        }

        string[] ids = [.. list.Select((s, j) => KnownId(s, $"{p}[{j}]", candidateIds, "candidate"))];
        Unique(ids, p);
        return ids;
    }
}
