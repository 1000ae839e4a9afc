using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 46 (decision 296): an agency, ambulance company or small pharmacy named by one to three capitalised words before a head
/// noun no facility rule reads: "Lutheran Social Services", "Catholic Charities", "Valley Ambulance", "Tri-County EMS", "Noah's
/// Ark Childcare", "Westlake Compounding", "Micronesian Legal Aid", and "of" with a capitalised word after the head ("Refugee
/// Services of Texas"). Over every readable gold set 51 of 57 such runs were labelled; pooled misses in rounds 21, 24, 28-30,
/// 32, 35, 37, 39, 41 and 43. Left: a run of generic words only ("Nutrition Services", "Emergency Medical Services", "Our EMS",
/// "Child Protective Services", "Indian Health Service"), which names a department or a kind of service, not one place; a
/// run whose head is followed by another capitalised word ("Indian Service Route 12", an address the street rules read).
/// Found by one vectorised search of the post for the head nouns (ordinal, capitalised only), then a walk back over the words.
/// </summary>
internal static class AgenciesByTheirHeadNoun
{
    private static readonly string[] Heads = ["Services", "Service", "Charities", "Ambulance", "EMS", "Childcare", "Compounding", "Legal Aid"];

    private static readonly SearchValues<string> HeadValues = SearchValues.Create(Heads, StringComparison.Ordinal);

    // Words that name a kind of service, a department or a sentence's opener, not one agency: a run made of them alone stays, and
    // they are dropped from the front of a longer run ("Called Lutheran Social Services" labels from "Lutheran").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericWords = new HashSet<string>(
    [
        "A", "An", "The", "This", "That", "Our", "Their", "His", "Her", "My", "Your", "Its", "Called", "Call", "Via", "From", "At", "To",
        "With", "And", "Or", "In", "On", "By", "For", "Per", "Rural", "Urban", "County", "City", "State", "Federal", "National",
        "Local", "Regional", "Public", "Private", "Volunteer", "Paid", "Career", "Nutrition", "Nutritional", "Food", "Dietary",
        "Social", "Protective", "Child", "Children's", "Adult", "Family", "Families", "Human", "Health", "Medical", "Emergency",
        "Environmental", "Financial", "Patient", "Guest", "Customer", "Support", "Pastoral", "Spiritual", "Legal", "Community",
        "Home", "Hospice", "Fire", "Rescue", "Air", "Ground", "Critical", "Care", "Youth", "Senior", "Elder", "Disability",
        "Interpreter", "Interpreting", "Language", "Translation", "Pharmacy", "Pharmaceutical", "Laboratory", "Lab", "Security",
        "Transport", "Transportation", "Mental", "Behavioral", "Behavioural", "Crisis", "Case", "Management", "Student",
        "Counseling", "Counselling", "Rehabilitation", "Rehab", "Immigration", "Refugee", "Indian", "American", "US", "U.S.",
        "United", "Veterans", "Military", "Secret", "Civil", "Postal", "Forest", "Park", "Parks", "Weather", "Memorial",
        "Funeral", "Room", "Wildlife", "Hospital", "Hospitalist", "Medicine", "Surgical", "Nursing", "Inpatient", "Outpatient",
        "Clinical", "Dental", "Therapy", "Respiratory", "Dialysis", "Renal", "Palliative", "Psychiatric", "Psychological",
        "Addiction", "Recovery", "Prevention", "Wellness", "Women's", "Pediatric", "Paediatric", "Geriatric", "Infant",
        "Primary", "Urgent", "Ambulatory", "Diagnostic", "Genetic", "Transplant", "Blood", "Lactation", "Bereavement",
        "Information", "Billing", "Insurance", "Quality", "Compliance", "Discharge", "Transfer", "Sterile", "Nonsterile",
        "Specialty", "Flight", "Neonatal", "Tactical", "Wilderness", "Victim", "Victims", "Sunday", "Night", "Day", "Weekend",
        "Sexual", "Domestic", "Shelter", "Tribal", "Native", "Protection", "Border", "Customs", "Citizenship",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, HeadValues);
        while (hits.Next(out var head))
        {
            var headEnd = HeadEnd(text, head);
            hits.From = headEnd;
            if (head < 2 || text[head - 1] != ' ' || !IsHead(text.AsSpan(head, headEnd - head)) || CapitalisedRunBeforeHead.NextWordIsCapitalised(text, headEnd))
            {
                continue; // inside a word ("EMSA", "Servicemen"), at a line start, or the head of a longer name ("Indian Service Route")
            }

            var (runStart, start) = RunStart(text, head);
            var end = OfPlaceEnd(text, headEnd);
            if (start < head || end > headEnd)
            {
                // A generic run is named by the place after "of" ("Family Services of Nebraska"): the whole run goes with it.
                found.Add(new Detection(start < head ? start : runStart, end, PhiType.City, 1));
            }
        }
    }

    private static bool IsHead(ReadOnlySpan<char> word)
    {
        foreach (var head in Heads)
        {
            if (word.SequenceEqual(head))
            {
                return true;
            }
        }

        return false;
    }

    // The end of the letters from head (and " Aid" after "Legal"): a head, or a longer word that holds one ("Servicemen").
    private static int HeadEnd(string text, int head)
    {
        var end = head;
        while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == ' ' && text.AsSpan(end).StartsWith(" Aid"))))
        {
            end++;
        }

        return end;
    }

    // The start of the capitalised words before the head (up to three, single spaces), and the start past the generic words at
    // its front (the head itself when every word is generic).
    private static (int Run, int Named) RunStart(string text, int head)
    {
        Span<int> starts = stackalloc int[CapitalisedRunBeforeHead.MaxWords];
        var words = CapitalisedRunBeforeHead.Collect(text, head, starts);

        // starts[] runs from the head backwards; drop generic words from the front (the last found) inwards.
        for (var w = words - 1; w >= 0; w--)
        {
            if (!GenericWords.Contains(CapitalisedRunBeforeHead.Word(text, starts, w, head)))
            {
                return (starts[words - 1], starts[w]);
            }
        }

        return (words > 0 ? starts[words - 1] : head, head);
    }

    // "Refugee Services of Texas": "of" and one capitalised word after the head.
    private static int OfPlaceEnd(string text, int headEnd)
    {
        if (!text.AsSpan(headEnd).StartsWith(" of ", StringComparison.Ordinal) || headEnd + 4 >= text.Length || !char.IsUpper(text[headEnd + 4]))
        {
            return headEnd;
        }

        var end = headEnd + 4;
        while (end < text.Length && CapitalisedRunBeforeHead.IsNameChar(text[end]) && text[end] != '.')
        {
            end++;
        }

        return end;
    }
}
