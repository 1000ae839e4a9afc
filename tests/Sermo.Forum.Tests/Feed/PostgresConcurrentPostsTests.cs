using Sermo.TestSupport;

namespace Sermo.Forum.Tests.Feed;

public sealed class PostgresConcurrentPostsTests(PostgresDatabase postgres) : ConcurrentPostsContract(new PostgresForumBackend(postgres)), IClassFixture<PostgresDatabase>;
