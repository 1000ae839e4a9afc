namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 9 (issue #14, decision 065): census lines printed in capitals with no comma, where the age right after the name is what
/// sets it off: "SEPULVEDA YESENIA age 93", "BELL ANGEL ninety-one years old", "DARWISH EFUA F/90", "CHOWDHURY THANH HUONG a
/// 97-year-old". And surname-first capitals with a particle or between slashes: "TER HORST, STERLING", "/ CUXIL, SIONE /".
/// </summary>
internal sealed partial class NameDetector
{
    private readonly partial struct Scan
    {
        /// <summary>
        /// Two or three words in capitals at the head of a line (line start, colon, pipe, slash or dash before) followed by an age:
        /// "age", "aged", "a", a number, a spelled ninety or hundred, or a sex and slash ("F/90"). One word a listed name, or a long
        /// voweled word no English list holds; never a clinical abbreviation, state or month ("CHF COPD age 91" stays).
        /// </summary>
        public int? MatchCapitalsCensusLine(int i)
        {
            if (!IsCapitalsNamePart(i) || !IsLineHead(i))
            {
                return null;
            }

            var last = i;
            while (last + 1 < Tokens.Count && last - i < 2 && Text.AsSpan(Tokens[last].End, Tokens[last + 1].Start - Tokens[last].End) is " " && IsCapitalsNamePart(last + 1))
            {
                last++;
            }

            if (last == i || !AgeFollows(last))
            {
                return null;
            }

            for (var k = i; k <= last; k++)
            {
                var word = Word(k);
                if (lexicon.Surnames.Contains(word) || lexicon.FirstNames.Contains(word)
                    || (word.Length >= 5 && !lexicon.EnglishWords.Contains(word) && VowelShare(word) >= 0.3))
                {
                    return last;
                }
            }

            return null;
        }

        private bool IsLineHead(int i)
        {
            var before = Text.AsSpan(0, Tokens[i].Start).TrimEnd(' ');
            return before.IsEmpty || before[^1] is '\n' or ':' or '|' or ')' or '-' or '/';
        }

        private bool AgeFollows(int last)
        {
            var after = Text.AsSpan(Tokens[last].End);
            if (after.Length < 2 || after[0] != ' ')
            {
                return false;
            }

            after = after[1..];
            if (char.IsAsciiDigit(after[0]) || ((after[0] is 'F' or 'M') && after.Length > 2 && after[1] == '/' && char.IsAsciiDigit(after[2])))
            {
                return true;
            }

            return after.StartsWith("age ", StringComparison.Ordinal) || after.StartsWith("aged ", StringComparison.Ordinal)
                || after.StartsWith("a ", StringComparison.Ordinal) || after.StartsWith("ninety", StringComparison.OrdinalIgnoreCase)
                || after.StartsWith("a hundred", StringComparison.OrdinalIgnoreCase) || after.StartsWith("one hundred", StringComparison.OrdinalIgnoreCase);
        }

        // "TER HORST, STERLING", "LE QUANG, CHENOA", "ABU ZEID, DRAGAN": a short capitals particle before the surname of a record pair.
        private int ParticleSurnameStart(int i)
        {
            var j = i + 1;
            return Tokens[i].Length <= 4 && j + 1 < Tokens.Count && Text.AsSpan(Tokens[i].End, Tokens[j].Start - Tokens[i].End) is " "
                && Word(i).IndexOfAnyExcept(UpperLetters) < 0 && !lexicon.ClinicalTerms.Contains(Word(i)) && (Kinds[i] & (WordKind.Clinical | WordKind.State | WordKind.Month | WordKind.PersonCue | WordKind.Title)) == 0
                ? j
                : i;
        }
    }
}
