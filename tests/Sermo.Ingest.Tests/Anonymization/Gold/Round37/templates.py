"""Round 37's identifier templates (decision 222): case posts as physicians write them on a forum, each in one of
the settings the brief asked for. {term} is the post's clinical term (wrapped as a term by generate.py); every other
field is a labelled draw from generate.draws()."""

# setting -> clinical terms typed for it; a post draws its term from its own setting's list
TERMS = {
    "farm": ["organophosphate poisoning", "heat stroke", "degloving injury", "silo filler's disease", "brucellosis",
             "rhabdomyolysis", "green tobacco sickness", "hypersensitivity pneumonitis", "bull goring"],
    "sea": ["hypothermia", "fish handler's disease", "crush injury", "near drowning", "decompression sickness",
            "Vibrio vulnificus", "scombroid poisoning", "open tibia fracture"],
    "military": ["blast TBI", "exertional heat illness", "stress fracture", "PTSD", "sickle cell trait collapse",
                 "leishmaniasis", "burn pit exposure", "tinnitus"],
    "cruise": ["norovirus", "Legionnaires disease", "vertigo", "acute MI", "hip fracture", "alcohol poisoning"],
    "death": ["fentanyl toxicity", "hypertrophic cardiomyopathy", "aortic dissection", "carbon monoxide poisoning",
              "positional asphyxia", "subdural hematoma"],
    "money": ["type 1 diabetes", "DKA", "appendicitis", "ambulance transport", "insulin pump", "CPAP"],
    "shelter": ["frostbite", "scabies", "cellulitis", "trench foot", "alcohol withdrawal", "TB"],
    "refugee": ["latent TB", "hepatitis B", "schistosomiasis", "malaria", "strongyloides", "PTSD", "anemia"],
    "casino": ["cardiac arrest", "syncope", "stroke", "hand fracture", "concussion", "hypoglycemia"],
    "vet": ["dog bite", "cat scratch disease", "rabies PEP", "psittacosis", "ringworm", "capnocytophaga"],
    "party": ["anaphylaxis", "peanut allergy", "food poisoning", "ankle fracture", "grief reaction", "takotsubo"],
    "language": ["preeclampsia", "ectopic pregnancy", "sepsis", "pneumonia", "kidney stone", "new onset seizure"],
}

TEMPLATES = [
    ("farm", "dairy guy, {p}, {age90} still milking at {farm} out past {town}, kicked in the chest by a cow, {term}. "
             "{his} {rel_kind} {rel} called from {phone}"),
    ("farm", "H-2A worker {p} (DOB {dob}) from {crew}'s crew, camp #{camp}, {term} after a day in the tobacco at "
             "{farm}. employer id {id_a}"),
    ("farm", "ranch hand {p} at {farm}, {county}: {term}. brought in on {date} by the crew leader {rel}, "
             "who only had {his} H-2A visa copy, no insurance"),
    ("sea", "F/V {vessel} out of {port}, deckhand {p} {dob}, {term}, coast guard medevac. hull no. {hull}, skipper "
            "is {rel} ({phone})"),
    ("sea", "longshoreman {p} at berth {berth}, {port}, got pinned between containers. {term}. TWIC {id_a}, union "
            "local number on chart as {id_b}"),
    ("sea", "{p} {age90}, retired lobsterman from {town}, {term} after cleaning {his} catch. {his} {rel_kind} "
            "{rel} says {he} still goes out on the {vessel}"),
    ("military", "{rank} {p}, {unit}, {base}: {term} on a ruck march {date}. DoD ID {dod}, commander wants a call "
                 "at {phone}"),
    ("military", "guard weekend, {rank} {p} (civilian job at {employer}), {term}. drill was {date}, unit {unit}. "
                 "{his} {rel_kind} {rel} is the FRG contact {email}"),
    ("military", "reservist {p} back from {deployment}, {term}?? EDIPI {dod}, DOB {dob}. VA says {he} needs a "
                 "line of duty form first lol"),
    ("cruise", "ship doc here. pax {p}, cabin {cabin}, {ship}, booking {booking}, {term}. disembarked at {port_abroad} on "
               "{date}. {his} {rel_kind} {rel} ({phone})"),
    ("cruise", "crew member {p}, crew no. {crew_no}, galley on the {ship}, {term}. {he} is from {abroad}, "
               "{his} manning agency emails {email}"),
    ("cruise", "ferry {ferry} crossing, {p} {age90} slipped on the car deck, {term}. deckhand {rel} pulled "
               "{him} up. ticket {booking}"),
    ("death", "ME case {me_case}: {p}, {dob}, found at {address}, {term} on autopsy. released to {funeral} on "
              "{date}, burial permit {permit}"),
    ("death", "coroner {rel} called about {p} ({age90}), {term}, {funeral} wants the death certificate signed "
              "today, their fax {phone}"),
    ("death", "funeral director {rel} at {funeral} asks if {p}'s {term} was reportable. case no {me_case}"),
    ("money", "{p} got a bill for {amount} from {insurer} for {term}. member id {member}, claim {claim}, "
              "{his} {rel_kind} {rel} wants a letter. policy {policy}"),
    ("money", "collector from {collector} keeps calling {p} ({phone}) about invoice {invoice} for {his} {term}. "
              "acct at {bank} ending {acct4}"),
    ("money", "{p}, {insurer} denied {term} coverage, ref #{claim}. {he} banks at {bank}, acct {account}, appeal "
              "due {date}"),
    ("shelter", "{shelter} client {p}, client #{client}, bed {bed}, {term}. volunteer {rel} drove {him} over on "
                "{date}"),
    ("shelter", "food bank volunteer {p} {age90} collapsed at {shelter} on {street}, {term}. {his} {rel_kind} "
                "is {rel}, {phone}"),
    ("shelter", "{p}, no fixed address, sleeps behind {employer} in {town}, {term}. HMIS id {client}"),
    ("refugee", "new arrival {p} from {abroad}, A-number {anum}, {term} on the domestic screen. caseworker {rel} "
                "at {agency}, {phone}"),
    ("refugee", "immigration hearing at {court} on {date}: {p} (A{anum_bare}) needs a letter about {his} {term}. "
                "lawyer {rel}, {email}"),
    ("refugee", "{p}, {lang} speaker, arrived {date} via {agency}, {term}. DOB on i-94 says {dob}"),
    ("casino", "security at {casino} brought in {p} {age90}, {term} at the slots. players club #{club}. "
               "{his} {rel_kind} {rel} on the way"),
    ("casino", "jockey {p} thrown at {track} on {date}, {term}. license {id_a}, agent {rel} ({phone})"),
    ("casino", "league night at {lanes}, {p} {term} after a strike. {he} lives on {street} in {town}"),
    ("vet", "{p} bitten by {his} own dog {pet}, {term}. vet is {vet}, microchip {chip}, rabies tag {tag}"),
    ("vet", "kennel worker {p} at {kennel}, {term}. it started with a boarded pet named {pet}. owner {rel} {phone}"),
    ("party", "wedding at {venue} on {date}, {p} ({his} {rel_kind} was the one getting married) {term}. officiant {rel} did CPR"),
    ("party", "family reunion in {town}, {p} {age90}, {term}. cousin {rel} posted it all to {handle}"),
    ("language", "{lang} interpreter {rel} from {ll} (id {interp}) for {p}, {term}. {his} mrn {mrn}, cb {phone}"),
    ("language", "no {lang} interpreter overnight, used {p}'s {rel_kind} {rel} for {term}. {ll} id {interp} "
                 "came on at {time}"),
]
