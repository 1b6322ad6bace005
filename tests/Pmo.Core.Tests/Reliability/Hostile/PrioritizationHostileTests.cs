using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Issue 9 §1: hostile inputs for every public Prioritization entry point (matrices, normalisation, MCDA methods, weights, AHP, sensitivity, frameworks, selection).</summary>
public sealed class PrioritizationHostileTests
{
    private static readonly Gen<double> Score = Gen.Frequency((10, Gen.Choose(0, 100).Select(i => (double)i)), (1, Hostile.AnyDouble), (1, Gen.Elements(1e300, 1e308, double.MaxValue, 1e-300, double.Epsilon)));

    /// <summary>A decision matrix spec: alternatives × criteria values, directions, optional scale bounds, weights.</summary>
    private sealed record Mx(string[] Alts, bool[] Benefit, (double? Lo, double? Hi)[] Bounds, double[] Values, double[] Weights)
    {
        public int M => Benefit.Length;

        public override string ToString() =>
            $"alts=[{string.Join(",", Alts)}] benefit=[{string.Join(",", Benefit)}] bounds=[{string.Join(";", Bounds.Select(b => $"{b.Lo},{b.Hi}"))}] values={BGen.S(Values)} weights={BGen.S(Weights)}";

        public DecisionMatrix Matrix() =>
            DecisionMatrix.FromRowMajor(Alts, Benefit.Select((b, j) => b ? Criterion.Benefit("c" + j, Bounds[j].Lo, Bounds[j].Hi) : Criterion.Cost("c" + j, Bounds[j].Lo, Bounds[j].Hi)), Values);

        public CriteriaWeights W(WeightPolicy policy = WeightPolicy.Reject) => CriteriaWeights.Create(Weights, policy);
    }

    private static Gen<T> Pick<T>(bool clean, Gen<T> sane, Gen<T> hostile) => BGen.Pick(clean, sane, hostile);

    // Clean matrices: unique alternatives, values 1 … 100, no scale bounds or [0, 100], positive weights summing to 1;
    // hostile ones: duplicate or blank ids, empty or single rows/columns, special doubles, bad bounds and weights.
    private static readonly Gen<Mx> Matrices =
        from clean in BGen.Clean
        from n in Pick(clean, Gen.Choose(2, 7), Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(1)), (4, Gen.Choose(2, 7)), (1, Gen.Choose(40, 120))))
        from m in Pick(clean, Gen.Choose(1, 5), Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(1)), (4, Gen.Choose(2, 5))))
        from uniqueAlts in Gen.Frequency((10, Gen.Constant(true)), (clean ? 0 : 3, Gen.Constant(false)))
        from alts in uniqueAlts ? Gen.Constant(Enumerable.Range(0, n).Select(i => "a" + i).ToArray()) : Hostile.Id.ArrayOf(n)
        from benefit in Gen.Elements(true, false).ArrayOf(m)
        from bounds in Pick(clean, Gen.Frequency((6, Gen.Constant<(double?, double?)>((null, null))), (1, Gen.Constant<(double?, double?)>((0, 101)))), Hostile.AnyDouble.SelectMany(a => Hostile.AnyDouble.Select(b => ((double?)a, (double?)b)))).ArrayOf(m)
        from values in BGen.D(clean, Gen.Choose(1, 100).Select(i => (double)i), 25).ArrayOf(n * m)
        from raw in Gen.Choose(1, 10).ArrayOf(m)
        from weights in Pick(clean, Gen.Frequency((1, Gen.Constant(Enumerable.Repeat(1.0 / Math.Max(1, m), m).ToArray())), (2, Gen.Constant(raw.Select(w => w / (double)raw.Sum()).ToArray()))), Gen.Frequency((1, Hostile.AnyDouble.ArrayOf(m)), (1, Hostile.AnyDouble.ArrayOf())))
        select new Mx(alts, benefit, bounds, values, weights);

    private static readonly Gen<IMcdaMethod> Methods =
        from k in Gen.Choose(0, 8)
        from clean in BGen.Clean
        from norm in clean ? Gen.Elements(Enum.GetValues<NormalizationMethod>()) : BGen.EnumOf<NormalizationMethod>()
        from cost in clean ? Gen.Elements(Enum.GetValues<CostHandling>()) : BGen.EnumOf<CostHandling>()
        from x in BGen.D(clean, Gen.Elements(0.25, 0.5, 0.75))
        from q in BGen.D(clean, Gen.Elements(0.5, 1.0))
        from p in BGen.D(clean, Gen.Elements(3.0, 10.0))
        select (IMcdaMethod)new LazyMethod(k, norm, cost, x, q, p);

    /// <summary>Defers construction of the method into the checked call (its constructor guards count as outcomes).</summary>
    private sealed class LazyMethod(int kind, NormalizationMethod norm, CostHandling cost, double x, double q, double p) : IMcdaMethod
    {
        public string Name => Create().Name;

        public IMcdaMethod Create() => kind switch
        {
            0 => new WeightedSum(norm, cost),
            1 => new WeightedProduct(norm),
            2 => new Waspas(x),
            3 => new Topsis(norm),
            4 => new Vikor(x),
            5 => new Promethee2(PreferenceFunction.Linear(q, p)),
            6 => new Promethee2(PreferenceFunction.Gaussian(q)),
            7 => new Spotis(),
            _ => new Promethee2(PreferenceFunction.Level(q, p)),
        };

        public McdaResult Evaluate(DecisionMatrix matrix, CriteriaWeights weights) => Create().Evaluate(matrix, weights);

        public IMcdaScorer Prepare(DecisionMatrix matrix) => Create().Prepare(matrix);

        public override string ToString() => $"method {kind} {norm} {cost} x={Hostile.Show(x)} q={Hostile.Show(q)} p={Hostile.Show(p)}";
    }

    [Fact]
    public void Decision_matrix_and_normalization() =>
        Hostile.Property("Prioritization.Normalization.Normalize", Matrices.SelectMany(mx => BGen.EnumOf<NormalizationMethod>().SelectMany(n => BGen.EnumOf<CostHandling>().Select(c => (mx, n, c)))), x =>
            Hostile.Check("Prioritization.Normalization.Normalize", () => $"{x.mx} {x.n} {x.c}", () =>
            {
                DecisionMatrix m = x.mx.Matrix();
                var rows = DecisionMatrix.FromRows(x.mx.Alts, m.Criteria, Enumerable.Range(0, m.AlternativeCount).Select(i => (IReadOnlyList<double>)[.. Enumerable.Range(0, m.CriterionCount).Select(j => m[i, j])]));
                return (Normalization.Normalize(m, x.n, x.c), rows.AlternativeCount);
            }, typeof(McdaRuleException)));

    [Fact]
    public void Mcda_methods_evaluate_and_score() =>
        Hostile.Property("Prioritization.IMcdaMethod.Evaluate", Matrices.SelectMany(mx => Methods.Select(me => (mx, me))), x =>
            Hostile.Check("Prioritization.IMcdaMethod.Evaluate", () => $"{x.mx} {x.me}", () =>
            {
                DecisionMatrix m = x.mx.Matrix();
                McdaResult r = x.me.Evaluate(m, x.mx.W());
                IMcdaScorer s = x.me.Prepare(m);
                var prefs = new double[s.AlternativeCount];
                s.Score(x.mx.Weights, prefs);
                return (r, prefs);
            }, typeof(McdaRuleException)));

    [Fact]
    public void Objective_weights_and_combination() =>
        Hostile.Property("Prioritization.ObjectiveWeights", Matrices.SelectMany(mx => Gen.Choose(0, 4).SelectMany(k => Hostile.Mostly(Gen.Constant(0.5)).SelectMany(a => BGen.EnumOf<WeightPolicy>().Select(pol => (mx, k, a, pol))))), x =>
            Hostile.Check("Prioritization.ObjectiveWeights", () => $"{x.mx} kind={x.k} alpha={Hostile.Show(x.a)} {x.pol}", () =>
            {
                DecisionMatrix m = x.mx.Matrix();
                ObjectiveWeightsResult o = x.k switch
                {
                    0 => ObjectiveWeights.Critic(m),
                    1 => ObjectiveWeights.Entropy(m),
                    2 => ObjectiveWeights.Equal(m),
                    3 => ObjectiveWeights.Merec(m),
                    _ => ObjectiveWeights.StandardDeviation(m),
                };
                CriteriaWeights subjective = x.mx.W(x.pol);
                return (o, WeightCombination.Linear(subjective, o.Weights, x.a), WeightCombination.Multiplicative(subjective, o.Weights));
            }, typeof(McdaRuleException)));

    [Fact]
    public void Rankings_and_rank_correlations() =>
        Hostile.Property("Prioritization.Ranking+RankCorrelation", from clean in BGen.Clean
                                                                   from len in Pick(clean, Gen.Choose(2, 12), Hostile.Size)
                                                                   from a in clean ? Gen.Shuffle(Enumerable.Range(1, len).Select(i => (double)i)).Select(v => v.ToArray()) : Score.ArrayOf(len)
                                                                   from b in clean ? Gen.Shuffle(Enumerable.Range(1, len).Select(i => (double)i)).Select(v => v.ToArray()) : Score.ArrayOf(a.Length)
                                                                   from pol in clean ? Gen.Elements(Enum.GetValues<TiePolicy>()) : BGen.EnumOf<TiePolicy>()
                                                                   from tol in BGen.D(clean, Gen.Elements(0.0, 0.5))
                                                                   from hib in Gen.Elements(true, false)
                                                                   select (a, b, pol, tol, hib), x =>
            Hostile.Check("Prioritization.Ranking+RankCorrelation", () => $"a={BGen.S(x.a)} b={BGen.S(x.b)} {x.pol} tol={Hostile.Show(x.tol)} hib={x.hib}", () =>
            {
                Ranking ra = Ranking.FromPreferences(x.a, x.hib, x.pol, x.tol);
                Ranking rb = Ranking.FromPreferences(x.b, x.hib, x.pol, x.tol);
                return (ra, RankCorrelation.Spearman(ra, rb), RankCorrelation.KendallTauB(ra, rb), RankCorrelation.WS(ra, rb), RankCorrelation.WeightedSpearman(ra, rb),
                    RankCorrelation.Spearman(x.a, x.b), RankCorrelation.KendallTauB(x.a, x.b), RankCorrelation.WS(x.a, x.b), RankCorrelation.WeightedSpearman(x.a, x.b));
            }));

    private static readonly Gen<double> SaatyJudgement = Gen.Elements(1.0, 2, 3, 5, 7, 9, 1.0 / 3, 0.2, 1.0 / 9);

    private static readonly Gen<double> Judgement = Gen.Frequency((10, SaatyJudgement), (1, Hostile.AnyDouble));

    [Fact]
    public void Ahp_matrices_analysis_and_group() =>
        Hostile.Property("Prioritization.Ahp", from clean in BGen.Clean
                                               from n in Pick(clean, Gen.Choose(2, 9), Gen.Frequency((1, Gen.Choose(0, 1)), (4, Gen.Choose(2, 9)), (1, Gen.Choose(10, 20))))
                                               from upper in Pick(clean, SaatyJudgement, Judgement).ArrayOf(n * (n - 1) / 2)
                                               from other in Pick(clean, SaatyJudgement, Judgement).ArrayOf(n * (n - 1) / 2)
                                               from w in Pick(clean, Gen.Elements(new[] { 0.5, 0.5 }, [0.25, 0.75]), BGen.D(clean, Gen.Elements(1.0, 0.5)).ArrayOf(2))
                                               from saaty in Gen.Elements(true, false)
                                               from tol in BGen.D(clean, Gen.Constant(1e-12))
                                               from iters in Pick(clean, Gen.Constant(10_000), Hostile.AnyInt)
                                               select (n, upper, other, w, saaty, tol, iters), x =>
            Hostile.Check("Prioritization.Ahp", () => $"n={x.n} upper={BGen.S(x.upper)} other={BGen.S(x.other)} w={BGen.S(x.w)} saaty={x.saaty} tol={Hostile.Show(x.tol)} iters={x.iters}", () =>
            {
                PairwiseMatrix a = PairwiseMatrix.FromUpperTriangle(x.upper, saatyScaleOnly: x.saaty);
                PairwiseMatrix b = PairwiseMatrix.FromUpperTriangle(x.other);
                AhpResult r = AhpAnalysis.Analyze(a);
                PairwiseMatrix g = AhpGroup.AggregateJudgements([a, b], x.w);
                var values = new double[a.Size * a.Size];
                for (int i = 0; i < a.Size; i++)
                {
                    for (int j = 0; j < a.Size; j++)
                    {
                        values[(i * a.Size) + j] = a[i, j] ?? 1;
                    }
                }

                var pri = new double[a.Size];
                var scratch = new double[a.Size]; // "Working space of length n" 
                bool ok = AhpAnalysis.PrincipalEigenvector(values, a.Size, pri, scratch, out double lambda, out int it, x.tol, x.iters);
                return (r, AhpAnalysis.Analyze(g), AhpGroup.AggregatePriorities([r.Priorities, r.Priorities], x.w), ok, lambda, pri);
            }));

    [Fact]
    public void Sensitivity_one_at_a_time_stability_rank_reversal() =>
        Hostile.Property("Prioritization.Sensitivity", from clean in BGen.Clean
                                                       from mx in Matrices
                                                       from me in Methods
                                                       from crit in Pick(clean, Gen.Choose(0, Math.Max(0, mx.M - 1)), Hostile.AnyInt)
                                                       from changes in BGen.D(clean, Gen.Choose(-20, 20).Select(i => i / 100.0)).ArrayOf()
                                                       from topK in Pick(clean, Gen.Choose(1, Math.Max(1, mx.Alts.Length - 1)), Hostile.AnyInt)
                                                       from steps in Pick(clean, Gen.Constant(20), Hostile.AnyInt.Where(i => i < 1000))
                                                       select (mx, me, crit, changes, topK, steps), x =>
            Hostile.Check("Prioritization.Sensitivity", () => $"{x.mx} {x.me} crit={x.crit} changes={BGen.S(x.changes)} topK={x.topK} steps={x.steps}", () =>
            {
                DecisionMatrix m = x.mx.Matrix();
                CriteriaWeights w = x.mx.W();
                return (WeightSensitivity.OneAtATime(x.me, m, w, x.crit, x.changes, x.topK),
                    WeightStability.Intervals(x.me, m, w, x.topK, scanSteps: x.steps),
                    RankReversal.LeaveOneOut(x.me, m, w));
            }, typeof(McdaRuleException)));

    [Fact]
    public void Sensitivity_steps() =>
        Hostile.Property("Prioritization.WeightSensitivity.Steps", from a in Hostile.AnyDouble
                                                                   from b in Hostile.AnyDouble
                                                                   from s in Hostile.Mostly(Gen.Constant(0.1))
                                                                   select (a, b, s), x =>
            Hostile.Check("Prioritization.WeightSensitivity.Steps", () => $"{Hostile.Show(x.a)} {Hostile.Show(x.b)} {Hostile.Show(x.s)}", () => WeightSensitivity.Steps(x.a, x.b, x.s)));

    [Fact]
    public void Smaa_runs() =>
        Hostile.Property("Prioritization.Smaa.Run", from clean in BGen.Clean
                                                    from mx in Matrices
                                                    from me in Methods
                                                    from samples in Pick(clean, Gen.Choose(1, 40), Hostile.AnyInt.Where(i => i < 200))
                                                    from kind in Gen.Choose(0, 2)
                                                    from spread in BGen.D(clean, Gen.Elements(0.1, 0.2))
                                                    from lo in BGen.D(clean, Gen.Constant(0.0)).ArrayOf(mx.M)
                                                    from hi in BGen.D(clean, Gen.Constant(1.0)).ArrayOf(mx.M)
                                                    from rej in Pick(clean, Gen.Constant(1000), Hostile.AnyInt)
                                                    select (mx, me, samples, kind, spread, lo, hi, rej), x =>
            Hostile.Check("Prioritization.Smaa.Run", () => $"{x.mx} {x.me} samples={x.samples} kind={x.kind} spread={Hostile.Show(x.spread)} lo={BGen.S(x.lo)} hi={BGen.S(x.hi)} rej={x.rej}", () =>
            {
                DecisionMatrix m = x.mx.Matrix();
                SmaaWeightDistribution dist = x.kind switch
                {
                    0 => SmaaWeightDistribution.Uniform,
                    1 => SmaaWeightDistribution.Around(x.mx.W(), x.spread),
                    _ => SmaaWeightDistribution.Bounded(x.lo, x.hi),
                };
                return Smaa.Run(x.me, m, new SmaaOptions { Samples = x.samples, Seed = 3, Weights = dist, MaxDegreeOfParallelism = 1, MaxRejectionsPerSample = x.rej });
            }, typeof(McdaRuleException)));

    [Fact]
    public void Wsjf_and_rice() =>
        Hostile.Property("Prioritization.Wsjf+Rice", from n in Hostile.Size.Select(s => Math.Min(s, 50))
                                                     from a in Hostile.Mostly(Hostile.SanePositive).ArrayOf(n)
                                                     from b in Hostile.Mostly(Hostile.SanePositive).ArrayOf(n)
                                                     from c in Hostile.Mostly(Hostile.SaneProbability).ArrayOf(n)
                                                     from d in Gen.Frequency((5, Hostile.Mostly(Hostile.SanePositive).ArrayOf(n)), (1, Hostile.AnyDouble.ArrayOf()))
                                                     select (a, b, c, d), x =>
            Hostile.Check("Prioritization.Wsjf+Rice", () => $"a={BGen.S(x.a)} b={BGen.S(x.b)} c={BGen.S(x.c)} d={BGen.S(x.d)}", () =>
            {
                int n = x.a.Length;
                var cod = new double[n];
                var wsjf = new double[n];
                Wsjf.Compute(x.a, x.b, x.c, x.d, cod, wsjf);
                var rice = new double[n];
                Rice.Compute(x.a, x.b, x.c, x.d, rice);
                return (cod, wsjf, rice);
            }));

    [Fact]
    public void Ice_moscow_kano() =>
        Hostile.Property("Prioritization.Ice+Moscow+Kano", from clean in BGen.Clean
                                                           from ni in Pick(clean, Gen.Choose(1, 10), Gen.Choose(0, 12))
                                                           from items in Gen.CollectToArray(Enumerable.Range(0, ni).Select(k =>
                                                                         from id in Pick(clean, Gen.Constant("f" + k), Hostile.Id)
                                                                         from i in BGen.D(clean, Gen.Choose(1, 10).Select(v => (double)v))
                                                                         from c in BGen.D(clean, Gen.Choose(1, 10).Select(v => (double)v))
                                                                         from e in BGen.D(clean, Gen.Choose(1, 10).Select(v => (double)v))
                                                                         from pr in clean ? Gen.Elements(Enum.GetValues<MoscowPriority>()) : BGen.EnumOf<MoscowPriority>()
                                                                         select (id, i, c, e, pr)))
                                                           from agg in BGen.EnumOf<IceAggregation>()
                                                           from tie in BGen.EnumOf<TiePolicy>()
                                                           from guide in BGen.D(clean, Gen.Constant(0.6))
                                                           from answers in (from f in BGen.EnumOf<KanoAnswer>()
                                                                            from d in BGen.EnumOf<KanoAnswer>()
                                                                            select (f, d)).ArrayOf()
                                                           select (items, agg, tie, guide, answers), x =>
            Hostile.Check("Prioritization.Ice+Moscow+Kano", () => $"items=[{string.Join(";", x.items.Select(t => $"{t.id}:{Hostile.Show(t.i)},{Hostile.Show(t.c)},{Hostile.Show(t.e)},{t.pr}"))}] {x.agg} {x.tie} guide={Hostile.Show(x.guide)} kano=[{string.Join(",", x.answers)}]", () =>
            {
                PriorityScores ice = new Ice(x.agg, x.tie).Evaluate(x.items.Select(t => new IceItem(t.id, t.i, t.c, t.e)));
                MoscowResult moscow = new Moscow(x.guide, x.tie).Evaluate(x.items.Select(t => new MoscowItem(t.id, t.pr, t.e, t.i)));
                KanoFeatureResult kano = Kano.Evaluate("f", x.answers.Select(a => new KanoResponse(a.f, a.d)));
                return (ice, moscow, kano);
            }));

    private sealed record Sel(double[] Values, double[][] Use, double[] Cap, int Periods, int? MaxCount, int MinCount, long Nodes, (int A, int B, int Kind)[] Links, double[] Budgets, int Steps)
    {
        public override string ToString() =>
            $"values={BGen.S(Values)} use=[{string.Join(";", Use.Select(BGen.S))}] cap={BGen.S(Cap)} periods={Periods} max={MaxCount} min={MinCount} nodes={Nodes} links=[{string.Join(";", Links.Select(l => $"{l.A}-{l.B}:{l.Kind}"))}] budgets={BGen.S(Budgets)} steps={Steps}";

        public SelectionProblem Problem()
        {
            string Id(int i) => "p" + i;
            var row = new ResourceRow("budget", Cap, Values.Select((_, i) => new KeyValuePair<string, double[]>(Id(i), Use[i])));
            SelectionProblem p = SelectionProblem.Create(Values.Select((v, i) => new SelectionCandidate(Id(i), v)), [row]).WithMinCount(MinCount).WithMaxCount(MaxCount);
            foreach ((int a, int b, int kind) in Links)
            {
                p = kind switch
                {
                    0 => p.Requires(Id(a), Id(b)),
                    1 => p.MutuallyExclusive(Id(a), Id(b)),
                    2 => p.ForceIn(Id(a)),
                    _ => p.ForceOut(Id(b)),
                };
            }

            return p;
        }
    }

    // Valid share: the frontier's budget levels are non-empty and non-decreasing in three draws of four (hostile numbers
    // still reach them in the hostile quarter); the first version broke that rule in most draws (21 valid of 500).
    private static Gen<double[]> SortedBudgets(bool clean) =>
        Gen.Choose(1, 8).SelectMany(k => BGen.D(clean, Gen.Choose(0, 300).Select(i => (double)i)).ArrayOf(k)).Select(a => a.Order().ToArray());

    private static readonly Gen<Sel> Selections =
        from clean in BGen.Clean
        from n in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(1)), (10, Gen.Choose(2, 12)), (1, Gen.Choose(25, 40)))
        from periods in Pick(clean, Gen.Choose(1, 3), Gen.Constant(0))
        from values in BGen.D(clean, Gen.Choose(0, 100).Select(i => (double)i), 15).ArrayOf(n)
        from use in BGen.D(clean, Gen.Choose(0, 50).Select(i => (double)i), 15).ArrayOf(periods).ArrayOf(n)
        from cap in BGen.D(clean, Gen.Choose(0, 200).Select(i => (double)i), 10).ArrayOf(periods)
        from max in Pick(clean, Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 5).Select(i => (int?)i))), Hostile.AnyInt.Select(i => (int?)i))
        from min in Pick(clean, Gen.Constant(0), Hostile.AnyInt)
        from nodes in Pick(clean, Gen.Constant(20_000L), Gen.Elements(0L, 1L, -1L, long.MaxValue))
        from links in (from a in Gen.Choose(0, Math.Max(0, n - (clean ? 1 : 0)))
                       from b in Gen.Choose(0, Math.Max(0, n - (clean ? 1 : 0)))
                       from k in Pick(clean, Gen.Choose(0, 1), Gen.Choose(0, 3))
                       select (a, b, k)).ArrayOf(Math.Min(n, 4)).Select(l => clean ? l.Where(t => t.a != t.b).DistinctBy(t => (Math.Min(t.a, t.b), Math.Max(t.a, t.b))).ToArray() : l)
        from budgets in Gen.Frequency((3, SortedBudgets(clean)), (1, BGen.D(clean, Gen.Choose(0, 300).Select(i => (double)i)).ArrayOf()))
        from steps in Pick(clean, Gen.Choose(2, 8), Hostile.AnyInt.Where(i => i < 100))
        select new Sel(values, use, cap, periods, max, min, nodes == long.MaxValue ? 20_000L : nodes, links, budgets, steps);

    [Fact]
    public void Portfolio_selection_and_frontier() =>
        Hostile.Property("Prioritization.Selection", Selections, x =>
            Hostile.Check("Prioritization.Selection", () => x.ToString(), () =>
            {
                SelectionProblem p = x.Problem();
                var options = new SelectionOptions(nodeLimit: x.Nodes, explanationNodeLimit: Math.Max(1, x.Nodes / 10));
                SelectionResult r = PortfolioSelector.Solve(p, options);
                return (r, EfficientFrontier.Compute(p, "budget", x.Budgets, options), EfficientFrontier.ComputeEvenlySpaced(p, "budget", x.Steps, options), ScenarioComparison.Compare(r, r));
            }));

    [Fact]
    public void Gates_apply() =>
        Hostile.Property("Prioritization.Gates.Apply", Matrices.SelectMany(mx => Hostile.AnyDouble.SelectMany(t => Gen.Frequency((6, Gen.Constant("c0")), (1, Hostile.Id)).Select(c => (mx, t, c)))), x =>
            Hostile.Check("Prioritization.Gates.Apply", () => $"{x.mx} threshold={Hostile.Show(x.t)} crit={x.c}", () =>
                Pmo.Core.Prioritization.Gates.Apply(x.mx.Matrix(), [Gate.AtLeast(x.c, x.t), Gate.AtMost("c1", x.t)])));
}
