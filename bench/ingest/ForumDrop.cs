using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sermo.IngestBench;

/// <summary>
/// A drop file of forum-like posts of about 300 bytes: sentences of the sample forum's posts (with their drug names,
/// lab values and planted identifiers) joined in a fixed pseudo-random order until a text has 250 characters, with
/// 4,000 authors, the sample's specialties and states, and dates over two years. The same seed gives the same file.
/// </summary>
internal static partial class ForumDrop
{
    private static readonly string[] Specialties =
    [
        "Cardiology", "Internal Medicine", "Family Medicine", "Endocrinology", "Oncology", "Nephrology", "Rheumatology",
        "Emergency Medicine", "Neurology", "Pulmonology", "Geriatrics", "Dermatology", "Gastroenterology", "Psychiatry",
    ];

    private static readonly string[] States = "CA TX FL NY PA IL OH GA NC MI NJ VA WA AZ MA TN IN MO MD WI CO MN".Split(' ');

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static (long Posts, long TextBytes) Write(string samplePosts, int count, string output)
    {
        var sentences = File.ReadLines(samplePosts)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("body").GetString()!)
            .SelectMany(body => Sentence().Matches(body).Select(m => m.Value.Trim()).DefaultIfEmpty(body))
            .Where(s => s.Length > 0)
            .ToArray();
        var random = new Random(20261202);
        var start = new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);
        long textBytes = 0;
        using var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        for (var i = 0; i < count; i++)
        {
            var text = sentences[random.Next(sentences.Length)];
            while (text.Length < 250)
            {
                text += " " + sentences[random.Next(sentences.Length)];
            }

            textBytes += System.Text.Encoding.UTF8.GetByteCount(text);
            var line = new DropRecord(
                "b" + i.ToString("D7", CultureInfo.InvariantCulture),
                "ext-" + random.Next(4_000).ToString("D4", CultureInfo.InvariantCulture),
                start.AddMinutes(random.Next(2 * 365 * 24 * 60)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Specialties[random.Next(Specialties.Length)],
                States[random.Next(States.Length)],
                text);
            writer.WriteLine(JsonSerializer.Serialize(line, Json));
        }

        return (count, textBytes);
    }

    [GeneratedRegex(@"[^.!?]+[.!?]+")]
    private static partial Regex Sentence();

    private sealed record DropRecord(string Id, string Author, string CreatedAt, string Specialty, string State, string Text);
}
