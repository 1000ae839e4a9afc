namespace Sermo.Ingest.Anonymization;

/// <summary>Round 8: "sign" is a verb as well as an eponym's noun ("have Maria sign the consent" against "Murphy sign").</summary>
internal sealed partial class NameDetector
{
    // What a person signs, and the verbs that make someone sign: "sign" between them is no eponym's noun.
    private static readonly HashSet<string> SignObjects = new(
        ["the", "a", "an", "her", "his", "their", "my", "our", "your", "off", "for", "it", "this", "that", "these", "those", "consent",
         "consents", "forms", "form", "papers", "paperwork", "here", "up", "them", "him", "me"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word after <paramref name="sign"/> is something signed ("sign the form", "sign off"): then "sign" is the verb.</summary>
    public static bool SignTakesObject(string text, List<NameToken> tokens, int sign) =>
        sign + 1 < tokens.Count && tokens[sign + 1].Start - tokens[sign].PossessiveEnd == 1
        && SignObjects.Contains(text[tokens[sign + 1].Start..tokens[sign + 1].End]);

    private static readonly HashSet<string> Causatives = new(
        ["have", "had", "has", "having", "let", "lets", "make", "made", "get", "got", "help", "helped", "ask", "asked", "to", "will", "can",
         "could", "should", "must", "would", "did", "please"],
        StringComparer.OrdinalIgnoreCase);

    private readonly partial struct Scan
    {
        // "have Maria sign the consent", "let Jo sign": "sign" is the verb when an object follows it or a causative verb stands
        // before the word ("Murphy sign positive", "Homans sign was negative" keep their eponym).
        private bool SignIsVerb(int sign)
        {
            if (!Word(sign).Equals("sign", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var objectAfter = sign + 1 < Tokens.Count && Adjacent(sign, sign + 1) && SignObjects.Contains(Word(sign + 1).ToString());
            var causativeBefore = sign >= 2 && Adjacent(sign - 2, sign - 1) && Causatives.Contains(Word(sign - 2).ToString());
            return objectAfter || causativeBefore;
        }
    }
}
