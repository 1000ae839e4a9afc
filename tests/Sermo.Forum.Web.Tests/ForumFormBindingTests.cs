using System.Net;
using Sermo.Forum.Conversation;
using Sermo.Forum.Members;

namespace Sermo.Forum.Web.Tests;

/// <summary>
/// Forms posted as a browser without its own checks would post them: a field sent empty binds as null in MVC, and the
/// page must show its form again with the reason, never fail; a handler the page has not is a 404, never a page
/// rendered without what its handler loads.
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

    [Theory]
    [InlineData("?handler=Nope")]
    [InlineData("")]
    public async Task Thread_PostToAHandlerThePageHasNot_NotFoundNotAnError(string query)
    {
        var author = await _host.MemberAsync("HandlerCheck", 2);
        var thread = await _host.Service<Posting>().CreateThreadAsync(author, new("cases", "Handler thread", "Question", null), default);
        using var client = _host.Client();
        await _host.SignInAsync(client, 2);

        // Found by fuzz seed 20261204: the thread view rendered with nothing loaded, a 500 (NullReferenceException).
        var response = await ForumHost.PostFormAsync(client, $"/forum/thread/{thread}", new() { ["body"] = "x" }, $"/forum/thread/{thread}{query}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("?handler=Nope")]
    [InlineData("")]
    public async Task Settings_PostToAHandlerThePageHasNot_NotFoundNotAnError(string query)
    {
        await _host.MemberAsync("SettingsCheck", 3);
        using var client = _host.Client();
        await _host.SignInAsync(client, 3);

        var response = await ForumHost.PostFormAsync(client, "/forum/settings", new(), "/forum/settings" + query);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Settings_GetNamingAHandlerThePageHasNot_PageShown()
    {
        await _host.MemberAsync("GetCheck", 4);
        using var client = _host.Client();
        await _host.SignInAsync(client, 4);

        // Razor Pages falls back to OnGet for a GET, which loads the page: nothing to refuse.
        var response = await client.GetAsync("/forum/settings?handler=Nope");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("GetCheck");
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("367")]
    [InlineData("-1")]
    [InlineData("-2147483648")]
    [InlineData("x")]
    public async Task NewThread_PollDaysTheListDoesNotOffer_FormShownAgainWithMessageAtThePollField(string days)
    {
        await _host.MemberAsync("PollCheck", 5);
        using var client = _host.Client();
        await _host.SignInAsync(client, 5);

        var response = await ForumHost.PostFormAsync(client, "/forum/new", new()
        {
            ["Input.Category"] = "cases", ["Input.Title"] = "Which anticoagulant after a bleed?", ["Input.Body"] = "Restart apixaban at which dose?",
            ["Input.PollQuestion"] = "Dose?", ["Input.PollOptions[0]"] = "2.5 mg", ["Input.PollOptions[1]"] = "5 mg", ["Input.PollDays"] = days,
        });

        // Shown again, not posted (302) and not a 500; the reason sits in the poll field's own error span, where the
        // member looks (a refusal keyed to a field the page does not render is silent).
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().MatchRegex(
            "<span[^>]*data-valmsg-for=\"Input.PollDays\"[^>]*>Choose when the poll closes from the list.</span>");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("30")]
    public async Task NewThread_PollDaysFromTheList_ThreadPosted(string days)
    {
        await _host.MemberAsync("PollListCheck", 6);
        using var client = _host.Client();
        await _host.SignInAsync(client, 6);

        var response = await ForumHost.PostFormAsync(client, "/forum/new", new()
        {
            ["Input.Category"] = "cases", ["Input.Title"] = "Which statin after a stroke?", ["Input.Body"] = "High intensity for everyone?",
            ["Input.PollQuestion"] = "Statin?", ["Input.PollOptions[0]"] = "Atorvastatin 80", ["Input.PollOptions[1]"] = "Rosuvastatin 20", ["Input.PollDays"] = days,
        });

        // The refusal of values the list does not offer must not refuse the list's own.
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().StartWith("/forum/thread/");
    }
}
