using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Access;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Http;

/// <summary>A fresh (or given) data folder served by the one `serve` web host on a free loopback port (real Kestrel, real SQLite).</summary>
internal sealed class ServedDataFolder : IAsyncDisposable
{
    private readonly TempDataFolder _folder;

    private ServedDataFolder(TempDataFolder folder, WebApplication web, Uri address)
    {
        (_folder, Web, Address) = (folder, web, address);
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public string Folder => _folder;

    public WebApplication Web { get; }

    public IServiceProvider Services => Web.Services;

    public Uri Address { get; }

    /// <summary>Redirects are not followed, so tests see a sign-in redirect as such.</summary>
    public HttpClient Http { get; }

    /// <param name="folder">The data folder; a fresh temporary one when null. Disposing deletes it either way.</param>
    /// <param name="services">Last word on registrations (a fixed clock).</param>
    /// <param name="folder">The data folder, which the served host owns and deletes (a new one when not given).</param>
    /// <param name="seed">Runs after the host is built and before it starts (clients whose schedules the start registers).</param>
    /// <param name="workers">As `serve --workers`: the ingest worker and the Hangfire server with its schedules run too.</param>
    public static async Task<ServedDataFolder> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        TempDataFolder? folder = null,
        Action<IServiceCollection>? services = null,
        Func<IServiceProvider, Task>? seed = null,
        bool workers = false)
    {
        folder ??= new TempDataFolder("served", create: false);
        var all = new Dictionary<string, string?> { [ServeOptions.Key(nameof(ServeOptions.Port))] = "0" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var web = SermoWeb.Build(DataFolder.Resolve(folder, create: true), verbose: false, all, workers, services);
        if (seed is not null)
        {
            await seed(web.Services);
        }

        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ServedDataFolder(folder, web, new Uri(address));
    }

    /// <summary>A new portal account in <paramref name="role"/> and an API key for it.</summary>
    public async Task<IssuedApiKey> KeyAsync(string email, string role, string? client = null)
    {
        var account = await Services.GetRequiredService<PortalAccounts>().CreateAsync(email, role, client, null, CancellationToken.None);
        return await Services.GetRequiredService<PortalApiKeys>().IssueAsync(account.AccountId, "test", null, CancellationToken.None);
    }

    /// <summary>POST <paramref name="body"/> as NDJSON to the push endpoint, with <paramref name="token"/> as its bearer when given.</summary>
    public async Task<HttpResponseMessage> PushAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/posts")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-ndjson"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    public string? Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, "sermo.db") }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Web.StopAsync();
        await Web.DisposeAsync();
        _folder.Dispose();
    }
}
