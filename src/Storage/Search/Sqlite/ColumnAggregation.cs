using Sermo.Analytics.HeatMaps;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// The histogram and facets of a search counted from <see cref="SearchColumnRows"/> by number: the same cells as
/// <see cref="SearchAggregation"/> (posts, distinct authors up to k, the ordinal-least label), kept in arrays indexed by
/// the copy's day, specialty and tag numbers instead of dictionaries keyed by text. The k rule itself is applied by
/// <see cref="SearchAggregates"/>, as for every backend.
/// </summary>
internal sealed class ColumnAggregation(SearchColumnRows rows, BucketInterval interval, int k)
{
    /// <summary>The widest span of days <see cref="_bucketOfDay"/> holds.</summary>
    private const int MostDaysHeld = 40 * 366;

    /// <summary>Each day's bucket by day number from <see cref="_firstDay"/>: an array read per hit, not a hash look-up (decision 289).</summary>
    private Cell?[] _bucketOfDay = [];
    private int _firstDay;
    private readonly Dictionary<DateOnly, Cell> _buckets = [];
    private readonly Cell?[] _specialty = new Cell?[rows.Specialties + 1];
    private readonly Cell?[] _values = new Cell?[rows.TagValues];
    private readonly Cell?[] _sentiment = new Cell?[3];

    /// <summary>Sentiment values in the order first seen, as the text pass lists them (the complement's ties follow it).</summary>
    private readonly List<int> _sentimentOrder = [];

    public void Add(long id)
    {
        var author = rows.Author(id);
        var day = rows.Day(id);
        var slot = (uint)(day - _firstDay);
        var bucket = slot < (uint)_bucketOfDay.Length ? _bucketOfDay[slot] : null;
        if (bucket is null)
        {
            bucket = BucketOf(day);
        }

        bucket.Add(author, k);
        var specialty = rows.Specialty(id);
        if (specialty != 0)
        {
            (_specialty[specialty] ??= new Cell(rows.SpecialtyName(specialty))).Add(author, k);
        }

        var sentiment = rows.Sentiment(id) + 1;
        if (_sentiment[sentiment] is null)
        {
            _sentiment[sentiment] = new Cell(SearchAggregates.SentimentName(sentiment - 1));
            _sentimentOrder.Add(sentiment);
        }

        _sentiment[sentiment]!.Add(author, k);
        foreach (var tag in rows.Tags(id))
        {
            var (value, label) = rows.Tag(tag);
            var cell = _values[value] ??= new Cell(label);
            cell.Add(author, k);
            if (string.CompareOrdinal(label, cell.Label) < 0)
            {
                cell.Label = label;
            }
        }
    }

    /// <summary>The day's bucket, made on first sight; the day array grows to take in the day.</summary>
    private Cell BucketOf(int day)
    {
        var start = TimeBuckets.BucketStart(DateOnly.FromDayNumber(day), interval);
        if (!_buckets.TryGetValue(start, out var bucket))
        {
            bucket = new Cell(null);
            _buckets.Add(start, bucket);
        }

        if (_bucketOfDay.Length == 0)
        {
            _firstDay = day;
            _bucketOfDay = new Cell?[366];
        }
        else if (day < _firstDay || day - _firstDay >= _bucketOfDay.Length)
        {
            // Grown to the span seen so far, with room on both sides: a search's days span a few years. A stray date
            // far off is not held (its bucket is looked up each time) rather than grow the array by decades.
            var first = Math.Min(day, _firstDay) - 366;
            var last = Math.Max(day, _firstDay + _bucketOfDay.Length - 1) + 366;
            if (last - first > MostDaysHeld)
            {
                return bucket;
            }

            var grown = new Cell?[last - first + 1];
            Array.Copy(_bucketOfDay, 0, grown, _firstDay - first, _bucketOfDay.Length);
            _bucketOfDay = grown;
            _firstDay = first;
        }

        _bucketOfDay[day - _firstDay] = bucket;
        return bucket;
    }

    public IReadOnlyList<HistogramBucket> Histogram() =>
        SearchAggregates.Histogram(_buckets.Select(b => (b.Key, b.Value.Posts, (long)b.Value.Authors)), interval, k);

    public IReadOnlyList<Facet> Facets() =>
        SearchResult.FacetNames.Select(name => SearchAggregates.Facet(name, Rows(name), k)).ToList();

    private IEnumerable<AggregateRow> Rows(string facet) => facet switch
    {
        "specialty" => _specialty.Where(c => c is not null).Select(c => Row(c!.Label!, c)),
        "sentiment" => _sentimentOrder.Select(s => Row(_sentiment[s]!.Label!, _sentiment[s]!)),
        _ => _values.Select((cell, value) => (cell, value))
            .Where(v => v.cell is not null && rows.TagValue(v.value).Facet == facet)
            .Select(v => new AggregateRow(rows.TagValue(v.value).Value, v.cell!.Label!, v.cell.Posts, v.cell.Authors)),
    };

    private static AggregateRow Row(string value, Cell cell) => new(value, value, cell.Posts, cell.Authors);

    private sealed class Cell(string? label)
    {
        private readonly HashSet<int> _authors = [];

        public long Posts { get; private set; }

        public string? Label { get; set; } = label;

        /// <summary>Distinct authors, counted only up to k.</summary>
        public int Authors => _authors.Count;

        public void Add(int author, int k)
        {
            Posts++;
            if (_authors.Count < k)
            {
                _authors.Add(author);
            }
        }
    }
}
