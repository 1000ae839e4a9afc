using System.Net;
using Microsoft.Data.Sqlite;
using Sermo.Worker.Cli;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// The one <c>Serve</c> section: where the host listens and which host names it answers, checked before it starts
/// (exit 2, one line naming the key) and applied by the hardening pipeline.
/// </summary>
// The host logs to the console and the verb wrapper writes to stderr, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class ServeOptionsTests : IDisposable
{
    private readonly TempDataFolder _folder = new("serve-options", create: false);

    public void Dispose()
    {
        _folder.Dispose();
    }

    [Theory]
    [InlineData("0.0.0.0", null, null, "Serve:Address is 0.0.0.0, beyond this machine: set Serve:CertificatePath")]
    [InlineData("0.0.0.0", "true", null, "list the host names clients use in Serve:AllowedHosts")]
    [InlineData("127.0.0.1", null, "*.example.org", "Serve:AllowedHosts holds '*.example.org'")]
    [InlineData("127.0.0.1", null, "sermo.example.org:443", "Serve:AllowedHosts holds 'sermo.example.org:443'")]
    public async Task Build_BadServeSetting_ExitsTwoWithOneLineNamingTheKey(string address, string? behindProxy, string? allowedHost, string expected)
    {
        // Only the keys a case sets: a key present with no value binds as an empty host name, itself refused.
        var settings = new Dictionary<string, string?> { ["Serve:Address"] = address, ["Serve:BehindProxy"] = behindProxy, ["Serve:AllowedHosts:0"] = allowedHost }
            .Where(s => s.Value is not null).ToDictionary();
        var (exit, error) = await BuildAsync(settings);

        exit.Should().Be(2);
        error.Trim().Should().Contain(expected).And.NotContain("\n", "one line");
    }

    [Fact]
    public async Task Build_BeyondLoopbackBehindProxyWithAllowedHosts_Accepted()
    {
        var (exit, error) = await BuildAsync(new Dictionary<string, string?>
        {
            ["Serve:Address"] = "0.0.0.0",
            ["Serve:BehindProxy"] = "true",
            ["Serve:AllowedHosts:0"] = "sermo.example.org",
        });

        exit.Should().Be(0, error);
    }

    [Fact]
    public async Task Request_ListedHostServedLoopbackNameNoLongerServed()
    {
        await using var served = await ServedDataFolder.StartAsync(new Dictionary<string, string?> { ["Serve:AllowedHosts:0"] = "sermo.example.org" });

        var listed = await GetAsync(served, "sermo.example.org");
        var loopback = await GetAsync(served, "localhost");

        listed.StatusCode.Should().Be(HttpStatusCode.OK);
        loopback.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await loopback.Content.ReadAsStringAsync()).Should().Contain("Serve:AllowedHosts");
    }

    private static async Task<HttpResponseMessage> GetAsync(ServedDataFolder served, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/portal/signin");
        request.Headers.Host = host;
        return await served.Http.SendAsync(request);
    }

    /// <summary>Builds the `serve` host the way the verb does, inside the verb wrapper that turns a refused setting into exit 2.</summary>
    private async Task<(int Exit, string Error)> BuildAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var data = DataFolder.Resolve(_folder, create: true);
        var (error, original) = (new StringWriter(), Console.Error);
        Console.SetError(error);
        try
        {
            var exit = await SermoCommandLine.RunAsync(async () =>
            {
                await using var web = SermoWeb.Build(data, verbose: false, settings, workers: false);
                return 0;
            });
            return (exit, error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
