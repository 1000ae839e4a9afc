using System.Globalization;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Disclosure;

/// <summary>
/// The canonical key of a releasable cell: a whole calendar bucket (day, ISO week or month) of one segment value and
/// one term. Counts are only ever released for these fixed cells (docs/privacy.md, rule P2), so any two releases of
/// the same cell, in any report, format or window, carry the same noise.
/// </summary>
/// <param name="Place">Grain, bucket start and segment: "week|2026-03-30|Cardiology"; "*" is all members. Specialties come
/// from a fixed list and states are two-letter codes (rule P9), so a value names one segment whatever its kind.</param>
/// <param name="Term">The term's match words, normalised and sorted, so relabelling or reordering a term keeps its noise;
/// empty for activity (members who posted anything).</param>
public readonly record struct ReleaseCell(string Place, string Term)
{
    public static ReleaseCell For(BucketInterval grain, DateOnly bucket, string? segment, string term) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{grain.ToString().ToLowerInvariant()}|{bucket:yyyy-MM-dd}|{segment ?? "*"}"), term);

    private const string PeriodPrefix = "period|";

    /// <summary>A row total's period that is not one calendar bucket (its noise is wider: <see cref="ReleaseNoise.PeriodScale"/>).</summary>
    public bool IsPeriod => Place.StartsWith(PeriodPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The cell of a row total: the whole period <paramref name="from"/>..<paramref name="to"/> (whole buckets) of one
    /// segment value and term, keyed without the report's grain, so the same span read at day, week or month is one cell
    /// with one noise. A period that is exactly one calendar bucket (a day, an ISO week, a month) is that bucket's cell:
    /// one count never gets two independent draws.
    /// </summary>
    public static ReleaseCell ForPeriod(DateOnly from, DateOnly to, string? segment, string term)
    {
        foreach (var grain in (BucketInterval[])[BucketInterval.Day, BucketInterval.Week, BucketInterval.Month])
        {
            if (TimeBuckets.BucketStart(from, grain) == from && TimeBuckets.BucketEnd(from, grain) == to)
            {
                return For(grain, from, segment, term);
            }
        }

        return new(string.Create(CultureInfo.InvariantCulture, $"{PeriodPrefix}{from:yyyy-MM-dd}..{to:yyyy-MM-dd}|{segment ?? "*"}"), term);
    }

    /// <summary>The term part of a cell key: distinct match words, trimmed, lower case, ordinal order.</summary>
    public static string TermKey(WatchlistTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return string.Join('\u001f', term.Matches
            .Select(m => m.Trim().ToLowerInvariant())
            .Where(m => m.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
    }
}
