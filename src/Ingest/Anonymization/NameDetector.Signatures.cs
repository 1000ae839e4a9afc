using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 6 (issue #14): a name read from the credential written after it, as physicians sign posts and notes:
/// "-- Anwen Kask, MD", "Leocadia Vasilescu MD", "Tobiah Quembley, PA-C".
/// </summary>
internal sealed partial class NameDetector
{
    // Degrees and licences that follow a clinician's name; "MD", "DO" and "PA" are also state codes, so a credential
    // counts only right after one to three name-cased words.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Credentials = FrozenSet.Create(StringComparer.Ordinal,
        "MD", "DO", "RN", "NP", "PA", "PA-C", "DNP", "PharmD", "MBBS", "MBChB", "FNP", "APRN", "CRNA", "LPN", "PhD", "DPM", "FACP", "FACS",
        "FAAP", "MSN", "BSN", "LCSW", "DDS", "DMD").GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxSignedWords = 3;

    private readonly partial struct Scan
    {
        public int? MatchCredentialed(int i)
        {
            if (!IsSignedNamePart(i))
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
