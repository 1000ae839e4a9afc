"""Round 51 templates (decision 344): 30 with identifiers (six per setting) and 5 identifier-free, each drawn twice.

Fields: A (the patient), B (staff or a friend) and K (A's relative, A's family name) with _g given, _s surname,
_sg "Surname, Given", _lc lower case, _init an initial with a dot, _he/_his/_him pronouns, _email; K_parent, K_child and
K_sib are K's kin word; team_pos is the team's possessive. Everything else is one drawn value already in markup
(see generate.draws).
"""

# A club, society or association ({yc}, {bridge}, {chess}) after "at" or "of" takes "the", as the hand posts write it
# (second reading); "{chess} director" is a noun used as an adjective and needs none.
IDENTIFIER_TEMPLATES = [
    # diving and hyperbaric medicine
    "{A}, {young}, a dive instructor at {shop} in {town}, surfaced from a {depth}-foot dive at {site} with <<joint pain>> "
    "in both knees. chamber log {hbo}; {A_he} was treated at {chamber} on {date_past}.",
    "DAN member {dan}: {A_sg}, a recreational diver from {town}, had <<vertigo>> and <<tinnitus>> after a dive on "
    "{date_past}. <<inner ear decompression sickness>> or <<inner ear barotrauma>>? {A_his} {K_child}, {K_g}, drove "
    "{A_him} to {chamber}.",
    "{B_init}, divemaster on {boat}, asked me to post this: a guest, {A_lc}, had <<chest tightness>> and <<dyspnea>> at "
    "the surface; <<immersion pulmonary edema>> confirmed at {hosp}. reach {B_him} at {B_email}.",
    "hyperbaric referral from {B} at {hosp}, {phone}: {A}, MRN {mrn}, <<diabetic foot ulcer>> Wagner grade 3, 30 "
    "sessions planned. {A_he} lives in {town}.",
    "{A}, {age_num}, still dives with {shop} on a certification ({cert}) from decades ago, and came up with "
    "<<hypothermia>> in a 5 mm suit. {A_his} {K_child}, {K}, asked whether {A_he} should stop.",
    "{A_g} {A_s}'s regulator free-flowed at {site}; {A_he} bolted to the surface with <<pulmonary barotrauma>> and "
    "<<subcutaneous emphysema>>. the instructor, {B}, is at {phone}.",
    # sailing, yacht clubs and ocean races
    "{A}, crew on {boat} (sail no. {sail}), took a <<boom strike>> to the head off {town}: <<concussion>> with "
    "<<retrograde amnesia>>. skipper {B} brought {A_him} to {hosp} on {date_past}.",
    "the race committee chair at the {yc}, {B}, asks which <<seasickness>> medicine suits juniors: <<ondansetron>> or "
    "<<meclizine>>? write to {B_email}.",
    "slip {slip} at {marina}: {A}, who lives aboard {boat}, has <<carbon monoxide poisoning>> from a cabin heater, COHb "
    "22%. {A_his} {K_sib}, {K}, found {A_him} asleep at noon.",
    "{A_sg} ({age_num}), a founding member of the {yc}, fell on the dock at {marina} on {date_past}: <<femoral neck "
    "fracture>>, <<hemiarthroplasty>> at {hosp}.",
    "junior sailor {A}, 14, from {town}: a <<jellyfish sting>>, then hives and wheeze an hour later. <<anaphylaxis>>; "
    "coach {B} gave the <<EpiPen>>. {B_his} phone is {phone}.",
    "{B}, a sailmaker in {town}, has <<allergic contact dermatitis>> from epoxy resin; patch test positive. follow-up on "
    "{date_ahead} at {hosp}.",
    # boarding schools
    "{A}, a boarder in {house} at {school} (student id {student}), had <<appendicitis>> on {date_past}; the housemaster, "
    "{B}, told {A_his} {K_parent}, {K_g}.",
    "{school} nurse {B_init} ({B_email}) writes: {A_lc}, room {room} of {house}, has <<mumps>> with parotid swelling "
    "and no MMR record.",
    "houseparent {B} phoned at night: {A}, bed {bed} of {house}, <<asthma exacerbation>>, peak flow 110. "
    "<<prednisolone>> started. {B_his} number is {phone}.",
    "{A_sg}, 15, from {town}, boarding at {school}: <<adolescent idiopathic scoliosis>> of 28 degrees on screening; "
    "{A_his} {K_parent}, {K}, wants a second opinion at {hosp} on {date_ahead}.",
    "the chaplain at {school}, {B}, asked about <<self-harm>> in a pupil, {A}, from {house}; counselling is booked for "
    "{date_ahead}.",
    "{A}, 17, stroke of the first eight at {school}, developed <<exertional rhabdomyolysis>> after an erg test, CK 48,000. "
    "{A_his} {K_parent}, {K_g}, flew in from {town}.",
    # esports and game streaming
    "gamer tag {tag}, real name {A}, {young}, plays for {team}: <<lateral epicondylitis>> and <<neck pain>>. the team "
    "manager, {B}, is on {phone}.",
    "{team_pos} coach, {B}, asked about <<caffeine toxicity>>: {A} drank four cans before the final on {date_past}; HR "
    "112, <<palpitations>>.",
    "streamer {A_lc} (handle {tag}) from {town}: <<deep vein thrombosis>> after a 24-hour stream, on <<apixaban>> now. "
    "{A_his} {K_sib}, {K_g}, called 911.",
    "{A}, player id {player}, {team}: <<photosensitive epilepsy>>, a first seizure at the {town} LAN event on "
    "{date_past}.",
    "{A_sg} (handle {tag}): <<carpal tunnel syndrome>> confirmed on <<nerve conduction studies>>; release at {hosp} on "
    "{date_ahead}.",
    "{B}, physio for {team} ({B_email}): a player, {A_g} {A_s}, has <<low back pain>> and <<sciatica>> from 12-hour "
    "practice blocks.",
    # chess and bridge clubs
    "{A}, {age_num}, plays at the {bridge} three times a week; <<syncope>> during a hand on {date_past}, "
    "<<complete heart block>>, pacemaker at {hosp}.",
    "ACBL {acbl}, {A_sg}, aged {age_word}: <<cataract>> surgery on {date_ahead}; {A_his} partner, {B}, will drive.",
    "{chess} director {B} ({phone}) asks about a player, {A}, USCF {uscf}, who had <<transient global amnesia>> "
    "mid-game on {date_past}.",
    "FIDE ID {fide}: {A}, {young}, from {town}, <<deep vein thrombosis>> after the flight to a tournament; "
    "<<rivaroxaban>> started.",
    "{A_init}, {age_num}, from {town}, still plays at the {chess} every Thursday; <<orthostatic hypotension>> on "
    "<<tamsulosin>>. {A_his} {K_child}, {K}, called me.",
    "{A}, who teaches bridge at the {bridge}, {age_word} years old, has <<herpes zoster ophthalmicus>>; eye exam on "
    "{date_ahead}.",
]

CLEAN_TEMPLATES = [
    "a {role} with <<{cond}>>: we started <<{drug}>> and will look again in {days} days.",
    "{lab} {value} in a {role} with <<{cond}>>. worth a referral, or watch and repeat?",
    "does <<{cond}>> keep a {role} out for the season? ours is on <<{drug}>> with a heart rate of {value}.",
    "after a long day at the {event}, a {role} with <<{cond}>> got fluids and <<{drug}>>; temperature {temp}.",
    "teaching point for students: <<{eponym}>> in a {role}'s chart is a disease, not a person to remove.",
]

CLEAN_POOLS = {
    "role": ["diver", "dinghy sailor", "boarder", "pro gamer", "chess player", "bridge player", "dive instructor",
             "house tutor"],
    # a condition and a drug that treats it, drawn together
    "pair": [("otitis externa", "ciprofloxacin drops"), ("hypertension", "amlodipine"), ("migraine", "propranolol"),
             ("iron deficiency anemia", "ferrous sulfate"), ("gastroenteritis", "oral rehydration salts"),
             ("tendinitis", "naproxen"), ("dry eye disease", "artificial tears"),
             ("exercise-induced bronchoconstriction", "montelukast"), ("hypothyroidism", "levothyroxine"),
             ("atrial flutter", "diltiazem")],
    "lab": ["ferritin", "fasting glucose", "LDL", "platelet count (thousands)", "systolic BP", "triglycerides"],
    "value": ["92", "97", "103", "108", "111", "116", "119"],
    "days": ["7", "10", "14", "21"],
    "event": ["regatta", "LAN tournament", "bridge congress", "open-water swim", "sports day", "simultaneous exhibition"],
    "temp": ["100.4", "101.1", "102.8", "99.9"],
    "eponym": ["Osgood-Schlatter disease", "Paget's disease", "Crohn's disease", "Graves' disease",
               "Sjogren's syndrome", "Wolff-Parkinson-White syndrome", "Tietze syndrome", "Sever's disease"],
}
