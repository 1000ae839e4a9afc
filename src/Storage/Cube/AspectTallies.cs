using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Cube;

/// <summary>
/// A cell's mentions per aspect with their positive and negative counts (the heat map's per-aspect net sentiment).
/// Most cells have none, so the tallies are a null array until one is added, and pack as a bit mask of the aspects
/// present (one byte) followed by three varints per present aspect.
/// </summary>
internal readonly struct AspectTallies
{
    private const int PerAspect = 3;
    private static readonly Aspect[] All = Enum.GetValues<Aspect>();

    /// <summary>Per aspect in enum order: mentions, positive, negative; null when every count is zero.</summary>
    private readonly int[]? _counts;

    private AspectTallies(int[]? counts) => _counts = counts;

    /// <summary>One mention about <paramref name="aspect"/>'s aspect, with its polarity.</summary>
    public static AspectTallies One(MentionAspect aspect)
    {
        var counts = new int[All.Length * PerAspect];
        var at = Index(aspect.Name);
        counts[at]++;
        counts[at + 1] += aspect.Polarity == Sentiment.Positive ? 1 : 0;
        counts[at + 2] += aspect.Polarity == Sentiment.Negative ? 1 : 0;
        return new AspectTallies(counts);
    }

    public AspectTallies Plus(AspectTallies other)
    {
        if (other._counts is null)
        {
            return this;
        }

        if (_counts is null)
        {
            return other;
        }

        var sum = new int[_counts.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = _counts[i] + other._counts[i];
        }

        return new AspectTallies(sum);
    }

    /// <summary>The aspects with at least one mention, in aspect order.</summary>
    public IReadOnlyList<AspectCount> ToCounts()
    {
        if (_counts is null)
        {
            return [];
        }

        var counts = _counts;
        return All.Where(a => counts[Index(a)] > 0)
            .Select(a => new AspectCount(a, counts[Index(a)], counts[Index(a) + 1], counts[Index(a) + 2]))
            .ToArray();
    }

    public static AspectTallies Read(ref CubeBlobReader reader)
    {
        var present = reader.ReadByte();
        if (present == 0)
        {
            return default;
        }

        var counts = new int[All.Length * PerAspect];
        for (var i = 0; i < All.Length; i++)
        {
            if ((present & (1 << i)) != 0)
            {
                counts[i * PerAspect] = reader.ReadVarint();
                counts[(i * PerAspect) + 1] = reader.ReadVarint();
                counts[(i * PerAspect) + 2] = reader.ReadVarint();
            }
        }

        return new AspectTallies(counts);
    }

    public void Write(CubeBlobWriter writer)
    {
        byte present = 0;
        for (var i = 0; i < All.Length; i++)
        {
            present |= (byte)(_counts is not null && _counts[i * PerAspect] > 0 ? 1 << i : 0);
        }

        writer.WriteByte(present);
        for (var i = 0; i < All.Length; i++)
        {
            if ((present & (1 << i)) != 0)
            {
                writer.WriteVarint(_counts![i * PerAspect]);
                writer.WriteVarint(_counts[(i * PerAspect) + 1]);
                writer.WriteVarint(_counts[(i * PerAspect) + 2]);
            }
        }
    }

    private static int Index(Aspect aspect) => Array.IndexOf(All, aspect) * PerAspect;
}
