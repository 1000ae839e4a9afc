using System.Text.Json.Nodes;
using Sermo.Worker.Clients;
using Sermo.Worker.Hosting;
using Sermo.Worker.Tests.EndToEnd;

namespace Sermo.Worker.Tests.Clients;

/// <summary>
/// A client file's refusal names the file on one line whatever the refused value holds: the fuzz run found a cron and
/// a time zone with CR/LF echoed into a two-line message. Control characters are shown escaped, not dropped.
/// </summary>
public sealed class ClientFileRefusalTests : IDisposable
{
    private readonly TempDataFolder _folder = new("client-file");

    private string JsonPath => Path.Combine(_folder, "client.json");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("cron", "0 6\r\n* * MON")]
    [InlineData("timeZone", "Europe/Paris\nUTC")]
    [InlineData("timeZone", "null\u2028\t")]
    public async Task Read_ReportFieldWithALineBreak_RefusedOnOneLineNamingTheFile(string field, string value)
    {
        var client = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Samples, "clients", "northwind-cardio.json")))!.AsObject();
        client["reports"] = new JsonArray(new JsonObject
        {
            ["id"] = "weekly", ["cron"] = "0 6 * * MON", ["timeZone"] = "UTC", ["interval"] = "week", ["formats"] = new JsonArray("csv"),
        });
        client["reports"]![0]![field] = value;
        await File.WriteAllTextAsync(JsonPath, client.ToJsonString());

        var read = () => ClientFile.ReadAsync(JsonPath, CancellationToken.None);

        var refusal = (await read.Should().ThrowAsync<UserInputException>()).Which.Message;
        refusal.Should().StartWith(JsonPath + ": ").And.NotContainAny("\r", "\n", "\u2028", "\t");
        refusal.Should().Contain(field == "cron" ? "\\u000D\\u000A" : "\\u", "the refused value is shown, escaped");
    }
}
