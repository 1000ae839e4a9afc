namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Capitalised genus names of bacteria and parasites ("Campylobacter", "Stenotrophomonas", "Peptostreptococcus",
/// "Cryptosporidium") that no list holds: a word of eight letters or more that ends in a genus suffix is clinical, so no name
/// or place rule, and not the learned detector, takes it (round 11, decision 082). Suffixes that end given names too
/// ("-ella": Salmonella but Gabriella) are left out.
/// </summary>
internal static class OrganismNames
{
    private const int MinLength = 8;

    private static readonly string[] GenusSuffixes =
        ["bacter", "coccus", "cocci", "bacillus", "bacterium", "monas", "myces", "plasma", "sporidium", "clostridium", "clostridioides", "bacteroides"];

    public static void Mark(string text, List<NameToken> tokens, WordKind[] kinds)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Cheap tests first: most words are short, lower case, or already known to the vocabulary.
            if (token.Length < MinLength || kinds[i] != WordKind.None || !char.IsAsciiLetterUpper(text[token.Start]))
            {
                continue;
            }

            var word = text.AsSpan(token.Start, token.Length);
            foreach (var suffix in GenusSuffixes)
            {
                if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    kinds[i] |= WordKind.Clinical;
                    break;
                }
            }
        }
    }
}
