using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Query;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// The one contract every search backend passes. A backend's test class derives from this and supplies a fresh,
/// empty index per test. k = 5 throughout.
/// </summary>
public abstract partial class SearchIndexContract : IAsyncLifetime
{
    protected const int K = 5;
    protected static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Monday = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    protected ISearchIndex Index { get; private set; } = null!;

    public async Task InitializeAsync() => Index = await CreateIndexAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<ISearchIndex> CreateIndexAsync();

    [ContractFact]
    public async Task Search_Term_FindsOnlyMatchingPostsWithTotal()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var result = await SearchAsync("bleeding");
        result.Total.Should().Be(6);
        result.Hits.Should().OnlyContain(h => h.PostId.StartsWith("eliquis-", StringComparison.Ordinal));
    }

    [ContractTheory]
    [InlineData("\"major bleeding\"", 6)]
    [InlineData("\"bleeding major\"", 0)]
    [InlineData("metfor*", 5)]
    [InlineData("humira OR metformin", 8)]
    [InlineData("bleeding NOT eliquis", 0)]
    [InlineData("dose AND NOT metformin", 0)]
    [InlineData("(humira OR eliquis) AND NOT injection", 6)]
    [InlineData("brand:eliquis", 6)]
    [InlineData("brand:Humira OR brand:eliquis", 9)]
    [InlineData("generic:apixaban", 6)]
    [InlineData("disease:E11", 5)]
    [InlineData("disease:E1", 5)]
    [InlineData("disease:I48", 0)]
    [InlineData("disease:\"type 2 diabetes mellitus\"", 5)]
    [InlineData("specialty:cardiology", 6)]
    [InlineData("state:OH", 3)]
    [InlineData("sentiment:negative", 6)]
    [InlineData("ae:true", 6)]
    [InlineData("ae:false metformin", 5)]
    [InlineData("brand:eliquis date:2026-01-12..", 3)]
    [InlineData("bleeding date:..2026-01-11", 3)]
    [InlineData("bleeding NOT specialty:cardiology", 0)]
    [InlineData("eliquis OR specialty:endocrinology", 11)]
    public async Task Search_QueryLanguage_MatchesExpectedCount(string query, long expected)
    {
        await Index.IndexAsync(Corpus(), Ct);
        (await SearchAsync(query)).Total.Should().Be(expected);
    }

    [ContractFact]
    public async Task Index_SamePostsTwice_IsIdempotentAndReplacesText()
    {
        await Index.IndexAsync(Corpus(), Ct);
        await Index.IndexAsync(Corpus(), Ct);
        (await SearchAsync("bleeding")).Total.Should().Be(6);

        var changed = Post("eliquis-0", "a0", Monday, "switched to warfarin", entities: []);
        await Index.IndexAsync([changed], Ct);
        (await SearchAsync("bleeding")).Total.Should().Be(5);
        (await SearchAsync("warfarin")).Hits.Select(h => h.PostId).Should().Equal("eliquis-0");
        (await SearchAsync("brand:eliquis")).Total.Should().Be(5);
    }

    [ContractFact]
    public async Task Delete_ById_RemovesOnlyThosePosts()
    {
        await Index.IndexAsync(Corpus(), Ct);
        (await Index.DeleteAsync(["eliquis-0", "eliquis-1", "missing"], Ct)).Should().Be(2);
        (await SearchAsync("bleeding")).Hits.Select(h => h.PostId).Should().BeEquivalentTo(["eliquis-2", "eliquis-3", "eliquis-4", "eliquis-5"]);
    }

    [ContractFact]
    public async Task DeleteByAuthor_OptOut_RemovesEveryPostOfTheAuthor()
    {
        await Index.IndexAsync(Corpus(), Ct);
        (await Index.DeleteByAuthorAsync(["h0"], Ct)).Should().Be(1);
        (await SearchAsync("humira")).Hits.Select(h => h.PostId).Should().BeEquivalentTo(["humira-1", "humira-2"]);
    }

    [ContractFact]
    public async Task Search_Paging_CursorWalksEveryHitOnce()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Index.SearchAsync(new SearchRequest(QueryParser.Parse("eliquis OR metformin"), SearchSort.Newest, Size: 4, Cursor: cursor, Aggregations: false), Ct);
            page.Total.Should().Be(11);
            seen.AddRange(page.Hits.Select(h => h.PostId));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 10);

        pages.Should().Be(3);
        seen.Should().HaveCount(11).And.OnlyHaveUniqueItems();
    }

    [ContractFact]
    public async Task Search_RelevancePages_ConcatenateToTheOneLongPage()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var query = QueryParser.Parse("eliquis OR metformin OR bleeding");
        var whole = (await Index.SearchAsync(new SearchRequest(query, SearchSort.Relevance, Size: 100, Aggregations: false), Ct)).Hits;
        var paged = new List<SearchHit>();
        string? cursor = null;
        do
        {
            var page = await Index.SearchAsync(new SearchRequest(query, SearchSort.Relevance, Size: 3, Cursor: cursor, Aggregations: false), Ct);
            paged.AddRange(page.Hits);
            cursor = page.NextCursor;
        }
        while (cursor is not null && paged.Count < 100);

        whole.Should().HaveCountGreaterThan(6);
        paged.Select(h => h.PostId).Should().Equal(whole.Select(h => h.PostId));
    }

    [ContractFact]
    public async Task Search_SortNewest_OrdersByCreatedAtDescending()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var hits = (await Index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), SearchSort.Newest), Ct)).Hits;
        hits.Select(h => h.CreatedAt).Should().BeInDescendingOrder();
        hits[0].PostId.Should().Be("eliquis-5");
    }

    [ContractFact]
    public async Task Search_SortRelevance_RanksDenserMatchFirst()
    {
        await Index.IndexAsync(Corpus(), Ct);
        await Index.IndexAsync([Post("dense", "z1", Monday, "Bleeding, bleeding and more bleeding on a blood thinner")], Ct);
        var hits = (await Index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), SearchSort.Relevance), Ct)).Hits;
        hits[0].PostId.Should().Be("dense");
        hits[0].Score.Should().BeGreaterThan(hits[^1].Score);
    }

    [ContractFact]
    public async Task Search_Excerpt_HighlightsMatchAndEncodesHtml()
    {
        await Index.IndexAsync([Post("x", "z1", Monday, "<script>alert(1)</script> INR 2 & major bleeding on day three")], Ct);
        var hit = (await SearchAsync("bleeding")).Hits.Single();
        // Engines may drop markup-like text from excerpts (ts_headline does); whatever remains is encoded.
        hit.Excerpt.Should().Contain("<mark>bleeding</mark>").And.NotContain("<script>");
    }

    [ContractFact]
    public async Task Search_FilterOnlyQuery_ExcerptIsStartOfText()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var hit = (await SearchAsync("brand:humira state:OH")).Hits.First();
        hit.Excerpt.Should().StartWith("Humira injection").And.NotContain("<mark>");
    }

    [ContractFact]
    public async Task Search_WeeklyHistogram_SuppressesBucketsUnderKAuthors()
    {
        await Index.IndexAsync(Corpus(), Ct);
        await Index.IndexAsync(Enumerable.Range(0, 5).Select(i => Post($"extra-{i}", $"x{i}", Monday.AddDays(1), "bleeding again")).ToList(), Ct);
        var result = await Index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Interval: BucketInterval.Week), Ct);
        // 3 eliquis + 5 extra posts from 8 authors, then 3 posts from 3 authors (< k). Showing the first would give the
        // second back as the hit total minus 8, so both are hidden (complementary suppression, privacy rule P7).
        result.Total.Should().Be(11);
        result.Histogram.Should().Equal(
            new HistogramBucket(new DateOnly(2026, 1, 5), null, true),
            new HistogramBucket(new DateOnly(2026, 1, 12), null, true));
    }

    [ContractFact]
    public async Task Search_SmallBucketBesideTwoLargeOnes_TheSmallestLargeOneHiddenWithIt()
    {
        await Index.IndexAsync(Corpus(), Ct);
        await Index.IndexAsync(Enumerable.Range(0, 5).Select(i => Post($"extra-{i}", $"x{i}", Monday.AddDays(1), "bleeding again")).ToList(), Ct);
        await Index.IndexAsync(Enumerable.Range(0, 6).Select(i => Post($"late-{i}", $"y{i}", Monday.AddDays(15), "bleeding once more")).ToList(), Ct);

        var result = await Index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Interval: BucketInterval.Week), Ct);

        result.Histogram.Should().Equal(
            new HistogramBucket(new DateOnly(2026, 1, 5), 8, false),
            new HistogramBucket(new DateOnly(2026, 1, 12), null, true),
            new HistogramBucket(new DateOnly(2026, 1, 19), null, true));
        (result.Total - 8).Should().Be(9, "what the total leaves over mixes the 3-author week with a 6-author week");
    }

    [ContractFact]
    public async Task Search_MonthlyHistogram_FillsGapsWithZero()
    {
        await Index.IndexAsync(Enumerable.Range(0, 10).Select(i => Post($"p{i}", $"a{i}", i < 5 ? Monday : Monday.AddMonths(2), "bleeding")).ToList(), Ct);
        var result = await Index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), Interval: BucketInterval.Month), Ct);
        result.Histogram.Select(b => (b.Start, b.Posts)).Should().Equal(
            (new DateOnly(2026, 1, 1), (long?)5), (new DateOnly(2026, 2, 1), (long?)0), (new DateOnly(2026, 3, 1), (long?)5));
    }

    [ContractFact]
    public async Task Search_Facets_ShowValuesFromKAuthorsAndSuppressTheRest()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var result = await SearchAsync("eliquis OR humira OR metformin");
        var brand = result.Facets.Single(f => f.Name == "brand");
        brand.Values.Should().Equal(new FacetValue("eliquis", "Eliquis", 6));
        brand.Suppressed.Should().Be(1); // Humira: 3 authors
        result.Facets.Single(f => f.Name == "disease").Values.Should().Equal(new FacetValue("E11.9", "Type 2 diabetes mellitus", 5));
        result.Facets.Single(f => f.Name == "specialty").Values.Select(v => v.Value).Should().BeEquivalentTo(["cardiology", "endocrinology"]);
        result.Facets.Single(f => f.Name == "sentiment").Values.Should().Contain(new FacetValue("negative", "negative", 6));
    }

    [ContractFact]
    public async Task Search_RequestDateBounds_NarrowTheQuery()
    {
        await Index.IndexAsync(Corpus(), Ct);
        var result = await Index.SearchAsync(new SearchRequest(QueryParser.Parse("bleeding"), From: new DateOnly(2026, 1, 12), To: new DateOnly(2026, 1, 31)), Ct);
        result.Total.Should().Be(3);
    }

    private Task<SearchResult> SearchAsync(string query) =>
        Index.SearchAsync(new SearchRequest(QueryParser.Parse(query), Size: 50), Ct);

    [ContractFact]
    public async Task Search_AspectField_MatchesAMentionsAspectAndPolarity_AndFollowsARetag()
    {
        var posts = new List<TaggedPost>();
        for (var i = 0; i < 3; i++)
        {
            posts.Add(Post($"pa-{i}", $"p{i}", Monday.AddDays(i), "Humira PA denied again", entities: [Drug("Humira", "adalimumab", Aspect.Access, Sentiment.Negative)]));
        }

        for (var i = 0; i < 2; i++)
        {
            posts.Add(Post($"works-{i}", $"w{i}", Monday.AddDays(i), "Humira working well", entities: [Drug("Humira", "adalimumab", Aspect.Efficacy, Sentiment.Positive)]));
        }

        posts.Add(Post("switch", "s0", Monday, "Eliquis covered at last, Xarelto bled", entities:
            [Drug("Eliquis", "apixaban", Aspect.Access, Sentiment.Positive), Drug("Xarelto", "rivaroxaban", Aspect.Safety, Sentiment.Negative) with { Negated = true }]));
        await Index.IndexAsync(posts, Ct);

        (await SearchAsync("aspect:access")).Total.Should().Be(4);
        (await SearchAsync("aspect:access:negative")).Total.Should().Be(3);
        (await SearchAsync("aspect:efficacy:positive")).Total.Should().Be(2);
        (await SearchAsync("aspect:safety:negative")).Total.Should().Be(1, "a negated mention keeps its aspect");
        (await SearchAsync("brand:eliquis aspect:access:positive")).Total.Should().Be(1);
        (await SearchAsync("aspect:cost")).Total.Should().Be(0);
        (await SearchAsync("aspect:access NOT aspect:access:negative")).Total.Should().Be(1);

        // Re-tagged by a new aspect model: the same posts with other aspects replace the old tags.
        await Index.IndexAsync([.. posts.Take(5).Select(p => p with { Entities = [Drug("Humira", "adalimumab", Aspect.Cost, Sentiment.Negative)] })], Ct);
        (await SearchAsync("aspect:access")).Total.Should().Be(1);
        (await SearchAsync("aspect:cost:negative")).Total.Should().Be(5);
    }

    protected static TaggedEntity Drug(string brand, string generic, Aspect aspect, Sentiment polarity) =>
        new(EntityType.Brand, brand, 0, brand.Length, generic, brand) { Aspect = new MentionAspect(aspect, polarity) };

    /// <summary>
    /// 6 Eliquis bleeding posts (6 authors, cardiology, 3 per week), 3 Humira posts (3 authors, OH),
    /// 5 metformin posts tagged type 2 diabetes (5 authors, endocrinology).
    /// </summary>
    protected static List<TaggedPost> Corpus()
    {
        var posts = new List<TaggedPost>();
        for (var i = 0; i < 6; i++)
        {
            var eliquis = new TaggedEntity(EntityType.Brand, "Eliquis", 0, 7, "apixaban", "Eliquis");
            var bleeding = new TaggedEntity(EntityType.AdverseEvent, "bleeding", 20, 28, "bleeding", "bleeding");
            posts.Add(Post($"eliquis-{i}", $"a{i}", Monday.AddDays(i < 3 ? i : 7 + i), "Eliquis and then major bleeding, stopped it",
                "cardiology", "TX", Sentiment.Negative, [eliquis], [new AdverseEventPair(eliquis, bleeding)]));
        }

        for (var i = 0; i < 3; i++)
        {
            posts.Add(Post($"humira-{i}", $"h{i}", Monday.AddDays(i), "Humira injection going well", "rheumatology", "OH", Sentiment.Positive,
                [new TaggedEntity(EntityType.Brand, "Humira", 0, 6, "adalimumab", "Humira")]));
        }

        for (var i = 0; i < 5; i++)
        {
            posts.Add(Post($"metformin-{i}", $"m{i}", Monday.AddDays(i), "metformin dose for type 2 diabetes, no insulin", "endocrinology", "CA", Sentiment.Neutral,
                [
                    new TaggedEntity(EntityType.Generic, "metformin", 0, 9, "metformin", "metformin"),
                    new TaggedEntity(EntityType.Disease, "type 2 diabetes", 18, 33, "E11.9", "Type 2 diabetes mellitus"),
                    new TaggedEntity(EntityType.Generic, "insulin", 38, 45, "insulin", "insulin", Negated: true),
                ]));
        }

        return posts;
    }

    protected static TaggedPost Post(
        string id, string author, DateTimeOffset at, string text, string? specialty = "cardiology", string? state = "TX",
        Sentiment sentiment = Sentiment.Neutral, IReadOnlyList<TaggedEntity>? entities = null, IReadOnlyList<AdverseEventPair>? adverse = null) =>
        new(id, "test", author, at, specialty, state, text, 0, entities ?? [], adverse ?? [], sentiment, 0);
}
