"""Round 14's templates (decision 109), written for this set; each is used at most 6 times.

Slots in braces are drawn by generate.py and come back as markup ([[TYPE:text]] for an identifier). A slot name used
twice in one template is the same draw ({name} ... {name}); a digit makes a second draw ({name2}). <<...>> is a
clinical term that must survive; {dx}, {med}, {lab} and {proc} draw one.
"""

WITH_IDENTIFIERS = [
    # EHR lists and tables pasted by mistake
    "Sorry, pasted my sign-out instead of the link. Deleting soon:\\nBed {bed} | {ehrname} | {age}F | {dx} | FULL CODE\\nBed {bed2} | {ehrname2} | 67M | {dx2} | DNR/DNI\\nAnyway the question was about {med} dosing in dialysis.",
    "Census pasted from Epic, ignore the names, I'm asking about the third column:\\n1. {ehrname} MRN {mrn} - {dx}\\n2. {ehrname2} MRN {mrn2} - {dx2}\\nWhy does our system still flag these as sepsis?",
    "PT NAME: {capsname}\\nDOB: {dob}\\nINS: member ID {member}\\nDX: {dx}\\n^ that is what the fax from the PBM looked like when they denied {med}. Third time.",
    "Copying the handoff so people see how bad it is: \"{rev} (rm {bed}): {dx}, family ({nick}) at bedside, call daughter at {phone} if changes\". Our handoff tool has no structure at all.",
    "Med rec list from the SNF, verbatim: '{ehrname} / {fac} / {med} daily / last fill Rx #{rx} at the {landmark}'. Half of these are discontinued.",
    # curbsides and case questions
    "Curbside: {age}-year-old from {town}, lives alone off {street}, new {dx}. Daughter {given2} wants everything done. Would you anticoagulate?",
    "Anyone else covering {fac}? Had a {age}yo there overnight with {dx}. Nurse {staff_given} called me four times and she was right every time.",
    "Weird one. {title} {sur} ({age} y/o, still drives) came in after {dateword} with {dx}. Labs: {lab}. What am I missing?",
    "Resident question: pt {lowername} keeps leaving AMA to feed her chickens in {town}. {dx}, on {med}. How do you all handle this without burning the relationship?",
    "Peds: {given} (goes by {nick}) is in 2nd grade at {school}, third visit for {dx} since {daterel}. School nurse {staff} keeps sending him home. Thoughts?",
    "Patient is a welder at {workplace} and has had {dx} since {daterel}. Occupational med wants a note. Anyone write these regularly?",
    "Had to call poison control for {full} from {town} after he took his wife's {med}. Wife is {title} {sur2}, the preacher at the Baptist church there.",
    "{name} ({age}) came up from {abroad}, phone there {abroad_phone}, with {dx} diagnosed locally. Records in three languages. Who reads these?",
    # prior auth and insurance rants
    "Prior auth for {med} denied AGAIN. Member ID {member}, PA ref {pa}, and the rep told me to 'try metformin first'. The patient has {dx}.",
    "Humana wants the MBI {mbi} on every page of the appeal for {ehrname}. Every page. For {med}. I give up.",
    "The pharmacy at the {landmark} will not fill {med} without the group number ({group}) and the BIN. Patient called from {phone} crying. {dx} does not wait.",
    "Spent 40 min on hold for {title} {sur}'s {proc} auth. Claim {claim}. Denied for 'insufficient documentation' of {dx}, which is in the first line of the note.",
    "PSA: if you fax an appeal to the {town} office, use {fax_phone}, not the number on the letter. Got {name}'s {med} approved that way.",
    # family and staff in passing
    "Family meeting tomorrow for {sur}. Son {given2} flies in from {abroad}, the other son ({nick}) is in jail in {town}. {dx}, no advance directive.",
    "Shoutout to our unit clerk {staff} who found the patient's brother in {town} through his {handle} account. {dx}, needed consent.",
    "My MA {staff_given} keeps getting messages at {email} from a patient's husband about her {dx}. How do you set boundaries here?",
    "Pastor {sur2} from the church in {town} calls daily about {given} (room {bed}). Is it ok to give clergy an update on {dx} if she said yes on admission?",
    "Mother is {title} {sur}, {age}, refuses {proc}. Niece {given2} ({phone}) has POA but it is from {daterel}. Valid?",
    # dates written as words and relative dates with years
    "She has not been the same since {dateword}, when she fell at the {landmark}. CT then was negative. Now {dx}.",
    "Timeline for {full}: first symptoms on {dateword}, ED visit {datenum}, admitted {daterel}. Final dx {dx}. Should we have caught it earlier?",
    "He was fine at {dateword2} dinner, per his wife {given2}. By {dateword} he had {dx}. {age} and sharp as a tack before.",
    "Last seen well {daydate}. Found down in his trailer at {street}, {town}. {dx}, CK through the roof.",
    # vehicles, beds, social media, contacts
    "Ambulance crew said the pt's truck ({plate}) was still running in the parking lot of the {landmark}. {dx}. Cops want to know if he can drive.",
    "Sitter needed for bed {bed}: {lowername}, {dx}, pulled his line twice. Security says his brother is parked outside in a car with plate {plate}.",
    "A patient found my personal {handle} and DM'd me about her {dx}. Her own page ({url}) has her whole chart basically. Block, or respond?",
    "The family set up {url} for {full} and posted the {proc} results. Is that on us in any way?",
    "Getting calls on my cell from {phone} and {phone2} from a pt's ex-wife about his {dx}. Told her I cannot discuss. She keeps calling.",
    "Our locums portal at {ip} logs every chart you open, so be careful. Someone opened {title} {sur}'s chart (the mayor of {town}) 60 times. {dx} is not a secret anymore.",
    # misspellings, nicknames, lower case, caps
    "the note says pt name '{misspelt}' but the wristband says {name}. same DOB {dob}. pharmacy dispensed {med} under the misspelled one.",
    "ED board says {capsname} (goes by {nick}) in {bed}. {dx}, wants his {med} from home. Fine to continue?",
    "Transfer from {fac} in {town}: {rev} {age}M, {dx}. Accepting doc was {title} {staff_sur}. Nobody called report.",
]

WITHOUT_IDENTIFIERS = [
    "Journal club: does {trial} change how you use {med}? Our group is split. The {guideline} still says the same thing about {dx}.",
    "For {dx} I check {lab} before starting {med}. Is that overkill? The {guideline} is vague on it.",
    "Quick poll: {proc} for {dx} in the over-80s. Worth it? {trial} excluded most of them.",
    "Board question I got wrong: {dx} with {sign}. The answer was {med}. Still don't get why.",
    "Rant: our formulary swapped {brand} for the generic and half my {dx} patients stopped taking it. {lab} went up across the panel.",
    "Teaching tip for residents: {sign} is classic for {dx}, but {lab} matters more at 3 am. Then think about {proc}.",
]
