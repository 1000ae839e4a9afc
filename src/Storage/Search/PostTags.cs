using Sermo.Analytics.Aspects;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Search;

/// <summary>
/// The tags a post is filtered and faceted by, as PostgreSQL and Elasticsearch store them (SQLite derives the same
/// rows in SQL): non-negated mentions only; brands and generics lower-cased; diseases by ICD-10 code.
/// </summary>
public sealed record PostTags(
    IReadOnlyList<string> Brands,
    IReadOnlyList<string> BrandLabels,
    IReadOnlyList<string> Generics,
    IReadOnlyList<string> Diseases,
    IReadOnlyList<string> DiseaseLabels,
    IReadOnlyList<string> DiseaseCodePrefixes,
    IReadOnlyList<string> DiseaseNames)
{
    /// <summary>The drug mentions' aspects, as <c>aspect:</c> matches them: "access" and "access:negative" (every mention, negated too).</summary>
    public IReadOnlyList<string> Aspects { get; init; } = [];

    public static PostTags From(TaggedPost post)
    {
        var affirmed = post.Entities.Where(e => !e.Negated).ToList();
        var brands = affirmed.Where(e => e.Type == EntityType.Brand)
            .GroupBy(e => e.CanonicalName.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var diseases = affirmed.Where(e => e.Type == EntityType.Disease)
            .GroupBy(e => e.CanonicalId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new PostTags(
            brands.Select(g => g.Key).ToList(),
            brands.Select(g => g.Select(e => e.CanonicalName).Order(StringComparer.Ordinal).First()).ToList(),
            affirmed.Where(e => e.Type is EntityType.Brand or EntityType.Generic).Select(e => e.CanonicalId.ToLowerInvariant())
                .Distinct().Order(StringComparer.Ordinal).ToList(),
            diseases.Select(g => g.Key).ToList(),
            diseases.Select(g => g.Select(e => e.CanonicalName).Order(StringComparer.Ordinal).First()).ToList(),
            diseases.SelectMany(g => CodePrefixes(g.Key)).Distinct().Order(StringComparer.Ordinal).ToList(),
            diseases.Select(g => g.Select(e => e.CanonicalName).Order(StringComparer.Ordinal).First().ToLowerInvariant()).Distinct().ToList())
        {
            Aspects = AspectValues(post.Entities),
        };
    }

    public static List<string> AspectValues(IEnumerable<TaggedEntity> entities) =>
        [.. entities.Where(e => e.Aspect is not null)
            .SelectMany(e => new[] { e.Aspect!.Name.Name(), e.Aspect.Name.Name() + ":" + e.Aspect.Polarity.Name() })
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>E11.9 → E1, E11, E11.9: what <c>disease:</c> may name as a code prefix (never ending in the dot).</summary>
    public static IEnumerable<string> CodePrefixes(string code)
    {
        for (var length = 2; length <= code.Length; length++)
        {
            if (code[length - 1] != '.')
            {
                yield return code[..length];
            }
        }
    }
}
