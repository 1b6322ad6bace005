namespace Pmo.Core.EarnedValue;

/// <summary>The validation rule a <see cref="WorkPackageException"/> reports.</summary>
public enum WorkPackageRule
{
    /// <summary>Two work packages share an id.</summary>
    DuplicateId = 0,

    /// <summary>Progress is reported for an id that is not in the plan.</summary>
    UnknownPackage = 1,

    /// <summary>A completed milestone id is not one of the package's milestones.</summary>
    UnknownMilestone = 2,

    /// <summary>More units are reported complete than the package's total units.</summary>
    UnitsAboveTotal = 3,

    /// <summary>An apportioned-effort package names a base package that is not in the plan.</summary>
    UnknownBasePackage = 4,

    /// <summary>An apportioned-effort package names a level-of-effort base: apportioned effort must rest on discrete work.</summary>
    LevelOfEffortBase = 5,

    /// <summary>Apportioned-effort packages form a cycle through their base packages.</summary>
    ApportionedCycle = 6,

    /// <summary>Time-phased PV curves are not on the same period grid (different numbers of periods).</summary>
    PeriodGridMismatch = 7,
}
