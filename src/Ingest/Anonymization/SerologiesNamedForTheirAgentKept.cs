using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 51 (decision 346): a test named by its agent or antigen and the kind of test after it, kept after every finder:
/// "Strongyloides IgG", "Hantavirus IgM", "Lyme serologies", "Cocci titers", "Kell antibody", "Chagas serology". The agent is a
/// capitalised Latin or place-born word that the name lists and the learned detector can read as a surname or a town, and the
/// test word after it takes a name's place in the read. Over every readable gold set (rounds 10-48) a capitalised word right
/// before such a test word stands 24 times in 12 rounds and never inside an identifier. A name or town read lying wholly inside
/// the agent and its test word is dropped; one that also covers other words ("Maria Lyme serology") stays, so a name is never
/// cut, and one after a title ("Dr. Kell antibody clinic") stays. One ordinal <see cref="SearchValues{T}"/> search of the post
/// for the test words (a space before each), then tests at each hit only. A check after the finders, as
/// <see cref="NamedClinicalTermsKept"/>: a word mark would change the learned detector's features, so nothing is retrained.
/// </summary>
internal static class SerologiesNamedForTheirAgentKept
{
    private const int MinAgentLength = 3;

    private static readonly string[] TestWords =
    [
        " IgG", " IgM", " IgA", " IgE", " PCR", " serology", " serologies", " antigen", " antigens", " antibody", " antibodies",
        " titer", " titers", " titre", " titres",
    ];

    private static readonly SearchValues<string> TestValues = SearchValues.Create(TestWords, StringComparison.Ordinal);

    private static readonly string[] Titles = ["Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Nurse"];

    public static void Keep(TokenIndex index, List<Detection> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var text = index.Text;
        var hits = new CueHits(text, TestValues);
        while (hits.Next(out var space))
        {
            var testEnd = TestWordEnd(text, space);
            hits.From = space + 1;
            var agentStart = AgentStart(text, space);
            if (testEnd < 0 || agentStart < 0 || AfterTitle(text, agentStart))
            {
                continue;
            }

            candidates.RemoveAll(d => d.Type is PhiType.Name or PhiType.City && d.Start >= agentStart && d.End <= testEnd);
        }
    }

    // The end of the test word at a hit when it ends there ("IgG," or "serology."), else -1 ("PCRs" is read, "antigenic" is not).
    private static int TestWordEnd(string text, int space)
    {
        var rest = text.AsSpan(space);
        var end = -1;
        foreach (var word in TestWords)
        {
            if (space + word.Length > end && rest.StartsWith(word, StringComparison.Ordinal) && !RegexScan.IsWordChar(text, space + word.Length))
            {
                end = space + word.Length;
            }
        }

        return end;
    }

    // The start of the agent's word right before the space: letters alone (a hyphen inside: "Epstein-Barr"), a capital first, at
    // least three letters; -1 when the word before is anything else ("her IgG", "HIV-1 PCR", "Dr. A PCR").
    private static int AgentStart(string text, int space)
    {
        var start = space;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return space - start >= MinAgentLength && char.IsUpper(text[start]) && !RegexScan.IsWordChar(text, start - 1) ? start : -1;
    }

    // "Dr. Kell", "Ms Lyme": the word before the agent, past spaces and a title's period, is a title.
    private static bool AfterTitle(string text, int agentStart)
    {
        var before = text.AsSpan(0, agentStart).TrimEnd(' ').TrimEnd('.');
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        if (start == before.Length)
        {
            return false;
        }

        var word = before[start..];
        foreach (var title in Titles)
        {
            if (word.SequenceEqual(title))
            {
                return true;
            }
        }

        return false;
    }
}
