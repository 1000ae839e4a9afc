using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sermo.Analytics.Tagging;

/// <summary>A whole-word phrase occurrence in normalized text; End is exclusive.</summary>
internal readonly record struct PhraseHit(int Start, int End, int TermId)
{
    public int Length => End - Start;
}

/// <summary>Orders hits by start only, for binary searches over start-sorted hit lists.</summary>
internal sealed class PhraseHitStartComparer : IComparer<PhraseHit>
{
    public static readonly PhraseHitStartComparer Instance = new();

    public int Compare(PhraseHit x, PhraseHit y) => x.Start.CompareTo(y.Start);
}

/// <summary>
/// Aho-Corasick automaton compiled to a dense DFA over the characters that occur in the terms, so matching is
/// one table lookup per input character whatever the number of terms. Immutable and thread-safe once built.
/// </summary>
internal sealed class PhraseAutomaton
{
    private readonly ushort[] _charClass = new ushort[char.MaxValue + 1];
    private readonly int _classCount;
    private readonly int[] _next;           // state * _classCount + class -> state
    private readonly int[] _termAtState;    // term ending exactly at this state, or -1
    private readonly int[] _outputLink;     // nearest proper-suffix state with a term, or -1
    private readonly int[] _termLength;
    private readonly bool[] _checkStart;    // term starts with a word char: require a boundary before it
    private readonly bool[] _checkEnd;

    /// <param name="terms">Normalized, non-empty, distinct terms; a term's id is its index.</param>
    public PhraseAutomaton(IReadOnlyList<string> terms)
    {
        TermCount = terms.Count;
        _termLength = new int[terms.Count];
        _checkStart = new bool[terms.Count];
        _checkEnd = new bool[terms.Count];

        var classCount = 1; // class 0: any character no term contains
        foreach (var term in terms)
        {
            foreach (var c in term)
            {
                if (_charClass[c] == 0)
                {
                    _charClass[c] = checked((ushort)classCount++);
                }
            }
        }

        _classCount = classCount;

        // Trie with sparse children while building.
        var children = new List<Dictionary<int, int>> { new() };
        var termAt = new List<int> { -1 };
        for (var id = 0; id < terms.Count; id++)
        {
            var term = terms[id];
            _termLength[id] = term.Length;
            _checkStart[id] = NormalizedText.IsWordChar(term[0]);
            _checkEnd[id] = NormalizedText.IsWordChar(term[^1]);
            var state = 0;
            foreach (var c in term)
            {
                var cls = _charClass[c];
                if (!children[state].TryGetValue(cls, out var nextState))
                {
                    nextState = children.Count;
                    children.Add([]);
                    termAt.Add(-1);
                    children[state][cls] = nextState;
                }

                state = nextState;
            }

            if (termAt[state] < 0)
            {
                termAt[state] = id;
            }
        }

        (children, termAt) = BreadthFirst(children, termAt);
        var stateCount = children.Count;
        _next = new int[stateCount * classCount];
        _termAtState = termAt.ToArray();
        _outputLink = new int[stateCount];
        var fail = new int[stateCount];
        _outputLink[0] = -1;

        // Breadth-first: each state's failure and full transition row come from shallower states.
        var queue = new Queue<int>();
        for (var cls = 0; cls < classCount; cls++)
        {
            if (children[0].TryGetValue(cls, out var child))
            {
                _next[cls] = child;
                fail[child] = 0;
                _outputLink[child] = -1;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var row = state * classCount;
            var failRow = fail[state] * classCount;
            for (var cls = 0; cls < classCount; cls++)
            {
                if (children[state].TryGetValue(cls, out var child))
                {
                    _next[row + cls] = child;
                    var f = _next[failRow + cls];
                    fail[child] = f;
                    _outputLink[child] = _termAtState[f] >= 0 ? f : _outputLink[f];
                    queue.Enqueue(child);
                }
                else
                {
                    _next[row + cls] = _next[failRow + cls];
                }
            }
        }

        // Store each target as its row offset, with the sign bit set when a term ends there: the scan then costs one
        // load per character and touches the output tables only on a hit.
        for (var i = 0; i < _next.Length; i++)
        {
            var target = _next[i];
            var hasOutput = _termAtState[target] >= 0 || _outputLink[target] >= 0;
            _next[i] = (target * classCount) | (hasOutput ? int.MinValue : 0);
        }
    }

    public int TermCount { get; }

    /// <summary>Appends every whole-word occurrence of every term, in order of end position.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<PhraseHit> hits)
    {
        // Unchecked loads: every class is below _classCount (the table covers all of char) and every stored entry is
        // a row offset into _next, so both indexes are in range by construction; the bounds checks were half the loop.
        ref var next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref var classes = ref MemoryMarshal.GetArrayDataReference(_charClass);
        var classCount = _classCount;
        var row = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entry = Unsafe.Add(ref next, row + Unsafe.Add(ref classes, text[i]));
            row = entry & int.MaxValue;
            if (entry >= 0)
            {
                continue;
            }

            var state = row / classCount;
            var output = _termAtState[state] >= 0 ? state : _outputLink[state];
            while (output >= 0)
            {
                var id = _termAtState[output];
                var start = i - _termLength[id] + 1;
                if ((!_checkStart[id] || start == 0 || !NormalizedText.IsWordChar(text[start - 1]))
                    && (!_checkEnd[id] || i + 1 == text.Length || !NormalizedText.IsWordChar(text[i + 1])))
                {
                    hits.Add(new PhraseHit(start, i + 1, id));
                }

                output = _outputLink[output];
            }
        }
    }

    /// <summary>
    /// Renumbers trie states breadth-first: the root and shallow states, where a scan spends nearly all its time,
    /// then sit in the first rows of the table and stay in cache (insertion order scatters them across megabytes).
    /// </summary>
    private static (List<Dictionary<int, int>> Children, List<int> TermAt) BreadthFirst(List<Dictionary<int, int>> children, List<int> termAt)
    {
        var order = new int[children.Count];
        var newId = new int[children.Count];
        var count = 1;
        for (var k = 0; k < count; k++)
        {
            foreach (var child in children[order[k]].OrderBy(p => p.Key).Select(p => p.Value))
            {
                newId[child] = count;
                order[count++] = child;
            }
        }

        var renumbered = new List<Dictionary<int, int>>(children.Count);
        var terms = new List<int>(children.Count);
        foreach (var old in order)
        {
            renumbered.Add(children[old].ToDictionary(p => p.Key, p => newId[p.Value]));
            terms.Add(termAt[old]);
        }

        return (renumbered, terms);
    }

    /// <summary>
    /// Keeps the leftmost-longest non-overlapping hits among those <paramref name="include"/> accepts, sorted by start.
    /// </summary>
    public static void SelectLongest(List<PhraseHit> hits, Func<int, bool> include, List<PhraseHit> selected)
    {
        var start = selected.Count;
        foreach (var hit in hits)
        {
            if (include(hit.TermId))
            {
                selected.Add(hit);
            }
        }

        selected.Sort(start, selected.Count - start, LongestFirst.Instance);
        var write = start;
        var lastEnd = -1;
        for (var read = start; read < selected.Count; read++)
        {
            var hit = selected[read];
            if (hit.Start >= lastEnd)
            {
                selected[write++] = hit;
                lastEnd = hit.End;
            }
        }

        selected.RemoveRange(write, selected.Count - write);
    }

    private sealed class LongestFirst : IComparer<PhraseHit>
    {
        public static readonly LongestFirst Instance = new();

        public int Compare(PhraseHit x, PhraseHit y) =>
            x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.Length.CompareTo(x.Length);
    }
}
