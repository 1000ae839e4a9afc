namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The longest phrase of a rule's list that starts at a hit of the list's ordinal search: a hit of "Rite" must read "Rite Aid"
/// when both are listed, and a shorter phrase never wins over a longer one at the same place.
/// </summary>
internal static class ListedPhrases
{
    public static string LongestAt(string text, int at, string[] phrases)
    {
        var longest = "";
        foreach (var phrase in phrases)
        {
            if (phrase.Length > longest.Length && text.AsSpan(at).StartsWith(phrase, StringComparison.Ordinal))
            {
                longest = phrase;
            }
        }

        return longest;
    }
}
