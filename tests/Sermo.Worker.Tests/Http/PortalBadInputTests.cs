using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Access;
using Sermo.Storage.Clients;

namespace Sermo.Worker.Tests.Http;

// Its served host logs to the process-wide console (DataProtection creates a key on start): in the "Console" collection so
// those lines never land in a CLI test's captured stderr.
/// <summary>
/// Portal requests the fuzz run of 2026-12-03 (seed 20261203) answered with a 500, through the one <c>serve</c> host:
/// a handler the page does not have, and a query the parser refuses (too deeply nested) in the analyst console.
/// </summary>
[Collection("Console")]
public sealed partial class PortalBadInputTests : IAsyncLifetime
{
    private const string Password = "portal-bad-input-password-0123";
    private const string Client = "northwind-cardio";
    private ServedDataFolder _served = null!;

    public async Task InitializeAsync() => _served = await ServedDataFolder.StartAsync();

    public Task DisposeAsync() => _served.DisposeAsync().AsTask();

    // A GET with an unknown handler name falls back to OnGet (Razor Pages' own rule) and is answered; a POST has no
    // unnamed OnPost to fall back to, so the page rendered with nothing loaded.
    [Theory]
    [InlineData("POST", "/portal/clients/northwind-cardio/alerts?handler=nope")]
    [InlineData("POST", "/portal/clients/northwind-cardio/alerts")]
    public async Task PortalPage_HandlerThePageHasNot_NotFoundProblemNotServerError(string method, string path)
    {
        await _served.Services.GetRequiredService<IClientRegistry>().UpsertAsync(
            new ClientRecord(Client, "Northwind Cardio", ClientKinds.Pharma, 5,
                new Watchlist(Client, "Northwind Cardio", ClientKinds.Pharma, [new WatchlistTerm("Eliquis", ["eliquis"])]), "[]"), CancellationToken.None);
        using var browser = await SignedInAsync(PortalRoles.Client, Client);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            var page = await browser.GetStringAsync(new Uri("/portal/clients/northwind-cardio/alerts", UriKind.Relative));
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["rule"] = "-1", ["__RequestVerificationToken"] = Token(page) });
        }

        using var response = await browser.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task AnalystConsole_QueryNestedPastTheLimit_PageSaysRefusedNotServerError()
    {
        using var browser = await SignedInAsync(PortalRoles.Analyst, null);
        var query = new string('(', 30) + "eliquis" + new string(')', 30);

        using var response = await browser.GetAsync(new Uri("/portal/analyst?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Query refused");
    }

    private async Task<HttpClient> SignedInAsync(string role, string? client)
    {
        var email = $"{role}@portal-bad-input.test";
        await _served.Services.GetRequiredService<PortalAccounts>().CreateAsync(email, role, client, Password, CancellationToken.None);
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _served.Address };
        var page = await browser.GetStringAsync(new Uri("/portal/signin", UriKind.Relative));
        using var signIn = await browser.PostAsync(new Uri("/portal/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = Token(page),
        }));
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }

    private static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
