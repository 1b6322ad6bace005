using Pmo.Cli;
using Spectre.Console;

// Spectre consoles only for real terminals (and not TERM=dumb): redirected or piped output stays plain text.
bool dumb = string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
IAnsiConsole? terminal = Console.IsOutputRedirected || dumb ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
IAnsiConsole? errorTerminal = Console.IsErrorRedirected || dumb ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
return CliApp.Run(args, Console.Out, Console.Error, terminal: terminal, errorTerminal: errorTerminal);
