"""Round 29's identifier templates, typed by the author (decision 183). Placeholders are filled by generate.values();
each template is used at most 4 times."""

CASE = [
    "{first} {last}, 67, came to clinic from {town} with <<exertional dyspnea>> for 3 wks. {his} {relative} {rel} drove {him} in. echo on {date} showed EF 25%. {his} phone {phone}. any thoughts on sacubitril in a pt who cant afford it",
    "pasted from my note: {lastfirst} MRN {num_mrn}. seen {date} for <<cellulitis>> of L shin. lives on {street} in {town}. f/u w/ me in 1 wk.",
    "ok so {initials} ({age}) fell at {hotel} and nobody found {him} till morning. <<rhabdomyolysis>>, CK 40k. {his} {relative} {rel} is furious at the staff. how do you even start that convo",
    "my pt {first} keeps telling me {he} is fine. {He} is not fine. <<diabetic ketoacidosis>> twice this yr, works nights at {employer} in {town}. insulin rationing?? {relative} {rel} called from {phone}. anyone have a program that works",
    "{full} - 44 - referred by Dr. {other_last} at {hospital} for <<pulmonary nodule>>, 14 mm. CT {date}. {he} smoked 30 pack yrs. call back # {phone}",
    "question re: {first} ({age}), <<aortic stenosis>>, severe, family says no TAVR. {relative} {rel} from {town} wants a second opinion. do i just refer? {his} PCP is {other_first} {other_last}",
    "lol {first} {last} just asked if {his} <<gout>> flare means {he} cant go to the {gym} anymore. told {him} on {date} the trainer there ({other_first}) is the least of {his} worries",
    "{last}, {first} DOB {dob} - <<hypothyroidism>>, TSH 48 on {date2}. {he} ran out of levo 2 months ago. pharmacy in {town} closed. pt phone {phone}",
    "anyone else get calls from {hospital} at 2am? {first} {last} bounced back w/ <<acute pancreatitis>>, 3rd admit ({date}). {relative} {rel} says {he} is drinking again at {his} place on {street}",
    "So frustrated. {full} ({age}) has <<vascular dementia>> and {his} {relative} {rel} keeps taking {him} out of {hospital} AMA. APS case worker {other_first} {other_last} says nothing to do",
    "{first}! {He} is back. <<recurrent kidney stones>>, the 4th since {date}. works in the sun at {employer} in {county}. hydration counseling by {other_first} {other_last} clearly not landing",
    "ugh. {initials}, {age}, <<hip fracture>> + on apixaban, surgery delayed. ortho at {hospital} says {date}. {relative} {rel} calling every hr at {phone}",
]

SETTING = [
    # obituaries, funeral homes, bereavement
    "pasted the obit bc the family asked me to sign the cert: \"{full}, {age}, of {town}, passed peacefully on {date}. Preceded in death by {his} {relative} {rel}. Visitation at {funeral}, burial at {cemetery}.\" cause: <<metastatic pancreatic cancer>>. what do you put as the interval?",
    "{funeral} called me about {first} {last} again. death cert says <<sepsis>> but ME wants the underlying cause. service is {date} at {cong}. I signed it at {hospital}",
    "bereavement call today with {rel}, {relative} of {full}. {he} died of <<pulmonary embolism>> 3 days after discharge from {hospital}. {rel} wants to know if we missed it. funeral at {funeral} on {date}",
    # immigration medical exams
    "civil surgeon q: {full}, A# {num_alien}, receipt {num_receipt}, <<latent tuberculosis infection>> on IGRA. needs CXR before I sign the I-693. {he} came from {abroad}. can I sign on {date}?",
    "panel physician at {consulate} flagged {last}, {first} for <<Class B TB>>. {he} is now in {town} and the I-693 is due {date}. A-number {num_alien}. anyone done the follow up eval?",
    "immigration exam for {first} {last}, 34, from {abroad}. <<hepatitis B>> surface ag positive. USCIS receipt # {num_receipt}. {his} {relative} {rel} translated. contact {email}",
    # disability and benefits
    "SSDI paperwork for {full} again. SSA claim no. {num_ssa}, case worker {other_first} {other_last} at the {town} field office wants my notes by {date}. <<ankylosing spondylitis>>, cant work since {employer} let {him} go",
    "disability form for {lastfirst}: claim {num_claim}, <<chronic regional pain syndrome>>. {his} case manager calls from {phone}. DDS exam scheduled {date} at {hospital}",
    # DMV and fitness to drive
    "do I have to report {first} {last} to DMV? <<generalized tonic-clonic seizure>> on {date}, drove to {employer} the next day. license {num_licence}, plate {num_plate}. {he} lives in {town}",
    "{full} ({age}) still driving w/ <<macular degeneration>>. {his} {relative} {rel} begged me to report. DL # {num_licence}. filed form with the state {date}",
    # faith communities
    "{clergy_title} {other_first} {other_last} from {cong} brought in {first} {last}, {age}. <<severe malnutrition>> after a 40 day fast. congregation meets on {street}. {relative} {rel} is in {town}",
    "{first} {last} refuses blood for {his} <<upper GI bleed>>, Hgb 5.9. {his} elder from the hall in {town}, {other_first} {other_last}, is at bedside at {hospital}. call {phone}",
    # dating apps and social media
    "pt {first}, 24, met someone on Hinge ({handle}) and now <<primary syphilis>>. {he} sent me a screenshot of the profile, {url}. partner notification through the health dept in {county}? {his} # is {phone}",
    "{full} DM'd me on instagram from {handle} asking about {his} <<acne keloidalis>>. I don't do medicine in DMs. told {him} to book on {date} at {hospital}, clinic # {phone}",
    # home births, midwives, doulas
    "home birth in {town} on {date}: midwife {other_first} {other_last} transferred {first} {last} for <<postpartum hemorrhage>>, EBL 1800. doula {rel} drove behind the ambulance. arrived at {hospital}",
    "transfer from a birth center on {street}: {lastfirst}, G3P2, <<shoulder dystocia>>, baby to NICU at {hospital}. midwife {other_first} {other_last}, cell {phone}, delivered on {date}",
    # daycare and camp
    "<<hand foot and mouth disease>> outbreak at {daycare} in {hood}. 9 kids so far incl {first} {last} (3). director {other_first} {other_last} wants a letter by {date}. health dept # {phone}",
    "camp outbreak: {cabin} at {daycare}, counsellor {other_first} {other_last} and 6 campers with <<norovirus gastroenteritis>>. camper {first} {last} admitted to {hospital} {date}",
    # cannabis dispensaries
    "{first} {last}, 29, <<cannabinoid hyperemesis syndrome>>, 5th ED visit. buys from {disp} on {street}. patient card {num_cannabis}. ED at {hospital} on {date}. {he} swears hot showers are the only thing",
    "dispensary {disp} ({town}) sold {full} a vape cart, lot {num_lot}, and now <<EVALI>>. reported to the state {date}, {his} {relative} {rel} has the receipt",
    # tattoo, nail, piercing studios
    "{first} got a tattoo at {studio} on {date} and now <<nontuberculous mycobacterial infection>> along the linework. artist {other_first} used diluted ink. {his} {relative} {rel} found 3 others online",
    "<<paronychia>> cluster from {studio} in {town}: {full} + 2 others. owner {other_first} {other_last} says they autoclave. lot of the nail files {num_lot}",
    # gyms and trainers
    "{full} collapsed at {gym} during a session with trainer {other_first} {other_last}. <<exertional rhabdomyolysis>> after 200 squats. {he} is 19 and plays for {employer}'s league in {town}",
    "trainer at {gym} ({other_first}, {handle}) sold {first} {last} a \"fat burner\" and now <<thyroid storm>>. {he} showed me the bottle, lot {num_lot}, bought {date} in {town}",
    # hotels, shelters, quarantine
    "quarantine site {hotel}, room {num_room}: {full}, <<measles>>, unvaccinated. booking {num_booking}. {his} {relative} {rel} in room {num_room} too. county wants daily calls at {phone}",
    "outreach at {hotel}. {first} {last} in room {num_room} has <<trench foot>> and we are 6 wks into winter. case mgr {other_first} {other_last}, {phone}",
    # EHR downtime and IT tickets
    "EHR down since {date}. {full}'s <<heparin-induced thrombocytopenia>> order got lost. ticket {num_ticket} opened by {user}. workstation {num_device} in {hospital} 4 West",
    "IT finally closed {num_ticket}. it was {user}'s badge, not the scanner ({num_device}). meanwhile {lastfirst} (MRN {num_mrn}) got a double dose for {his} <<atrial fibrillation>>",
]
