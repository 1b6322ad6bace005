namespace Pmo.Cli;

/// <summary>
/// Bad input from the user (missing file, malformed JSON, a contract violation, an unusable option): reported as one
/// line on stderr, exit code 2, never with a stack trace.
/// </summary>
internal sealed class CliInputException : Exception
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
