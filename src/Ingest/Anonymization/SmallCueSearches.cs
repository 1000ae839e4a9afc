using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A rule's cue strings as several vectorised searches of at most eight strings each, not one search of them all (decision 390).
/// Past eight strings a search groups them into shared buckets, and a position whose first three characters fit a bucket's
/// nibble masks is verified against every string of the bucket: with 41 any-case labels of common three-letter openings
/// ("con", "res", "not", "use"), <see cref="CodesAfterDeviceAndSampleLabels"/>' one search took about 1.5 µs of CPU a bench post,
/// six searches of eight or fewer, each string its own bucket, about 0.4 (a micro-benchmark under load, 40,000 posts).
/// Exact: a string starts at a position only if one search's string does.
/// </summary>
internal sealed class SmallCueSearches
{
    /// <summary>The most strings a search holds; more would share buckets again.</summary>
    public const int MostPerSearch = 8;

    /// <summary>The most searches: <see cref="SmallCueSearchHits"/> keeps each search's next hit in a fixed buffer of this size.</summary>
    public const int MostSearches = 8;

    public SmallCueSearches(IReadOnlyList<string> cues, StringComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var count = (cues.Count + MostPerSearch - 1) / MostPerSearch;
        if (count is 0 or > MostSearches)
        {
            throw new ArgumentException($"{cues.Count} cues: between 1 and {MostPerSearch * MostSearches} are searched this way.", nameof(cues));
        }

        // The strings spread evenly, so no search is left with one or two (41 strings: 6, 7, 7, 7, 7, 7).
        Searches = new SearchValues<string>[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var size = (cues.Count - start) / (count - i);
            Searches[i] = SearchValues.Create([.. cues.Skip(start).Take(size)], comparison);
            start += size;
        }
    }

    public SearchValues<string>[] Searches { get; }
}

/// <summary>
/// The hits, left to right, of <see cref="SmallCueSearches"/> from where the rule last moved <see cref="From"/>: what
/// <see cref="CueHits"/> gives for one search. Each search's next hit is kept and searched again only once <see cref="From"/>
/// passes it, so a hit costs one search, not one per search.
/// </summary>
internal ref struct SmallCueSearchHits
{
    private const int None = int.MaxValue;

    private readonly string _text;

    private readonly SearchValues<string>[] _searches;

    // Per search: where it last searched from, and its first hit at or after that (None when it has none). The hit stands for
    // every From between the two, since no string of that search starts before it.
    private Positions _searchedFrom;

    private Positions _hit;

    public SmallCueSearchHits(string text, SmallCueSearches cues)
    {
        _text = text;
        _searches = cues.Searches;
        ((Span<int>)_searchedFrom).Fill(None);
    }

    /// <summary>Where the next search starts; a rule moves it past what it has read.</summary>
    public int From { get; set; }

    /// <summary>The next cue's start at or after <see cref="From"/>; false when none is left.</summary>
    public bool Next(out int at)
    {
        var first = None;
        if (From < _text.Length)
        {
            for (var i = 0; i < _searches.Length; i++)
            {
                if (From < _searchedFrom[i] || _hit[i] < From)
                {
                    var hit = _text.AsSpan(From).IndexOfAny(_searches[i]);
                    _searchedFrom[i] = From;
                    _hit[i] = hit < 0 ? None : From + hit;
                }

                first = Math.Min(first, _hit[i]);
            }
        }

        at = first == None ? -1 : first;
        return first != None;
    }

    [InlineArray(SmallCueSearches.MostSearches)]
    private struct Positions
    {
        private int _first;
    }
}
