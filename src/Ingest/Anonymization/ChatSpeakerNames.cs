namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The speaker of a pasted group-chat line (round 20, decision 145): "[22:15] Tomás: 3% bolus, I'm coming". A bracketed clock
/// time, one or two words and a colon is how chat exports print who wrote a line, so the words are a person whatever list
/// holds them. A role ("[10:06] Charge nurse:", "[07:02] Pharmacy:") is no one and stays. Before <see cref="RepeatedNames"/>,
/// so the speaker's name goes wherever else the post repeats it ("Tomás u owe me").
/// </summary>
internal static class ChatSpeakerNames
{
    private const int MaxSpeaker = 30;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = new HashSet<string>(
        ["me", "you", "nurse", "charge", "pharmacy", "pharmacist", "attending", "resident", "intern", "reg", "registrar", "consultant",
         "cons", "fellow", "pa", "np", "rn", "md", "dr", "admin", "bot", "system", "switchboard", "unit", "clerk", "ward", "icu", "ed", "er",
         "night", "day", "team", "on-call", "oncall", "senior", "junior", "sho", "fy1", "fy2", "hca", "everyone", "all"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        for (var open = text.IndexOf('['); open >= 0; open = text.IndexOf('[', open + 1))
        {
            var at = ClockEnd(text, open + 1);
            if (at < 0 || at + 2 >= text.Length || text[at] != ']' || text[at + 1] != ' ')
            {
                continue;
            }

            var start = at + 2;
            var colon = text.IndexOf(':', start, Math.Min(MaxSpeaker, text.Length - start));
            if (colon <= start || !IsSpeaker(text.AsSpan(start, colon - start)))
            {
                continue;
            }

            found.AddIfFree(new Detection(start, colon, PhiType.Name, 1));
        }
    }

    // "22:15", "9:05", "09:47 pm": digits, a colon, two digits, an optional am/pm; returns where the time ends or -1.
    private static int ClockEnd(string text, int at)
    {
        var hours = 0;
        while (at + hours < text.Length && char.IsAsciiDigit(text[at + hours]))
        {
            hours++;
        }

        var colon = at + hours;
        if (hours is 0 or > 2 || colon + 2 >= text.Length || text[colon] != ':' || !char.IsAsciiDigit(text[colon + 1]) || !char.IsAsciiDigit(text[colon + 2]))
        {
            return -1;
        }

        var end = colon + 3;
        var rest = text.AsSpan(end);
        return rest.StartsWith(" am", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" pm", StringComparison.OrdinalIgnoreCase) ? end + 3 : end;
    }

    // One or two words of letters (hyphens, apostrophes and a closing period allowed), the first a capital, not all roles.
    private static bool IsSpeaker(ReadOnlySpan<char> speaker)
    {
        if (speaker.IsEmpty || !char.IsUpper(speaker[0]))
        {
            return false;
        }

        var words = 0;
        var roles = 0;
        foreach (var range in speaker.Split(' '))
        {
            var word = speaker[range].TrimEnd('.');
            if (word.IsEmpty || ++words > 2)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '-' and not '\'' and not '\u2019')
                {
                    return false;
                }
            }

            roles += Roles.Contains(word) ? 1 : 0;
        }

        return roles < words;
    }
}
