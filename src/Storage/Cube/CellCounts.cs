namespace Sermo.Storage.Cube;

/// <summary>
/// Additive counts of one cell; <see cref="Authors"/> is the exact distinct count stored beside them. Packed as six
/// varints, then the aspect tallies (<see cref="AspectTallies"/>: one byte when a cell has no aspect mention).
/// </summary>
internal record struct CellCounts(int Mentions, int Authors, int Positive, int Neutral, int Negative, int AdverseEvents, AspectTallies Aspects = default)
{
    public static CellCounts Read(ref CubeBlobReader reader) => new(
        reader.ReadVarint(), reader.ReadVarint(), reader.ReadVarint(), reader.ReadVarint(), reader.ReadVarint(), reader.ReadVarint(),
        AspectTallies.Read(ref reader));

    public readonly void Write(CubeBlobWriter writer)
    {
        writer.WriteVarint(Mentions);
        writer.WriteVarint(Authors);
        writer.WriteVarint(Positive);
        writer.WriteVarint(Neutral);
        writer.WriteVarint(Negative);
        writer.WriteVarint(AdverseEvents);
        Aspects.Write(writer);
    }

    public readonly CellCounts Plus(CellCounts other) => new(
        Mentions + other.Mentions, Authors, Positive + other.Positive, Neutral + other.Neutral,
        Negative + other.Negative, AdverseEvents + other.AdverseEvents, Aspects.Plus(other.Aspects));
}
