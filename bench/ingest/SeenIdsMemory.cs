using System.Globalization;
using Sermo.Ingest.Sources;

namespace Sermo.IngestBench;

/// <summary>
/// Managed bytes that the set of a drop file's ids holds after COUNT lines (ids shaped like the benchmark drop's,
/// "b0000001"): the strings in a HashSet, as the reader kept them before, against <see cref="SeenIds"/>' digests.
/// Each is measured alone, after a full collection, with the set still alive.
/// </summary>
internal static class SeenIdsMemory
{
    public static string Run(int count)
    {
        var strings = Held(() =>
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                set.Add(Id(i));
            }

            return set;
        });
        var digests = Held(() =>
        {
            var set = new SeenIds();
            for (var i = 0; i < count; i++)
            {
                set.Add(Id(i));
            }

            return set;
        });
        return string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} ids: HashSet<string> {strings / 1048576.0:F1} MB ({(double)strings / count:F0} bytes an id), SeenIds {digests / 1048576.0:F1} MB ({(double)digests / count:F0} bytes an id)");
    }

    private static string Id(int i) => "b" + i.ToString("D7", CultureInfo.InvariantCulture);

    private static long Held(Func<object> build)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var held = build();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(held);
        return after - before;
    }
}
