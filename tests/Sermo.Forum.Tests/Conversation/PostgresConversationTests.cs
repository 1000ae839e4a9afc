using Sermo.TestSupport;

namespace Sermo.Forum.Tests.Conversation;

public sealed class PostgresConversationTests(PostgresDatabase postgres) : ConversationContract(new PostgresForumBackend(postgres)), IClassFixture<PostgresDatabase>;
