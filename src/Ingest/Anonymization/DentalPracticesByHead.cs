using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 49 (decision 325): a dental or oral surgery practice named by its head word: "Seabright Family Dental", "Crown Dentistry",
/// "Ridgeway Oral &amp; Maxillofacial", "Harbour Oral Surgery", "Clínica Dental Esperanza". A physician writes where the patient's
/// dentist works (a jaw infection, a bisphosphonate, a bleed after an extraction), and the practice and its town single the
/// patient out. The facility rules read "Dental" only before a head noun of their own ("Dental Clinic"), so the practice is missed.
/// Over every readable gold set such runs stand 23 times, all labelled (rounds 24, 27, 32, 33 and 46; 17 missed before, one to
/// three words before "Dental", "Dentistry" or "Oral &amp; Maxillofacial") and none unlabelled. Up to four capitalised words
/// before the head, single spaces or " &amp; " between; openers ("The", "At", "Our") end the walk, and a run of only
/// generic words ("Pediatric Dental", "Emergency Dental") stays, as does a head before a service word ("Dental clearance"). Found
/// by one vectorised search of the post for the heads.
/// </summary>
internal static class DentalPracticesByHead
{
    private const int MaxRunWords = 4;

    private const int MaxNameWordsAfterClinica = 3;

    private static readonly string[] Heads = ["Oral & Maxillofacial", "Oral Surgery", "Orthodontics", "Dentistry", "Dental"];

    private static readonly SearchValues<string> HeadValues = SearchValues.Create(Heads.Select(head => " " + head).ToArray(), StringComparison.Ordinal);

    // Openers and articles at the run's front are not the practice's name: "at Castle Dental" labels from "Castle".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerWords = new HashSet<string>(
        ["A", "An", "And", "Or", "But", "So", "Then", "The", "This", "That", "Our", "Their", "His", "Her", "My", "Your", "At", "From", "To",
         "In", "Of", "By", "For", "With", "Via", "Per", "Re", "Dear", "Sorry", "No", "Saw", "Call", "Called", "Consult", "Consulted", "Page",
         "Paged", "Ask", "Asked", "Need", "Needs", "Refer", "Referred", "See", "Seen", "Send", "Sent", "Cleared", "Get", "Got", "Told"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that describe a kind of dental care rather than name a practice: a run of only these ("Pediatric Dental", "Medicaid
    // Dental", "VA Dental") is a service, not a place.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericWords = new HashSet<string>(
        ["Family", "Pediatric", "Paediatric", "General", "Cosmetic", "Emergency", "Urgent", "Routine", "Annual", "Preventive",
         "Advanced", "Comprehensive", "Medicaid", "Medicare", "Tricare", "Military", "Hospital", "Community", "Public", "Mobile",
         "Oral", "Restorative", "Geriatric", "Special", "Implant", "Senior", "Student", "School", "County", "State", "University",
         "Veterans", "VA", "Clinic", "Center", "Centre", "Dr", "Full", "Partial", "Upper", "Lower"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A lower-case word after the head that makes it a hospital service or a kind of care ("Dental clearance", "Oral Surgery
    // consult", "Needs Dental eval"), which physicians capitalise as a team's name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ServiceWordsAfter = new HashSet<string>(
        ["clearance", "consult", "consults", "eval", "evaluation", "exam", "care", "hygiene", "hygienist", "school", "student", "students",
         "work", "caries", "abscess", "infection", "procedure", "procedures", "extraction", "visit", "appointment", "pain", "trauma",
         "issues", "problems", "residency", "resident", "residents", "service", "team", "follow-up", "f/u", "saw", "says", "said"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, HeadValues);
        while (hits.Next(out var space))
        {
            var headEnd = HeadEnd(text, space);
            hits.From = headEnd;
            if (RegexScan.IsWordChar(text, headEnd) || IsServiceWordAfter(text, headEnd))
            {
                continue;
            }

            var (start, named, clinica) = NameStart(text, space);
            var end = clinica ? NameWordsAfter(text, headEnd) : headEnd;
            if (named && (!clinica || end > headEnd))
            {
                found.Add(new Detection(start, end, PhiType.City, 1));
                hits.From = end;
            }
        }
    }

    private static bool IsServiceWordAfter(string text, int headEnd)
    {
        if (headEnd + 1 >= text.Length || text[headEnd] != ' ')
        {
            return false;
        }

        var end = headEnd + 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or '.' or ';' or ':' or ')'))
        {
            end++;
        }

        return ServiceWordsAfter.Contains(text.AsSpan(headEnd + 1, end - headEnd - 1));
    }

    // The end of the head the search found, its longest form first ("Dentistry" before "Dental").
    private static int HeadEnd(string text, int space)
    {
        var rest = text.AsSpan(space + 1);
        foreach (var head in Heads)
        {
            if (rest.StartsWith(head, StringComparison.Ordinal))
            {
                return space + 1 + head.Length;
            }
        }

        return space + 1;
    }

    // Where the capitalised words before the head start; whether one of them names a practice; whether the run is Spanish
    // "Clínica" with the name after the head ("Clínica Dental Esperanza").
    private static (int Start, bool Named, bool Clinica) NameStart(string text, int space)
    {
        var start = space;
        var words = 0;
        var named = false;
        var clinica = false;
        var cursor = space;
        while (words < MaxRunWords && cursor > 0)
        {
            var wordStart = RegexScan.NameWordStartBefore(text, cursor);
            var word = text.AsSpan(wordStart, cursor - wordStart);
            if (word.IsEmpty || !char.IsUpper(word[0]) || OpenerWords.Contains(word))
            {
                break;
            }

            clinica = words == 0 && (word.SequenceEqual("Clínica") || word.SequenceEqual("Clinica"));
            named |= !GenericWords.Contains(word);
            start = wordStart;
            words++;
            var before = text.AsSpan(0, wordStart);
            cursor = before.EndsWith(" & ", StringComparison.Ordinal) ? wordStart - 3
                : before.EndsWith(' ') && !before.EndsWith("  ", StringComparison.Ordinal) ? wordStart - 1 : -1;
            if (cursor < 0)
            {
                break;
            }
        }

        return (start, named, clinica);
    }

    // The end of the capitalised words after "Clínica Dental": the practice's own name; the head's end when there are none.
    private static int NameWordsAfter(string text, int headEnd)
    {
        var end = headEnd;
        for (var words = 0; words < MaxNameWordsAfterClinica && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]); words++)
        {
            var wordEnd = end + 1;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '-'))
            {
                wordEnd++;
            }

            end = wordEnd;
        }

        return end;
    }
}
