namespace Pmo.Cli;

/// <summary>
/// Writes a finished report: to stdout, or atomically to a file (a temporary file in the same directory, then a
/// move into place), so that on any error the destination is left untouched and no partial file remains.
/// </summary>
internal static class OutputWriter
{
    public static void Write(string content, string? outputPath, TextWriter stdout)
    {
        if (outputPath is null)
        {
            stdout.Write(content);
            stdout.Flush();
            return;
        }

        string full = Path.GetFullPath(outputPath);
        if (Directory.Exists(full))
        {
            throw new CliInputException($"{outputPath}: is a directory; --output needs a file path");
        }

        string directory = Path.GetDirectoryName(full) ?? throw new CliInputException($"{outputPath}: not a valid output path");
        if (!Directory.Exists(directory))
        {
            throw new CliInputException($"{outputPath}: output directory {directory} does not exist");
        }

        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, content);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new CliInputException($"{outputPath}: cannot write output: {ex.Message}", ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary file is hidden and uniquely named.
        }
    }
}
