using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Cube;

public sealed class PostgresAspectCueCubeTests(PostgresDatabase server) : AspectCueCubeContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
