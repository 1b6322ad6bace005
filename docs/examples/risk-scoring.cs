#:project ../../src/Pmo.Core/Pmo.Core.csproj
// Qualitative risk scoring: PMBOK scales and the Figure 11-10 matrix, level look-ups, matrix, numeric, ordinal and
// formula scores, and multi-dimensional impact: `dotnet run docs/examples/risk-scoring.cs`. See docs/risk-scoring.md.
// Every asserted number is worked out by hand below (the matrix cells are PMBOK's printed values).
using System.Globalization;
using Pmo.Core.Risk;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

ProbabilityScale probability = RiskMatrixPresets.PmbokProbability();   // points 0.1, 0.3, 0.5, 0.7, 0.9
ImpactScale cost = RiskMatrixPresets.PmbokImpact(RiskDimensions.Cost);  // points 0.05, 0.10, 0.20, 0.40, 0.80
ImpactScale schedule = RiskMatrixPresets.PmbokImpact(RiskDimensions.Schedule);

// 1. Point scales map a raw estimate to the nearest point; a midpoint goes to the higher level.
//    0.2 is halfway between 0.1 and 0.3 → level 2; 0.62 is nearest 0.7 → level 4; an impact of 0.32 is nearer 0.40 than
//    0.20 → level 4.
Require(probability.LevelOf(0.2) == 2 && probability.LevelOf(0.62) == 4 && cost.LevelOf(0.32) == 4, "point-scale levels");

// 2. The matrix as printed (PMBOK 5th ed., Figure 11-10): P × I rounded half up to 2 decimals.
//    Row P = 0.9, column I = 0.05: 0.045 → 0.05; row 0.5, column 0.80: 0.40; row 0.7, column 0.20: 0.14.
RiskMatrix matrix = RiskMatrixPresets.Pmbok5x5();
Console.WriteLine($"Cells: (5, 1) {matrix.Cell(5, 1).Score}, (3, 5) {matrix.Cell(3, 5).Score} {matrix.Cell(3, 5).Band.Label}, (4, 3) {matrix.Cell(4, 3).Score}");
Check(matrix.Cell(5, 1).Score, 0.05, "cell P 0.9 × I 0.05");
Check(matrix.Cell(3, 5).Score, 0.40, "cell P 0.5 × I 0.80");
Check(matrix.Cell(4, 3).Score, 0.14, "cell P 0.7 × I 0.20");
Check(matrix.Cell(3, 5, RiskKind.Opportunity).Score, 0.40, "the opportunity half mirrors the threats");

// 3. One risk, P = 0.7 (level 4), cost impact 0.20 (level 3), scored four ways.
var risk = new RiskAssessment(0.7, [new(RiskDimensions.Cost, 0.20)]);
ImpactScale[] costOnly = [cost];
//    Matrix look-up: cell (4, 3) = 0.14.
double? byMatrix = RiskScoringModel.WithMatrix(probability, costOnly, matrix).ScoreDetail(risk).Score;
//    Numeric product, unrounded: 0.7 × 0.20 = 0.14.
double? numeric = RiskScoringModel.NumericProduct(probability, costOnly).ScoreDetail(risk).Score;
//    Ordinal product of the levels: 4 × 3 = 12.
double? ordinal = RiskScoringModel.OrdinalProduct(probability, costOnly).ScoreDetail(risk).Score;
//    Formula P·I + I, normalised by its value at the top levels (0.9, 0.80):
//    (0.7 × 0.2 + 0.2) / (0.9 × 0.8 + 0.8) = 0.34 / 1.52 = 0.2236842.
double? formula = RiskScoringModel.WithFormula(probability, costOnly, ScoreFormula.PTimesIPlusI).ScoreDetail(risk).Score;
Console.WriteLine($"Matrix {byMatrix}, numeric {numeric:0.####}, ordinal {ordinal}, formula P·I + I {formula:0.0000000}");
Check(byMatrix, 0.14, "matrix score");
Check(numeric, 0.14, "numeric score", 1e-12);
Check(ordinal, 12, "ordinal score");
Check(formula, 0.34 / 1.52, "formula score", 1e-12);

// 4. Two dimensions at P = 0.5: cost level 1 (0.05), schedule level 5 (0.80).
//    Max: level 5 → cell (3, 5) = 0.40, high, driven by schedule. Mean: level (1 + 5)/2 = 3 → cell (3, 3) = 0.10, moderate.
ImpactScale[] both = [cost, schedule];
var twoWay = new RiskAssessment(0.5, [new(RiskDimensions.Cost, 0.05), new(RiskDimensions.Schedule, 0.80)]);
RiskScoreDetail max = RiskScoringModel.WithMatrix(probability, both, matrix).ScoreDetail(twoWay);
RiskScoreDetail mean = RiskScoringModel.WithMatrix(probability, both, matrix, ImpactAggregation.Mean).ScoreDetail(twoWay);
Console.WriteLine($"Max {max.Score} {max.Band?.Label} ({max.DrivingDimension}); Mean {mean.Score} {mean.Band?.Label}");
Check(max.Score, 0.40, "max aggregation");
Check(mean.Score, 0.10, "mean aggregation");
Require(max.DrivingDimension == RiskDimensions.Schedule, "schedule drives the max");

return 0;

static void Check(double? actual, double expected, string what, double tolerance = 1e-9)
{
    if (actual is not { } a || Math.Abs(a - expected) > tolerance)
    {
        throw new InvalidOperationException($"{what}: {actual?.ToString() ?? "null"} but the hand computation gives {expected}.");
    }
}

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException($"Not as worked out by hand: {what}.");
    }
}
