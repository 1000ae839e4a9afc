using System.Text;
using SQLitePCL;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// Every <c>post_tags</c> row of the posts <see cref="SearchColumnRows"/> holds, as numbers (decision 094): per post the
/// tag keys it carries (kind and value; a disease's name as a key of its own), and per key the sorted row ids that
/// carried it at the full build. A filter-only search takes its candidates from those id lists and checks each against
/// the post's own keys, so the lists may go stale after the build: rows re-read since (inserts, updates, deletions,
/// opt-outs) are kept in <see cref="Changed"/> and are always candidates too. Not thread-safe: its owner is guarded.
/// </summary>
internal sealed class PostTagColumns
{
    /// <summary>The key kind under which a disease tag's name is held (<c>disease:"atrial fibrillation"</c>).</summary>
    public const string DiseaseName = "disease name";

    /// <summary>What <see cref="LoadBuild"/> and <see cref="LoadRows"/> select, in this order.</summary>
    public const string Columns = "post_rowid, kind, value, name";

    private const char KeySeparator = '\u001f';

    private static ReadOnlySpan<byte> DiseaseNameUtf8 => "disease name"u8;

    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly List<(string Kind, string Value)> _keyNames = [];
    private readonly List<List<int>> _postings = [];
    private readonly List<int> _changed = [];
    private int[] _start = [];
    private int[] _count = [];
    private int[] _pool = [];
    private int _poolUsed;
    private char[] _text = new char[256];

    /// <summary>Row ids re-read since the full build, in the order read (may repeat).</summary>
    public IReadOnlyList<int> Changed => _changed;

    public int KeyCount => _keyNames.Count;

    public (string Kind, string Value) Key(int number) => _keyNames[number];

    /// <summary>The key's number, or -1 when no post held it at any load.</summary>
    public int Find(string kind, string value) => _keys.GetValueOrDefault(kind + KeySeparator + value, -1);

    /// <summary>The rows that held the key at the full build, ascending.</summary>
    public List<int> Posting(int key) => _postings[key];

    public ReadOnlySpan<int> KeysOf(long id) => id < _count.Length ? _pool.AsSpan(_start[id], _count[id]) : [];

    public void Grow(int length)
    {
        if (length > _start.Length)
        {
            Array.Resize(ref _start, length);
            Array.Resize(ref _count, length);
        }
    }

    public void Forget(long id)
    {
        if (id < _count.Length)
        {
            _count[id] = 0;
        }
    }

    /// <summary>
    /// The full build: every row of a statement over <c>post_tags</c> in its primary key's order (kind, value, row id),
    /// so each key's rows arrive together and ascending. Rows of posts <paramref name="holds"/> rejects are skipped.
    /// </summary>
    public void LoadBuild(sqlite3 db, sqlite3_stmt statement, Func<long, bool> holds, CancellationToken cancellationToken)
    {
        Step(db, statement, cancellationToken, (id, key) =>
        {
            var posting = _postings[key];
            if (holds(id) && (posting.Count == 0 || posting[^1] != id))
            {
                posting.Add((int)id);
            }
        });

        // A disease name's rows arrive per code, so its list may be out of order or repeat a post.
        var pairs = 0;
        foreach (var posting in _postings)
        {
            if (!IsAscending(posting))
            {
                posting.Sort();
                var kept = 0;
                for (var i = 0; i < posting.Count; i++)
                {
                    if (kept == 0 || posting[kept - 1] != posting[i])
                    {
                        posting[kept++] = posting[i];
                    }
                }

                posting.RemoveRange(kept, posting.Count - kept);
            }

            pairs += posting.Count;
        }

        // Each post's keys side by side: counts, offsets from the counts, then every list's keys dropped into place.
        Array.Clear(_count);
        foreach (var posting in _postings)
        {
            foreach (var id in posting)
            {
                _count[id]++;
            }
        }

        _pool = new int[Math.Max(1024, pairs + pairs / 4)];
        var next = 0;
        for (var id = 0; id < _count.Length; id++)
        {
            _start[id] = next;
            next += _count[id];
            _count[id] = 0;
        }

        for (var key = 0; key < _postings.Count; key++)
        {
            foreach (var id in _postings[key])
            {
                _pool[_start[id] + _count[id]++] = key;
            }
        }

        _poolUsed = next;
    }

    private static bool IsAscending(List<int> ids)
    {
        for (var i = 1; i < ids.Count; i++)
        {
            if (ids[i] <= ids[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Posts re-read after the build (the caller forgot them first): a statement over <c>post_tags</c> ordered by row
    /// id. Each row read is remembered as changed, so a search checks it whatever the build's id lists say.
    /// </summary>
    public void LoadRows(sqlite3 db, sqlite3_stmt statement, IEnumerable<long> reread, CancellationToken cancellationToken)
    {
        foreach (var id in reread)
        {
            _changed.Add((int)id);
        }

        var current = -1L;
        Step(db, statement, cancellationToken, (id, key) =>
        {
            if (id >= _start.Length)
            {
                return;
            }

            if (id != current)
            {
                current = id;
                _start[id] = _poolUsed;
                _count[id] = 0;
            }

            if (_pool.AsSpan(_start[id], _count[id]).Contains(key))
            {
                return;
            }

            if (_poolUsed == _pool.Length)
            {
                Array.Resize(ref _pool, _pool.Length * 2);
            }

            _pool[_poolUsed++] = key;
            _count[id]++;
        });
    }

    private void Step(sqlite3 db, sqlite3_stmt statement, CancellationToken cancellationToken, Action<long, int> row)
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
            var kind = raw.sqlite3_column_blob(statement, 1);
            row(id, Intern(kind, raw.sqlite3_column_blob(statement, 2)));
            if (kind.SequenceEqual("disease"u8) && raw.sqlite3_column_type(statement, 3) != raw.SQLITE_NULL)
            {
                row(id, Intern(DiseaseNameUtf8, raw.sqlite3_column_blob(statement, 3)));
            }
        }

        if (step != raw.SQLITE_DONE)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(step, db);
        }
    }

    /// <summary>The key's number, made strings only the first time the key is seen.</summary>
    private int Intern(ReadOnlySpan<byte> kind, ReadOnlySpan<byte> value)
    {
        var length = Encoding.UTF8.GetMaxCharCount(kind.Length) + 1 + Encoding.UTF8.GetMaxCharCount(value.Length);
        if (length > _text.Length)
        {
            _text = new char[length];
        }

        var kindChars = Encoding.UTF8.GetChars(kind, _text);
        _text[kindChars] = KeySeparator;
        var text = _text.AsSpan(0, kindChars + 1 + Encoding.UTF8.GetChars(value, _text.AsSpan(kindChars + 1)));
        if (!_keys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var number))
        {
            number = _keyNames.Count;
            _keys.Add(text.ToString(), number);
            _keyNames.Add((text[..kindChars].ToString(), text[(kindChars + 1)..].ToString()));
            _postings.Add([]);
        }

        return number;
    }
}
