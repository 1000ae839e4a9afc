namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>
/// Round 16's generated sentences (decision 124): the classes round 15's analysis left to the detector, written as shapes
/// rather than any set's sentences. Nicknames and pet names ({N}, {n}), names of many languages and scripts ({M} given,
/// {L} surname, {m}/{l} in lower case), names typed in lower case and texting style, "Surname, Given", names that are
/// English words in name slots, employers, schools, churches and bases in place slots ({E}), towns abroad ({B}); and the
/// same words used as words, so the model learns the slot, not the word.
/// </summary>
internal static partial class NameTokenSentences
{
    private static readonly string[] Round16Templates =
    [
        // Nicknames and aliases, in brackets, quotes and after a relation.
        "Her grandson {N} drives her to every visit.",
        "Goes by {N}, and the whole unit calls him that.",
        "{G} \"{N}\" {S} is back with the same cellulitis.",
        "{G} ({N}) {S}, 84, on apixaban since the stroke.",
        "Husband {N} wants to be called before any procedure.",
        "pt goes by {n}, prefers it to {g}.",
        "Son {N} brought the pill bottles in a bag.",
        "{N} was in bed 6 last night and pulled his IV again.",
        "Told {N} to stop the ibuprofen; his creatinine doubled.",
        "Caregiver is a cousin, {N}, who lives next door.",
        "Mom calls her {N}; chart says {G}.",
        // Lower case and texting style.
        "pt {g} {s} no show x3, letter sent.",
        "pt {m} {l} seen, sats 91 on RA.",
        "ur pt {g} cld again abt the refill.",
        "tol {w} to come bk tmrw for labs.",
        "called {g} back, no answer, vm left.",
        "{g} {s} in rm 4 needs a sitter.",
        "dtr {w} says she is more confused.",
        "wife {m} at bedside, understands the plan.",
        "son {w} flew in from {T} last night.",
        "sis {n} is the emergency contact now.",
        "pt {l} {m} (family name first) wants an interpreter.",
        "mr {s} in 12 keeps asking for his cpap.",
        // Names of many languages, in sentences and forms.
        "Interpreter {M} {L} was excellent with the family.",
        "{M} {L} is the daughter and speaks for the family.",
        "{L}, {M} - admitted overnight, NSTEMI.",
        "{L} {M} (family name first), 71, cirrhosis.",
        "Pt: {L}, {M}   Attending: {S}",
        "Dr. {L} at the referring hospital sent the echo.",
        "{M}'s mother asked about the vaccine schedule.",
        "Seen with her nephew {M}, who translated.",
        "Thanks to {M} on nights for catching the drop in pressure.",
        "Handed off to {M} {L}, who has the pager till 7.",
        "Dear {M}, thank you for the kind card.",
        "Family meeting with {M} {L} and his brother {M} tomorrow.",
        // Word-names in name slots and as words.
        "Her son {W} and his wife {W} came in together.",
        "{S}, {W} -- daughter is the proxy.",
        "Rusty pipes in old houses still show up as lead levels.",
        "Red flags: weight loss, night sweats, fevers.",
        "Sugar was 412 at triage, no ketones.",
        "Buddy taping for the fourth toe fracture.",
        "Bear in mind the renal dosing for gabapentin.",
        "Cookie cutter protocols do not fit every patient.",
        "Princess Diana syndrome is not a real diagnosis.",
        "Slim chance the biopsy changes management.",
        // A word-name after a name that is the sentence's verb, capitalised as hurried typing does: a word, not a second name.
        "Dr. {S} Will see her Monday.",
        "{G} {S} Will call you back after clinic.",
        "Nurse {G} Will draw the labs at 6.",
        "Dr. {L} Will follow up on the biopsy.",
        "{G} Will need a repeat echo in a year.",
        "Her creatinine Rose to 2.4 overnight.",
        "Dr. {S} Said the margins were clear.",
        // Places: employers, schools, churches, bases, towns abroad.
        "Works the night shift at {E} and cannot come in mornings.",
        "Injured on the line at the {E} plant in {T}.",
        "Lost his job at {E} after the amputation.",
        "Her kids go to {E} and two classmates have pertussis.",
        "Retired from {E} after 30 years, black lung on the CT.",
        "Stationed at {E} until the deployment next spring.",
        "Collapsed in the parking lot of the {E} off the interstate.",
        "Member of {E} church; the pastor visits daily.",
        "Came from {B} last year to join her daughter.",
        "Grew up in {B}, moved here in 2019; TB screening done.",
        "Family back in {B} wants the records sent.",
        "Just returned from {B} with fever and a rash.",
        "Her mother in {B} had the same thyroid disease.",
        "Was treated for malaria in {B} in 2021.",
        "Transferred from {E} with a GI bleed.",
        "Travel history: {B} and {B} in March.",
        "Mail to the address in {B}, per the patient.",
        // The same contexts with clinical words, so place and relation slots are not names by themselves.
        "Works the night shift at the hospital and cannot come in mornings.",
        "Came from the ED with a lactate of 4.",
        "Just returned from Mexico with fever and a rash.",
        "Son is the contact; he flew in last night.",
        "Retired from teaching after 30 years, asbestos on the CT.",
        "Family meeting with palliative care tomorrow.",
        "Interpreter line was down again, used the video unit.",
        // Meetings and services in a place slot: capitalised after "at" or "from", and no place.
        "Presented her at Tumor Board on Tuesday.",
        "We argued about it at Journal Club last week.",
        "Came up at Morning Report again.",
        "Heard it at Grand Rounds from the ID fellow.",
        "Brought it to M&M and to Quality Committee.",
        "Referral from Palliative Care, consult from Hospital Medicine.",
        "Discussed at Case Conference with Nephrology.",
    ];
}
