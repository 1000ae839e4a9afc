namespace Sermo.Forum.Tests.Feed;

public sealed class SqliteKillDuringWritesTests() : KillDuringWritesContract(new SqliteForumBackend());
