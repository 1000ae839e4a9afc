using System.Security.Cryptography;
using System.Text.Json;

namespace Sermo.Worker.Tests.EndToEnd;

// The demo and ingest verbs print to the process-wide console: never beside a test that captures it.
[Collection("Console")]
public sealed class DemoTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Demo_FreshFolder_ExitsZeroTwice()
    {
        demo.FirstExitCode.Should().Be(0);
        demo.SecondExitCode.Should().Be(0);
    }

    [Fact]
    public void Demo_SampleForumAndDrop_StoresEveryEligiblePostAndNothingElse()
    {
        var expectedForum = SampleExpectations.EligibleForumPostIds;
        var stored = PostIds();

        stored.Where(id => id.StartsWith("forum:", StringComparison.Ordinal)).Should().BeEquivalentTo(expectedForum);
        // posts-drop.jsonl's ids start with d, emerging-topic.jsonl's with e; trial-disclosures.jsonl (t…) feeds the
        // safety queue and the MNPI guard.
        stored.Count(id => id.StartsWith("drop:d", StringComparison.Ordinal)).Should().Be(SampleExpectations.Drop.GoodLines);
        stored.Count(id => id.StartsWith("drop:e", StringComparison.Ordinal)).Should().Be(SampleExpectations.EmergingTopicPosts);
        expectedForum.Count.Should().BeGreaterThan(1000, "the sample forum is meant to hold over 1,000 analysable posts");
    }

    [Fact]
    public void Demo_OptedOutMember_PostsAbsentFromStoreAndIndex()
    {
        var optedOut = SampleExpectations.OptedOutMembers;
        optedOut.Should().NotBeEmpty();
        var theirPosts = SampleExpectations.ForumPosts
            .Where(p => optedOut.Contains(p.GetProperty("authorId").GetString()!))
            .Select(p => "forum:" + p.GetProperty("id").GetString())
            .ToList();
        theirPosts.Should().NotBeEmpty();

        PostIds().Should().NotIntersectWith(theirPosts);
    }

    [Fact]
    public void Demo_FileDrop_EveryBadLineDeadLetteredWithItsReason()
    {
        using var connection = demo.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT position, reason FROM dead_letters WHERE source = 'drop:posts-drop.jsonl'";
        var letters = new List<(string Position, string Reason)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                letters.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var expected = SampleExpectations.Drop.BadLines.Select(b => ($"line {b.Line}", b.Reason));
        letters.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Demo_PlantedIdentifiersAndHandles_AbsentFromIndexAndReports()
    {
        var identifiers = SampleExpectations.PlantedIdentifiers;
        identifiers.Should().HaveCountGreaterThan(50);
        var handles = SampleExpectations.Members.SelectMany(m => new[] { m.GetProperty("handle").GetString()!, m.GetProperty("pseudonym").GetString()! });

        using var connection = demo.Open();
        var texts = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT text FROM posts";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                texts.Add(reader.GetString(0));
            }
        }

        var everything = string.Join("\n", texts);
        var reports = string.Join("\n", Directory.EnumerateFiles(Path.Combine(demo.DataFolder, "outbox"), "*", SearchOption.AllDirectories).Select(ReportText.Read));
        // Reports legitimately print bucket dates, so planted dates are checked against post text only.
        var leaks = identifiers.Select(i => (i.Value, InReports: i.Type != "DATE"))
            .Concat(handles.Select(h => (Value: h, InReports: true)))
            .Where(i => AppearsAsToken(everything, i.Value) || (i.InReports && AppearsAsToken(reports, i.Value)))
            .Select(i => i.Value)
            .ToList();
        leaks.Should().BeEmpty("no planted identifier, handle or pseudonym may reach the post store or a report");

        foreach (var (_, value) in identifiers)
        {
            using var fts = connection.CreateCommand();
            fts.CommandText = "SELECT COUNT(*) FROM posts_fts WHERE posts_fts MATCH $q";
            fts.Parameters.AddWithValue("$q", "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            ((long)fts.ExecuteScalar()!).Should().Be(0, $"the search index must not find '{value}'");
        }
    }

    [Fact]
    public void Demo_Reports_EachClientHasItsFormatsAndVerifiedManifest()
    {
        var fileNames = new Dictionary<string, string>
        {
            ["csv"] = "heatmap.csv", ["xlsx"] = "heatmap.xlsx", ["html"] = "report.html", ["pdf"] = "report.pdf", ["png"] = "heatmap.png", ["svg"] = "heatmap.svg",
        };
        var clientFiles = Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "clients"), "*.json");
        clientFiles.Should().HaveCount(3);
        foreach (var clientFile in clientFiles)
        {
            var client = JsonDocument.Parse(File.ReadAllText(clientFile)).RootElement;
            var clientId = client.GetProperty("id").GetString()!;
            var runs = Directory.GetDirectories(Path.Combine(demo.DataFolder, "outbox", clientId));
            runs.Should().NotBeEmpty($"client {clientId} should have a report");
            runs.SelectMany(r => Directory.GetFiles(r).Select(Path.GetFileName)).Should().Contain(["heatmap.csv", "heatmap.svg"],
                $"every sample client receives a CSV table and an SVG heat map (client {clientId})");
            runs.Should().NotContain(r => Path.GetFileName(r).StartsWith('.'), "no temp folder may be left in an outbox");
            foreach (var run in runs)
            {
                var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "manifest.json"))).RootElement;
                manifest.GetProperty("client").GetString().Should().Be(clientId);
                var reportId = manifest.GetProperty("report").GetString();
                var definition = client.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("id").GetString() == reportId);
                var formats = definition.GetProperty("formats").EnumerateArray().Select(f => f.GetString()!).ToArray();
                var charts = definition.TryGetProperty("charts", out var listed) ? listed.EnumerateArray().Select(c => c.GetString()!).ToArray() : [];
                var chartFiles = charts.SelectMany(c => formats.Where(f => f is "png" or "svg").Select(f => $"{c}.{f}"));
                var files = manifest.GetProperty("files").EnumerateArray().ToList();
                files.Select(f => f.GetProperty("name").GetString()).Should().BeEquivalentTo(formats.Select(f => fileNames[f]).Concat(chartFiles),
                    "a run writes exactly its definition's formats and chart files");
                foreach (var file in files)
                {
                    var bytes = File.ReadAllBytes(Path.Combine(run, file.GetProperty("name").GetString()!));
                    bytes.Should().NotBeEmpty();
                    Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(file.GetProperty("sha256").GetString());
                }

                if (formats.Contains("csv"))
                {
                    File.ReadAllLines(Path.Combine(run, "heatmap.csv")).Length.Should().BeGreaterThan(10);
                }

                if (formats.Contains("svg"))
                {
                    File.ReadAllText(Path.Combine(run, "heatmap.svg")).Should().Contain("<svg");
                }

                if (formats.Contains("png"))
                {
                    using var png = SkiaSharp.SKBitmap.Decode(Path.Combine(run, "heatmap.png"));
                    png.Width.Should().BeGreaterThan(1000, "the heat map is drawn at 2x");
                }
            }
        }
    }

    [Fact]
    public void Demo_PlantedEmergingTopic_ListedForTheOncologyClientOnly()
    {
        string Section(string clientId, string reportPrefix)
        {
            var run = Directory.GetDirectories(Path.Combine(demo.DataFolder, "outbox", clientId), reportPrefix + "*").Single();
            var html = File.ReadAllText(Path.Combine(run, "report.html"));
            var start = html.IndexOf("<section id=\"new-in-conversation\">", StringComparison.Ordinal);
            return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        }

        // samples/drop/emerging-topic.jsonl: sixteen oncologists on infusion chair shortages in the sample's last week,
        // thirteen with the singular phrase. The release secret is random per data folder; with k 5 and noise of sd 2.1,
        // 13 authors fall under k only at a 4-sd draw. Twelve posts, nine matching, needed a 2.1-sd draw (about one run
        // in 60), and one CI run met it.
        Section("fabrikam-capital", "weekly-oncology-pulse").Should().Contain("<td>infusion chair</td><td>phrase</td><td>2026-W44</td>");
        Section("northwind-cardio", "monthly-anticoagulants").Should().NotContain("infusion chair", "a cardiovascular client does not get oncology topics");
    }

    [Fact]
    public async Task TopicsEmerging_DemoLastWeek_PlantedTopicFirstWithExactAuthorsAndBadSpecialtyExitsTwo()
    {
        var (exit, output, _) = await Cli.CliRun.RunAsync("topics", "emerging", "--week", "2026-10-26", "--data", demo.DataFolder);
        var (badExit, _, error) = await Cli.CliRun.RunAsync("topics", "emerging", "--specialty", "Astrology", "--data", demo.DataFolder);

        exit.Should().Be(0);
        output.Split('\n')[2].Should().MatchRegex(@"^\s+1\s+infusion chair\s+phrase\s+13/\d+ .*oncology");
        badExit.Should().Be(2);
        error.Trim().Should().StartWith("error: No posts from specialty 'Astrology'").And.NotContain("\n");
    }

    [Fact]
    public void Demo_Outbox_HoldsEveryFormatPngIncluded()
    {
        var names = Directory.EnumerateFiles(Path.Combine(demo.DataFolder, "outbox"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToHashSet();

        names.Should().Contain(["heatmap.csv", "heatmap.xlsx", "report.html", "report.pdf", "heatmap.png", "heatmap.svg", "trends.png", "sentiment.svg"]);
    }

    [Fact]
    public void Demo_Cube_HasCellsAboveAndBelowK()
    {
        demo.AfterFirst.CubeCells.Should().BeGreaterThan(0);
        var csv = Directory.EnumerateFiles(Path.Combine(demo.DataFolder, "outbox"), "heatmap.csv", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).ToList();
        var suppressed = Array.IndexOf(csv[0].Split(','), "suppressed");
        var flags = csv.Where(l => !l.StartsWith("client,", StringComparison.Ordinal)).Select(l => l.Split(',')[suppressed]).ToList();
        suppressed.Should().BePositive();
        flags.Should().Contain("true", "some sample cells have fewer than k authors");
        flags.Should().Contain("false", "many sample cells reach k authors");
    }

    [Fact]
    public void Demo_SecondRun_AddsNothing()
    {
        demo.AfterSecond.Should().Be(demo.AfterFirst);
    }

    // A leak is the identifier standing on its own: ZIP 23737 inside the double -1.2365663923737578 is not one.
    private static bool AppearsAsToken(string haystack, string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            haystack,
            $"(?<![0-9A-Za-z]){System.Text.RegularExpressions.Regex.Escape(value)}(?![0-9A-Za-z])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private HashSet<string> PostIds()
    {
        using var connection = demo.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT post_id FROM posts";
        var ids = new HashSet<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
