using Sermo.TestSupport;

namespace Sermo.Forum.Tests.Feed;

public sealed class PostgresForumChangeFeedTests(PostgresDatabase postgres) : ForumChangeFeedContract(new PostgresForumBackend(postgres)), IClassFixture<PostgresDatabase>;
