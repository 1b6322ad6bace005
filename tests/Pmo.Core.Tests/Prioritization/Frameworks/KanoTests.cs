using FsCheck;
using FsCheck.Fluent;
using Pmo.Core.Common;
using Pmo.Core.Prioritization;
using static Pmo.Core.Prioritization.KanoAnswer;
using static Pmo.Core.Prioritization.KanoCategory;

namespace Pmo.Core.Tests.Prioritization.Frameworks;

/// <summary>Kano: the evaluation table, modes and tie rules, better/worse coefficients, undefined cases, validation.</summary>
public class KanoTests
{
    /// <summary>
    /// The Kano evaluation table as printed in Berger et al. (1993), "Kano's methods for understanding customer-defined
    /// quality", Center for Quality Management Journal 2(4), and reproduced in Matzler and Hinterhuber (1998),
    /// Technovation 18(1), Table 1: rows functional answer, columns dysfunctional answer, order Like, Must-be, Neutral,
    /// Live-with, Dislike. Typed from the well-known table (memory, cross-checked against the sathvickollu.com
    /// classifier's description of the three "intuitive cases"), not produced by our code.
    /// </summary>
    private static readonly KanoCategory[][] BergerTable =
    [
        [Questionable, Attractive, Attractive, Attractive, OneDimensional],
        [Reverse, Indifferent, Indifferent, Indifferent, KanoCategory.MustBe],
        [Reverse, Indifferent, Indifferent, Indifferent, KanoCategory.MustBe],
        [Reverse, Indifferent, Indifferent, Indifferent, KanoCategory.MustBe],
        [Reverse, Reverse, Reverse, Reverse, Questionable],
    ];

    [Fact]
    public void Every_cell_of_the_evaluation_table()
    {
        for (int f = 0; f < 5; f++)
        {
            for (int d = 0; d < 5; d++)
            {
                Assert.Equal(BergerTable[f][d], Kano.Classify((KanoAnswer)f, (KanoAnswer)d));
            }
        }
    }

    private static IEnumerable<KanoResponse> Responses(params (KanoAnswer F, KanoAnswer D, int Count)[] groups) =>
        groups.SelectMany(g => Enumerable.Repeat(new KanoResponse(g.F, g.D), g.Count));

    [Fact]
    public void Mode_and_coefficients_by_hand()
    {
        // A = 3 (Like/Neutral), O = 2 (Like/Dislike), M = 1 (Must-be/Dislike), I = 1 (Neutral/Neutral), R = 1 (Dislike/Like).
        // better = (A + O) / (A + O + M + I) = 5/7; worse = −(O + M) / 7 = −3/7; mode A.
        KanoFeatureResult r = Kano.Evaluate("dark mode", Responses((Like, Neutral, 3), (Like, Dislike, 2), (KanoAnswer.MustBe, Dislike, 1), (Neutral, Neutral, 1), (Dislike, Like, 1)));
        Assert.Equal(8, r.Respondents);
        Assert.Equal([3, 2, 1, 1, 1, 0], r.Counts.ToArray());
        Assert.Equal(Attractive, r.Category);
        Assert.Equal(5.0 / 7, r.Better!.Value, 12);
        Assert.Equal(-3.0 / 7, r.Worse!.Value, 12);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void A_tie_goes_to_must_be_under_the_default_rule()
    {
        // A = 2, M = 2, I = 1: M > O > A > I picks M. better = 2/5, worse = −2/5.
        KanoFeatureResult r = Kano.Evaluate("f", Responses((Like, LiveWith, 2), (Neutral, Dislike, 2), (LiveWith, LiveWith, 1)));
        Assert.Equal(KanoCategory.MustBe, r.Category);
        Assert.Equal([KanoCategory.MustBe, Attractive], r.ModalCategories.ToArray());
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Information);
        Assert.Equal(0.4, r.Better!.Value, 12);
        Assert.Equal(-0.4, r.Worse!.Value, 12);
    }

    [Fact]
    public void A_tie_is_undefined_under_the_undefined_rule()
    {
        KanoFeatureResult r = Kano.Evaluate("f", Responses((Like, LiveWith, 2), (Neutral, Dislike, 2)), KanoTieRule.Undefined);
        Assert.Null(r.Category);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "KanoCategory");
        Assert.NotNull(r.Better);
    }

    [Fact]
    public void No_responses_is_undefined()
    {
        KanoFeatureResult r = Kano.Evaluate("f", []);
        Assert.Null(r.Category);
        Assert.Null(r.Better);
        Assert.Null(r.Worse);
        Assert.Equal(2, r.Diagnostics.Count(d => d.Kind == DiagnosticKind.Undefined));
    }

    [Fact]
    public void Only_reverse_and_questionable_answers_leave_the_coefficients_undefined()
    {
        KanoFeatureResult r = Kano.Evaluate("f", Responses((Dislike, Like, 3), (Like, Like, 1)));
        Assert.Equal(Reverse, r.Category);
        Assert.Null(r.Better);
        Assert.Null(r.Worse);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Metric == "Better/Worse");
    }

    private static readonly Gen<KanoResponse[]> Surveys =
        Gen.Choose(0, 4).Two().Select(p => new KanoResponse((KanoAnswer)p.Item1, (KanoAnswer)p.Item2)).ArrayOf();

    [Fact]
    public void Coefficients_lie_in_their_ranges_and_counts_add_up() =>
        Prop.ForAll(Surveys.ToArbitrary(), s =>
        {
            KanoFeatureResult r = Kano.Evaluate("f", s);
            int aomi = r.Count(Attractive) + r.Count(OneDimensional) + r.Count(KanoCategory.MustBe) + r.Count(Indifferent);
            bool ranges = r.Better is null
                ? aomi == 0 && r.Worse is null
                : r.Better >= 0 && r.Better <= 1 && r.Worse >= -1 && r.Worse <= 0;
            return ranges && r.Counts.Sum() == s.Length && r.Respondents == s.Length
                && (s.Length == 0 ? r.Category is null : r.Count(r.Category!.Value) == r.Counts.Max());
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Better_minus_worse_is_at_most_two_and_at_least_the_non_indifferent_share() =>
        Prop.ForAll(Surveys.ToArbitrary(), s =>
        {
            KanoFeatureResult r = Kano.Evaluate("f", s);
            if (r.Better is null)
            {
                return true;
            }

            // better − worse = (A + 2·O + M) / (A + O + M + I) ≥ (A + O + M) / (A + O + M + I).
            double aomi = r.Count(Attractive) + r.Count(OneDimensional) + r.Count(KanoCategory.MustBe) + r.Count(Indifferent);
            double spread = r.Better.Value - r.Worse!.Value;
            return spread <= 2 + 1e-12 && spread >= ((r.Count(Attractive) + r.Count(OneDimensional) + r.Count(KanoCategory.MustBe)) / aomi) - 1e-12;
        }).QuickCheckThrowOnFailure();

    // ---- validation ----

    private static void Throws<T>(string param, Action action)
        where T : ArgumentException =>
        Assert.Equal(param, Assert.Throws<T>(action).ParamName);

    [Fact]
    public void Response_functional_undefined() => Throws<ArgumentOutOfRangeException>("functional", () => _ = new KanoResponse((KanoAnswer)7, Like));

    [Fact]
    public void Response_dysfunctional_undefined() => Throws<ArgumentOutOfRangeException>("dysfunctional", () => _ = new KanoResponse(Like, (KanoAnswer)(-1)));

    [Fact]
    public void Classify_answer_undefined() => Throws<ArgumentOutOfRangeException>("functional", () => Kano.Classify((KanoAnswer)5, Like));

    [Fact]
    public void Evaluate_feature_blank() => Throws<ArgumentException>("feature", () => Kano.Evaluate(" ", []));

    [Fact]
    public void Evaluate_responses_null() => Throws<ArgumentNullException>("responses", () => Kano.Evaluate("f", null!));

    [Fact]
    public void Evaluate_tie_rule_undefined() => Throws<ArgumentOutOfRangeException>("tieRule", () => Kano.Evaluate("f", [], (KanoTieRule)4));
}
