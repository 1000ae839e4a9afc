namespace Sermo.Analytics.Tagging;

/// <summary>
/// Edit-distance-1 lookup (insert, delete, substitute, swap of neighbours) for single-word lexicon terms of
/// six or more letters, by the symmetric-delete method: a term and each of its one-letter deletions are keys,
/// so a token matches when it or one of its deletions is a key and the true distance is then verified.
/// The caller decides which tokens may be looked up (not ordinary words, not already tagged).
/// </summary>
internal sealed class FuzzyTermIndex
{
    public const int MinTermLength = 6;
    private const int MaxTokenLength = 40;

    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _keys;
    private readonly string[] _terms;
    private readonly IReadOnlySet<int> _swapOrDropOnly;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactTerms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _termPrefixes;         // every prefix of every term
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstLetterAndSuffixes; // a term's first letter + each of its suffixes

    /// <param name="candidates">(normalized term, term id) pairs; terms shorter than <see cref="MinTermLength"/> or not all letters are ignored.</param>
    /// <param name="swapOrDropOnly">Term ids found only through two swapped letters or a dropped one, never a changed or added letter.</param>
    public FuzzyTermIndex(IEnumerable<(string Term, int TermId)> candidates, IReadOnlySet<int>? swapOrDropOnly = null)
    {
        _swapOrDropOnly = swapOrDropOnly ?? new HashSet<int>();
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var terms = new Dictionary<int, string>();
        foreach (var (term, id) in candidates)
        {
            if (term.Length < MinTermLength || term.Length > MaxTokenLength || !term.All(char.IsAsciiLetterLower))
            {
                continue;
            }

            terms[id] = term;
            AddKey(keys, term, id);
            for (var i = 0; i < term.Length; i++)
            {
                AddKey(keys, string.Concat(term.AsSpan(0, i), term.AsSpan(i + 1)), id);
            }
        }

        _exactTerms = new HashSet<string>(terms.Values, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms.Values)
        {
            for (var k = 1; k <= term.Length; k++)
            {
                prefixes.Add(term[..k]);
                suffixes.Add(string.Concat(term.AsSpan(0, 1), term.AsSpan(term.Length - k)));
            }
        }

        _termPrefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstLetterAndSuffixes = suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _terms = new string[terms.Count == 0 ? 0 : terms.Keys.Max() + 1];
        foreach (var (id, term) in terms)
        {
            _terms[id] = term;
        }

        var frozen = keys.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        _keys = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns the id of a term within one edit of <paramref name="token"/> sharing its first letter, or -1.</summary>
    public int Find(ReadOnlySpan<char> token)
    {
        if (token.Length < MinTermLength - 1 || token.Length > MaxTokenLength)
        {
            return -1;
        }

        if (!MayBeWithinOneEdit(token))
        {
            return -1;
        }

        // "Eliquisx" or "xareltos" is a known term glued to one more character: a word-boundary miss, not a misspelling.
        // A final "c" written "ck" ("ozempick") is a misspelling of the sound, not a glued character.
        if ((_exactTerms.Contains(token[..^1]) && !EndsInCk(token)) || _exactTerms.Contains(token[1..]))
        {
            return -1;
        }

        var best = Check(token, token);
        if (best >= 0)
        {
            return best;
        }

        Span<char> buffer = stackalloc char[MaxTokenLength];
        for (var i = 0; i < token.Length; i++)
        {
            token[..i].CopyTo(buffer);
            token[(i + 1)..].CopyTo(buffer[i..]);
            var found = Check(buffer[..(token.Length - 1)], token);
            if (found >= 0 && (best < 0 || found < best))
            {
                best = found;
            }
        }

        return best;
    }

    /// <summary>
    /// A necessary condition for <see cref="Find"/> to find a term, in a few hash lookups instead of one per letter:
    /// most tokens that reach the index are ordinary words no term is near. A token within one edit of a term
    /// agrees with it before the edit and after it; the common prefix and the common suffix together cover at least
    /// <c>n - 2</c> of the token's <c>n</c> letters (a swap of neighbours spoils two, a substitution or insertion one,
    /// a deletion none). So with P the longest prefix of the token that starts some term, the token's last
    /// <c>n - 2 - P</c> letters must end some term with the same first letter (<see cref="Check"/> requires that
    /// letter). Both sets hold every prefix and every suffix, so P is found by lengthening until a miss.
    /// False only when no term can match: the answer never changes.
    /// </summary>
    internal bool MayBeWithinOneEdit(ReadOnlySpan<char> token)
    {
        var prefix = 0;
        while (prefix < token.Length && _termPrefixes.Contains(token[..(prefix + 1)]))
        {
            prefix++;
        }

        var suffix = token.Length - 2 - prefix;
        if (suffix <= 0)
        {
            return true;
        }

        Span<char> key = stackalloc char[MaxTokenLength + 1];
        key[0] = token[0];
        token[^suffix..].CopyTo(key[1..]);
        return _firstLetterAndSuffixes.Contains(key[..(suffix + 1)]);
    }

    private static bool EndsInCk(ReadOnlySpan<char> token) => token.EndsWith("ck", StringComparison.Ordinal);

    private int Check(ReadOnlySpan<char> key, ReadOnlySpan<char> token)
    {
        if (!_keys.TryGetValue(key, out var ids))
        {
            return -1;
        }

        var best = -1;
        foreach (var id in ids)
        {
            var term = _terms[id];
            if (term[0] == token[0] && term.Length >= MinTermLength && WithinOneEdit(term, token) && (best < 0 || id < best)
                && (!_swapOrDropOnly.Contains(id) || IsSwapOrDrop(term, token)))
            {
                best = id;
            }
        }

        return best;
    }

    private static void AddKey(Dictionary<string, List<int>> keys, string key, int id)
    {
        if (!keys.TryGetValue(key, out var ids))
        {
            keys[key] = ids = [];
        }

        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    /// <summary>
    /// Given <see cref="WithinOneEdit"/>: the token is the term with one letter inside it dropped, or with two neighbours
    /// swapped. Not the last letter dropped: "adhesion" of the row "adhesions" is the singular, another reading.
    /// </summary>
    internal static bool IsSwapOrDrop(ReadOnlySpan<char> term, ReadOnlySpan<char> token)
    {
        if (token.Length != term.Length)
        {
            return token.Length == term.Length - 1 && !term.StartsWith(token);
        }

        var at = term.CommonPrefixLength(token);
        return at + 1 < term.Length && term[at] == token[at + 1] && term[at + 1] == token[at];
    }

    /// <summary>Optimal-string-alignment distance &lt;= 1, in linear time.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a[prefix..];
        var restB = b[prefix..];
        if (a.Length == b.Length)
        {
            return restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }
}
