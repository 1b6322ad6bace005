using Pmo.Core.Prioritization.Ahp;

namespace Pmo.Core.Tests.Prioritization.Ahp;

/// <summary>
/// Pins down <see cref="VerbalScale"/>: the built-in scales' labels, levels, ratios, names and sources, and every rule of
/// <see cref="VerbalScale.Create"/>, <see cref="VerbalScale.LootsmaGeometric"/> and <see cref="VerbalScale.SevenLevel"/>
/// with its exact exception type, parameter name and message (issue 9 §6, Stryker survivors list P2, VerbalScale.cs).
/// </summary>
public class PrioritizationMutationTestsP2b
{
    [Fact]
    public void Saaty_scale_has_the_labels_of_Saaty_2008_Table_1()
    {
        // T. L. Saaty, Int. J. Services Sciences 1(1), 2008, Table 1: 1 equal importance, 2 weak or slight, 3 moderate
        // importance, 4 moderate plus, 5 strong importance, 6 strong plus, 7 very strong or demonstrated importance,
        // 8 very, very strong, 9 extreme importance.
        string[] expected =
        [
            "equal importance", "weak or slight", "moderate importance", "moderate plus", "strong importance", "strong plus",
            "very strong or demonstrated importance", "very, very strong", "extreme importance",
        ];
        Assert.Equal(expected, VerbalScale.Saaty.Levels.Select(l => l.Label));
        Assert.Equal(Enumerable.Range(1, 9), VerbalScale.Saaty.Levels.Select(l => l.Level));
        Assert.Equal(Enumerable.Range(1, 9).Select(k => (double)k), VerbalScale.Saaty.Levels.Select(l => l.Value));
    }

    [Fact]
    public void Balanced_scale_cites_Salo_and_Hamalainen_1997()
    {
        Assert.Contains("Salo", VerbalScale.Balanced.Citation, StringComparison.Ordinal);
        Assert.Contains("1997", VerbalScale.Balanced.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lootsma_scale_levels_are_delta_plus_one_with_ratio_exp_gamma_delta_and_its_gradation_labels()
    {
        // Doc: δ = 0 indifference, 2 weak, 4 definite, 6 strong, 8 very strong, odd δ intermediates; level k is δ = k − 1,
        // ratio exp(γ·δ). With γ = ln 2 the ratios are 2^δ = 1, 2, 4, …, 256.
        VerbalScale s = VerbalScale.LootsmaGeometric(Math.Log(2));
        Assert.Equal(9, s.Levels.Length);
        Assert.Equal(Enumerable.Range(1, 9), s.Levels.Select(l => l.Level));
        for (int delta = 0; delta <= 8; delta++)
        {
            Assert.Equal(Math.Pow(2, delta), s.Value(delta + 1), Math.Pow(2, delta) * 1e-12);
        }

        string[] expected =
        [
            "indifference",
            "weak preference (intermediate)", "weak preference",
            "definite preference (intermediate)", "definite preference",
            "strong preference (intermediate)", "strong preference",
            "very strong preference (intermediate)", "very strong preference",
        ];
        Assert.Equal(expected, s.Levels.Select(l => l.Label));
        Assert.Contains("Lootsma", s.Citation, StringComparison.Ordinal);
        Assert.Contains("1993", s.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lootsma_rejects_a_non_positive_gamma_and_says_why() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => VerbalScale.LootsmaGeometric(0), "gamma", "gamma must be a positive finite number (got 0).");

    [Fact]
    public void Lootsma_rejects_a_gamma_whose_top_ratio_overflows()
    {
        // ln(double.MaxValue) ≈ 709.78, so γ may be at most ≈ 88.72: exp(8·88) = exp(704) is finite, exp(8·89) = exp(712) is not.
        Assert.True(double.IsFinite(VerbalScale.LootsmaGeometric(88).Value(9)));
        Reject.Rule<ArgumentOutOfRangeException>(() => VerbalScale.LootsmaGeometric(89), "gamma", "gamma = 89 makes the top ratio exp(8 γ) overflow to infinity");
    }

    [Fact]
    public void Seven_level_scale_has_the_vendor_statements_name_and_source()
    {
        VerbalScale s = VerbalScale.SevenLevel();
        Assert.Equal(new[] { "is as important as", "is more important than", "is much more important than", "is extremely more important than" }, s.Levels.Select(l => l.Label));
        Assert.Equal(new[] { 1.0, 3, 5, 9 }, s.Levels.Select(l => l.Value)); // Saaty-wording defaults (remarks)
        Assert.Contains("7-level", s.Name, StringComparison.Ordinal);
        Assert.Contains("Project Server", s.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Seven_level_rejects_more_not_above_1() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => VerbalScale.SevenLevel(more: 1), "more", "more must be a finite ratio greater than 1 (got 1).");

    [Fact]
    public void Seven_level_rejects_muchMore_not_above_more() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => VerbalScale.SevenLevel(3, 3), "muchMore", "muchMore must be a finite ratio greater than more (3) (got 3).");

    [Fact]
    public void Seven_level_rejects_extremelyMore_not_above_muchMore() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => VerbalScale.SevenLevel(3, 5, 5), "extremelyMore", "extremelyMore must be a finite ratio greater than muchMore (5) (got 5).");

    [Fact]
    public void Create_rejects_a_blank_name() =>
        Reject.Rule<ArgumentException>(() => VerbalScale.Create(" ", "source", [("eq", 1.0), ("more", 2.0)]), "name");

    [Fact]
    public void Create_rejects_a_blank_citation() =>
        Reject.Rule<ArgumentException>(() => VerbalScale.Create("scale", " ", [("eq", 1.0), ("more", 2.0)]), "citation");

    [Fact]
    public void Create_rejects_null_levels() =>
        Reject.Rule<ArgumentNullException>(() => VerbalScale.Create("scale", "source", null!), "levels");

    [Fact]
    public void Create_accepts_exactly_two_levels_and_numbers_them_from_1()
    {
        VerbalScale s = VerbalScale.Create("scale", "source", [("eq", 1.0), ("more", 2.0)]);
        Assert.Equal(new[] { 1, 2 }, s.Levels.Select(l => l.Level));
        Assert.Equal(2.0, s.Value(2));
        Assert.Equal(0.5, s.Reverse(2));
    }

    [Fact]
    public void Create_rejects_a_single_level() =>
        Reject.Rule<ArgumentException>(() => VerbalScale.Create("scale", "source", [("eq", 1.0)]), "levels", "levels must have at least 2 levels (got 1).");

    [Fact]
    public void Create_rejects_a_repeated_label_and_names_the_level() =>
        Reject.Rule<ArgumentException>(() => VerbalScale.Create("scale", "source", [("eq", 1.0), ("eq", 2.0)]), "levels", "levels[1] has a blank or repeated label.");

    [Fact]
    public void Create_requires_the_first_ratio_to_be_1() =>
        Reject.Rule<ArgumentException>(() => VerbalScale.Create("scale", "source", [("eq", 2.0), ("more", 3.0)]), "levels", "levels[0] ('eq') must stand for the ratio 1 (equal), got 2.");

    [Fact]
    public void Create_rejects_a_ratio_equal_to_the_one_before() =>
        Reject.Rule<ArgumentException>(() => VerbalScale.Create("scale", "source", [("eq", 1.0), ("a", 2.0), ("b", 2.0)]), "levels", "levels[2] ('b') = 2 must be finite and greater than the level before it.");

    [Fact]
    public void Value_outside_the_scale_states_the_range() =>
        Reject.Rule<ArgumentOutOfRangeException>(() => VerbalScale.Saaty.Value(0), "level", "level must lie in [1, 9] for the scale 'Saaty 1–9' (got 0).");
}
