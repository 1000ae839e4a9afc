using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Ingest.Pipeline;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// Issue 20's push-side bad-input classes, re-checked through the one `serve` web host (portal merged) on real Kestrel:
/// a mebibyte of junk lines, a post dated year 1, a lone surrogate. Each pushed line ends stored or dead-lettered
/// with a reason, never both, never neither.
/// </summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class PushBadInputOverServeTests : IAsyncLifetime
{
    private const string Token = "push-token-for-the-bad-input-tests";
    private ServedDataFolder _served = null!;

    public async Task InitializeAsync() =>
        _served = await ServedDataFolder.StartAsync(new Dictionary<string, string?> { ["Ingest:Push:Token"] = Token });

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Push_MebibyteOfJunkLines_SmallReceiptAndDeadLettersCountedNotOneRowPerLine()
    {
        const int Lines = 1 << 17; // 8 bytes a line: 1 MiB
        var body = string.Concat(Enumerable.Repeat("#junk!\n", Lines)) + string.Concat(Enumerable.Repeat("?", Lines)) + "\n";

        var response = await PushAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var receipt = await response.Content.ReadAsStringAsync();
        receipt.Length.Should().BeLessThan(16 << 10, "the receipt lists the first rejections and counts the rest");
        using (var json = JsonDocument.Parse(receipt))
        {
            json.RootElement.GetProperty("rejectedCount").GetInt32().Should().Be(Lines + 1);
            json.RootElement.GetProperty("accepted").GetInt32().Should().Be(0);
        }

        await _served.Services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);

        Number("SELECT SUM(records) FROM dead_letters").Should().Be(Lines + 1, "every junk line is counted once");
        Number("SELECT COUNT(*) FROM dead_letters").Should().BeLessThan(100, "runs of one reason are one row, not 131,073");
        Number("SELECT COUNT(*) FROM posts").Should().Be(0);
    }

    [Fact]
    public async Task Push_PostDatedYearOne_DeadLetteredBadTimestampNeighboursStored()
    {
        var body = string.Join('\n',
            """{"id":"y0","author":"partner-1","createdAt":"2026-03-04T10:00:00Z","text":"Started Eliquis last week."}""",
            """{"id":"y1","author":"partner-2","createdAt":"0001-01-01T00:00:00Z","text":"Eliquis in year one."}""",
            """{"id":"y2","author":"partner-3","createdAt":"2026-03-05T10:00:00Z","text":"Switched to Xarelto."}""");

        (await PushAsync(body)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await _served.Services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);

        _served.Scalar("SELECT group_concat(post_id, ',') FROM (SELECT post_id FROM posts ORDER BY post_id)").Should().Be("push:y0,push:y2");
        _served.Scalar("SELECT reason || ' ' || SUM(records) FROM dead_letters GROUP BY reason").Should().Be("bad-timestamp 1");
        _served.Scalar("SELECT MIN(created_at) FROM posts").Should().StartWith("2026-03-04", "no histogram can reach back to year 1");
    }

    [Fact]
    public async Task Push_LoneSurrogateInOneLine_EveryLineStoredOrDeadLetteredNoneLost()
    {
        var body = string.Join('\n',
            """{"id":"s0","author":"partner-1","createdAt":"2026-03-04T10:00:00Z","text":"Started Eliquis last week."}""",
            """{"id":"s1","author":"partner-2","createdAt":"2026-03-04T11:00:00Z","text":"Cut emoji \ud83d then Eliquis."}""",
            """{"id":"s2","author":"partner-3","createdAt":"2026-03-05T10:00:00Z","text":"Lone low \udc00 surrogate, Xarelto."}""",
            """{"id":"s3","author":"partner-4","createdAt":"2026-03-05T12:00:00Z","text":"Switched to Xarelto."}""");

        (await PushAsync(body)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await _served.Services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);

        var stored = Number("SELECT COUNT(*) FROM posts");
        var deadLettered = Number("SELECT COALESCE(SUM(records), 0) FROM dead_letters");
        (stored + deadLettered).Should().Be(4, "each line is stored or dead-lettered exactly once");
        _served.Scalar("SELECT COUNT(*) FROM posts WHERE post_id IN ('push:s0', 'push:s3')").Should().Be("2", "a bad neighbour never loses a good line");
        if (deadLettered > 0)
        {
            _served.Scalar("SELECT COUNT(*) FROM dead_letters WHERE reason = ''").Should().Be("0", "a dead letter names its reason");
        }
    }

    private long Number(string sql) => long.Parse(_served.Scalar(sql) ?? "0", CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> PushAsync(string body) => _served.PushAsync(body, Token);
}
