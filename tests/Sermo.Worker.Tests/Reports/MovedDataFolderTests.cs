using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Tests.Http;

namespace Sermo.Worker.Tests.Reports;

/// <summary>A data folder moved (restored elsewhere, mounted at another path) still serves its reports, stale ones re-rendered.</summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class MovedDataFolderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 8, 30, 0, TimeSpan.Zero);

    private readonly TempDataFolder _before = new("moved-from", create: false);
    private readonly TempDataFolder _after = new("moved-to", create: false);
    private string _reportName = null!;
    private ServedDataFolder _served = null!;

    public async Task InitializeAsync()
    {
        var (host, reportName) = await QuotedReportScenario.CreateAsync(_before, Now);
        _reportName = reportName;
        host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Move(_before, _after);
        // The noise secret the scenario's report host released with, so a re-render releases the same cells.
        _served = await ServedDataFolder.StartAsync(new Dictionary<string, string?> { ["Release:NoiseSecret"] = ReportHosts.ReleaseNoiseSecret }, _after,
            services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }

    public async Task DisposeAsync()
    {
        await _served.DisposeAsync();
        _before.Dispose(); // moved away in the test: only a failed move leaves it
    }

    [Fact]
    public async Task ReportApi_AfterTheMove_ListsAndServesTheReportAndReRendersItWhenStale()
    {
        var key = await _served.Services.GetRequiredService<IClientApiKeys>().IssueAsync("acme", Now, CancellationToken.None);
        (await ListAsync(key)).Should().Equal(_reportName);

        await QuotedReportScenario.OptOutAsync(_served.Services);
        var html = await GetAsync(key, $"/api/clients/acme/reports/{_reportName}/report.html");

        html.StatusCode.Should().Be(HttpStatusCode.OK);
        (await html.Content.ReadAsStringAsync()).Should().NotContain("quokka");
        Directory.Exists(_before).Should().BeFalse();
        (await _served.Services.GetRequiredService<IReportRunLog>().ListAsync("acme", 5, CancellationToken.None))
            .Should().OnlyContain(r => r.Folder == null || !Path.IsPathRooted(r.Folder));
    }

    private async Task<List<string>> ListAsync(string key)
    {
        var response = await GetAsync(key, "/api/clients/acme/reports");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return list.RootElement.EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList();
    }

    private Task<HttpResponseMessage> GetAsync(string key, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return _served.Http.SendAsync(request);
    }
}
