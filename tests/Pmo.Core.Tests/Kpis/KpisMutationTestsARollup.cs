using NodaTime;
using Pmo.Core.Common;
using Pmo.Core.Kpis;

namespace Pmo.Core.Tests.Kpis;

/// <summary>Mutation-killing tests for <see cref="StatusRollup"/>, <see cref="StatusRollupRule"/>, <see cref="StatusInput"/> and the status tally merge.</summary>
public class KpisMutationTestsARollup
{
    private static readonly StatusLevel R = StatusScale.Red;
    private static readonly StatusLevel A = StatusScale.Amber;
    private static readonly StatusLevel G = StatusScale.Green;
    private static readonly StatusScale Rag = StatusScale.Rag;
    private static readonly LocalDate D1 = new(2025, 1, 31);
    private static readonly LocalDate D2 = new(2025, 2, 28);
    private static readonly LocalDate D3 = new(2025, 3, 31);

    private static StatusInput In(StatusLevel? level, LocalDate? date = null) => new(level, date);

    // ---- StatusRollupRule.PercentBest ----

    [Fact]
    public void PercentBest_null_fractions() => KpiA.Rule<ArgumentNullException>("minimumBestFractions", () => _ = StatusRollupRule.PercentBest(null!));

    [Fact]
    public void PercentBest_no_fraction_states_the_rule() =>
        KpiA.Rule<ArgumentException>("minimumBestFractions", () => _ = StatusRollupRule.PercentBest(), "must hold at least one fraction");

    [Fact]
    public void PercentBest_accepts_the_closed_ends_zero_and_one()
    {
        // Fractions lie in [0, 1] (both ends inclusive): 1 then 0 is strictly decreasing and valid.
        StatusRollupRule rule = StatusRollupRule.PercentBest(1, 0);
        Assert.Equal([1.0, 0.0], [.. rule.MinimumBestFractions]);

        // All green: p = 1 ≥ f₀ = 1 → green. One green of two: p = 0.5 < 1 but ≥ f₁ = 0 → amber.
        Assert.Same(G, StatusRollup.Combine(Rag, [In(G), In(G)], rule).Level);
        Assert.Same(A, StatusRollup.Combine(Rag, [In(G), In(R)], rule).Level);
    }

    [Fact]
    public void PercentBest_equal_fractions_are_not_strictly_decreasing() =>
        KpiA.Rule<ArgumentException>("minimumBestFractions", () => _ = StatusRollupRule.PercentBest(0.5, 0.5), "must be strictly decreasing");

    [Fact]
    public void PercentBest_increasing_fractions_names_both() =>
        KpiA.Rule<ArgumentException>("minimumBestFractions", () => _ = StatusRollupRule.PercentBest(0.5, 0.6, 0.1), "must be strictly decreasing", "[1] = 0.6 is not below [0] = 0.5");

    [Fact]
    public void PercentBest_leaves_unknowns_out_by_default()
    {
        Assert.False(StatusRollupRule.PercentBest(0.8, 0.5).UnknownAsWorst);
        Assert.True(StatusRollupRule.PercentBest(0.8, 0.5).WithUnknownAsWorst(true).UnknownAsWorst);
    }

    [Fact]
    public void Rule_text()
    {
        Assert.Equal("PercentBest(0.8, 0.5)", StatusRollupRule.PercentGreen.ToString());
        Assert.Equal("WorstWins", StatusRollupRule.WorstWins.ToString());
        Assert.Equal("LatestWins", StatusRollupRule.LatestWins.ToString());
    }

    // ---- StatusInput equality ----

    [Fact]
    public void Input_equality_compares_level_and_date()
    {
        Assert.True(In(G, D1).Equals(In(G, D1)));
        Assert.True(In(G, D1) == In(G, D1));
        Assert.False(In(G, D1) != In(G, D1));
        Assert.False(In(G, D1).Equals(In(G, D2)));
        Assert.False(In(G, D1).Equals(In(R, D1)));
        Assert.True(In(G, D1) != In(G, D2));
        Assert.True(In(G, D1) != In(A, D1));
    }

    // ---- Combine guards ----

    [Fact]
    public void Combine_null_scale() => KpiA.Rule<ArgumentNullException>("scale", () => _ = StatusRollup.Combine(null!, [In(G)], StatusRollupRule.WorstWins));

    [Fact]
    public void Combine_null_inputs() => KpiA.Rule<ArgumentNullException>("inputs", () => _ = StatusRollup.Combine(Rag, null!, StatusRollupRule.WorstWins));

    [Fact]
    public void Combine_null_rule() => KpiA.Rule<ArgumentNullException>("rule", () => _ = StatusRollup.Combine(Rag, [In(G)], null!));

    [Fact]
    public void Combine_foreign_level_names_its_position_and_the_scale() =>
        KpiA.Rule<ArgumentException>("inputs", () => _ = StatusRollup.Combine(Rag, [In(G), In(null), In(StatusScale.FiveLevel["amber-red"])], StatusRollupRule.WorstWins), "inputs[2] has the level 'amber-red'", "not a level of the scale 'rag'");

    [Fact]
    public void Combine_percent_rule_with_wrong_fraction_count_states_n_minus_one() =>
        KpiA.Rule<ArgumentException>("rule", () => _ = StatusRollup.Combine(StatusScale.FiveLevel, [In(StatusScale.FiveLevel.Best)], StatusRollupRule.PercentGreen), "has 2 fraction(s)", "5-level scale 'five-level' needs N − 1 = 4");

    // ---- Unknowns and diagnostics ----

    [Fact]
    public void No_unknowns_no_diagnostic()
    {
        StatusRollupResult r = StatusRollup.Combine(Rag, [In(G), In(A)], StatusRollupRule.WorstWins);
        Assert.Same(A, r.Level);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Unknowns_left_out_are_reported()
    {
        StatusRollupResult r = StatusRollup.Combine(Rag, [In(G), In(null), In(null)], StatusRollupRule.WorstWins);
        Assert.Same(G, r.Level);
        Assert.Equal(2, r.UnknownCount);
        Assert.Equal(1, r.RatedCount);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Information, d.Kind);
        Assert.Equal("Status", d.Metric);
        Assert.Contains("2 unknown status(es) left out", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknowns_counted_as_worst_are_reported()
    {
        StatusRollupResult r = StatusRollup.Combine(Rag, [In(G), In(null)], StatusRollupRule.WorstWins.WithUnknownAsWorst(true));
        Assert.Same(R, r.Level);
        Assert.Equal([1, 0, 1], [.. r.Counts]);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Information, d.Kind);
        Assert.Contains("1 unknown status(es) counted as Red", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_unknowns_give_an_undefined_level_and_no_best_fraction()
    {
        StatusRollupResult r = StatusRollup.Combine(Rag, [In(null), In(null)], StatusRollupRule.PercentGreen);
        Assert.Null(r.Level);
        Assert.Null(r.BestFraction);
        Assert.Equal(0, r.RatedCount);
        Assert.Contains(r.Diagnostics, d => d.Kind == DiagnosticKind.Undefined && d.Message.Contains("No rated status", StringComparison.Ordinal));
    }

    // ---- Majority ----

    [Fact]
    public void Majority_without_tie_has_no_diagnostic()
    {
        StatusRollupResult r = StatusRollup.Combine(Rag, [In(G), In(G), In(R)], StatusRollupRule.Majority);
        Assert.Same(G, r.Level);
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Majority_tie_goes_to_the_worst_and_is_reported()
    {
        StatusRollupResult r = StatusRollup.Combine(Rag, [In(G), In(R), In(G), In(R), In(A)], StatusRollupRule.Majority);
        Assert.Same(R, r.Level);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Information, d.Kind);
        Assert.Contains("Majority tie at 2 each", d.Message, StringComparison.Ordinal);
        Assert.Contains("Red", d.Message, StringComparison.Ordinal);
    }

    // ---- LatestWins ----

    [Fact]
    public void Latest_wins_even_when_the_latest_is_the_worst_level()
    {
        // Green on D1, red (rank 0) on D2: the latest is red.
        Assert.Same(R, StatusRollup.Combine(Rag, [In(G, D1), In(R, D2)], StatusRollupRule.LatestWins).Level);
    }

    [Fact]
    public void Latest_wins_an_older_worse_status_does_not_displace_a_newer_one()
    {
        // Green on D2 first, then red on the older D1: green (D2) stays the latest.
        Assert.Same(G, StatusRollup.Combine(Rag, [In(G, D2), In(R, D1)], StatusRollupRule.LatestWins).Level);
        Assert.Same(A, StatusRollup.Combine(Rag, [In(A, D2), In(G, D1), In(R, D1)], StatusRollupRule.LatestWins).Level);
    }

    [Fact]
    public void Latest_wins_equally_recent_inputs_give_the_worst_of_them()
    {
        // Documented: "equally recent inputs: the worst of them".
        Assert.Same(A, StatusRollup.Combine(Rag, [In(A, D2), In(G, D2)], StatusRollupRule.LatestWins).Level);
        Assert.Same(R, StatusRollup.Combine(Rag, [In(G, D2), In(R, D2), In(A, D2)], StatusRollupRule.LatestWins).Level);
    }

    [Fact]
    public void Latest_wins_without_dates_is_undefined()
    {
        StatusRollupResult r = StatusRollup.Combine(Rag, [In(G), In(A)], StatusRollupRule.LatestWins);
        Assert.Null(r.Level);
        Assert.Equal(2, r.RatedCount);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticKind.Undefined, d.Kind);
        Assert.Equal("Status", d.Metric);
        Assert.Contains("No dated, rated status", d.Message, StringComparison.Ordinal);
        Assert.Contains("latest-wins is undefined", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_wins_with_unknown_as_worst_uses_the_latest_unknown_date()
    {
        // Unknown on D3 (first), green on D2, unknown on D1: the latest input is the D3 unknown → worst.
        StatusRollupRule rule = StatusRollupRule.LatestWins.WithUnknownAsWorst(true);
        Assert.Same(R, StatusRollup.Combine(Rag, [In(null, D3), In(G, D2), In(null, D1)], rule).Level);

        // Unknown on D1 only, green on D2: green is newer.
        Assert.Same(G, StatusRollup.Combine(Rag, [In(null, D1), In(G, D2)], rule).Level);
    }

    // ---- Tally merge (used by KpiRollup.Values up the hierarchy) ----

    private static StatusTally Tally(IEnumerable<StatusInput> inputs)
    {
        var t = new StatusTally(Rag.Count);
        foreach (StatusInput i in inputs)
        {
            t.Add(i.Level?.Rank ?? -1, i.Date);
        }

        return t;
    }

    private static void AssertSameTally(StatusTally expected, StatusTally actual)
    {
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Unknown, actual.Unknown);
        Assert.Equal(expected.LatestRatedDate, actual.LatestRatedDate);
        Assert.Equal(expected.LatestRank, actual.LatestRank);
        Assert.Equal(expected.LatestUnknownDate, actual.LatestUnknownDate);
    }

    public static TheoryData<string> MergeCases() =>
    [
        "G1 R2 | A3",
        "R2 | G1",
        "G2 | R2",
        "R2 | G2",
        "A2 | R2 G2",
        "G3 | R1",
        "| R1",
        "R1 |",
        "G | R1",
        "?3 G2 | ?1",
        "?1 | ?3",
        "| ?2 G1",
        "?2 | ?2 R2",
        "G1 | ?",
        "A2 G | R A",
    ];

    /// <summary>
    /// Merging the tally of the children into the parent must equal tallying all their statuses at once (the roll-up
    /// over a hierarchy is the roll-up of every subject below). Tokens: level letter + optional day (D1…D3), '?' unknown.
    /// </summary>
    [Theory]
    [MemberData(nameof(MergeCases))]
    public void Merged_tally_equals_the_tally_of_all_inputs(string spec)
    {
        string[] halves = spec.Split('|');
        StatusInput[] left = Parse(halves[0]);
        StatusInput[] right = Parse(halves[1]);
        StatusTally merged = Tally(left);
        merged.Merge(Tally(right));
        AssertSameTally(Tally([.. left, .. right]), merged);
        foreach (StatusRollupRule rule in new[] { StatusRollupRule.LatestWins, StatusRollupRule.LatestWins.WithUnknownAsWorst(true), StatusRollupRule.WorstWins })
        {
            Assert.Equal(StatusRollup.Decide(Rag, Tally([.. left, .. right]), rule).Level, StatusRollup.Decide(Rag, merged, rule).Level);
        }
    }

    [Fact]
    public void Merge_adopts_the_later_unknown_date_and_the_later_rated_status()
    {
        // Hand-checked: parent has green on D1 and an unknown on D1; the child has red on D2 and an unknown on D3.
        StatusTally parent = Tally([In(G, D1), In(null, D1)]);
        parent.Merge(Tally([In(R, D2), In(null, D3)]));
        Assert.Equal(D3, parent.LatestUnknownDate);
        Assert.Equal(D2, parent.LatestRatedDate);
        Assert.Equal(0, parent.LatestRank);
        Assert.Equal(2, parent.Unknown);
        Assert.Equal([1, 0, 1], [.. parent.Counts]);
    }

    [Fact]
    public void New_tally_has_no_latest_rank()
    {
        Assert.Equal(-1, new StatusTally(3).LatestRank);
        Assert.Equal(-1, Tally([In(G), In(R)]).LatestRank); // undated statuses never become "latest"
    }

    private static StatusInput[] Parse(string s) =>
    [
        .. s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(tok =>
        {
            StatusLevel? level = tok[0] switch
            {
                'R' => R,
                'A' => A,
                'G' => G,
                _ => null,
            };
            LocalDate? date = tok.Length > 1 ? D1.PlusMonths(tok[1] - '1') : null;
            return new StatusInput(level, date);
        }),
    ];
}
