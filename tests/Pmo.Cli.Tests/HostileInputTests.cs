using System.Text;

namespace Pmo.Cli.Tests;

/// <summary>
/// Issue 9 §1–2 (first slice): mutated sample inputs for every reader — CSV and JSON — through the whole CLI. The only
/// allowed outcomes are a report (exit 0) or a one-line input error naming the file (exit 2); an internal error
/// (exit 1: an exception the readers did not turn into a clear message) is a bug. Mutations come from a fixed seed, so
/// every run tries the same inputs; the counts per family are in the test names' data.
/// </summary>
public sealed class HostileInputTests
{
    // Hostile fragments: quotes, separators, line ends, BOM, NUL, non-finite and extreme numbers, negative zero,
    // another culture's decimal comma, huge and tiny exponents, a lone surrogate's replacement, deep nesting.
    private static readonly string[] Fragments =
    [
        "\"", ",", ";", "\n", "\r\n", "\r", "\uFEFF", "\0", "NaN", "Infinity", "-Infinity", "1e308", "-1e308", "1e-320",
        "-0", "0,5", "9999999999999999999999", "-1", "[", "]", "{", "}", "null", "true", "\"\"", "\\", "\u00e9", "\uFFFD",
        new string('[', 200), "2026-02-30", "0000-00-00",
    ];

    [Theory]
    [InlineData("evm", "csv/project-status.csv", 150)]
    [InlineData("risk", "csv/risk-register.csv", 150)]
    [InlineData("prioritize", "csv/decision-matrix.csv", 40)]
    [InlineData("evm", "sample-project.json", 150)]
    [InlineData("kpi", "sample-kpis.json", 80)]
    [InlineData("risk", "sample-risks.json", 150)]
    [InlineData("prioritize", "sample-prioritization.json", 30)]
    [InlineData("simulate", "sample-schedule.json", 60)]
    public void Mutated_inputs_give_a_report_or_a_clear_input_error(string command, string sample, int mutants)
    {
        string original = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "data", sample));
        var random = new Random(HashCode(sample));
        using var runner = new CliRunner();
        var internalErrors = new List<string>();
        int reports = 0, inputErrors = 0;
        for (int m = 0; m < mutants; m++)
        {
            string mutated = Mutate(original, random);
            string path = runner.Write($"m{m}{Path.GetExtension(sample)}", mutated);
            string[] args = command == "simulate" ? [command, "--input", path, "-n", "256"] : [command, "--input", path];
            var (exit, _, err) = CliRunner.Run(args);
            switch (exit)
            {
                case 0:
                    reports++;
                    break;
                case 2 when err.StartsWith("pmo: error: ", StringComparison.Ordinal) && err.Contains(path, StringComparison.Ordinal)
                    && err.TrimEnd('\n').Split('\n').Length == 1:
                    inputErrors++;
                    break;
                default:
                    internalErrors.Add($"mutant {m} (exit {exit}): {err.Trim().Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}");
                    break;
            }
        }

        Assert.True(internalErrors.Count == 0, $"{internalErrors.Count} of {mutants} mutants of {sample}:\n" + string.Join("\n", internalErrors.Take(5)));
        Assert.Equal(mutants, reports + inputErrors);
        Assert.True(inputErrors > 0, "no mutant was rejected: the mutations are too weak to test anything");
    }

    [Fact]
    public void A_stray_character_before_a_long_literal_gives_a_short_one_line_error()
    {
        // "t" followed by the rest of a file is read as an invalid literal; the reader quotes it up to the next
        // delimiter. The message keeps 40 characters of it, on one line.
        using var runner = new CliRunner();
        string path = runner.Write("bad.json", "{\"a\": t" + string.Concat(Enumerable.Repeat("    {\"label\": \"x\"}\n", 200)) + "}");
        var (exit, _, err) = CliRunner.Run("evm", "--input", path);
        Assert.Equal(2, exit);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.Contains("malformed JSON at line 1, column", err, StringComparison.Ordinal);
        Assert.Contains("…' is an invalid", err, StringComparison.Ordinal);
        Assert.True(err.Length < 400, err);
    }

    private static int HashCode(string text)
    {
        int h = 17;
        foreach (char c in text)
        {
            h = unchecked((h * 31) + c);
        }

        return h;
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        int edits = 1 + random.Next(3);
        for (int e = 0; e < edits && sb.Length > 0; e++)
        {
            int at = random.Next(sb.Length);
            switch (random.Next(6))
            {
                case 0: // insert a hostile fragment
                    sb.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1: // delete a short run
                    sb.Remove(at, Math.Min(1 + random.Next(8), sb.Length - at));
                    break;
                case 2: // replace a digit run's first digit with a hostile number
                    int d = IndexOfDigit(sb, at);
                    if (d >= 0)
                    {
                        sb.Remove(d, 1).Insert(d, Fragments[9 + random.Next(7)]);
                    }

                    break;
                case 3: // truncate
                    sb.Length = at;
                    break;
                case 4: // duplicate a line
                    string s = sb.ToString();
                    int start = s.LastIndexOf('\n', at) + 1;
                    int end = s.IndexOf('\n', at);
                    string line = end < 0 ? s[start..] : s[start..(end + 1)];
                    sb.Insert(start, line.EndsWith('\n') ? line : line + "\n");
                    break;
                default: // swap two characters
                    int other = random.Next(sb.Length);
                    (sb[at], sb[other]) = (sb[other], sb[at]);
                    break;
            }
        }

        return sb.ToString();
    }

    private static int IndexOfDigit(StringBuilder sb, int from)
    {
        for (int i = from; i < sb.Length; i++)
        {
            if (char.IsAsciiDigit(sb[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
