using Pmo.Core.Risk;

namespace Pmo.Core.Tests.Risk.Register;

/// <summary>
/// A test-only contingency estimator that ignores its inputs and returns <paramref name="result"/> (null to break the
/// contract), so that only <see cref="ContingencyReserve"/>'s own checks and plumbing are exercised.
/// </summary>
internal sealed class StubEstimator(ContingencyEstimate? result) : IContingencyEstimator
{
    public ContingencyEstimate Estimate(RiskRegister riskRegister, AssessmentStage stage) => result!;
}
