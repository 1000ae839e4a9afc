using System.Reflection;

namespace Sermo.Analytics.Emerging;

/// <summary>
/// Noun-phrase candidates without a part-of-speech model: a post is cut at punctuation, digits-only tokens,
/// placeholders (<c>[NAME]</c>), tagged entities and stop words (function words, frequent verbs, forum filler:
/// <c>phrase_stopwords.txt</c>), as RAKE does; what remains are runs of content words, and every 1-3 word n-gram of a
/// run is a candidate (one word only from <see cref="MinWordLetters"/> letters). Overlapping n-grams of one topic are
/// collapsed after scoring (<see cref="EmergingTopicScorer"/>), so the chunker can stay simple and complete.
/// </summary>
public sealed class EmergingPhraseChunker
{
    public const int MaxWords = 3;
    public const int MinWordLetters = 4;

    private const string StopWordsResource = "Sermo.Analytics.Lexicons.phrase_stopwords.txt";

    private readonly IReadOnlySet<string> _stopWords;

    public EmergingPhraseChunker(IEnumerable<string> stopWords)
    {
        _stopWords = stopWords.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The chunker over the stop words compiled into Sermo.Analytics.</summary>
    public static EmergingPhraseChunker LoadEmbedded()
    {
        var assembly = typeof(EmergingPhraseChunker).Assembly;
        using var stream = assembly.GetManifestResourceStream(StopWordsResource)
            ?? throw new InvalidOperationException($"Embedded resource '{StopWordsResource}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return new EmergingPhraseChunker(words);
    }

    /// <summary>Distinct phrases of <paramref name="text"/>, skipping the character ranges in <paramref name="blocked"/> (tagged entities).</summary>
    public IReadOnlySet<string> Phrases(string text, IReadOnlyList<(int Start, int End)> blocked)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) && !IsBlocked(i, blocked))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)) && !IsBlocked(i, blocked))
                {
                    i++;
                }

                var word = text[start..i].ToLowerInvariant();
                if (_stopWords.Contains(word) || !word.Any(char.IsLetter) || (start > 0 && text[start - 1] == '['))
                {
                    Flush(run, phrases);
                }
                else
                {
                    run.Add(word);
                }

                continue;
            }

            // Spaces keep a run going; anything else (punctuation, a placeholder bracket, an entity) ends it.
            if (c != ' ' && c != '\t')
            {
                Flush(run, phrases);
            }

            i++;
        }

        Flush(run, phrases);
        return phrases;
    }

    /// <summary>A hyphen or apostrophe between two letters or digits stays inside the word ("glp-1", "patient's").</summary>
    private static bool IsJoiner(string text, int i) =>
        (text[i] == '-' || text[i] == '\'') && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    private static bool IsBlocked(int index, IReadOnlyList<(int Start, int End)> blocked)
    {
        foreach (var (start, end) in blocked)
        {
            if (index >= start && index < end)
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(List<string> run, HashSet<string> phrases)
    {
        for (var start = 0; start < run.Count; start++)
        {
            for (var length = 1; length <= MaxWords && start + length <= run.Count; length++)
            {
                if (length == 1 && run[start].Length < MinWordLetters)
                {
                    continue;
                }

                phrases.Add(string.Join(' ', run.Skip(start).Take(length)));
            }
        }

        run.Clear();
    }
}
