using Pmo.Core.Scheduling;

namespace Pmo.Core.Tests.Scheduling;

/// <summary>Layer 1: analytic PERT on a textbook network and on a hand-computed example.</summary>
public class PertTests
{
    /// <summary>Φ(1) and Φ(−1) to 16 digits (standard normal table; e.g. Abramowitz and Stegun, 1964, Table 26.1: Φ(1) = 0.8413447461).</summary>
    private const double PhiOfOne = 0.8413447460685429;

    private static Dictionary<string, ThreePointEstimate> Estimates(params (string Id, double A, double M, double B)[] rows) =>
        rows.ToDictionary(r => r.Id, r => new ThreePointEstimate(r.A, r.M, r.B));

    /// <summary>
    /// F. S. Hillier and G. J. Lieberman, <i>Introduction to Operations Research</i> (9th ed., 2010, §22.4; 10th ed.,
    /// 2015, §10.4), Reliable Construction Co., "PERT three-estimate approach": the table of optimistic (o), most
    /// likely (m) and pessimistic (p) estimates, means and variances per activity, the mean critical path
    /// A-B-C-E-F-J-L-N with mean 44 weeks and variance 9, and P(T ≤ 47) = P(Z ≤ 1) ≈ 0.84 (printed to 2 decimals).
    /// Honesty note: the o, m, p triples below are recalled from memory; the search tool found no public copy of the
    /// table (only the deterministic activity list, via a public restatement at solutioninn.com, question 14060241).
    /// Consistency checks by hand that do not depend on our code: each mean (o + 4m + p)/6 reproduces the book's
    /// deterministic duration (A (1+8+3)/6 = 2, B (2+14+8)/6 = 4, C (6+36+18)/6 = 10, D (4+22+10)/6 = 6,
    /// E (1+18+5)/6 = 4, F (4+16+10)/6 = 5, G (5+26+11)/6 = 7, H (5+32+17)/6 = 9, I (3+30+9)/6 = 7, J (3+36+9)/6 = 8,
    /// K 4, L (1+22+7)/6 = 5, M (1+8+3)/6 = 2, N (5+22+9)/6 = 6), and the variances ((p − o)/6)² along the mean critical
    /// path sum to the printed 9: A 1/9 + B 1 + C 4 + E 4/9 + F 1 + J 1 + L 1 + N 4/9 = 8 + 9/9 = 9.
    /// </summary>
    [Fact]
    public void Reliable_Construction_Co_three_estimate_approach_of_Hillier_and_Lieberman()
    {
        Dictionary<string, ThreePointEstimate> est = Estimates(
            ("A", 1, 2, 3), ("B", 2, 3.5, 8), ("C", 6, 9, 18), ("D", 4, 5.5, 10), ("E", 1, 4.5, 5), ("F", 4, 4, 10), ("G", 5, 6.5, 11),
            ("H", 5, 8, 17), ("I", 3, 7.5, 9), ("J", 3, 9, 9), ("K", 4, 4, 4), ("L", 1, 5.5, 7), ("M", 1, 2, 3), ("N", 5, 5.5, 9));
        (string Pred, string Succ)[] arcs =
        [
            ("A", "B"), ("B", "C"), ("C", "D"), ("C", "E"), ("E", "F"), ("D", "G"), ("E", "H"), ("G", "H"), ("C", "I"),
            ("F", "J"), ("I", "J"), ("J", "K"), ("J", "L"), ("H", "M"), ("K", "N"), ("L", "N"),
        ];

        // The network's own durations are ignored by PERT: give them all 1.
        ActivityNetwork net = ActivityNetwork.Create(est.Keys.Select(id => new Activity(id, 1)), arcs.Select(a => new ActivityLink(a.Pred, a.Succ)));
        PertResult r = Pert.Analyze(net, est);

        Assert.Equal(44, r.ExpectedDuration, 12);
        Assert.Single(r.CriticalPaths);
        Assert.False(r.IsCapped);
        Assert.Equal(["A", "B", "C", "E", "F", "J", "L", "N"], r.CriticalPath.ActivityIds.ToArray());
        Assert.Equal(9, r.Variance, 12);
        Assert.Equal(3, r.StandardDeviation, 12);
        Assert.Equal(0.84, r.ProbabilityOfMeeting(47), 2); // printed "≈ 0.84"
        Assert.Equal(PhiOfOne, r.ProbabilityOfMeeting(47), 12); // (47 − 44)/3 = 1
        Assert.Equal(47, r.DueDateFor(PhiOfOne), 9);
        Assert.Equal(2.0, r.Estimates[net.IndexOf("A")].Mean, 12);
        Assert.Equal(4.0 / 9, r.Estimates[net.IndexOf("N")].Variance, 12);
        Assert.Equal(0, r.Estimates[net.IndexOf("K")].Variance);
        Assert.Equal(44, r.Cpm.ProjectDuration, 12);
    }

    /// <summary>
    /// Hand example with two parallel critical paths. S (1, 2, 3): te = (1 + 8 + 3)/6 = 2, σ² = (2/6)² = 1/9.
    /// X (2, 4, 12): te = (2 + 16 + 12)/6 = 5, σ = 10/6, σ² = 25/9. Y (3, 5, 7): te = (3 + 20 + 7)/6 = 5, σ² = (4/6)² = 4/9.
    /// F (0, 0, 0) milestone. Paths S-X-F and S-Y-F both have Te = 7; variances 26/9 and 5/9. PERT takes the larger:
    /// σ = √26/3. P(T ≤ 7) = Φ(0) = 1/2; P(T ≤ 7 + √26/3) = Φ(1); P(T ≤ 7 − √26/3) = Φ(−1) = 1 − Φ(1).
    /// </summary>
    [Fact]
    public void Hand_example_with_two_critical_paths()
    {
        ActivityNetwork net = ActivityNetwork.Create(
            [new("S", 0), new("X", 0), new("Y", 0), new("F", 0)],
            [new("S", "X"), new("S", "Y"), new("X", "F"), new("Y", "F")]);
        PertResult r = Pert.Analyze(net, Estimates(("S", 1, 2, 3), ("X", 2, 4, 12), ("Y", 3, 5, 7), ("F", 0, 0, 0)));

        Assert.Equal(7, r.ExpectedDuration, 12);
        Assert.Equal(2, r.CriticalPaths.Length);
        Assert.Equal(["S", "X", "F"], r.CriticalPaths[0].ActivityIds.ToArray());
        Assert.Equal(["S", "Y", "F"], r.CriticalPaths[1].ActivityIds.ToArray());
        Assert.Equal(26.0 / 9, r.CriticalPaths[0].Variance, 12);
        Assert.Equal(5.0 / 9, r.CriticalPaths[1].Variance, 12);
        Assert.Same(r.CriticalPaths[0], r.CriticalPath);
        double sigma = Math.Sqrt(26) / 3;
        Assert.Equal(sigma, r.StandardDeviation, 12);
        Assert.Equal(0.5, r.ProbabilityOfMeeting(7), 12);
        Assert.Equal(PhiOfOne, r.ProbabilityOfMeeting(7 + sigma), 12);
        Assert.Equal(1 - PhiOfOne, r.ProbabilityOfMeeting(7 - sigma), 12);
        Assert.Equal(7, r.DueDateFor(0.5), 12);
        Assert.Equal(7 + sigma, r.DueDateFor(PhiOfOne), 9);
        Assert.Equal(9.18, r.DueDateFor(0.9), 2); // docs example: Φ⁻¹(0.9) = 1.2816 (normal table); 7 + 1.2816 × 1.6997 = 9.178

        // Any path: mean Σ te, variance Σ σ².
        PertPath y = r.Path(["S", "Y", "F"]);
        Assert.Equal(7, y.Mean, 12);
        Assert.Equal(5.0 / 9, y.Variance, 12);
        Assert.Equal(PhiOfOne, y.ProbabilityOfMeeting(7 + (Math.Sqrt(5) / 3)), 12);
        PertPath x = r.Path(["X"]);
        Assert.Equal(5, x.Mean, 12);
        Assert.Equal(10.0 / 6, x.StandardDeviation, 12);
    }

    /// <summary>A path without variance is a step: P = 1 from its mean on, 0 before; every due date is the mean.</summary>
    [Fact]
    public void Zero_variance_is_a_step()
    {
        ActivityNetwork net = ActivityNetwork.Create([new("A", 0), new("B", 0)], [new("A", "B")]);
        PertResult r = Pert.Analyze(net, Estimates(("A", 3, 3, 3), ("B", 4, 4, 4)));
        Assert.Equal(7, r.ExpectedDuration);
        Assert.Equal(0, r.Variance);
        Assert.Equal(1, r.ProbabilityOfMeeting(7));
        Assert.Equal(0, r.ProbabilityOfMeeting(6.999));
        Assert.Equal(7, r.DueDateFor(0.99));
    }

    /// <summary>
    /// Lags and start-no-earlier-than enter Te but not the variance; names, constraints and costs are kept.
    /// A (2, 5, 8): te 5, σ² 1; B (1, 1, 1) SNET 10 after A FS +2: ES = max(5 + 2, 10) = 10, Te = 11. Critical path: B
    /// alone (A has float: LS_A = 10 − 2 − 5 = 3), variance 0.
    /// </summary>
    [Fact]
    public void Constraints_and_lags_are_deterministic()
    {
        ActivityNetwork net = ActivityNetwork.Create(
            [new("A", 99, "Design", fixedCost: 10, costRate: 2), new("B", 99, startNoEarlierThan: 10)],
            [new("A", "B", LinkType.FinishToStart, 2)]);
        PertResult r = Pert.Analyze(net, Estimates(("A", 2, 5, 8), ("B", 1, 1, 1)));
        Assert.Equal(11, r.ExpectedDuration, 12);
        Assert.Equal(["B"], r.CriticalPath.ActivityIds.ToArray());
        Assert.Equal(0, r.Variance);
        Assert.Equal(3, r.Cpm["A"].TotalFloat, 12);
        Assert.Equal("Design", r.Cpm["A"].Activity.Name);
        Assert.Equal(10 + (2 * 5), r.Cpm["A"].Activity.Cost, 12);
    }

    [Fact]
    public void Three_point_estimate_moments()
    {
        var e = new ThreePointEstimate(2, 4, 12);
        Assert.Equal((2, 4, 12), (e.Optimistic, e.MostLikely, e.Pessimistic));
        Assert.Equal(5, e.Mean, 12);            // (2 + 16 + 12)/6
        Assert.Equal(10.0 / 6, e.StandardDeviation, 12);
        Assert.Equal(100.0 / 36, e.Variance, 12);
    }
    /// <summary>
    /// Regression fact for a hostile-suite long-run finding (issue 9 §1; before the fix an IndexOutOfRangeException):
    /// at an expected duration of 1e15 a double's spacing is 0.125, so the float of a critical chain does not come back
    /// as 0. Chain A → B with means 0.1 and 1e15 (te of (0.1, 0.1, 0.1) is 0.6/6 = 0.09999999999999999): forward,
    /// T = 0.1 + 1e15 rounds to 1e15 + 0.125; backward, LS_B = T − 1e15 = 0.125 and LS_A = 0.125 − 0.1 = 0.025, so both
    /// have a float of 0.025 &gt; 1e-9 and no activity is critical: a typed error naming floatTolerance. With a
    /// tolerance of 0.05 the chain is the critical path.
    /// </summary>
    [Fact]
    public void Rounding_at_1e15_leaves_no_critical_path_within_the_float_tolerance()
    {
        ActivityNetwork net = ActivityNetwork.Create([new("A", 0), new("B", 0)], [new("A", "B")]);
        Dictionary<string, ThreePointEstimate> est = Estimates(("A", 0.1, 0.1, 0.1), ("B", 1e15, 1e15, 1e15));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Pert.Analyze(net, est));
        Assert.Equal("floatTolerance", e.ParamName);
        PertResult r = Pert.Analyze(net, est, floatTolerance: 0.05);
        Assert.Equal(["A", "B"], r.CriticalPath.ActivityIds.ToArray());
        Assert.Equal(1e15 + 0.125, r.ExpectedDuration);
    }
}
