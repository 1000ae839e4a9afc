namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A person named by the role they play around the patient (round 25, decision 167): "her coach Brannagh wants clearance", "the
/// adjuster Corwin calls daily", "case worker is Oyelami", "mum Tamsin drove in". The person cues of <see cref="NameCues"/> are
/// kin and clinical roles; the coach, agent, biller or case worker in sports, billing and social-work posts are not among them,
/// and the name rules leave a capitalised word after an unknown noun. The pooled misses of rounds 10-24 hold capitalised names
/// with no cue the rules know in every round; a role noun before one is the shape read here. One or two title-case words,
/// English words too (a capital mid-sentence after a role noun is a name), none clinical (a drug is an "agent"), an eponym, a
/// month, holiday, weekday, state, title, place of care or function word, and not before a head noun ("coach Wood Elementary").
/// </summary>
internal static class NamesAfterRoleNouns
{
    private const int MaxWords = 2;

    // Roles that are not kin and not a clinician (those are NameCues.PersonCues), in lower case: a capital after them is the name.
    // "sponsor" is left: a trial's sponsor is a company ("sponsor Vertex flew us in").
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNouns = new HashSet<string>(
        ["coach", "agent", "adjuster", "biller", "manager", "counselor", "counsellor", "caseworker", "worker", "teacher", "principal",
         "supervisor", "foreman", "landlord", "boss", "trainer", "mentor", "tutor", "lawyer", "attorney", "paralegal",
         "navigator", "coordinator", "scheduler", "receptionist", "secretary", "dispatcher", "chaperone", "leader", "farmer", "mum", "nan",
         "nana", "stepmum", "advocate", "custodian", "driver", "babysitter", "nanny",
         // Round 43 (decision 273): roles before a capitalised name in the pooled misses of rounds 10-40, each in posts of
         // several rounds or authors ("security Sonny badge", "artist Thabo used", "rep Ingabire gave", "her mam Bríd rang").
         "security", "artist", "pastor", "camper", "rep", "officer", "parent", "caddie", "courier", "instructor", "student", "groom",
         "owner", "host", "hygienist", "harbormaster", "ranger", "detainee", "passenger", "roughneck", "lineman", "milker", "chiro",
         "therapist", "tech", "doula", "guy", "member", "person", "bf", "mam", "aunty", "lola", "cuz", "esposa"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Round 48 (decision 320): roles, ranks and person nouns before a capitalised name in the pooled misses of rounds 10-45 ("crew
    // lead Reshma", "div sup Abdelgadir", "skipper Ruaraidh", "judge Fisher", "HC Cooper", "Detective Sharipov", "Mayor Za Thang"), and
    // two verbs that take a person ("outreach van found Gábor again", "brought Mindaugas down"). Kept apart from RoleNouns: that list
    // is read by the learned detector's lower-case slot feature (decision 273), this one by this rule only, so no retrain. Capitalised
    // only when it opens a sentence or line ("Director Mi Htay Soe says"); every word here needs a listed name or no English word
    // after it, as the modifier roles do ("team lead Poisoning", "Chief Complaint", "found Epic down" stay).
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RolesOfThisRuleOnly = new HashSet<string>(
        ["lead", "sup", "mgmt", "mgr", "rav", "skipper", "captain", "judge", "player", "boy", "girl", "hire", "detective", "director",
         "mayor", "chief", "assistant", "steward", "deckhand", "interpreter", "translator", "volunteer", "teammate", "roommate",
         "coworker", "buddy", "caseworker", "granddaughter", "found", "brought", "HC", "GC"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Roles that also stand before a noun ("security Deposit forms", "student Loan", "member Services"): the word after them is a
    // name only when a name list holds it or no English list does (decision 273).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierRoles = new HashSet<string>(
        ["security", "student", "member", "person", "host", "parent", "tech", "rep", "officer", "owner", "guy"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = new HashSet<string>(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Length is < 2 or > 12 || tokens[i].IsPossessive || !IsRoleNoun(index, i))
            {
                continue;
            }

            // "case worker is Oyelami": one "is" between the role and the name.
            var first = i + 1;
            if (FoundTokens.Word(index, first) is "is" && first + 1 < tokens.Count && FoundTokens.Gap(index, first, first + 1) is " ")
            {
                first++;
            }

            if (FoundTokens.Gap(index, first - 1, first) is not " ")
            {
                continue;
            }

            var last = -1;
            for (var k = first; k < tokens.Count && k - first < MaxWords && (k == first || (FoundTokens.Gap(index, k - 1, k) is " " && !tokens[k - 1].IsPossessive)); k++)
            {
                if (!IsNameWord(index, k))
                {
                    break;
                }

                last = k;
            }

            var needsListedName = ModifierRoles.Contains(FoundTokens.Word(index, i)) || !RoleNouns.Contains(FoundTokens.Word(index, i));
            if (last >= 0 && !IsBeforeHeadNoun(index, last) && (!needsListedName || IsListedOrUnknown(index, first)))
            {
                found.AddIfFree(new Detection(tokens[first].Start, tokens[last].End, PhiType.Name, 1));
                i = last;
            }
        }
    }

    // The role word in lower case, or "RA" in capitals. Capitalised, a role word opens a term ("Agent Orange presumptive") or is a
    // title or a name of its own ("Farmer Blaze"), so it is left.
    private static bool IsRoleNoun(TokenIndex index, int i)
    {
        // The shared classification's pre-check first (decision 093): most words have no role noun's shape and skip the lookup.
        var word = FoundTokens.Word(index, i);
        if (word is "RA" || (index.Cues[i] & WordCue.RoleNoun) == 0)
        {
            return word is "RA";
        }

        return char.IsAsciiLetterLower(word[0])
            ? RoleNouns.Contains(word) || RolesOfThisRuleOnly.Contains(word)
            : (word is "HC" or "GC" || (index.Tokens[i].SentenceStart && FoundTokens.IsTitleCase(word))) && RolesOfThisRuleOnly.Contains(word);
    }

    private static bool IsNameWord(TokenIndex index, int k)
    {
        var word = FoundTokens.Word(index, k);
        return word.Length >= 2 && FoundTokens.IsTitleCase(word) && !Weekdays.Contains(word) && !NamedBrands.Brands.Contains(word)
            && (index.Kinds[k] & (FoundTokens.NeverNamePart | WordKind.Institution | WordKind.PersonCue)) == 0
            && ((index.Cues[k] & WordCue.FunctionWord) == 0 || !FoundTokens.FunctionWords.Contains(word));
    }

    private static bool IsListedOrUnknown(TokenIndex index, int k) => index.IsFirstName(k) || index.IsSurname(k) || !index.IsEnglishWord(k);

    private static bool IsBeforeHeadNoun(TokenIndex index, int last) =>
        last + 1 < index.Tokens.Count && FoundTokens.Gap(index, last, last + 1) is " "
        && ((index.Kinds[last + 1] & (WordKind.HeadNoun | WordKind.Institution)) != 0 || NamedFacilities.Heads.Contains(FoundTokens.Word(index, last + 1)));
}
