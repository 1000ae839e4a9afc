using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Ingest.Pipeline;

namespace Sermo.Worker.Tests.Http;

/// <summary>The HTTP push source over real Kestrel and a real SQLite data folder: push, then one ingest cycle stores it.</summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class PushEndpointTests : IAsyncLifetime
{
    private const string Token = "push-token-for-the-endpoint-tests";
    private ServedDataFolder _served = null!;

    private HttpClient Http => _served.Http;

    public async Task InitializeAsync() =>
        _served = await ServedDataFolder.StartAsync(new Dictionary<string, string?> { ["Ingest:Push:Token"] = Token });

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Push_ThenIngestCycle_GoodLinesStoredScrubbedAndBadLineDeadLettered()
    {
        var body = string.Join('\n',
            """{"id":"a1","author":"partner-member-9","createdAt":"2026-03-04T10:00:00Z","specialty":"cardiology","state":"TX","text":"Started Eliquis, patient's daughter can be reached at 512-555-0199."}""",
            """{"id":"a2","author":"partner-member-9","createdAt":"2026-03-04T11:00:00Z","text":""}""");

        var response = await PushAsync(body, Token);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        receipt.RootElement.GetProperty("accepted").GetInt32().Should().Be(1);
        receipt.RootElement.GetProperty("rejected")[0].GetProperty("reason").GetString().Should().Be("empty-text");

        var summary = await _served.Services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);

        summary.Inserted.Should().Be(1);
        summary.DeadLettered.Should().Be(1);
        var text = Scalar("SELECT text FROM posts WHERE post_id = 'push:a1'");
        text.Should().Contain("Eliquis").And.Contain("[PHONE]").And.NotContain("555-0199");
        Scalar("SELECT reason FROM dead_letters").Should().Be("empty-text");
        Scalar("SELECT COUNT(*) FROM posts WHERE author_key LIKE '%partner-member-9%'").Should().Be("0");
    }

    [Fact]
    public async Task Push_IdOfADroppedPost_StoredBesideItAndNeverOverwritesIt()
    {
        var cycle = _served.Services.GetRequiredService<IngestCycle>();
        File.WriteAllText(Path.Combine(_served.Folder, "drop", "partner-export.jsonl"),
            """{"id":"d1","author":"ext-1","createdAt":"2026-03-04T10:00:00Z","text":"Dropped: started Eliquis last week."}""" + "\n");
        await cycle.RunAsync(CancellationToken.None);

        var response = await PushAsync("""{"id":"d1","author":"ext-1","createdAt":"2026-03-05T10:00:00Z","text":"Pushed: replaced with something else."}""", Token);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await cycle.RunAsync(CancellationToken.None);

        Scalar("SELECT text FROM posts WHERE post_id = 'drop:d1'").Should().StartWith("Dropped:");
        Scalar("SELECT text FROM posts WHERE post_id = 'push:d1'").Should().StartWith("Pushed:");
        Scalar("SELECT COUNT(DISTINCT author_key) FROM posts").Should().Be("2", "a push partner's author ext-1 is not the drop's author ext-1");
    }

    [Fact]
    public async Task Push_IdentifiersInMetadataFields_DeadLetteredByReasonAndNeverStored()
    {
        var megabyteId = new string('7', 1_000_000);
        var body = string.Join('\n',
            """{"id":"m1","author":"a","createdAt":"2026-03-04T10:00:00Z","specialty":"Dr. John Smith MRN 12345678 cell 555-123-4567","state":"TX","text":"Eliquis dosing"}""",
            """{"id":"m2","author":"a","createdAt":"2026-03-04T10:00:00Z","specialty":"Cardiology","state":"john.smith@example.com","text":"Eliquis dosing"}""",
            """{"id":"John Smith SSN 123-45-6789","author":"a","createdAt":"2026-03-04T10:00:00Z","text":"Eliquis dosing"}""",
            "{\"id\":\"" + megabyteId + "\",\"author\":\"a\",\"createdAt\":\"2026-03-04T10:00:00Z\",\"text\":\"Eliquis dosing\"}",
            """{"id":"m5","author":"a","createdAt":"2026-03-04T10:00:00Z","specialty":"cardiology","state":"tx","text":"Eliquis dosing"}""");

        var response = await PushAsync(body, Token);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        receipt.RootElement.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("reason").GetString())
            .Should().Equal("bad-specialty", "bad-state", "bad-id", "bad-id");
        var summary = await _served.Services.GetRequiredService<IngestCycle>().RunAsync(CancellationToken.None);
        summary.Inserted.Should().Be(1);
        Scalar("SELECT specialty || ' ' || state FROM posts WHERE post_id = 'push:m5'").Should().Be("Cardiology TX");
        // Dead letters are counted runs (decision 018): the two consecutive bad ids are one row of two records.
        Scalar("SELECT group_concat(reason || ' x' || records, ' ') FROM (SELECT reason, records FROM dead_letters ORDER BY id)").Should().Be("bad-specialty x1 bad-state x1 bad-id x2");
        var stored = Scalar("SELECT group_concat(detail || ' ' || position || ' ' || coalesce(excerpt, ''), ' ') FROM dead_letters")
            + Scalar("SELECT group_concat(post_id || specialty || state, ' ') FROM posts");
        stored.Should().NotContainAny("Smith", "12345678", "555-123-4567", "example.com", "123-45-6789", "7777777777");
    }

    [Fact]
    public async Task Push_WithoutOrWithWrongToken_Unauthorized()
    {
        (await PushAsync("{}", token: null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await PushAsync("{}", token: Token + "x")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        Directory.GetFiles(Path.Combine(_served.Folder, "drop")).Should().BeEmpty();
    }

    [Fact]
    public async Task Push_PlainJsonContentType_UnsupportedMediaTypeNamingTheAcceptedOnes()
    {
        using var content = new StringContent("[]", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/posts") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).Should().Contain("application/x-ndjson");
    }

    private Task<HttpResponseMessage> PushAsync(string body, string? token) => _served.PushAsync(body, token);

    private string? Scalar(string sql) => _served.Scalar(sql);
}
