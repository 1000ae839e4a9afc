using BenchmarkDotNet.Running;

namespace Sermo.Benchmarks;

// Run from the repository root: dotnet run -c Release --project bench/Sermo.Benchmarks -- --filter '*'
// Results land in BenchmarkDotNet.Artifacts/; the figures quoted in README.md name the command that made them.
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
