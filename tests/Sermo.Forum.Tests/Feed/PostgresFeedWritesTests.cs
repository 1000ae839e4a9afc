using Sermo.TestSupport;

namespace Sermo.Forum.Tests.Feed;

public sealed class PostgresFeedWritesTests(PostgresDatabase postgres) : FeedWritesContract(new PostgresForumBackend(postgres)), IClassFixture<PostgresDatabase>;
