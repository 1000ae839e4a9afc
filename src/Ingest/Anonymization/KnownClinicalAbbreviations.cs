namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 53 (decision 375): a short clinical abbreviation of the tagger's lexicon ("AKI", "DKA", "SBO", "IVIG"), the words
/// <see cref="NameLexicon.ClinicalAbbreviations"/> holds: the lexicon's short terms less the census names, so a patient named Nash
/// or Dara stays a name. Asked where a rule would take such a word as a name with no person cue: decision 360's surname before a
/// found given name, which in a list of patients read the abbreviation closing one item as the surname of the name opening the
/// next ("Ginger Booth 19 AKI, Nou Vue", "Sweet - DKA, Goodman - cellulitis"). Not asked by the learned detector: it never takes a
/// word in capitals (<see cref="NameTokenizer.IsNameCase"/>), and in title or lower case these words are names as often ("Boo",
/// "Iron Cloud", "Lama": decision 375's count over rounds 10-49).
/// </summary>
internal static class KnownClinicalAbbreviations
{
    private const int LongestAbbreviation = 5;

    /// <summary>Whether token <paramref name="i"/> is such an abbreviation; its length is read before the list is asked.</summary>
    public static bool Holds(TokenIndex index, int i)
    {
        var length = index.Tokens[i].Length;
        return length is >= 2 and <= LongestAbbreviation && NameLexicon.Shared.ClinicalAbbreviations.Contains(FoundTokens.Word(index, i));
    }
}
