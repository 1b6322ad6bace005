using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Register;

/// <summary>A random threat assessment with random reducing responses (avoid, mitigate, transfer, accept).</summary>
public sealed record ReducingScenario(double P, double Cost, double Days, (int Kind, double A, double B, double C)[] Responses)
{
    public RiskResponse[] Build() => [.. Responses.Select((r, i) => r.Kind switch
    {
        0 => RiskResponse.Avoid($"r{i}"),
        1 => RiskResponse.Mitigate($"r{i}", r.A, r.B, r.C),
        2 => RiskResponse.Transfer($"r{i}", r.A),
        _ => RiskResponse.Accept($"r{i}"),
    })];

    public override string ToString() => $"P={P}, cost={Cost}, days={Days}, responses=[{string.Join(", ", Responses)}]";
}

/// <summary>Random register: risks spread over projects (some without), threats and opportunities, random statuses.</summary>
public sealed record RegisterScenario((int Project, bool Opportunity, double P, double Cost, double Days, int Status)[] Risks)
{
    public RiskRegister Build() => new(
        Risks.Select((r, i) => new RiskEntry($"R{i}", "r", r.Opportunity ? RiskKind.Opportunity : RiskKind.Threat, RiskAssessment.Create(r.P, r.Cost, r.Days), new LocalDate(2025, 1, 1), status: (RiskStatus)r.Status, projectId: r.Project < 0 ? null : $"P{r.Project}")),
        Enumerable.Range(0, 6).Select(i => new RegisterProject($"P{i}", $"G{i % 2}")));

    public override string ToString() => string.Join("; ", Risks);
}

public static class RegisterArbitraries
{
    private static readonly Gen<double> Unit = Gen.Choose(0, 1000).Select(i => i / 1000.0);
    private static readonly Gen<double> Money = Gen.Choose(0, 10_000_000).Select(i => i / 10.0);

    public static Arbitrary<ReducingScenario> Reducing() => Arb.From(
        from p in Unit
        from cost in Money
        from days in Gen.Choose(0, 200).Select(i => (double)i)
        from n in Gen.Choose(0, 4)
        from rs in Gen.ArrayOf(
            from k in Gen.Choose(0, 3)
            from a in Unit
            from b in Unit
            from c in Unit
            select (k, a, b, c), n)
        select new ReducingScenario(p, cost, days, rs));

    public static Arbitrary<RegisterScenario> Registers() => Arb.From(
        from n in Gen.Choose(0, 40)
        from risks in Gen.ArrayOf(
            from project in Gen.Choose(-1, 5)
            from opp in Gen.Elements(false, false, true)
            from p in Unit
            from cost in Money
            from days in Gen.Choose(0, 100).Select(i => (double)i)
            from status in Gen.Elements(0, 0, 0, 1, 2, 3)
            select (project, opp, p, cost, days, status), n)
        select new RegisterScenario(risks));
}

/// <summary>Layer 2 FsCheck properties of the register: responses only reduce, roll-ups add up, flat burndown.</summary>
[Properties(Arbitrary = new[] { typeof(RegisterArbitraries) }, MaxTest = 300)]
public class RiskRegisterProperties
{
    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{expected:R} vs {actual:R}");

    [Property]
    public void Avoid_mitigate_transfer_and_accept_never_raise_exposure(ReducingScenario s)
    {
        RiskAssessment inherent = RiskAssessment.Create(s.P, s.Cost, s.Days);
        RiskAssessment residual = RiskResponseEffects.Apply(inherent, RiskKind.Threat, s.Build()).Assessment;
        Assert.True(residual.ExpectedCost <= inherent.ExpectedCost * (1 + 1e-12), $"{residual.ExpectedCost} > {inherent.ExpectedCost}");
        Assert.True(residual.ExpectedDelay <= inherent.ExpectedDelay * (1 + 1e-12));
        Assert.True(residual.Probability <= inherent.Probability);
    }

    [Property]
    public void Sharing_an_opportunity_never_raises_its_benefit(ReducingScenario s)
    {
        RiskAssessment inherent = RiskAssessment.Create(s.P, s.Cost, s.Days);
        RiskResponse[] shares = [.. s.Responses.Select((r, i) => RiskResponse.Share($"s{i}", r.A))];
        Assert.True(RiskResponseEffects.Apply(inherent, RiskKind.Opportunity, shares).Assessment.ExpectedCost <= inherent.ExpectedCost * (1 + 1e-12));
    }

    [Property]
    public void Portfolio_exposure_is_the_sum_of_the_project_groups_for_every_grouping(RegisterScenario s)
    {
        RiskRegister reg = s.Build();
        foreach (AssessmentStage stage in new[] { AssessmentStage.Inherent, AssessmentStage.Current })
        {
            ExposureGroup pf = ExposureRollup.By(reg, RiskGrouping.Portfolio, stage).Total;
            foreach (RiskGrouping g in new[] { RiskGrouping.Project, RiskGrouping.Programme, RiskGrouping.Category, RiskGrouping.Owner })
            {
                ExposureBreakdown b = ExposureRollup.By(reg, g, stage);
                Close(pf.NetMoney, b.Groups.Sum(x => x.NetMoney));
                Close(pf.NetTime, b.Groups.Sum(x => x.NetTime));
                Assert.Equal(pf.Count, b.Groups.Sum(x => x.Count));
            }

            // Without portfolio-level risks, the portfolio equals the sum of the projects exactly as the issue states.
            ExposureBreakdown byProject = ExposureRollup.By(reg, RiskGrouping.Project, stage);
            double projects = byProject.Groups.Where(x => x.Key is not null).Sum(x => x.NetMoney);
            Close(pf.NetMoney, projects + (byProject.Find(null)?.NetMoney ?? 0));
        }
    }

    [Property]
    public void Burndown_of_a_constant_register_is_flat(RegisterScenario s, PositiveInt periods)
    {
        RiskRegister reg = s.Build();
        int n = 1 + (periods.Get % 12);
        var snaps = Enumerable.Range(0, n).Select(i => new RiskRegisterSnapshot(new LocalDate(2025, 1, 31).PlusMonths(i), reg));
        BurndownPoint[] points = [.. RiskBurndown.Compute(snaps)];
        Assert.Equal(n, points.Length);
        Assert.All(points, p => Assert.Equal((points[0].NetMoney, points[0].NetTime, points[0].Count), (p.NetMoney, p.NetTime, p.Count)));
        Close(ExposureRollup.By(reg, RiskGrouping.Portfolio).Total.NetMoney, points[0].NetMoney);
    }
}
