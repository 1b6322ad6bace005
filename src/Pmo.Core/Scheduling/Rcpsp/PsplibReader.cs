using System.Globalization;

namespace Pmo.Core.Scheduling.Rcpsp;

/// <summary>
/// Reads single-mode PSPLIB files (<c>.sm</c>; Kolisch and Sprecher 1996, "PSPLIB - a project scheduling problem
/// library", EJOR 96, 205–216) and the optimum/best-known tables (<c>j30opt.sm</c>, <c>*hrs.sm</c>). Parsing is by
/// keyword and whitespace-separated integers, not by column; every error is a <see cref="FormatException"/> that
/// names the line number.
/// </summary>
public static class PsplibReader
{
    /// <summary>Parses the text of a single-mode <c>.sm</c> file.</summary>
    /// <param name="text">The whole file.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">A section or the <c>horizon</c> line is missing, or a line is malformed (the message names the line).</exception>
    /// <exception cref="ArgumentException">The data break a rule of <see cref="RcpspProblem"/> (e.g. a request above capacity).</exception>
    [System.Diagnostics.Contracts.Pure]
    public static PsplibInstance Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.Split('\n');
        int n = -1, renewable = -1, horizon = -1, mpm = -1;
        int i = 0;
        string[][]? precedence = null;
        string[][]? requests = null;
        string[]? capacities = null;
        int capacityLine = -1;
        while (i < lines.Length)
        {
            string line = lines[i].TrimEnd('\r');
            string trimmed = line.Trim();
            if (trimmed.StartsWith("jobs (incl. supersource/sink", StringComparison.Ordinal))
            {
                n = ValueAfterColon(line, i);
            }
            else if (trimmed.StartsWith("horizon", StringComparison.Ordinal))
            {
                horizon = ValueAfterColon(line, i);
            }
            else if (trimmed.StartsWith("- renewable", StringComparison.Ordinal))
            {
                renewable = ValueAfterColon(line, i);
            }
            else if (trimmed.StartsWith("- nonrenewable", StringComparison.Ordinal) || trimmed.StartsWith("- doubly constrained", StringComparison.Ordinal))
            {
                int other = ValueAfterColon(line, i);
                if (other != 0)
                {
                    throw Error(i, $"only renewable resources are supported (got '{trimmed}').");
                }
            }
            else if (trimmed.StartsWith("PROJECT INFORMATION:", StringComparison.Ordinal))
            {
                string[] row = Tokens(lines, i + 2);
                if (row.Length < 6)
                {
                    throw Error(i + 2, "expected 'pronr. #jobs rel.date duedate tardcost MPM-Time'.");
                }

                mpm = Int(row[5], i + 2);
                i += 2;
            }
            else if (trimmed.StartsWith("PRECEDENCE RELATIONS:", StringComparison.Ordinal))
            {
                RequireJobs(n, i);
                precedence = Rows(lines, i + 2, n);
                i += 1 + n;
            }
            else if (trimmed.StartsWith("REQUESTS/DURATIONS:", StringComparison.Ordinal))
            {
                RequireJobs(n, i);
                int first = i + 1;
                while (first < lines.Length && !lines[first].TrimStart().StartsWith("---", StringComparison.Ordinal))
                {
                    first++;
                }

                requests = Rows(lines, first + 1, n);
                i = first + n;
            }
            else if (trimmed.StartsWith("RESOURCEAVAILABILITIES:", StringComparison.Ordinal))
            {
                capacities = Tokens(lines, i + 2);
                capacityLine = i + 2;
                if (capacities.Length == 0)
                {
                    throw Error(i + 2, "expected a row of resource capacities.");
                }

                i += 2;
            }

            i++;
        }

        if (n < 0) { throw Error(lines.Length - 1, "no 'jobs (incl. supersource/sink )' line found."); }
        if (horizon < 0) { throw Error(lines.Length - 1, "no 'horizon' line found."); }
        if (renewable < 0) { throw Error(lines.Length - 1, "no '- renewable' line found."); }
        if (precedence is null) { throw Error(lines.Length - 1, "no 'PRECEDENCE RELATIONS:' section found."); }
        if (requests is null) { throw Error(lines.Length - 1, "no 'REQUESTS/DURATIONS:' section found."); }
        if (capacities is null) { throw Error(lines.Length - 1, "no 'RESOURCEAVAILABILITIES:' section found."); }
        if (mpm < 0) { throw Error(lines.Length - 1, "no 'PROJECT INFORMATION:' section found."); }

        if (capacities.Length != renewable)
        {
            throw Error(lines.Length - 1, $"RESOURCEAVAILABILITIES lists {capacities.Length} capacities but the file declares {renewable} renewable resources.");
        }

        int[] cap = [.. capacities.Select(c => Int(c, capacityLine))];
        var jobs = new RcpspJob[n];
        for (int j = 0; j < n; j++)
        {
            string[] pr = precedence[j];
            string[] rq = requests[j];
            string id = (j + 1).ToString(CultureInfo.InvariantCulture);
            if (pr.Length < 3 || pr[0] != id)
            {
                throw new FormatException($"PSPLIB precedence row {j + 1}: expected 'jobnr. #modes #successors successors...' for job {id} (got '{string.Join(' ', pr)}').");
            }

            int count = Int(pr[2], -1);
            if (pr.Length != 3 + count)
            {
                throw new FormatException($"PSPLIB precedence row of job {id}: it declares {count} successors but lists {pr.Length - 3}.");
            }

            if (rq.Length != 3 + renewable || rq[0] != id)
            {
                throw new FormatException($"PSPLIB request row of job {id}: expected 'jobnr mode duration' and {renewable} requests (got '{string.Join(' ', rq)}').");
            }

            jobs[j] = new RcpspJob(id, Int(rq[2], -1), rq.Skip(3).Select(x => Int(x, -1)), pr.Skip(3));
        }

        return new PsplibInstance(new RcpspProblem(jobs, cap), horizon, mpm);
    }

    /// <summary>Reads a single-mode <c>.sm</c> file from a reader.</summary>
    /// <param name="reader">The reader (read to the end, not disposed).</param>
    /// <returns>The instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">A section is missing or malformed.</exception>
    public static PsplibInstance Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// Parses a PSPLIB reference table (<c>j30opt.sm</c> or <c>jXXhrs.sm</c>): every line that starts with at least three
    /// integers is read as <c>Parameter Instance Makespan</c>; other lines (headers, author notes) are skipped.
    /// </summary>
    /// <param name="text">The whole file.</param>
    /// <returns>The makespan per (parameter cell, instance).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">A (parameter, instance) pair repeats (the message names the line).</exception>
    [System.Diagnostics.Contracts.Pure]
    public static IReadOnlyDictionary<(int Parameter, int Instance), int> ParseReferenceMakespans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new Dictionary<(int, int), int>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string[] t = lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (t.Length >= 3
                && int.TryParse(t[0], NumberStyles.None, CultureInfo.InvariantCulture, out int par)
                && int.TryParse(t[1], NumberStyles.None, CultureInfo.InvariantCulture, out int inst)
                && int.TryParse(t[2], NumberStyles.None, CultureInfo.InvariantCulture, out int makespan)
                && !result.TryAdd((par, inst), makespan))
            {
                throw Error(i, $"parameter {par} instance {inst} is listed twice.");
            }
        }

        return result;
    }

    private static void RequireJobs(int n, int line)
    {
        if (n < 1)
        {
            throw Error(line, "the job count ('jobs (incl. supersource/sink )') must come before this section and be at least 1.");
        }
    }

    private static string[] Tokens(string[] lines, int i)
    {
        if (i >= lines.Length)
        {
            throw Error(lines.Length - 1, "the file ends inside a section.");
        }

        return lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    private static string[][] Rows(string[] lines, int first, int n)
    {
        string[][] rows = new string[n][];
        for (int j = 0; j < n; j++)
        {
            rows[j] = Tokens(lines, first + j);
            foreach (string t in rows[j])
            {
                _ = Int(t, first + j);
            }
        }

        return rows;
    }

    private static int ValueAfterColon(string line, int i)
    {
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        string[] t = colon < 0 ? [] : line[(colon + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (t.Length == 0)
        {
            throw Error(i, $"expected 'key : integer' (got '{line.Trim()}').");
        }

        return Int(t[0], i);
    }

    private static int Int(string token, int line) =>
        int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v)
            ? v
            : throw (line >= 0 ? Error(line, $"'{token}' is not an integer.") : new FormatException($"PSPLIB: '{token}' is not an integer."));

    private static FormatException Error(int zeroBasedLine, string message) =>
        new($"PSPLIB line {zeroBasedLine + 1}: {message}");
}
