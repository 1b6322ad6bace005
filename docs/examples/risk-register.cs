#:project ../../src/Pmo.Core/Pmo.Core.csproj
// A risk register and a decision tree end to end: `dotnet run docs/examples/risk-register.cs`.
// Threats and opportunities with responses → exposure at each stage → roll-up by project → contingency reserve →
// a decision tree rolled back to its expected value. Values as worked in docs/risk-register.md and
// docs/decision-trees.md (PMBOK Guide 5th ed., Figure 11-16); the example stops with an error if one differs.
using System.Globalization;
using NodaTime;
using Pmo.Core.Risk;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

var d = new LocalDate(2025, 1, 6);
var supplier = new RiskEntry("R1", "Supplier late", RiskKind.Threat, RiskAssessment.Create(0.4, costImpact: 50_000, scheduleImpact: 10), d,
    category: "commercial", owner: "ann", projectId: "P1",
    responses: [RiskResponse.Mitigate("m1", probabilityFactor: 0.5, cost: 2_000, dueDate: d.PlusDays(14)),
                RiskResponse.Transfer("t1", coverage: 0.5, cost: 1_000)]);
var early = new RiskEntry("O1", "Early access", RiskKind.Opportunity, RiskAssessment.Create(0.5, 8_000), d, projectId: "P1",
    responses: [RiskResponse.Enhance("e1", probabilityFactor: 1.5)]);
var register = new RiskRegister([supplier, early], [new RegisterProject("P1", programmeId: "PG1")]);

var inherent = supplier.ExposureAt(AssessmentStage.Inherent);   // 0.4 × 50,000 and 0.4 × 10 days
var residual = supplier.ExposureAt(AssessmentStage.Residual);   // mitigated to 0.2, half transferred: 0.2 × 25,000
double net = ExposureRollup.By(register, RiskGrouping.Project).Find("P1")!.NetMoney; // 20,000 − 0.5 × 8,000
double reserve = ContingencyReserve.Estimate(register).Money;                            // residual threats: 5,000
Console.WriteLine($"R1 inherent exposure {inherent}, residual {residual}; P1 net current exposure {net:N0}; contingency {reserve:N0}");
Check(net, 16_000, "net exposure of P1");
Check(reserve, 5_000, "contingency reserve");

DecisionTree plant = DecisionTree.FromDecision("plant", t => t
    .Chance("build", -120, c => c.Terminal("strong", 0.6, 200).Terminal("weak", 0.4, 90))
    .Chance("upgrade", -50, c => c.Terminal("strong", 0.6, 120).Terminal("weak", 0.4, 60)));
DecisionTreeResult r = plant.RollBack();
Console.WriteLine($"Decision tree: best {r.BestDecision}, expected value {r.ExpectedValue} $M");
Check(r.ExpectedValue, 46, "expected value of the PMBOK plant decision");

static void Check(double actual, double expected, string what)
{
    if (Math.Abs(actual - expected) > 1e-9)
    {
        throw new InvalidOperationException($"{what}: {actual} but the worked example gives {expected}.");
    }
}
