namespace Sermo.Storage.Search;

/// <summary>
/// Distinct author keys of a whole match, counted only up to k: the singling-out check (docs/privacy.md, P12) needs
/// to know whether k authors stand behind an answer, never how many, so the set stays tiny and nothing more is known.
/// </summary>
public sealed class MatchAuthors(int k)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>Distinct authors seen, at most k.</summary>
    public int UpToK => _keys.Count;

    public void Add(string authorKey)
    {
        if (_keys.Count < k)
        {
            _keys.Add(authorKey);
        }
    }

    /// <summary>As <see cref="Add(string)"/> from text read in place: a string only while fewer than k were seen.</summary>
    public void Add(ReadOnlySpan<char> authorKey)
    {
        if (_keys.Count < k && !_keys.GetAlternateLookup<ReadOnlySpan<char>>().Contains(authorKey))
        {
            _keys.Add(authorKey.ToString());
        }
    }
}
