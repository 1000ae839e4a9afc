using Sermo.TestSupport;

namespace Sermo.Forum.Tests.Feed;

public sealed class PostgresKillDuringWritesTests(PostgresDatabase postgres) : KillDuringWritesContract(new PostgresForumBackend(postgres)), IClassFixture<PostgresDatabase>;
