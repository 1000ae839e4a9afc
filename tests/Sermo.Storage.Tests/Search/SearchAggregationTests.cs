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

    [Fact]
    public void Histogram_OneSmallBucketBesideShownOnes_NotRecoverableFromTheTotal()
    {
        var rows = new (DateOnly, long, long)[] { (Monday, 10, 6), (Monday.AddDays(7), 8, 5), (Monday.AddDays(14), 2, 1) };

        var histogram = SearchAggregates.Histogram(rows, BucketInterval.Week, k: 5);

        // The answer's total is 20: with only the 1-author bucket hidden, 20 - 10 - 8 gave its 2 posts back.
        var remainder = 20 - histogram.Sum(b => b.Posts ?? 0);
        remainder.Should().NotBe(2);
        histogram.Should().Equal(new HistogramBucket(Monday, 10, false), new HistogramBucket(Monday.AddDays(7), null, true), new HistogramBucket(Monday.AddDays(14), null, true));
    }

    [Fact]
    public void Facet_SentimentWithOneSmallValue_NotRecoverableFromTheTotal()
    {
        var rows = new[] { new AggregateRow("negative", "negative", 12, 7), new AggregateRow("neutral", "neutral", 9, 6), new AggregateRow("positive", "positive", 3, 2) };

        var facet = SearchAggregates.Facet("sentiment", rows, k: 5);

        (24 - facet.Values.Sum(v => v.Posts)).Should().NotBe(3, "sentiment splits every hit, so total minus the shown values is the hidden one");
        facet.Suppressed.Should().Be(2);
    }

    [Fact]
    public void Histogram_RandomAnswers_WhatTheTotalLeavesOverNeverPinsASmallBucket()
    {
        var random = new Random(14);
        var checkedAnswers = 0;
        for (var trial = 0; trial < 2000; trial++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 9))
                .Select(w =>
                {
                    var authors = random.NextDouble() < 0.4 ? random.Next(1, 5) : random.Next(5, 30);
                    return (Monday.AddDays(7 * w), (long)(authors + random.Next(0, 10)), (long)authors);
                })
                .ToList();
            var total = rows.Sum(r => r.Item2);

            var histogram = SearchAggregates.Histogram(rows, BucketInterval.Week, k: 5);

            var hidden = rows.Where(r => histogram.Single(b => b.Start == r.Item1).Suppressed).ToList();
            var remainder = total - histogram.Sum(b => b.Posts ?? 0);
            if (hidden.Count == 0 || hidden.Count == rows.Count)
            {
                continue;
            }

            checkedAnswers++;
            hidden.Should().Contain(r => r.Item3 >= 5, "what is left over must include a bucket of at least k authors");
            hidden.Should().OnlyContain(r => r.Item2 < remainder, "the remainder must mix at least two non-zero buckets");
        }

        checkedAnswers.Should().BeGreaterThan(500);
    }
}
