using Sermo.TestSupport;
using Xunit.Abstractions;

namespace Sermo.Worker.Tests.Crash;

/// <summary>
/// The crash suite with <c>Storage:Provider=postgres</c> and PostgreSQL search on the test server (the fixture fails
/// the run when the server is missing; it never skips).
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class CrashSuitePostgresTests(ITestOutputHelper output, PostgresDatabase server) : CrashSuite(output), IClassFixture<PostgresDatabase>
{
    internal override CrashBackend Backend { get; } = new PostgresCrashBackend(server.ConnectionString);
}
