using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Query;
using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// Privacy rule P12 on every backend: the backend counts distinct author keys of the whole match, and the guard over it
/// refuses (no count, hit, excerpt or aggregate) and audits a query whose filters narrow to fewer than k authors.
/// </summary>
public abstract partial class SearchIndexContract
{
    private static readonly DateTimeOffset AskedAt = new(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);

    [ContractFact]
    public async Task Attack_RareSpecialtyInSmallState_RefusedWithNothingShownAndAudited()
    {
        // Nephrology has 6 authors and Wyoming 6, so each filter alone is answered; one nephrologist posts in Wyoming.
        var posts = new List<Sermo.Analytics.Posts.TaggedPost>();
        for (var i = 0; i < 5; i++)
        {
            posts.Add(Post($"neph-{i}", $"n{i}", Monday.AddDays(i), "Eliquis dosing in dialysis", "nephrology", "TX"));
            posts.Add(Post($"wy-{i}", $"w{i}", Monday.AddDays(i), "Eliquis refill in a rural clinic", "cardiology", "WY"));
        }

        posts.Add(Post("lone-1", "lone", Monday, "Eliquis and my dialysis patient in Cheyenne", "nephrology", "WY"));
        posts.Add(Post("lone-2", "lone", Monday.AddDays(1), "Eliquis again for the same dialysis patient", "nephrology", "WY"));
        await Index.IndexAsync(posts, Ct);
        var (guard, audit) = Guard();

        var refused = await guard.SearchAsync(Request("eliquis specialty:nephrology state:WY"), new SearchAsker("api:10.0.0.7", "eliquis specialty:nephrology state:WY"), Ct);

        refused.Refused.Should().Contain("fewer than k = 5");
        refused.Total.Should().BeNull();
        refused.Hits.Should().BeEmpty();
        refused.NextCursor.Should().BeNull();
        refused.Histogram.Should().BeEmpty();
        refused.Facets.Should().BeEmpty();
        audit.Records.Should().ContainSingle().Which.Should().Be(
            (new SearchAsker("api:10.0.0.7", "eliquis specialty:nephrology state:WY"), AskedAt, guard.Reason));

        (await guard.SearchAsync(Request("eliquis specialty:nephrology"), new SearchAsker("api:10.0.0.7", "eliquis specialty:nephrology"), Ct)).Total.Should().Be(7);
        (await guard.SearchAsync(Request("eliquis state:WY"), new SearchAsker("api:10.0.0.7", "eliquis state:WY"), Ct)).Total.Should().Be(7);
        audit.Records.Should().HaveCount(1, "answered queries are not refusals");
    }

    [ContractFact]
    public async Task SinglingOut_ManyPostsFromFewAuthors_RefusedBecauseAuthorsAreCountedNotPosts()
    {
        await Index.IndexAsync(Enumerable.Range(0, 12).Select(i => Post($"p{i}", $"a{i % 4}", Monday.AddDays(i), "warfarin bridging")).ToList(), Ct);
        var (guard, audit) = Guard();

        var result = await guard.SearchAsync(Request("warfarin"), new SearchAsker("cli:analyst", "warfarin"), Ct);

        result.Refused.Should().NotBeNull("12 posts but 4 authors");
        audit.Records.Should().ContainSingle();
    }

    [ContractFact]
    public async Task SinglingOut_ExactlyKAuthors_AnsweredAndTheAuthorCountNeverSerialized()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var (guard, audit) = Guard();

        var result = await guard.SearchAsync(Request("metformin"), new SearchAsker("cli:analyst", "metformin"), Ct);

        result.Refused.Should().BeNull();
        result.Total.Should().Be(5);
        result.Hits.Should().HaveCount(5);
        audit.Records.Should().BeEmpty();
        JsonSerializer.Serialize(result, JsonSerializerOptions.Web).Should().NotContainEquivalentOf("author");
    }

    [ContractFact]
    public async Task SinglingOut_PageWithoutAggregations_StillChecked()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var (guard, audit) = Guard();

        var page = await guard.SearchAsync(new SearchRequest(QueryParser.Parse("humira"), SearchSort.Newest, Size: 1, Aggregations: false),
            new SearchAsker("cli:analyst", "humira"), Ct);

        page.Refused.Should().NotBeNull("Humira has 3 authors");
        page.Hits.Should().BeEmpty();
        audit.Records.Should().ContainSingle().Which.Asker.QueryText.Should().Be("humira");
    }

    private static SearchRequest Request(string query) => new(QueryParser.Parse(query), Size: 50);

    private (SinglingOutGuard Guard, RecordedRefusals Audit) Guard()
    {
        var audit = new RecordedRefusals();
        return (new SinglingOutGuard(Index, audit, new FakeTimeProvider(AskedAt), Options.Create(new SearchOptions { K = K })), audit);
    }

    private sealed class RecordedRefusals : ISearchRefusals
    {
        public List<(SearchAsker Asker, DateTimeOffset At, string Reason)> Records { get; } = [];

        public Task RecordAsync(SearchAsker asker, DateTimeOffset askedAt, string reason, CancellationToken cancellationToken)
        {
            Records.Add((asker, askedAt, reason));
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<SearchRefusal>> ListAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
