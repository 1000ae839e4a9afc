using System.Text;
using Sermo.Ingest.Sources;
using Sermo.Ingest.Tests.Pipeline;

namespace Sermo.Ingest.Tests.Sources;

/// <summary>Privacy rule P9: fields other than the text have their own rules, in every source.</summary>
public sealed class PostMetadataTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("cardiology", "tx", "Cardiology", "TX")]
    [InlineData("  Obstetrics   and gynecology ", " ny", "Obstetrics and Gynecology", "NY")]
    [InlineData(null, "", null, null)]
    public void Segments_ListedValues_ComeBackInTheirListedSpelling(string? specialty, string? state, string? expectedSpecialty, string? expectedState)
    {
        var (listed, code, rejected) = PostMetadata.Segments(specialty, state);

        rejected.Should().BeNull();
        listed.Should().Be(expectedSpecialty);
        code.Should().Be(expectedState);
    }

    [Theory]
    [InlineData("Dr. John Smith MRN 12345678", "TX", PostMetadata.BadSpecialty)]
    [InlineData("Cardiology", "jane@example.com", PostMetadata.BadState)]
    [InlineData("Cardiology", "Texas", PostMetadata.BadState)]
    public void Segments_AnythingElse_RejectedWithoutRepeatingTheValue(string specialty, string state, string reason)
    {
        var (_, _, rejected) = PostMetadata.Segments(specialty, state);

        rejected!.Reason.Should().Be(reason);
        rejected.Detail.Should().NotContainAny("Smith", "12345678", "example.com", "Texas");
    }

    [Theory]
    [InlineData("p00001", true)]
    [InlineData("0463a8ac-beb8-4cee-bd0d-9322a1885755", true)]
    [InlineData("ext_6096.v2~a", true)]
    [InlineData("John Smith 123-45-6789", false)]
    [InlineData("-leading-dash", false)]
    [InlineData("id:with:colons", false)]
    public void IsValidId_FollowsThePattern(string id, bool valid) =>
        PostMetadata.IsValidId(id).Should().Be(valid);

    [Fact]
    public void IsValidId_LongerThan64_Rejected()
    {
        PostMetadata.IsValidId(new string('a', 64)).Should().BeTrue();
        PostMetadata.IsValidId(new string('a', 65)).Should().BeFalse();
    }

    [Theory]
    [InlineData("p00001")]
    [InlineData("t123456")]
    [InlineData("a1b2c3d4e5f6")]
    [InlineData("0463a8ac-beb8-4cee-bd0d-9322a1885755")]
    public void Enrich_ForumPostWithRecordShapedId_Accepted(string id)
    {
        var enricher = PipelineStore.Enricher(PipelineStore.Options());

        var (post, rejected) = enricher.Enrich("forum", Forum(id, "Cardiology", "TX"), []);

        rejected.Should().BeNull();
        post!.PostId.Should().Be("forum:" + id);
    }

    [Theory]
    [InlineData("jane.doe.123-45-6789")]
    [InlineData("cell-5551234567")]
    [InlineData("2026-03-04")]
    [InlineData("p-5551234567d33d14604e67cd")] // the forum's drawn shape, but not marked as drawn by its source
    public void Enrich_ForumPostWhoseIdSpellsAnIdentifier_DeadLetteredAsBadId(string id)
    {
        var enricher = PipelineStore.Enricher(PipelineStore.Options());

        var (post, rejected) = enricher.Enrich("forum", Forum(id, "Cardiology", "TX"), []);

        post.Should().BeNull();
        rejected!.Reason.Should().Be(PostMetadata.BadId);
        rejected.Detail.Should().NotContainAny("doe", "5551234567", "2026");
    }

    [Fact]
    public void Enrich_ForumPostWithUnlistedSpecialtyOrState_DeadLettered()
    {
        var enricher = PipelineStore.Enricher(PipelineStore.Options());

        enricher.Enrich("forum", Forum("p1", "Call 555-123-4567", "TX"), []).Rejected!.Reason.Should().Be(PostMetadata.BadSpecialty);
        enricher.Enrich("forum", Forum("p2", "Cardiology", "Texas"), []).Rejected!.Reason.Should().Be(PostMetadata.BadState);
        enricher.Enrich("forum", Forum("p3", "cardiology", "tx"), []).Post!.Should().Match<Sermo.Analytics.Posts.TaggedPost>(p => p.Specialty == "Cardiology" && p.State == "TX");
    }

    [Fact]
    public async Task Read_PushSpoolFile_ItsOwnSourceKindAndIdNamespace()
    {
        using var folder = new TempDataFolder("metadata-tests");
        var line = """{"id":"d1","author":"ext-1","createdAt":"2026-03-04T10:00:00Z","text":"Eliquis"}""" + "\n";
        var dropped = Path.Combine(folder, "partner.jsonl");
        var pushed = Path.Combine(folder, JsonlFileSource.PushFilePrefix + "20260304T100000000Z-ab.jsonl");
        File.WriteAllText(dropped, line, new UTF8Encoding(false));
        File.WriteAllText(pushed, line, new UTF8Encoding(false));

        var fromDrop = new JsonlFileSource(dropped, 4096);
        var fromPush = new JsonlFileSource(pushed, 4096);

        fromDrop.Name.Should().Be("drop:partner.jsonl");
        fromPush.Name.Should().StartWith("push:push-");
        (await FirstPostAsync(fromDrop)).PostId.Should().Be("drop:d1");
        (await FirstPostAsync(fromPush)).PostId.Should().Be("push:d1");
        var enricher = PipelineStore.Enricher(PipelineStore.Options());
        enricher.AuthorKey(fromPush.Name, "ext-1").Should().NotBe(enricher.AuthorKey(fromDrop.Name, "ext-1"));
    }

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    public void Enrich_ControlCharacterInIdSpecialtyOrState_DeadLetteredNamingTheField(char control)
    {
        var enricher = PipelineStore.Enricher(PipelineStore.Options());

        enricher.Enrich("forum", Forum("p1" + control, "Cardiology", "TX"), []).Rejected!.Reason.Should().Be("bad-id");
        enricher.Enrich("forum", Forum("p1", "Cardio" + control + "logy", "TX"), []).Rejected!.Reason.Should().Be("bad-specialty");
        enricher.Enrich("forum", Forum("p1", "Cardiology", control + "TX"), []).Rejected!.Detail.Should().Contain("state holds a control character");
    }

    [Theory]
    [InlineData('\u0020')]
    [InlineData('\u00A0')]
    public void Enrich_CharacterNextToTheControlRanges_NotReadAsControl(char neighbour)
    {
        var enricher = PipelineStore.Enricher(PipelineStore.Options());

        var (_, rejected) = enricher.Enrich("forum", Forum("p1", "Cardiology", "TX" + neighbour), []);

        (rejected?.Detail ?? "").Should().NotContain("control character");
    }

    private static IncomingPost Forum(string id, string? specialty, string? state) =>
        new("seq 1", "1", "forum:" + id, "token", At, specialty, state, "Started Eliquis for afib.");

    private static async Task<IncomingPost> FirstPostAsync(JsonlFileSource source)
    {
        await foreach (var item in source.ReadAsync(null, CancellationToken.None))
        {
            if (item is IncomingPost post)
            {
                return post;
            }
        }

        throw new InvalidOperationException("no post");
    }
}
