using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>
/// The facet string is built without LINQ or a StringBuilder (decision 142): past the stack buffers (64 rows, 512
/// characters) it must still hold the brand and disease rows ordered by kind and value, as the SQL derivation does.
/// </summary>
public sealed class FacetTagsTests
{
    [Theory]
    [InlineData(3, 7)]
    [InlineData(90, 11)]
    [InlineData(200, 13)]
    public void From_ShuffledRowsOfEveryKind_BrandsThenDiseasesEachByValue(int perKind, int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, perKind)
            .SelectMany(i => new[]
            {
                new PostTagRow("brand", $"brand-{i:D3}", $"brand-{i:D3}", $"Brand {i:D3}"),
                new PostTagRow("disease", $"D{i:D3}.{random.Next(10)}", $"disease {i}", i % 5 == 0 ? null : $"Disease {i}"),
                new PostTagRow("generic", $"generic-{i:D3}", $"generic-{i:D3}", $"generic-{i:D3}"),
                new PostTagRow("aspect", $"aspect-{i:D3}", $"aspect-{i:D3}", $"aspect-{i:D3}"),
            })
            .OrderBy(_ => random.Next())
            .ToList();
        var expected = string.Join('\u001e', rows
            .Where(r => r.Kind is "brand" or "disease")
            .OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Value, StringComparer.Ordinal)
            .Select(r => (r.Kind == "brand" ? "b" : "d") + r.Value + '\u001f' + r.Label));

        FacetTags.From(rows).Should().Be(expected);
    }

    [Fact]
    public void From_OnlyGenericAndAspectRows_Empty()
    {
        FacetTags.From([new PostTagRow("generic", "apixaban", "apixaban", "apixaban"), new PostTagRow("aspect", "access", "access", "access")])
            .Should().BeEmpty();
    }
}
