using Sermo.Analytics.HeatMaps;
using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search;

public class SearchAggregationTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    [Fact]
    public void Histogram_ManyPostsFromFewAuthors_SuppressedUntilTheKthAuthor()
    {
        var aggregation = new SearchAggregation(BucketInterval.Week, k: 5);
        for (var i = 0; i < 40; i++)
        {
            aggregation.AddPost($"author-{i % 4}", Monday.AddDays(i % 7), "cardiology", -1);
        }

        aggregation.Histogram().Should().Equal(new HistogramBucket(Monday, null, true));

        aggregation.AddPost("author-4", Monday.AddDays(6), "cardiology", -1);
        aggregation.Histogram().Should().Equal(new HistogramBucket(Monday, 41, false));
    }

    [Fact]
    public void Facets_PostsCountedInFull_AuthorsOnlyDecideSuppression()
    {
        var aggregation = new SearchAggregation(BucketInterval.Month, k: 3);
        for (var i = 0; i < 30; i++)
        {
            var author = aggregation.AddPost($"a{i % 10}", Monday, i < 20 ? "cardiology" : null, i % 3 - 1);
            aggregation.AddTag("brand", "eliquis", i == 7 ? "ELIQUIS" : "Eliquis", author);
            if (i < 6)
            {
                aggregation.AddTag("brand", "humira", "Humira", author % 2);
            }
        }

        var facets = aggregation.Facets().ToDictionary(f => f.Name);
        facets["brand"].Values.Should().Equal(new FacetValue("eliquis", "ELIQUIS", 30));
        facets["brand"].Suppressed.Should().Be(1); // humira: 6 posts, 2 authors
        facets["specialty"].Values.Should().Equal(new FacetValue("cardiology", "cardiology", 20));
        facets["sentiment"].Values.Select(v => (v.Value, v.Posts)).Should().BeEquivalentTo([("negative", 10L), ("neutral", 10L), ("positive", 10L)]);
        facets["disease"].Values.Should().BeEmpty();
    }
}
