using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Risk;
using Pmo.Core.Risk.Simulation;
using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>
/// Issue 9 §1 (gap families): hostile inputs for the Risk entry points the first pass left out — the definition factories
/// of scales and matrices, <see cref="RiskModifiers"/>, the <see cref="ImpactAggregation"/> variants, relative scales with a
/// <see cref="ScaleContext"/>, <see cref="RiskEvent.FromRegister"/> and <see cref="MonteCarloContingencyEstimator"/>.
/// </summary>
public sealed class GapRiskHostileTests
{
    private static Gen<T> Pick<T>(bool clean, Gen<T> sane, Gen<T> hostile) => BGen.Pick(clean, sane, hostile);

    private static readonly string[] Dimensions = [RiskDimensions.Cost, RiskDimensions.Schedule, RiskDimensions.Quality];

    // ---------------- scale definitions ----------------

    [Fact]
    public void Scale_definitions_from_definition() =>
        Hostile.Property("Gap.Risk.ScaleDefinitions.FromDefinition", from clean in BGen.Clean
                                                                     from p in GapGen.Levels(probability: true)
                                                                     from i in GapGen.Levels(probability: false)
                                                                     from basis in Pick(clean, Gen.Elements(Enum.GetValues<ThresholdBasis>()), BGen.EnumOf<ThresholdBasis>())
                                                                     from dim in Pick(clean, Gen.Elements(Dimensions), Gen.Elements("", " ", "x"))
                                                                     from nullLevels in Gen.Frequency((30, Gen.Constant(false)), (1, Gen.Constant(true)))
                                                                     from budget in BGen.D(clean, Gen.Elements(1000.0, 50_000.0, 1e6))
                                                                     from raw in BGen.D(clean, Hostile.SanePositive)
                                                                     from prob in BGen.D(clean, Hostile.SaneProbability)
                                                                     select (p, i, basis, dim, nullLevels, budget, raw, prob), x =>
            Hostile.Check("Gap.Risk.ScaleDefinitions.FromDefinition", () => $"p={GapGen.Show(x.p)} i={GapGen.Show(x.i)} basis={x.basis} dim='{x.dim}' nullLevels={x.nullLevels} budget={Hostile.Show(x.budget)} duration={Hostile.Show(x.budget / 1000)} raw={Hostile.Show(x.raw)} prob={Hostile.Show(x.prob)}", () =>
            {
                ProbabilityScale ps = ProbabilityScale.FromDefinition(new ProbabilityScaleDefinition { Levels = x.nullLevels ? null! : x.p! });
                ImpactScale imp = ImpactScale.FromDefinition(new ImpactScaleDefinition { Dimension = x.dim, Unit = "u", Basis = x.basis, Levels = x.i! });
                var context = new ScaleContext(x.budget, x.budget / 1000);
                ImpactScale resolved = imp.Resolve(context);
                bool roundTrip = ProbabilityScale.FromDefinition(ps.ToDefinition()).Equals(ps) && ImpactScale.FromDefinition(imp.ToDefinition()).Equals(imp);
                return (roundTrip, ps.LevelOf(x.prob), ps.ValueOf(ps.Count), ps.MaxValue, imp.LevelOf(x.raw, context), resolved.LevelOf(x.raw),
                    resolved.MaxValue, Enumerable.Range(1, resolved.Count).Select(resolved.ValueOf).ToArray(),
                    resolved.Levels.Select(l => (l.Value, l.Lower, Upper: double.IsPositiveInfinity(l.Upper) ? 0 : l.Upper)).ToArray());
            }, r => r.roundTrip ? null : "ToDefinition → FromDefinition did not give an equal scale", typeof(RiskScaleException)));

    [Fact]
    public void Regression_resolve_of_a_relative_point_scale_overflowing_to_infinity_is_rejected()
    {
        // Before the fix: point values 1e300 … 3e300 × budget 1e10 = +∞ became the resolved scale's values (and MaxValue).
        var scale = new ImpactScale(RiskDimensions.Cost, "", ThresholdBasis.FractionOfBudget, [ScaleLevel.Point("a", 1e300), ScaleLevel.Point("b", 2e300), ScaleLevel.Point("c", 3e300)]);
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => scale.Resolve(new ScaleContext(budget: 1e10)));
        Assert.Equal("context", e.ParamName);
    }

    // ---------------- matrix definitions ----------------

    private static readonly RiskMatrixDefinition[] CleanMatrices =
    [
        RiskMatrixPresets.Pmbok5x5().ToDefinition(),
        RiskMatrixPresets.Simple3x3().ToDefinition(),
        RiskMatrixPresets.Ordinal5x5().ToDefinition(),
        RiskMatrix.FromScores("split", [[1, 2, 3], [2, 4, 6], [3, 6, 9]], RiskMatrixPresets.Bands(3, 6), [[1, 1, 2], [1, 2, 3], [2, 3, 5]]).ToDefinition(),
    ];

    private static RiskMatrixDefinition MutateMatrix(RiskMatrixDefinition d, int kind, int r, int c, double v)
    {
        List<List<RiskMatrixCellDefinition?>> cells = [.. d.ThreatCells.Select(row => row.Select(cell => (RiskMatrixCellDefinition?)cell).ToList())];
        r = Math.Min(r, cells.Count - 1);
        if (r < 0)
        {
            return d;
        }

        c = Math.Min(c, cells[r].Count - 1);
        if (c < 0 || (cells[r][c] is null && kind is 0 or 1 or >= 11))
        {
            return d;
        }

        switch (kind)
        {
            case 0: cells[r][c] = cells[r][c]! with { Score = v }; break;
            case 1: cells[r][c] = cells[r][c]! with { Band = v > 0 ? "nope" : "" }; break;
            case 2: cells[r][c] = null; break;
            case 3: cells[r].RemoveAt(c); break;
            case 4: cells.RemoveAt(r); break;
            case 5: return d with { Bands = [.. d.Bands.Select((b, k) => k == 0 ? b with { Rank = double.IsNaN(v) ? -1 : (int)Math.Clamp(v, -5, 5) } : b)] };
            case 6: return d with { Bands = [.. d.Bands, d.Bands[0]] };
            case 7: return d with { ProbabilityAxis = (ProbabilityAxisDirection)99, ImpactAxis = (ImpactAxisDirection)(-1) };
            case 8: return d with { OpportunityCells = [.. d.ThreatCells.Take(Math.Max(0, d.ThreatCells.Count - 1))] };
            case 9: return d with { Name = " ", BandScaleId = "" };
            case 10: return d with { Bands = [d.Bands[0] with { Colour = "" }, .. d.Bands.Skip(1)] };
            default: cells[r][c] = cells[r][c]! with { Score = v, Colour = "" }; break;
        }

        return d with { ThreatCells = [.. cells.Select(row => (IReadOnlyList<RiskMatrixCellDefinition>)[.. row.Select(cell => cell!)])] };
    }

    [Fact]
    public void Risk_matrix_from_definition() =>
        Hostile.Property("Gap.Risk.RiskMatrix.FromDefinition", from clean in BGen.Clean
                                                               from m in Gen.Choose(0, CleanMatrices.Length - 1)
                                                               from nm in Gen.Choose(1, 2)
                                                               from muts in clean ? Gen.Constant(Array.Empty<(int, int, int, double)>())
                                                                   : (from k in Gen.Choose(0, 11)
                                                                      from r in Gen.Choose(0, 4)
                                                                      from c in Gen.Choose(0, 4)
                                                                      from v in Hostile.AnyDouble
                                                                      select (k, r, c, v)).ArrayOf(nm)
                                                               from p in Pick(clean, Gen.Choose(1, 5), Hostile.AnyInt)
                                                               from i in Pick(clean, Gen.Choose(1, 5), Hostile.AnyInt)
                                                               from kind in BGen.EnumOf<RiskKind>()
                                                               select (m, muts, p, i, kind), x =>
            Hostile.Check("Gap.Risk.RiskMatrix.FromDefinition", () => $"matrix={x.m} mutations=[{string.Join(";", x.muts.Select(t => $"{t.Item1}@{t.Item2},{t.Item3}:{Hostile.Show(t.Item4)}"))}] cell=({x.p},{x.i}) {x.kind}", () =>
            {
                RiskMatrixDefinition d = CleanMatrices[x.m];
                foreach ((int k, int r, int c, double v) in x.muts)
                {
                    d = MutateMatrix(d, k, r, c, v);
                }

                RiskMatrix matrix = RiskMatrix.FromDefinition(d);
                int pi = Math.Clamp(x.p, 1, matrix.Rows), ii = Math.Clamp(x.i, 1, matrix.Columns);
                RiskScoringModel model = RiskScoringModel.WithMatrix(RiskMatrixPresets.EqualProbabilityRanges(matrix.Rows), [RiskMatrixPresets.PmbokImpact(RiskDimensions.Cost)], matrix);
                return (matrix.MaxScore, matrix.Cell(pi, ii, x.kind), matrix.Cell(x.p, x.i).Score, RiskMatrix.FromDefinition(matrix.ToDefinition()).MaxScore == matrix.MaxScore, model);
            }, typeof(RiskMatrixException), typeof(RiskScaleException)));

    // ---------------- modifiers ----------------

    private static readonly Gen<double?> FactorValue = Gen.Frequency((2, Gen.Constant<double?>(null)), (6, Gen.Choose(0, 10).Select(i => (double?)(i / 10.0))), (1, Hostile.AnyDouble.Select(v => (double?)v)));

    private static Gen<double?[]> Factors => FactorValue.ArrayOf(5);

    [Fact]
    public void Risk_modifiers() =>
        Hostile.Property("Gap.Risk.RiskModifiers", from clean in BGen.Clean
                                                   from mode in Pick(clean, Gen.Elements(Enum.GetValues<ModifierMode>()), BGen.EnumOf<ModifierMode>())
                                                   from nw in Gen.Choose(0, 5)
                                                   from weights in (from f in Pick(clean, Gen.Elements(Enum.GetValues<RiskFactor>()), BGen.EnumOf<RiskFactor>())
                                                                    from w in Pick(clean, Gen.Choose(0, 20).Select(i => i / 10.0), Gen.Frequency((1, Hostile.AnyDouble), (1, Gen.Elements(1e308, double.MaxValue, 1e300))))
                                                                    select (f, w)).ArrayOf(nw)
                                                   from scores in Gen.Frequency((1, Gen.Constant<double?>(null)), (6, BGen.D(clean, Gen.Choose(0, 25).Select(i => (double)i)).Select(v => (double?)v)),
                                                       (clean ? 0 : 1, Gen.Elements<double?>(1e308, double.MaxValue, -1e308))).ArrayOf(4)
                                                   from fa in Pick(clean, Gen.Choose(0, 10).Select(i => (double?)(i / 10.0)), FactorValue).ArrayOf(5)
                                                   from fb in Factors
                                                   select (mode, weights, scores, fa, fb), x =>
            Hostile.Check("Gap.Risk.RiskModifiers", () => $"{x.mode} weights=[{string.Join(",", x.weights.Select(w => $"{w.f}={Hostile.Show(w.w)}"))}] scores=[{string.Join(",", x.scores.Select(GapGen.Show))}] fa=[{string.Join(",", x.fa.Select(GapGen.Show))}] fb=[{string.Join(",", x.fb.Select(GapGen.Show))}]", () =>
            {
                var m = new RiskModifiers(x.mode, x.weights.Select(w => new KeyValuePair<RiskFactor, double>(w.f, w.w)));
                var a = new RiskFactors(x.fa[0], x.fa[1], x.fa[2], x.fa[3], x.fa[4]);
                var b = new RiskFactors(x.fb[0], x.fb[1], x.fb[2], x.fb[3], x.fb[4]);
                // The comparer is called directly: List.Sort would wrap its documented ArgumentOutOfRangeException in an InvalidOperationException.
                IComparer<(double? S, RiskFactors F)> comparer = m.Comparer<(double? S, RiskFactors F)>(t => t.S, t => t.F);
                int[] pairwise = [.. x.scores.Select((s, k) => comparer.Compare((s, k % 2 == 0 ? a : b), (x.scores[^1], b)))];
                return (m.Apply(x.scores[0], a), m.Apply(x.scores[1], b), m.Compare(x.scores[0], a, x.scores[1], b), Enum.GetValues<RiskFactor>().Select(m.Weight).ToArray(), m.SortKeys, pairwise);
            }));

    [Fact]
    public void Regression_modifier_overflowing_the_score_is_rejected()
    {
        // Before the fix: score 1e308 × (1 + 10 × 1) = +∞ was returned as the modified score.
        var m = new RiskModifiers(ModifierMode.Multiplicative, [new(RiskFactor.Urgency, 10)]);
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => m.Apply(1e308, new RiskFactors(urgency: 1)));
        Assert.Equal("score", e.ParamName);
    }

    [Fact]
    public void Regression_modifier_weights_whose_sum_overflows_are_rejected()
    {
        // Before the fix: weights 1e308 each summed to +∞, so 0 × (1 + ∞) = NaN was returned for a score of 0.
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() =>
            new RiskModifiers(ModifierMode.Multiplicative, [new(RiskFactor.Urgency, 1e308), new(RiskFactor.Proximity, 1e308)]));
        Assert.Equal("weights", e.ParamName);
    }

    // ---------------- impact aggregation with relative scales ----------------

    private static ImpactScale Relative(string dim, ThresholdBasis basis) => new(dim, "fraction", basis,
    [
        ScaleLevel.HalfOpen("VL", 1, 0, 0.01), ScaleLevel.HalfOpen("L", 2, 0.01, 0.05), ScaleLevel.HalfOpen("M", 3, 0.05, 0.1),
        ScaleLevel.HalfOpen("H", 4, 0.1, 0.2), ScaleLevel.HalfOpen("VH", 5, 0.2, double.PositiveInfinity),
    ]);

    [Fact]
    public void Impact_aggregation_variants() =>
        Hostile.Property("Gap.Risk.ImpactAggregation", from clean in BGen.Clean
                                                       from agg in Gen.Choose(0, 3)
                                                       from nw in Gen.Choose(0, 4)
                                                       from weights in (from d in Pick(clean, Gen.Elements(Dimensions), Gen.Elements(RiskDimensions.Cost, "", " ", "scope", RiskDimensions.Quality))
                                                                        from w in Pick(clean, Gen.Choose(0, 10).Select(i => i / 2.0), Gen.Frequency((1, Hostile.AnyDouble), (1, Gen.Elements(1e308, double.MaxValue))))
                                                                        select (d, w)).ArrayOf(nw).Select(a => clean ? [.. Dimensions.Select((d, k) => (d, k == 0 ? 1.0 : a.Length > k ? a[k].w : 0.5))] : a)
                                                       from method in Gen.Choose(0, 3)
                                                       from relative in Gen.Elements(true, false)
                                                       from budget in Gen.Frequency((1, Gen.Constant<double?>(null)), (6, BGen.D(clean, Gen.Elements(1e4, 1e6)).Select(v => (double?)v)))
                                                       from duration in Gen.Frequency((1, Gen.Constant<double?>(null)), (6, BGen.D(clean, Gen.Elements(50.0, 200.0)).Select(v => (double?)v)))
                                                       from p in BGen.D(clean, Hostile.SaneProbability)
                                                       from imp in Gen.Frequency((1, Gen.Constant<double?>(null)), (5, BGen.D(clean, Hostile.SanePositive).Select(v => (double?)v)), (clean ? 0 : 1, Gen.Elements<double?>(1e308, double.MaxValue))).ArrayOf(3)
                                                       from kind in BGen.EnumOf<RiskKind>()
                                                       select (agg, weights, method, relative, budget, duration, p, imp, kind), x =>
            Hostile.Check("Gap.Risk.ImpactAggregation", () => $"agg={x.agg} weights=[{string.Join(",", x.weights.Select(w => $"'{w.d}'={Hostile.Show(w.w)}"))}] method={x.method} relative={x.relative} budget={GapGen.Show(x.budget)} duration={GapGen.Show(x.duration)} p={Hostile.Show(x.p)} imp=[{string.Join(",", x.imp.Select(GapGen.Show))}] {x.kind}", () =>
            {
                ImpactAggregation aggregation = x.agg switch
                {
                    0 => ImpactAggregation.Max,
                    1 => ImpactAggregation.Mean,
                    2 => ImpactAggregation.PerDimensionMax,
                    _ => ImpactAggregation.WeightedMean(x.weights.Select(w => new KeyValuePair<string, double>(w.d, w.w))),
                };
                ImpactScale[] scales = x.relative
                    ? [Relative(RiskDimensions.Cost, ThresholdBasis.FractionOfBudget), Relative(RiskDimensions.Schedule, ThresholdBasis.FractionOfDuration), RiskMatrixPresets.PmbokImpact(RiskDimensions.Quality)]
                    : [.. Dimensions.Select(RiskMatrixPresets.PmbokImpact)];
                var context = x.budget is null && x.duration is null ? null : new ScaleContext(x.budget, x.duration);
                ProbabilityScale ps = RiskMatrixPresets.PmbokProbability();
                RiskScoringModel model = x.method switch
                {
                    0 => RiskScoringModel.NumericProduct(ps, scales, RiskMatrixPresets.Bands(0.05, 0.2), aggregation, context),
                    1 => RiskScoringModel.OrdinalProduct(ps, scales, null, aggregation, context),
                    2 => RiskScoringModel.WithFormula(ps, scales, ScoreFormula.PTimesIPlusI, null, aggregation, context),
                    _ => RiskScoringModel.WithMatrix(ps, scales, RiskMatrixPresets.Pmbok5x5(), aggregation, context),
                };
                var impacts = Dimensions.Select((d, k) => (d, v: x.imp[k])).Where(t => t.v is not null).Select(t => new KeyValuePair<string, double>(t.d, t.v!.Value));
                var a = new RiskAssessment(x.p, impacts);
                double[] batchImpacts = [.. Dimensions.Order(StringComparer.Ordinal).Select(d => x.imp[Array.IndexOf(Dimensions, d)] ?? double.NaN)];
                var scores = new double[1];
                var ranks = new int[1];
                model.ScoreBatch([x.p], batchImpacts, scores, ranks, x.kind);
                RiskScoreDetail detail = model.ScoreDetail(a, x.kind);
                // Documented for ScoreBatch: "Undefined scores are NaN and their band rank −1" — undefined exactly when the
                // single-risk path says so (no estimate, or every assessed dimension weighs 0 in a weighted mean).
                bool undefined = double.IsNaN(scores[0]) && ranks[0] == -1 && detail.Score is null;
                return (detail, model.Score(a, x.kind), undefined ? 0 : scores[0], aggregation.Weights);
            }, typeof(RiskScaleException), typeof(RiskMatrixException)));

    [Fact]
    public void Regression_weighted_mean_with_a_huge_weight_scores_without_overflow()
    {
        // Before the fix: weight 1e308 × impact level 5 = +∞ in the weighted sum, then (int)Math.Floor(∞) threw
        // OverflowException. The weighted mean is scale-invariant: weights {cost: 1e308, schedule: 1e308} behave as {1, 1}.
        ImpactScale[] scales = [RiskMatrixPresets.PmbokImpact(RiskDimensions.Cost), RiskMatrixPresets.PmbokImpact(RiskDimensions.Schedule)];
        ImpactAggregation huge = ImpactAggregation.WeightedMean([new(RiskDimensions.Cost, 1e308), new(RiskDimensions.Schedule, 1e308)]);
        ImpactAggregation unit = ImpactAggregation.WeightedMean([new(RiskDimensions.Cost, 1), new(RiskDimensions.Schedule, 1)]);
        RiskAssessment a = RiskAssessment.Create(0.5, costImpact: 1e9, scheduleImpact: 1e9);
        RiskScoreDetail h = RiskScoringModel.NumericProduct(RiskMatrixPresets.PmbokProbability(), scales, aggregation: huge).ScoreDetail(a);
        RiskScoreDetail u = RiskScoringModel.NumericProduct(RiskMatrixPresets.PmbokProbability(), scales, aggregation: unit).ScoreDetail(a);
        Assert.Equal(u.Score, h.Score);
        Assert.Equal(u.ImpactLevel, h.ImpactLevel);
        Assert.Equal(u.ImpactLevelMean, h.ImpactLevelMean);
    }

    // ---------------- register → simulation ----------------

    private sealed record EntrySpec(RiskKind Kind, double P, double? Cost, double? Sched, double? ResP, RiskStatus Status, string[] Activities, string? Project)
    {
        public override string ToString() =>
            $"{Kind}/p={Hostile.Show(P)}/c={GapGen.Show(Cost)}/s={GapGen.Show(Sched)}/res={GapGen.Show(ResP)}/{Status}/acts=[{string.Join(",", Activities)}]/{Project}";

        public RiskEntry Build(int k) => new("R" + k.ToString(CultureInfo.InvariantCulture), "risk " + k.ToString(CultureInfo.InvariantCulture), Kind, RiskAssessment.Create(P, Cost, Sched), new LocalDate(2026, 1, 1),
            status: Status, residual: ResP is double rp ? RiskAssessment.Create(rp, Cost, Sched) : null, projectId: Project, activityIds: Activities);
    }

    private static Gen<EntrySpec> Entry(bool clean, int activities) =>
        from kind in clean ? Gen.Elements(RiskKind.Threat, RiskKind.Opportunity) : BGen.EnumOf<RiskKind>()
        from p in BGen.D(clean, Hostile.SaneProbability)
        from c in Gen.Frequency((1, Gen.Constant<double?>(null)), (4, BGen.D(clean, Hostile.SanePositive).Select(v => (double?)v)), (clean ? 0 : 1, Gen.Elements<double?>(1e300, 1e308, double.MaxValue)))
        from s in Gen.Frequency((1, Gen.Constant<double?>(null)), (4, BGen.D(clean, Gen.Choose(0, 20).Select(v => (double)v)).Select(v => (double?)v)), (clean ? 0 : 1, Gen.Elements<double?>(1e300, 1e308)))
        from rp in Gen.Frequency((3, Gen.Constant<double?>(null)), (1, BGen.D(clean, Hostile.SaneProbability).Select(v => (double?)v)))
        from st in clean ? Gen.Elements(RiskStatus.Open, RiskStatus.Open, RiskStatus.Closed) : BGen.EnumOf<RiskStatus>()
        from na in clean ? Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 2))) : Gen.Choose(0, 2)
        from acts in Pick(clean, Gen.Choose(0, Math.Max(0, activities - 1)).Select(i => "T" + i.ToString(CultureInfo.InvariantCulture)), Gen.Frequency((4, Gen.Choose(0, activities + 2).Select(i => "T" + i.ToString(CultureInfo.InvariantCulture))), (1, Hostile.Id))).ArrayOf(na)
        from proj in clean && acts.Length > 0 ? Gen.Elements<string?>("P1", "P1", "P2") : Gen.Elements<string?>("P1", "P1", "P2", null)
        select new EntrySpec(kind, p, c, s, rp, st, acts, proj);

    private static readonly Gen<(double Low, double High)?> SpreadGen =
        Gen.Frequency((3, Gen.Constant<(double, double)?>(null)), (4, Gen.Elements<(double, double)?>((0.5, 1.5), (1, 1), (0, 2), (0.8, 1.2))),
            (1, Hostile.AnyDouble.SelectMany(a => Hostile.AnyDouble.Select(b => ((double, double)?)(a, b)))), (1, Gen.Elements<(double, double)?>((0.5, 1e300), (0, double.MaxValue))));

    [Fact]
    public void Risk_event_from_register() =>
        Hostile.Property("Gap.Risk.RiskEvent.FromRegister", from clean in BGen.Clean
                                                            from e in Entry(clean, 5)
                                                            from stage in BGen.EnumOf<AssessmentStage>()
                                                            from spread in SpreadGen
                                                            select (e, stage, spread), x =>
            Hostile.Check("Gap.Risk.RiskEvent.FromRegister", () => $"{x.e} {x.stage} spread={x.spread}", () =>
            {
                RiskEvent ev = RiskEvent.FromRegister(x.e.Build(0), x.stage, x.spread);
                return (ev, ev.Impacts.Select(i => (i.Amount.Mean, i.Amount.Variance, i.Amount.Quantile(0.5))).ToArray(), ev.CostImpact?.Mean, ev.CostImpact?.Variance);
            }));

    private sealed record McInput(BNetworkSpec Net, EntrySpec[] Risks, int Iterations, SamplingMethod Sampling, double Level, (double Low, double High)? Spread, string? Project, AssessmentStage Stage)
    {
        public override string ToString() =>
            $"{Net} risks=[{string.Join(" | ", Risks.Select(r => r.ToString()))}] it={Iterations} {Sampling} level={Hostile.Show(Level)} spread={Spread} project={Project} {Stage}";
    }

    private static readonly Gen<McInput> McInputs =
        from clean in BGen.Clean
        from net in BGen.Network
        from nr in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 6)))
        from risks in Gen.CollectToArray(Enumerable.Range(0, nr).Select(_ => Entry(clean, net.Activities.Length)))
        from it in Pick(clean, Gen.Choose(1, 48), Hostile.AnyInt.Where(i => i < 100))
        from sampling in clean ? Gen.Elements(SamplingMethod.MonteCarlo, SamplingMethod.LatinHypercube) : BGen.EnumOf<SamplingMethod>()
        from level in BGen.D(clean, Gen.Elements(0.5, 0.8, 0.9))
        from spread in SpreadGen
        from project in Gen.Elements<string?>(null, "P1", "nope")
        from stage in clean ? Gen.Elements(AssessmentStage.Inherent, AssessmentStage.Residual) : BGen.EnumOf<AssessmentStage>()
        select new McInput(net, risks, it, sampling, level, spread, project, stage);

    [Fact]
    public void Monte_carlo_contingency_estimator() =>
        Hostile.Property("Gap.Risk.MonteCarloContingencyEstimator", McInputs, x =>
            Hostile.Check("Gap.Risk.MonteCarloContingencyEstimator", () => x.ToString(), () =>
            {
                ActivityNetwork net = x.Net.Build();
                SimulationModel model = SimulationModel.Create(net, net.Activities.Take(3).Select(a => new ActivityUncertainty(a.Id, Distribution.Triangular(a.Duration * 0.8, a.Duration, (a.Duration * 1.5) + 1))));
                var register = new RiskRegister(x.Risks.Select((r, k) => r.Build(k)));
                var estimator = new MonteCarloContingencyEstimator(model, new SimulationOptions(x.Iterations, 7, x.Sampling, maxDegreeOfParallelism: 1), x.Level, x.Spread, x.Project);
                return estimator.Estimate(register, x.Stage);
            }));
}
