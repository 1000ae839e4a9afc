namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Person names. The census lists say what could be a name; context decides what is one.
/// The rules, strongest first (each only on capitalised tokens, because clinicians write
/// names capitalised and everything else mostly not):
/// 1. Title: "Dr. Chen", "Mrs. Alvarez", "Mr. K." — whatever capitalised word or initial follows
///    a personal title is a name, even an eponym or a word ("Dr. Parkinson", "Mr. Bill").
///    The title itself stays, so the reader still sees "Dr. [NAME]".
/// 2. Cue word: "patient Maria", "pt John Whitfield", "named Grace", "daughter Rose" — a listed
///    name after a person cue is a name even when it is also a word.
/// 3. First + last: a listed first name followed by a listed surname ("Maria Lopez"). At the start
///    of a sentence two word-names ("Will Brown ...") are not enough.
/// 4. A lone first name that is not an ordinary word ("Maria", "Kevin"); word-names (Grace, Hope,
///    Will, Bill, Mark, Rose, June) need rule 1-3 or a possessive ("Grace's labs came back").
/// 5. A lone surname that is not a word, mid-sentence or possessive ("per Whitfield", "Garcia's A1c").
/// Eponyms beat the dictionary: a token on the eponym list is never a name on its own, nor when it
/// is possessive ("Wilson's"), followed by a clinical head noun ("Hodgkin lymphoma", "Down syndrome")
/// or hyphenated ("Wolff-Parkinson-White"); it is a name only after a title or as the surname of a
/// first name ("Mary Wilson"). Drug brands, organisations and weekdays (clinical-terms.txt) are never names.
/// </summary>
internal sealed class NameDetector(NameLexicon lexicon)
{
    private const int MinLoneNameLength = 3;

    private static readonly WordSet StrongTitles = Set("Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Drs", "Messrs");

    private static readonly WordSet WeakTitles = Set("Doctor", "Professor", "Nurse", "Sister", "Father", "Rev", "Reverend", "Judge", "Officer", "Coach", "Uncle", "Aunt", "Auntie", "Grandma", "Grandpa");

    private static readonly WordSet PersonCues = Set(
        "patient", "pt", "named", "called", "name", "husband", "wife", "son", "daughter", "mother", "mom", "father", "dad",
        "brother", "sister", "aunt", "uncle", "grandson", "granddaughter", "grandmother", "grandfather", "colleague", "partner",
        "friend", "attending", "resident", "fellow", "intern", "neighbor", "caregiver", "boyfriend", "girlfriend", "fiance",
        "fiancee", "spouse", "baby", "niece", "nephew", "cousin", "surgeon", "nurse", "pcp", "nee", "née");

    private static readonly WordSet HeadNouns = Set(
        "disease", "diseases", "syndrome", "syndromes", "sign", "signs", "palsy", "lymphoma", "sarcoma", "esophagus", "thyroiditis",
        "test", "maneuver", "manoeuvre", "procedure", "score", "scale", "criteria", "criterion", "classification", "grade", "stage",
        "catheter", "reflex", "triad", "phenomenon", "node", "nodes", "ulcer", "fracture", "contracture", "tumor", "tumour", "cyst",
        "disorder", "dystrophy", "encephalopathy", "anemia", "anomaly", "aneurysm", "block", "law", "equation", "formula", "position",
        "operation", "repair", "fundoplication", "diverticulum", "ring", "type", "variant", "cell", "cells", "body", "bodies", "line",
        "lines", "pouch", "space", "triangle", "point", "murmur", "nodule", "nodules", "arthritis", "vasculitis", "granulomatosis",
        "dementia", "chorea", "crisis", "collar", "stain", "monitor", "tube", "balloon", "needle", "valve", "shunt", "deformity",
        "angle", "area", "hernia", "neuroma", "lesion", "lesions", "gap", "cycle", "effect", "rule", "rules", "index", "solution");

    private readonly NameLexicon _lexicon = lexicon;

    public void Detect(string text, List<Detection> found)
    {
        var tokens = NameTokenizer.Tokenize(text);
        var claimed = -1; // index of the last token already inside a detected name
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i <= claimed)
            {
                continue;
            }

            var token = tokens[i];
            var word = Word(text, token);
            if (!IsCapitalised(word))
            {
                continue;
            }

            int first = i, last;
            if (MatchTitle(text, tokens, i) is { } titled)
            {
                (first, last) = (i + 1, titled);
            }
            else if ((MatchCue(text, tokens, i) ?? MatchFullName(text, tokens, i) ?? MatchLoneName(text, tokens, i)) is { } end)
            {
                last = end;
            }
            else
            {
                continue;
            }

            found.Add(new Detection(tokens[first].Start, tokens[last].EndWithPeriod, PhiType.Name, 5));
            claimed = last;
        }
    }

    // Rule 1: a title followed by capitalised words or initials.
    private int? MatchTitle(string text, List<NameToken> tokens, int i)
    {
        var title = Word(text, tokens[i]);
        var strong = StrongTitles.Contains(title);
        if ((!strong && !WeakTitles.Contains(title)) || i + 1 >= tokens.Count || tokens[i].IsPossessive || !Adjacent(text, tokens[i], tokens[i + 1]))
        {
            return null;
        }

        var next = Word(text, tokens[i + 1]);
        var initial = next.Length == 1 && char.IsUpper(next[0]);
        if (!IsCapitalised(next) || _lexicon.ClinicalTerms.Contains(next) || (!strong && !IsListedName(next)) || (!initial && !IsTitleCase(next)))
        {
            return null;
        }

        return ExtendName(text, tokens, i + 1, allowEponyms: true);
    }

    // Rule 2: a person cue ("patient", "named", "daughter") followed by a listed name.
    private int? MatchCue(string text, List<NameToken> tokens, int i)
    {
        if (i == 0 || !Adjacent(text, tokens[i - 1], tokens[i]) || !(PersonCues.Contains(Word(text, tokens[i - 1])) || NameIs(text, tokens, i)))
        {
            return null;
        }

        var word = Word(text, tokens[i]);
        if (!IsListedName(word) || _lexicon.ClinicalTerms.Contains(word) || IsEponymUse(text, tokens, i))
        {
            return null;
        }

        return ExtendName(text, tokens, i, allowEponyms: false);
    }

    // "her name is Grace"
    private static bool NameIs(string text, List<NameToken> tokens, int i) =>
        i >= 2 && Word(text, tokens[i - 1]).Equals("is", StringComparison.OrdinalIgnoreCase) && Word(text, tokens[i - 2]).Equals("name", StringComparison.OrdinalIgnoreCase);

    // Rule 3: first name (or initial) + surname.
    private int? MatchFullName(string text, List<NameToken> tokens, int i)
    {
        var token = tokens[i];
        var word = Word(text, token);
        var isInitial = word.Length == 1 && token.PeriodAfter;
        if ((!isInitial && !_lexicon.FirstNames.Contains(word)) || _lexicon.ClinicalTerms.Contains(word) || IsEponymUse(text, tokens, i) || token.IsPossessive)
        {
            return null;
        }

        var end = ExtendName(text, tokens, i, allowEponyms: false);
        if (end == i)
        {
            return null;
        }

        var lastWord = Word(text, tokens[end]);
        if (!_lexicon.Surnames.Contains(lastWord) && !_lexicon.FirstNames.Contains(lastWord))
        {
            return null;
        }

        // "Will Brown ..." at a sentence start may be a verb and a colour; mid-sentence it is a person.
        var allWords = _lexicon.NameWords.Contains(word) && _lexicon.NameWords.Contains(lastWord);
        return allWords && token.SentenceStart ? null : end;
    }

    // Rules 4 and 5: a lone name.
    private int? MatchLoneName(string text, List<NameToken> tokens, int i)
    {
        var token = tokens[i];
        var word = Word(text, token);
        if (word.Length < MinLoneNameLength || !IsTitleCase(word) || _lexicon.ClinicalTerms.Contains(word) || IsEponymUse(text, tokens, i)
            || _lexicon.Eponyms.Contains(word) || UsStates.IsState(word) || PartOfEponymPhrase(text, tokens, i))
        {
            return null;
        }

        var isWord = _lexicon.NameWords.Contains(word);
        if (_lexicon.FirstNames.Contains(word) && (!isWord || token.IsPossessive))
        {
            return i;
        }

        var midSentenceOrPossessive = !token.SentenceStart || token.IsPossessive;
        return _lexicon.Surnames.Contains(word) && !isWord && midSentenceOrPossessive ? i : null;
    }

    // Follows a name over further capitalised listed words and initials: "John K. Whitfield".
    private int ExtendName(string text, List<NameToken> tokens, int i, bool allowEponyms)
    {
        var end = i;
        while (end + 1 < tokens.Count && !tokens[end].IsPossessive && Adjacent(text, tokens[end], tokens[end + 1]) && end - i < 3)
        {
            var next = tokens[end + 1];
            var word = Word(text, next);
            var isInitial = word.Length == 1 && char.IsUpper(word[0]);
            // A word-name continues a name only as a surname that is no first name ("Brown", "King"),
            // so "Dr. Chen Will see her" stops before "Will".
            var plainWord = _lexicon.NameWords.Contains(word) && (_lexicon.FirstNames.Contains(word) || !_lexicon.Surnames.Contains(word));
            var isName = IsTitleCase(word) && !plainWord && !_lexicon.ClinicalTerms.Contains(word)
                && IsListedName(word) && (allowEponyms || !IsEponymUse(text, tokens, end + 1));
            if (!isInitial && !isName)
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>An eponym used as one: possessive, hyphenated, or before a clinical head noun.</summary>
    private bool IsEponymUse(string text, List<NameToken> tokens, int i)
    {
        var token = tokens[i];
        var word = Word(text, token);
        if (word.Contains('-'))
        {
            foreach (var range in word.Split('-'))
            {
                if (_lexicon.Eponyms.Contains(word[range]))
                {
                    return true;
                }
            }

            return false;
        }

        if (!_lexicon.Eponyms.Contains(word))
        {
            return false;
        }

        return token.IsPossessive || (i + 1 < tokens.Count && IsHeadNoun(text, tokens[i + 1])) || (i + 1 < tokens.Count && _lexicon.Eponyms.Contains(Word(text, tokens[i + 1])) && IsHeadNounAfter(text, tokens, i + 1));
    }

    // "Lou Gehrig's disease": a first name right before an eponym use belongs to the eponym.
    private bool PartOfEponymPhrase(string text, List<NameToken> tokens, int i) =>
        i + 1 < tokens.Count && Adjacent(text, tokens[i], tokens[i + 1]) && IsEponymUse(text, tokens, i + 1);

    private bool IsHeadNounAfter(string text, List<NameToken> tokens, int i) =>
        tokens[i].IsPossessive || (i + 1 < tokens.Count && IsHeadNoun(text, tokens[i + 1]));

    private static bool IsHeadNoun(string text, NameToken token) => HeadNouns.Contains(Word(text, token));

    private bool IsListedName(ReadOnlySpan<char> word) => _lexicon.FirstNames.Contains(word) || _lexicon.Surnames.Contains(word) || (word.Contains('-') && IsListedName(word[..word.IndexOf('-')]));

    private static ReadOnlySpan<char> Word(string text, NameToken token) => text.AsSpan(token.Start, token.Length);

    private static bool IsCapitalised(ReadOnlySpan<char> word) => char.IsUpper(word[0]);

    /// <summary>"Maria" or "O'Brien", not "MARIA" (all caps is how abbreviations look: ED, MS, AL).</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return word.Length == 1;
    }

    /// <summary>
    /// Two tokens separated only by spaces. A period may sit between them only after an initial or
    /// an abbreviation ("Dr. Chen", "J. Smith", "pt. Maria"): "Dr. Patel. Whitfield's A1c" is two sentences.
    /// </summary>
    private static bool Adjacent(string text, NameToken left, NameToken right)
    {
        var gap = text.AsSpan(left.PossessiveEnd, right.Start - left.PossessiveEnd);
        if (gap.Length == 0 || gap.Length > 3)
        {
            return false;
        }

        if (gap[0] == '.')
        {
            var abbreviation = text.AsSpan(left.Start, left.Length);
            if (left.Length > 1 && !StrongTitles.Contains(abbreviation) && !WeakTitles.Contains(abbreviation) && !PersonCues.Contains(abbreviation))
            {
                return false;
            }

            gap = gap[1..];
        }

        return gap.Length > 0 && gap.Trim(' ').IsEmpty;
    }

    private static WordSet Set(params string[] words) => new(new HashSet<string>(words, StringComparer.OrdinalIgnoreCase));
}
