using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>
/// A second community's JSONL export: good lines in the forum's style, with one bad line of each kind the ingest
/// validator must dead-letter, at fixed line numbers recorded in expected.json.
/// </summary>
internal sealed class DropBuilder(Random rng, PhraseBank bank)
{
    private const int GoodLines = 60;
    private const int LargeTextChars = 2_100_000; // over the 2 MiB (2,097,152 chars) limit

    // 1-based line numbers of the lines that are not good records. "blank" is skipped, not an error.
    private static readonly (int Line, string Reason)[] Special =
    [
        (9, "invalid-utf8"), (17, "malformed-json"), (24, "blank"), (31, "empty-text"),
        (38, "text-too-large"), (46, "missing-author"), (55, "duplicate-id"),
    ];

    private sealed record DropPost(string Id, string Author, DateTime CreatedAt, string Specialty, string State, string Text);

    public void Write(string dir)
    {
        var bodies = new PostBodies(rng, bank);
        var authors = Enumerable.Range(0, 22).Select(_ => $"ext-{rng.Next(1000, 9999)}").Distinct().ToList();
        var from = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
        var good = Enumerable.Range(0, GoodLines).Select(_ =>
        {
            var topic = Cast.Weighted(rng, Topics.All, x => x.WeightAt(0.95));
            var at = from.AddMinutes(rng.Next(0, 61 * 24 * 60));
            var specialty = topic.Specialties.Length > 0 ? topic.Specialties[rng.Next(topic.Specialties.Length)] : "Internal Medicine";
            var body = rng.NextDouble() < 0.5 ? bodies.Root(topic, 0.95, at, false).Body : bodies.Reply(topic, 0.95, at, null, false).Body;
            return (At: at, Author: authors[rng.Next(authors.Count)], Specialty: specialty, State: Pick(["TX", "CA", "FL", "NY", "OH", "GA", "IL", "WA", "AZ", "PA"]), Text: body);
        }).OrderBy(x => x.At).Select((x, i) => new DropPost($"d{i + 1:0000}", x.Author, x.At, x.Specialty, x.State, x.Text)).ToList();

        var lines = new List<byte[]>();
        var nextGood = 0;
        var totalLines = GoodLines + Special.Length;
        for (var line = 1; line <= totalLines; line++)
        {
            var special = Special.FirstOrDefault(s => s.Line == line);
            lines.Add(special.Reason switch
            {
                null => Record(good[nextGood++]),
                "blank" => [],
                "invalid-utf8" => InvalidUtf8(good[0] with { Id = "d9001", Author = authors[0] }),
                "malformed-json" => Encoding.UTF8.GetBytes(Truncated(Record(good[1] with { Id = "d9002" }))),
                "empty-text" => Record(good[2] with { Id = "d9003", Text = "" }),
                "text-too-large" => Record(good[3] with { Id = "d9004", Text = Repeat(good[3].Text, LargeTextChars) }),
                "missing-author" => Record(good[4] with { Id = "d9005" }, includeAuthor: false),
                // Reuses the id of the third good line, which comes earlier in the file, with different text.
                "duplicate-id" => Record(good[5] with { Id = good[2].Id }),
                _ => throw new InvalidOperationException(special.Reason),
            });
        }
        if (nextGood != GoodLines) throw new InvalidOperationException($"wrote {nextGood} good lines, expected {GoodLines}");
        Output.WriteLines(Path.Combine(dir, "posts-drop.jsonl"), lines);
        WriteExpectations(dir);
    }

    private static byte[] Record(DropPost p, bool includeAuthor = true) => Output.Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        if (includeAuthor) w.WriteString("author", p.Author);
        w.WriteString("createdAt", Output.Timestamp(p.CreatedAt));
        w.WriteString("specialty", p.Specialty);
        w.WriteString("state", p.State);
        w.WriteString("text", p.Text);
        w.WriteEndObject();
    });

    // Well-formed JSON around a string holding 0xC3 0x28 (a lead byte without its continuation) and 0xFF (never valid).
    private static byte[] InvalidUtf8(DropPost p)
    {
        var json = Encoding.UTF8.GetString(Record(p with { Text = "Started her on apixaban \u0001 last week, \u0002 no bleeding so far." }));
        var bytes = new List<byte>();
        foreach (var b in Encoding.UTF8.GetBytes(json.Replace("\\u0001", "\u0001").Replace("\\u0002", "\u0002")))
        {
            if (b == 0x01) bytes.AddRange([0xC3, 0x28]);
            else if (b == 0x02) bytes.Add(0xFF);
            else bytes.Add(b);
        }
        return [.. bytes];
    }

    private static string Truncated(byte[] record)
    {
        var json = Encoding.UTF8.GetString(record);
        return json[..(json.IndexOf("\"text\":\"", StringComparison.Ordinal) + 30)];
    }

    private static string Repeat(string text, int minChars)
    {
        var sb = new StringBuilder(minChars + text.Length + 1);
        while (sb.Length < minChars) sb.Append(text).Append(' ');
        return sb.ToString().TrimEnd();
    }

    private string Pick(string[] items) => items[rng.Next(items.Length)];

    private static void WriteExpectations(string dir)
    {
        var bad = Special.Where(s => s.Reason != "blank").ToList();
        File.WriteAllBytes(Path.Combine(dir, "expected.json"), [.. Output.Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("goodLines", GoodLines);
            w.WriteStartArray("badLines");
            foreach (var (line, reason) in bad)
            {
                w.WriteStartObject();
                w.WriteNumber("line", line);
                w.WriteString("reason", reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("blankLines");
            foreach (var (line, _) in Special.Where(s => s.Reason == "blank")) w.WriteNumberValue(line);
            w.WriteEndArray();
            w.WriteEndObject();
        }, Output.PrettyOptions), (byte)'\n']);

        var readme = new StringBuilder();
        readme.Append("# File drop sample (generated)\n\n");
        readme.Append("`posts-drop.jsonl` is an export from a second physician community, one JSON object per line:\n");
        readme.Append("`{\"id\",\"author\",\"createdAt\",\"specialty\",\"state\",\"text\"}`. It has ")
            .Append(CultureInfo.InvariantCulture, $"{GoodLines} good records, {bad.Count} bad lines and one blank line ")
            .Append(CultureInfo.InvariantCulture, $"({GoodLines + Special.Length} lines). Good lines carry no planted identifiers.\n\n");
        readme.Append("| line | expected reason | what is wrong |\n|---:|---|---|\n");
        foreach (var (line, reason) in Special)
            readme.Append(CultureInfo.InvariantCulture, $"| {line} | {(reason == "blank" ? "(skipped, not an error)" : "`" + reason + "`")} | {Explain(reason)} |\n");
        readme.Append("\nThe same list, machine-readable, is in `expected.json` (line numbers are 1-based). ");
        readme.Append("Regenerate with `dotnet run samples/generator/generate-samples.cs -- samples` from the repository root; do not edit by hand ");
        readme.Append("(the invalid bytes on line 9 do not survive most editors).\n");
        Output.WriteText(Path.Combine(dir, "README.md"), readme.ToString());
    }

    private static string Explain(string reason) => reason switch
    {
        "invalid-utf8" => "well-formed JSON, but the `text` string holds raw bytes 0xC3 0x28 and 0xFF, which are not UTF-8",
        "malformed-json" => "the object is cut off in the middle of `text` (no closing quote or brace)",
        "blank" => "an empty line; readers skip it",
        "empty-text" => "`text` is the empty string",
        "text-too-large" => $"`text` is {LargeTextChars:N0} characters, over the 2,097,152-character limit",
        "missing-author" => "no `author` property",
        "duplicate-id" => "repeats the `id` of the good record on line 3 (with different text)",
        _ => throw new InvalidOperationException(reason),
    };
}
