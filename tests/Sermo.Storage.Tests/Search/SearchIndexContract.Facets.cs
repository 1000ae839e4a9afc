using Sermo.Analytics.Tagging;
using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// The brand and disease facets follow every change of a post's tags, whatever the backend keeps them in (SQLite:
/// <c>posts.facet_tags</c> beside <c>post_tags</c>, decision 054): a re-tag moves a post between facet values, an
/// opt-out removes its author's posts from them, and the k-rule is applied to what is left.
/// </summary>
public abstract partial class SearchIndexContract
{
    [ContractFact]
    public async Task Search_Facets_FollowARetagAndAnOptOut()
    {
        var corpus = Corpus();
        await Index.IndexAsync(corpus, Ct);

        // The three Humira posts re-tagged as Eliquis (text unchanged): Humira leaves the brand facet, Eliquis gains them.
        var eliquis = new TaggedEntity(EntityType.Brand, "Eliquis", 0, 7, "apixaban", "Eliquis");
        await Index.IndexAsync([.. corpus.Where(p => p.PostId.StartsWith("humira-", StringComparison.Ordinal)).Select(p => p with { Entities = [eliquis] })], Ct);
        // One metformin post's disease now negated: type 2 diabetes drops to 4 authors, under k.
        var metformin = corpus.Single(p => p.PostId == "metformin-0");
        await Index.IndexAsync([metformin with { Entities = [.. metformin.Entities.Select(e => e.Type == EntityType.Disease ? e with { Negated = true } : e)] }], Ct);

        var retagged = await SearchAsync("eliquis OR humira OR metformin");
        var brand = retagged.Facets.Single(f => f.Name == "brand");
        brand.Values.Should().Equal(new FacetValue("eliquis", "Eliquis", 9));
        brand.Suppressed.Should().Be(0, "no post carries Humira any more");
        var disease = retagged.Facets.Single(f => f.Name == "disease");
        disease.Values.Should().BeEmpty();
        disease.Suppressed.Should().Be(1);

        // Opt-out of four of the nine Eliquis authors leaves five: shown; a fifth leaves four: suppressed.
        await Index.DeleteByAuthorAsync(["a0", "a1", "a2", "a3"], Ct);
        (await SearchAsync("eliquis OR humira OR metformin")).Facets.Single(f => f.Name == "brand").Values
            .Should().Equal(new FacetValue("eliquis", "Eliquis", 5));
        await Index.DeleteByAuthorAsync(["h0"], Ct);
        var optedOut = (await SearchAsync("eliquis OR humira OR metformin")).Facets.Single(f => f.Name == "brand");
        optedOut.Values.Should().BeEmpty();
        optedOut.Suppressed.Should().Be(1);
    }
}
