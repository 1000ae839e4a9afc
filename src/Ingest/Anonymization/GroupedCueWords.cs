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
    public (string Word, int Group) At(string text, int start)
    {
        var rest = text.AsSpan(start);
        for (var group = 0; group < _groups.Length; group++)
        {
            foreach (var word in _groups[group])
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return (word, group);
                }
            }
        }

        throw new InvalidOperationException("The cue search matched a word no cue group holds.");
    }
}
