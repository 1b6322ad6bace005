using Pmo.Cli;
using Spectre.Console;

// Spectre consoles only for real terminals, and not TERM=dumb: redirected or piped output stays plain text, and nothing
// is drawn on a redirected stderr. Spectre honours NO_COLOR (layout kept, no colour). The stderr console is interactive
// even when stdout is redirected (pmo simulate > report.txt still shows a live progress bar).
bool dumb = string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
IAnsiConsole? terminal = Console.IsOutputRedirected || dumb ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
IAnsiConsole? errorTerminal = Console.IsErrorRedirected || dumb ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
return CliApp.Run(args, Console.Out, Console.Error, terminal: terminal, errorTerminal: errorTerminal);
