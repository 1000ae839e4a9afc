using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Forum.Members;

namespace Sermo.Forum.Web.Tests;

/// <summary>
/// The forum web app alone (AddForumWeb + MapForum, as a forum deployed apart from the Worker would run) on real Kestrel
/// over a fresh SQLite file, with a client that keeps cookies and reads antiforgery tokens like a browser.
/// </summary>
internal sealed partial class ForumHost : IAsyncDisposable
{
    public const string FeedToken = "feed-token-for-the-web-tests";

    private readonly TempDataFolder _folder;

    private ForumHost(TempDataFolder folder, WebApplication app, Uri address) => (_folder, App, Address) = (folder, app, address);

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<ForumHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TempDataFolder("forum-web");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Forum:ConnectionString"] = "Data Source=" + Path.Combine(folder, "forum.db"),
            ["Forum:Web:KeysFolder"] = Path.Combine(folder, "keys"),
            ["Forum:Feed:Token"] = FeedToken,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddForumWeb();
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapForum();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ForumHost(folder, app, new Uri(address));
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A registered and approved member; returns the member id.</summary>
    public async Task<string> MemberAsync(string pseudonym, int seed, bool approve = true)
    {
        var result = await Service<MemberRegistration>().RegisterAsync(Form(pseudonym, seed), CancellationToken.None);
        result.Errors.Should().BeEmpty();
        if (approve)
        {
            await Service<MemberDirectory>().ReviewAsync(result.MemberId!, approve: true, CancellationToken.None);
        }

        return result.MemberId!;
    }

    public static RegistrationForm Form(string pseudonym, int seed)
    {
        var body = (300_000_000 + seed).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var npi = Enumerable.Range(0, 10).Select(d => body + d).Single(NpiNumber.IsValid);
        return new RegistrationForm(npi, "Cardiology", "TX", $"web{seed}@example.org", "correct horse battery", pseudonym);
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests look at them).</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Signs the client in through the real form (with its antiforgery token).</summary>
    public async Task SignInAsync(HttpClient client, int seed)
    {
        var response = await PostFormAsync(client, "/forum/signin", new() { ["Email"] = $"web{seed}@example.org", ["Password"] = "correct horse battery" });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs the page, takes the antiforgery token from its form, and POSTs the fields to <paramref name="action"/> (default: the page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(fields));
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        _folder.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
