using System.Globalization;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Storage.Search;

/// <summary>
/// The date histogram and every facet of a search, counted in one pass over the matched posts as a backend streams
/// them (instead of one GROUP BY with count(DISTINCT author) per aggregation over a temp table). A cell only needs to
/// know whether k distinct authors built it, so it stops collecting authors at k: the author sets stay tiny.
/// </summary>
public sealed class SearchAggregation(BucketInterval interval, int k)
{
    private readonly Dictionary<string, int> _authors = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, Cell> _buckets = [];
    private readonly Dictionary<DateOnly, DateOnly> _bucketOfDay = [];
    private readonly Dictionary<string, DateOnly> _parsedDays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cell> _brand = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cell> _disease = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cell> _specialty = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cell> _sentiment = new(StringComparer.Ordinal);

    /// <summary>
    /// Counts one matched post in the histogram and the specialty and sentiment facets; returns the post's author
    /// number for <see cref="AddTag"/>.
    /// </summary>
    public int AddPost(string authorKey, DateOnly day, string? specialty, int sentiment)
    {
        if (!_authors.TryGetValue(authorKey, out var author))
        {
            author = _authors.Count;
            _authors.Add(authorKey, author);
        }

        AddPost(author, day, specialty is not null, specialty, sentiment);
        return author;
    }

    /// <summary>The number <see cref="AddPost(int, DateOnly, bool, ReadOnlySpan{char}, int)"/> and <see cref="AddTag(string, ReadOnlySpan{char}, ReadOnlySpan{char}, int)"/> take for an author; a string only for a new one.</summary>
    public int AuthorNumber(ReadOnlySpan<char> authorKey)
    {
        if (!_authors.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(authorKey, out var author))
        {
            author = _authors.Count;
            _authors.Add(authorKey.ToString(), author);
        }

        return author;
    }

    /// <summary>
    /// Counts one matched post of a numbered author (<see cref="AuthorNumber"/>) from text a backend reads in place:
    /// a specialty value becomes a string only the first time it is seen.
    /// </summary>
    public void AddPost(int author, DateOnly day, bool hasSpecialty, ReadOnlySpan<char> specialty, int sentiment)
    {
        if (!_bucketOfDay.TryGetValue(day, out var bucket))
        {
            bucket = TimeBuckets.BucketStart(day, interval);
            _bucketOfDay.Add(day, bucket);
        }

        Count(_buckets, bucket, null, author);
        if (hasSpecialty)
        {
            if (_specialty.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(specialty, out var cell))
            {
                cell.Add((string?)null, author, k);
            }
            else
            {
                var value = specialty.ToString();
                Count(_specialty, value, value, author);
            }
        }

        var sentimentName = SearchAggregates.SentimentName(sentiment);
        Count(_sentiment, sentimentName, sentimentName, author);
    }

    /// <summary>As <see cref="AddPost(string, DateOnly, string?, int)"/> with the day as stored text (yyyy-MM-dd), parsed once per distinct day.</summary>
    public int AddPost(string authorKey, string day, string? specialty, int sentiment)
    {
        if (!_parsedDays.TryGetValue(day, out var parsed))
        {
            parsed = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _parsedDays.Add(day, parsed);
        }

        return AddPost(authorKey, parsed, specialty, sentiment);
    }

    /// <summary>Counts one tag (brand or disease) of a matched post; a post must carry each value at most once.</summary>
    public void AddTag(string facet, string value, string label, int author) =>
        Count(Cells(facet), value, label, author);

    /// <summary>
    /// As <see cref="AddTag(string, string, string, int)"/> from a slice of a stored string: a value already counted
    /// is looked up without a new string, and the label becomes one only when it is the least seen so far.
    /// </summary>
    public void AddTag(string facet, ReadOnlySpan<char> value, ReadOnlySpan<char> label, int author)
    {
        var cells = Cells(facet);
        if (cells.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var cell))
        {
            cell.Add(label, author, k);
        }
        else
        {
            Count(cells, value.ToString(), label.ToString(), author);
        }
    }

    public IReadOnlyList<HistogramBucket> Histogram() =>
        SearchAggregates.Histogram(_buckets.Select(b => (b.Key, b.Value.Posts, (long)b.Value.Authors)), interval, k);

    public IReadOnlyList<Facet> Facets() =>
        SearchResult.FacetNames
            .Select(name => SearchAggregates.Facet(name, Cells(name).Select(c => new AggregateRow(c.Key, c.Value.Label!, c.Value.Posts, c.Value.Authors)), k))
            .ToList();

    private Dictionary<string, Cell> Cells(string facet) => facet switch
    {
        "brand" => _brand,
        "disease" => _disease,
        "specialty" => _specialty,
        "sentiment" => _sentiment,
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, "Not a search facet."),
    };

    private void Count<TKey>(Dictionary<TKey, Cell> cells, TKey key, string? label, int author)
        where TKey : notnull
    {
        if (!cells.TryGetValue(key, out var cell))
        {
            cell = new Cell(label);
            cells.Add(key, cell);
        }

        cell.Add(label, author, k);
    }

    private sealed class Cell(string? label)
    {
        private readonly HashSet<int> _authors = [];

        public long Posts { get; private set; }

        /// <summary>The ordinal-least label seen, as min(label) would pick.</summary>
        public string? Label { get; private set; } = label;

        /// <summary>Distinct authors, counted only up to k.</summary>
        public int Authors => _authors.Count;

        public void Add(string? label, int author, int k)
        {
            Posts++;
            if (_authors.Count < k)
            {
                _authors.Add(author);
            }

            if (label is not null && string.CompareOrdinal(label, Label) < 0)
            {
                Label = label;
            }
        }

        public void Add(ReadOnlySpan<char> label, int author, int k)
        {
            Posts++;
            if (_authors.Count < k)
            {
                _authors.Add(author);
            }

            if (Label is not null && label.SequenceCompareTo(Label) < 0)
            {
                Label = label.ToString();
            }
        }
    }
}
