"""Round 10 templates (decision 071), in GoldMarkup's notation plus {slot} holes filled by generate.py.

Slots: {name} a person's name in one of several shapes; {given}/{sur}/{wgiven}/{wsur} parts; {nick} a nickname;
{town} a small town (its state follows as {st}); {county}; {fcity} {fzip} a foreign city and postcode; {abroad} a
foreign city alone; {mil} a military unit line with its code and ZIP; {street}; {zip}; {age} an age over 89 in one of
several spellings; {young} an age under 90 (not an identifier); {date}; {phone}; {fax}; {pager}; {mrn}; {ssn}; {npi};
{dea}; {lic}; {plate}; {serial}; {email}; {url}; {ip}; {cond} {cond2} conditions; {brand} {brand2}; {epo} {epo2}
eponyms; {trial}; {dept}. Clinical slots come back already wrapped in << >>.
"""

WITH_IDENTIFIERS = [
    "Admitted {name} from {town}, {st} overnight: {cond}. Started {brand}. Family aware.",
    "{age} with {cond}, lives alone outside {town}. Neighbour {wgiven} found her on the floor.",
    "Anyone know {name}? Says she did residency with you in {abroad}. Interviewing for our {dept} spot.",
    "pt {name} DOB {date} MRN {mrn} - {cond}, {epo} positive. dispo pending",
    "Re: {wsur}, {given} — {cond} again, third admission since {date}. Any ideas?",
    "Please send records to {street}, {town} {st} {zip}, attn {name}. Fax {fax}.",
    "Mail to my deployed colleague: {mil}. He asked for {brand} samples and good coffee.",
    "On call tonight, pager {pager}. {name} has the {county} clinic till 8.",
    "Consult note: {age}, {cond}. {epo} noted. Daughter {wwname} at bedside.",
    "The {wsur} family ({wgiven} and {given}) drove from {town} with a kid with {cond}. 3 hours.",
    "Just heard {name} retired after 40 years in {town}. Best {dept} doc I ever knew.",
    "Fwd: from {name} <{email}> on {date}:\n> re the {trial} slides, see {url}\nThanks!",
    "SSN {ssn} printed on the wristband for {name}. Filed an incident report.",
    "Prescriber: {name}, NPI {npi}, DEA {dea}. Pharmacy in {town} still rejected the {brand}.",
    "Plate {plate} blocking the helipad again. Belongs to {name}'s son, visiting.",
    "{wgsur} ({young}) with {cond} on {brand}. Sister {given} at home with the kids.",
    "Pump {serial} alarmed all night for {name}. Rep says firmware. {cond} controlled though.",
    "Locum in {fcity} {fzip}: {cond} and {epo} every week. Email {email} if keen.",
    "Remote session from {ip} was {name} checking labs from home. Relax, IT.",
    "{name} ({age}) — nonagenarian with {cond}, still on {brand}. Goals of care tomorrow.",
    "GP in {fcity}, {fzip}. Referred {gwsur} to you for {epo} query. Cheers.",
    "Licence {lic} for {name} expired {date}. Credentialing asked me to post this. Sigh.",
    "{name}, {young}, {cond}. Her husband {wgiven} says she's been 'off' since {date}.",
    "Heads up: {name} from {dept} moved to {town}, {st}. New cell {phone}.",
    "Transfer from {county} — {age}, {cond}, {brand} given en route by medic {given}.",
    "Hi all, {name} here ({dept}, {town}). Looking for a {epo} teaching video. Thx",
    "Sad news: {name} died {date}, {age}. {cond}. We'll miss her at the {town} clinic.",
    "Case: man in his {decade} from {town}, {cond}, {epo}. Wife {wgiven} worried it's {cond2}.",
    "{initsur}, {young}, {cond}. Handoff from {given} said stable. He was not.",
    "Phone {phone} keeps calling our {dept} desk asking for {name}. Wrong number, I hope.",
    "Deployed: {mil}. Saw {cond} and {cond2} this week. {name} is our only medic.",
    "{name}, {street}, {town} {st} {zip}. {cond}. Needs home O2 assessment.",
    "MRN {mrn} ({initials}) {cond} — {epo} equivocal. {brand} held.",
    "Thanks {wgiven} and {name} for covering {town} on {date}. {cond} x3 and a {epo}.",
]

CLEAN = [
    "{epo} and {epo2} in one patient with {cond}. {brand} started, {dept} consulted.",
    "Journal club: {trial} — does it change how we treat {cond}? {epo} still matters.",
    "{brand} vs {brand2} for {cond} in a patient in their {decade} with CKD. Thoughts from {dept}?",
    "Teaching: {epo} is not {epo2}. Residents mix them up every {weekday}.",
    "{young} with {cond}, {epo} on exam. {brand} and watch. Discharged {weekday}.",
]
