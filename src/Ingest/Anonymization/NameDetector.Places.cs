namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 7 (issue #14): the town a signature or a referral gives after a doctor's name: "-- Tavita Subramaniam, MD, Sardis",
/// "Dr. Wiremu, Port Quillan.", "Dr Rakoto in Peculiar still swears by ...". After a title or a degree the words that follow
/// a comma at the end of the line, or follow "in", say where that doctor practises.
/// </summary>
internal sealed partial class NameDetector
{
    private const int MaxTownWords = 3;

    private readonly partial struct Scan
    {
        /// <summary>The town after a titled or credentialed name ending at token <paramref name="last"/>, if any.</summary>
        public (int Start, int End)? PlaceOfPractice(int last, bool titled)
        {
            var k = last + 1;
            while (k < Tokens.Count && k - last <= 3 && IsCredentialToken(k) && Text.AsSpan(Tokens[k - 1].PossessiveEnd, Tokens[k].Start - Tokens[k - 1].PossessiveEnd) is ", " or " ")
            {
                k++;
            }

            var credentialed = k > last + 1;
            if ((!titled && !credentialed) || k >= Tokens.Count)
            {
                return null;
            }

            var gap = Text.AsSpan(Tokens[k - 1].EndWithPeriod, Tokens[k].Start - Tokens[k - 1].EndWithPeriod);
            var afterIn = gap is " " && Word(k) is "in" && k + 1 < Tokens.Count && Adjacent(k, k + 1);
            if (afterIn)
            {
                k++;
            }
            else if (gap is not ", ")
            {
                return null;
            }

            var end = k;
            var prefixed = Word(k) is "Port" or "Fort" or "Mount" or "Lake" or "North" or "South" or "East" or "West" or "New"
                && k + 1 < Tokens.Count && Adjacent(k, k + 1) && IsTownWord(k + 1); // "port" alone is a chemo port, "Port Quillan" a town
            if (!IsTownWord(k) && !prefixed)
            {
                return null;
            }

            while (end + 1 < Tokens.Count && end - k < MaxTownWords - 1 && !Tokens[end].IsPossessive && Adjacent(end, end + 1) && IsTownWord(end + 1))
            {
                end++;
            }

            // After a comma the town closes the line ("..., MD, Sardis", "Dr. Wiremu, Port Quillan."); after "in" it is read as the
            // place where the doctor is, unless an English word stands alone there after a plain title ("Dr. Chen in Surgery").
            var rest = Text.AsSpan(Tokens[end].End);
            var closesLine = rest.IsEmpty || rest[0] is '\n' or '|' or ')' or '\r' || (rest[0] == '.' && (rest.Length == 1 || rest[1] is '\n' or ' '))
                || (rest[0] == ',' && rest.Length > 3 && rest[1] == ' ' && UsStates.IsState(rest.Slice(2, 2)));
            var inTown = afterIn && (end > k || !IsCommonWord(k) || credentialed || titled);
            return (afterIn && inTown) || (!afterIn && closesLine) ? (Tokens[k].Start, Tokens[end].End) : null;
        }

        private bool IsCredentialToken(int k)
        {
            var word = Word(k);
            return word.Length is >= 2 and <= 6 && Credentials.Contains(word);
        }

        private bool IsTownWord(int k) =>
            Tokens[k].Length >= 2 && NameTokenizer.IsNameCase(Word(k)) && !UsStates.IsState(Word(k))
            && (Kinds[k] & (WordKind.Clinical | WordKind.Institution | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue)) == 0
            && !IsEponymUse(k);
    }
}
