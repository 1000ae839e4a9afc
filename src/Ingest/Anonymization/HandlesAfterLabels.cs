namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Online handles written without "@" (round 28, decision 180): the word after "handle", "username" or "user" ("her handle was
/// kestrel_mom82", "username jo.marsh.rn", "a video call with user the.real.tam") and a Reddit name ("u/night_float_doc"). A
/// handle names one person on a platform as a name does. Only a word with a handle's look is taken: a letter first, four
/// characters or more, and a digit, an underscore or a dot between two letters, so "user error", "insulin pump user since" and
/// "u/kg" stay. Since round 41 (decision 256) also after "login" and "callsign" ("app login lucky89", "callsign DL1AXQ"): 7 pooled
/// misses of rounds 25, 29 and 38 after "login". A handle with "@" is the mention scanner's. Run after both finders: the learned detector's input is unchanged.
/// </summary>
internal static class HandlesAfterLabels
{
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = new HashSet<string>(
        ["handle", "handles", "username", "usernames", "user", "screenname", "gamertag", "login", "logins", "callsign"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var labels = (index.AnyCues & WordCue.HandleLabel) != 0 ? tokens.Count : 0; // no label-shaped word in the post: no token is read
        for (var i = 0; i < labels; i++)
        {
            // Decision 093's shared classification first: most words carry no HandleLabel flag and are never hashed here.
            if ((index.Cues[i] & WordCue.HandleLabel) != 0 && !tokens[i].IsPossessive && Labels.Contains(FoundTokens.Word(index, i)))
            {
                var at = AfterLabelMarks(text, tokens[i].End);
                AddHandle(text, at, at, found);
            }
        }

        // "u/name": a lone "u" and a slash, found by one vectorised search of the post.
        var from = 0;
        while (from < text.Length && text.AsSpan(from).IndexOf("u/", StringComparison.Ordinal) is >= 0 and var offset)
        {
            var u = from + offset;
            if (u == 0 || !(char.IsLetterOrDigit(text[u - 1]) || text[u - 1] is '/' or '_' or '.'))
            {
                AddHandle(text, u, u + 2, found);
            }

            from = u + 2;
        }
    }

    // Past the spaces, a colon or an opening quote after the label, and a linking "is" or "was" ("her handle was ...").
    private static int AfterLabelMarks(string text, int at)
    {
        at = SkipMarks(text, at);
        var rest = text.AsSpan(at);
        if (rest.StartsWith("is ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("was ", StringComparison.OrdinalIgnoreCase))
        {
            at = SkipMarks(text, at + rest.IndexOf(' '));
        }

        return at;
    }

    private static int SkipMarks(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or ':' or '"' or '\'' or '\u201C' or '\u2018')
        {
            at++;
        }

        return at;
    }

    private static void AddHandle(string text, int start, int word, List<Detection> found)
    {
        if (word >= text.Length || !char.IsLetter(text[word]))
        {
            return;
        }

        var end = word;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.' or '-'))
        {
            end++;
        }

        // A full stop, hyphen or underscore at the end closes the sentence or the phrase, not the handle.
        while (end > word && text[end - 1] is '.' or '-' or '_')
        {
            end--;
        }

        var marked = false;
        for (var c = word + 1; c < end; c++)
        {
            marked |= char.IsAsciiDigit(text[c]) || text[c] == '_' || (text[c] == '.' && char.IsLetter(text[c - 1]) && char.IsLetter(text[c + 1]));
        }

        if (marked && end - word >= 4)
        {
            found.Add(new Detection(start, end, PhiType.Mention, 1));
        }
    }
}
