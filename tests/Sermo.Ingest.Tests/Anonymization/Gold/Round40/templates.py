"""Round 40's identifier templates (decision 247): format strings filled from draws.draws(); each drawn twice.
Settings: the posting physician's own identity, pasted documents, implanted devices and reps, prior authorisation and
payers, home health and infusion, locums and staffing, malpractice and boards, local public figures, gated communities."""

TEMPLATES = [
    # the posting physician's own identity
    "vent post, sorry. I'm {doc} at {practice} in {town}, and my partner {partner} just quit so I'm 1:2 call through {date}. "
    "If anyone is hiring in a place with a real hospitalist service, DM me here ({handle}) or text {phone}.",
    "Posting under my real name because I don't care anymore: {doc}, {program} class of {year}. Our group ({practice}) got bought "
    "and the new CMO wants my NPI {npi} on every NP chart I never saw. Is that even legal in this state?",
    "My DEA ({dea}) renewal bounced because the address on file was my old office at {addr}, {town}. Took 40 min on hold. "
    "Meanwhile my resident {res} had to cosign my controlled scripts all weekend. Anyone else?",
    "Call schedule question. {partner_sur} and I split weekends, {doc_given} from the other group covers nights at {hospital}. "
    "My pager is {pager} and it went off 31 times Saturday, 19 of them pharmacy asking about heparin drips. How do you push back?",
    "Small win: my kid finally got into {school} so I can stop driving to {town} at 6:40 every morning before clinic. "
    "Husband is a surgeon at {hospital}, so we needed this. {kin_name} starts second grade {date}.",
    "state board sent a letter to my licence {lic} about a CME gap from {year}. I have the certificates. "
    "my cell is {phone} if someone in the {county} society has dealt with this before, happy to buy coffee",
    # pasted documents
    "Pasted from the fax cover we got (names are the patient's, she said fine):\nFROM: {practice}  FAX {fax}  PH {phone}\n"
    "RE: {pt}  DOB {dob}  MRN {mrn}\nReason: {term}, please see within 1 wk.\nthe fax came in at 2am and nobody looked at it for 4 days",
    "Pathology header on this one is a mess. Accession {acc}, attending {doc}, ordering provider {res}, patient {pt}, "
    "FIN {fin}. The report says {term} but the gross description is from a different specimen. Who do I call first?",
    "referral letter from {doc_sur} at {practice}: 'Dear colleague, thank you for seeing {pt_formal}, a {age} year old "
    "with {term} ... ' three pages and no med list. {He} showed up with a shoebox of bottles instead.",
    "e-mail from the family, signature and all:\n{kin_name} {pt_sur}\n{addr}, {town}\n{phone}\n{email}\n"
    "asking whether {pt_given} should still take the Eliquis 5 BID after the {term}. {He}'s {age}. Not sure I should answer by email",
    "Text thread from my partner last night, verbatim: '{pt_given} in [[ID:14]] is sundowning, family wants you to call {kin_name} "
    "at {phone}, HCPOA' ... then 'nvm she's here'. Dictation later said {pt} was {age}.",
    "voicemail transcript (Epic transcribes them now, badly): 'hi this is {nurse_given} from {agency} calling about {pt} date of "
    "birth {dob}, the wound looks worse since the {term}, call back at {phone} extension {ext}'. I love that the bot spelled wound as 'wind'.",
    "lab header: {hospital_lab}, CSN {csn}, collected {date}, ordering {doc}, pt {pt_full} MRN {mrn}. K 6.8, repeat 4.1. "
    "hemolysed, obviously, but the call center still paged me three times.",
    # implanted devices and device reps
    "{pt}, {age}, in the ED with {term}. Medtronic Azure, serial {serial}, rep {rep_given} came at midnight from {town}. "
    "Interrogation was fine. family insisted the rep call {kin_name} directly",
    "ICD shocked {pt_formal} twice at church ({church}). Boston Scientific rep {rep} read it out: appropriate for VT 240. "
    "Registry id {reg}, remote monitoring account {rpm}. {He}'s back on amio and mad about it.",
    "implant card pasted in by the patient: Name {pt_full}. Device: Abbott Assurity. SN {serial}. UDI {udi}. Implanted {date} "
    "at {hospital}. Physician {doc}. {He}'s {age} and wants to know if the airport scanner will kill her.",
    "Dexcom G7 alarms all night for {pt_given}, 14, and mom is exhausted. The Omnipod rep ({rep}) is useless, but the "
    "diabetes educator {nurse} fixed the site in 5 minutes. Clinic fax for the supplies: {fax}. (No, not 90 units, 9.)",
    "spinal cord stimulator patient, {pt}, {work_age}. Nevro rep {rep_given} says the lead migrated. Serial {serial}, "
    "the remote account is {url}. {He} drives for a living in {town} so we need this done before {date}.",
    "cochlear implant kid, {pt}, sent by {doc_sur} in {town}. Device serial {serial}, registry number {reg}. "
    "{kin} {kin_name} called from {phone} asking if swimming is ok after the {term}.",
    # prior authorisation and payers
    "P2P with {payer} today. Reviewing medical director Dr. {other} (a dermatologist) denied Entresto for {pt}. "
    "Reference {pa}, member id {member}. I asked if they had read the echo. They had not.",
    "PA denial for Mounjaro on {pt_formal}, {work_age}, A1c 9.4 on max metformin. {pbm} BIN {bin}, PCN {pcn}, group {grp}. "
    "Appeal {appeal} faxed to {fax} on {date}. Third time. Anybody got a template that works?",
    "{payer} wants a peer-to-peer for a 2-day stay for {term}. Patient {pt}, {age}. Case number {pa}. "
    "The nurse reviewer, {nurse}, told me the medical director only takes calls from 1-3 PM Central at {phone}.",
    "the appeal letter I finally wrote for {pt} ({dob}): member {member}, claim {claim}. {payer} reversed it in 48 hours "
    "after I cc'd the state insurance commissioner. Save that trick.",
    # home health, home infusion, private duty nursing
    "home infusion for {pt}, {age}, with {term}. {agency} sends {nurse} on Mondays and Thursdays, route {route}, "
    "visit id {visit}. The aide, {aide}, is the one who actually noticed the fever.",
    "private duty nurse {nurse} has been with {pt} for 6 years, since the trach. Agency {agency} is pulling her for "
    "'scheduling'. Family number {phone}. What letter do I write to keep her?",
    "{agency} called: {pt} at {addr}, {town} missed two visits for the {term}. "
    "Their intake line is {phone}, fax {fax}. The patient says nobody came. Someone's lying and it's not the wound.",
    "hospice aide {aide} found {pt_formal}, {age}, on the floor. {agency} nurse {nurse} called me at 0300 on {pager}. "
    "Family wants the hospital, {he} wants to stay in {town}. Been there, any advice?",
    # locums, travel nurses, staffing
    "Locums gig through {staffing}, assignment {contract}, {hospital} in {town}. Recruiter {other} promised housing; "
    "the address was {addr}, unit {unit}, and it had no heat. Do I walk?",
    "travel nurse {nurse} on our unit caught {term} on the monitor before anyone else. Her contract ({contract}) ends {date} "
    "and {staffing} won't extend. I'm writing her a letter; what do recruiters actually read?",
    "credentialing for locums at {hospital} asked for my NPI ({npi}), DEA ({dea}), every licence, and a photo of me holding "
    "my diploma from {program}. Recruiter is {other}, {email}. This is the fourth packet this year.",
    "housing for this locums stint: {complex}, building {bldg}, apt {unit}, {addr}, {town}. Gate code {gate}. "
    "Recruiter {rep_given} says it's 'temporary'. It's been nine weeks.",
    # malpractice, depositions, peer review, boards
    "Got named. {pt} vs {practice}, case {case}, for a missed {term} in {year}. Carrier is {carrier}, my attorney "
    "{other} from {firm}. Deposition {date}. How do you sleep the week before?",
    "was asked to be an expert witness by {firm} in {town}. Plaintiff {pt}, defendant Dr. {doc}. Claim no {claim}. "
    "I trained with {doc_given} at {program} so I said no. Right call?",
    "peer review at {hospital} pulled my chart on {pt_formal} ({mrn}). Committee chair is {partner}. The outcome was "
    "{term} after discharge, and I'd do the same thing again. Anyone been through an FPPE?",
    "board complaint {complaint} from {pt}'s {kin}. {He} was {age}, DNR, and the family says I gave up. "
    "Investigator {other} wants records by {date}. Attorney through {carrier} is {rep}.",
    # local public figures
    "Mayor {pt_sur} of {town} came in with {term}. By dinner the {paper} had it on their website. "
    "Nurse {nurse_given} swears she didn't talk. I believe her.",
    "The football coach at {school}, {pt}, {work_age}, collapsed on the sideline. Video is all over {station}. "
    "{term} on the strip. {He}'s asking me to talk to the reporter, {other}.",
    "Pastor {pt_full} of {church} in {town}, {age}, still preaching every Sunday. {term} and refuses dialysis. "
    "The deacon, {kin_name}, calls me after every sermon at {phone}.",
    "news anchor at {station}, {pt}, asked me to go on air about {term} after {his} own scare. PR at {hospital} "
    "says yes, compliance says no. The producer, {other}, keeps emailing {email}.",
    # gated communities, HOAs, apartments
    "Night call to {community}: gate code {gate}, then lot {unit} on {addr}. {pt}, {age}, had {term}. "
    "The HOA manager {other} would not let EMS through the side gate. We lost 11 minutes.",
    "{complex}, building {bldg} unit {unit}: {pt} keeps falling. Property manager {other} ({phone}) wants a doctor's "
    "note to install grab bars. {He} is {age}. Happy to write it, what wording?",
    "HOA at {community} fined {pt_formal} for the ramp the OT ordered. {He}'s {age}. HOA president {other}, "
    "management company {practice}? no, it was {firm}. Letter template anyone?",
]
