using System.Text;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>
/// The ingest store writes entity and adverse-event JSON with <see cref="EntityJsonWriter"/> (decision 095); every other
/// reader and writer uses <see cref="PostJson"/>. The two must give the same text, or re-ingesting a post would rewrite it.
/// </summary>
public sealed class EntityJsonWriterTests
{
    // Escaping the serializer does (quotes, backslashes, HTML-sensitive characters, non-ASCII, surrogate pairs,
    // control characters), empty strings (not a default, so written) and nulls (left out).
    private static readonly string?[] Texts =
    [
        "Eliquis", "", null, "say \"no\"", @"back\slash", "<b>&'+`", "Sclérose en plaques", "Ümlaut", "肝炎", "pain 😖",
        "tab\tnew\nline", "\u0001", "I48.91", "a/b",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Entities_RandomEntities_SameTextAsTheSerializer(int seed)
    {
        var random = new Random(seed);
        for (var post = 0; post < 300; post++)
        {
            IReadOnlyList<TaggedEntity> entities = [.. Enumerable.Range(0, random.Next(6)).Select(_ => Entity(random))];

            Encoding.UTF8.GetString(EntityJsonWriter.Entities(entities)).Should().Be(PostJson.Serialize(entities));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AdverseEvents_RandomPairs_SameTextAsTheSerializer(int seed)
    {
        var random = new Random(seed);
        for (var post = 0; post < 300; post++)
        {
            IReadOnlyList<AdverseEventPair> pairs = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new AdverseEventPair(Entity(random), Entity(random)))];

            Encoding.UTF8.GetString(EntityJsonWriter.AdverseEvents(pairs)).Should().Be(PostJson.Serialize(pairs));
        }
    }

    [Fact]
    public void Entities_EnumValuesWithoutAName_WrittenAsNumbersLikeTheSerializer()
    {
        IReadOnlyList<TaggedEntity> entities =
        [
            new((EntityType)42, "x", 1, 2, "x", "x", Sentiment: (Sentiment)7) { Aspect = new MentionAspect((Aspect)99, (Sentiment)(-5)) },
            new(EntityType.Brand, "y", 0, 0, "y", "y") { Aspect = new MentionAspect(0, Sentiment.Neutral) },
        ];

        var json = Encoding.UTF8.GetString(EntityJsonWriter.Entities(entities));

        json.Should().Contain("\"type\":42").And.Contain("\"name\":99");
        json.Should().Be(PostJson.Serialize(entities));
    }

    [Fact]
    public void Records_PropertiesTheWriterKnows_NoneAddedSince()
    {
        // A property added to these records is serialized by PostJson but not by EntityJsonWriter until it is added
        // there (and to Entity below); this fails first.
        static string[] Names(Type type) => [.. type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal)];

        Names(typeof(TaggedEntity)).Should().Equal(
            "Aspect", "CanonicalId", "CanonicalName", "End", "FamilyHistory", "Hypothetical", "Negated", "Sentiment", "Start", "Surface", "Type", "Uncertain");
        Names(typeof(MentionAspect)).Should().Equal("Name", "Polarity");
        Names(typeof(AdverseEventPair)).Should().Equal("Drug", "Event");
    }

    private static TaggedEntity Entity(Random random)
    {
        var aspect = random.Next(3) == 0
            ? null
            : new MentionAspect((Aspect)random.Next(1, 6), (Sentiment)random.Next(-1, 2));
        return new TaggedEntity(
            (EntityType)random.Next(0, 7),
            Text(random) ?? "surface",
            random.Next(3) == 0 ? 0 : random.Next(1, 5000),
            random.Next(4) == 0 ? 0 : random.Next(-3, 5000),
            Text(random)!,
            Text(random)!,
            Negated: random.Next(3) == 0,
            Uncertain: random.Next(3) == 0,
            Sentiment: (Sentiment)random.Next(-1, 2))
        {
            FamilyHistory = random.Next(4) == 0,
            Hypothetical = random.Next(4) == 0,
            Aspect = aspect,
        };
    }

    private static string? Text(Random random) => Texts[random.Next(Texts.Length)];
}
