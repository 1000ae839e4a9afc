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
        // On the writer, once a post: the facet rows' positions sorted in place and the string made in one allocation,
        // where a LINQ filter, a list, a comparison delegate and a StringBuilder cost several (decision 142).
        Span<int> facets = rows.Count <= 64 ? stackalloc int[rows.Count] : new int[rows.Count];
        int count = 0, length = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Kind is "brand" or "disease")
            {
                // Insertion sort by the SQL derivation's ORDER BY kind, value (bytewise; ordinal UTF-16 agrees outside
                // surrogate pairs); a post has a handful of facet rows.
                var at = count++;
                while (at > 0 && Compare(rows[facets[at - 1]], row) > 0)
                {
                    facets[at] = facets[at - 1];
                    at--;
                }

                facets[at] = i;
                length += 2 + row.Value.Length + (row.Label?.Length ?? 0);
            }
        }

        if (count == 0)
        {
            return "";
        }

        var size = length + count - 1;
        Span<char> text = size <= 512 ? stackalloc char[size] : new char[size];
        var written = 0;
        for (var f = 0; f < count; f++)
        {
            var row = rows[facets[f]];
            if (f > 0)
            {
                text[written++] = TagSeparator;
            }

            text[written++] = row.Kind == "brand" ? 'b' : 'd';
            row.Value.CopyTo(text[written..]);
            written += row.Value.Length;
            text[written++] = LabelSeparator;
            row.Label?.CopyTo(text[written..]);
            written += row.Label?.Length ?? 0;
        }

        return new string(text);
    }

    private static int Compare(PostTagRow a, PostTagRow b) =>
        string.CompareOrdinal(a.Kind, b.Kind) is var byKind and not 0 ? byKind : string.CompareOrdinal(a.Value, b.Value);

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
