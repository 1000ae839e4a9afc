"""Round 44's identifier templates (decision 275), filled from one dict of fresh draws per post (draws.fresh).

Settings the brief centres: physicians abroad, road crashes, farms and ranches, the outdoors and SAR, elite and college
sport, clubs and lodges, psychiatric holds and group homes, case reports and publishing.
"""

ABROAD = [
    "GP registrar here ({uk_place}). Pt {p_form}, {age}, NHS no {nhs}, lives alone at {postcode}. {Kid_kin} {kin} rings the surgery ({surgery}) daily on {uk_phone}. New <<AF>> on the ECG, CHA2DS2-VASc 5, {he} won't take a <<DOAC>>. Do I just document and move on??",
    "handover from {ward} at {trust}: {p_sf}, CHI {chi}, {age}, admitted {date} with <<delirium>> ?<<UTI>>. consultant is Dr {o_last}, reg {s} on bleep. NOK {kid} {kin} {uk_phone}",
    "rural GP in {au_place}. pt called {p_lower}, Medicare {medicare_au}, IHI {ihi}, rolled in {date} with <<snakebite>> hx from the paddock. RFDS took {him} to {inst}. {His} {kid} {k_first} is on {au_phone} if anyone from that end needs a history",
    "from {in_place}: pt {p_form}, Aadhaar {aadhaar}, {age}, <<stroke>> on {date}, CT at {inst} shows <<MCA infarct>>. Cousin {kin} is coordinating on {in_phone}. Is <<tPA>> still an option after 6h? (I know, I know)",
    "SA intern at {za_place}. Patient {p_upper}, ID {za_id}, came in {date} with <<TB meningitis>>. Family contact {kin} on {za_phone}. Registrar Dr {o_last} wants to start <<dexamethasone>>. Consultant {s} disagrees",
]

CRASH = [
    "MVC at {highway} {exit} around {mile}. Pt {p_form}, {work_age}{sexletter}, restrained driver of {plate_st} plate {plate}, VIN {vin}. Trooper {o} (badge {badge}) says the other driver {s} ran the light. crash report {crash}. <<splenic lac>> grade 3, <<IR embolization>> or OR?",
    "pedestrian struck on {highway} near {mile}. {p_upper}, {age}, <<open book pelvis>>, <<binder>> on. {insurer} claim {claim}, adjuster {s} calling every hour ({us_phone}). Plate of the striking vehicle {plate_st} {plate}",
]

FARM = [
    "Dairy worker at {farm} out by {town}, {p_form}, {work_age}, kicked by a cow in the parlor. Crew boss {o} brought {him}. H-2A, lives at {camp}, phone {us_phone}. <<rib fractures>> x3, <<pneumothorax>> small. Grower {s} asking about light duty",
    "Orchard ladder fall. {p}, from {farm}, address {rr}, {town}. Foreman {o_form} says {he} was alone in row 14. <<calcaneus fracture>> plus <<L1 burst>>. {Spouse} {kin} on {us_phone}",
    "Bin entrapment at {coop} in {town}. Pt {p_form}, MRN {mrn}, {work_age}. The manager there, {o}, and the vet {s} (who stitched {his} arm first, no joke) drove {him} in. <<compartment syndrome>> of the leg?",
    "H-2A crew at {camp}: {p} and two others with <<green tobacco sickness>>. Crew leader {o} ({us_phone}) and grower {s_form} won't let them off. Camp is on {cr}, {town}. Anyone know the DOL line?",
]

OUTDOORS = [
    "{sar} pulled {p_lower} off the ridge above {trailhead}, <<HAPE>> at 11k ft. Team lead {o} (call sign {callsign}) says {he} was solo. Permit {tag}. {Sib} {kin} on {us_phone}",
]

SPORT = [
    "team doc for {team}. #{jersey} {p} took a knee to the head vs {team2}, <<SCAT6>> abnormal. Trainer {o} wants {him} back for {tourney}. Agent {s} emailing me from {s_email}. League id {athlete_id}",
    "College AT {o} sent me film of {p_form} (#{jersey}, {team}), <<ACL>> vs <<MCL>>? Presser already says 'lower body'. HC {s_last} asking daily. Athlete id {athlete_id}",
    "{p} (jersey {jersey}) from {team} collapsed in warmups at {tourney}, <<HCM>> on echo. Team physician Dr. {o_last}, physio {s}. Family contact {kin} {us_phone}. Media already has it",
]

CLUBS = [
    "regular at {lodge}, {p_form}, {age}, collapsed calling bingo. {o} (the steward) did CPR, AED from the bar. <<VF>> arrest. {spouse} {kin} says {he}'s there every Tuesday",
    "Member at {hall}, {p_form}, {age}, <<syncope>> in the car park at 0740. Friends {o} and {s} drove {him}. {Kid_kin} {kin} calls from {us_phone}",
]

PSYCH = [
    "72h hold on {p_form}, {work_age}, petition {hold}, from {group_home}. Judge {o} at {court} set hearing {date}. GAL is {s}. House manager {kin} says {he} stopped <<clozapine>> a week ago",
    "sober house {group_home} in {town} called: resident {p}, {work_age}, <<alcohol withdrawal>> seizure. House mgr {o_form} ({us_phone}). Petition {hold} already filed by {kin}, {his} next of kin",
]

PUBLISHING = [
    "Draft for a case report, pls critique: 'A {age_n}-year-old {sexword} ({p}, MRN {mrn}) presented to {inst} on {date} with <<Takotsubo cardiomyopathy>>...' Co-authors {o} and {s}. Submitting ({ms_id}). ORCID {orcid}, corresponding author {s_last}, {s_email}",
    "my poster at {conf}, {session}: <<Lemierre syndrome>> in a {work_age}yo. Institution {inst}. Co-author {o_form} wants the patient's initials on it (pt is {p_init}). ORCID {orcid}",
]

TEMPLATES = ABROAD + CRASH + FARM + OUTDOORS + SPORT + CLUBS + PSYCH + PUBLISHING
