using Sermo.Worker.Tests.Crash;

namespace Sermo.Worker.Tests.Cli;

/// <summary>The dead-letter verbs in-process on the default store, the data folder's SQLite file.</summary>
[Collection("Console")]
public sealed class DeadLetterVerbSqliteTests : DeadLetterVerbSuite
{
    internal override CrashBackend Backend { get; } = new SqliteCrashBackend();

    protected override Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => CliRun.RunAsync(args);
}
