"""Round 16's post templates (decision 122), written for this set. {slot} draws a fresh value; {slot=k} draws once
per post and repeats it wherever {slot=k} appears again. Slot kinds are the functions in generate.py's SLOTS."""

WITH_IDENTIFIERS = [
    # texting shorthand
    "omg {wordgiven=a} from the {facility} just called me AGAIN. her mom {full} ({age90} yo) has {term} n they want me to come in. im in {town_st} lol",
    "u up? pt {lower} back w {term}, wife says call her {phone_us} b4 8. shes the one who lives on {street} in {town}",
    "reminder 2 self: fax {full}'s {term} records to {phone_ext}, dob {dob}, she moved to {town_st}",
    # pasted EHR fragments and tables
    "Pasted from the face sheet, sorry:\\nPatient: {caps_sg}\\nDOB: {dob}\\nAddress: {street}, {town_st} {zip}\\nPhone: {phone_us}\\nDx: {term}",
    "Name | Age | Bed | Problem\\n{sg} | {age90d} | {room} | {term}\\n{sg} | 64 | {room} | {term}",
    "Problem list copied from the referral: {term}; {term}. Pt {full}, MRN {mrn}, PCP Dr. {surname} ({phone_us}).",
    "EHR banner: {caps_sg} | {age90d}Y F | MRN {mrn} | Allergies: PCN | Code: DNR. Admitted for {term}.",
    "Insurance card photo (cropped badly): Member {full} / ID {insurance} / Medicare MBI {mbi}. They denied {plan} for her {term}.",
    # referral letters
    "Dear Dr {surname},\\nThank you for seeing {full} ({dob}), a {age90}-year-old from {town_st} with {term}. Her daughter {wordgiven} can be reached at {phone_ext}.",
    "Referral from Dr {surname} (NPI {npi}, DEA {dea}): \"{given}, please see this {age90} yo with {term}, {plan} considered.\"",
    "To the UK GP: re {full}, NHS no. {nhs}, of {uk}. Seen here on {date_words} for {term}; started {plan}.",
    "Letter for the Canadian insurer: {full}, health card {ohip}, home address {ca}, treated {date_eu} for {term}.",
    # sign-out lists
    "Sign out\\n- {sg} ({room}): {term}, f/u {plan}\\n- {sg} ({room}): {term}, daughter {wordgiven} at bedside\\n- {sg} ({room}): {term}",
    "Night list from {nick}: {wordname} {room} {term}, {full} {room} {term}, call {phone_ext} if issues",
    "handoff: {lower} {room} -- {term}. son {given} ({phone_us}) wants updates. lives at {rr}, {town}",
    # addresses at home and abroad
    "Military family: spouse {full}, mailing address {apo}. Needs 90 days of meds for {term} before they ship.",
    "Tourist from Australia, {full}, staying at {au}. {term}, {plan} given. Travel insurer policy {insurance}.",
    "Visiting grandma {full} ({age90}) lives at {in_addr}; came for the wedding, admitted with {term}.",
    "Pt's address on the ER form: {mx}. {full} came across for {term} and has family in {town_st}.",
    "New pt {wordname} gave her address as {pobox}, {town_st} {zip}. Home health can't find it. {term}.",
    # facilities that place a person
    "{full} works nights at {facility} in {town}; came in with {term} after a double shift. Supervisor {wordgiven} called twice.",
    "Nursing home transfer: {full} from {facility}, {town_st}. {term}. Facility nurse {given} at {phone_ext}.",
    # numbers and devices
    "Plate {plate}, VIN {vin}: that's in the EMS note for {full}'s rollover near {town}. {term}.",
    "Portal login for {full} from {ip} on {date_words}. She says she never read the {term} results.",
    "Device check: serial {serial}, pt {sg}, {age90} yo, lives in {town}. {term} on interrogation, {plan} scheduled.",
    # dates in European order and in words, ages over 89
    "{wordname}, {age90}, fell on {date_words} and lay on the floor till her neighbour {given} found her. {term}.",
    "DOB {dob}, pt {full}, {term}. Her son {mixname} says she's been in {town_st} since 1971.",
    # URLs, e-mails, handles
    "Family set up a fundraiser at {url} for {full}'s {term}. My name is in the post. Awkward.",
    "Pt's daughter {full} emails me at work from {email} about her dad's {term}. How do you all set boundaries?",
    "Someone tagged our unit from {handle}'s account with a pic of {given} in {room}. {term}, still intubated.",
    # run-on and typos
    "so this guy {lower} comes in from {town} with {term} and hes like {age90} and his wife {wordgiven} is like no hes fine and i am like maam his {plan} says otherwise and then his son calls from {phone_intl}",
]

WITHOUT_IDENTIFIERS = [
    "Journal club: {trial} in {year}. Would you switch a {age_u90} yo with {eponym} to {brand}? We argued until {weekday}.",
    "{holiday} again, which means {placedisease} questions from travelers and {lab} in the fridge-cold ED. Also, {wordu}.",
    "Is {eponym} underdiagnosed? Saw two on a {weekday}. {dose} and a {year} guideline that nobody follows.",
    "Pharmacy keeps subbing {brand} and {brand}. {trial} says one thing, the formulary says another. {wordu}.",
    "Every {holiday} I see {eponym} in a {age_u90} yo. {lab} on arrival. Not a place, not a person, just a disease.",
    "Teaching pearl: {placedisease} vs {eponym}. Ask about travel, check {lab}, start {dose}. Thanks {weekday} team, {wordu}.",
]
