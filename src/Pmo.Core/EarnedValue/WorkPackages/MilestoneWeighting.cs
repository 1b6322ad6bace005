namespace Pmo.Core.EarnedValue;

/// <summary>How <see cref="WeightedMilestonesTechnique"/> treats milestone weights that do not sum to 1.</summary>
public enum MilestoneWeighting
{
    /// <summary>The weights must sum to 1 (within 1e−9); otherwise the technique is rejected with an <see cref="ArgumentException"/>.</summary>
    RequireSumToOne = 0,

    /// <summary>The weights are relative: each is divided by their sum (<c>wᵢ / Σ w</c>), so 3, 1 and 1 mean 60 %, 20 % and 20 %.</summary>
    Normalize = 1,
}
