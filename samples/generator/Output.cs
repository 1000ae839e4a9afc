using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

/// <summary>JSON Lines output: UTF-8 without BOM, LF line ends, fixed property order, so re-runs are byte-identical.</summary>
internal static class Output
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public static readonly JsonWriterOptions PrettyOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    public static byte[] Json(Action<Utf8JsonWriter> write, JsonWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options ?? LineOptions)) write(writer);
        return stream.ToArray();
    }

    public static void WriteLines(string path, IEnumerable<byte[]> lines)
    {
        using var file = File.Create(path);
        foreach (var line in lines)
        {
            file.Write(line);
            file.WriteByte((byte)'\n');
        }
    }

    public static void WriteText(string path, string text) => File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n")));

    public static string Timestamp(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static void WriteForum(string dir, IReadOnlyList<Member> members, Forum forum)
    {
        WriteLines(Path.Combine(dir, "members.jsonl"), members.Select(m => Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("handle", m.Handle);
            w.WriteString("pseudonym", m.Pseudonym);
            w.WriteString("specialty", m.Specialty);
            w.WriteString("state", m.State);
            w.WriteBoolean("verified", m.Verified);
            w.WriteBoolean("optedOut", m.OptedOut);
            w.WriteString("joinedAt", m.JoinedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        })));
        WriteLines(Path.Combine(dir, "threads.jsonl"), forum.Threads.Select(t => Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("title", t.Title);
            w.WriteString("specialty", t.Specialty);
            w.WriteString("authorId", t.Author.Id);
            w.WriteString("createdAt", Timestamp(t.CreatedAt));
            w.WriteEndObject();
        })));
        WriteLines(Path.Combine(dir, "posts.jsonl"), forum.Posts.Select(p => Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("threadId", p.Thread.Id);
            if (p.Parent is null) w.WriteNull("parentId");
            else w.WriteString("parentId", p.Parent.Id);
            w.WriteString("authorId", p.Author.Id);
            w.WriteString("createdAt", Timestamp(p.CreatedAt));
            w.WriteBoolean("deleted", p.Deleted);
            w.WriteString("body", p.Body);
            w.WriteEndObject();
        })));
        WriteLines(Path.Combine(dir, "planted-identifiers.jsonl"), forum.Posts.SelectMany(p => p.Planted.Select(x => Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("postId", p.Id);
            w.WriteString("type", x.Type);
            w.WriteString("value", x.Value);
            w.WriteEndObject();
        }))));
    }
}
