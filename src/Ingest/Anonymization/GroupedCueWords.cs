using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Cue words in groups, found in a post by one vectorised ordinal search over every group's words, and named at a hit with
/// the group they belong to (decisions 287 and 298 read what follows a cue by its group).
/// </summary>
internal sealed class GroupedCueWords
{
    private readonly string[][] _groups;

    public GroupedCueWords(params string[][] groups)
    {
        _groups = groups;
        Values = SearchValues.Create([.. groups.SelectMany(words => words)], StringComparison.Ordinal);
    }

    /// <summary>Every group's words, for <c>IndexOfAny</c>.</summary>
    public SearchValues<string> Values { get; }

    public string[] this[int group] => _groups[group];

    /// <summary>The first word (groups in order, then words in order) that starts at <paramref name="start"/>, and its group.</summary>
    public (string Word, int Group) At(string text, int start) =>
        TryAt(text, start, out var word, out var group) ? (word, group) : throw new InvalidOperationException("The cue search matched a word no cue group holds.");

    /// <summary>
    /// As <see cref="At"/>, false when no word starts at <paramref name="start"/>: for a rule that searches a looser form of
    /// the words (any case) and keeps only the hits its ordinal words match.
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
