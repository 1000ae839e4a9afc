namespace Sermo.Analytics.Tagging;

/// <summary>
/// A finding whose own word carries its negation: "nonsmoker", "non-smoker" is the patient who does not smoke, read as
/// "never smoker" is, nicotine dependence F17.210 negated over the whole word (the guide's "Labels settled in round 53",
/// decisions 381 and 382). The "non" inside the word is no context cue, so the word itself is listed; words where "non"
/// names a kind, not an absence ("non-Hodgkin lymphoma", "non-small cell"), are not.
/// </summary>
internal static class NegatedWordForms
{
    // Normalized spellings (hyphens read as spaces).
    private static readonly string[] Forms = ["nonsmoker", "nonsmokers", "non smoker", "non smokers"];

    /// <summary>Whether the hit's own surface is one of the negating word forms.</summary>
    public static bool Holds(ReadOnlySpan<char> text, PhraseHit hit)
    {
        var surface = text[hit.Start..hit.End];
        foreach (var form in Forms)
        {
            if (surface.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
