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
