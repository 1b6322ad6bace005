namespace Pmo.Core.EarnedValue;

/// <summary>
/// A plan of work packages, or the progress reported against it, breaks a rule that needs the whole plan to check
/// (duplicate ids, unknown packages, milestones or base packages, units above the total, apportioned-effort cycles).
/// <see cref="ArgumentException.ParamName"/> names the argument at fault; <see cref="PackageId"/> the package.
/// </summary>
public class WorkPackageException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public WorkPackageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public WorkPackageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WorkPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a broken rule.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="packageId">The package concerned.</param>
    /// <param name="message">The message.</param>
    /// <param name="paramName">The argument at fault.</param>
    public WorkPackageException(WorkPackageRule rule, string? packageId, string message, string paramName)
        : base(message, paramName)
    {
        Rule = rule;
        PackageId = packageId;
    }

    /// <summary>Gets the rule broken.</summary>
    public WorkPackageRule Rule { get; }

    /// <summary>Gets the id of the package concerned, if any.</summary>
    public string? PackageId { get; }
}
