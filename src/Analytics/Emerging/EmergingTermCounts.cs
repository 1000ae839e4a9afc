using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Emerging;

/// <summary>
/// Distinct authors per ISO week, segment and candidate term, and the distinct authors who posted at all (the
/// denominator), for all members and for each specialty. Authors are counted, not posts, so one prolific member cannot
/// make a term rise; author keys become small numbers here and never leave this object. Not thread-safe while adding.
/// </summary>
public sealed class EmergingTermCounts
{
    private const string AllMembers = "\u0000all";

    private static readonly IReadOnlySet<string> NoAreas = new HashSet<string>();

    private readonly Dictionary<string, int> _authors = new(StringComparer.Ordinal);
    private readonly Dictionary<(DateOnly Week, string Segment), WeekCell> _cells = [];

    /// <summary>The ISO weeks (Monday starts) that have at least one post.</summary>
    public IEnumerable<DateOnly> Weeks => _cells.Keys.Select(k => k.Week).Distinct().Order();

    /// <summary>The specialties seen, in ordinal order.</summary>
    public IEnumerable<string> Specialties => _cells.Keys.Select(k => k.Segment).Where(s => s != AllMembers).Distinct().Order(StringComparer.Ordinal);

    /// <param name="postAreas">The therapeutic areas of the post's entities: what a phrase is talked about with.</param>
    public void Add(EmergingPost post, IReadOnlyList<CandidateTerm> terms, IReadOnlySet<string> postAreas)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(postAreas);
        if (!_authors.TryGetValue(post.AuthorKey, out var author))
        {
            _authors[post.AuthorKey] = author = _authors.Count;
        }

        var week = TimeBuckets.BucketStart(post.Day, BucketInterval.Week);
        Cell(week, AllMembers).Add(author, terms, postAreas);
        if (post.Specialty is { Length: > 0 } specialty)
        {
            Cell(week, specialty).Add(author, terms, NoAreas);
        }
    }

    /// <summary>Members who posted anything in the week and segment (null: all members).</summary>
    public int ActiveAuthors(DateOnly week, string? specialty) =>
        _cells.TryGetValue((week, specialty ?? AllMembers), out var cell) ? cell.Active.Count : 0;

    /// <summary>Members whose posts of the week and segment mention the term.</summary>
    public int Authors(DateOnly week, string? specialty, string key) =>
        _cells.TryGetValue((week, specialty ?? AllMembers), out var cell) && cell.Terms.TryGetValue(key, out var term) ? term.Authors.Count : 0;

    /// <summary>Every candidate term mentioned in the week and segment.</summary>
    public IEnumerable<CandidateTerm> Terms(DateOnly week, string? specialty) =>
        _cells.TryGetValue((week, specialty ?? AllMembers), out var cell) ? cell.Terms.Values.Select(t => t.Term) : [];

    /// <summary>
    /// The areas a term is discussed with in a week (all members): those of the entities in at least half of the
    /// posts that mention it.
    /// </summary>
    public IReadOnlySet<string> CoMentionedAreas(DateOnly week, string key)
    {
        if (!_cells.TryGetValue((week, AllMembers), out var cell) || !cell.Terms.TryGetValue(key, out var term))
        {
            return new HashSet<string>();
        }

        return term.Areas.Where(a => a.Value * 2 >= term.Posts).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
    }

    private WeekCell Cell(DateOnly week, string segment)
    {
        if (!_cells.TryGetValue((week, segment), out var cell))
        {
            _cells[(week, segment)] = cell = new WeekCell();
        }

        return cell;
    }

    private sealed class WeekCell
    {
        public HashSet<int> Active { get; } = [];

        public Dictionary<string, TermEntry> Terms { get; } = new(StringComparer.Ordinal);

        public void Add(int author, IReadOnlyList<CandidateTerm> terms, IReadOnlySet<string> postAreas)
        {
            Active.Add(author);
            foreach (var term in terms)
            {
                if (!Terms.TryGetValue(term.Key, out var entry))
                {
                    Terms[term.Key] = entry = new TermEntry(term);
                }

                entry.Authors.Add(author);
                entry.Posts++;
                foreach (var area in postAreas)
                {
                    entry.Areas[area] = entry.Areas.GetValueOrDefault(area) + 1;
                }
            }
        }
    }

    private sealed class TermEntry(CandidateTerm term)
    {
        public CandidateTerm Term { get; } = term;

        public HashSet<int> Authors { get; } = [];

        public int Posts { get; set; }

        public Dictionary<string, int> Areas { get; } = new(StringComparer.Ordinal);
    }
}
