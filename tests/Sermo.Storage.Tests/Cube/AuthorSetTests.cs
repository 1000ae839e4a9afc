using Sermo.Storage.Cube;

namespace Sermo.Storage.Tests.Cube;

public sealed class AuthorSetTests
{
    [Theory]
    [InlineData(0, 40, 100)]
    [InlineData(1, 3, 30_000)]
    [InlineData(2, 2_000, 2_500)]
    [InlineData(3, 20_000, 20_000)]
    public void UnionWith_EncodedSparseAndDenseSets_CountEqualsHashSetUnion(int seed, int size, int universe)
    {
        var random = new Random(seed);
        var expected = new HashSet<int>();
        var union = new AuthorSet();
        var writer = new CubeBlobWriter();
        for (var part = 0; part < 5; part++)
        {
            var set = new AuthorSet();
            for (var i = 0; i < size; i++)
            {
                var member = 1 + random.Next(universe);
                set.Add(member);
                set.Add(member); // duplicates count once
                expected.Add(member);
            }

            writer.Clear();
            set.Write(writer);
            set.Write(writer);
            var reader = new CubeBlobReader(writer.ToArray());
            AuthorSet.Skip(ref reader);
            union.UnionWith(ref reader);
            reader.End.Should().BeTrue("Skip steps over exactly one set and UnionWith reads exactly one");
        }

        union.Count.Should().Be(expected.Count);
    }

    [Fact]
    public void Write_DenseSet_SmallerThanOneVarintPerMember()
    {
        var set = new AuthorSet();
        for (var member = 1; member <= 20_000; member++)
        {
            set.Add(member);
        }

        var writer = new CubeBlobWriter();
        set.Write(writer);

        writer.ToArray().Length.Should().BeLessThan((20_000 / 8) + 16);
        set.Count.Should().Be(20_000);
    }
}
