using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>Layer 1: a published textbook example and hand-computed precedence-diagram examples.</summary>
public class CriticalPathGoldenTests
{
    private static ActivityNetwork Network(Activity[] activities, params ActivityLink[] links) => ActivityNetwork.Create(activities, links);

    private static void AssertDates(CpmResult r, string id, double es, double ef, double ls, double lf, double totalFloat, double freeFloat)
    {
        ActivitySchedule a = r[id];
        Assert.Equal(es, a.EarlyStart, 12);
        Assert.Equal(ef, a.EarlyFinish, 12);
        Assert.Equal(ls, a.LateStart, 12);
        Assert.Equal(lf, a.LateFinish, 12);
        Assert.Equal(totalFloat, a.TotalFloat, 12);
        Assert.Equal(freeFloat, a.FreeFloat, 12);
    }

    /// <summary>
    /// F. S. Hillier and G. J. Lieberman, <i>Introduction to Operations Research</i>: the Reliable Construction Co.
    /// project (9th ed., 2010, §22.1–22.3; 10th ed., 2015, §10.1–10.3), durations in weeks, integers as printed.
    /// Recalled from memory, not checked against the page: the 14 activities, durations and predecessors; project
    /// duration 44 weeks; critical path START-A-B-C-E-F-J-L-N-FINISH; the earliest/latest start times and slacks of the
    /// book's slack table (D 4, G 4, H 4, I 2, K 1, M 4, others 0). The hand computation below agrees with every
    /// recalled value. Partial corroboration: a public restatement of the book's Table "Activity list for the Reliable
    /// Construction Co. project" (solutioninn.com, question 14060241) lists the same activities and durations (H's was
    /// lost in that page's text; the predecessor column only survives as "KL" for N). Free float is not printed in the book; the free floats below are computed by hand
    /// (FF = min ES of successors − EF, or 44 − EF without successor).
    /// Forward: A 0–2, B 2–6, C 6–16, D 16–22, E 16–20, F 20–25, G 22–29, H max(20, 29)=29–38, I 16–23, J max(25, 23)=25–33,
    /// K 33–37, L 33–38, M 38–40, N max(37, 38)=38–44.
    /// Backward: N 38–44, M 42–44, L 33–38, K 34–38, J LF min(34, 33)=33, I LF 25, H LF 42, G LF 33, F LF 25,
    /// E LF min(20, 33)=20, D LF 26, C LF min(20, 16, 18)=16, B LF 6, A LF 2.
    /// </summary>
    [Fact]
    public void Reliable_Construction_Co_project_of_Hillier_and_Lieberman()
    {
        (string Id, double Weeks)[] durations =
        [
            ("A", 2), ("B", 4), ("C", 10), ("D", 6), ("E", 4), ("F", 5), ("G", 7),
            ("H", 9), ("I", 7), ("J", 8), ("K", 4), ("L", 5), ("M", 2), ("N", 6),
        ];
        (string Pred, string Succ)[] arcs =
        [
            ("A", "B"), ("B", "C"), ("C", "D"), ("C", "E"), ("E", "F"), ("D", "G"), ("E", "H"), ("G", "H"), ("C", "I"),
            ("F", "J"), ("I", "J"), ("J", "K"), ("J", "L"), ("H", "M"), ("K", "N"), ("L", "N"),
        ];
        ActivityNetwork net = Network([.. durations.Select(x => new Activity(x.Id, x.Weeks))], [.. arcs.Select(x => new ActivityLink(x.Pred, x.Succ))]);

        CpmResult r = CriticalPath.Analyze(net);

        Assert.Equal(44, r.ProjectDuration);
        Assert.Equal(["A", "B", "C", "E", "F", "J", "L", "N"], r.CriticalActivityIds().ToArray());

        // id, ES, EF, LS, LF, total float (book's "slack"), free float (hand).
        AssertDates(r, "A", 0, 2, 0, 2, 0, 0);
        AssertDates(r, "B", 2, 6, 2, 6, 0, 0);
        AssertDates(r, "C", 6, 16, 6, 16, 0, 0);
        AssertDates(r, "D", 16, 22, 20, 26, 4, 0);
        AssertDates(r, "E", 16, 20, 16, 20, 0, 0);
        AssertDates(r, "F", 20, 25, 20, 25, 0, 0);
        AssertDates(r, "G", 22, 29, 26, 33, 4, 0);
        AssertDates(r, "H", 29, 38, 33, 42, 4, 0);
        AssertDates(r, "I", 16, 23, 18, 25, 2, 2);
        AssertDates(r, "J", 25, 33, 25, 33, 0, 0);
        AssertDates(r, "K", 33, 37, 34, 38, 1, 1);
        AssertDates(r, "L", 33, 38, 33, 38, 0, 0);
        AssertDates(r, "M", 38, 40, 42, 44, 4, 4);
        AssertDates(r, "N", 38, 44, 38, 44, 0, 0);
    }

    /// <summary>SS lag 2: A(4) 0–4; B(3) ES = 0 + 2 = 2, EF 5; T = 5. Backward: B LF 5 LS 2; A LF = min(5, 2 − 2 + 4) = 4, LS 0.</summary>
    [Fact]
    public void Start_to_start_with_lag()
    {
        CpmResult r = CriticalPath.Analyze(Network([new("A", 4), new("B", 3)], new ActivityLink("A", "B", LinkType.StartToStart, 2)));
        Assert.Equal(5, r.ProjectDuration);
        AssertDates(r, "A", 0, 4, 0, 4, 0, 0); // free float: ES_B − 2 − ES_A = 0
        AssertDates(r, "B", 2, 5, 2, 5, 0, 0);
    }

    /// <summary>FF lag 3: A(4) 0–4; B(2) ES = 4 + 3 − 2 = 5, EF 7; T = 7. A LF = min(7, 7 − 3) = 4.</summary>
    [Fact]
    public void Finish_to_finish_with_lag()
    {
        CpmResult r = CriticalPath.Analyze(Network([new("A", 4), new("B", 2)], new ActivityLink("A", "B", LinkType.FinishToFinish, 3)));
        Assert.Equal(7, r.ProjectDuration);
        AssertDates(r, "A", 0, 4, 0, 4, 0, 0);
        AssertDates(r, "B", 5, 7, 5, 7, 0, 0);
    }

    /// <summary>
    /// FF lag 1 where the bound falls below 0: A(2) 0–2; B(6) ES = max(0, 2 + 1 − 6) = 0, EF 6; T = 6.
    /// A LF = min(6, 6 − 1) = 5, LS 3, TF 3; FF_A = EF_B − 1 − EF_A = 3.
    /// </summary>
    [Fact]
    public void Finish_to_finish_bound_never_starts_before_zero()
    {
        CpmResult r = CriticalPath.Analyze(Network([new("A", 2), new("B", 6)], new ActivityLink("A", "B", LinkType.FinishToFinish, 1)));
        Assert.Equal(6, r.ProjectDuration);
        AssertDates(r, "A", 0, 2, 3, 5, 3, 3);
        AssertDates(r, "B", 0, 6, 0, 6, 0, 0);
        Assert.Equal(["B"], r.CriticalActivityIds().ToArray());
    }

    /// <summary>SF lag 5: A(3) 0–3; B(2) ES = 0 + 5 − 2 = 3, EF 5; T = 5. A LF = min(5, 5 − 5 + 3) = 3.</summary>
    [Fact]
    public void Start_to_finish_with_lag()
    {
        CpmResult r = CriticalPath.Analyze(Network([new("A", 3), new("B", 2)], new ActivityLink("A", "B", LinkType.StartToFinish, 5)));
        Assert.Equal(5, r.ProjectDuration);
        AssertDates(r, "A", 0, 3, 0, 3, 0, 0); // free float: EF_B − 5 − ES_A = 0
        AssertDates(r, "B", 3, 5, 3, 5, 0, 0);
    }

    /// <summary>
    /// Start-no-earlier-than and a lead: A(5) 0–5; B(2) SNET 8, 8–10; C(3) after A FS −2 and B FS 0: ES = max(5 − 2, 10) = 10,
    /// EF 13; T = 13. Backward: C 10–13; B LF = min(13, 10) = 10, LS 8; A LF = min(13, 10 + 2) = 12, LS 7, TF 7;
    /// FF_A = ES_C + 2 − EF_A = 7. Critical: B, C.
    /// </summary>
    [Fact]
    public void Start_no_earlier_than_and_negative_lag()
    {
        CpmResult r = CriticalPath.Analyze(Network(
            [new("A", 5), new("B", 2, startNoEarlierThan: 8), new("C", 3)],
            new ActivityLink("A", "C", LinkType.FinishToStart, -2),
            new ActivityLink("B", "C")));
        Assert.Equal(13, r.ProjectDuration);
        AssertDates(r, "A", 0, 5, 7, 12, 7, 7);
        AssertDates(r, "B", 8, 10, 8, 10, 0, 0);
        AssertDates(r, "C", 10, 13, 10, 13, 0, 0);
        Assert.Equal(["B", "C"], r.CriticalActivityIds().ToArray());
    }

    /// <summary>Milestones (duration 0) and costs: cost = 100 + 20 × 3 = 160; a milestone's cost is its fixed cost.</summary>
    [Fact]
    public void Milestones_and_costs()
    {
        var work = new Activity("W", 3, "Work", fixedCost: 100, costRate: 20);
        var done = new Activity("M", 0, "Done", fixedCost: 5, costRate: 1000);
        CpmResult r = CriticalPath.Analyze(Network([work, done], new ActivityLink("W", "M")));
        Assert.True(done.IsMilestone);
        Assert.False(work.IsMilestone);
        Assert.Equal(160, work.Cost);
        Assert.Equal(5, done.Cost);
        Assert.Equal(165, r.TotalCost);
        AssertDates(r, "M", 3, 3, 3, 3, 0, 0);
    }

    /// <summary>A float tolerance turns near-critical activities critical: A(3), B(2) both FS to C(1); B has TF 1, critical at tolerance 1.</summary>
    [Fact]
    public void Float_tolerance_widens_the_critical_set()
    {
        ActivityNetwork net = Network([new("A", 3), new("B", 2), new("C", 1)], new ActivityLink("A", "C"), new ActivityLink("B", "C"));
        Assert.Equal(["A", "C"], CriticalPath.Analyze(net).CriticalActivityIds().ToArray());
        Assert.Equal(["A", "B", "C"], CriticalPath.Analyze(net, 1).CriticalActivityIds().ToArray());
    }

    /// <summary>
    /// Free float is capped by the slack to the project finish: A(10) FS −5 into B(1) with SNET 20. ES_B = max(10 − 5, 20) = 20,
    /// EF_B 21 = T. Link slack of A = 20 + 5 − 10 = 15, but T − EF_A = 11, so FF_A = 11; LF_A = min(21, 20 + 5) = 21, TF_A = 11.
    /// </summary>
    [Fact]
    public void Free_float_never_exceeds_the_slack_to_the_project_finish()
    {
        CpmResult r = CriticalPath.Analyze(Network([new("A", 10), new("B", 1, startNoEarlierThan: 20)], new ActivityLink("A", "B", LinkType.FinishToStart, -5)));
        Assert.Equal(21, r.ProjectDuration);
        AssertDates(r, "A", 0, 10, 11, 21, 11, 11);
        AssertDates(r, "B", 20, 21, 20, 21, 0, 0);
    }

    /// <summary>The example of docs/scheduling.md (hand-computed there): T 13, critical B, C, M; A has TF = FF = 7; cost 2000.</summary>
    [Fact]
    public void Documentation_example()
    {
        ActivityNetwork net = Network(
            [new("A", 5, "Design", fixedCost: 1000, costRate: 200), new("B", 2, "Permit", startNoEarlierThan: 8), new("C", 3, "Build"), new("M", 0, "Handover")],
            new ActivityLink("A", "C", LinkType.FinishToStart, lag: -2),
            new ActivityLink("B", "C"),
            new ActivityLink("C", "M"));
        CpmResult r = CriticalPath.Analyze(net);
        Assert.Equal(13, r.ProjectDuration);
        Assert.Equal(["B", "C", "M"], r.CriticalActivityIds().ToArray());
        AssertDates(r, "A", 0, 5, 7, 12, 7, 7);
        AssertDates(r, "M", 13, 13, 13, 13, 0, 0);
        Assert.Equal(2000, r.TotalCost);
    }
}
