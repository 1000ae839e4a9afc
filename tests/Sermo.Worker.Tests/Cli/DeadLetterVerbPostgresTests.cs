using Sermo.TestSupport;
using Sermo.Worker.Tests.Crash;

namespace Sermo.Worker.Tests.Cli;

/// <summary>
/// The dead-letter verbs with <c>Storage:Provider=postgres</c> on the test server, each a real <c>sermo</c> process
/// (the store's settings reach it as SERMO_ variables, as in a deployment; the fixture fails when the server is missing).
/// </summary>
public sealed class DeadLetterVerbPostgresTests(PostgresDatabase server) : DeadLetterVerbSuite, IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    internal override CrashBackend Backend { get; } = new PostgresCrashBackend(server.ConnectionString);

    protected override async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var child = SermoProcess.Start(Backend.Environment(Data), args);
        var exit = await child.WaitAsync(Timeout);
        return (exit, child.StandardOutput, child.Output);
    }
}
