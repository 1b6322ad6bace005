using Pmo.Cli.Fuzz;
using SharpFuzz;

// Usage:
//   Pmo.Cli.Fuzz json|csv                 run under AFL++ (afl-fuzz ... -- dotnet Pmo.Cli.Fuzz.dll json)
//   Pmo.Cli.Fuzz json|csv FILE...         replay inputs (crash reproduction): prints the outcome of each file
if (args.Length == 0 || !FuzzTargets.TryGet(args[0], out Action<byte[]>? target))
{
    Console.Error.WriteLine("usage: Pmo.Cli.Fuzz json|csv [FILE...]");
    return 2;
}

if (args.Length > 1)
{
    int failures = 0;
    foreach (string file in args.Skip(1))
    {
        try
        {
            target(File.ReadAllBytes(file));
            Console.WriteLine($"{file}: ok");
        }
#pragma warning disable CA1031 // Replay reports every escaping exception, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failures++;
            Console.WriteLine($"{file}: CRASH {ex}");
        }
    }

    return failures == 0 ? 0 : 1;
}

Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
