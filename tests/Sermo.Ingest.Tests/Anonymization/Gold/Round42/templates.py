"""Round 42's identifier templates (decision 261): format strings filled from draws.Fill; each is drawn twice.
About five per setting centred by this round, then general case posts. [[TYPE:text]] comes from the draws,
<<term>> marks a clinical term."""

TRIALS = [
    "anyone else on the {sponsor} study? protocol {protocol}, our site # is {site_no}. subject {subject} ({p_init}, {age}) had "
    "<<grade 3 transaminitis>> at week 8 and the CRA, {d_full}, wants the SAE narrative by friday. coordinator is on PTO. "
    "do I really have to call it <<drug-induced liver injury>> before the <<hepatitis serologies>> are back",
    "Monitor visit tomorrow. {cro} is sending {d_given} {d_sur} again, the one who flagged every missing initial on "
    "the <<ECG>> printouts. Screening ID {screen} failed on <<QTc 489>>, then rescreened as {screen2}. Is that even allowed "
    "under {protocol}? IRB is {irb}, the amendment came through {date}.",
    "Study coordinator e-mail in case anyone needs it for the {site} referral list: {o_full}, {o_email}, desk {phone}. Great coordinator. "
    "They're enrolling <<HFpEF>> with <<BNP>> over 300, and they took my patient {p_full} {town_phrase} even though "
    "{he} drives 2 hrs each way.",
    "Sponsor rep ({d_full}, {sponsor}) cornered me at the <<tumor board>> about our slow accrual. site {site_no}, we have "
    "2 pts screened, {p_sf} and one other, both screen-failed on <<ANC>>. I'm not going to cherry-pick pts for them",
    "Consent question. {p_full} is {age}, sharp as a tack, but {his} {k_noun} {k_full} signs everything. The protocol "
    "({protocol}) says LAR only if <<lacks capacity>>. My coordinator {o_given} says just have both sign. IRB {irb} "
    "hasn't answered since {date}.",
    "PSA for trial sites: the central lab kit for subject {subject} came back hemolyzed twice. FedEx from {town} to "
    "the lab takes 2 days in summer. <<Potassium 6.8>> on a hemolyzed sample means nothing but the CRA {d_init} still "
    "opened a query. Call the CRA at {phone} if you want to yell too.",
]

TELEHEALTH = [
    "video visit went sideways. link was {zoom}, meeting ID {meeting}, passcode {passcode}, and the pt ({p_full}, {age}) "
    "kept joining from {his} {k_noun}'s phone. we did the whole <<CHF>> titration by audio. is that billable as video",
    "{portal} message from username {username} at 2am: \"my leg is swollen and hot since {date}\". That's {p_sf}. "
    "Called {him} at {phone} {ext}, no answer. Sent to ED for <<DVT>> r/o. how do you all handle portal messages at night",
    "Remote BP cuff ({device}, serial {serial}) for {p_given} {p_sur} has been sending readings of 220s all week. Turns "
    "out the cuff was on {his} {k_noun} {k_given}. <<Hypertensive urgency>> averted by a phone call lol",
    "Interpreter line again: Karen interpreter ID {interp}, then dropped, then a new one, ID {interp2}. Pt is {p_full}, "
    "{age}, living in {town} with family. 45 minutes for a <<med reconciliation>>. I love telehealth, I hate telehealth.",
    "the pt's {k_noun} ({k_full}) set up the portal for {him}, login {username}, and now reads every note. "
    "{p_given} told me in person about <<alcohol use disorder>> and doesn't want the family to know. Can I hide the note?",
    "pulse ox from the RPM program, serial {serial}, shows sats 84-86 for {p_init} every night. Pt lives {town_phrase}, "
    "no broadband, readings upload when the {k_noun} drives to the library. <<Nocturnal hypoxemia>> or a bad probe?",
]

CORRECTIONS = [
    "new job at {jail}. first week: inmate #{inmate}, {p_sf}, {work_age}{sexletter}, housed {pod}, cell {cell}, with "
    "<<diabetic ketoacidosis>> because commissary sells honey buns and the insulin pass is at 4am. Officer {d_sur} "
    "wouldn't open the door without Sgt {o_sur}. We're not a hospital.",
    "Booking number {booking}. Brought in at 0300, {work_age}yo, <<alcohol withdrawal>> by noon, <<CIWA>> of 22. "
    "Warden {d_full} wants {him} cleared for court on {date}, case {case_no}. {He} is not going to court.",
    "jail doc question. {p_given} '{street_name}' {p_sur}, inmate {inmate}, at {jail}, hunger strike day 9. "
    "<<Refeeding syndrome>> risk? {He}'s refusing labs. The captain ({o_full}) wants a <<force-feeding>> order I won't write.",
    "Transport from {jail} brought {p_full} in shackles for <<chest pain>>. Two COs ({d_sur} and {o_sur}) stayed in "
    "the room for the rectal exam. Court date {date}, public defender {w_full} called me at {phone} asking for records.",
    "pts in {pod} all got <<scabies>> the same week. one of them, {p_low}, booking # {booking}, says the new blankets "
    "came from county. deputy {d_given} said that's not my problem. <<Permethrin>> for 60 men.",
]

DISASTER = [
    "Tornado went through {town} last night. Shelter at {shelter}, I'm volunteering. Triage tag {tag}, {p_full}, {age}, "
    "<<crush injury>> of the left leg, <<CK 41,000>>, no transport until morning. Red Cross volunteer {d_full} "
    "is running the cots. If you're near, come.",
    "FEMA registration # {fema} for the family, they lost everything in the flood {town_phrase}. The oldest, "
    "{p_sf}, {age}, ran out of <<apixaban>> 5 days ago. The pharmacy in {town2} is under water. Volunteer {d_given} drove {his} meds.",
    "Working the {incident} evac shelter at {shelter}. {p_given} {p_sur} ({age}) came in on a church van from {town}, "
    "<<smoke inhalation>> and <<COPD exacerbation>>, oxygen concentrator left behind. Nurse volunteer {o_full}, cell {phone}.",
    "tag {tag}: pt {p_init}, walked in with <<degloving injury>> from the debris, tetanus unknown. {his} {k_noun} {k_full} "
    "registered with FEMA ({fema}) but the app lost the address, {address} {town_phrase}.",
]

STREET = [
    "street med rounds tonight under {bridge}. {street_name} (real name {p_full}, HMIS {hmis}) has <<trench foot>> "
    "again and won't go to {mission} because of the curfew. Outreach worker {d_full} got {him} socks and a ride promise.",
    "Case manager {d_given} {d_sur} ({phone}) asked me for a letter for housing for {p_sf}, who's been camping by {bridge} "
    "since {date}. <<Stage 3 pressure injury>>, <<HIV>> off ART. what do you put in those letters",
    "everybody at {mission} calls {him} {street_name}. {p_given} {p_sur}, {age}, maybe. No ID. <<Frostbite>> to 3 toes. "
    "HMIS # {hmis}. The shelter director {o_sur} says {he} can stay through the cold snap.",
    "Outreach van found {p_low} behind {mission} with a <<GCS of 9>>. Narcan x2. {He}'s been known as '{street_name}' "
    "since the camp at {bridge} was swept. {His} case manager is {d_full}, {phone}.",
    "Street clinic pearl: write the HMIS id ({hmis}) on the bottle. {p_full} lost 3 bottles of <<buprenorphine>> "
    "in the sweep {town_phrase}. Outreach nurse {d_given} keeps a spare list.",
]

OCCUPATIONAL = [
    "occ med. {p_full}, {work_age}, from {workplace}, employee #{badge}, <<crush injury>> of the hand in a conveyor. "
    "Supervisor {d_full} wants {him} back on light duty tomorrow. WC claim {wc_claim}, adjuster {o_full} at {firm}, {phone}.",
    "OSHA log case {osha}: two of the night shift at {workplace} with <<heat stroke>>. One of them is {p_sf}, "
    "badge {badge}. Plant manager {d_sur} is asking me to call it <<dehydration>> on the form. nope.",
    "Adjuster {d_full} ({firm}) called 4 times about claim # {wc_claim}. {p_given} {p_sur} has a <<lumbar disc herniation>>, "
    "MRI proven, works the line at {workplace} {town_phrase}. The carrier wants an IME. {o_full} is the IME doc. Anyone worked with {o_sur}?",
    "farmworker, {work_age}yo, {p_full}, brought from the orchard {town_phrase} by the crew boss {d_given}. "
    "<<Organophosphate poisoning>>, pinpoint pupils, drooling. No employee number, no claim. Spray was on {date}.",
    "{workplace} sends us everyone with <<carpal tunnel>>. Badge numbers {badge}, {badge2}, {badge3}. All same line, same "
    "supervisor ({d_sur}). Is there an ergonomics person I should be yelling at? claim adjuster {o_init}, {o_email}",
]

MILITARY = [
    "{rank} {p_sur}, {unit}, back from {base}, <<TBI>> from a blast. The VA claim # {va_claim} has been pending since "
    "{date}. {He}'s seen at the VA clinic in {town}. DoD ID {dod}. {His} {k_noun} {k_given} does the paperwork.",
    "Sending meds to a sailor on {ship}. Address: {p_full}, {apo}. <<Isotretinoin>> with iPLEDGE from a ship? "
    "Corpsman {d_sur} says they'll do monthly labs.",
    "retired {rank} {p_full}, {age}, came in wearing {his} {unit} cap. <<Agent Orange>> exposure, now <<bladder cancer>>. "
    "VA in {town} says the claim ({va_claim}) needs my nexus letter. {k_noun} {k_full} is POA, {phone}.",
    "Spouse of a soldier at {base}, {p_sf}, {work_age}, moved here from {abroad}, mail still goes to {apo}. "
    "<<Hashimoto thyroiditis>> and nobody transferred {his} records. Tricare says call {phone}.",
    "{rank} {d_sur} brought in {rank2} {p_sur} from {unit} after a <<heat injury>> on a ruck march at {base}. "
    "Core temp 41.2. Unit medic {o_full}. Anyone have a good return-to-duty protocol?",
]

GATHERINGS = [
    "medical tent at {event}. bib {bib}, {p_full}, {work_age}, <<exertional hyponatremia>>, Na 121 after drinking at every "
    "station. Race director {d_full} wanted {him} back on the course. We had the tent at mile 22 with {o_full}.",
    "Concert at {venue}, section {section}, row {row}, seat {seat}: {p_low} with <<MDMA toxicity>>, temp 40.8. "
    "Event staff {d_given} {d_sur} radioed us 20 min late. ticket # {ticket} was on {his} wristband.",
    "first aid at {venue} for the game. {p_init}, {age}, with <<syncope>> in the heat, section {section}, row {row}. "
    "{His} {k_noun} {k_given} had {his} med list on a phone. Usher {d_full} found the AED.",
    "state fair shift. {p_given} {p_sur} from {town}, {work_age}, <<anaphylaxis>> after a funnel cake (peanut oil). "
    "Epi x2. Fair security {d_sur} got the vendor's name, {o_full}, phone {phone}.",
    "finish line at {event}: bib {bib} collapsed, <<cardiac arrest>>, <<ROSC>> after 2 shocks. {p_full}, {work_age}, "
    "from {town}. The volunteer who started CPR is {d_full}. I want to thank them. Anyone know who that is?",
]

GENERAL = [
    "{p_upsf}\nDOB {dob}\nMRN {short_id}\n\nThat's the header on the fax I got for a pt I've never seen, with a "
    "<<biopsy>> showing <<melanoma>>. Office in {town} says they sent it to me on purpose. Dr. {d_sur}'s office, {phone}.",
    "Quoting the nurse's message: \"{p_sur} ({p_given}) in room {room} says {he} won't take the <<metoprolol>>, "
    "{his} {k_noun} says {he} is {age_bare} and can do what {he} wants.\" Since when is that a reason? Called {k_given} at {phone}.",
    "lol the pt gave me {his} email for results, {p_email}, and {his} {k_noun}'s, {k_email}. {p_full} is {age} and "
    "has had <<atrial fibrillation>> since the 90s. Which one do I send to?",
    "[[NAME:hazel]] {p_sur}? no wait, {p_given} {p_sur}. sorry, charting at 1am. {age}, <<hip fracture>>, came from {town}. "
    "Ortho ({d_full}) wants to fix tonight.",
]

TEMPLATES = TRIALS + TELEHEALTH + CORRECTIONS + DISASTER + STREET + OCCUPATIONAL + MILITARY + GATHERINGS + GENERAL
SETTING_TEMPLATES = len(TEMPLATES) - len(GENERAL)
