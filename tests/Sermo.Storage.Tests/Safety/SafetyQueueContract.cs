using Sermo.Analytics.Posts;
using Sermo.Analytics.Safety;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Safety;

namespace Sermo.Storage.Tests.Safety;

/// <summary>The adverse-event review queue, the same on every backend.</summary>
public abstract class SafetyQueueContract : StoreTest
{
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    private static readonly IcsrAssessment Criteria = new(
        new CriterionFinding(true, "\"78yo\""), new CriterionFinding(true, "first-hand"),
        new CriterionFinding(true, "\"Eliquis\""), new CriterionFinding(true, "\"GI bleed\""));

    [Fact]
    public async Task Scan_PostsWithAdverseEvents_QueuedOnceWithoutAuthorKeyAndDueInOneBusinessDay()
    {
        await UpsertAsync(WithEvent("p1", "author-secret-1"), Post("p2", "author-secret-2", Tuesday, "Eliquis is fine."), WithEvent("p3", "author-secret-3"));
        var queue = new SafetyQueue(Database);

        var first = await queue.ScanAsync(Assess, Tuesday, Ct);
        var again = await queue.ScanAsync(Assess, Tuesday.AddHours(1), Ct);

        first.Should().Be(2);
        again.Should().Be(0);
        var items = await queue.ListAsync(includeDecided: false, Ct);
        items.Select(i => i.Case.PostId).Should().BeEquivalentTo(["p1", "p3"]);
        items[0].DueAt.Should().Be(Tuesday.AddDays(1));
        items[0].Case.Criteria.Should().BeEquivalentTo(Criteria);
        (await ScalarAsync("SELECT count(*) FROM safety_queue WHERE text LIKE '%author-secret%' OR post_id LIKE '%author-secret%'")).Should().Be(0);
    }

    [Fact]
    public async Task Scan_PostsStoredAfterLastScan_OnlyNewOnesLookedAt()
    {
        var queue = new SafetyQueue(Database);
        await UpsertAsync(WithEvent("p1", "a1"));
        await queue.ScanAsync(Assess, Tuesday, Ct);
        var looked = new List<string>();

        await UpsertAsync(WithEvent("p2", "a2"));
        await queue.ScanAsync(post => { looked.Add(post.PostId); return Assess(post); }, Tuesday, Ct);

        looked.Should().Equal("p2");
        (await queue.ListAsync(includeDecided: false, Ct)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Decide_OpenItem_RecordedWithReviewerAndTimeAndLeavesOpenList()
    {
        await UpsertAsync(WithEvent("p1", "a1"));
        var queue = new SafetyQueue(Database);
        await queue.ScanAsync(Assess, Tuesday, Ct);
        var item = (await queue.ListAsync(includeDecided: false, Ct)).Single();

        var decided = await queue.DecideAsync(item.Id, new SafetyDecision(SafetyOutcomes.ValidCase, "dr-safety", "all four met", Tuesday.AddHours(2)), Ct);
        var missing = await queue.DecideAsync(item.Id + 100, new SafetyDecision(SafetyOutcomes.NotACase, "dr-safety", null, Tuesday), Ct);

        decided.Should().BeTrue();
        missing.Should().BeFalse();
        (await queue.ListAsync(includeDecided: false, Ct)).Should().BeEmpty();
        var stored = await queue.GetAsync(item.Id, Ct);
        stored!.Decision.Should().Be(new SafetyDecision(SafetyOutcomes.ValidCase, "dr-safety", "all four met", Tuesday.AddHours(2)));
        (await queue.ListAsync(includeDecided: true, Ct)).Should().ContainSingle();
    }

    [Fact]
    public async Task DeletionAndOptOut_UndecidedItems_WithdrawnWithoutTextOrEvidenceAndDecidedCaseKept()
    {
        await UpsertAsync(WithEvent("p1", "a1"), WithEvent("p2", "a2"), WithEvent("p3", "a3"), WithEvent("p4", "a4"));
        var queue = new SafetyQueue(Database);
        await queue.ScanAsync(Assess, Tuesday, Ct);
        var reported = (await queue.ListAsync(includeDecided: false, Ct)).Single(i => i.Case.PostId == "p3");
        await queue.DecideAsync(reported.Id, new SafetyDecision(SafetyOutcomes.ValidCase, "dr-safety", null, Tuesday.AddHours(1)), Ct);

        // p1 deleted; the authors of p2 (undecided) and p3 (already a case) opt out; p4 stays.
        await Store.CommitAsync(new IngestBatch("forum", null, [], ["p1"], ["a2", "a3"], []), Ct);

        var items = (await queue.ListAsync(includeDecided: true, Ct)).ToDictionary(i => i.Case.PostId);
        items["p1"].Decision!.Outcome.Should().Be(SafetyOutcomes.Withdrawn);
        items["p1"].Decision!.Note.Should().Contain("post was deleted");
        items["p2"].Decision!.Outcome.Should().Be(SafetyOutcomes.Withdrawn);
        items["p2"].Decision!.Note.Should().Contain("opted out");
        foreach (var withdrawn in new[] { items["p1"], items["p2"] })
        {
            withdrawn.Case.Text.Should().BeEmpty();
            withdrawn.Case.Criteria.Patient.Met.Should().BeTrue("which criteria were met stays on record");
            new[] { withdrawn.Case.Criteria.Patient, withdrawn.Case.Criteria.Reporter, withdrawn.Case.Criteria.Product, withdrawn.Case.Criteria.Event }
                .Should().OnlyContain(c => c.Evidence.Length == 0, "the evidence quotes the post");
            withdrawn.Case.Event.Should().Be("GI bleed", "the reason it was queued is kept for audit");
            (await queue.DecideAsync(withdrawn.Id, new SafetyDecision(SafetyOutcomes.ValidCase, "dr-safety", null, Tuesday.AddHours(2)), Ct)).Should().BeFalse();
        }

        items["p3"].Decision!.Outcome.Should().Be(SafetyOutcomes.ValidCase, "a case already reported is kept, as pharmacovigilance requires");
        items["p3"].Case.Text.Should().Contain("78yo");
        items["p4"].Decision.Should().BeNull();
        (await queue.ListAsync(includeDecided: false, Ct)).Select(i => i.Case.PostId).Should().Equal("p4");
        (await ScalarAsync("SELECT count(*) FROM safety_queue WHERE text LIKE '%78yo%' OR criteria LIKE '%78yo%'")).Should().Be(2, "only p3 and p4 keep their words");
    }

    private static SafetyCase? Assess(TaggedPost post) =>
        new(post.PostId, post.CreatedAt, post.Specialty, post.Text, "Eliquis", "apixaban", "GI bleed", Criteria);

    private static TaggedPost WithEvent(string id, string author)
    {
        var drug = new TaggedEntity(EntityType.Brand, "Eliquis", 0, 7, "apixaban", "Eliquis");
        var bleed = new TaggedEntity(EntityType.AdverseEvent, "GI bleed", 20, 28, "K92.2", "GI bleed");
        return Post(id, author, Tuesday.AddDays(-1), "Eliquis gave my 78yo a GI bleed.", "Cardiology", drug, bleed) with { AdverseEvents = [new AdverseEventPair(drug, bleed)] };
    }
}
