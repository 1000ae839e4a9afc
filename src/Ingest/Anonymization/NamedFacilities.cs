namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A facility named by its own words and a head noun of care (round 14, decision 111): after a place slot ("at", "from", "to",
/// "in", "w/", a label's colon), one to four capitalised words and then Hospital, Memorial, Regional, Rehab, Dialysis, Health,
/// Clinic, Hospice, Infirmary, General (since round 43) or "Medical Center" are one place: "at Tri-County Memorial", "from St. Brendan's Regional",
/// "Dispo: Blue Ridge Regional", "w/ Northern Navajo Medical Center". The place slot and the head noun carry the cue, so the
/// words before the head may be English ("Holy Rosary", "Good Shepherd") or a town ("Bayside"). Guards: at least one of those
/// words must be more than a generic facility word ("at Community Hospital", "from Mental Health", "Rural Health Clinic"); no
/// clinical word ("at Cardiac Rehab"); and a capitalised word after the head means a longer name that is not a place
/// ("Barcelona Clinic Liver Cancer" staging, "Hospital Medicine").
/// </summary>
internal static class NamedFacilities
{
    private const int MaxNameWords = 4;

    /// <summary>The head nouns of care; <see cref="HospitalsBySystemWord"/> takes one after a system's word ("Mercy Health").</summary>
    /// <remarks>"General" since round 43 (decision 268): "at Tampa General", "admitted to Mercy General", "peer review at Lutheran
    /// General"; pooled misses of rounds 10-40 in a place slot: 11 (rounds 23, 28, 29, 31, 40). On every gold set such a name was
    /// marked whole (12 of 15) or its town was (Fresh: "from Keokuk General:", 3). A capitalised word after it ("General Surgery")
    /// is a longer name, as for the other heads.</remarks>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads = WordLookups.Ordinal(
        "Hospital", "Memorial", "Regional", "Rehab", "Dialysis", "Health", "Clinic", "Hospice", "Infirmary", "Medical", "General");

    // Words every facility may carry: they name a kind of place, not one place.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericWords = WordLookups.Ordinal(
        "Community", "General", "Public", "Mental", "Home", "Behavioral", "Rural", "Children", "Women", "Veterans", "University",
        "State", "County", "City", "Memorial", "Regional", "Medical", "Family", "Primary", "Urgent", "Our", "Your", "My", "The",
        "Their", "His", "Her", "Local", "Main", "Inpatient", "Outpatient", "Pediatric", "Senior", "Student", "Employee", "Global",
        "National", "International", "Occupational", "Integrative", "Hospital", "Health", "Clinic", "Rehab", "Dialysis", "Care",
        // Kinds of service, not names: "to Cardiac Rehab", "at Wound Clinic".
        "Cardiac", "Pulmonary", "Cancer", "Stroke", "Wound", "Sleep", "Pain", "Kidney", "Heart", "Spine", "Eye", "Dental", "Physical",
        "Vascular", "Renal", "Diabetes", "Vein", "Travel", "Walk", "Express", "Virtual", "Day", "Night");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SlotWords = WordLookups.Ordinal("at", "from", "to", "in", "w");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Saints = WordLookups.Ordinal("St", "Saint", "Mt", "Ft");

    // Titles that end in "General": a person, not a hospital.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlesBeforeGeneral = WordLookups.Ordinal(
        "Attorney", "Surgeon", "Postmaster", "Inspector", "Major", "Brigadier", "Lieutenant", "Solicitor", "Secretary", "Adjutant",
        "Consul", "Governor", "Paymaster", "Quartermaster", "Comptroller", "Auditor", "Accountant", "Vicar", "Director", "Registrar");

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        for (var head = 1; head < tokens.Count; head++)
        {
            // Cheap shape first: a capitalised word of a head's length, then one set lookup.
            var token = tokens[head];
            if (token.Length is < 5 or > 9 || !char.IsUpper(text[token.Start]) || token.IsPossessive || !Heads.Contains(FoundTokens.Word(index, head)))
            {
                continue;
            }

            var last = head;
            if (FoundTokens.Word(index, head) is "Medical")
            {
                if (head + 1 >= tokens.Count || FoundTokens.Gap(index, head, head + 1) is not " " || FoundTokens.Word(index, head + 1) is not ("Center" or "Centre"))
                {
                    continue;
                }

                last = head + 1;
            }

            if (IsCapitalisedWordAfter(index, last))
            {
                continue;
            }

            var first = FirstNameWord(index, head, out var distinctive);
            if (first < head && distinctive && (IsPlaceSlot(index, first) || IsWiderSlotOfAPostpositiveHead(index, first, head)))
            {
                found.Add(new Detection(tokens[first].Start, tokens[last].End, PhiType.City, 1));
            }
        }
    }

    // Walks left over the facility's own words: title case or "St.", joined by single spaces (or "St. " after a saint).
    private static int FirstNameWord(TokenIndex index, int head, out bool distinctive)
    {
        distinctive = false;
        var first = head;
        for (var word = head - 1; word >= 0 && head - word <= MaxNameWords; word--)
        {
            var gap = FoundTokens.Gap(index, word, word + 1);
            var text = FoundTokens.Word(index, word);
            var saint = Saints.Contains(text);
            // A saint's "St" is a title to the name rules ("St. Agnes"), so it is taken before the kinds are asked.
            if (!(gap is " " || (saint && gap is ". ")) || !(saint || FoundTokens.IsTitleCase(text))
                || (!saint && (index.Kinds[word] & (WordKind.Clinical | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue)) != 0)
                || ((index.Cues[word] & WordCue.FunctionWord) != 0 && FoundTokens.FunctionWords.Contains(text) && !GenericWords.Contains(text)))
            {
                break;
            }

            distinctive |= !saint && !GenericWords.Contains(text);
            first = word;
            if (index.Tokens[word].SentenceStart && !(word >= 1 && Saints.Contains(FoundTokens.Word(index, word - 1))))
            {
                break;
            }
        }

        return first;
    }

    // "at", "from", "to", "in" or "w/" right before the name, or a label's colon ("Dispo: Blue Ridge Regional").
    private static bool IsPlaceSlot(TokenIndex index, int first)
    {
        var tokens = index.Tokens;
        var before = tokens[first].Start - 1;
        while (before >= 0 && index.Text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && index.Text[before] == ':')
        {
            return true;
        }

        return first >= 1 && FoundTokens.Gap(index, first - 1, first) is " " or "/ " && SlotWords.Contains(FoundTokens.Word(index, first - 1))
            && (FoundTokens.Word(index, first - 1) is not "w" || FoundTokens.Gap(index, first - 1, first) is "/ ");
    }

    // Round 50 (decision 343): "Regional", "Memorial" and "General" after a distinctive word name a hospital wherever they
    // stand, so they need no place slot, only the start of a clause or a case's "v.": "Mbeki Memorial picked up", "re Waya
    // Sixkiller v. Mercy Regional", "assignment HGH-1, Lutheran General in Weed", "/ Mercy Regional /". Pooled misses of
    // rounds 14-45 in those slots: 14 in eight rounds. Titles ("Attorney General", "Surgeon General") stay.
    private static bool IsWiderSlotOfAPostpositiveHead(TokenIndex index, int first, int head)
    {
        if (FoundTokens.Word(index, head) is not ("Regional" or "Memorial" or "General") || TitlesBeforeGeneral.Contains(FoundTokens.Word(index, head - 1)))
        {
            return false;
        }

        if (index.Tokens[first].SentenceStart)
        {
            return true;
        }

        var before = index.Tokens[first].Start - 1;
        while (before >= 0 && index.Text[before] == ' ')
        {
            before--;
        }

        return before >= 0 && (index.Text[before] is ',' or '/'
            || (index.Text[before] == '.' && first >= 1 && FoundTokens.Word(index, first - 1) is "v" or "vs"));
    }

    private static bool IsCapitalisedWordAfter(TokenIndex index, int last) =>
        last + 1 < index.Tokens.Count && FoundTokens.Gap(index, last, last + 1) is " " && char.IsUpper(index.Text[index.Tokens[last + 1].Start]);
}
