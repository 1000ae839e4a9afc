"""Round 53's templates (decision 371): 25 with identifiers (five per setting) and 5 identifier-free, each drawn twice.

Slots: {N} the patient's name (a NAME span per word), {G}/{S} given/surname, {R} a relative (same family name), {RG}
the relative's given name, {kin} the relative's kin word ({kinold} for a patient over 89), {he}/{his}/{him} (and capitalised), {A9} an age over 89 in
one of several shapes, {age} an adult age under 90 (unlabelled), {T} a town, {WT} a word town, {V} a vessel, {CO} a
towing company, {LK} a lock, {MI} a river mile, {TR} a track, {TM} a team, {CAR} a car number, {ST} a coast guard
station, {LH} a lighthouse, {CU} a cutter, {SVC} a service number, {MK} a market, {FM} a farm, {STALL} a stall number,
{SD} a studio, {H} a hospital, {ROOM}/{BED} a room/bed number, {PH} a phone, {EM} the patient's e-mail, {D} a date,
{P2} a second person, {LOW} the patient's name in lower case, {SG} "Surname, Given", {INI} an initial and surname,
{CORR} a wrong given name then the right one. Clinical terms are <<marked>>.
"""

IDENTIFIER_TEMPLATES = [
    # river towboats, barges and locks
    "{N}, {age}, deckhand on the {V} ({CO}), caught {his} leg in a check line at {LK}. <<open tibia fracture>>, to {H}, room {ROOM}. {His} {kin} {RG} is driving up from {T}.",
    "tow pilot {INI} from {WT} with <<sleep apnea>> on the company screen, AHI 38. {CO} flagged {him} on {D} and wants {him} on <<CPAP>>. call {PH}.",
    "Lockman at {LK}, {SG}, fell off the lock wall near river mile {MI}. <<cervical spine injury>> ruled out, <<rib fractures>> x3. {His} {kin} {R} is listed as contact.",
    "{CORR}, the cook on the {V}, has <<norovirus>> with half the crew. the boat is tied up at {T}. {He} asks about <<ondansetron>> for the others.",
    "retired towboat captain, {A9}, {N}, still rides along on the {V} once a year. <<heart failure with reduced ejection fraction>>, EF 25%. {His} {kinold} {RG} asks if the trip is safe.",
    # motorsport pit crews and dirt tracks
    "Tire changer for {TM}, {N}, caught {his} hand in an air gun at {TR} on {D}. <<metacarpal fracture>>, pinned. e-mail {EM} for the work note.",
    "{LOW} (car {CAR}) rolled three times at {TR}. <<splenic laceration>> grade 2, observed in bed {BED} at {H}. {His} {kin} {R} is with {him}.",
    "crew chief {N} of {TM}, {age}, with <<chest pain>> in the hauler at {TR}. troponin negative twice, <<costochondritis>>. lives in {WT}.",
    "{A9} and still at every race at {TR}: {N}, a founder of {TM}. <<syncope>> in the grandstand, <<aortic stenosis>> on echo. {His} {kinold} {RG} asks about <<TAVR>>.",
    "Driver {N} ({SG} on the entry list), car {CAR}. <<whiplash>> and <<concussion>> after a wall hit at {TR} on {D}. {He} wants to race again in the spring.",
    # lighthouses and coast guard stations
    "Boatswain's mate {N}, {ST}, service number {SVC}. <<near drowning>> in surf training, <<aspiration pneumonitis>>, room {ROOM} at {H}. {His} {kin} {R} flew in from {T}.",
    "lighthouse volunteer {N}, {A9}, climbs the tower at {LH} twice a week. <<atrial fibrillation>> on <<warfarin>>, INR 3.4. contact {PH}.",
    "seaman {SG} from the cutter {CU} with <<motion sickness>> so bad {he} lost 6 kg. {His} {kin} {RG} called from {WT}.",
    "{CORR}, keeper at {LH}, slipped on the gallery on {D}. <<ankle fracture>>, <<bimalleolar>>, surgery at {H}.",
    "Coast Guard rescue swimmer {N} from {ST} with <<swimming-induced pulmonary edema>> after a cold-water rescue. e-mail {EM}.",
    # farmers' markets
    "vendor {N} of {FM}, stall {STALL} at the {MK}, with <<heat exhaustion>> at noon. {His} {kin} {R} took over the stand.",
    "{A9} and selling jam at stall {STALL} every Saturday: {N} of {WT}. <<chronic kidney disease>> stage 4, <<hyperkalemia>> 6.1. {His} {kinold} {RG} calls {PH}.",
    "{LOW}, who grows garlic at {FM}, cut {his} palm at the {MK} on {D}. <<tetanus booster>> given, <<laceration repair>> with 6 sutures.",
    "market manager {INI} of the {MK} asks about a vendor's <<salmonellosis>>: the eggs came from {FM} near {T}.",
    "{SG}, stall {STALL}, {MK}. <<wasp sting>> on the neck, <<anaphylaxis>> in the aisle, epinephrine by a nurse shopping there. lives in {WT}.",
    # glassblowing, forges and pottery
    "glassblower {N} at {SD} dropped a pipe on {his} forearm. <<second-degree burns>> over 3% TBSA, seen at {H}, bed {BED}. {His} {kin} {RG} asks about scarring.",
    "smith {CORR} at {SD} in {WT} with <<metal fume fever>> after welding galvanized pipe on {D}. {He} is {age}.",
    "potter {INI}, {A9}, still throws at {SD}. <<osteoarthritis>> of both thumbs, <<carpometacarpal>> joint. {His} {kinold} {R} drives {him} from {T}.",
    "{LOW} from {SD} with a <<corneal foreign body>> after grinding. rust ring removed on {D}. e-mail {EM}.",
    "{N} runs the kilns at {SD}. <<carbon monoxide poisoning>>, COHb 21%, treated at {H}, room {ROOM}. contact {P2} at {PH}.",
]

CLEAN_TEMPLATES = [
    "deckhand with <<{c1}>> after the flood. started <<{d1}>>. HR {hr}, temp {temp}.",
    "pit crew member, {age}, with <<{c1}>>. we gave <<{d1}>>. BP {sys}/{dia}.",
    "lighthouse volunteer with <<{c1}>>, on <<{d1}>>. glucose {glu}.",
    "market vendor asking about <<{c1}>> in the summer heat. <<{d1}>> started, SpO2 {spo}%.",
    "potter, {age}, with <<{c1}>> and HR {hr}. <<{d1}>> for now, recheck in two weeks.",
]

# (condition, a drug that treats it) for the clean templates.
CONDITION_DRUGS = [
    ("community-acquired pneumonia", "amoxicillin"), ("gout flare", "colchicine"), ("asthma exacerbation", "albuterol"),
    ("urinary tract infection", "nitrofurantoin"), ("migraine", "sumatriptan"), ("cellulitis", "cephalexin"),
    ("hypertension", "amlodipine"), ("Lyme disease", "doxycycline"), ("Graves disease", "methimazole"),
    ("Parkinson disease", "carbidopa-levodopa"), ("Crohn disease", "budesonide"), ("Sjögren syndrome", "pilocarpine"),
]
