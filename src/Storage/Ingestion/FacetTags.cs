using System.Text;
using Sermo.Storage.Search;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// A post's brand and disease tags as the one string <c>posts.facet_tags</c> holds (format and upkeep:
/// <c>SqliteSearchFacetTagsMigration</c>): written by the ingest store from the rows <see cref="PostTagRows"/> derives,
/// read by the search's streaming pass into its facets without a string per tag.
/// </summary>
internal static class FacetTags
{
    private const char TagSeparator = '\u001e';
    private const char LabelSeparator = '\u001f';

    public static string From(List<PostTagRow> rows)
    {
        var facets = rows.Where(r => r.Kind is "brand" or "disease").ToList();
        if (facets.Count == 0)
        {
            return "";
        }

        // The SQL derivation's ORDER BY kind, value (bytewise; ordinal UTF-16 agrees outside surrogate pairs).
        facets.Sort((a, b) => string.CompareOrdinal(a.Kind, b.Kind) is var byKind and not 0 ? byKind : string.CompareOrdinal(a.Value, b.Value));
        var text = new StringBuilder();
        foreach (var row in facets)
        {
            if (text.Length > 0)
            {
                text.Append(TagSeparator);
            }

            text.Append(row.Kind == "brand" ? 'b' : 'd').Append(row.Value).Append(LabelSeparator).Append(row.Label);
        }

        return text.ToString();
    }

    /// <summary>Counts every tag in <paramref name="facetTags"/> into the brand and disease facets for one post's author.</summary>
    public static void Count(SearchAggregation aggregation, ReadOnlySpan<char> facetTags, int author)
    {
        foreach (var range in facetTags.Split(TagSeparator))
        {
            var tag = facetTags[range];
            if (tag.Length < 2)
            {
                continue; // the empty string of a post without tags
            }

            var split = tag.IndexOf(LabelSeparator);
            if (split < 0)
            {
                throw new FormatException($"facet_tags entry without a label separator: kind '{tag[0]}', {tag.Length} characters.");
            }

            var facet = tag[0] switch
            {
                'b' => "brand",
                'd' => "disease",
                _ => throw new FormatException($"facet_tags entry of unknown kind '{tag[0]}'."),
            };
            aggregation.AddTag(facet, tag[1..split], tag[(split + 1)..], author);
        }
    }
}
