namespace Sermo.Forum.Tests.Feed;

public sealed class SqliteForumChangeFeedTests() : ForumChangeFeedContract(new SqliteForumBackend());
