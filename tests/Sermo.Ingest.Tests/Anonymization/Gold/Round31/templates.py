"""Round 31's identifier templates, typed by the author (decision 193): str.format strings filled from one dictionary of
fresh draws per post (generate.py's draw). p is the patient, r a relative, s and d staff, w a word-named person.
Each is used at most 4 times."""

SETTINGS = [
    # small-town practice and house calls
    "house call out {street} past {landmark}, {p.full} ({age}yo {p.mf}) sitting on the porch like nothing happened. "
    "<<pressure ulcer>> on the sacrum stage 3. neighbor {s.first} {s.last} checks on {p.him} daily. {town} has no home health so its me",
    "{p.comma} DOB {dob}\\nfarm on {street}, {county}. fell off the hay wagon {date}. <<rib fractures>> x3, refused transfer, "
    "says the cows wont milk themselves. {r.relation} {r.first} drove {p.him} in from {town}",
    "ran into {p.first} {p.last} at {diner} this am and {p.he} showed me {p.his} foot over the pie case. <<cellulitis>> up to the ankle. "
    "small town medicine, you never clock out. called it in to the {chain} in {town}",
    # ships, airlines, airports
    "ship doc here, {ship}. pax {p.full}, cabin {cabin}, booking {booking}, {age} y/o, <<atrial fibrillation>> with RVR at sea day 3. "
    "medevac'd at {port}. crew member {s.first} translated",
    "inflight call on {airline} {flight} {airport} to {airport2}, seat {seat}. {p.first} {p.last}, {agew} years old, <<syncope>> in the galley. "
    "FA named {s.first} was amazing. pt's {r.relation} {r.first} kept saying it happens every flight",
    "airport clinic {airport}: {p.full} arrived on {airline} {flight}, passport left in {abroad}. <<deep vein thrombosis>> left calf after 14h. "
    "booking ref {booking}. follow up phone {phone_intl}",
    # military and veterans
    "{p.full}, SSG, {unit}, out of {base}. service number {service}. <<tinnitus>> and <<PTSD>>, wants the rating redone. "
    "seen at {va} {date}, c&p examiner {d.first} {d.last}",
    "Vet, {age}yo, WWII?? no - Korea. {p.first} {p.last}. {va}, last four {last4}. <<macular degeneration>> both eyes, "
    "{r.relation} {r.first} {r.last} is POA. DOB {dob}",
    # universities and residencies
    "pgy2 at {program}. my attending {d.first} {d.last} paged me at 3am (pager {pager}) to ask if {p.full} in call room {room}'s "
    "neighbor bed had <<hyponatremia>>. it was 134. {d.first} if you read this im sorry",
    "{program} residency interview day {date}. chief resident {s.full} gave the tour. email {email}. "
    "they asked about a case of <<Guillain-Barre syndrome>> i had at {town}, pt {p.first} age {age}",
    # retail clinics and pharmacies in stores
    "MinuteClinic type place inside {chain} store #{store} in {town}. {p.full}, {age}yo, walked in with <<otitis media>>. "
    "pharmacist {s.first} {s.last} caught the interaction. rx {rx}",
    "urgent care at the {chain} on {street}, {town}. {p.comma}, member id {member}. <<strep pharyngitis>> rapid +. "
    "{p.his} {r.relation} {r.first} called {phone} 4 times asking for results",
    # schools
    "school nurse, {school}, {county}. {p.first} {p.last}, grade {grade}, bus {bus}. <<type 1 diabetes>> and the teacher "
    "{s.last} wont let {p.him} eat in class. {r.relation} {r.first} {r.last} is furious, me too",
    "{school} called: kid {p.first} ({p.last}), 3rd grade, teacher Mrs. {t.last}, fainted at recess. <<vasovagal syncope>>. "
    "parent {r.first} cell {phone}. dated {date}",
    # refugees and interpreters
    "{p.full} arrived from {camp} {date}, case number {case}. {lang} interpreter id {interp} ({s.first}). "
    "<<latent tuberculosis>> on IGRA. {p.his} {r.relation} {r.first} is still in {abroad}",
    "refugee screening: {p.comma}, A# {anum}, {agew}-year-old. <<schistosomiasis>> serology pending. interpreter {s.first} {s.last} "
    "by phone ({lang}). resettled to {hood}",
    # malpractice and peer review
    "got served. case no. {case}, plaintiff {p.full}, attorney {d.first} {d.last} of {firm}. alleged missed <<aortic dissection>> "
    "{date}. board complaint {complaint}. anyone been thru this?",
    "peer review committee at {program} pulled my chart on {p.first} {p.last} (MRN {mrn}). <<ectopic pregnancy>>, "
    "reviewer dr {d.last}. hearing set for {date}",
    # fertility and donors
    "IVF cycle {cycle} for {p.full}, donor {donor}. <<ovarian hyperstimulation syndrome>> day 6. partner {r.first} {r.last} "
    "asked if donor {donor} has other kids in {county}. lab contact {email}",
    "{p.first} {p.last}, 39F, egg donor id {donor}, clinic in {town}. retrieval {date}. <<polycystic ovary syndrome>> "
    "nobody told her. coordinator {s.first} at {phone}",
    # genealogy and genetic relatives
    "pt {p.full} got an Ancestry hit, kit {kit}, turns out {p.his} {r.relation} {r.first} {r.last} in {abroad} carries "
    "<<BRCA2>>. family tree goes back to {town}. what do i order",
    "23andMe told {p.first} {p.last} there's a half-{sib} in {town} named {s.first}. kit id {kit}, DOB {dob}. "
    "<<hereditary hemochromatosis>> homozygous. {p.he} wants us to call the half-{sib}",
    # contact tracing
    "contact tracing {date}: index case {p.full}, <<measles>>. exposures at {venue} and {employer}. contacts {s.first}, "
    "{r.first}, {w.first} and a kid named {k.first}. dates of exposure {first_day} through {last_day}",
    "health dept called: {p.first} {p.last} was at {venue} on {date} with <<pertussis>>. contact {s.first} {s.last}, phone {phone}. "
    "case id {case}",
    # home health and nursing agencies
    "{agency} aide {s.first} {s.last} found {p.full} down in apt {apt}, {street}. visit id {visit}. <<hypoglycemia>>, BG 38. "
    "{age} years young. {r.relation} {r.first} on the way from {town}",
    "home health note {date}: {p.comma}, {agency}, visit {visit}. <<chronic venous insufficiency>> wraps done by {s.first}. "
    "lives alone at {street} apt {apt}",
    # pasted letters, faxes, discharge summaries
    "FAX COVER\\nTo: Dr. {d.last}, {program}\\nFrom: {town} Family Medicine\\nFax: {fax}\\nRe: {p.full}, DOB {dob}\\n"
    "pages: 7\\n\\n<<congestive heart failure>> referral, plz call {phone}",
    "DISCHARGE SUMMARY\\nPatient: {p.comma}\\nMRN: {mrn}\\nAdmit: {first_day}  Discharge: {last_day}\\nDx: <<community-acquired pneumonia>>\\n"
    "Attending: {d.full}\\nFollow up with {s.full} in {town}",
    "Dear Dr {d.last},\\nthank you for seeing {p.first} {p.last} ({dob}), a {age}-year-old {p.man} from {county} with <<polymyalgia rheumatica>>. "
    "{p.he} lives with {p.his} {r.relation} {r.first}. Yours, {s.first} {s.last}",
]

CASES = [
    "{p.first} {p.last} {age}yo w/ <<hip fracture>> and everyone acts like {p.he}s fragile, {p.he} still mows. {r.relation} {r.first} says {p.he} climbed the roof {date}",
    "anyone seen <<calciphylaxis>> outside dialysis? {p.full}, {p.mf}, from {abroad}, moved to {town} last yr. derm at {program} says biopsy",
    "so {p.lower} comes in AGAIN for <<chronic pancreatitis>> flare, 4th time since {date}. works at {employer}. i like {p.him} but come on",
    "Q: {w.first} {w.last}, {age} y.o., <<aortic stenosis>> severe, family ({r.relation} {r.first}) wants TAVR. is {agew} too old? asking for {w.first} honestly",
    "pasted from my note: {p.comma} MRN {mrn} seen {date}. CC <<urinary retention>>. PMH bph. lives in {hood}. ph {phone}",
    "\"doc i feel fine\" said {p.first} {p.last}, with a potassium of 6.9 and <<acute kidney injury>>. {p.his} {r.relation} {r.first} {r.last} disagreed. from {town}, {county}",
    "{p.last}, {p.first} - {age}F/M? chart says {p.mf}. <<delirium>> post op day 2. {r.relation} {r.first} calls q2h from {abroad} ({phone_intl})",
    "update on {p.first} (the {employer} guy/gal from {town}): <<rhabdomyolysis>> CK 48k, better now. email from {p.his} boss {email}, lol no HIPAA there",
    "my pt {p.full} had <<herpes zoster ophthalmicus>> and went to {diner} anyway. DOB {dob}, i have no more words",
    "lists:\\n1. {p.full}, {age} - <<pulmonary embolism>>\\n2. {w.full}, {dob} - <<gout>>\\n3. {k.full} - <<bronchiolitis>>\\nall from {town}. long day",
    "{p.his} {r.relation} {r.first} {r.last} brought {p.first} in from {county}. <<lithium toxicity>>, level 3.1. {p.he} gets rx filled at {chain} #{store}",
    "tele visit w {p.full} in {abroad} ({phone_intl}) re <<thyroid storm>>. told {p.him} ED now. follow-up {date}. handle on whatsapp @{handle}",
    "{d.first} {d.last} (our new NP) caught <<epidural abscess>> in {p.first} {p.last}, {age}yo. ppl from {town} dont come in till it's bad",
    "wife? no, {r.relation}, {r.first}. {p.first} {p.last} of {street}, {town} - <<normal pressure hydrocephalus>>, wet wobbly wacky. shunt {date}",
]

TEMPLATES = SETTINGS + CASES
