namespace Sermo.Forum.Tests.Feed;

public sealed class SqliteConcurrentPostsTests() : ConcurrentPostsContract(new SqliteForumBackend());
