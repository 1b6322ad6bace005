using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Pmo.Core.Common;

namespace Pmo.Core.Prioritization;

/// <summary>An answer to a Kano questionnaire question (functional or dysfunctional form), in Berger et al.'s order.</summary>
public enum KanoAnswer
{
    /// <summary>"I like it that way."</summary>
    Like = 0,

    /// <summary>"It must be that way." (I expect it.)</summary>
    MustBe = 1,

    /// <summary>"I am neutral."</summary>
    Neutral = 2,

    /// <summary>"I can live with it that way."</summary>
    LiveWith = 3,

    /// <summary>"I dislike it that way."</summary>
    Dislike = 4,
}

/// <summary>A Kano quality category.</summary>
public enum KanoCategory
{
    /// <summary>A — attractive: satisfies when present, no dissatisfaction when absent.</summary>
    Attractive = 0,

    /// <summary>O — one-dimensional: satisfaction in proportion to fulfilment.</summary>
    OneDimensional = 1,

    /// <summary>M — must-be: expected; dissatisfies when absent, no satisfaction when present.</summary>
    MustBe = 2,

    /// <summary>I — indifferent.</summary>
    Indifferent = 3,

    /// <summary>R — reverse: the respondent wants the opposite.</summary>
    Reverse = 4,

    /// <summary>Q — questionable: contradictory answers.</summary>
    Questionable = 5,
}

/// <summary>How a tie for the most frequent Kano category is resolved.</summary>
public enum KanoTieRule
{
    /// <summary>
    /// The category with the most influence on the product wins: M &gt; O &gt; A &gt; I (Berger et al., 1993; Sauerwein et
    /// al., 1996; Matzler and Hinterhuber, 1998), extended here with R and then Q last (our choice). The default.
    /// </summary>
    MustBeOneDimensionalAttractiveIndifferent = 0,

    /// <summary>A tie leaves the category undefined (null, with a <see cref="DiagnosticKind.Undefined"/> diagnostic naming the tied categories).</summary>
    Undefined = 1,
}

/// <summary>One respondent's answers to the functional ("if the product has …") and dysfunctional ("if it does not have …") questions.</summary>
public readonly record struct KanoResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="functional">The answer to the functional question.</param>
    /// <param name="dysfunctional">The answer to the dysfunctional question.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer is not a defined value.</exception>
    public KanoResponse(KanoAnswer functional, KanoAnswer dysfunctional)
    {
        FrameworkGuards.Defined(functional, nameof(functional));
        FrameworkGuards.Defined(dysfunctional, nameof(dysfunctional));
        Functional = functional;
        Dysfunctional = dysfunctional;
    }

    /// <summary>Gets the answer to the functional question.</summary>
    public KanoAnswer Functional { get; }

    /// <summary>Gets the answer to the dysfunctional question.</summary>
    public KanoAnswer Dysfunctional { get; }
}

/// <summary>
/// Kano classification of features from questionnaire answers: the evaluation table, the category by mode, and the
/// customer-satisfaction coefficients. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Kano, Seraku, Takahashi and Tsuji (1984), "Attractive quality and must-be quality", <i>Hinshitsu</i> 14(2). The
/// evaluation table (functional answer by row, dysfunctional by column; Like, Must-be, Neutral, Live-with, Dislike):
/// </para>
/// <code>
///              Like  Must-be  Neutral  Live-with  Dislike
/// Like          Q      A        A         A          O
/// Must-be       R      I        I         I          M
/// Neutral       R      I        I         I          M
/// Live-with     R      I        I         I          M
/// Dislike       R      R        R         R          Q
/// </code>
/// <para>
/// as in Berger et al. (1993), "Kano's methods for understanding customer-defined quality", <i>Center for Quality
/// Management Journal</i> 2(4); Sauerwein, Bailom, Matzler and Hinterhuber (1996), "The Kano model: how to delight
/// your customers", IX International Working Seminar on Production Economics, Innsbruck, pp. 313–327; and Matzler and
/// Hinterhuber (1998), <i>Technovation</i> 18(1). A feature's category is
/// the most frequent one over its respondents (ties by <see cref="KanoTieRule"/>). The customer-satisfaction
/// coefficients (Berger et al., 1993, after Timko) are <c>better = (A + O) / (A + O + M + I)</c> in [0, 1] and
/// <c>worse = −(O + M) / (A + O + M + I)</c> in [−1, 0]; R and Q answers are excluded from the denominator. With no
/// A, O, M or I answer they are undefined (null, with a diagnostic).
/// </para>
/// </remarks>
public static class Kano
{
    // Rows: functional answer; columns: dysfunctional answer (5 × 5, row-major).
    private static readonly ImmutableArray<KanoCategory> Table =
    [
        KanoCategory.Questionable, KanoCategory.Attractive, KanoCategory.Attractive, KanoCategory.Attractive, KanoCategory.OneDimensional,
        KanoCategory.Reverse, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.MustBe,
        KanoCategory.Reverse, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.MustBe,
        KanoCategory.Reverse, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.MustBe,
        KanoCategory.Reverse, KanoCategory.Reverse, KanoCategory.Reverse, KanoCategory.Reverse, KanoCategory.Questionable,
    ];

    // Tie precedence M > O > A > I > R > Q.
    private static readonly ImmutableArray<KanoCategory> Precedence =
        [KanoCategory.MustBe, KanoCategory.OneDimensional, KanoCategory.Attractive, KanoCategory.Indifferent, KanoCategory.Reverse, KanoCategory.Questionable];

    /// <summary>Classifies one respondent's pair of answers with the Kano evaluation table.</summary>
    /// <param name="functional">The answer to the functional question.</param>
    /// <param name="dysfunctional">The answer to the dysfunctional question.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is not a defined value.</exception>
    [Pure]
    public static KanoCategory Classify(KanoAnswer functional, KanoAnswer dysfunctional)
    {
        FrameworkGuards.Defined(functional, nameof(functional));
        FrameworkGuards.Defined(dysfunctional, nameof(dysfunctional));
        return Table[((int)functional * 5) + (int)dysfunctional];
    }

    /// <summary>Classifies a feature from its respondents' answers.</summary>
    /// <param name="feature">The feature's id.</param>
    /// <param name="responses">The respondents' answers (may be empty: the result is then undefined).</param>
    /// <param name="tieRule">How a tie for the most frequent category is resolved.</param>
    /// <returns>Counts per category, the category by mode, better and worse, and diagnostics.</returns>
    /// <exception cref="ArgumentException"><paramref name="feature"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tieRule"/> or an answer is not a defined value.</exception>
    [Pure]
    public static KanoFeatureResult Evaluate(string feature, IEnumerable<KanoResponse> responses, KanoTieRule tieRule = KanoTieRule.MustBeOneDimensionalAttractiveIndifferent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feature);
        ArgumentNullException.ThrowIfNull(responses);
        FrameworkGuards.Defined(tieRule, nameof(tieRule));
        int[] counts = new int[6];
        int total = 0;
        foreach (KanoResponse r in responses)
        {
            // Classify re-checks the answers: default(KanoResponse) is (Like, Like), a valid pair (Q).
            counts[(int)Classify(r.Functional, r.Dysfunctional)]++;
            total++;
        }

        var diagnostics = new List<Diagnostic>();
        KanoCategory? category = null;
        ImmutableArray<KanoCategory> tied = [];
        if (total == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "KanoCategory", $"Feature '{feature}' has no responses: its category is undefined."));
        }
        else
        {
            int max = counts.Max();
            tied = [.. Precedence.Where(c => counts[(int)c] == max)];
            if (tied.Length == 1 || tieRule == KanoTieRule.MustBeOneDimensionalAttractiveIndifferent)
            {
                category = tied[0];
                if (tied.Length > 1)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Information, "KanoCategory", $"Feature '{feature}': {string.Join(", ", tied)} tie with {max} responses each; {tied[0]} chosen by the rule M > O > A > I (> R > Q)."));
                }
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Undefined, "KanoCategory", $"Feature '{feature}': {string.Join(", ", tied)} tie with {max} responses each, and the tie rule leaves the category undefined."));
            }
        }

        int a = counts[(int)KanoCategory.Attractive];
        int o = counts[(int)KanoCategory.OneDimensional];
        int m = counts[(int)KanoCategory.MustBe];
        int i = counts[(int)KanoCategory.Indifferent];
        int denominator = a + o + m + i;
        double? better = null;
        double? worse = null;
        if (denominator > 0)
        {
            better = (double)(a + o) / denominator;
            worse = -(double)(o + m) / denominator;
        }
        else
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticKind.Undefined,
                "Better/Worse",
                string.Create(CultureInfo.InvariantCulture, $"Feature '{feature}' has no A, O, M or I response ({total} responses, all reverse or questionable): better = (A+O)/(A+O+M+I) and worse = -(O+M)/(A+O+M+I) are undefined.")));
        }

        return new KanoFeatureResult(feature, total, [.. counts], category, tied, better, worse, [.. diagnostics]);
    }
}

/// <summary>The Kano evaluation of one feature. Immutable.</summary>
public sealed class KanoFeatureResult
{
    internal KanoFeatureResult(string feature, int respondents, ImmutableArray<int> counts, KanoCategory? category, ImmutableArray<KanoCategory> tied, double? better, double? worse, ImmutableArray<Diagnostic> diagnostics)
    {
        Feature = feature;
        Respondents = respondents;
        Counts = counts;
        Category = category;
        ModalCategories = tied;
        Better = better;
        Worse = worse;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the feature's id.</summary>
    public string Feature { get; }

    /// <summary>Gets the number of responses.</summary>
    public int Respondents { get; }

    /// <summary>Gets the number of responses in each category, indexed by <see cref="KanoCategory"/> (A, O, M, I, R, Q).</summary>
    public ImmutableArray<int> Counts { get; }

    /// <summary>Gets the category by mode (ties by the tie rule); null when undefined (see <see cref="Diagnostics"/>).</summary>
    public KanoCategory? Category { get; }

    /// <summary>Gets every category with the highest count, in tie-rule precedence (M, O, A, I, R, Q); empty with no responses.</summary>
    public ImmutableArray<KanoCategory> ModalCategories { get; }

    /// <summary>Gets the satisfaction coefficient <c>(A + O) / (A + O + M + I)</c>, in [0, 1]; null when undefined.</summary>
    public double? Better { get; }

    /// <summary>Gets the dissatisfaction coefficient <c>−(O + M) / (A + O + M + I)</c>, in [−1, 0]; null when undefined.</summary>
    public double? Worse { get; }

    /// <summary>Gets why values are undefined, or how a tie was resolved.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the count of one category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The count.</returns>
    [Pure]
    public int Count(KanoCategory category) => Counts[(int)category];
}
