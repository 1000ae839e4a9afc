using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Worker.Cli;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Http;

/// <summary>A fresh (or given) data folder with the Sermo host over it and the `serve` web app on a free loopback port (real Kestrel, real SQLite).</summary>
internal sealed class ServedDataFolder : IAsyncDisposable
{
    private ServedDataFolder(string folder, IHost sermo, WebApplication web, Uri address)
    {
        (Folder, Sermo, Web, Address) = (folder, sermo, web, address);
        Http = new HttpClient { BaseAddress = address };
    }

    public string Folder { get; }

    public IHost Sermo { get; }

    public WebApplication Web { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public static async Task<ServedDataFolder> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sermo-served-" + Guid.NewGuid().ToString("N"));
        var sermo = SermoHost.Build(DataFolder.Resolve(folder, create: true), verbose: false, settings);
        return await ServeAsync(folder, sermo);
    }

    /// <summary>The `serve` web app over a host already built on <paramref name="folder"/>; disposing it disposes the host and deletes the folder.</summary>
    public static async Task<ServedDataFolder> ServeAsync(string folder, IHost sermo)
    {
        var web = ServeCommand.Build(sermo.Services, port: 0);
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ServedDataFolder(folder, sermo, web, new Uri(address));
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
        await Web.DisposeAsync();
        Sermo.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
