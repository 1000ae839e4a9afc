using System.Net;
using Sermo.Forum.Members;

namespace Sermo.Forum.Web.Tests;

/// <summary>
/// Forms posted as a browser without its own checks would post them: a field sent empty binds as null in MVC, and the
/// page must show its form again with the reason, never fail.
/// </summary>
public sealed class ForumFormBindingTests : IAsyncLifetime
{
    private ForumHost _host = null!;

    public async Task InitializeAsync() => _host = await ForumHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Register_EveryFieldSentEmpty_FormShownAgainWithReasonsAndNoAccount()
    {
        using var client = _host.Client();

        // Found by fuzz seed 20261204: an empty field reached .Trim() as null, a 500 (NullReferenceException).
        var response = await ForumHost.PostFormAsync(client, "/forum/register", new()
        {
            ["Input.Npi"] = "", ["Input.Specialty"] = "", ["Input.State"] = "", ["Input.Email"] = "", ["Input.Password"] = "", ["Input.Pseudonym"] = "",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Choose your specialty from the list.");
        (await _host.Service<MemberDirectory>().ListPendingAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Input.Npi")]
    [InlineData("Input.Email")]
    [InlineData("Input.Pseudonym")]
    public async Task Register_OneFieldSentEmpty_FormShownAgainNotAnError(string field)
    {
        using var client = _host.Client();
        var good = ForumHost.Form("EmptyFieldCheck", 7);
        var fields = new Dictionary<string, string>
        {
            ["Input.Npi"] = good.Npi, ["Input.Specialty"] = good.Specialty, ["Input.State"] = good.State,
            ["Input.Email"] = good.Email, ["Input.Password"] = good.Password, ["Input.Pseudonym"] = good.Pseudonym,
        };
        fields[field] = "";

        var response = await ForumHost.PostFormAsync(client, "/forum/register", fields);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _host.Service<MemberDirectory>().ListPendingAsync(CancellationToken.None)).Should().BeEmpty();
    }
}
