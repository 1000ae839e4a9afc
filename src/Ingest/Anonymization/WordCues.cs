namespace Sermo.Ingest.Anonymization;

/// <summary>Which of the rules' short cue lists may hold a word; a word may match several (decision 093).</summary>
[Flags]
internal enum WordCue : uint
{
    None = 0,

    /// <summary>A staff role after which a set-off name stands ("Wiremu, our flight nurse"): <see cref="SetOffNames"/>.</summary>
    StaffRole = 1 << 0,

    /// <summary>"family", "twins" after a surname ("the Friend family"): <see cref="SetOffNames"/> and <see cref="NameDetector"/>'s family names.</summary>
    FamilyNoun = 1 << 1,

    /// <summary>A ward role before a name, plain or ambiguous ("our MA Jiayi"): <see cref="WardContextNames"/>.</summary>
    WardRole = 1 << 2,

    /// <summary>"bed", "rm" before a bed number and a patient: <see cref="WardContextNames"/>.</summary>
    BedWord = 1 << 3,

    /// <summary>A noun closing a named clinical phrase, an exam noun or an exam result: <see cref="EponymPhrases"/>.</summary>
    EponymNoun = 1 << 4,

    /// <summary>A surname particle ("van", "bin"): <see cref="NameParticles"/>.</summary>
    Particle = 1 << 5,

    /// <summary>A capitalised function word that is never part of a name ("Will", "Today"): <see cref="FoundTokens"/>.</summary>
    FunctionWord = 1 << 6,

    /// <summary>"syndrome", "palsy" after a capitalised word that is then an eponym: <see cref="NameDetector"/>.</summary>
    DiseaseNoun = 1 << 7,

    /// <summary>"asked", "refused" after a person's name: <see cref="NameDetector"/>'s subjects.</summary>
    PersonVerb = 1 << 8,

    /// <summary>"room", "rm", "bed" before a room number: <see cref="RoomNumbers"/>.</summary>
    RoomLabel = 1 << 9,

    /// <summary>"car", "truck" before a number plate: <see cref="RecordShapes"/>.</summary>
    Vehicle = 1 << 10,

    /// <summary>A drug brand that is also a given name ("Heather", "Jolivette"): <see cref="NamedBrands"/>.</summary>
    DrugBrand = 1 << 11,

    /// <summary>A department's closing word, a specialty's short form or a tool named for a person ("Medicine", "Heme", "index"): <see cref="ClinicalWordsKept"/>.</summary>
    ClinicalKept = 1 << 12,

    /// <summary>A kin noun before an unlisted name ("her kid Rasa"): <see cref="NameSlots"/>.</summary>
    KinNoun = 1 << 13,

    /// <summary>A role around the patient that is not kin or a clinician ("coach", "adjuster"): <see cref="NamesAfterRoleNouns"/>.</summary>
    RoleNoun = 1 << 14,

    /// <summary>"at", "to", "from", "into" before a hospital's system word: <see cref="HospitalsBySystemWord"/>.</summary>
    PlaceSlot = 1 << 15,

    /// <summary>"handle", "username", "user" before an online handle: <see cref="HandlesAfterLabels"/>.</summary>
    HandleLabel = 1 << 16,

    /// <summary>"route", "hwy", "exit", "marker" before a road's or a road point's number: <see cref="NumberedRoadsAlone"/>.</summary>
    RoadWord = 1 << 17,

    /// <summary>"mrs", "dr" typed in lower case before a lower-case name: <see cref="LowerCaseNamesBesideCues"/>.</summary>
    PersonTitle = 1 << 18,

    /// <summary>"bf", "gf", "hubby" before a lower-case name: <see cref="LowerCaseNamesBesideCues"/>.</summary>
    ChatKinNoun = 1 << 19,

    /// <summary>"guy", "friend", "member" before a lower-case given name and surname: <see cref="LowerCaseNamesBesideCues"/>.</summary>
    PersonNoun = 1 << 20,

    /// <summary>"is", "back", "came" opening a clause after a lower-case name: <see cref="LowerCaseNamesBeforePersonClauses"/>.</summary>
    PersonClause = 1 << 21,

    All = StaffRole | FamilyNoun | WardRole | BedWord | EponymNoun | Particle | FunctionWord | DiseaseNoun | PersonVerb | RoomLabel | Vehicle | DrugBrand
        | ClinicalKept | KinNoun | RoleNoun | PlaceSlot | HandleLabel | RoadWord | PersonTitle | ChatKinNoun | PersonNoun | PersonClause,
}

/// <summary>
/// The one classification of a word that the rules' short cue lists share (decision 093): <see cref="TokenIndex.Build"/> computes
/// <see cref="Of"/> once per token into <see cref="TokenIndex.Cues"/>, and a rule tests its flag before it asks its own list, instead
/// of each rule hashing every word of the post into its own sets. A flag is a pre-check, never the answer: it says "a word of the
/// list has this word's (length, first letter, last letter) shape, folded to ASCII lower case" (the test of decision 084's
/// <see cref="WordShapes"/>, for all lists in one table), so a clear flag means the list cannot hold the word, ordinally or ignoring
/// case, and a set flag still needs the list's own lookup. A word whose first or last character is not ASCII gets every flag
/// (some non-ASCII letters fold to ASCII ones under ignore-case: "ı" to "I").
/// A new rule with a short list of words that start and end with an ASCII letter: add a flag and a row to <see cref="Lists"/>
/// (pointing at the rule's own set, so a word added to the set is covered), then test <c>(index.Cues[i] &amp; WordCue.X) != 0</c>
/// before the set's lookup.
/// </summary>
internal static class WordCues
{
    internal static readonly (WordCue Cue, IEnumerable<string> Words)[] Lists =
    [
        (WordCue.StaffRole, SetOffNames.StaffRoles.Set),
        (WordCue.FamilyNoun, SetOffNames.FamilyNouns.Set),
        (WordCue.WardRole, WardContextNames.Roles.Set),
        (WordCue.WardRole, WardContextNames.AmbiguousRoles.Set),
        (WordCue.BedWord, WardContextNames.BedWords.Set),
        (WordCue.EponymNoun, EponymPhrases.ClosingNouns.Set),
        (WordCue.EponymNoun, EponymPhrases.InstrumentNouns.Set),
        (WordCue.EponymNoun, EponymPhrases.ExamNouns.Set),
        (WordCue.EponymNoun, EponymPhrases.ExamResults.Set),
        (WordCue.Particle, NameParticles.Particles),
        (WordCue.FunctionWord, FoundTokens.FunctionWords.Set),
        (WordCue.FamilyNoun, NameDetector.FamilyNouns.Set),
        (WordCue.DiseaseNoun, NameDetector.DiseaseNouns),
        (WordCue.PersonVerb, NameDetector.PersonVerbs.Set),
        (WordCue.RoomLabel, RoomNumbers.Labels.Set),
        (WordCue.Vehicle, RecordShapes.Vehicles.Set),
        (WordCue.DrugBrand, NamedBrands.Brands.Set),
        (WordCue.ClinicalKept, ClinicalWordsKept.DepartmentClosers.Set),
        (WordCue.ClinicalKept, ClinicalWordsKept.ShortSpecialties.Set),
        (WordCue.ClinicalKept, ClinicalWordsKept.ToolNouns.Set),
        (WordCue.KinNoun, NameSlots.KinNouns.Set),
        (WordCue.RoleNoun, NamesAfterRoleNouns.RoleNouns.Set),
        (WordCue.RoleNoun, NamesAfterRoleNouns.RolesOfThisRuleOnly.Set),
        (WordCue.PlaceSlot, HospitalsBySystemWord.Slots.Set),
        (WordCue.HandleLabel, HandlesAfterLabels.Labels.Set),
        (WordCue.RoadWord, NumberedRoadsAlone.RoadWords.Set),
        (WordCue.PersonTitle, LowerCaseNamesBesideCues.Titles.Set),
        (WordCue.ChatKinNoun, LowerCaseNamesBesideCues.ChatKinNouns.Set),
        (WordCue.PersonNoun, LowerCaseNamesBesideCues.PersonNouns.Set),
        (WordCue.PersonClause, LowerCaseNamesBeforePersonClauses.ClauseWords.Set),
    ];

    private static readonly int Longest = Lists.SelectMany(list => list.Words).Max(word => word.Length);

    // Declared after the lists it folds (static fields initialise in order).
    private static readonly WordCue[] Shapes = BuildShapes();

    /// <summary>The flags of every list that may hold <paramref name="word"/>; <see cref="WordCue.None"/> when none can.</summary>
    public static WordCue Of(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > Longest)
        {
            return WordCue.None;
        }

        char first = word[0], last = word[^1];
        if (!char.IsAscii(first) || !char.IsAscii(last))
        {
            return WordCue.All;
        }

        return char.IsAsciiLetter(first) && char.IsAsciiLetter(last) ? Shapes[Slot(word.Length, first, last)] : WordCue.None;
    }

    private static WordCue[] BuildShapes()
    {
        var shapes = new WordCue[(Longest + 1) * 26 * 26];
        foreach (var (cue, words) in Lists)
        {
            foreach (var word in words)
            {
                if (word.Length == 0 || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[^1]))
                {
                    throw new InvalidOperationException($"\"{word}\" ({cue}) does not start and end with an ASCII letter: its shape cannot be folded.");
                }

                shapes[Slot(word.Length, word[0], word[^1])] |= cue;
            }
        }

        return shapes;
    }

    private static int Slot(int length, char first, char last) => (((length * 26) + ((first | 0x20) - 'a')) * 26) + ((last | 0x20) - 'a');
}
