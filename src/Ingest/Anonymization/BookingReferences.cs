using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An airline's or cruise line's booking reference after its label (round 39, decision 243): "booking JXNRRT", "booking ref
/// BJEUPL", "booking code: QHT7ZK", "PNR ZK4T9Q". With the trip it finds the one passenger as a seat does; on the pooled rotation's
/// misses of rounds 10-35 every such reference (7, in ship-doctor, airport-clinic and in-flight posts) was six capitals or
/// capitals and digits, with no digit in most, so no number rule read them. Exactly six ASCII capitals or digits ending the
/// word, with at most "ref", "reference", "code", "no", "#" or ":" between; a word in capitals of another length ("booking
/// ASAP"), six capitals that spell an English word ("booking CLOSED") and a lower-case word stay. Found by a case-blind search for the labels, not per token.
/// </summary>
internal static class BookingReferences
{
    private const int ReferenceLength = 6;

    private static readonly string[] Labels = ["booking", "pnr", "locator"];

    private static readonly string[] Fillers = ["reference", "ref", "code", "no"];

    // The three labels in one vectorised pass (round 39, decision 246): the three case-blind string.IndexOf passes below ran
    // over every post and were 5 % of the verb's CPU, and almost no post holds a label. Under invariant globalization a
    // case-blind IndexOf also matches the dotless "ı" (its capital is "I") where this search might not, so a post holding
    // one takes the exact passes as well: the gate only skips posts in which those passes cannot match.
    private static readonly SearchValues<string> AnyLabel = SearchValues.Create(Labels, StringComparison.OrdinalIgnoreCase);

    public static void Detect(string text, List<Detection> found)
    {
        if (text.AsSpan().IndexOfAny(AnyLabel) < 0 && !text.Contains('\u0131'))
        {
            return;
        }

        foreach (var label in Labels)
        {
            for (var at = text.IndexOf(label, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(label, at + label.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (RegexScan.IsWordChar(text, at - 1) || RegexScan.IsWordChar(text, at + label.Length))
                {
                    continue;
                }

                var start = ReferenceStart(text, at + label.Length);
                if (start >= 0 && IsReference(text, start))
                {
                    found.Add(new Detection(start, start + ReferenceLength, PhiType.Account, 1));
                }
            }
        }
    }

    // Past spaces, "#", ":", "." and one filler word; -1 when nothing is left.
    private static int ReferenceStart(string text, int at)
    {
        var filler = false;
        while (at < text.Length)
        {
            if (text[at] is ' ' or '#' or ':' or '.')
            {
                at++;
                continue;
            }

            if (!filler && StartsWithFiller(text, at) is var length and > 0)
            {
                filler = true;
                at += length;
                continue;
            }

            return at;
        }

        return -1;
    }

    private static int StartsWithFiller(string text, int at)
    {
        foreach (var filler in Fillers)
        {
            if (text.AsSpan(at).StartsWith(filler, StringComparison.OrdinalIgnoreCase) && !RegexScan.IsWordChar(text, at + filler.Length))
            {
                return filler.Length;
            }
        }

        return 0;
    }

    private static bool IsReference(string text, int start)
    {
        if (start + ReferenceLength > text.Length || RegexScan.IsWordChar(text, start + ReferenceLength))
        {
            return false;
        }

        foreach (var c in text.AsSpan(start, ReferenceLength))
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        // Six digits are a number the record rules read (or a date, a count); a reference holds a capital. Six capitals that
        // spell an English word are shouting, not a reference ("booking CLOSED", "booking ONLINE").
        var reference = text.AsSpan(start, ReferenceLength);
        return reference.ContainsAnyInRange('A', 'Z')
            && (reference.ContainsAnyInRange('0', '9') || !NameLexicon.Shared.EnglishWords.Contains(reference));
    }
}
