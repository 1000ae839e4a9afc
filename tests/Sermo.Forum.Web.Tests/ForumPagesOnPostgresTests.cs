using System.Net;
using Sermo.Forum.Storage;
using Sermo.TestSupport;

namespace Sermo.Forum.Web.Tests;

/// <summary>The same pages with the forum on PostgreSQL (<c>Forum:Provider</c> following <c>Storage:Provider=postgres</c>).</summary>
public sealed class ForumPagesOnPostgresTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task StorageProviderPostgres_RegisterSignInPostAndRead_AllOnPostgres()
    {
        await using var host = await ForumHost.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Forum:PostgresConnectionString"] = postgres.ConnectionString,
        });
        host.Service<ForumDatabase>().Should().BeOfType<PostgresForumDatabase>();
        await host.MemberAsync("StatLab", 1);
        using var client = host.Client();
        await host.SignInAsync(client, 1);

        var created = await ForumHost.PostFormAsync(client, "/forum/new", new()
        {
            ["Input.Category"] = "careers", ["Input.Title"] = "Hospitalist nights on PostgreSQL", ["Input.Body"] = "Seven on, seven off?",
        });
        var thread = await client.GetStringAsync(created.Headers.Location);

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        thread.Should().Contain("Hospitalist nights on PostgreSQL").And.Contain("Seven on, seven off?").And.Contain("StatLab");
        (await client.GetStringAsync("/forum?category=careers")).Should().Contain("Hospitalist nights on PostgreSQL");
        (await client.GetStringAsync("/forum")).Should().Contain("Hospitalist nights on PostgreSQL");
        (await client.GetStringAsync("/forum/search?q=seven")).Should().Contain("Hospitalist nights on PostgreSQL");
    }

    [Fact]
    public async Task ForumProvider_BadValue_FailsStartNamingTheKey()
    {
        var start = () => ForumHost.StartAsync(new Dictionary<string, string?> { ["Forum:Provider"] = "mysql" });

        (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).WithMessage("*Forum:Provider*");
    }
}
