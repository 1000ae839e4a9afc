using Sermo.Analytics.Tagging;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>The ingest store writes lists through <see cref="PostJson.SerializeList{T}"/>: its short cut must store what the serializer stores.</summary>
public sealed class PostJsonTests
{
    [Fact]
    public void SerializeList_EmptyLists_SameTextAsTheSerializer()
    {
        IReadOnlyList<TaggedEntity> entities = [];
        IReadOnlyList<AdverseEventPair> adverse = [];

        Assert.Equal(PostJson.Serialize(entities), PostJson.SerializeList(entities));
        Assert.Equal(PostJson.Serialize(adverse), PostJson.SerializeList(adverse));
    }

    [Fact]
    public void SerializeList_EntitiesAndAdverseEvents_SameTextAsTheSerializer()
    {
        var drug = new TaggedEntity(EntityType.Brand, "Eliquis", 4, 11, "apixaban", "Eliquis");
        var bleeding = new TaggedEntity(EntityType.AdverseEvent, "bleeding", 20, 28, "bleeding", "bleeding", Negated: true);
        IReadOnlyList<TaggedEntity> entities = [drug, bleeding];
        IReadOnlyList<AdverseEventPair> adverse = [new(drug, bleeding)];

        Assert.Equal(PostJson.Serialize(entities), PostJson.SerializeList(entities));
        Assert.Equal(PostJson.Serialize(adverse), PostJson.SerializeList(adverse));
        Assert.Contains("apixaban", PostJson.SerializeList(entities), StringComparison.Ordinal);
    }
}
