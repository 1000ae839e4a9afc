using System.Text;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Tests.Sources;

public sealed class JsonlFileSourceTests : IDisposable
{
    private const int MaxLineBytes = 1024;
    private readonly TempDataFolder _folder = new("jsonl-tests");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_GoodAndBadLines_PostsWithDropIdsAndOneRejectionPerBadKind()
    {
        var path = Write("mixed.jsonl", MixedFile(trailingNewline: true));

        var items = await ReadAllAsync(new JsonlFileSource(path, MaxLineBytes), null);

        items.Select(Describe).Should().Equal(
            "line 1 post drop:a1",
            "line 2 advance",
            "line 3 rejected invalid-utf8",
            "line 4 rejected malformed-json",
            "line 5 rejected empty-text",
            "line 6 rejected text-too-large",
            "line 7 rejected missing-author",
            "line 8 rejected duplicate-id",
            "line 9 post drop:a3");
        var first = items[0].Should().BeOfType<IncomingPost>().Subject;
        first.Should().BeEquivalentTo(new
        {
            AuthorRef = "u1",
            CreatedAt = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero),
            Specialty = "Cardiology",
            State = "TX",
            Text = "Apixaban again",
        });
        items[^1].Checkpoint.Should().Be($"9:{new FileInfo(path).Length}");
        items.Select(i => i.Checkpoint).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Read_NoTrailingNewline_LastLineStillYielded()
    {
        var path = Write("tail.jsonl", MixedFile(trailingNewline: false));

        var items = await ReadAllAsync(new JsonlFileSource(path, MaxLineBytes), null);

        items.Should().HaveCount(9);
        items[^1].Should().BeOfType<IncomingPost>().Which.PostId.Should().Be("drop:a3");
        items[^1].Checkpoint.Should().Be($"9:{new FileInfo(path).Length}");
    }

    [Fact]
    public async Task Read_FromCheckpoint_EmitsOnlyLaterLinesAndStillCatchesEarlierDuplicate()
    {
        var path = Write("resume.jsonl", MixedFile(trailingNewline: true));
        var source = new JsonlFileSource(path, MaxLineBytes);
        var all = await ReadAllAsync(source, null);

        var resumed = await ReadAllAsync(source, all[4].Checkpoint);

        resumed.Select(Describe).Should().Equal(
            "line 6 rejected text-too-large",
            "line 7 rejected missing-author",
            "line 8 rejected duplicate-id",
            "line 9 post drop:a3");
    }

    [Fact]
    public async Task Read_LineLongerThanReadBuffer_ParsedWhole()
    {
        var text = new string('x', 200_000);
        var path = Write("long.jsonl", Encoding.UTF8.GetBytes(Line("big", "u1", text) + "\n" + Line("small", "u2", "tiny") + "\n"));

        var items = await ReadAllAsync(new JsonlFileSource(path, 1024 * 1024), null);

        items.Select(Describe).Should().Equal("line 1 post drop:big", "line 2 post drop:small");
        ((IncomingPost)items[0]).Text.Should().HaveLength(200_000);
    }

    [Fact]
    public void Name_DroppedFile_PrefixedWithDrop()
    {
        new JsonlFileSource(Path.Combine(_folder, "2026-02.jsonl"), MaxLineBytes).Name.Should().Be("drop:2026-02.jsonl");
    }

    internal static string Line(string? id, string? author, string text, string createdAt = "2026-02-01T10:00:00Z") =>
        System.Text.Json.JsonSerializer.Serialize(new { id, author, createdAt, specialty = "cardiology", state = "TX", text });

    /// <summary>Nine lines: good, blank, invalid UTF-8, malformed JSON, empty text, oversized, no author, duplicate id, good.</summary>
    internal static byte[] MixedFile(bool trailingNewline)
    {
        var bytes = new List<byte>();
        void Add(string line) => bytes.AddRange(Encoding.UTF8.GetBytes(line + "\n"));
        Add(Line("a1", "u1", "Apixaban again"));
        Add("   ");
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"bad\",\"author\":\"u1\",\"text\":\"caf"));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n"));
        Add("{\"id\": \"a2\", \"author\": ");
        Add(Line("a4", "u2", "   "));
        Add(Line("a5", "u2", new string('y', 2 * MaxLineBytes)));
        Add(Line("a6", null, "no author here"));
        Add(Line("a1", "u3", "same id as line 1"));
        var last = Line("a3", "u2", "Last line");
        bytes.AddRange(Encoding.UTF8.GetBytes(trailingNewline ? last + "\n" : last));
        return [.. bytes];
    }

    internal static async Task<List<SourceItem>> ReadAllAsync(IPostSource source, string? checkpoint)
    {
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(checkpoint, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    private static string Describe(SourceItem item) => item switch
    {
        IncomingPost post => $"{item.Position} post {post.PostId}",
        RejectedRecord bad => $"{item.Position} rejected {bad.Reason}",
        CursorAdvance => $"{item.Position} advance",
        _ => $"{item.Position} {item.GetType().Name}",
    };

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
