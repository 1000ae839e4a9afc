using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 6 (issue #14): names read from their shape rather than a list: the credential written after a signature ("-- Anwen
/// Kask, MD", "Tobiah Quembley, PA-C"), a nickname in quotes between two name parts ("Taras \"Scooter\" Haddad"), and a
/// sentence that opens with a word and states an age over 89 ("Cliff is 97 y/o", "Precious is (95 yrs)").
/// </summary>
internal sealed partial class NameDetector
{
    // Degrees and licences that follow a clinician's name; "MD", "DO" and "PA" are also state codes, so a credential
    // counts only right after one to three name-cased words.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Credentials = FrozenSet.Create(StringComparer.Ordinal,
        "MD", "DO", "RN", "NP", "PA", "PA-C", "DNP", "PharmD", "MBBS", "MBChB", "FNP", "APRN", "CRNA", "LPN", "PhD", "DPM", "FACP", "FACS",
        "FAAP", "MSN", "BSN", "LCSW", "DDS", "DMD").GetAlternateLookup<ReadOnlySpan<char>>();

    // A credential counts only after a space (CredentialAfter), so a post without any " MD", " PA-C" ... holds no signature.
    // Built from the set itself, after it in this file, so a credential added there is searched for too.
    private static readonly System.Buffers.SearchValues<string> CredentialsAfterSpace =
        System.Buffers.SearchValues.Create(Credentials.Set.Select(credential => " " + credential).ToArray(), StringComparison.Ordinal);

    private const int MaxSignedWords = 3;

    /// <summary>False only when no credential of <see cref="Credentials"/> follows a space anywhere in <paramref name="text"/>.</summary>
    internal static bool MayHoldCredential(string text) => text.AsSpan().IndexOfAny(CredentialsAfterSpace) >= 0;

    private static readonly string[] AgeLeads = ["(", "a ", "aged ", "age ", "now "];

    private readonly partial struct Scan
    {
        public int? MatchCredentialed(int i)
        {
            if (!MayHoldCredential || !IsSignedNamePart(i))
            {
                return null;
            }

            var last = i;
            while (last + 1 < Tokens.Count && last - i < MaxSignedWords - 1 && !Tokens[last].IsPossessive && Adjacent(last, last + 1)
                && (IsSignedNamePart(last + 1) || Tokens[last + 1].Length == 1))
            {
                last++;
            }

            // "Thanks, MD colleagues" or "Best MD" are words before a degree: one word must be a name or a word no list knows.
            var named = false;
            for (var k = i; k <= last && !named; k++)
            {
                named = (Is(k, WordKind.ListedName) && !IsCommonWord(k)) || IsUnknownWord(k) || IsCityOnlyWord(k);
            }

            return named && Tokens[last].Length > 1 && CredentialAfter(Tokens[last].End) ? last : null;
        }

        // Given "Nick" Surname: a quoted name-cased word between two name-cased words is a nickname inside one person's name.
        public int? MatchNicknamed(int i)
        {
            var j = i + 1;
            var k = i + 2;
            if (k >= Tokens.Count || !IsSignedNamePart(i) || !IsSignedNamePart(j) || !IsSignedNamePart(k)
                || !IsQuotedGap(Text.AsSpan(Tokens[i].End, Tokens[j].Start - Tokens[i].End), opening: true)
                || !IsQuotedGap(Text.AsSpan(Tokens[j].End, Tokens[k].Start - Tokens[j].End), opening: false))
            {
                return null;
            }

            return ExtendName(k, allowEponyms: false, allowUnlisted: true);
        }

        private static bool IsQuotedGap(ReadOnlySpan<char> gap, bool opening) =>
            opening ? gap is " \"" or " \u201C" or " '" : gap is "\" " or "\u201D " or "' ";

        // "Cliff is 97 y/o", "Precious is (95 yrs)", "Destiny is a 94-year-old": a sentence that opens with a name-cased word
        // and says it is over 89 is about a person; no drug, disease or place is 97 years old.
        public int? MatchAgedSubject(int i)
        {
            if (!Tokens[i].SentenceStart || Tokens[i].IsPossessive || i + 1 >= Tokens.Count || !Adjacent(i, i + 1) || Word(i + 1) is not "is"
                || !IsSignedNamePart(i) || Tokens[i].Length < 3 || Is(i, WordKind.City | WordKind.State))
            {
                return null;
            }

            var rest = Text.AsSpan(Tokens[i + 1].End).TrimStart(' ');
            var marked = false; // "(95", "aged 95": the words say age; a bare "is 92" may be a vital ("Sat is 92 on room air")
            foreach (var lead in AgeLeads)
            {
                if (rest.StartsWith(lead, StringComparison.Ordinal))
                {
                    rest = rest[lead.Length..];
                    marked = lead is "(" or "aged " or "age ";
                    break;
                }
            }

            var digits = rest.IndexOfAnyExceptInRange('0', '9');
            return digits is 2 or 3 && IsAgeEnd(rest[digits..]) && (marked || IsAgeWord(rest[digits..])) && int.TryParse(rest[..digits], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age)
                && age is >= 90 and <= 130 ? i : null;
        }

        // "97 y/o", "97yo", "96 years", "94-year-old".
        private static bool IsAgeWord(ReadOnlySpan<char> after)
        {
            var word = after.TrimStart(' ').TrimStart('-');
            return word.StartsWith("y/o", StringComparison.OrdinalIgnoreCase) || word.StartsWith("yo", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("yr", StringComparison.OrdinalIgnoreCase) || word.StartsWith("y.o", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("year", StringComparison.OrdinalIgnoreCase);
        }

        // "97 y/o", "(95 yrs)", "94-year-old", not "95% adherent", "92.5", "91 kg".
        private static bool IsAgeEnd(ReadOnlySpan<char> after)
        {
            if (after[0] is '%' || (after[0] == '.' && after.Length > 1 && char.IsAsciiDigit(after[1])) || !(after[0] is ' ' or ')' or ',' or '-' or '.' or '!' or 'y'))
            {
                return false;
            }

            var unit = after.TrimStart(' ');
            return !(unit.StartsWith("kg") || unit.StartsWith("lb") || unit.StartsWith("mg") || unit.StartsWith("percent") || unit.StartsWith("bpm") || unit.StartsWith("mm"));
        }

        // "patient lindiwe chukwuemeka no-showed": right after a person cue, two lower-case words that are no English word,
        // clinical term, eponym or state, one of them on a name list, are the person's name ("pt denies pain" stays).
        public int? MatchLowerCaseUnlistedPair(int i)
        {
            var j = i + 1;
            if (i == 0 || j >= Tokens.Count || !Is(i - 1, WordKind.PersonCue) || !Adjacent(i - 1, i) || !Adjacent(i, j) || Tokens[i].IsPossessive
                || !IsLowerCaseNonWord(i) || !IsLowerCaseNonWord(j))
            {
                return null;
            }

            var first = Word(i);
            var second = Word(j);
            return lexicon.FirstNames.Contains(first) || lexicon.Surnames.Contains(first) || lexicon.Surnames.Contains(second) || lexicon.FirstNames.Contains(second) ? j : null;
        }

        private bool IsLowerCaseNonWord(int i)
        {
            var word = Word(i);
            return word.Length >= 3 && Kinds[i] == WordKind.None && !word.ContainsAnyInRange('A', 'Z') && !Index.IsEnglishWord(i)
                && !lexicon.NameWords.Contains(word) && !Index.IsClinicalTerm(i) && !lexicon.Eponyms.Contains(word) && !UsStates.IsState(word);
        }

        private bool IsSignedNamePart(int i) =>
            Tokens[i].Length >= 2 && NameTokenizer.IsNameCase(Word(i)) && !UsStates.IsState(Word(i))
            && (Kinds[i] & (WordKind.Clinical | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue | WordKind.Institution)) == 0
            && !IsEponymUse(i);

        // ", MD", " MD", ", PA-C" followed by the end of the text, a line, a space or punctuation.
        private bool CredentialAfter(int end)
        {
            var rest = Text.AsSpan(end);
            rest = rest.StartsWith(", ") ? rest[2..] : rest.StartsWith(" ") ? rest[1..] : [];
            var length = 0;
            while (length < rest.Length && (char.IsAsciiLetter(rest[length]) || rest[length] == '-'))
            {
                length++;
            }

            return length >= 2 && Credentials.Contains(rest[..length]) && (length == rest.Length || !char.IsLetterOrDigit(rest[length]));
        }
    }
}
