using System.Text;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Tests.Sources;

/// <summary>
/// docs/privacy.md P9 for lines that are not JSON at all: the dead letter's detail (stored, logged, shown on the
/// operator's page) must not repeat what the line held. The parser's own message names the JSON path of the error, and
/// a path is made of the line's property names, which a sender can fill with anything.
/// </summary>
public sealed class RejectionDetailTests : IDisposable
{
    private readonly TempDataFolder _folder = new("rejection-detail");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("""{"id":"a1","author":"u1","createdAt":"2026-02-01T10:00:00Z","text":"fine","Jane Roe MRN 12345678": tru}""")]
    [InlineData("""{"id":"a1","author":"u1","Jane Roe MRN 12345678":{"cell 555-123-4567":[1,}}""")]
    [InlineData("""{"id":"a1","meta":{"Jane Roe MRN 12345678":{"cell 555-123-4567": "x" "y"}}}""")]
    [InlineData("""{"id":"a1","text":"Jane Roe MRN 12345678 cell 555-123-4567","createdAt": 20260201}""")]
    public async Task Read_MalformedLineWithIdentifiersInItsNames_DetailRepeatsNoneOfThem(string line)
    {
        var path = Path.Combine(_folder, "bad.jsonl");
        await File.WriteAllTextAsync(path, line + "\n", new UTF8Encoding(false));

        var items = await JsonlFileSourceTests.ReadAllAsync(new JsonlFileSource(path, 4096), null);

        var rejected = items.OfType<RejectedRecord>().Single();
        rejected.Reason.Should().BeOneOf("malformed-json", "bad-timestamp");
        rejected.Detail.Should().NotContain("Jane").And.NotContain("Roe").And.NotContain("12345678").And.NotContain("555-123-4567");
    }
}
