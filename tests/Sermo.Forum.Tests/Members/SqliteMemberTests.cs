namespace Sermo.Forum.Tests.Members;

public sealed class SqliteMemberTests() : MemberContract(new SqliteForumBackend());
