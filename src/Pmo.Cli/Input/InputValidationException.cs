namespace Pmo.Cli.Input;

/// <summary>A contract violation at a JSON path, for example <c>$.projects[3].baselines[0].periods[5].pv</c>.</summary>
internal sealed class InputValidationException : Exception
{
    public InputValidationException()
    {
        JsonPath = "$";
        Rule = string.Empty;
    }

    public InputValidationException(string message)
        : base(message)
    {
        JsonPath = "$";
        Rule = message;
    }

    public InputValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        JsonPath = "$";
        Rule = message;
    }

    public InputValidationException(string jsonPath, string rule, Exception? innerException = null)
        : base($"{jsonPath}: {rule}", innerException)
    {
        JsonPath = jsonPath;
        Rule = rule;
    }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string JsonPath { get; }

    /// <summary>Gets the rule it breaks.</summary>
    public string Rule { get; }
}
