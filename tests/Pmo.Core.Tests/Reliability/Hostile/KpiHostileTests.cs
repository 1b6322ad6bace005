using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis;
using Pmo.Core.Kpis.Flow;
using Pmo.Core.Kpis.Spc;

namespace Pmo.Core.Tests.Reliability.Hostile;

/// <summary>Issue 9 §1: hostile inputs for every public entry point of Pmo.Core.Kpis (core, Flow, Spc).</summary>
public sealed class KpiHostileTests
{
    private static readonly Type[] Documented = [typeof(BandSetException)];

    private static readonly ImmutableArray<KpiDefinition> Library = KpiLibrary.All();

    private static readonly Gen<double> Value = Hostile.Mostly(Gen.Frequency((3, AGen.SaneRatio), (1, AGen.SaneSigned)));

    private static readonly Gen<double[]> Thresholds = Hostile.ArrayOf(Hostile.Mostly(AGen.SaneRatio, 8)).Select(a => a.Take(6).ToArray());

    private static readonly Gen<StatusScale> Scales = Gen.Elements(StatusScale.Rag, StatusScale.FiveLevel);

    private static readonly Gen<BandSet?> Bands = AGen.Zip(Scales, Thresholds, Gen.Choose(0, 3)).Select(x => TryBands(x.Item1, x.Item2, x.Item3));

    private static BandSet? TryBands(StatusScale scale, double[] t, int kind)
    {
        try
        {
            return kind switch
            {
                0 => BandSet.HigherIsBetter(scale, t),
                1 => BandSet.LowerIsBetter(scale, t),
                2 => BandSet.Around(scale, t.ElementAtOrDefault(0), t.ElementAtOrDefault(1), [.. t.Skip(2)]),
                _ => null,
            };
        }
        catch (ArgumentException e) when (!string.IsNullOrEmpty(e.ParamName))
        {
            return null;
        }
    }

    private static readonly Gen<LocalDate> Dates = AGen.RareExtremeDate;

    private static readonly Gen<KpiObservation?> Observation =
        from def in Gen.Elements(Library.ToArray())
        from ownKpi in Gen.Frequency((8, Gen.Constant(true)), (1, Gen.Constant(false)))
        from other in Hostile.Id
        from subject in Hostile.Id
        from date in Dates
        from kind in Gen.Choose(0, 5)
        from v in Value
        from n in Value
        from d in Value
        select TryObservation(ownKpi ? def.Id : other, subject, date, kind, v, n, d);

    private static KpiObservation? TryObservation(string kpi, string subject, LocalDate date, int kind, double v, double n, double d)
    {
        try
        {
            return kind switch
            {
                0 => KpiObservation.Missing(kpi, subject, date),
                1 => KpiObservation.Ratio(kpi, subject, date, n, d),
                2 => new KpiObservation(kpi, subject, date, v, n, d),
                _ => new KpiObservation(kpi, subject, date, v),
            };
        }
        catch (ArgumentException e) when (!string.IsNullOrEmpty(e.ParamName))
        {
            return null;
        }
    }

    private static readonly Gen<KpiObservation[]> Observations = Hostile.ArrayOf(Observation).Select(a => a.Where(o => o is not null).Select(o => o!).Take(300).ToArray());

    private static string ShowObs(IEnumerable<KpiObservation> o) => AGen.S(o);

    [Fact]
    public void Observation_factories()
    {
        var gen = AGen.Zip(AGen.Zip(AGen.OrNull(Hostile.Id), AGen.OrNull(Hostile.Id), Dates), AGen.Zip(Value, Value, Value), Gen.Choose(0, 3));
        Hostile.Property("Kpis.KpiObservation", gen, x =>
            Hostile.Check("Kpis.KpiObservation", () => $"{x}", () => x.Item3 switch
            {
                0 => KpiObservation.Missing(x.Item1.Item1!, x.Item1.Item2!, x.Item1.Item3),
                1 => KpiObservation.Ratio(x.Item1.Item1!, x.Item1.Item2!, x.Item1.Item3, x.Item2.Item2, x.Item2.Item3),
                _ => new KpiObservation(x.Item1.Item1!, x.Item1.Item2!, x.Item1.Item3, x.Item2.Item1, x.Item3 == 2 ? x.Item2.Item2 : null, x.Item3 == 2 ? x.Item2.Item3 : null),
            }, Documented));
    }

    [Fact]
    public void BandSet_factories_and_classify()
    {
        // Mostly well-formed factory arguments (the right count, sorted, distinct; for Around: low ≤ high and increasing
        // positive margins) so classification runs; hostile arrays otherwise (the first version reached 5 valid of 1,000).
        Gen<(StatusScale, double[], int)> factory = AGen.Zip(Scales, Gen.Choose(0, 2)).SelectMany(sk => Gen.Frequency(
            (3, WellFormedThresholds(sk.Item1, sk.Item2)),
            (1, Thresholds)).Select(t => (sk.Item1, t, sk.Item2)));
        var gen = AGen.Zip(factory, Hostile.ArrayOf(Value), AGen.Zip(Value, Value, Gen.Elements(true, false)));
        Hostile.Property("Kpis.BandSet", gen, x =>
            Hostile.Check("Kpis.BandSet", () => $"scale={x.Item1.Item1.Id} thresholds={Hostile.Show(x.Item1.Item2)} kind={x.Item1.Item3} values={Hostile.Show(x.Item2)}", () =>
            {
                StatusScale s = x.Item1.Item1;
                double[] t = x.Item1.Item2;
                BandSet b = x.Item1.Item3 switch
                {
                    0 => BandSet.HigherIsBetter(s, t),
                    1 => BandSet.LowerIsBetter(s, t),
                    _ => BandSet.Around(s, t.ElementAtOrDefault(0), t.ElementAtOrDefault(1), [.. t.Skip(2)]),
                };
                int[] ranks = new int[x.Item2.Length];
                b.ClassifyRanks(x.Item2, ranks);
                return (b, x.Item2.Select(b.Classify).ToArray(), x.Item2.Select(b.ClassifyRank).ToArray(), ranks);
            }, Documented)
            && Hostile.Check("Kpis.BandSet", () => $"band lower={Hostile.Show(x.Item3.Item1)} upper={Hostile.Show(x.Item3.Item2)}", () =>
            {
                var band = ToleranceBand.Between(x.Item3.Item1, x.Item3.Item3, x.Item3.Item2, !x.Item3.Item3, StatusScale.Green);
                var others = new[] { ToleranceBand.Above(x.Item3.Item1, StatusScale.Red), ToleranceBand.AtLeast(x.Item3.Item1, StatusScale.Red), ToleranceBand.Below(x.Item3.Item2, StatusScale.Red), ToleranceBand.AtMost(x.Item3.Item2, StatusScale.Red) };
                return (band, band.Contains(x.Item3.Item1), others, new BandSet(StatusScale.Rag, [band, .. others]));
            }, Documented));
    }

    private static Gen<double[]> WellFormedThresholds(StatusScale scale, int kind) =>
        Hostile.Mostly(AGen.SaneSigned, 12).ArrayOf(kind == 2 ? scale.Count : scale.Count - 1).Select(a =>
        {
            if (kind != 2)
            {
                return a.Distinct().Order().ToArray();
            }

            // [low, high, margin₁ < … < margin_{N−2}] with low ≤ high and positive margins.
            double low = Math.Min(a[0], a[1]), high = Math.Max(a[0], a[1]);
            return [low, high, .. a.Skip(2).Select(Math.Abs).Distinct().Order()];
        });

    [Fact]
    public void StatusScale_and_levels()
    {
        var level = AGen.Zip(AGen.OrNull(Hostile.Id), AGen.OrNull(Hostile.Id), Hostile.AnyInt);
        // Mostly valid scales (distinct ids, ranks 0 … n−1 in any order) so Level/Score run; hostile level lists otherwise.
        var valid = Gen.Choose(2, 6).SelectMany(n => Gen.Choose(0, 1000).ArrayOf(n).Select(keys => Enumerable.Range(0, n).OrderBy(i => keys[i]).Select((r, i) => ((string?)("L" + i), (string?)"label", r)).ToArray()));
        var gen = AGen.Zip(Gen.Frequency((3, valid), (1, Hostile.ArrayOf(level).Select(a => a.Take(8).ToArray()))), Gen.Frequency((3, Gen.Choose(0, 5)), (1, Hostile.AnyInt)), AGen.OrNull(Gen.Frequency((4, Gen.Constant("scale")), (1, Hostile.Id))));
        Hostile.Property("Kpis.StatusScale", gen, x =>
            Hostile.Check("Kpis.StatusScale", () => $"levels={AGen.S(x.Item1)} probe={x.Item2} id={x.Item3}", () =>
            {
                StatusLevel[] levels = x.Item1.Select(l => new StatusLevel(l.Item1!, l.Item2!, "#000000", l.Item3)).ToArray();
                var scale = new StatusScale(x.Item3!, levels);
                StatusLevel probe = scale.Level(x.Item2);
                return (scale, scale.Contains(probe), scale.Score(probe), levels.Select(scale.Score).ToArray());
            }, Documented));
    }

    [Fact]
    public void Targets_and_policies()
    {
        var gen = AGen.Zip(Hostile.ArrayOf(AGen.Zip(Dates, Value)), Gen.Frequency((2, Gen.Constant<double?>(null)), (1, Value.Select(v => (double?)v))), AGen.Zip(Dates, Hostile.AnyInt, Hostile.AnyInt));
        Hostile.Property("Kpis.TargetSeries", gen, x =>
            Hostile.Check("Kpis.TargetSeries", () => $"targets={AGen.S(x.Item1)} start={x.Item2} probe={x.Item3}", () =>
            {
                var t = new TargetSeries(x.Item1.Select(p => new KpiTarget(p.Item1, p.Item2)), x.Item2);
                return (t, t.TargetAt(x.Item3.Item1), TargetSeries.Constant(x.Item1.FirstOrDefault().Item2, x.Item2));
            }, Documented)
            && Hostile.Check("Kpis.TargetSeries", () => $"{x.Item3}", () => (MissingDataPolicy.CarryForwardLast(x.Item3.Item2), new ForecastTolerance(x.Item3.Item2, x.Item3.Item3)), Documented)
            && Hostile.Check("Kpis.TargetSeries", () => $"band {x.Item1.FirstOrDefault()} {x.Item2}", () => KpiDirection.TargetBand(x.Item1.FirstOrDefault().Item2, x.Item2 ?? 0), Documented));
    }

    private static readonly Gen<KpiDefinition> Definitions =
        from def in Gen.Elements(Library.ToArray())
        from bands in Bands
        from mode in AGen.Enum<BandMode>()
        from agg in AGen.Enum<AggregationRule>()
        from targets in Gen.Frequency((2, Gen.Constant<TargetSeries?>(null)), (1, Value.Select(v => TryTarget(v))))
        from tweak in Gen.Choose(0, 5)
        select Tweak(def, tweak, bands, mode, agg, targets);

    private static TargetSeries? TryTarget(double v)
    {
        try
        {
            return TargetSeries.Constant(v);
        }
        catch (ArgumentException e) when (!string.IsNullOrEmpty(e.ParamName))
        {
            return null;
        }
    }

    private static KpiDefinition Tweak(KpiDefinition def, int tweak, BandSet? bands, BandMode mode, AggregationRule agg, TargetSeries? targets)
    {
        try
        {
            return tweak switch
            {
                1 => def.WithBands(bands, mode),
                2 => def.WithAggregation(agg),
                3 when targets is not null => def.WithTargets(targets).WithBands(bands, mode),
                4 => def.WithMissingData(MissingDataPolicy.TreatAsWorst),
                _ => def,
            };
        }
        catch (ArgumentException e) when (!string.IsNullOrEmpty(e.ParamName))
        {
            return def;
        }
    }

    [Fact]
    public void KpiEvaluator_evaluate()
    {
        var gen = AGen.Zip(Definitions, Observations, AGen.Zip(Hostile.Id, Dates, Value));
        Hostile.Property("Kpis.KpiEvaluator", gen, x =>
            Hostile.Check("Kpis.KpiEvaluator", () => $"def={x.Item1.Id} obs={ShowObs(x.Item2)} subject={x.Item3.Item1} asOf={x.Item3.Item2} value={Hostile.Show(x.Item3.Item3)}", () =>
            {
                var d = x.Item1;
                var all = KpiEvaluator.EvaluateAll(d, x.Item2, x.Item3.Item2);
                var one = KpiEvaluator.Evaluate(d, x.Item3.Item1, x.Item2.Where(o => o.SubjectId == x.Item3.Item1), x.Item3.Item2, new KpiForecast(AGen.SafePlusDays(x.Item3.Item2, 30), x.Item3.Item3));
                var value = KpiEvaluator.EvaluateValue(d, x.Item3.Item1, x.Item3.Item3, x.Item3.Item2);
                return (all, one, value);
            }, Documented));
    }

    [Fact]
    public void KpiEvaluator_classify_batch()
    {
        var gen = AGen.Zip(Definitions, Hostile.ArrayOf(Value), AGen.Zip(Dates, Hostile.AnyInt));
        Hostile.Property("Kpis.KpiEvaluator.ClassifyBatch", gen, x =>
            Hostile.Check("Kpis.KpiEvaluator.ClassifyBatch", () => $"def={x.Item1.Id} values={Hostile.Show(x.Item2)} skew={x.Item3.Item2}", () =>
            {
                int n = x.Item2.Length;
                int[] ranks = new int[x.Item3.Item2 == 0 ? Math.Max(0, n - 1) : n];
                KpiEvaluator.ClassifyBatch(x.Item1, x.Item2, x.Item3.Item1, ranks);
                double[] targets = x.Item2.Reverse().Take(x.Item3.Item2 == 1 ? n + 1 : n).ToArray();
                int[] ranks2 = new int[n];
                KpiEvaluator.ClassifyBatch(x.Item1, x.Item2, targets, ranks2);
                return (ranks, ranks2);
            }, Documented));
    }

    [Fact]
    public void KpiRollup_aggregate()
    {
        var gen = AGen.Zip(AGen.Enum<AggregationRule>(), Observations, Gen.Frequency((2, Gen.Constant<double[]?>(null)), (1, Hostile.ArrayOf(Value).Select(a => (double[]?)a))));
        Hostile.Property("Kpis.KpiRollup.Aggregate", gen, x =>
            Hostile.Check("Kpis.KpiRollup.Aggregate", () => $"rule={x.Item1} obs={ShowObs(x.Item2)} weights={(x.Item3 is null ? "null" : Hostile.Show(x.Item3))}", () =>
            {
                Func<KpiObservation, double>? weight = x.Item3 is { Length: > 0 } w ? o => w[(o.Date.Day + o.SubjectId.Length) % w.Length] : null;
                return KpiRollup.Aggregate(x.Item1, x.Item2, weight);
            }, Documented));
    }

    private static readonly Gen<KpiHierarchy?> Hierarchies =
        Gen.Frequency(
            (2, Hostile.ArrayOf(Hostile.Id).Select(m => Try(() => KpiHierarchy.Flat("ROOT", m)))),
            (3, Hostile.ArrayOf(AGen.Zip(Hostile.Id, Gen.Frequency((1, Gen.Constant<string?>(null)), (4, Hostile.Id.Select(s => (string?)s))), Hostile.Mostly(Gen.Elements(1.0, 2.0, 0.5))))
                .Select(n => Try(() => new KpiHierarchy(n.Take(20).Select(t => new KpiHierarchyNode(t.Item1, t.Item2, t.Item3)))))));

    private static T? Try<T>(Func<T> make) where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e) when (!string.IsNullOrEmpty(e.ParamName))
        {
            return null;
        }
    }

    [Fact]
    public void KpiHierarchy_constructor()
    {
        var gen = AGen.Zip(Hostile.ArrayOf(AGen.Zip(AGen.OrNull(Hostile.Id), Gen.Frequency((1, Gen.Constant<string?>(null)), (4, Hostile.Id.Select(s => (string?)s))), Hostile.Mostly(Gen.Elements(1.0, 2.0)))), AGen.OrNull(Hostile.Id));
        Hostile.Property("Kpis.KpiHierarchy", gen, x =>
            Hostile.Check("Kpis.KpiHierarchy", () => $"nodes={AGen.S(x.Item1)} probe={x.Item2}", () =>
            {
                var h = new KpiHierarchy(x.Item1.Select(t => new KpiHierarchyNode(t.Item1!, t.Item2, t.Item3)));
                return (h, h.Contains(x.Item2!), h.IndexOf(x.Item2!));
            }, [typeof(KeyNotFoundException)]) // IndexOf: <exception cref="KeyNotFoundException">No node has that id.</exception>
            && Hostile.Check("Kpis.KpiHierarchy", () => $"flat root={x.Item2} members={AGen.S(x.Item1.Select(t => t.Item1))}", () => KpiHierarchy.Flat(x.Item2!, x.Item1.Select(t => t.Item1!)), Documented));
    }

    [Fact]
    public void KpiRollup_values_and_scorecards()
    {
        var rules = Gen.Elements<StatusRollupRule?>(null, StatusRollupRule.WorstWins, StatusRollupRule.LatestWins, StatusRollupRule.Majority, StatusRollupRule.PercentGreen, StatusRollupRule.WorstWins.WithUnknownAsWorst(true));
        var gen = AGen.Zip(AGen.Zip(Definitions, Hierarchies.Where(h => h is not null)), Observations.Select(o => o.Select(Subjects).ToArray()), AGen.Zip(Dates, rules, AGen.Enum<AggregationRule>()));
        Hostile.Property("Kpis.KpiRollup.Values/Scorecards", gen, x =>
            Hostile.Check("Kpis.KpiRollup.Values/Scorecards", () => $"def={x.Item1.Item1.Id} nodes={AGen.S(x.Item1.Item2!.Nodes)} obs={ShowObs(x.Item2)} asOf={x.Item3.Item1} rule={x.Item3.Item2} agg={x.Item3.Item3}", () =>
            {
                var values = KpiRollup.Values(x.Item1.Item1, x.Item1.Item2!, x.Item2, x.Item3.Item1, x.Item3.Item2, x.Item3.Item3);
                var cards = KpiRollup.Scorecards([x.Item1.Item1, .. Library.Take(3)], x.Item1.Item2!, x.Item2, x.Item3.Item1, x.Item3.Item2);
                return (values, cards);
            }, Documented));
    }

    private static KpiObservation Subjects(KpiObservation o) => o; // subjects already come from the shared id pool, matching hierarchy ids

    private static readonly string[] CompositeIds = [.. Library.Take(6).Select(d => d.Id), "X1", "X2"];

    private static readonly Gen<(string, double)[]> CompositeComponents =
        from k in Gen.Choose(1, 6)
        from ids in Gen.Shuffle(CompositeIds)
        from w in Gen.Elements(1.0, 2.0, 0.5).ArrayOf(k)
        from comps in VGen.WithOneHostile(
            ids.Take(k).Select((id, i) => (id, w[i])).ToArray(),
            AGen.Zip(Gen.Frequency((1, Hostile.Id), (1, Gen.Elements(CompositeIds))), Hostile.Mostly(Gen.Elements(1.0, 2.0, 0.5), 2)),
            3)
        select comps;

    private static readonly Gen<BandSet?> CompositeBands = Gen.Frequency(
        (3, Gen.Constant<BandSet?>(null)),
        (3, Gen.Choose(1, 60).SelectMany(a => Gen.Choose(61, 99).Select(b => (BandSet?)BandSet.HigherIsBetter(StatusScale.Rag, a / 100.0, b / 100.0)))),
        (1, Bands));

    private static readonly Gen<StatusLevel?> CompositeStatus = Gen.Elements<StatusLevel?>(null, StatusScale.Red, StatusScale.Amber, StatusScale.Green);

    private static Gen<(string, double?, StatusLevel?)[]> CompositeInputs((string, double)[] comps) =>
        from take in Gen.Elements(true, false).ArrayOf(comps.Length)
        from scores in Gen.Frequency((1, Gen.Constant<double?>(null)), (6, Hostile.SaneProbability.Select(v => (double?)v))).ArrayOf(comps.Length)
        from status in CompositeStatus.ArrayOf(comps.Length)
        from inputs in VGen.WithOneHostile<(string, double?, StatusLevel?)>(
            comps.Select((c, i) => (c.Item1, scores[i], (StatusLevel?)status[i])).Where((_, i) => take[i]).ToArray(),
            AGen.Zip(Gen.Frequency((1, Hostile.Id), (1, Gen.Elements(CompositeIds))), Hostile.AnyDouble.Select(v => (double?)v), CompositeStatus),
            3)
        select inputs;

    [Fact]
    public void KpiScorecard_and_composite()
    {
        // Valid share: distinct component ids (the scorecard's KPI ids plus two others) with sane weights, RAG bands (the
        // veto's scale), inputs naming known components at most once with scores in [0, 1]; one hostile component and
        // one hostile input each in about one draw of three, hostile bands, coverage and subjects now and then. The first
        // version repeated or broke a component in nearly every draw (9 valid of 500).
        var gen = from obs in Observations
                  from asOf in Dates
                  from subject in Hostile.Id
                  from comps in CompositeComponents
                  from bands in CompositeBands
                  from coverage in Hostile.Mostly(Hostile.SaneProbability, 10)
                  from inputs in CompositeInputs(comps)
                  select ((obs, asOf, subject), (comps, bands, coverage), inputs);
        Hostile.Property("Kpis.KpiScorecard/CompositeIndex", gen, x =>
            Hostile.Check("Kpis.KpiScorecard/CompositeIndex", () => $"obs={ShowObs(x.Item1.Item1)} asOf={x.Item1.Item2} subject={x.Item1.Item3} components={AGen.S(x.Item2.Item1)} coverage={Hostile.Show(x.Item2.Item3)} inputs={AGen.S(x.Item3)}", () =>
            {
                KpiScorecard card = KpiScorecard.Evaluate(x.Item1.Item3, Library.Take(6), x.Item1.Item1, x.Item1.Item2, StatusRollupRule.PercentGreen);
                var index = new CompositeIndex("CI", "Composite", x.Item2.Item1.Select(c => new CompositeComponent(c.Item1, c.Item2)), x.Item2.Item2, CompositeVeto.AnyRedCapsAtAmber, x.Item2.Item3);
                return (card, index.Evaluate(x.Item3.Select(i => new CompositeInput(i.Item1, i.Item2, i.Item3))), index.Evaluate(card));
            }, Documented));
    }

    [Fact]
    public void FormulaKpi_and_library()
    {
        var gen = AGen.Zip(Observations, Hostile.ArrayOf(Value), Hostile.ArrayOf(AGen.Positive));
        FormulaKpi csi = KpiLibrary.CostScheduleIndex();
        Hostile.Property("Kpis.FormulaKpi/KpiLibrary", gen, x =>
            Hostile.Check("Kpis.FormulaKpi/KpiLibrary", () => $"obs={ShowObs(x.Item1)} inputs={Hostile.Show(x.Item2)}", () =>
            {
                var extra = x.Item1.Select(o => o.Value is { } v ? new KpiObservation(x.Item2.Length % 2 == 0 ? "CPI" : "SPI", o.SubjectId, o.Date, v) : o);
                return (FormulaKpi.Apply([csi], [.. x.Item1, .. extra]), csi.Compute(x.Item2));
            }, Documented)
            && Hostile.Check("Kpis.FormulaKpi/KpiLibrary", () => $"cv values={Hostile.Show(x.Item3)}", () => KpiLibrary.CoefficientOfVariation(x.Item3), Documented));
    }

    [Fact]
    public void StatusRollup_combine()
    {
        var input = AGen.Zip(Gen.Elements<StatusLevel?>(null, StatusScale.Red, StatusScale.Amber, StatusScale.Green, new StatusLevel("X", "Stray", "#123456", 7)), Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, Dates.Select(d => (LocalDate?)d))));
        var gen = AGen.Zip(Hostile.ArrayOf(input), Hostile.ArrayOf(AGen.Probability).Select(a => a.Take(4).ToArray()), Gen.Choose(0, 4));
        Hostile.Property("Kpis.StatusRollup", gen, x =>
            Hostile.Check("Kpis.StatusRollup", () => $"inputs={AGen.S(x.Item1)} fractions={Hostile.Show(x.Item2)} rule={x.Item3}", () =>
            {
                StatusRollupRule rule = x.Item3 switch
                {
                    0 => StatusRollupRule.WorstWins,
                    1 => StatusRollupRule.LatestWins,
                    2 => StatusRollupRule.Majority,
                    3 => StatusRollupRule.PercentGreen.WithUnknownAsWorst(true),
                    _ => StatusRollupRule.PercentBest(x.Item2),
                };
                return StatusRollup.Combine(StatusScale.Rag, x.Item1.Select(i => new StatusInput(i.Item1, i.Item2)), rule);
            }, Documented));
    }

    // ---------------------------------------------------------------- Flow

    private static readonly Gen<WorkItem?> Item =
        from id in Hostile.Id
        from start in Dates
        from length in Gen.Frequency((6, Gen.Choose(0, 60)), (1, Gen.Choose(-10, -1)), (1, Gen.Constant(int.MinValue)))
        from finished in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select Try(() => new WorkItem(id, start, finished ? AGen.SafePlusDays(start, length) : null));

    private static readonly Gen<WorkItem[]> Items = Hostile.ArrayOf(Item).Select(a => a.Where(i => i is not null).Select(i => i!).Take(400).ToArray());

    private static readonly Gen<WorkdayCalendar> Calendars = Gen.Frequency(
        (3, Gen.Elements(WorkdayCalendar.EveryDay, WorkdayCalendar.MondayToFriday)),
        (1, AGen.Zip(Hostile.ArrayOf(Gen.Elements(Enum.GetValues<IsoDayOfWeek>())), Hostile.ArrayOf(Dates))
            .Select(c => Try(() => new WorkdayCalendar(c.Item1, c.Item2)) ?? WorkdayCalendar.EveryDay)));

    [Fact]
    public void WorkItem_and_calendar()
    {
        var gen = AGen.Zip(AGen.Zip(AGen.OrNull(Hostile.Id), Dates, Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, Dates.Select(d => (LocalDate?)d)))),
            AGen.Zip(Hostile.ArrayOf(AGen.Enum<IsoDayOfWeek>()), Hostile.ArrayOf(Dates)), AGen.Zip(Dates, Dates));
        Hostile.Property("Kpis.Flow.WorkItem/WorkdayCalendar", gen, x =>
            Hostile.Check("Kpis.Flow.WorkItem/WorkdayCalendar", () => $"item={x.Item1}", () => new WorkItem(x.Item1.Item1!, x.Item1.Item2, x.Item1.Item3), Documented)
            && Hostile.Check("Kpis.Flow.WorkItem/WorkdayCalendar", () => $"weekdays={AGen.S(x.Item2.Item1)} holidays={AGen.S(x.Item2.Item2)} from={x.Item3.Item1} to={x.Item3.Item2}", () =>
            {
                var c = new WorkdayCalendar(x.Item2.Item1, x.Item2.Item2);
                return (c.CountWorkingDays(x.Item3.Item1, x.Item3.Item2), c.IsWorkingDay(x.Item3.Item1), c.NextWorkingDayOnOrAfter(x.Item3.Item1));
            }, Documented));
    }

    [Fact]
    public void FlowMetrics_all()
    {
        var gen = AGen.Zip(Items, AGen.Zip(Dates, Dates, AGen.Enum<CycleTimeConvention>()), AGen.Zip(AGen.Probability, AGen.Enum<PercentileDefinition>(), AGen.Zip(AGen.Enum<FlowGranularity>(), Hostile.Mostly(Gen.Choose(1, 30).Select(i => (double)i)), Calendars)));
        Hostile.Property("Kpis.Flow.FlowMetrics", gen, x =>
        {
            var (items, (fromDate, toDate, conv), (p, def, (gran, sle, cal))) = x;
            string input() => $"items={AGen.S(items)} from={fromDate} to={toDate} convention={conv} p={Hostile.Show(p)} def={def} granularity={gran} sle={Hostile.Show(sle)}";
            return Hostile.Check("Kpis.Flow.FlowMetrics", input, () => (FlowMetrics.CycleTimes(items, conv), items.Length > 0 ? FlowMetrics.CycleTime(items[0], conv) : null), Documented)
                && Hostile.Check("Kpis.Flow.FlowMetrics", input, () => FlowMetrics.Ages(items, toDate, conv), Documented)
                && Hostile.Check("Kpis.Flow.FlowMetrics", input, () => FlowMetrics.Attainment(items, sle, conv), Documented)
                && Hostile.Check("Kpis.Flow.FlowMetrics", input, () => FlowMetrics.ServiceLevel(items, p, def, conv), Documented)
                && Hostile.Check("Kpis.Flow.FlowMetrics", input, () => FlowMetrics.Throughput(items, fromDate, toDate, gran), Documented)
                && Hostile.Check("Kpis.Flow.FlowMetrics", input, () => FlowMetrics.WorkInProgress(items, fromDate, toDate, conv), Documented)
                && Hostile.Check("Kpis.Flow.FlowMetrics", input, () => FlowMetrics.WorkingDayThroughput(items, fromDate, toDate, cal), Documented);
        });
    }

    [Fact]
    public void Predictability_and_burn_chart()
    {
        var sprint = AGen.Zip(AGen.OrNull(Hostile.Id), Value, Value);
        var ev = AGen.Zip(Dates, AGen.Enum<ScopeEventKind>(), Hostile.Mostly(Gen.Choose(0, 20).Select(i => (double)i)));
        var gen = AGen.Zip(Hostile.ArrayOf(sprint), Hostile.ArrayOf(ev), AGen.Zip(Dates, Dates));
        Hostile.Property("Kpis.Flow.Predictability/BurnChart", gen, x =>
            Hostile.Check("Kpis.Flow.Predictability/BurnChart", () => $"sprints={AGen.S(x.Item1)}", () => Predictability.Analyze(x.Item1.Select(s => new SprintOutcome(s.Item1!, s.Item2, s.Item3))), Documented)
            && Hostile.Check("Kpis.Flow.Predictability/BurnChart", () => $"events={AGen.S(x.Item2)} from={x.Item3.Item1} to={x.Item3.Item2}", () => BurnChart.FromEvents(x.Item2.Select(e => new ScopeEvent(e.Item1, e.Item2, e.Item3)), x.Item3.Item1, x.Item3.Item2), Documented));
    }

    [Fact]
    public void DeliveryForecast_when_and_how_many()
    {
        // Simulation: keep trials small (the count is the hostile part: 0, 1, negative) so 500 runs stay fast.
        var trials = Gen.Frequency((6, Gen.Choose(1, 200)), (1, Gen.Elements(0, -1, int.MinValue)));
        var scope = Gen.OneOf(
            Hostile.AnyInt.Select(n => Try(() => RemainingScope.Exactly(n))),
            AGen.Zip(Hostile.AnyInt, Hostile.AnyInt).Select(t => Try(() => RemainingScope.Uniform(t.Item1, t.Item2))),
            Hostile.ArrayOf(Hostile.AnyInt).Select(v => Try(() => RemainingScope.FromSamples(v))));
        var options = Gen.Frequency((3, Gen.Constant<DeliveryForecastOptions?>(null)), (1, AGen.Zip(Hostile.AnyInt, Gen.Elements<int?>(null, 1, 2, 0, -1)).Select(o => Try(() => new DeliveryForecastOptions { HorizonDays = o.Item1, MaxDegreeOfParallelism = o.Item2 }))));
        var throughput = Hostile.ArrayOf(Gen.Frequency((8, Gen.Choose(0, 6)), (1, Gen.Elements(-1, int.MaxValue, 1_000_000)))).Select(a => a.Take(200).ToArray());
        var gen = AGen.Zip(AGen.Zip(throughput, scope, Calendars), AGen.Zip(Dates, Dates, trials), AGen.Zip(options, AGen.Probability, Gen.Choose(0, 5000).Select(i => (ulong)i)));
        Hostile.Property("Kpis.Flow.DeliveryForecast", gen, x =>
        {
            var ((tp, rem, cal), (start, end, n), (opt, conf, seed)) = x;
            string input() => $"throughput={AGen.S(tp)} remaining={rem} start={start} end={end} trials={n} horizon={opt?.HorizonDays} conf={Hostile.Show(conf)}";
            return Hostile.Check("Kpis.Flow.DeliveryForecast", input, () =>
            {
                if (rem is null)
                {
                    return null;
                }

                CompletionForecast f = DeliveryForecast.WhenDone(tp, rem, start, cal, n, seed, opt);
                return (object)(f, f.DateAt(conf), f.WorkingDaysAt(conf), f.ProbabilityDoneBy(end));
            }, Documented)
            && Hostile.Check("Kpis.Flow.DeliveryForecast", input, () =>
            {
                ItemCountForecast f = DeliveryForecast.HowMany(tp, start, end, cal, n, seed, opt);
                return (f, f.AtLeast(conf), f.ProbabilityAtLeast(tp.Length));
            }, Documented);
        });
    }

    // ---------------------------------------------------------------- Spc

    private static readonly Gen<XmrOptions?> XmrOptionsGen = Gen.Frequency(
        (3, Gen.Constant<XmrOptions?>(null)),
        (2, from c in AGen.Enum<CentreLine>()
            from d in AGen.Enum<DispersionStatistic>()
            from k in AGen.Enum<ScalingConstant>()
            from s in AGen.Enum<MovingRangeScreening>()
            from b in Gen.Elements<int?>(null, null, 1, 2, 5, 20, int.MaxValue)
            from phases in Hostile.ArrayOf(Hostile.AnyInt).Select(a => a.Take(4).ToArray())
            from floor in Gen.Elements(true, false)
            select Try(() => new XmrOptions { CentreLine = c, Dispersion = d, Constant = k, Screening = s, BaselineLength = b, PhaseStarts = [.. phases], FloorLowerLimitAtZero = floor })));

    private static readonly Gen<double[]> SpcValues = Hostile.ArrayOf(Gen.Frequency((10, AGen.SaneSigned), (1, Hostile.AnyDouble), (2, Gen.Constant(5.0))));

    // Valid-share generators for XmR/SpcRules: a well-formed series (1 … 60 sane values, a plateau of 5s now and then,
    // occasionally scaled by 1e-300, 1e150 or 1e300), valid options (phase starts strictly increasing inside the series, baseline
    // at least 2), a probe index inside the series and a finite target, with one hostile element (a value, the probe, the
    // target, the options) in a minority of draws; half the draws still come from the original hostile generator. The
    // first version broke a rule on nearly every draw (58 valid of 500).
    private static readonly Gen<double[]> WellFormedSpcValues =
        from n in Gen.Frequency((1, Gen.Constant(1)), (2, Gen.Choose(2, 8)), (6, Gen.Choose(9, 60)))
        from values in Gen.Frequency((10, AGen.SaneSigned), (2, Gen.Constant(5.0))).ArrayOf(n)
        from scale in Gen.Frequency((12, Gen.Constant(1.0)), (1, Gen.Elements(1e-300, 1e150, 1e300)))
        from hostile in VGen.WithOneHostile(values.Select(v => v * scale).ToArray(), Hostile.AnyDouble, 5)
        select hostile;

    private static Gen<XmrOptions?> WellFormedXmrOptions(int n) =>
        from c in Gen.Elements(System.Enum.GetValues<CentreLine>())
        from d in Gen.Elements(System.Enum.GetValues<DispersionStatistic>())
        from k in Gen.Elements(System.Enum.GetValues<ScalingConstant>())
        from s in Gen.Elements(System.Enum.GetValues<MovingRangeScreening>())
        from b in Gen.Elements<int?>(null, null, 2, 3, 5, 20)
        from starts in Gen.Choose(1, Math.Max(1, n - 1)).ArrayOf(n > 1 ? 3 : 0).Select(a => a.Distinct().Order().ToArray())
        from nPhases in Gen.Choose(0, starts.Length)
        from floor in Gen.Elements(true, false)
        select Try(() => new XmrOptions { CentreLine = c, Dispersion = d, Constant = k, Screening = s, BaselineLength = b, PhaseStarts = [.. starts.Take(nPhases)], FloorLowerLimitAtZero = floor });

    private static readonly Gen<((double[], XmrOptions?, SpcRuleSets), (ImprovementDirection, double?, int), SpcRuleOptions?)> WellFormedXmr =
        from values in WellFormedSpcValues
        from opts in Gen.Frequency((3, Gen.Constant<XmrOptions?>(null)), (4, WellFormedXmrOptions(values.Length)), (1, XmrOptionsGen))
        from sets in Gen.Frequency((12, Gen.Choose(0, 31)), (1, Gen.Elements(32, 64, -1, int.MaxValue))).Select(i => (SpcRuleSets)i)
        from dir in Gen.Frequency((12, Gen.Elements(System.Enum.GetValues<ImprovementDirection>())), (1, AGen.Enum<ImprovementDirection>()))
        from target in Gen.Frequency((1, Gen.Constant<double?>(null)), (4, Hostile.Mostly(AGen.SaneSigned, 10).Select(v => (double?)v)))
        from probe in Gen.Frequency((10, Gen.Choose(0, values.Length - 1)), (1, Hostile.AnyInt))
        from ruleOpts in Gen.Frequency((3, Gen.Constant<SpcRuleOptions?>(null)), (2, AGen.Zip(Gen.Elements(6, 7), Gen.Elements(6, 7)).Select(o => (SpcRuleOptions?)new SpcRuleOptions { NhsRunLength = o.Item1, NhsTrendLength = o.Item2 })),
            (1, AGen.Zip(Hostile.AnyInt, Hostile.AnyInt).Select(o => Try(() => new SpcRuleOptions { NhsRunLength = o.Item1, NhsTrendLength = o.Item2 }))))
        select ((values, opts, sets), (dir, target, probe), ruleOpts);

    [Fact]
    public void Xmr_rules_and_assurance()
    {
        var hostileGen = AGen.Zip(AGen.Zip(SpcValues, XmrOptionsGen, Gen.Choose(0, 31).Select(i => (SpcRuleSets)i)), AGen.Zip(AGen.Enum<ImprovementDirection>(), Gen.Frequency((1, Gen.Constant<double?>(null)), (2, Value.Select(v => (double?)v))), Hostile.AnyInt),
            Gen.Frequency((3, Gen.Constant<SpcRuleOptions?>(null)), (1, AGen.Zip(Hostile.AnyInt, Hostile.AnyInt).Select(o => Try(() => new SpcRuleOptions { NhsRunLength = o.Item1, NhsTrendLength = o.Item2 })))));
        var gen = Gen.Frequency((1, WellFormedXmr), (1, hostileGen));
        Hostile.Property("Kpis.Spc.XmrChart/SpcRules", gen, x =>
        {
            var ((values, opts, sets), (dir, target, probe), ruleOpts) = x;
            return Hostile.Check("Kpis.Spc.XmrChart/SpcRules", () => $"values={Hostile.Show(values)} phases={(opts is null ? "-" : AGen.S(opts.PhaseStarts))} baseline={opts?.BaselineLength} sets={sets} dir={dir} target={target} probe={probe}", () =>
            {
                XmrChartResult chart = XmrChart.Compute(values, opts);
                SpcEvaluation eval = SpcRules.Evaluate(chart, sets, dir, ruleOpts);
                AssuranceStatus a = Assurance.Evaluate(chart, target, dir);
                return (chart, eval, a, chart.PhaseOf(probe));
            }, Documented);
        });
    }

    [Fact]
    public void RunChart_and_constants()
    {
        var gen = AGen.Zip(SpcValues, AGen.Zip(AGen.Enum<ImprovementDirection>(), Gen.Frequency((2, Gen.Constant<double?>(null)), (1, Value.Select(v => (double?)v))), Hostile.AnyInt),
            AGen.Zip(AGen.Enum<ScalingConstant>(), AGen.Enum<DispersionStatistic>(), AGen.Zip(Value, Value, AGen.Enum<SignalSide>())));
        Hostile.Property("Kpis.Spc.RunChart/Constants", gen, x =>
        {
            var (values, (dir, centre, n), (k, d, (lo, hi, side))) = x;
            return Hostile.Check("Kpis.Spc.RunChart/Constants", () => $"values={Hostile.Show(values)} dir={dir} centre={centre}", () => RunChart.Anhoj(values, dir, centre), Documented)
                && Hostile.Check("Kpis.Spc.RunChart/Constants", () => $"n={n}", () => (RunChart.CrossingsLimit(n), RunChart.LongestRunLimit(n)), Documented)
                && Hostile.Check("Kpis.Spc.RunChart/Constants", () => $"k={k} d={d}", () => (XmrConstants.LimitFactor(k, d), XmrConstants.RangeFactor(k, d)), Documented)
                && Hostile.Check("Kpis.Spc.RunChart/Constants", () => $"lo={Hostile.Show(lo)} hi={Hostile.Show(hi)} target={centre} dir={dir} side={side}", () => (Assurance.Evaluate(lo, hi, centre, dir), SpcRules.Interpret(side, dir)), Documented)
                && Hostile.Check("Kpis.Spc.RunChart/Constants", () => $"signal n={n} side={side}", () => new SpcSignal(n, Math.Max(n, int.MinValue + 1) - 1, "R", side, SpcRules.Interpret(SignalSide.Above, ImprovementDirection.Neutral), n), Documented);
        });
    }

    // ---------------------------------------------------------------- regressions found by the properties above

    [Fact]
    public void Calendar_counts_up_to_the_last_representable_date()
    {
        Assert.Equal(2, WorkdayCalendar.EveryDay.CountWorkingDays(new LocalDate(9999, 12, 30), LocalDate.MaxIsoValue));
        var fridaysOff = new WorkdayCalendar([IsoDayOfWeek.Friday]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => fridaysOff.NextWorkingDayOnOrAfter(LocalDate.MaxIsoValue)); // 9999-12-31 is a Friday
        Assert.Equal("date", e.ParamName);
    }

    [Fact]
    public void Weekly_throughput_ending_on_the_last_representable_date()
    {
        FlowSeries s = FlowMetrics.Throughput([new WorkItem("A", new LocalDate(9999, 12, 20), LocalDate.MaxIsoValue)], new LocalDate(9999, 12, 20), LocalDate.MaxIsoValue, FlowGranularity.Week);
        Assert.Equal(LocalDate.MaxIsoValue, s.PeriodEnds[^1]);
    }

    [Fact]
    public void Burn_chart_whose_scope_overflows_throws_naming_events()
    {
        // Found by a 5,000-input run: two removals of 1.7e308 each take the cumulative scope to −∞.
        LocalDate d = new(2026, 1, 5);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BurnChart.FromEvents(
            [new ScopeEvent(d, ScopeEventKind.Removed, 1.7e308), new ScopeEvent(d.PlusDays(1), ScopeEventKind.Removed, 1.7e308)], d, d.PlusDays(3)));
        Assert.Equal("events", e.ParamName);
    }

    [Fact]
    public void Forecast_horizon_past_the_calendar_throws_naming_start()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DeliveryForecast.WhenDone([1, 2], RemainingScope.Exactly(3), new LocalDate(9999, 12, 1), WorkdayCalendar.EveryDay, 10, 1));
        Assert.Equal("start", e.ParamName);
    }

    [Fact]
    public void Say_do_ratio_that_overflows_is_undefined_with_a_diagnostic()
    {
        Predictability p = Predictability.Analyze([new SprintOutcome("B", double.Epsilon, 1e-12), new SprintOutcome("C", 1, 1)]);
        Assert.Null(p.SayDoRatios[0]);
        Assert.Contains(p.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "SayDo");
    }

    [Fact]
    public void Coefficient_of_variation_that_overflows_is_null() =>
        Assert.Null(KpiLibrary.CoefficientOfVariation([1184, -1e300, 9275.1]));

    [Fact]
    public void Ratio_of_sums_that_overflows_reports_null_sums()
    {
        var d = new LocalDate(2026, 1, 1);
        KpiAggregate a = KpiRollup.Aggregate(AggregationRule.RatioOfSums, [KpiObservation.Ratio("cpi", "A", d, 1e308, 1), KpiObservation.Ratio("cpi", "B", d, 1e308, 1)]);
        Assert.Null(a.Numerator);
        Assert.Null(a.Value);
        Assert.Contains(a.Diagnostics, x => x.Kind == DiagnosticKind.Undefined);
    }
}
