namespace Sermo.Forum.Tests.Feed;

public sealed class SqliteFeedWritesTests() : FeedWritesContract(new SqliteForumBackend());
