namespace Sermo.Analytics.Tagging;

/// <summary>
/// A condition whose ICD-10-CM index entry splits by sex, said bare in a post about a male patient, is the male entry:
/// "infertility" in a 19M's sickle cell post or a teen's varicocele post is N46.9 (index: Infertility, male), not the
/// female N97.9 the bare word is listed as (decision 252). The post's subject decides, as it decides newborn codes
/// (<see cref="NewbornConditions"/>): only a post with a male cue ("19M", "he", "his", "man", "boy") and no female one
/// ("30F", "she", "her", "woman", "girl") is about a male patient, so a couple's or a family's post keeps the bare row.
/// </summary>
internal static class MalePatientConditions
{
    // The bare word as the tagger matched it, and the term of its male row (diseases.csv) it becomes.
    private static readonly (string Bare, string Replacement)[] Readings = [("infertility", "male infertility")];

    private static readonly HashSet<string> MaleWordSet = new(StringComparer.Ordinal) { "he", "his", "him", "man", "male", "boy" };

    private static readonly HashSet<string> FemaleWordSet = new(StringComparer.Ordinal) { "she", "her", "hers", "woman", "female", "girl", "pregnant", "pregnancy" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleWords = MaleWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleWords = FemaleWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each bare hit of <see cref="Readings"/> by its male row's term in a post about a male patient.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.RelabelBare(catalog, chars, entityHits, Readings, static (_, text, _) => AboutMalePatient(text));

    // Words of the post, and age-sex tokens written as digits then the letter ("19M", "30F"; the text is lower case here).
    private static bool AboutMalePatient(ReadOnlySpan<char> chars)
    {
        var male = false;
        foreach (var (start, end) in ConditionWordsInContext.Words(chars))
        {
            var word = chars[start..end];
            var sex = word.Length >= 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^2]) ? word[^1] : '\0';
            if (sex == 'f' || FemaleWords.Contains(word))
            {
                return false;
            }

            male |= sex == 'm' || MaleWords.Contains(word);
        }

        return male;
    }
}
