using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Cue words in groups, found in a post by one vectorised search over every group's words in any case, and named at a hit
/// with the listed capitalisation and the group it belongs to (decisions 287 and 298 read what follows a cue by its group).
/// </summary>
internal sealed class GroupedCueWords
{
    private readonly string[][] _groups;

    public GroupedCueWords(params string[][] groups)
    {
        _groups = groups;
        string[] wordsAnyCase = [.. groups.SelectMany(words => words).Select(word => word.ToLowerInvariant()).Distinct()];
        WordsAnyCase = wordsAnyCase;
        ValuesAnyCase = SearchValues.Create(wordsAnyCase, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every group's words lower-cased, each once: what <see cref="ValuesAnyCase"/> searches, for a rule that splits the search (decision 390).</summary>
    public IReadOnlyList<string> WordsAnyCase { get; }

    /// <summary>
    /// Every group's words in any case, each once (decisions 312 and 319): fewer strings than the groups list when they list a
    /// word in several capitalisations, so fewer candidates to verify. Every ordinal hit is a hit of this
    /// search; a rule keeps only the hits <see cref="TryAt"/> names and searches again one on from the others.
    /// </summary>
    public SearchValues<string> ValuesAnyCase { get; }

    public string[] this[int group] => _groups[group];

    /// <summary>
    /// The first word (groups in order, then words in order) that starts at <paramref name="start"/> ordinally, and its group;
    /// false when none does: the any-case search's hit is in no listed capitalisation.
    /// </summary>
    public bool TryAt(string text, int start, out string word, out int group)
    {
        var rest = text.AsSpan(start);
        for (group = 0; group < _groups.Length; group++)
        {
            foreach (var listed in _groups[group])
            {
                if (rest.StartsWith(listed, StringComparison.Ordinal))
                {
                    word = listed;
                    return true;
                }
            }
        }

        word = string.Empty;
        return false;
    }
}
