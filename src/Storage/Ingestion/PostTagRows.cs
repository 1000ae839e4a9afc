using System.Collections.Frozen;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Ingestion;

/// <summary>One row of <c>post_tags</c> for a post: a facet and filter value with its display label (null if the tagger gave no name).</summary>
internal readonly record struct PostTagRow(string Kind, string Value, string? Name, string? Label);

/// <summary>
/// The <c>post_tags</c> rows of one post, derived exactly as <c>SqliteSearchMigration.TagRows</c> derives them from
/// <c>entities_json</c> (the update trigger's path): negated mentions are skipped; a brand yields a brand row and a
/// generic row, a generic a generic row, a disease a disease row keyed by its code; rows with the same kind and value
/// keep the smallest label; a drug mention with an aspect adds aspect rows (<c>access</c>, <c>access:negative</c>), as
/// <c>SqliteAspectTagsMigration.AspectRows</c> derives them. The ingest store writes new posts' rows from the entities it already holds, because
/// re-parsing the JSON in SQL cost a fifth of bulk-load time. Lower-casing is ASCII-only, as SQLite's lower().
/// </summary>
internal static class PostTagRows
{
    public static List<PostTagRow> For(IReadOnlyList<TaggedEntity> entities)
    {
        var rows = new List<PostTagRow>(entities.Count);
        foreach (var entity in entities)
        {
            if (entity.Aspect is { } aspect)
            {
                var (name, pair) = AspectRowValues(aspect);
                Add(rows, "aspect", name, name);
                Add(rows, "aspect", pair, pair);
            }

            if (entity.Negated)
            {
                continue;
            }

            switch (entity.Type)
            {
                case EntityType.Brand:
                    Add(rows, "brand", AsciiLower(entity.CanonicalName), entity.CanonicalName);
                    AddGeneric(rows, entity);
                    break;
                case EntityType.Generic:
                    AddGeneric(rows, entity);
                    break;
                case EntityType.Disease:
                    Add(rows, "disease", entity.CanonicalId, entity.CanonicalName);
                    break;
                default:
                    break;
            }
        }

        return rows;
    }

    // Every (aspect, polarity) pair's two row values, made once: on the writer, naming each mention's aspect anew
    // cost three strings a mention (decision 131). A value outside the enums is named as before.
    private static readonly FrozenDictionary<(Aspect, Sentiment), (string Name, string Pair)> AspectValues =
        Enum.GetValues<Aspect>()
            .SelectMany(a => Enum.GetValues<Sentiment>().Select(p => (a, p)))
            .ToFrozenDictionary(key => key, key => NameAspect(key.a, key.p));

    private static (string Name, string Pair) AspectRowValues(MentionAspect aspect) =>
        AspectValues.TryGetValue((aspect.Name, aspect.Polarity), out var values) ? values : NameAspect(aspect.Name, aspect.Polarity);

    private static (string Name, string Pair) NameAspect(Aspect aspect, Sentiment polarity)
    {
        var name = aspect.Name();
        return (name, name + ":" + polarity.Name());
    }

    // A generic's value and label are both its lower-cased id.
    private static void AddGeneric(List<PostTagRow> rows, TaggedEntity entity)
    {
        var id = AsciiLower(entity.CanonicalId);
        Add(rows, "generic", id, id);
    }

    private static void Add(List<PostTagRow> rows, string kind, string? value, string? label)
    {
        if (value is null)
        {
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Kind == kind && rows[i].Value == value)
            {
                // SQLite's min() skips NULLs and compares text by bytes; ordinal UTF-16 order matches that outside
                // surrogate pairs.
                if (label is not null && (rows[i].Label is null || string.CompareOrdinal(label, rows[i].Label) < 0))
                {
                    rows[i] = rows[i] with { Name = AsciiLower(label), Label = label };
                }

                return;
            }
        }

        rows.Add(new PostTagRow(kind, value, AsciiLower(label), label));
    }

    private static string? AsciiLower(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }
}
