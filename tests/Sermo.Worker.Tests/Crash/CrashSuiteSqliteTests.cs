using Xunit.Abstractions;

namespace Sermo.Worker.Tests.Crash;

/// <summary>The crash suite on the default store: each data folder's own SQLite file.</summary>
[Collection(CrashCollection.Name)]
public sealed class CrashSuiteSqliteTests(ITestOutputHelper output) : CrashSuite(output)
{
    internal override CrashBackend Backend { get; } = new SqliteCrashBackend();
}
