using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Cube;

/// <summary>
/// Aspect cues beside the cube (decision 048): per bucket cell, the distinct authors behind each aspect, polarity and
/// normalised cue, kept per client and rebuilt with the day like every other cube row.
/// </summary>
public abstract class AspectCueCubeContract : StoreTest
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static readonly Watchlist Acme = new("acme", "Acme Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis"])]);
    private static readonly Watchlist Solo = new("solo", "Solo Pharma", "pharma", [new WatchlistTerm("Humira", ["humira"])]);

    [Fact]
    public async Task Rollup_AccessMentionsWithCues_WeekCellCountsEachCuesDistinctAuthors()
    {
        await RegisterAsync();
        await UpsertAsync(Posts());
        await Cube.RollupAsync(Ct);

        var week = await Cube.GetSliceAsync("acme", BucketInterval.Week, Monday, Monday.AddDays(6), SegmentBy.None, Ct);

        var cell = week.Cells.Should().ContainSingle().Subject;
        cell.Cues.Should().BeEquivalentTo(new[]
        {
            new AspectCueCount(Aspect.Access, Sentiment.Negative, "prior-auth denials", 6),
            new AspectCueCount(Aspect.Access, Sentiment.Negative, "shortage", 2),
        }, "author a0 wrote twice and counts once; the efficacy mention names no cue");
        week.RowTotals.Should().OnlyContain(t => t.Cues == null, "a row total releases no aspect of its own");
    }

    [Fact]
    public async Task Rollup_AccessMentionsWithCues_DayAndSpecialtyCellsCountTheirOwnAuthors()
    {
        await RegisterAsync();
        await UpsertAsync(Posts());
        await Cube.RollupAsync(Ct);

        var days = await Cube.GetSliceAsync("acme", BucketInterval.Day, Monday, Monday.AddDays(6), SegmentBy.None, Ct);
        var oncology = await Cube.GetSliceAsync("acme", BucketInterval.Week, Monday, Monday.AddDays(6), SegmentBy.Specialty, "oncology", Ct);

        days.Cells.Single(c => c.Bucket == Monday).Cues.Should().ContainSingle(c => c.Cue == "prior-auth denials").Which.Authors.Should().Be(3);
        days.Cells.Single(c => c.Bucket == Monday.AddDays(1)).Cues.Should().ContainSingle(c => c.Cue == "prior-auth denials").Which.Authors.Should().Be(3);
        oncology.Cells.Should().ContainSingle().Which.Cues.Should().BeEquivalentTo(new[] { new AspectCueCount(Aspect.Access, Sentiment.Negative, "shortage", 2) });
    }

    [Fact]
    public async Task Rollup_CuesFromPostText_OnlyPhrasesOfTheClosedListNeverPostWords()
    {
        await RegisterAsync();
        await UpsertAsync(Posts());
        await Cube.RollupAsync(Ct);

        var cues = (await Cube.GetSliceAsync("acme", BucketInterval.Week, Monday, Monday.AddDays(6), SegmentBy.None, Ct)).Cells.SelectMany(c => c.Cues ?? []).ToList();

        cues.Should().NotBeEmpty().And.OnlyContain(c => AspectCueLexicon.CuesOf(c.Aspect).Contains(c.Cue));
        cues.Select(c => c.Cue).Should().NotContain(cue => Posts().Any(p => p.Text.Contains(cue, StringComparison.OrdinalIgnoreCase)), "a cue is a normalised phrase, not a piece of a post");
    }

    [Fact]
    public async Task Rollup_TwoClients_EachSeesOnlyItsOwnTermsCues()
    {
        await RegisterAsync();
        await UpsertAsync(Posts());
        await Cube.RollupAsync(Ct);

        var solo = await Cube.GetSliceAsync("solo", BucketInterval.Week, Monday, Monday.AddDays(6), SegmentBy.None, Ct);

        solo.Cells.Should().BeEmpty("Solo watches Humira only");
        (await ScalarAsync("SELECT COUNT(*) FROM cube_aspect_cues WHERE client_id <> 'acme'")).Should().Be(0, "cue rows are keyed by the client whose term matched");
    }

    [Fact]
    public async Task Rollup_AuthorOptsOut_CueLosesThatAuthor()
    {
        await RegisterAsync();
        await UpsertAsync(Posts());
        await Cube.RollupAsync(Ct);

        await Store.CommitAsync(new IngestBatch("test", null, [], [], ["a0"], []), Ct);
        await Cube.RollupAsync(Ct);

        var cell = (await Cube.GetSliceAsync("acme", BucketInterval.Week, Monday, Monday.AddDays(6), SegmentBy.None, Ct)).Cells.Single();
        cell.Cues.Should().ContainSingle(c => c.Cue == "prior-auth denials").Which.Authors.Should().Be(5);
    }

    private async Task RegisterAsync()
    {
        await Registry.UpsertAsync(new ClientRecord("acme", "Acme Pharma", "pharma", 5, Acme, "[]"), Ct);
        await Registry.UpsertAsync(new ClientRecord("solo", "Solo Pharma", "pharma", 5, Solo, "[]"), Ct);
    }

    /// <summary>
    /// Six authors on prior-auth denials (a0 twice), two oncologists on a shortage, one efficacy remark without a cue
    /// word, all about Eliquis.
    /// </summary>
    private static TaggedPost[] Posts()
    {
        var at = new DateTimeOffset(Monday.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        List<TaggedPost> posts = [];
        for (var a = 0; a < 6; a++)
        {
            posts.Add(Access($"drop:pa{a}", $"a{a}", at.AddDays(a / 3), "Eliquis PA denied again for my afib lady, third time", "cardiology"));
        }

        posts.Add(Access("drop:pa-again", "a0", at.AddDays(2), "Eliquis prior auth rejected by her plan once more", "cardiology"));
        posts.Add(Access("drop:short0", "s0", at.AddDays(3), "Eliquis on backorder at both pharmacies near the clinic", "oncology"));
        posts.Add(Access("drop:short1", "s1", at.AddDays(4), "Eliquis out of stock again, our infusion center is scrambling", "oncology"));
        posts.Add(Post("drop:eff", "e0", at.AddDays(4), "Eliquis is what I reach for", "cardiology",
            Mention("Eliquis is what I reach for", new MentionAspect(Aspect.Efficacy, Sentiment.Positive))));
        return [.. posts];
    }

    private static TaggedPost Access(string id, string author, DateTimeOffset at, string text, string specialty) =>
        Post(id, author, at, text, specialty, Mention(text, new MentionAspect(Aspect.Access, Sentiment.Negative)));

    private static TaggedEntity Mention(string text, MentionAspect aspect) =>
        new(EntityType.Brand, "Eliquis", text.IndexOf("Eliquis", StringComparison.Ordinal), text.IndexOf("Eliquis", StringComparison.Ordinal) + 7, "apixaban", "Eliquis") { Aspect = aspect };
}
