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
    private readonly Dictionary<int, Cell> _bucketOfDay = [];
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
        if (!_bucketOfDay.TryGetValue(day, out var bucket))
        {
            var start = TimeBuckets.BucketStart(DateOnly.FromDayNumber(day), interval);
            if (!_buckets.TryGetValue(start, out bucket))
            {
                bucket = new Cell(null);
                _buckets.Add(start, bucket);
            }

            _bucketOfDay.Add(day, bucket);
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
