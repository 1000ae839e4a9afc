using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Clinical and common words that physicians capitalise in lists and quotes, checked after every finder (round 40, decision 253):
/// a quoted word before a capitalised word ('a "Stat" Troponin', 'the "Sick" Sinus crowd', '"Frequent" Flyer') and a title-case
/// or acronym list of problems, plans and signs ("Rule out: PE, MI, Dissection, Tamponade", "Plan: NPO, IVF, serial exams",
/// "Murphy, Rovsing, Psoas signs"). A name read lying wholly inside such words is dropped; one that covers other words stays.
/// A check after the finders, as <see cref="ClinicalWordsKept"/>, so the learned detector's candidates and features are unchanged.
/// A quoted nickname before a listed surname ('"Red" Haskell') and a list of listed names ("Smith, Jones, Brown") stay names.
/// </summary>
internal static class ListAndQuoteWordsKept
{
    private const int MaxItemWords = 3;

    private const int MaxAcronymLength = 5;

    // Endings of clinical words the lists miss ("Pancreatitis", "Hypoxemia", "Colonoscopy"); read only for words of no name list.
    private static readonly string[] ClinicalEndings = ["itis", "osis", "emia", "aemia", "ectomy", "otomy", "ostomy", "oscopy", "ology", "algia", "pathy",
        "plasty", "uria", "ase", "ium", "oma"];

    private static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\"\u201C");

    private static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"\u201D");

    public static void Keep(TokenIndex index, List<Detection> found)
    {
        if (!found.Exists(d => d.Type == PhiType.Name))
        {
            return;
        }

        if (index.Text.AsSpan().IndexOfAny(OpeningQuotes) >= 0)
        {
            KeepQuotedPairs(index, found);
        }

        if (index.Text.Contains(", ", StringComparison.Ordinal))
        {
            KeepClinicalLists(index, found);
        }
    }

    // '"W1" W2': not a name when W2 is a clinical or common word no name list holds, or W1 a clinical word and W2 no listed name
    // ('"Migraine" Cocktail'); a common W1 alone says nothing ('"Skip" Eze', '"Peanut" Ogundipe'). The words kept run from a
    // function or common word right before the quote ('The "Sick" Sinus') to the capitalised run after W2; a name-like word
    // there is a nickname inside a name ('Sibusiso "Peanut" Khumalo'), left to the finders.
    private static void KeepQuotedPairs(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        for (var open = IndexOfAny(text, OpeningQuotes, 0); open >= 0 && open + 1 < text.Length; open = IndexOfAny(text, OpeningQuotes, open + 1))
        {
            var close = IndexOfAny(text, ClosingQuotes, open + 1);
            if (close < 0)
            {
                return;
            }

            var quoted = FoundTokens.StartingAt(tokens, open + 1);
            var after = close + 2 < text.Length && text[close + 1] == ' ' ? FoundTokens.StartingAt(tokens, close + 2) : -1;
            var before = quoted > 0 && tokens[quoted - 1].End == open - 1 && text[open - 1] == ' ' && char.IsUpper(text[tokens[quoted - 1].Start]) ? quoted - 1 : -1;
            if (quoted >= 0 && after >= 0 && tokens[quoted].End == close && char.IsUpper(text[tokens[after].Start])
                && (IsNoName(index, after) || (IsListedClinical(index, quoted) && !IsListedName(index, after)))
                && (before < 0 || IsFunctionOrNoName(index, before)))
            {
                var start = before >= 0 ? tokens[before].Start : open;
                var last = after;
                while (last + 1 < tokens.Count && last - after + 1 < MaxItemWords && FoundTokens.Gap(index, last, last + 1) is " "
                    && char.IsUpper(text[tokens[last + 1].Start]))
                {
                    last++;
                }

                found.RemoveAll(d => d.Type == PhiType.Name && d.Start >= start && d.End <= tokens[last].End);
            }

            open = close;
        }
    }

    // A found name whose words stand in a list of capitalised items joined by ", " (three items, or two after a label's colon),
    // at least two of them clinical words, acronyms or common words of no name list and more of them than items with a listed
    // name, and no word of the name a listed name that no clinical or eponym list holds ("Trendelenburg, Thomas, FABER" keeps
    // "Thomas"; "Smith, Jones, Brown" are names).
    private static void KeepClinicalLists(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        for (var c = found.Count - 1; c >= 0; c--)
        {
            var name = found[c];
            if (name.Type != PhiType.Name)
            {
                continue;
            }

            var first = FoundTokens.StartingAt(tokens, name.Start);
            var last = FoundTokens.EndingAt(tokens, name.End);
            if (first < 0 || last < first || !IsListItemWord(index, first) || !AllKnownNoName(index, first, last))
            {
                continue;
            }

            var listStart = first;
            while (listStart > 0 && FoundTokens.Gap(index, listStart - 1, listStart) is ", " or " " && IsListItemWord(index, listStart - 1))
            {
                listStart--;
            }

            var listEnd = last;
            while (listEnd + 1 < tokens.Count && FoundTokens.Gap(index, listEnd, listEnd + 1) is ", " or " " && IsListItemWord(index, listEnd + 1))
            {
                listEnd++;
            }

            var afterLabel = listStart > 0 && FoundTokens.Gap(index, listStart - 1, listStart) is ": ";
            var (items, clinicalItems, nameItems) = CountItems(index, listStart, listEnd);
            if ((items >= 3 || (items == 2 && afterLabel)) && clinicalItems >= 2 && clinicalItems > nameItems)
            {
                found.RemoveAt(c);
            }
        }
    }

    // Items are runs of one to three capitalised words one space apart, split by ", "; a longer run is prose, never a list item.
    private static (int Items, int ClinicalItems, int NameItems) CountItems(TokenIndex index, int listStart, int listEnd)
    {
        int items = 0, clinicalItems = 0, nameItems = 0;
        for (var itemStart = listStart; itemStart <= listEnd;)
        {
            var itemEnd = itemStart;
            while (itemEnd < listEnd && FoundTokens.Gap(index, itemEnd, itemEnd + 1) is " ")
            {
                itemEnd++;
            }

            if (itemEnd - itemStart + 1 > MaxItemWords)
            {
                return (0, 0, 0);
            }

            items++;
            var clinical = true;
            for (var i = itemStart; i <= itemEnd; i++)
            {
                clinical &= IsAcronym(index, i) || (IsClinicalOrCommon(index, i) && !IsListedName(index, i));
            }

            clinicalItems += clinical ? 1 : 0;
            nameItems += HasPureName(index, itemStart, itemEnd) ? 1 : 0;
            itemStart = itemEnd + 1;
        }

        return (items, clinicalItems, nameItems);
    }

    // Every word of the name a clinical or common word, an eponym or an acronym ("Dissection, Tamponade", "Murphy", "NPO, IVF"),
    // with no listed given name or surname that no clinical or eponym list holds; a word no list knows may be a name
    // ("Sincerely, Mrunal Gokhale, MD").
    private static bool AllKnownNoName(TokenIndex index, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (!IsAcronym(index, i) && !IsClinicalOrCommon(index, i))
            {
                return false;
            }
        }

        return !HasPureName(index, first, last);
    }

    private static bool HasPureName(TokenIndex index, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (IsListedName(index, i) && !IsAcronym(index, i) && !IsListedClinical(index, i) && (index.Kinds[i] & WordKind.Eponym) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsListItemWord(TokenIndex index, int i) => index.Tokens[i].Length >= 2 && char.IsUpper(index.Text[index.Tokens[i].Start]);

    // "PE", "NPO", "IVF", "CKD4", "HTN": capitals (and digits) of no name list, two or three letters, or up to five with a digit or
    // no vowel; a longer word in capitals with a vowel may be a name ("student health: AKECH, ABUK").
    private static bool IsAcronym(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        if (word.Length is < 2 or > MaxAcronymLength || IsListedName(index, i))
        {
            return false;
        }

        var acronymShaped = word.Length <= 3;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }

            acronymShaped |= char.IsAsciiDigit(c);
        }

        return acronymShaped || word.IndexOfAny("AEIOUY") < 0;
    }

    private static bool IsListedName(TokenIndex index, int i) => (index.Kinds[i] & WordKind.ListedName) != 0 || index.IsFirstName(i) || index.IsSurname(i);

    // Clinical by a list that outranks a name list: the clinical kind or term, a one-word disease. Not an eponym: "Smith" is one.
    private static bool IsListedClinical(TokenIndex index, int i) =>
        (index.Kinds[i] & WordKind.Clinical) != 0 || index.IsClinicalTerm(i) || NameLexicon.Shared.DiseaseWords.Contains(FoundTokens.Word(index, i));

    private static bool IsClinicalOrCommon(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        if (IsListedClinical(index, i) || (index.Kinds[i] & WordKind.Eponym) != 0 || index.IsEnglishWord(i) || NameLexicon.Shared.ClinicalVocabulary.Contains(word) || LabValuesKept.Abbreviations.Contains(word))
        {
            return true;
        }

        foreach (var ending in ClinicalEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFunctionOrNoName(TokenIndex index, int i) =>
        FoundTokens.FunctionWords.Contains(FoundTokens.Word(index, i)) || IsNoName(index, i);

    // A word that is no name: clinical by a list that outranks the name lists, or clinical or common and of no name list.
    private static bool IsNoName(TokenIndex index, int i) => IsListedClinical(index, i) || (IsClinicalOrCommon(index, i) && !IsListedName(index, i));

    // The first of the quote marks at or after from, as an index into text; -1 when there is none. One search set for the
    // whole process, where a char[] argument was allocated on every call.
    private static int IndexOfAny(string text, SearchValues<char> marks, int from)
    {
        var at = text.AsSpan(from).IndexOfAny(marks);
        return at < 0 ? -1 : from + at;
    }
}
