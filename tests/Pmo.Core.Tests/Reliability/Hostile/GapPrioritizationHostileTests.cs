using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Prioritization;
using Pmo.Core.Prioritization.Ahp;
using Pmo.Core.Prioritization.Selection;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>
/// Issue 9 §1 (gap families): hostile inputs for the Prioritization entry points the first pass left out — the
/// <see cref="PairwiseMatrix"/> factories, <see cref="AhpHierarchy"/>, <see cref="VerbalScale"/>, <see cref="CriteriaJoin"/>,
/// <see cref="WeightedScorecard"/>, <see cref="ValueEffortMatrix"/> and <see cref="SelectionProblem.Group"/>.
/// </summary>
public sealed class GapPrioritizationHostileTests
{
    private static Gen<T> Pick<T>(bool clean, Gen<T> sane, Gen<T> hostile) => BGen.Pick(clean, sane, hostile);

    private static readonly Gen<double> Saaty = Gen.Choose(1, 9).SelectMany(v => Gen.Elements((double)v, 1.0 / v));

    private static string L(int i) => "c" + i.ToString(CultureInfo.InvariantCulture);

    // ---------------- pairwise matrix factories ----------------

    private sealed record PairwiseInput(int Variant, int N, double[] Upper, bool[] Missing, (int R, int C, double V)[] Extra, string[]? Labels, bool Saaty)
    {
        public override string ToString() =>
            $"variant={Variant} n={N} upper={BGen.S(Upper)} missing=[{string.Join(",", Missing.Select(m => m ? 1 : 0))}] extra=[{string.Join(";", Extra.Select(e => $"{e.R},{e.C}:{Hostile.Show(e.V)}"))}] labels={(Labels is null ? "-" : string.Join(",", Labels))} saaty={Saaty}";

        public PairwiseMatrix Build()
        {
            int n = N;
            int k = 0;
            var full = new double[Math.Max(0, n), Math.Max(0, n)];
            var incomplete = new double?[Math.Max(0, n), Math.Max(0, n)];
            var judgements = new List<PairwiseJudgement>();
            var labelled = new List<(string, string, double)>();
            string Label(int i) => Labels is not null && i >= 0 && i < Labels.Length ? Labels[i] : L(i);
            for (int i = 0; i < n; i++)
            {
                full[i, i] = 1;
                incomplete[i, i] = 1;
                for (int j = i + 1; j < n; j++, k++)
                {
                    double v = k < Upper.Length ? Upper[k] : 1;
                    full[i, j] = v;
                    full[j, i] = 1 / v;
                    if (!(k < Missing.Length && Missing[k]))
                    {
                        incomplete[i, j] = v;
                        incomplete[j, i] = 1 / v;
                        judgements.Add(new PairwiseJudgement(i, j, v));
                        labelled.Add((Label(i), Label(j), v));
                    }
                }
            }

            foreach ((int r, int c, double v) in Extra)
            {
                if (r >= 0 && r < n && c >= 0 && c < n)
                {
                    full[r, c] = v;
                    incomplete[r, c] = double.IsNaN(v) ? null : v;
                }

                judgements.Add(new PairwiseJudgement(r, c, v));
                labelled.Add((Label(r), Label(c), v));
            }

            return Variant switch
            {
                0 => PairwiseMatrix.FromArray(full, Labels, Saaty),
                1 => PairwiseMatrix.FromIncompleteArray(incomplete, Labels, Saaty),
                2 => PairwiseMatrix.FromJudgements(n, judgements, Labels, Saaty),
                _ => PairwiseMatrix.FromLabelledJudgements(Labels ?? [.. Enumerable.Range(0, Math.Max(0, n)).Select(L)], labelled, Saaty),
            };
        }
    }

    private static readonly Gen<PairwiseInput> PairwiseInputs =
        from clean in BGen.Clean
        from variant in Gen.Choose(0, 3)
        from n in Pick(clean, Gen.Choose(2, 8), Gen.Frequency((1, Gen.Elements(0, 1, -1)), (4, Gen.Choose(2, 9)), (1, Gen.Choose(10, 16))))
        let m = Math.Max(0, n * (n - 1) / 2)
        from upper in Pick(clean, Saaty, Gen.Frequency((8, Saaty), (1, Hostile.AnyDouble))).ArrayOf(m)
        from missing in Gen.Frequency((3, Gen.Constant(false)), (clean && variant is 0 ? 0 : 1, Gen.Constant(true))).ArrayOf(m)
        from ne in Gen.Choose(0, 2)
        from extra in clean ? Gen.Constant(Array.Empty<(int, int, double)>())
            : (from r in Gen.Choose(-1, 10)
               from c in Gen.Choose(-1, 10)
               from v in Gen.Frequency((2, Saaty), (1, Hostile.AnyDouble))
               select (r, c, v)).ArrayOf(ne)
        from labels in Gen.Frequency((3, Gen.Constant<string[]?>(null)), (2, Gen.Constant<string[]?>([.. Enumerable.Range(0, Math.Max(0, n)).Select(L)])), (clean ? 0 : 1, Hostile.Id.ArrayOf(Math.Max(0, n)).Select(a => (string[]?)a)))
        from saaty in Gen.Elements(true, false)
        select new PairwiseInput(variant, n, upper, missing, extra, labels, saaty);

    [Fact]
    public void Pairwise_matrix_factories() =>
        Hostile.Property("Gap.Prioritization.PairwiseMatrix.Factories", PairwiseInputs, x =>
            Hostile.Check("Gap.Prioritization.PairwiseMatrix.Factories", () => x.ToString(), () =>
            {
                PairwiseMatrix m = x.Build();
                double?[] cells = [.. Enumerable.Range(0, m.Size * m.Size).Select(k => m[k / m.Size, k % m.Size])];
                return (m.Size, m.Labels, cells, m.IsComplete ? m.ToArray().Cast<double>().ToArray() : null, AhpAnalysis.Analyze(m),
                    AhpAnalysis.Analyze(m, new AhpOptions(AhpPriorityMethod.RowGeometricMean, incompleteMethod: AhpIncompleteMethod.LogarithmicLeastSquares)));
            }));

    // ---------------- hierarchy ----------------

    private sealed record HierarchyInput(string[] Alternatives, (string Id, string? Parent)[] Criteria, double[][] Matrices, double[][] Ratings, bool[] Rated, AhpSynthesisMode Mode, int Priority)
    {
        public override string ToString() =>
            $"alts=[{string.Join(",", Alternatives)}] criteria=[{string.Join(",", Criteria.Select(c => $"{c.Id}<{c.Parent ?? "goal"}"))}] matrices=[{string.Join(" | ", Matrices.Select(BGen.S))}] ratings=[{string.Join(" | ", Ratings.Select(BGen.S))}] rated=[{string.Join(",", Rated)}] {Mode} method={Priority}";

        public AhpHierarchy Build()
        {
            int slot = 0;
            PairwiseMatrix Matrix(int size)
            {
                double[] u = Matrices[slot++ % Matrices.Length];
                int need = Math.Max(0, size * (size - 1) / 2);
                return PairwiseMatrix.FromUpperTriangle([.. Enumerable.Range(0, need).Select(k => k < u.Length ? u[k] : 1)]);
            }

            var criteria = new List<AhpCriterion>();
            for (int i = 0; i < Criteria.Length; i++)
            {
                (string id, string? parent) = Criteria[i];
                int children = Criteria.Count(c => c.Parent == id);
                AhpCriterion c = children > 0
                    ? new AhpCriterion(id, parent, subCriteriaComparison: Matrix(children))
                    : new AhpCriterion(id, parent, alternatives: Rated[i % Rated.Length]
                        ? AhpAlternativeEvaluation.Rated(Ratings[i % Ratings.Length])
                        : AhpAlternativeEvaluation.Pairwise(Matrix(Alternatives.Length)));
                criteria.Add(c);
            }

            PairwiseMatrix goal = Matrix(Criteria.Count(c => c.Parent is null));
            return AhpHierarchy.Create(goal, criteria, Alternatives);
        }
    }

    private static readonly Gen<HierarchyInput> Hierarchies =
        from clean in BGen.Clean
        from na in Pick(clean, Gen.Choose(2, 5), Gen.Choose(0, 6))
        from alts in Pick(clean, Gen.Constant(Enumerable.Range(0, na).Select(i => "a" + i.ToString(CultureInfo.InvariantCulture)).ToArray()), Hostile.Id.ArrayOf(na))
        from top in Gen.Choose(1, 4)
        from subs in Gen.Choose(0, 4)
        from parents in Pick(clean, Gen.Choose(0, top - 1).Select(p => (string?)L(p)), Gen.Frequency((4, Gen.Choose(0, top + 1).Select(p => (string?)L(p))), (1, Gen.Elements<string?>("s0", null, "")))).ArrayOf(subs)
        let criteria = Enumerable.Range(0, top).Select(i => (Id: L(i), Parent: (string?)null)).Concat<(string Id, string? Parent)>(parents.Select((p, k) => (Id: "s" + k.ToString(CultureInfo.InvariantCulture), Parent: (string?)p))).ToArray()
        from matrices in Pick(clean, Saaty, Gen.Frequency((10, Saaty), (1, Hostile.AnyDouble))).ArrayOf(15).ArrayOf(4)
        from nr in Pick(clean, Gen.Constant(na), Gen.Choose(0, na + 1))
        from ratings in Pick(clean, Gen.Choose(0, 10).Select(i => (double)i), Gen.Frequency((6, Gen.Choose(0, 10).Select(i => (double)i)), (1, Hostile.AnyDouble), (1, Gen.Elements(1e308, double.MaxValue)))).ArrayOf(nr).ArrayOf(3)
        from rated in Gen.Elements(true, false).ArrayOf(4)
        from mode in BGen.EnumOf<AhpSynthesisMode>()
        from priority in Gen.Choose(0, 2)
        select new HierarchyInput(alts, criteria, matrices, ratings, rated, mode, priority);

    [Fact]
    public void Ahp_hierarchy_create_and_synthesize() =>
        Hostile.Property("Gap.Prioritization.AhpHierarchy", Hierarchies, x =>
            Hostile.Check("Gap.Prioritization.AhpHierarchy", () => x.ToString(), () =>
            {
                AhpHierarchy h = x.Build();
                AhpOptions? options = x.Priority switch { 0 => null, 1 => new AhpOptions(AhpPriorityMethod.RowGeometricMean), _ => new AhpOptions(incompleteMethod: AhpIncompleteMethod.LogarithmicLeastSquares) };
                AhpHierarchyResult r = h.Synthesize(x.Mode, options);
                return (r, r.ScoreOf(h.Alternatives[0]));
            }));

    [Fact]
    public void Regression_rated_leaf_with_ratings_whose_sum_overflows_gives_finite_priorities()
    {
        // Before the fix: ratings [1e308, 1.7e308, 1] summed to +∞, so the leaf's priorities were [0, 0, 0] and the
        // ideal-mode division by the best (0) gave NaN. Ratings are ratios: the priorities are r / Σr = [1e308, 1.7e308, 1] / 2.7e308.
        var h = AhpHierarchy.Create(PairwiseMatrix.FromUpperTriangle([1.0]),
            [new AhpCriterion("c0", alternatives: AhpAlternativeEvaluation.Rated([1e308, 1.7e308, 1])), new AhpCriterion("c1", alternatives: AhpAlternativeEvaluation.Rated([1, 1, 1]))],
            ["a", "b", "c"]);
        AhpHierarchyResult r = h.Synthesize(AhpSynthesisMode.Ideal);
        ImmutableArray<double> p = r["c0"].AlternativePriorities;
        Assert.Equal(1e308 / 1.7e308, p[0], 12); // ideal mode: divided by the best
        Assert.Equal(1.0, p[1], 12);
        Assert.All(r.Scores, s => Assert.True(double.IsFinite(s)));
    }

    // ---------------- verbal scales ----------------

    [Fact]
    public void Verbal_scales() =>
        Hostile.Property("Gap.Prioritization.VerbalScale", from clean in BGen.Clean
                                                           from kind in Gen.Choose(0, 4)
                                                           from gamma in BGen.D(clean, Gen.Choose(1, 100).Select(i => i / 100.0))
                                                           from ratios in BGen.D(clean, Gen.Choose(2, 9).Select(i => (double)i)).ArrayOf(3).Select(r => clean ? r.Order().Distinct().ToArray() : r)
                                                           from nl in Gen.Choose(0, 6)
                                                           from levels in (from label in Pick(clean, Gen.Elements("eq", "mod", "strong", "very", "extreme", "abs"), Hostile.Id)
                                                                           from v in BGen.D(clean, Gen.Choose(1, 9).Select(i => (double)i))
                                                                           select (label, v)).ArrayOf(nl)
                                                           from name in Pick(clean, Gen.Constant("mine"), Gen.Elements("", " ", "n"))
                                                           from level in Pick(clean, Gen.Choose(1, 4), Hostile.AnyInt)
                                                           select (kind, gamma, ratios, levels, name, level), x =>
            Hostile.Check("Gap.Prioritization.VerbalScale", () => $"kind={x.kind} gamma={Hostile.Show(x.gamma)} ratios={BGen.S(x.ratios)} levels=[{string.Join(";", x.levels.Select(l => $"{l.label}:{Hostile.Show(l.v)}"))}] name='{x.name}' level={x.level}", () =>
            {
                VerbalScale s = x.kind switch
                {
                    0 => VerbalScale.LootsmaGeometric(x.gamma),
                    1 => x.ratios.Length >= 3 ? VerbalScale.SevenLevel(x.ratios[0], x.ratios[1], x.ratios[2]) : VerbalScale.SevenLevel(),
                    2 => VerbalScale.Create(x.name, "cite", [("equal", 1.0), .. x.levels.DistinctBy(l => l.label).OrderBy(l => l.v)]),
                    3 => VerbalScale.Create(x.name, "cite", x.levels),
                    _ => x.gamma > 0.5 ? VerbalScale.Saaty : VerbalScale.Balanced,
                };
                return (s, s.Value(x.level), s.Reverse(x.level));
            }));

    [Fact]
    public void Regression_lootsma_gamma_overflowing_the_top_ratio_is_rejected()
    {
        // Before the fix: gamma 1000 gave level values exp(1000 k) = +∞ from k = 1 on.
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => VerbalScale.LootsmaGeometric(1000));
        Assert.Equal("gamma", e.ParamName);
    }

    // ---------------- decision matrices: join, scorecard ----------------

    private sealed record MatrixSpec(string[] Alternatives, (string Id, CriterionDirection Dir)[] Criteria, double[] Values)
    {
        public override string ToString() => $"alts=[{string.Join(",", Alternatives)}] crit=[{string.Join(",", Criteria.Select(c => $"{c.Id}:{c.Dir}"))}] v={BGen.S(Values)}";

        public DecisionMatrix Build()
        {
            int m = Alternatives.Length, n = Criteria.Length;
            var values = new double[m, n];
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    values[i, j] = Values[((i * n) + j) % Math.Max(1, Values.Length)];
                }
            }

            return new DecisionMatrix(Alternatives, Criteria.Select(c => new Criterion(c.Id, c.Dir)), values);
        }
    }

    private static Gen<MatrixSpec> MatrixOf(bool clean, string[] alternatives, string prefix) =>
        from nc in Pick(clean, Gen.Choose(1, 4), Gen.Choose(0, 5))
        from ids in Pick(clean, Gen.Constant(Enumerable.Range(0, nc).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture)).ToArray()), Gen.Frequency((3, Gen.Elements("l0", "r0", "l1")), (1, Hostile.Id)).ArrayOf(nc))
        from dirs in (clean ? Gen.Elements(Enum.GetValues<CriterionDirection>()) : BGen.EnumOf<CriterionDirection>()).ArrayOf(nc)
        from values in BGen.D(clean, Gen.Choose(0, 100).Select(i => (double)i)).ArrayOf(Math.Max(1, alternatives.Length * nc))
        select new MatrixSpec(alternatives, [.. ids.Zip(dirs)], values);

    [Fact]
    public void Criteria_join_columns() =>
        Hostile.Property("Gap.Prioritization.CriteriaJoin", from clean in BGen.Clean
                                                            from na in Pick(clean, Gen.Choose(1, 6), Gen.Choose(0, 7))
                                                            let alts = Enumerable.Range(0, na).Select(i => "a" + i.ToString(CultureInfo.InvariantCulture)).ToArray()
                                                            from right in Pick(clean, Gen.Shuffle(alts).Select(a => a.ToArray()), Gen.Frequency((3, Gen.Shuffle(alts).Select(a => a.ToArray())), (1, Hostile.Id.ArrayOf(na))))
                                                            from l in MatrixOf(clean, alts, "l")
                                                            from r in MatrixOf(clean, right, "r")
                                                            select (l, r), x =>
            Hostile.Check("Gap.Prioritization.CriteriaJoin", () => $"left {x.l} right {x.r}", () =>
            {
                DecisionMatrix left = x.l.Build(), right = x.r.Build();
                DecisionMatrix joined = CriteriaJoin.Columns(left, right);
                double[] cells = [.. Enumerable.Range(0, joined.AlternativeCount * joined.CriterionCount).Select(k => joined[k / joined.CriterionCount, k % joined.CriterionCount])];
                return (joined.AlternativeCount, joined.CriterionCount, cells);
            }));

    [Fact]
    public void Weighted_scorecard() =>
        Hostile.Property("Gap.Prioritization.WeightedScorecard", from clean in BGen.Clean
                                                                 from nd in Pick(clean, Gen.Choose(1, 4), Gen.Choose(0, 5))
                                                                 from scales in (from nl in Pick(clean, Gen.Choose(2, 5), Gen.Choose(0, 6))
                                                                                 from steps in Gen.Choose(1, 3).ArrayOf(nl)
                                                                                 from vals in clean
                                                                                     ? Gen.Constant(steps.Select((_, k) => (double)steps.Take(k + 1).Sum()).ToArray())
                                                                                     : BGen.D(clean, Gen.Choose(0, 10).Select(i => (double)i)).ArrayOf(nl)
                                                                                 from names in Pick(clean, Gen.Constant(new[] { "none", "low", "mid", "high", "top", "max" }), Gen.Elements("none", "low", "LOW", "", "mid").ArrayOf(6))
                                                                                 select (names, vals)).ArrayOf(nd)
                                                                 from ids in Pick(clean, Gen.Constant(Enumerable.Range(0, nd).Select(i => "d" + i.ToString(CultureInfo.InvariantCulture)).ToArray()), Gen.Frequency((3, Gen.Elements("d0", "d1", "d2")), (1, Hostile.Id)).ArrayOf(nd))
                                                                 from nw in Pick(clean, Gen.Constant(nd), Gen.Choose(0, nd + 1))
                                                                 from weights in BGen.D(clean, Gen.Choose(1, 10).Select(i => (double)i)).ArrayOf(nw)
                                                                 from policy in clean ? Gen.Constant(WeightPolicy.Normalize) : BGen.EnumOf<WeightPolicy>()
                                                                 from tie in BGen.EnumOf<TiePolicy>()
                                                                 from nc in Pick(clean, Gen.Choose(1, 6), Gen.Choose(0, 7))
                                                                 from picks in Gen.Choose(0, 7).ArrayOf(nd).ArrayOf(nc)
                                                                 from hostileName in Gen.Frequency((9, Gen.Constant<string?>(null)), (clean ? 0 : 1, Gen.Elements<string?>("nope", "", "HIGH")))
                                                                 select (scales, ids, weights, policy, tie, picks, hostileName), x =>
            Hostile.Check("Gap.Prioritization.WeightedScorecard", () => $"scales=[{string.Join(" | ", x.scales.Select(s => string.Join(",", s.names.Zip(s.vals).Select(t => $"{t.First}={Hostile.Show(t.Second)}"))))}] ids=[{string.Join(",", x.ids)}] w={BGen.S(x.weights)} {x.policy} {x.tie} picks=[{string.Join(";", x.picks.Select(p => string.Join(",", p)))}] name={x.hostileName}", () =>
            {
                BusinessDriver[] drivers = [.. x.scales.Select((s, k) => new BusinessDriver(x.ids[k], RatingScale.Create([.. s.names.Zip(s.vals)])))];
                var card = new WeightedScorecard(drivers, CriteriaWeights.Create(x.weights, x.policy), x.tie);
                string[] candidates = [.. x.picks.Select((_, i) => "p" + i.ToString(CultureInfo.InvariantCulture))];
                IReadOnlyList<string>[] levels = [.. x.picks.Select((p, i) => (IReadOnlyList<string>)[.. p.Select((pick, d) => i == 0 && d == 0 && x.hostileName is not null ? x.hostileName : drivers[d].Scale.Levels[pick % drivers[d].Scale.Levels.Length].Name)])];
                IReadOnlyList<double>[] ratings = [.. x.picks.Select(p => (IReadOnlyList<double>)[.. p.Select((pick, d) => drivers[d].Scale.Levels[pick % drivers[d].Scale.Levels.Length].Value)])];
                ScorecardResult r = card.Evaluate(candidates, levels);
                ScorecardResult r2 = card.Evaluate(card.ToDecisionMatrix(candidates, ratings));
                return (r, r2, r.TotalOf(candidates[0]), r.Contribution(0, 0));
            }));

    // ---------------- value / effort ----------------

    [Fact]
    public void Value_effort_matrix() =>
        Hostile.Property("Gap.Prioritization.ValueEffortMatrix", from clean in BGen.Clean
                                                                 from vt in Gen.Frequency((3, Gen.Constant(-1.0)), (1, BGen.D(clean, Gen.Choose(0, 100).Select(i => (double)i))))
                                                                 from et in Gen.Frequency((3, Gen.Constant(-2.0)), (1, BGen.D(clean, Gen.Choose(0, 100).Select(i => (double)i))))
                                                                 from rule in Gen.Choose(0, 1)
                                                                 from n in Pick(clean, Gen.Choose(1, 12), Hostile.Size)
                                                                 from items in (from id in Pick(clean, Gen.Elements("x"), Hostile.Id)
                                                                                from v in BGen.D(clean, Gen.Choose(0, 100).Select(i => (double)i))
                                                                                from e in BGen.D(clean, Gen.Choose(1, 100).Select(i => (double)i))
                                                                                select (id, v, e)).ArrayOf(n)
                                                                 select (vt, et, rule, items, clean), x =>
            Hostile.Check("Gap.Prioritization.ValueEffortMatrix", () => $"vt={Hostile.Show(x.vt)} et={Hostile.Show(x.et)} rule={x.rule} items=[{string.Join(";", x.items.Take(40).Select(i => $"{i.id}:{Hostile.Show(i.v)}:{Hostile.Show(i.e)}"))}]", () =>
            {
                QuadrantThreshold T(double v) => v == -1 || v == -2 ? (x.rule == 0 ? QuadrantThreshold.Mean : QuadrantThreshold.Median) : QuadrantThreshold.Given(v);
                var matrix = new ValueEffortMatrix(T(x.vt), T(x.et));
                ValueEffortResult r = matrix.Classify(x.items.Select((i, k) => new ValueEffortItem(x.clean ? "i" + k.ToString(CultureInfo.InvariantCulture) : i.id + k.ToString(CultureInfo.InvariantCulture), i.v, i.e)));
                return (r, r.Items.Length > 0 ? r.QuadrantOf(r.Items[0].Id) : ValueEffortQuadrant.QuickWin, Enum.GetValues<ValueEffortQuadrant>().Select(q => r.In(q).Length).ToArray());
            }));

    [Fact]
    public void Regression_mean_and_median_thresholds_of_huge_values_stay_finite()
    {
        // Before the fix: values 1e308 and 1.7e308 summed to +∞, so the mean (and the even-count median) threshold was +∞.
        ValueEffortItem[] items = [new("a", 1e308, 1), new("b", 1.7e308, 2)];
        ValueEffortResult mean = new ValueEffortMatrix(QuadrantThreshold.Mean, QuadrantThreshold.Mean).Classify(items);
        ValueEffortResult median = new ValueEffortMatrix(QuadrantThreshold.Median, QuadrantThreshold.Median).Classify(items);
        Assert.Equal(1.35e308, mean.ValueThreshold, 1e294); // (1e308 + 1.7e308) / 2, computed as 1e308/2 + 1.7e308/2
        Assert.Equal(1.35e308, median.ValueThreshold, 1e294);
        Assert.Equal(1.5, mean.EffortThreshold);
    }

    // ---------------- selection groups ----------------

    [Fact]
    public void Selection_problem_group() =>
        Hostile.Property("Gap.Prioritization.SelectionProblem.Group", from clean in BGen.Clean
                                                                      from n in Pick(clean, Gen.Choose(2, 10), Gen.Choose(0, 12))
                                                                      from values in BGen.D(clean, Gen.Choose(0, 100).Select(i => (double)i), 15).ArrayOf(n)
                                                                      from cost in BGen.D(clean, Gen.Choose(1, 50).Select(i => (double)i), 15).ArrayOf(n)
                                                                      from cap in BGen.D(clean, Gen.Choose(20, 200).Select(i => (double)i))
                                                                      from ng in Gen.Choose(0, 3)
                                                                      from groups in (from name in Pick(clean, Gen.Elements("g"), Gen.Elements("g", "", " ", "h"))
                                                                                      from nm in Gen.Choose(0, 4)
                                                                                      from members in Pick(clean, Gen.Choose(0, Math.Max(0, n - 1)), Gen.Choose(-1, n + 1)).ArrayOf(nm)
                                                                                      from min in Pick(clean, Gen.Choose(0, 2), Hostile.AnyInt)
                                                                                      from max in Gen.Frequency((2, Gen.Constant<int?>(null)), (3, Pick(clean, Gen.Choose(1, 4), Hostile.AnyInt).Select(v => (int?)v)))
                                                                                      select (name, members, min, max)).ArrayOf(ng)
                                                                      select (values, cost, cap, groups, clean), x =>
            Hostile.Check("Gap.Prioritization.SelectionProblem.Group", () => $"values={BGen.S(x.values)} cost={BGen.S(x.cost)} cap={Hostile.Show(x.cap)} groups=[{string.Join(";", x.groups.Select(g => $"{g.name}:[{string.Join(",", g.members)}] {g.min}..{g.max}"))}]", () =>
            {
                string Id(int i) => "p" + i.ToString(CultureInfo.InvariantCulture);
                var row = new ResourceRow("budget", [x.cap], x.cost.Select((c, i) => new KeyValuePair<string, double[]>(Id(i), [c])));
                SelectionProblem p = SelectionProblem.Create(x.values.Select((v, i) => new SelectionCandidate(Id(i), v)), [row]);
                int k = 0;
                foreach ((string name, int[] members, int min, int? max) in x.groups)
                {
                    int[] m = x.clean ? [.. members.Distinct()] : members;
                    if (x.clean && m.Length == 0)
                    {
                        continue;
                    }

                    p = p.Group(x.clean ? name + (k++).ToString(CultureInfo.InvariantCulture) : name, m.Select(Id), min, x.clean && max < min ? min : max);
                }

                return PortfolioSelector.Solve(p, new SelectionOptions(nodeLimit: 5_000));
            }));
}
