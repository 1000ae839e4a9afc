"""Round 9's templates in forum phrasing; {slot} is filled by the Slots method of that name (slots.py)."""

WITH_IDENTIFIERS = [
    "Curbside: {old_age} from {town} with {dx}, on {drug}. {relative} wants us to 'do everything'. Where do you draw the line?",
    "{surname_first} | DOB {dob} | MRN {mrn} | {dx} | plan: {proc}",
    "{upper_surname_first}  RM [[ID:4B]]  {young_age_free}  {dx}  CODE: DNR  PCP: {doctor}",
    "Anyone else covering for {doctor} this week? Her pt {full} ({old_age}) needs {proc} and nobody knows the plan.",
    "Sent a referral to {doctor} for {dx} — fax {fax}, phone {phone}. Three weeks, no answer. Normal?",
    "My pt {initials} drove in from {town} (2.5 hrs!) for her {proc}. We need more rural {dx} care.",
    "{titled} called me at home about the {dx}. Got my number from the church directory. Boundaries, people.",
    "Fwd: From: {full} <{email}> Sent: {date} — 'Dr, my mom ({old_age}) says the {drug} makes her dizzy, can we stop?'",
    "pt {lower_full} ({young_age}) w {dx}, started {drug} on {date}, follow-up w {doctor} in 2 wks",
    "Home visit to {full_address} today. {old_age}, lives alone, {dx}, fridge had one egg. Called APS.",
    "{staff} caught the {dx} before anyone. {staff} backed her up. Nurses run this place.",
    "Deployed son's address for the {dx} letter: {full}, {military}. Anyone done a Red Cross message before?",
    "Case: {young_age} from {foreign} arrived last week with {dx}. Family says local clinic gave {drug}. Next step?",
    "{word_pair} (yes, that's her real name) just joined our {dx} clinic. Welcome her!",
    "NPI {npi}, DEA {dea} — the pharmacy keeps rejecting my {drug} scripts because the system has my old address.",
    "Device check: {device}, serial {serial}, pt {surname}, {old_age}. Battery at ERI. Who replaces it, EP or surg?",
    "Pt {full} asked me to sign off on a {dx} disability form. SSN on the form {ssn}. Shred or scan?",
    "{nickname} is back — {dx} again, {drug} again. Third admit since {date}.",
    "Obituary for my longtime pt is up: {url} — {dx} for 20 years, never missed a visit. I cried.",
    "Our portal got hit from IP {ip}; someone read {full}'s {dx} note. Breach letter goes out {date}.",
    "Hit-and-run: car with plate {plate} dropped {surname} at the ED doors, {dx}. Police asking for records. No.",
    "Transfer accepted from {county} — {full}, {old_age}, {dx}. Their only CT is down.",
    "Sign-out: bed [[ID:3]] {surname} ({dx}), bed [[ID:7]] {surname} ({dx}), bed [[ID:11]] {full} on {drug}. Good luck. – {given}",
    "Anyone know a {dx} specialist near {town}? My pt {given} {surname} can't drive to the city.",
    "Letter to insurer: {full} (DOB {dob}, member ID {mrn}) has failed {drug} and {drug}; requesting {proc}.",
    "Thanks to {doctor} from {foreign} for teaching us {proc} on a {dx} case. Amazing week.",
    "{given} (pt's {relative_word}) called {phone} at 2am asking if {drug} is safe with {dx}. Is it?",
    "Pt {surname} ({old_age}) lives in {town}; {relative} brings the pt in every week for {proc}.",
    "The {dx} pt from {town} — {full} — wants his records emailed to {email}. HIPAA-wise?",
    "re {titled}: {dx} resolved, {drug} stopped {date}. {staff} did the teaching. Home tomorrow.",
    "Funny one: {job_pair}. Says it's a family tradition.",
    "Discharged {date} to {full_address}, {relative} to check in daily. {dx}, {drug} taper.",
    "Pre-op: {surname_first}, {old_age}, {proc} for {dx}. {score} high. Anesthesia: {doctor}.",
    "I trained with {doctor} in {foreign}; she now runs the {dx} clinic in {town}. Small world.",
]

# Identifier-free templates: clinical words that look like names, ages up to 89, weekdays, years alone.
WITHOUT_IDENTIFIERS = [
    "{young_age_free} with {dx} — {score} says one thing, my gut says another. {drug} or {proc}?",
    "Does anyone still cite {trial} when choosing {drug}? The {trial} data changed my mind.",
    "{proc} vs {proc} for {dx}: what does your group do in 2025?",
    "Teaching pearl: a {score} is a tool, not a verdict. Examine the pt with {dx} before you reach for {drug}.",
    "Monday clinic: {dx}, {dx}, {dx} and one {young_age_free} on {drug} who wants {drug} instead.",
    "{drug} shortage again. Switched three pts to {drug}. Any issues with {dx} control?",
    "Post-call rant: {proc} at 3am for {dx}, then {proc}, then another {dx}. Residency flashbacks.",
    "Journal club pick: {trial} vs {trial} — and does {score} still matter for {dx}?",
]

JOBS = ["baker", "mason", "carpenter", "potter", "weaver", "tanner", "fisher", "shepherd"]
DEVICES = ["dual-chamber pacemaker", "ICD", "CRT-D", "loop recorder", "leadless pacemaker", "spinal cord stimulator"]
RELATIVE_WORDS = ["daughter", "son", "wife", "husband", "niece", "neighbor", "cousin", "grandson"]
