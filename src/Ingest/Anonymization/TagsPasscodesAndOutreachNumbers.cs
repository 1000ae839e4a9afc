namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 45 (decision 287): numbers that find one person after words no earlier rule read, and lists of them. A disaster's triage
/// tag ("Triage tag 117402", "tag T-0049", "three tags, R-112, ..."), a video visit's passcode ("passcode PY3312"), a homeless
/// registry's ("HMIS # is 0093412") and an ethics board's number ("IRB is 2024-0542"), a site's, badge's or store's number after
/// "# is" ("our site # is 648"), a list of badge numbers ("badge numbers 77859, N17955"), a seat's row by its letter before the
/// seat ("row Z, seat 12"), a stadium's section before its row ("section JJ, row 4") and a jail pod by its letter ("pod C, cell 12").
/// Over every readable gold set these were labelled 52 of 53 times (tags 13, passcodes 5 of 6: "password 4 times" stays, HMIS
/// 17, IRB 5, "# is" 2, badge lists 2, sections 1, rows and pods by letter 7); pooled misses in rounds 12, 22, 26, 30, 37 and 42. Row letters only before
/// their seat: round 28 left "row J, fan named" unlabelled four times. Found by one vectorised search of the post for the words
/// in any case, an ordinal check of the listed capitalisations at each hit (decision 319), then a few character tests per hit.
/// </summary>
internal static class TagsPasscodesAndOutreachNumbers
{
    private const int MaxGap = 16;

    private static readonly string[] TagWords = ["tag", "Tag", "TAG"];

    private static readonly string[] PasscodeWords = ["passcode", "Passcode", "password", "Password", "pass code"];

    private static readonly string[] RegistryWords = ["HMIS", "IRB"];

    private static readonly string[] MarkedBranchWords = ["site", "Site", "badge", "Badge", "store"];

    private static readonly string[] LetterPlaceWords = ["row", "Row", "pod", "Pod", "section", "Section"];

    private static readonly GroupedCueWords CueGroups = new(TagWords, PasscodeWords, RegistryWords, MarkedBranchWords, LetterPlaceWords);

    // Words that may stand between a cue and its number: "tag number (T-0049)", "HMIS id", "badge numbers", "IRB # is".
    private static readonly string[] Fillers = ["number", "numbers", "no", "nos", "id", "is", "s"];

    public static void Detect(string text, List<Detection> found)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0 && text.AsSpan().IndexOfAnyInRange('A', 'Z') < 0)
        {
            return;
        }

        // The cue words in any case, each once (decision 319, as 312 did for the device labels): 12 strings, not 22.
        var hits = new CueHits(text, CueGroups.ValuesAnyCase);
        while (hits.Next(out var start))
        {
            if (RegexScan.IsWordChar(text, start - 1) || text.AsSpan(0, start).EndsWith("-") || !CueGroups.TryAt(text, start, out var word, out var group))
            {
                // Inside a word ("tomorrow", "stage"), after a hyphen ("C-section") or in no listed capitalisation ("ROW",
                // "Store"): the next search starts one on, which passes over no later hit.
                hits.From = start + 1;
                continue;
            }

            var cueEnd = start + word.Length;
            hits.From = cueEnd;

            var plural = cueEnd < text.Length && text[cueEnd] == 's';
            var afterCue = plural ? cueEnd + 1 : cueEnd;
            if (RegexScan.IsWordChar(text, afterCue))
            {
                continue; // "tagged", "sited", "rows", "Badger"
            }

            var end = Read(text, word, CueGroups[group], afterCue, plural, found);
            hits.From = Math.Max(cueEnd, end);
        }
    }

    // Adds what follows the cue, if anything; returns where reading stopped.
    private static int Read(string text, string cue, string[] group, int afterCue, bool plural, List<Detection> found)
    {
        if (group == LetterPlaceWords)
        {
            return plural ? afterCue : LetterPlace(text, char.ToLowerInvariant(cue[0]), afterCue, found);
        }

        var gap = Gap(text, afterCue, out var marks, out var isWord);
        if (gap < 0)
        {
            return afterCue;
        }

        if (group == TagWords)
        {
            return List(text, gap, TagNumberEnd, found);
        }

        if (group == PasscodeWords)
        {
            return Add(text, gap, PasscodeEnd(text, gap), found);
        }

        if (group == RegistryWords)
        {
            return Add(text, gap, RegistryNumberEnd(text, gap), found);
        }

        // "site # is 648", "badge no. is 4471": the branch rules read "site 212" and "badge #213", not past "is".
        if (isWord && marks)
        {
            return Add(text, gap, BadgeNumberEnd(text, gap), found);
        }

        // "badge numbers 77859, N17955, 877143": a list the singular rule reads no further than its first.
        return cue is "badge" or "Badge" && (plural || marks) ? List(text, gap, BadgeNumberEnd, found) : afterCue;
    }

    // Past spaces, "#", ":", "(", "." and filler words; -1 when nothing that could be a number is near. marks: "#" or a filler
    // noun; isWord: "is".
    private static int Gap(string text, int at, out bool marks, out bool isWord)
    {
        marks = false;
        isWord = false;
        var limit = Math.Min(text.Length, at + MaxGap);
        while (at < limit)
        {
            var c = text[at];
            if (c is ' ' or ':' or '(' or '.' or ',' or '#')
            {
                marks |= c == '#';
                at++;
                continue;
            }

            var length = 0;
            while (at + length < text.Length && char.IsAsciiLetterLower(text[at + length]))
            {
                length++;
            }

            if (length == 0 || RegexScan.IsWordChar(text, at + length) || !IsFiller(text.AsSpan(at, length)))
            {
                return at;
            }

            isWord |= text.AsSpan(at, length) is "is";
            marks |= text.AsSpan(at, length) is not "is";
            at += length;
        }

        return -1;
    }

    private static bool IsFiller(ReadOnlySpan<char> word)
    {
        foreach (var filler in Fillers)
        {
            if (word.SequenceEqual(filler))
            {
                return true;
            }
        }

        return false;
    }

    private static int Add(string text, int at, int end, List<Detection> found)
    {
        if (end > at && !NumberGoesOn(text, end))
        {
            found.Add(new Detection(at, end, PhiType.Account, 1));
            return end;
        }

        return at;
    }

    // A first item and each further one after ", ", " and " or ", and ": "tags R-1123, R-1124 and R-1130".
    private static int List(string text, int at, Func<string, int, int> itemEnd, List<Detection> found)
    {
        var stop = Add(text, at, itemEnd(text, at), found);
        while (stop > at)
        {
            at = stop;
            var next = NextItem(text, at);
            if (next < 0 || Add(text, next, itemEnd(text, next), found) is var end && end == next)
            {
                return at;
            }

            stop = end;
        }

        return stop;
    }

    private static int NextItem(string text, int at)
    {
        var rest = text.AsSpan(at);
        return rest.StartsWith(", and ") ? at + 6 : rest.StartsWith(", ") ? at + 2 : rest.StartsWith(" and ") ? at + 5 : -1;
    }

    // A decimal, a time or a glued word after the number ("tag 1234.5", "tag 1200mg"): no identifier.
    private static bool NumberGoesOn(string text, int end) =>
        RegexScan.IsWordChar(text, end) || (end + 1 < text.Length && text[end] is '.' or ':' or '/' && char.IsAsciiDigit(text[end + 1]));

    // "T-0049", "R-1123" (one or two capitals, a hyphen, three to six digits), "117402", "2026-28826"; not a year alone.
    private static int TagNumberEnd(string text, int at)
    {
        var k = at;
        while (k < text.Length && k - at < 2 && char.IsAsciiLetterUpper(text[k]))
        {
            k++;
        }

        if (k > at)
        {
            return k < text.Length && text[k] == '-' && RoomNumbers.Digits(text, k + 1) is >= 3 and <= 6 and var d ? k + 1 + d : -1;
        }

        return RegistryNumberEnd(text, at);
    }

    // "882201", "ab4471", "PY3312", "tundra22": four to sixteen letters, digits or underscores, a digit among them.
    private static int PasscodeEnd(string text, int at)
    {
        var end = at;
        var digits = 0;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
            end++;
        }

        return end - at is >= 4 and <= 16 && digits > 0 ? end : -1;
    }

    // "0093412", "2024-0542", a tag's "117402": four digits or more, a hyphen and digits after them at most; not a year alone
    // ("IRB 2024 approval", "price tag 2024").
    private static int RegistryNumberEnd(string text, int at)
    {
        var digits = RoomNumbers.Digits(text, at);
        var end = at + digits;
        if (digits < 4)
        {
            return -1;
        }

        if (end + 2 < text.Length && text[end] == '-' && RoomNumbers.Digits(text, end + 1) is >= 2 and var more)
        {
            return end + 1 + more;
        }

        return LabelledRecordNumbers.IsYear(text.AsSpan(at, digits)) ? -1 : end;
    }

    // "77859", "N17955", "M75320", "648": up to two capitals and three to seven digits.
    private static int BadgeNumberEnd(string text, int at)
    {
        var k = at;
        while (k < text.Length && k - at < 2 && char.IsAsciiLetterUpper(text[k]))
        {
            k++;
        }

        return RoomNumbers.Digits(text, k) is >= 3 and <= 7 and var digits ? k + digits : -1;
    }

    // "row Z, seat", "pod C, cell", "pod B,", "section JJ, row": one or two capitals, then the next place or a mark.
    private static int LetterPlace(string text, char noun, int afterCue, List<Detection> found)
    {
        var at = afterCue + 1;
        if (afterCue >= text.Length || text[afterCue] != ' ')
        {
            return afterCue;
        }

        var end = at;
        while (end < text.Length && end - at < 2 && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }

        if (end == at || RegexScan.IsWordChar(text, end))
        {
            return afterCue;
        }

        var rest = text.AsSpan(end).TrimStart(',').TrimStart(' ');
        var placed = noun switch
        {
            'r' => StartsWithWord(rest, "seat"),
            's' => StartsWithWord(rest, "row"),
            _ => end == text.Length || text[end] is ',' or ';' or ')' || StartsWithWord(rest, "cell"),
        };
        if (!placed)
        {
            return afterCue;
        }

        found.Add(new Detection(at, end, PhiType.Address, 4));
        return end;
    }

    // "seat 12", not "seated": the word whole, in either capitalisation of its first letter.
    private static bool StartsWithWord(ReadOnlySpan<char> rest, string word) =>
        rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetterOrDigit(rest[word.Length]));
}
