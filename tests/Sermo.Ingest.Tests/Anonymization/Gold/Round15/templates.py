"""Templates written for round 15 (decision 117). Slots are filled by generate.py with GoldMarkup markup.

{a.*}, {b.*}, {c.*}: three drawn people (full, given, sur, rev "SUR, Given", famfirst "Sur Given", lower "given sur", caps, initial "G. Sur",
email); {rel}: a relation word; {t}/{u}: clinical terms; the rest are identifiers of one kind each
(town, st, addr, zip, date, dob, rdate, age, phone, fax, mrn, acct, claim, member, serial, url, employer, school, hosp).
Each identifier template is used 6 times, each clean template 4 times.
"""

WITH_IDENTIFIERS = [
    "Curbside: {age} yo with {t}, lives alone in {town}, {st}. {rel} {b.given} checks on her twice a week. Would you still anticoagulate at that age?",
    "sorry wrong window, that was my sign-out. pt {a.lower} rm 4 -- {t}, f/u {u} in am. call {b.given} ({rel}) {phone} if worse",
    "Portal message I got this morning, verbatim: \"Dr {c.sur} this is {b.full}, {a.given}'s {rel}. Mom is still confused since the {t} started, can someone call me at {phone}?\" How do you all handle portal triage for {u}?",
    "PA denied AGAIN for {t}. Claim {claim}, member ID {member}. I have spent 47 minutes on hold with a pharmacist named {b.given}. Anyone have a peer-to-peer script that works?",
    "Discharge summary (pasted, mods feel free to trim):\nPatient: {a.rev}\nMRN: {mrn}\nDOB: {dob}\nAdmitted: {date}\nDx: {t}\nFollow-up: Dr. {c.sur}, {hosp}",
    "Resident here. My attending ({c.initial}) told me to stop ordering {t} on every admit. Our {age}-year-old from {town} had one and it changed management. Who is right?",
    "Had a {age} y/o ({a.given}) come in {rdate} with {t}. Family says she was fine at the reunion in {town}. Anyone seen this presentation after {u}?",
    "Fax from outside clinic says call back at {fax}, ref {acct}. It's about {a.full}, DOB {dob}. I don't even know who this is. Is this how {t} referrals work now?",
    "her pacemaker serial {serial} is on recall; {rel} {b.full} keeps asking me. {t} also on board. rep said call {phone}",
    "Quick q re {t}: pt is a welder at {employer}, {age} if you believe it, still working. {rel} {b.given} drives him in from {addr}.",
    "{a.caps}\n{mrn}\n{dob}\n{t} -- consult pending\n\nugh, pasted from the census, ignore. question is about {u} dosing",
    "Anyone know {c.full}? Used to do {t} at {hosp}. Email I have is {c.email} but it bounces.",
    "Parent's message via portal: \"{a.given} came home from {school} with a rash and fever, started {date}. Her brother {b.given} had the same\". {t}? {u}?",
    "Send-out results finally back on {a.rev} (acct {acct}) -- {t} positive. It took from {date} to now. What lab do you all use?",
    "Sign-out 7p:\n1. {a.sur} - {t}, trend lytes\n2. {b.sur} - {u}, family ({rel} {c.given}) wants update at {phone}\npls don't post this anywhere lol",
    "GoFundMe for my patient is at {url}, he lost his job at {employer} after the {t}. Is it ok to share these? Feels weird.",
    "Pharmacist called re: {a.full} -- {t} interacting with {u}. She wants a callback at {phone}. Which one would you stop first?",
    "Case for the group: {agen}F, nursing home in {town}, {st} ({zip}), with {t}. {rel} {b.full} is POA. Admit or treat in place?",
    "ugh my MA scheduled {a.lower} for {date} and {b.lower} for the same slot, both for {t} f/u. whatever. how long are your new-patient slots?",
    "Device clinic note (redacted badly, sorry): serial {serial}, implanted {date} at {hosp}. {t} since then. Anyone seen lead noise like this?",
    "Grand rounds speaker was {c.full} from {hosp} talking about {t}. Her slides are at {url}. Worth a look.",
    "Lady born {dob}, so she's {age}, still lives at {addr} and mows her own yard. Came in for {t}. Honestly healthier than me.",
    "workers comp claim {claim} for {a.full}, forklift injury at {employer}, {date}. {t}. adjuster {b.given} wants an MMI date already. thoughts?",
    "His {rel} {b.given} called from {phone} to say he fell again {rdate}. He's {age}. {t}. I'm out of ideas for fall prevention at home.",
    "Do you document the interpreter? Ours was {c.full} (Vietnamese line, ID {acct}). Pt {a.famfirst}, {t}, family wanted {u} stopped.",
    "Outside records attached to the wrong chart: {a.rev} vs {b.rev}, same DOB {dob}. One of them has {t}. Who do I report this to?",
    "Lost to follow up: {a.full}, last seen {date}, {t}. Number on file {phone} disconnected, letter to {addr} came back. Do you discharge from the practice?",
    "Med student asked why we call {t} the way we do. Told her to email {c.email} -- {c.full} teaches the block at {school}. Anyone else loop in outside faculty?",
    "Transferred from {hosp} with {t}, MRN there {mrn}, ours pending. Arrived {date} with no imaging. Is this normal for transfers in your region?",
    "Old man from {town} (he says he's {age}), brought in by {rel} {b.full}. Worked at {employer} for 40 years. {t} and {u}. Where do I even start?",
]

CLEAN = [
    "Journal club: does {trial} change how you use {brand} in {t}? Our cardiology group says yes per {guide}, I am not sure.",
    "Board question of the day: {eponym} vs {eponym2}, which one goes with {t}? Bonus: what about {place}?",
    "Rant: {brand} copay went up again. Switched three patients to {brand2} for {t} and now PA for that too. {guide} doesn't care about formularies.",
    "Night float confession: I still mix up {eponym} and {eponym2}. Had a {age_clean} yo with {t} on {brand} and spent ten minutes on UpToDate.",
    "Anyone actually following {guide} for {t}? {trial} was in a different population. We keep {brand} at 5 mg and recheck labs in 2 weeks.",
    "Teaching pearl for interns: {eponym} is not the same as {t}. And please stop calling every tick bite {place}.",
]
