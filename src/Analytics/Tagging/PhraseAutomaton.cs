using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sermo.Analytics.Tagging;

/// <summary>A whole-word phrase occurrence in normalized text; End is exclusive.</summary>
internal readonly record struct PhraseHit(int Start, int End, int TermId)
{
    public int Length => End - Start;
}

/// <summary>Questions over a post's hit list that several passes ask.</summary>
internal static class PhraseHits
{
    /// <summary>Whether any hit overlaps [start, end). A loop, not List.Exists: a lambda over start and end allocates its closure per call.</summary>
    public static bool AnyOverlaps(List<PhraseHit> hits, int start, int end)
    {
        foreach (var hit in hits)
        {
            if (hit.Start < end && start < hit.End)
            {
                return true;
            }
        }

        return false;
    }
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
/// <remarks>
/// States are numbered breadth-first, those where no term ends before those where one does, so "a term ends here"
/// is one comparison with <see cref="_firstOutputState"/>. The transition table holds 16-bit state numbers while
/// there are at most 65,536 states (the default lexicons need ~43,000), half the cache footprint of 32-bit entries.
/// </remarks>
internal sealed class PhraseAutomaton
{
    private readonly ushort[] _charClass = new ushort[char.MaxValue + 1];
    private readonly int _classCount;
    private readonly ushort[]? _next16;     // state * _classCount + class -> state, when the states fit 16 bits
    private readonly int[]? _next32;        // the same, otherwise
    private readonly int _firstOutputState; // states from here on have a term ending at them or at a suffix
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
        var next = new int[stateCount * classCount];
        var termAtState = termAt.ToArray();
        var outputLink = new int[stateCount];
        var fail = new int[stateCount];
        outputLink[0] = -1;

        // Breadth-first: each state's failure and full transition row come from shallower states.
        var queue = new Queue<int>();
        for (var cls = 0; cls < classCount; cls++)
        {
            if (children[0].TryGetValue(cls, out var child))
            {
                next[cls] = child;
                fail[child] = 0;
                outputLink[child] = -1;
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
                    next[row + cls] = child;
                    var f = next[failRow + cls];
                    fail[child] = f;
                    outputLink[child] = termAtState[f] >= 0 ? f : outputLink[f];
                    queue.Enqueue(child);
                }
                else
                {
                    next[row + cls] = next[failRow + cls];
                }
            }
        }

        // Renumber: states without output first (breadth-first order kept within each group).
        var newId = new int[stateCount];
        var count = 0;
        foreach (var withOutput in (ReadOnlySpan<bool>)[false, true])
        {
            _firstOutputState = withOutput ? count : _firstOutputState;
            for (var state = 0; state < stateCount; state++)
            {
                if ((termAtState[state] >= 0 || outputLink[state] >= 0) == withOutput)
                {
                    newId[state] = count++;
                }
            }
        }

        _termAtState = new int[stateCount];
        _outputLink = new int[stateCount];
        var table = new int[next.Length];
        for (var state = 0; state < stateCount; state++)
        {
            _termAtState[newId[state]] = termAtState[state];
            _outputLink[newId[state]] = outputLink[state] < 0 ? -1 : newId[outputLink[state]];
            for (var cls = 0; cls < classCount; cls++)
            {
                table[(newId[state] * classCount) + cls] = newId[next[(state * classCount) + cls]];
            }
        }

        if (stateCount <= ushort.MaxValue + 1)
        {
            _next16 = Array.ConvertAll(table, t => (ushort)t);
        }
        else
        {
            _next32 = table;
        }
    }

    public int TermCount { get; }

    /// <summary>Appends every whole-word occurrence of every term, in order of end position.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<PhraseHit> hits)
    {
        if (_next16 is not null)
        {
            Scan(_next16, text, hits);
        }
        else
        {
            Scan(_next32!, text, hits);
        }
    }

    private void Scan<T>(T[] table, ReadOnlySpan<char> text, List<PhraseHit> hits)
        where T : unmanaged, IBinaryInteger<T>
    {
        // Unchecked loads: every class is below _classCount (the table covers all of char) and every stored state is
        // below the state count, so both indexes are in range by construction; the bounds checks were half the loop.
        ref var next = ref MemoryMarshal.GetArrayDataReference(table);
        ref var classes = ref MemoryMarshal.GetArrayDataReference(_charClass);
        var classCount = _classCount;
        var firstOutput = _firstOutputState;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = int.CreateTruncating(Unsafe.Add(ref next, (state * classCount) + Unsafe.Add(ref classes, text[i])));
            if (state < firstOutput)
            {
                continue;
            }

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
