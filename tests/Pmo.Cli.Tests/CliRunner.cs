using System.Text.Json.Nodes;

namespace Pmo.Cli.Tests;

/// <summary>Runs the CLI in-process and holds temporary files for one test.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Directory = Path.Combine(Path.GetTempPath(), "pmo-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pmo.Core.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Pmo.Core.sln not found above the test directory.");
        }
    }

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public string Write(string name, string content)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Write(string name, JsonNode node) => Write(name, node.ToJsonString());

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
