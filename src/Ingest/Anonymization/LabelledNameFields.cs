namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The value of a name field of a pasted form (round 15, decision 119): "PT NAME: KHIN MYINT", "Name: Dil Maya Gurung", "Member:
/// ROSALIND T PEMBERTON ID: ...". A field labelled as a name holds a name whatever its words are, so after "NAME:" one to four
/// capitalised words (initials too) up to the end of the line, a comma or the next label are the person. After "Patient:",
/// "Pt:", "Member:" or "Subscriber:" a note may follow instead ("Patient: Doing well"), so there only two or more words in
/// capitals count, the form's way of printing a name.
/// </summary>
internal static class LabelledNameFields
{
    private const int MaxWords = 4;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonLabels = new HashSet<string>(
        ["patient", "pt", "member", "subscriber", "insured", "resident", "guarantor", "client"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (!text.Contains(": ", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = index.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length is < 2 or > 10 || token.End >= text.Length || text[token.End] != ':' || !FoundTokens.Gap(index, i, i + 1).StartsWith(": ")
                || FoundTokens.Gap(index, i, i + 1).Contains('\n'))
            {
                continue;
            }

            var label = FoundTokens.Word(index, i);
            var nameLabel = label.Equals("name", StringComparison.OrdinalIgnoreCase);
            if (!nameLabel && !PersonLabels.Contains(label))
            {
                continue;
            }

            var last = i + 1;
            var capitals = IsCapitals(FoundTokens.Word(index, last));
            if (!IsNameWord(index, last, nameLabel))
            {
                continue;
            }

            while (last + 1 < tokens.Count && last - i < MaxWords && FoundTokens.Gap(index, last, last + 1) is " " or ". "
                && IsNameWord(index, last + 1, nameLabel) && NotALabel(text, tokens[last + 1]))
            {
                capitals &= IsCapitals(FoundTokens.Word(index, last + 1));
                last++;
            }

            if (nameLabel || (capitals && last > i + 1))
            {
                found.Add(new Detection(tokens[i + 1].Start, tokens[last].EndWithPeriod, PhiType.Name, 1));
            }

            i = last;
        }
    }

    private static bool IsNameWord(TokenIndex index, int i, bool nameLabel)
    {
        var word = FoundTokens.Word(index, i);
        if (!char.IsUpper(word[0]) || (index.Kinds[i] & (WordKind.Clinical | WordKind.Month | WordKind.State | WordKind.Holiday)) != 0
            || NameLexicon.Shared.ClinicalTerms.Contains(word))
        {
            return false;
        }

        // Under a person label only the form's capitals; under "NAME:" a title-case name too, but no function word ("Name: The ...").
        return IsCapitals(word) || (nameLabel && (word.Length == 1 || FoundTokens.MayBeNamePart(index, i) || (index.Kinds[i] & WordKind.ListedName) != 0));
    }

    // "ID:" or "DOB:" opens the next field of the same line.
    private static bool NotALabel(string text, NameToken token) => token.End >= text.Length || text[token.End] != ':';

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
