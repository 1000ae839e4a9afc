"""Round 52's templates (decision 356): identifier templates by setting, then identifier-free ones.

Fields: {P} the patient's full name, {Pg} given name, {Ps} surname, {R} a relative's full name, {Rg} the relative's
given name, {Wg} a wrongly typed given name, {Vg} a religious name, {title} Brother/Father or Sister/Mother, {prior} prior or prioress (by sex), {kin} the kin word, {he}/{his}/{him} the patient's pronouns, {age} an age over 89, {date} a 2026 date,
{dob} a birth date (1975-2006), {olddob} one of 1922-1936, {tower}/{cell}/{nss} numbers of their kind,
{Remail} the relative's e-mail, {sibkin} a sibling, niece or nephew, {phone}, {email} (the patient's or relative's own name), {num} a bare number, {derby} a derby
name, and places by pool ({carnival}, {fair}, {abbey}, {league}, {rink}, {cave}, {grotto}, {gym}, {beach}, {town},
{hosp}). Clinical terms are in <<>> in the template itself.
"""

IDENTIFIER_TEMPLATES = [
    # travelling carnivals and county fairs
    "{P}, a ride jockey with {carnival}, got {his} hand caught in the Scrambler's sweep at the {fair}. <<degloving injury>> of the ring finger. {his} {kin} {R} wants to know when {he} can travel again: {phone}.",
    "carnival cook, {age}, from {town}, collapsed in the corn dog trailer at the {fair}. <<heat stroke>>, core 41.2, cooled on scene. {Wg}... sorry, it's {P}, and {his} {kin} is {Rg}.",
    "{Ps}, {Pg} — 4-H exhibitor number {num} at the {fair}, kicked by a market hog in the swine barn. <<orbital fracture>>, ophthalmology saw {him} on {date}. {kin} {R} can be reached at {Remail}.",
    # monasteries and convents
    "{title} {Vg} {Ps} of {abbey}, {age}, fell in the cloister walk. <<subdural hematoma>>, small, no surgery. the infirmarian asks if {he} can stay on <<aspirin>>; call {phone}.",
    "question from {abbey}: {title} {Vg} ({P} before vows), cell {cell}, has <<chronic kidney disease>> stage 4 and keeps the Lenten fast. {his} {sibkin} {R} wrote on {date} asking us to weigh in.",
    "{title} {Vg}, born {olddob}, lives at {abbey} near {town}. new <<complete heart block>> on ECG, pacemaker placed at {hosp}. contact the {prior} at {phone}.",
    # roller derby leagues
    "skater {derby} ({P}), number {num} for the {league}, went down hard at {rink} on {date}. <<clavicle fracture>>, sling for four weeks. {his} {kin} {R} drove {him} in.",
    "{league} injury report: {P}, who skates as {derby}, <<patellar dislocation>> during a jam. reduced on the track. email {email} for the bout footage.",
    "derby coach {Pg} {Ps} at {rink}, {town}, wants a <<concussion>> return-to-play plan for {derby}. call {phone} after practice.",
    # caving and climbing gyms
    "{P}, NSS {nss}, member of the {grotto}, was pinned by breakdown in {cave}. <<crush injury>> of the left thigh, CK 31,000. {his} {kin} {R} is at the visitor center.",
    "climbing gym {gym} in {town}: {P} fell from the lead wall on {date} when {his} belayer short-roped. <<talus fracture>>, splinted at {hosp}. {kin} {Rg} asks about surgery.",
    "caver, {age}, {P}, still surveys {cave} with the {grotto}. <<leptospirosis>> after a flooded crawl, started on <<doxycycline>>. {his} {kin} {R} at {Remail}.",
    # surfing and beach lifeguards
    "lifeguard at tower {tower} on {beach}, {P}, DOB {dob}, was hit by {his} own rescue board. <<nasal fracture>> and <<epistaxis>>. {his} {kin} {R} asks when {he} can work: {phone}.",
    "surfer {P} from {town} hit the reef at {beach} on {date}. <<open skull fracture>>, neurosurgery at {hosp}. {his} {kin} {Rg} flew in.",
    "{Ps}, {Pg}, {age}, longboarder at {beach}, <<atrial flutter>> found at the lifeguard tower after a wipeout. {his} {kin} {R} emails from {Remail}.",
]

CLEAN_TEMPLATES = [
    "{setting}: <<{condition}>> in a {n}-year-old, started on <<{drug}>>. HR {hr}, temperature {temp}.",
    "how do you manage <<{condition}>> in {setting_people}? we use <<{drug}>> and follow up in {weeks} weeks.",
    "reminder for {setting_people}: <<{condition}>> can look like something else. <<{drug_brand}>> helps; SpO2 {sat}% at rest.",
]

CLEAN_SETTINGS = [("at the county fair", "carnival workers"), ("at the abbey infirmary", "monks and nuns"),
                  ("after a derby bout", "roller derby skaters"), ("after a cave trip", "cavers"),
                  ("at the beach station", "surf lifeguards")]

# (condition, generic drug that treats it, brand of that drug)
CONDITIONS = [("cellulitis", "cephalexin", "Keflex"), ("gout", "colchicine", "Colcrys"),
              ("allergic rhinitis", "fluticasone", "Flonase"), ("community-acquired pneumonia", "azithromycin", "Zithromax"),
              ("hypothyroidism", "levothyroxine", "Synthroid"), ("migraine", "sumatriptan", "Imitrex"),
              ("urinary tract infection", "nitrofurantoin", "Macrobid")]
