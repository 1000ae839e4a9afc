"""Round 12's templates (decision 089), written for this set without reading an earlier generator's templates.
Slots in braces are filled by generate.py with GoldMarkup text: {name} a person (many shapes), {given}/{sur} that
person again, {rel} a relation word and {relname} a relative's given name, {nick} a nickname, {doc} a physician's
surname, {age} an age (90 and over labelled, under 90 plain), {date}/{date2} dates, {dob} a date of birth, {wday} a weekday alone (no
identifier), {town} a US town and state, {county}, {street}, {ca}/{uk}/{au} a town with its postcode, {city} a foreign
city, {fac} a facility, {med} a drug, {score} a score or sign; {id}/{id2} a labelled record number, {bare} a record number without a label, {phone},
{email}, {url}, {ip}, {handle}; {term}/{term2} clinical terms that must survive. \\n is a line break."""

WITH_IDENTIFIERS = [
    "{age} with {term}, lives alone in {town}. {rel} {relname} calls every night at 9 sharp. Anyone have tips for getting home health out that far?",
    "Pt {name}, {age}, admitted {date} for {term}, {med} on hold. {rel} ({relname}) is HCPOA, reachable at {phone}.",
    "Can't believe this: {name}'s {term} workup got denied even with a {score} like that, {id}. Appeal #2 going out today. Payers are the worst part of this job.",
    "Transfer from {fac} - {name} - {term} + {term2}. Accepting was Dr. {doc}. Their notes say {id} but our system can't find it.",
    "sorry for the rant but {name} ({bare}) has been boarding in our ED for 5 days waiting for a psych bed. {term}. The state says there are no beds until {date}.",
    "Covering for Dr. {doc} this week. If anyone gets calls about {name} re: {term}, the family's number is {phone}, ask for {relname}.",
    "Follow-up list for {wday}:\\n1. {name} - {term}, recheck labs\\n2. {sur} again? no, that's his {rel} {relname}, different chart\\n3. call back {phone}",
    "{name} moved here from {city} last spring. {term} was diagnosed there, records in another language. The {rel} {relname} translates but only on weekends.",
    "Sent my pt to {ca} for a second opinion on her {term}. Canadian wait was shorter than ours. Let that sink in.",
    "Locum in {uk} for the winter. Saw {name} today, {term}, the GP letter was faxed from {phone}. NHS paperwork is its own specialty.",
    "Aussie GP here, pt {name} from {au} with {term}. Referral to the city takes 6 weeks minimum. Rural medicine everywhere is the same story.",
    "{nick} (legal name {name}) is a regular, {term} again, {med} never filled. Knows all the nurses by name. Lives on {street}, {town}.",
    "Pt's {rel} emailed the whole care team from {email} demanding we stop the {med} for her {term}. Pt has capacity and wants them. Ethics consult placed.",
    "{handle} keeps DMing me about his mom {name}'s {term} and her {med}. How do you all handle social media contact from families?",
    "Found the pt's {term} story posted at {url} with her full name and photo. She is {name}. Do we say anything?",
    "The {county} jail sent us {name}, {age}, for {term}. Shackled to the bed. Officer outside the door. Hard to do a real H&P like that.",
    "{date} - {name} presented with {term}, {med} started. {date2} - readmitted with {term2}. Same story every month since spring.",
    "Rural doc in {county}: we just lost our only OB. {name} drove a laboring partner 90 minutes last night, with {term} on top of it. Baby is fine. Next one may not be.",
    "RTC {date} for {name} ({id}), {term} f/u. Please make sure interpreter is booked, pt speaks only {lang}.",
    "Old-timer of the week: {name}, {age}, {term}, {med} twice a day, still splits wood. Lives out past {town}. Told me my coffee was weak.",
    "Quick Q: pt {sur}, {given} (surname first in our EHR) has {term} and the lab sent results for a {sur}, {given2} instead. Who owns the wrong-patient report?",
    "Got a voicemail from {phone} about {name}'s {term}. No name given. Is it OK to call back and ask who it is?",
    "Pharmacy needs {id} and {id2} on every controlled script for {name}. Both on file. Rejected anyway. Pt has {term}, on {med}.",
    "{name} and {name2}, married 60 years, both on our unit with {term}. They're in {room} and {room2}. Nurses moved them together.",
    "IT changed the VPN to {ip} and now remote charting times out after 5 min. Can't finish the note on {name}'s {term}.",
    "pt {name} in {room}, {term}, {med} held, fall risk, {rel} {relname} stays overnight. Night team please be kind, she's had a rough week.",
    "Hospice referral for {name}, {age}, {term}. Wants to die at home in {town}. {rel} {relname} is the caregiver.",
    "Anyone know a good {term} specialist near {town}? Pt {name} won't travel to the city. Referrals via {email} welcome.",
    "Called poison control about {name}, {term} after eating something from the {rel}'s garden. Case # {bare}.",
    "Locums at {fac} in {town}: 14 pts on a Saturday, {term} x3, one helicopter transfer ({name}). Pay was good, sleep was bad.",
    "Weird coincidence: my pt {name} with {term} has the same name as my med school anatomy prof. Not related. Asked.",
    "{relname}, the oldest kid, is moving {name} to {ca} to live with family. Need to hand off his {term} care. Any Canadian docs take new pts?",
    "Peds: {given}, {young}, {term}. Mom {relname} says the school nurse at {fac} sent them. Dad is deployed.",
    "{name}, DOB {dob}, {term}. Nursing home says she's got no family but her {rel} {relname} showed up today from {city}.",
    "{name} - {term}, on {med}. MRN {bare}. She told me her birthday is {date} so we'd better be done with her chemo by then.",
    "{given} {sur} ({nick}) is a {young} dairy farmer with {term}. Won't stop milking. Wife {relname} brings him in for the infusions.",
    "Transferring {name} to {fac} for {term}; {room}. Report called to {phone}.",
    "Question for EM folks: {name} came in with {term} after a car crash on {street}. Other driver's plate was {plate} and the police want our records. What do we give them?",
]

# Identifier-free: {cond}/{cond2} a disease named after a person or place, {brand} a brand that is a given name,
# {score}, {trial}; {young} an age under 90 and {wday} a weekday, neither an identifier.
WITHOUT_IDENTIFIERS = [
    "{young} with {cond}. Tried the usual first line, nothing. Any ideas before I send to the university?",
    "Teaching point from {wday}: {cond} and {cond2} can look the same on day one. Give it 48 hours.",
    "Anyone still prescribing {brand}? Pharmacy keeps subbing a generic and my {young} pt noticed the pill color.",
    "Journal club {wday}: {trial}. Does anyone actually change practice on it? Our cardiologists say no.",
    "Does your ED use the {score} or just gestalt? Ours put it in the order set and nobody fills it in.",
]
