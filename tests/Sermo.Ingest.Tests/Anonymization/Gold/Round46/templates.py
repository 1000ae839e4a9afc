"""Identifier templates of round 46 (format strings over draws.fresh), by setting. Every field is markup already."""

PUBLIC_HEALTH = [
    "got a call from {third} at {hd} this morning re: my <<pertussis>> kid. case id {case_id}. they want a list of everyone at the {church} potluck on {date}. {parent_word} is {kin}, cell {phone}. anyone know if I'm actually allowed to hand over the sign-in sheet or does it go through our privacy office",
    "Line list the county emailed me (pasted, trimmed):\\n{pt_upper} | DOB {dob} | onset {date} | ate at {restaurant} | <<Salmonella>> + stool\\n{fourth_upper} | onset {onset2} | same dinner | <<bloody diarrhea>>\\noutbreak {outbreak}. investigator is {third_given}, {hd_email}. why do they send this to a dozen docs unencrypted",
    "Wedding cluster update. 14 of the guests from the {venue} reception out past {town} now with <<norovirus>>, one is my pt {pt_lower}, {old}, admitted to room {room} with <<AKI>>. {hd} calls it {outbreak}. bride's {other_parent} {other_full} is furious at the caterer",
    "{third_comma} from {hd} - nicest DIS I have ever worked with. tracked 9 partners for my <<early latent syphilis>> pt in 2 days, one of them in {town2}. reach {third_her} at {phone}, tell them the ER sent you",
    "measles exposure at the {store} on {street} in {town}, {date} between 2 and 5pm. my patient {pt} ({kid_age}yo, unvaccinated, <<Koplik spots>> yesterday) was there w/ {grand_word} {kin}. health dept case {case_id}. who here has done <<MMR>> post-exposure in a crowd like that",
    "camp cluster: 11 kids from {camp} with <<E. coli O157>>, 2 with <<HUS>>. the camp nurse is {fifth}, {fifth_she}'s been amazing. our index kid {pt_given} {pt_sur} came from {town} on the church bus. investigator {other_full} ({phone2}) wants stool on all of them. outbreak no {outbreak}",
    "<<TB>> contact investigation question. index case {pt_full}, works night shift at {work}, lives on {street}. {hd} nurse {third_given} has the list at 41 contacts incl. the whole bowling league. {He} won't name the girlfriend. case {case_id}. how hard do you push",
    "<<flu>> shot clinic at {school} went fine except the nurse {fifth_given} drew up the wrong lot for one teacher ({other}). VAERS filed, report {report}. principal {seventh} wants me to call every parent. cell is {phone}",
]

BLOOD_BANK = [
    "Transfusion reaction, need a sanity check. {pt} ({old}) got unit {din} at 0210, spiked to 39.4 w/ rigors 40 min in. bank tech {fifth_given} says the DAT is neg. reaction report {trx}. on the floor in room {room} bed {bed}. <<febrile non-hemolytic>> or am I missing <<TRALI>>",
    "directed donation mess. {parent_word} {kin} wants only the family's church to donate for {his} <<scoliosis repair>>: 4 donors from {church} in {town}, elder {elder1} organized it. donor ids {donor} and {donor2} deferred for <<low hemoglobin>>. {bc} rep is {third}, {phone}",
    "JW pt tonight, {pt_full}, <<Hgb 5.1>> from a <<GI bleed>>. elders {elder1} and {elder2} from the {kh} came with the card. {He} accepts <<albumin>>, refuses <<PRBC>>. called {bc} for <<cell salvage>> advice, spoke to {third}. how do you document this",
    "old paper record from [[DATE:1998]] says my pt got unit {old_unit} at {site} and now has anti-Kell. {pt_upper}. DOB {dob}. phlebotomist who drew the type and screen was {fifth_given}, {fifth_she} remembered {his} {kid_word} {kin_given}. anyone know if {bc} keeps records that far back",
    "blood drive at {work} in {town} on {date}: one of the donors, {other_full}, <<syncopized>> and hit {other_his} head. donor number {donor}. the phlebotomist {fifth} called me because I'm the only doc in the building. drive coordinator is {sixth}, {phone}",
    "<<apheresis>> pt question. {pt_lower} does <<plasma exchange>> for <<TTP>> every 2 days at {bc}, chair {bed}. nurse {third_given} says {his} <<citrate toxicity>> is worse this week. unit {din} of plasma tagged for lookback. MRN {mrn}",
]

PHARMA = [
    "Rep update: {other_full} from {pharma} (territory {town} / {county}) keeps texting my personal cell. {rep_email}, {phone}. {other_she} booked a dinner at {restaurant} for {date} about <<tirzepatide>>. I never signed up. how do I get off the list",
    "pasted invite, names changed? nope, real:\\n\"Dear Dr {doc_sur}, please join {third}, MD for an evening on <<heart failure>> at {restaurant}, {street}, {date} 6:30 PM. RSVP to {other_full} {phone}. Program ID {contract}.\"\\nthree of these a week",
    "Open Payments lists me at $1,842 from {pharma}, record id {op_id}. I went to ONE lunch. the MSL {other_full} says it was the {hotel} thing in {date}. dispute filed. anyone win one of these",
    "speaker bureau contract {contract} with {pharma} arrived. training at the {hotel} in {town}, badge {badge}. my co-speaker is {third_comma}. <<SGLT2 inhibitor>> deck, 42 slides, cannot change a word. worth it?",
    "{other} (MSL, {pharma}) wants to fly me to a <<migraine>> advisory board at the {hotel}. flight {flight}, registration {badge}. {rep_email}. my PD {doc_title} says fine but to disclose. thoughts",
    "drug rep {other_lower} from {pharma} brought lunch for the whole clinic on {date} and then asked our MA {fifth_given} for the names of every pt on <<warfarin>>. I think that's a firing offense for someone. whose",
]

MED_ED = [
    "Writing an eval for {third}, PGY-{pgy}, on our {site} rotation. pasted:\\n\"Resident: {third_upper}. AAMC ID {aamc}. Rotation dates {rotation}. Professionalism concern: left a <<septic shock>> pt in room {room} without sign-out.\"\\ntoo harsh?",
    "match q. our applicant {pt_full} (ERAS {eras}, USMLE ID {usmle}) interviewed {date} at {program}. {doc_title} the PD says {he}'s ranked to match. coordinator {fifth} emails from {fifth_email}. can the PD tell {him} that?",
    "duty hour report filed by {third_lower} about {doc_title}'s ICU month at {site}. 92 hours, twice. report {report}. program code {nrmp}. the coordinator {fifth_given} leaked it to the chiefs",
    "MS3 {other_full} on my <<OB>> rotation at {site} fainted at a <<C-section>>, hit {other_his} chin. student ID {badge}. clerkship director {sixth} says just fill out the incident form. {other_she}'s fine, proud even",
    "{doc_upper}, program director at {program}, emailed all of us: \"do not rank {pt_full}, NRMP {nrmp}\". that feels like a <<Match>> violation. applicant's phone {phone} is even in the thread",
    "our intern {pt_given} (PGY-1, from {town}) got a <<needlestick>> from a <<hep C>> pt in room {room}. employee health is {fifth}, {phone}. the source pt is {other}, MRN {mrn}. what do you tell an intern at 3am",
]

GLOBAL = [
    "back from {village}, {district} district ({country}) with {ngo}. saw 600 pts in 5 days, mostly <<malaria>> and <<scabies>>. our translator {other_full} and the driver {fifth_given} are on WhatsApp {wa} if anyone goes next year. team from {church} in {town}",
    "passport stolen in {village}. number was {passport}. embassy says 10 days. our nurse {third} ({ngo}) is staying with me. flight home {flight} on {date}. what do I do about my <<doxycycline>> running out",
    "The {ngo} team list for {date} (pasted):\\n{pt_upper} - MD - passport {passport}\\n{fourth_upper} - RN\\n{third} - pharmacist\\nlocal contact {other_full}, clinic at {village}, {wa}\\nanybody know if <<ivermectin>> is allowed through customs there",
    "pt in {village2} with what looks like <<tuberculous spondylitis>>, {old}, a village elder. local nurse {fifth} says {he} walked from {village} for two days. no imaging within 200km. {ngo} can fund a flight to the district hospital in {district}",
    "mission board ({ngo}) asked for our visa numbers by email to {doc_email}. mine {passport}. I'm uneasy. our team lead {doc_title} from {church} says it's normal. <<yellow fever>> cards too. is this normal for short term trips",
]

DENTAL = [
    "ER consult: {pt_lower}, {age}{sexletter}, got jumped at the {bar} in {town} around 1am. <<mandible fracture>> at the angle and a <<tooth #17>> in the line. the other one ({other_full}) is in room {room} with a <<boxer's fracture>>. OMFS on call {doc_title}, cell {phone}",
    "dental claim {claim} denied for the <<implant>> on <<#30>>. pt {pt}, chart {chart}, {dental} on {street}. front desk {fifth_given} says the insurer lost the x-rays twice. how do you appeal an <<osseointegration>> failure",
    "{doc} DDS at {dental} sent my pt over with a <<Ludwig angina>>. {pt_full}, {old}, nursing home in {town}. neck like a tree trunk, <<Mallampati 4>>, <<ASA 3>>. intubated awake. {his} {kid_word} {kin} is at {phone}",
    "<<dry socket>> after a <<third molar extraction>> or something worse? {pt} (chart {chart}) saw {doc_title} on {date}. fever 38.9. oral surgeon's office is {dental}, {phone}",
    "facial trauma from a softball game at the {county} fairgrounds, {town2}. {pt_full}, {age}{sexletter}, <<zygomatic arch fracture>> and <<orbital floor blowout>>. batter was {other_full}. OMFS on call is Dr. {doc_sur}. MRN {mrn}",
]

MILITARY = [
    "{rank} {pt_full}, {unit}, {base}. <<TBI>> from an IED in [[DATE:2011]], now <<headaches>> and <<insomnia>>. DoD ID {edipi}. VA claim {cfile} stuck 14 months at {va} VA. {his} {kin_word} {kin} called me crying. any tricks for the C-file",
    "DD-214 line the pt brought (pasted):\\n\"1. NAME (Last, First, Middle) {pt_upper}   3. SSN ***-**-{last4}   12a. DATE ENTERED {date_old}   ... {unit}\"\\n{He} wants me to write a nexus letter for <<tinnitus>> and <<lumbar DDD>>. I'm a civilian FM doc in {town}",
    "vet at the {cboc} CBOC, {old}, Korea era. {pt_upper}. <<CHF>> and <<AFib>>. says {his} old {company} buddy {other_full}, who still calls every Sunday. last four {last4}. <<Eliquis>> or not at {his} fall risk",
    "APO mail question. my pt's {kid_word} {kin}, {rank2}, is deployed, address {apo}. {pt_parent_word} ({pt_full}, {old}) in room {room} is <<DNR>> and {kin_he} wants updates. can I email {kin_him} at {kin_email}? unit {unit}",
    "the last-four habit: our clinic at {base} still asks \"last four?\" at check-in. today {pt_lower} said {last4} and got someone else's <<PPD>> result. {rank} {third} at the front desk says it's always been done that way. DoD ID is {edipi}",
    "{rank} {pt_sur} out of {base2}, {company}, {unit}. <<heat stroke>> on a ruck march, core temp 42.1. medic was {rank2} {other_given} {other_sur}. now with <<rhabdo>> in room {room} bed {bed}. CK 98,000",
]


TEMPLATES = PUBLIC_HEALTH + BLOOD_BANK + PHARMA + MED_ED + GLOBAL + DENTAL + MILITARY
