using System.Globalization;
using System.Text;
using System.Text.Json;
using Sermo.Analytics.Emerging;
using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.EmergingBench;

// Precision and recall at 10 of emerging topics on generated forum streams with planted risers (docs/emerging-topics.md).
// Usage: Sermo.EmergingBench <generated-forum-dir>... --clients samples/clients [--out results.md]
// Each forum dir holds members.jsonl and posts.jsonl as samples/generator writes them (one seed each).
var forums = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var clientsDir = Arg("--clients") ?? "samples/clients";
var outPath = Arg("--out");
if (forums.Count == 0)
{
    Console.Error.WriteLine("usage: Sermo.EmergingBench <forum-dir>... [--clients DIR] [--out FILE]");
    return 2;
}

var tagger = ClinicalTagger.CreateDefault();
var areas = TherapeuticAreas.LoadEmbedded(ClinicalLexicon.LoadEmbedded(), tagger);
var watchlists = Directory.GetFiles(clientsDir, "*.json").Select(ReadWatchlist).ToList();
var extractor = new CandidateExtractor(EmergingPhraseChunker.LoadEmbedded(), watchlists);
var settings = new EmergingTopicSettings();
var report = new StringBuilder();
report.AppendLine("| stream | week | planted (authors each) | listed (max 10) | listed that are planted | P@10 | R@10 | flood listed | not planted |");
report.AppendLine("|---|---|---|---:|---:|---:|---:|---|---|");
var (sumP, sumR, runs) = (0.0, 0.0, 0);
foreach (var (forum, index) in forums.Select((f, i) => (f, i)))
{
    var rng = new Random(1000 + index);
    var (posts, authors) = ReadForum(forum);
    // The foreground is a week with a full baseline before it, chosen per stream.
    var weeks = posts.Select(p => Sermo.Analytics.HeatMaps.TimeBuckets.BucketStart(p.Day, Sermo.Analytics.HeatMaps.BucketInterval.Week)).Distinct().Order().ToList();
    var week = weeks[settings.BaselineWeeks + rng.Next(weeks.Count - settings.BaselineWeeks - 1)];
    var planted = PlantedTopics.Pool.OrderBy(_ => rng.Next()).Take(5).ToList();
    var plantedAuthors = new List<int>();
    foreach (var topic in planted)
    {
        var count = rng.Next(6, 16);
        plantedAuthors.Add(count);
        foreach (var author in authors.OrderBy(_ => rng.Next()).Take(count))
        {
            var text = posts[rng.Next(posts.Count)].Text + " " + PlantedTopics.Sentence(rng, topic, posts[rng.Next(posts.Count)].Text);
            posts.Add(new EmergingPost(author.Key, week.AddDays(rng.Next(7)), author.Value, text, tagger.Tag(text).Entities));
        }
    }

    var flooder = authors.Keys.First();
    for (var i = 0; i < 20; i++)
    {
        var text = $"Again the issue with {PlantedTopics.SingleAuthorFlood}.";
        posts.Add(new EmergingPost(flooder, week.AddDays(i % 7), authors[flooder], text, tagger.Tag(text).Entities));
    }

    var analysis = EmergingTopicAnalysis.Build(posts, extractor, areas);
    var top = analysis.Rank(week, null, settings).Take(10).ToList();
    var relevant = top.Count(t => planted.Any(p => Overlaps(t.Term.Key, p)));
    var found = planted.Count(p => top.Any(t => Overlaps(t.Term.Key, p)));
    // Precision of the list as shown (at most 10 rows): with five planted topics, dividing by 10 would cap it at 0.5.
    var precision = top.Count == 0 ? 0 : relevant / (double)top.Count;
    var recall = found / (double)planted.Count;
    (sumP, sumR, runs) = (sumP + precision, sumR + recall, runs + 1);
    var flood = top.Any(t => Overlaps(t.Term.Key, PlantedTopics.SingleAuthorFlood)) ? "yes" : "no";
    report.AppendLine(CultureInfo.InvariantCulture,
        $"| seed {index + 1} | {week:yyyy-MM-dd} | {string.Join(", ", planted.Zip(plantedAuthors, (p, n) => $"{p} ({n})"))} | {top.Count} | {relevant} | {precision:0.00} | {recall:0.00} | {flood} | {string.Join(", ", top.Where(t => !planted.Any(p => Overlaps(t.Term.Key, p))).Select(t => t.Term.Key))} |");
    Console.WriteLine($"{forum}: week {week:yyyy-MM-dd}, top: {string.Join(" | ", top.Select(t => $"{t.Term.Key} {t.Authors}/{t.ActiveAuthors} p={t.PValue:0.0e+0}"))}");
}

report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Mean over {runs} streams: **P@10 {sumP / runs:0.00}, R@10 {sumR / runs:0.00}** (P@10: share of the listed topics, at most 10, that are part of a planted topic; a fragment of one, \"chair shortage\" or \"compounded\" of \"compounded semaglutide warning\", counts as part of it).");
Console.Write(report);
if (outPath is not null)
{
    File.WriteAllText(outPath, report.ToString());
}

return 0;

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

// A listed n-gram finds a planted topic when one contains the other as whole words ("chair shortage" in "infusion chair shortage").
static bool Overlaps(string listed, string planted) =>
    $" {planted} ".Contains($" {listed} ", StringComparison.Ordinal) || $" {listed} ".Contains($" {planted} ", StringComparison.Ordinal);

Watchlist ReadWatchlist(string path)
{
    using var doc = JsonDocument.Parse(File.ReadAllText(path));
    var root = doc.RootElement;
    var terms = root.GetProperty("terms").EnumerateArray()
        .Select(t => new WatchlistTerm(t.GetProperty("label").GetString()!, t.GetProperty("matches").EnumerateArray().Select(m => m.GetString()!).ToList()))
        .ToList();
    return new Watchlist(root.GetProperty("id").GetString()!, root.GetProperty("name").GetString()!, root.GetProperty("kind").GetString()!, terms);
}

(List<EmergingPost> Posts, Dictionary<string, string> Authors) ReadForum(string dir)
{
    var specialties = File.ReadLines(Path.Combine(dir, "members.jsonl"))
        .Select(line => JsonDocument.Parse(line).RootElement)
        .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("specialty").GetString()!);
    var read = new List<EmergingPost>();
    foreach (var line in File.ReadLines(Path.Combine(dir, "posts.jsonl")))
    {
        var post = JsonDocument.Parse(line).RootElement;
        if (post.GetProperty("deleted").GetBoolean())
        {
            continue;
        }

        var author = post.GetProperty("authorId").GetString()!;
        var body = post.GetProperty("body").GetString()!;
        var day = DateOnly.FromDateTime(post.GetProperty("createdAt").GetDateTime().ToUniversalTime());
        read.Add(new EmergingPost(author, day, specialties.GetValueOrDefault(author), body, tagger.Tag(body).Entities));
    }

    return (read, specialties);
}
