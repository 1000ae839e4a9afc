using System.Text;
using SQLitePCL;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// What a search ranks and aggregates per post, held in arrays indexed by the post's row id (decision 076): created
/// time, author number, day, specialty, sentiment, brand/disease tags and length in tokens (decision 085), about 29 bytes a post. Author keys, specialties
/// and tags are stored once each and referred to by number, so a search reads no text per hit. Not thread-safe:
/// <see cref="SqliteSearchColumns"/> guards it.
/// </summary>
internal sealed class SearchColumnRows
{
    /// <summary>The columns <see cref="Load"/> reads, in its order; the covering index holds them all.</summary>
    public const string Columns = "p.id, p.created_at, p.author_key, p.day, p.specialty, p.sentiment, p.facet_tags, p.state";

    private const char TagSeparator = '\u001e';
    private const char LabelSeparator = '\u001f';

    private readonly Dictionary<string, int> _authorIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _specialtyIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stateIds = new(StringComparer.Ordinal);
    private readonly List<string> _states = [];
    private readonly Dictionary<string, int> _tagIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _valueIds = new(StringComparer.Ordinal);
    private readonly List<string> _specialties = [];
    private readonly List<(int Value, string Label)> _tags = [];
    private readonly List<(string Facet, string Value)> _values = [];
    private long[] _created = [];
    private int[] _author = [];
    private int[] _day = [];
    private ushort[] _specialty = [];
    private sbyte[] _sentiment = [];
    private ushort[] _state = [];
    private bool[] _adverse = [];
    private int[] _tagStart = [];
    private int[] _tokens = [];
    private ushort[] _tagCount = [];
    private int[] _tagPool = new int[1024];
    private int _tagPoolUsed;
    private char[] _text = new char[256];

    public SearchColumnRows(long maxRowId) => MaxRowId = maxRowId;

    /// <summary>The largest row id this copy may hold: the memory bound (Search:ColumnRows).</summary>
    public long MaxRowId { get; }

    /// <summary>
    /// The highest post row id at the copy's snapshot (<see cref="Reached"/>): SQLite gives a new post the table's
    /// highest row id + 1, so a later insert has a larger id, and an id freed by a deletion since is in the change log.
    /// </summary>
    public long HighestId { get; private set; }

    /// <summary>Records the snapshot's highest row id once its rows are loaded (lower than before after deletions).</summary>
    public void Reached(long highestId) => HighestId = highestId;

    /// <summary>Tag entries left behind by re-read rows; a rebuild reclaims them.</summary>
    public int StaleTags { get; private set; }

    public int TagPoolUsed => _tagPoolUsed;

    public int Specialties => _specialties.Count;

    public int States => _states.Count;

    /// <summary>Every post's stored sentiment is -1, 0 or 1, so the sign column answers <c>sentiment:</c> filters exactly.</summary>
    public bool SentimentIsSign { get; private set; } = true;

    /// <summary>Every post_tags row of the held posts (decision 094): what filter-only searches are answered from.</summary>
    public PostTagColumns TagKeys { get; } = new();

    public int TagValues => _values.Count;

    /// <summary>One more than the largest row id the arrays can hold.</summary>
    public int Capacity => _author.Length;

    public bool Holds(long id) => id > 0 && id < _author.Length && _author[id] >= 0;

    public long Created(long id) => _created[id];

    public int Author(long id) => _author[id];

    public int Day(long id) => _day[id];

    /// <summary>0 when the post has no specialty, else the specialty's number + 1.</summary>
    public int Specialty(long id) => _specialty[id];

    public int Sentiment(long id) => _sentiment[id];

    /// <summary>0 when the post has no state, else the state's number + 1.</summary>
    public int State(long id) => _state[id];

    /// <summary>Whether the post's adverse_json is not the empty list (<see cref="LoadAdverse"/>).</summary>
    public bool Adverse(long id) => _adverse[id];

    /// <summary>The row's length in FTS5 tokens (its <c>posts_fts_docsize</c> entry); -1 when not read.</summary>
    public int Tokens(long id) => _tokens[id];

    public ReadOnlySpan<int> Tags(long id) => _tagPool.AsSpan(_tagStart[id], _tagCount[id]);

    public string SpecialtyName(int number) => _specialties[number - 1];

    public string StateName(int number) => _states[number - 1];

    /// <summary>A tag's value number (its facet and value) and label.</summary>
    public (int Value, string Label) Tag(int number) => _tags[number];

    public (string Facet, string Value) TagValue(int number) => _values[number];

    /// <summary>Marks a row absent (deleted, or about to be re-read).</summary>
    public void Forget(long id)
    {
        if (id > 0 && id < _author.Length && _author[id] >= 0)
        {
            _author[id] = -1;
            _tokens[id] = -1;
            StaleTags += _tagCount[id];
            _tagCount[id] = 0;
            _adverse[id] = false;
            TagKeys.Forget(id);
        }
    }

    /// <summary>
    /// Reads every row of a statement that selects <see cref="Columns"/>; false (and the copy unusable) when a row id is
    /// above <see cref="MaxRowId"/>.
    /// </summary>
    /// <param name="loaded">Where to list the row ids read, if anywhere.</param>
    public bool Load(sqlite3 db, sqlite3_stmt statement, List<long>? loaded, CancellationToken cancellationToken)
    {
        int step;
        var rows = 0;
        while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            if (++rows % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var id = raw.sqlite3_column_int64(statement, 0);
            if (id <= 0 || id > MaxRowId)
            {
                return false;
            }

            Grow(id);
            Forget(id);
            loaded?.Add(id);
            _created[id] = MatchedPost.CreatedKey(raw.sqlite3_column_blob(statement, 1));
            _author[id] = Intern(_authorIds, raw.sqlite3_column_blob(statement, 2), null);
            _day[id] = SqliteMatchPass.Day(raw.sqlite3_column_blob(statement, 3)).DayNumber;
            _specialty[id] = raw.sqlite3_column_type(statement, 4) == raw.SQLITE_NULL
                ? (ushort)0
                : checked((ushort)(Intern(_specialtyIds, raw.sqlite3_column_blob(statement, 4), _specialties) + 1));
            var sentiment = raw.sqlite3_column_int64(statement, 5);
            SentimentIsSign &= sentiment is >= -1 and <= 1;
            _sentiment[id] = (sbyte)Math.Sign(sentiment);
            AddTags(id, raw.sqlite3_column_blob(statement, 6));
            _state[id] = raw.sqlite3_column_type(statement, 7) == raw.SQLITE_NULL
                ? (ushort)0
                : checked((ushort)(Intern(_stateIds, raw.sqlite3_column_blob(statement, 7), _states) + 1));
        }

        if (step != raw.SQLITE_DONE)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(step, db);
        }

        return true;
    }

    /// <summary>
    /// Reads every row of a statement that selects a post's row id and its <c>posts_fts_docsize.sz</c> (one SQLite
    /// varint per FTS5 column; posts_fts has one), after <see cref="Load"/> read the same rows.
    /// </summary>
    public void LoadTokens(sqlite3 db, sqlite3_stmt statement, CancellationToken cancellationToken)
    {
        int step;
        var rows = 0;
        while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            if (++rows % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var id = raw.sqlite3_column_int64(statement, 0);
            if (Holds(id))
            {
                _tokens[id] = Varint(raw.sqlite3_column_blob(statement, 1));
            }
        }

        if (step != raw.SQLITE_DONE)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(step, db);
        }
    }

    /// <summary>Reads the row ids of a statement that selects the posts whose adverse_json is not the empty list.</summary>
    public void LoadAdverse(sqlite3 db, sqlite3_stmt statement, CancellationToken cancellationToken)
    {
        int step;
        var rows = 0;
        while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            if (++rows % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var id = raw.sqlite3_column_int64(statement, 0);
            if (Holds(id))
            {
                _adverse[id] = true;
            }
        }

        if (step != raw.SQLITE_DONE)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(step, db);
        }
    }

    /// <summary>The first SQLite varint of a blob (7 bits a byte, high bit set on all but the last); -1 when malformed or too large.</summary>
    internal static int Varint(ReadOnlySpan<byte> bytes)
    {
        long value = 0;
        for (var i = 0; i < bytes.Length && i < 5; i++)
        {
            value = (value << 7) | (bytes[i] & 0x7fL);
            if ((bytes[i] & 0x80) == 0)
            {
                return value <= int.MaxValue ? (int)value : -1;
            }
        }

        return -1;
    }

    private void Grow(long id)
    {
        if (id < _author.Length)
        {
            return;
        }

        var length = (int)Math.Min(MaxRowId + 1, Math.Max(id + 1, Math.Max(1024, _author.Length * 3L / 2)));
        var from = _author.Length;
        Array.Resize(ref _created, length);
        Array.Resize(ref _author, length);
        Array.Resize(ref _day, length);
        Array.Resize(ref _specialty, length);
        Array.Resize(ref _sentiment, length);
        Array.Resize(ref _tagStart, length);
        Array.Resize(ref _tagCount, length);
        Array.Resize(ref _tokens, length);
        Array.Resize(ref _state, length);
        Array.Resize(ref _adverse, length);
        TagKeys.Grow(length);
        _author.AsSpan(from).Fill(-1);
        _tokens.AsSpan(from).Fill(-1);
    }

    /// <summary>The number of a UTF-8 value, made a string only the first time it is seen.</summary>
    private int Intern(Dictionary<string, int> ids, ReadOnlySpan<byte> utf8, List<string>? names)
    {
        var chars = Chars(utf8);
        if (ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var number))
        {
            return number;
        }

        var text = chars.ToString();
        number = ids.Count;
        ids.Add(text, number);
        names?.Add(text);
        return number;
    }

    private ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8)
    {
        if (Encoding.UTF8.GetMaxCharCount(utf8.Length) > _text.Length)
        {
            _text = new char[Encoding.UTF8.GetMaxCharCount(utf8.Length)];
        }

        return _text.AsSpan(0, Encoding.UTF8.GetChars(utf8, _text));
    }

    /// <summary>The facet_tags string (decision 054: kind letter, value, US, label; RS between tags) as tag numbers.</summary>
    private void AddTags(long id, ReadOnlySpan<byte> utf8)
    {
        _tagStart[id] = _tagPoolUsed;
        if (utf8.IsEmpty)
        {
            return;
        }

        var text = Chars(utf8).ToString();
        var count = 0;
        foreach (var range in text.AsSpan().Split(TagSeparator))
        {
            var tag = text.AsSpan()[range];
            if (tag.Length < 2)
            {
                continue;
            }

            if (!_tagIds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tag, out var number))
            {
                number = NewTag(tag);
            }

            if (_tagPoolUsed == _tagPool.Length)
            {
                Array.Resize(ref _tagPool, _tagPool.Length * 2);
            }

            _tagPool[_tagPoolUsed++] = number;
            count++;
        }

        _tagCount[id] = checked((ushort)count);
    }

    private int NewTag(ReadOnlySpan<char> tag)
    {
        var split = tag.IndexOf(LabelSeparator);
        if (split < 0)
        {
            throw new FormatException($"facet_tags entry without a label separator: kind '{tag[0]}', {tag.Length} characters.");
        }

        var facet = tag[0] switch
        {
            'b' => "brand",
            'd' => "disease",
            _ => throw new FormatException($"facet_tags entry of unknown kind '{tag[0]}'."),
        };
        var valueKey = tag[..split].ToString();
        if (!_valueIds.TryGetValue(valueKey, out var value))
        {
            value = _values.Count;
            _valueIds.Add(valueKey, value);
            _values.Add((facet, valueKey[1..]));
        }

        var number = _tags.Count;
        _tagIds.Add(tag.ToString(), number);
        _tags.Add((value, tag[(split + 1)..].ToString()));
        return number;
    }
}
