using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "--reliability")
{
    // Issue 9 §4–5 measurement tables (not BenchmarkDotNet): see Reliability/ReliabilityReport.cs.
    Pmo.Core.Benchmarks.Reliability.ReliabilityReport.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
