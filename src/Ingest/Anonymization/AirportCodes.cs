using System.Buffers;
using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A large US airport written by its three-letter code (round 45, decision 290): "flew Spirit home to DEN", "from Sea-Tac", "baggage handler at DFW
/// terminal E", "pulmonary embolism on landing at MSP", "DL 46 JFK to Accra", "crew id FA40021, base SFO". Pooled over the rotation
/// (rounds 10-41) these were places without a head noun in ten rounds, by hand and generated; every such code in those rounds' posts
/// was an identifier. The codes are the FAA's large hubs (a US government list, public domain) and Albuquerque, less every code that
/// is also a clinical or common abbreviation: ANC (neutrophil count), MCI, TPA, SAN, SAT, LGA (large for gestational age), BOS
/// (bronchiolitis obliterans), DCA, MIA, AUS, DAL, STL. Guard: a code beside another word of three capitals or more is part of
/// text written in capitals ("TRANSFER FROM DEN..."), where a word in capitals says nothing; it stays.
/// Cost (decision 300): one vectorised search of the post for the codes and "Sea-Tac"; the walk over the tokens only in a post
/// that holds one; there per token its length and two capitals, the set only then.
/// </summary>
internal static class AirportCodes
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Codes = FrozenSet.Create(StringComparer.Ordinal,
        "ATL", "DFW", "DEN", "ORD", "LAX", "JFK", "LAS", "MCO", "CLT", "SEA", "PHX", "EWR", "SFO", "IAH", "FLL", "MSP", "DTW", "PHL", "SLC",
        "BWI", "IAD", "BNA", "MDW", "HNL", "PDX", "ABQ").GetAlternateLookup<ReadOnlySpan<char>>();

    // Exact gate: a code the rule takes is a token equal to one of the codes, and a token's word is a substring of the post.
    private static readonly SearchValues<string> CodesOrSeaTac = SearchValues.Create([.. Codes.Set, "Sea-Tac"], StringComparison.Ordinal);

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (!text.AsSpan().ContainsAny(CodesOrSeaTac))
        {
            return;
        }

        var tokens = index.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Length == 7 && text[token.Start] == 'S' && FoundTokens.Word(index, k) is "Sea-Tac")
            {
                FoundTokens.AddUncut(found, new Detection(token.Start, token.End, PhiType.City, 6)); // Seattle-Tacoma, by its short name
                continue;
            }

            if (token.Length != 3 || !char.IsAsciiLetterUpper(text[token.Start]) || !char.IsAsciiLetterUpper(text[token.End - 1])
                || !Codes.Contains(FoundTokens.Word(index, k)) || InCapitals(index, k - 1) || InCapitals(index, k + 1))
            {
                continue;
            }

            FoundTokens.AddUncut(found, new Detection(token.Start, token.End, PhiType.City, 6));
        }
    }

    // A word of three capitals or more that is no airport code: the text around is written in capitals.
    private static bool InCapitals(TokenIndex index, int k)
    {
        if (k < 0 || k >= index.Tokens.Count)
        {
            return false;
        }

        var word = FoundTokens.Word(index, k);
        if (word.Length < 3 || Codes.Contains(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
