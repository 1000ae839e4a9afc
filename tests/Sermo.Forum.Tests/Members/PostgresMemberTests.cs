using Sermo.TestSupport;

namespace Sermo.Forum.Tests.Members;

public sealed class PostgresMemberTests(PostgresDatabase postgres) : MemberContract(new PostgresForumBackend(postgres)), IClassFixture<PostgresDatabase>;
