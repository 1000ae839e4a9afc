using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Reports.Tests;

internal static class SampleHeatMaps
{
    public const string ClientId = "client-a";
    public const string InjectionTerm = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public const string MarkupTerm = "<b>A&B</b> \"quoted\"";

    /// <summary>The raw mentions of the one suppressed cell: 777 mentions from 2 authors, which no output may show.</summary>
    public const int SuppressedMentions = 777;

    private static readonly DateOnly Jan = new(2026, 1, 1);
    private static readonly DateOnly Feb = new(2026, 2, 1);
    private static readonly DateOnly Mar = new(2026, 3, 1);

    public static IReadOnlyList<string> Terms { get; } = ["eliquis", InjectionTerm, MarkupTerm];

    /// <summary>Three terms by month, Jan-Mar 2026; the injection term's February is suppressed.</summary>
    public static HeatMap Monthly()
    {
        CubeAggregate[] cells =
        [
            Agg("eliquis", Jan, 30, 10, pos: 12, neg: 3), Agg("eliquis", Feb, 40, 12), Agg("eliquis", Mar, 50, 11),
            Agg(InjectionTerm, Jan, 20, 6, pos: 2, neg: 12), Agg(InjectionTerm, Feb, SuppressedMentions, 2), Agg(InjectionTerm, Mar, 25, 7),
            Agg(MarkupTerm, Jan, 9, 5), Agg(MarkupTerm, Feb, 10, 5), Agg(MarkupTerm, Mar, 11, 6),
        ];
        CubeAggregate[] totals = [Agg("eliquis", Jan, 120, 25), Agg(MarkupTerm, Jan, 30, 9)];
        var slice = new CubeSlice(ClientId, BucketInterval.Month, Jan, new DateOnly(2026, 3, 31), cells, totals,
            [new SegmentActivity(Jan, null, 1000), new SegmentActivity(Feb, null, 1000), new SegmentActivity(Mar, null, 1000)]);
        return Build(slice, Terms);
    }

    /// <summary>One term by day over 90 days, every day shown.</summary>
    public static HeatMap Daily(int days = 90)
    {
        var from = new DateOnly(2026, 1, 1);
        var cells = Enumerable.Range(0, days).Select(i => Agg("eliquis", from.AddDays(i), 10 + (i % 7), 6)).ToArray();
        var slice = new CubeSlice(ClientId, BucketInterval.Day, from, from.AddDays(days - 1), cells, [], []);
        return Build(slice, ["eliquis"]);
    }

    /// <summary>
    /// Two terms over 12 ISO weeks from 2026-01-05: "eliquis" flat at 10 mentions then 40 in the last week (a spike)
    /// with sentiment turning negative; "xarelto" small (3 authors) in week 6 only, so that cell is suppressed.
    /// </summary>
    public static HeatMap Weekly()
    {
        var from = new DateOnly(2026, 1, 5);
        var cells = new List<CubeAggregate>();
        for (var w = 0; w < 12; w++)
        {
            var last = w == 11;
            cells.Add(Agg("eliquis", from.AddDays(7 * w), last ? 40 : 10 + (w % 2), 8, pos: last ? 2 : 5, neg: last ? 30 : 2));
            cells.Add(Agg("xarelto", from.AddDays(7 * w), w == 6 ? SuppressedMentions : 20, w == 6 ? 3 : 9));
        }

        var slice = new CubeSlice(ClientId, BucketInterval.Week, from, from.AddDays((7 * 12) - 1), cells,
            [Agg("eliquis", from, 150, 30), Agg("xarelto", from, 1000, 40)], []);
        return Build(slice, ["eliquis", "xarelto"]);
    }

    /// <summary>
    /// <see cref="Weekly"/> with aspects on "eliquis": access balanced (12 mentions, 3 positive, 3 negative) then 20
    /// mentions, 18 negative in the last week; safety steady at +0.25; efficacy +0.33 (6 mentions), then all negative in
    /// the last week but from 3 mentions only, under k, so withheld there.
    /// </summary>
    /// <param name="lastWeekCues">Exact cue authors of Eliquis's last week (the access swing); released as they are when at least k.</param>
    public static HeatMap WeeklyWithAspects(IReadOnlyList<AspectCueCount>? lastWeekCues = null)
    {
        var weekly = Weekly();
        var from = new DateOnly(2026, 1, 5);
        var cells = new List<CubeAggregate>();
        for (var w = 0; w < 12; w++)
        {
            var last = w == 11;
            AspectCount[] aspects = last
                ? [new AspectCount(Aspect.Efficacy, 3, 0, 3), new AspectCount(Aspect.Safety, 8, 3, 1), new AspectCount(Aspect.Access, 20, 0, 18)]
                : [new AspectCount(Aspect.Efficacy, 6, 3, 1), new AspectCount(Aspect.Safety, 8, 3, 1), new AspectCount(Aspect.Access, 12, 3, 3)];
            cells.Add(Agg("eliquis", from.AddDays(7 * w), last ? 40 : 10 + (w % 2), 8, pos: last ? 2 : 5, neg: last ? 30 : 2) with { Aspects = aspects, Cues = last ? lastWeekCues : null });
            cells.Add(Agg("xarelto", from.AddDays(7 * w), w == 6 ? SuppressedMentions : 20, w == 6 ? 3 : 9));
        }

        var slice = new CubeSlice(ClientId, BucketInterval.Week, from, weekly.To, cells, [], []);
        return Build(slice, ["eliquis", "xarelto"]);
    }

    /// <summary>One term whose only month is too small to show: the row and its total are withheld.</summary>
    public static HeatMap Withheld()
    {
        var slice = new CubeSlice(ClientId, BucketInterval.Month, Jan, new DateOnly(2026, 1, 31), [Agg("eliquis", Jan, SuppressedMentions, 3)], [], []);
        return Build(slice, ["eliquis"]);
    }

    /// <summary>
    /// The renderers' tests need hand-checked numbers, so these maps are released without noise: a cell under k authors
    /// is suppressed, every other cell is published as it is. <see cref="HeatMapRelease"/> is tested on its own; what
    /// the renderers get from it has exactly this shape.
    /// </summary>
    public static HeatMap Build(CubeSlice slice, IReadOnlyList<string> terms, int k = 5)
    {
        var buckets = TimeBuckets.Enumerate(slice.From, slice.To, slice.Interval);
        var rows = terms.Select(term =>
        {
            var cells = buckets
                .Select(b => slice.Cells.SingleOrDefault(c => c.Term == term && c.Bucket == b) is { } c && c.DistinctAuthors >= k
                    ? new ReleasedCell(c.Mentions, c.DistinctAuthors, c.Positive, c.Negative, c.AdverseEvents, c.Aspects?.Where(a => a.Mentions >= k).ToArray(),
                        c.Cues?.Where(q => q.Authors >= k && c.Aspects!.Any(a => a.Aspect == q.Aspect && a.Mentions >= k)).ToArray())
                    : null)
                .ToList();
            return new ReleasedRow(term, null, cells, Total(cells));
        }).ToList();
        return HeatMapBuilder.Build(new ReleasedSlice(slice.ClientId, slice.Interval, slice.From, slice.To, buckets, rows, slice.Activity, k));
    }

    /// <summary>
    /// The row's total as the renderers receive it (in production the period's own released cell, decision 026): here
    /// the sum of the shown cells, their largest author count standing in for the period's, so the renderers'
    /// hand-checked totals stay as they were written; withheld when no cell is shown.
    /// </summary>
    private static ReleasedCell? Total(List<ReleasedCell?> cells)
    {
        var shown = cells.OfType<ReleasedCell>().ToList();
        return shown.Count == 0 ? null
            : new ReleasedCell(shown.Sum(c => c.Mentions), shown.Max(c => c.DistinctAuthors), shown.Sum(c => c.Positive), shown.Sum(c => c.Negative), shown.Sum(c => c.AdverseEvents));
    }

    /// <summary>
    /// A report-sized map: <paramref name="terms"/> terms × <paramref name="weeks"/> ISO weeks of random counts (fixed
    /// seed), about one cell in six under k; every seventh term has a long label that is cut at 40 characters.
    /// </summary>
    public static HeatMap Large(int terms = 50, int weeks = 52)
    {
        var random = new Random(52);
        var from = new DateOnly(2025, 12, 1);
        var names = Enumerable.Range(0, terms).Select(i => i % 7 == 3 ? $"Long watchlist label number {i:00} with several more words" : $"Term {i:00}").ToArray();
        var cells = new List<CubeAggregate>();
        foreach (var term in names)
        {
            for (var w = 0; w < weeks; w++)
            {
                var authors = random.Next(0, 40);
                var mentions = authors + random.Next(0, authors + 1);
                var pos = random.Next(0, mentions + 1);
                var neg = random.Next(0, mentions - pos + 1);
                cells.Add(new CubeAggregate(term, from.AddDays(7 * w), null, mentions, authors, pos, mentions - pos - neg, neg, 1));
            }
        }

        var totals = names.Select(t => new CubeAggregate(t, from, null, cells.Where(c => c.Term == t).Sum(c => c.Mentions), 200, 0, 0, 0, 10)).ToArray();
        var activity = Enumerable.Range(0, weeks).Select(w => new SegmentActivity(from.AddDays(7 * w), null, 5000)).ToArray();
        return Build(new CubeSlice(ClientId, BucketInterval.Week, from, from.AddDays((7 * weeks) - 1), cells, totals, activity), names);
    }

    private static CubeAggregate Agg(string term, DateOnly bucket, int mentions, int authors, int pos = 0, int neg = 0) =>
        new(term, bucket, null, mentions, authors, pos, mentions - pos - neg, neg, AdverseEvents: 1);
}
