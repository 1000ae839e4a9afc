namespace Sermo.Forum.Tests.Conversation;

public sealed class SqliteConversationTests() : ConversationContract(new SqliteForumBackend());
