"""Templates of the round-8 generator: physicians' forum posts in gold markup, one function per phrasing."""

from slots import (COUNTIES, NAME_LIKE_DRUGS, NICKNAMES, PLACE_DISEASES, RELATIVES, STAFF, GIVEN, I, N, R, T, age,
                   date, drug, email, eponym, given, ip, lab, military, mrn, phone, pick, plate, problem, serial, ssn,
                   street, surname, town, url, zipcode, age_spoken, dob)


def _origin_given(origin):
    return pick(GIVEN[origin])


def t_case_open():
    return f"Curbside q: {age()} with {problem()} on {drug()}, {lab()}. Family ({pick(RELATIVES)} {N(given())}) wants everything done. Thoughts?"


def t_surname_first():
    return f"Pt: {N(surname() + ', ' + given())} | {mrn()} | admitted {date()} for {problem()}"


def t_title_word_surname():
    title = pick(["Dr.", "Mrs.", "Mr.", "Ms.", "Dr"])
    return f"{title} {N(pick(['Payne', 'Savage', 'Hart', 'Bone', 'Coffin', 'Sickles', 'Marrow', 'Graves', 'Still', 'Bell']))} called about the {drug()} refill, says the {problem()} is back."


def t_lower_pt():
    g = given().lower()
    return f"pt {N(g)} seen today, {age()}, {problem()}, restarted {drug()}"


def t_relative_name():
    return f"{pick(RELATIVES).capitalize()} {N(given())} drove in from {I('CITY', town()[0])} and says she stopped her {drug()} in {I('DATE', pick(['March', 'August', 'October', 'January']))}."


def t_possessive():
    g = given()
    return f"{N(g)}'s {eponym()} was the question on rounds, so I rechecked the {drug()} dose. Her {lab()} this morning."


def t_staff():
    return f"Shout out to {pick(STAFF)} {N(given())} who caught the {lab()} before we pushed the {drug()}."


def t_initials():
    initials = pick(["J.R.", "A.J.", "T.K.", "M.E.", "R.J.", "K.C.", "D.W."])
    return f"{N(initials + ' ' + surname())}, {age()}, {problem()}; code status DNR/DNI per {pick(RELATIVES)}."


def t_nickname():
    g, s, nick = given(), surname(), pick(NICKNAMES)
    return f'Admitted {N(g)} "{N(nick)}" {N(s)} again, third time this month with {problem()}. {lab()}.'


def t_quote_name():
    return f'The sign-out literally said "{N(given())} in 12 is a frequent flyer" and nobody checked the {lab()}. It was {problem()}.'


def t_town_in():
    t, st = town()
    return f"Rural doc here, up in {I('CITY', t)} - nearest cath lab is 3 hours. Anyone giving {drug()} before transfer for {problem()}?"


def t_town_state():
    t, st = town()
    return f"Patient drove from {I('CITY', t)}, {st} {zipcode()} for a second opinion on her {eponym()}."


def t_county():
    return f"We are the only clinic in {I('ADDRESS', pick(COUNTIES))}; my {I('AGE', str(R.randint(90, 99)))}-year-old with {problem()} waited six weeks for {drug()}."


def t_address():
    t, st = town()
    return f"Home health visit at {street()}, {I('CITY', t)} - {age()}, {problem()}, pill box full of {drug()}."


def t_apo():
    return f"Mailing her records to her son overseas: {N(fullname_safe())}, {military()}. He asked about her {eponym()}."


def fullname_safe():
    return f"{given()} {surname()}"


def t_dob():
    return f"{pick(['DOB', 'dob', 'D.O.B.', 'born', 'DOB:'])} {dob()} - {N(fullname_safe())}, {problem()} on {drug()}, {lab()}"


def t_phone():
    return f"Can someone at the {I('CITY', town()[0])} clinic call {N(given())} back at {phone()}? Her {drug()} prior auth was denied."


def t_fax():
    return f"Fax the {eponym()} workup to {I('FAX', phone_digits())} attn {N(given())}."


def phone_digits():
    return f"{R.randint(201, 989)}-{R.randint(212, 987)}-{R.randint(1000, 9999)}"


def t_email():
    g, s = given(), surname()
    return f"Family wants updates by e-mail ({email(g, s)}) on {N(g + ' ' + s)}; is that OK for a {problem()} admission?"


def t_url():
    g, s = given(), surname()
    return f"Sad news: {N(g + ' ' + s)} passed, {age()}. Obit at {url(g, s)} mentions her {eponym()}."


def t_ip():
    return f"The portal log shows someone at {ip()} opened {N(given())}'s chart. Compliance asked about her {drug()} list."


def t_device():
    return f"ICD serial {serial()} alarmed twice; {age()}, {problem()}, on {drug()}."


def t_plate():
    return f"Security towed a truck, plate {plate()}, from the ED bay while {N(given())} was coding from {problem()}."


def t_ssn():
    return f"Registration put {ssn()} in the note for {N(fullname_safe())}. Is that a reportable breach? Pt here for {problem()}."


def t_record():
    return f"{mrn()} / {N(surname().upper())}, {N(given().upper())} / {problem()} / {drug()}"


def t_mrn_line():
    return f"Handoff bed {I('ID', str(R.randint(1, 40)))}: {N(fullname_safe())} ({I('AGE', str(R.randint(90, 103)))}) {problem()}, {lab()}, on {drug()}"


def t_admit_date():
    return f"Admitted {date()} with {problem()}, discharged {date()} on {drug()}. {N(given())} bounced back in 48 h."


def t_age_words():
    return f"My oldest today was {age_spoken()} and sharper than me. {problem()}, we held the {drug()}."


def t_doctor_refer():
    return f"Referred to Dr. {N(surname())} in {I('CITY', town()[0])} for the {eponym()}; she wants {drug()} first."


def t_lower_dr():
    return f"dr {N(surname().lower())} in GI says no scope until the {lab()} is rechecked"


def t_word_given_alone():
    g = pick(["Hope", "Will", "Rusty", "Iris", "Gene", "Bill", "Patience", "Lupe", "Dusty", "Ginger", "Honey", "Sunny"])
    return f"Called {N(g)} at home: no more {problem()} symptoms since the {drug()} change."


def t_word_given_verb():
    g = pick(["Hope", "Will", "Rusty", "Iris", "Gene", "Bill", "Patience", "Lupe", "Faith", "Penny", "Misty", "Chase"])
    return f"{N(g)} {N(surname())} came back for the {lab()} result and asked whether {drug()} causes {problem()}."


def t_origin_pair():
    origin = pick(sorted(GIVEN))
    return f"{N(_origin_given(origin))} {N(surname())} from room {I('ID', str(R.randint(300, 499)))}: {problem()}, {lab()}."


def t_particle():
    g = given()
    s = pick(["van der Berg", "de la Cruz", "bin Rashid", "O'Shaughnessy", "ter Horst", "dos Reis", "D'Souza",
              "St. Pierre", "Santos-Villanueva", "Kealoha-Akana", "abu Zeid", "van Wyk", "Le Quang"])
    return f"Family meeting for {N(g + ' ' + s)} tomorrow at 2; {problem()} and {eponym()}."


def t_signoff():
    return f"Happy to share our {drug()} protocol. -- {N(given() + ' ' + surname())}, MD, {I('CITY', town()[0])}"


def t_visit_relative():
    rel = pick(["her son", "his daughter", "her grandson", "his niece", "her brother"])
    return f"{rel.capitalize()} {N(pick(['Dmitri', 'Tevita', 'Kwabena', 'Haruto', 'Xochitl', 'Nizhoni', 'Youssef', 'Harpreet', 'Leilani', 'Svetlana']))} flies in from {I('CITY', town()[0])} on {date()} to talk about hospice for the {problem()}."


def t_two_people():
    return f"{N(given())} and {N(given())} {N(surname())} both came in with {T(pick(PLACE_DISEASES[:18]))} after the same camping trip."


def t_census_upper():
    return f"{N(surname().upper())} {N(given().upper())} {age()} {problem()} - {drug()}"


def t_admission_nursing_home():
    t = town()[0]
    return f"Sent in from the {I('CITY', t)} nursing home: {age()}, {problem()}, {lab()}. Facility nurse {N(given())} at {phone()}."


def t_pharmacy():
    return f"The pharmacist in {I('CITY', town()[0])} ({N(given() + ' ' + surname())}) flagged {drug()} with {T(pick(NAME_LIKE_DRUGS))}."


def t_forwarded():
    g, s = given(), surname()
    return f"Fwd from {email(g, s)}: \"Dr, my mom {N(given())} is {age_spoken()} and the {drug()} makes her dizzy.\""


def t_followup_weekday():
    return f"F/u {date()} with {N(surname())} re {eponym()}; next {pick(['Tuesday', 'Thursday', 'Friday'])} clinic is full."


TEMPLATES = [t_case_open, t_surname_first, t_title_word_surname, t_lower_pt, t_relative_name, t_possessive, t_staff,
             t_initials, t_nickname, t_quote_name, t_town_in, t_town_state, t_county, t_address, t_apo, t_dob, t_phone,
             t_fax, t_email, t_url, t_ip, t_device, t_plate, t_ssn, t_record, t_mrn_line, t_admit_date, t_age_words,
             t_doctor_refer, t_lower_dr, t_word_given_alone, t_word_given_verb, t_origin_pair, t_particle, t_signoff,
             t_visit_relative, t_two_people, t_census_upper, t_admission_nursing_home, t_pharmacy, t_forwarded,
             t_followup_weekday]


def c_eponyms():
    return f"Three {eponym()} consults in one week, plus one {eponym()}. Is {drug()} still first line?"


def c_name_drugs():
    return f"Switched her from {T(pick(NAME_LIKE_DRUGS))} to {T(pick(NAME_LIKE_DRUGS))}; the {problem()} did not change."


def c_place_disease():
    first, second = R.sample(PLACE_DISEASES[:18], 2)
    return f"Anyone seeing more {T(first)} this season? We also had {T(second)} on the differential."


def c_numbers():
    return f"{problem()}: sat {R.randint(88, 99)}% on 4 L, HR {R.randint(90, 130)}, BP {R.randint(150, 210)}/{R.randint(90, 120)}, weight {R.randint(90, 130)} kg, {lab()}."


def c_may_verb():
    return f"You may want to hold the {drug()} until the repeat {lab()} is back. May I suggest ruling out {eponym()} first?"


def c_months_words():
    return pick([f"Dry January starts tomorrow and half my {problem()} patients asked about {drug()}.",
                 f"Movember fundraiser for {T('prostate cancer')} screening; we ran out of {drug()} samples.",
                 f"March of Dimes asked our unit about {T('neonatal abstinence syndrome')} and {eponym()}.",
                 f"Friday afternoon admissions are the worst: {problem()} plus {eponym()} at 4:55."])


def c_weekday_routine():
    return f"Our {pick(['Monday', 'Wednesday', 'Thursday'])} clinic is all {eponym()} follow-ups; most are on {drug()}."


def c_years():
    return f"The {R.randint(2015, 2024)} guideline update changed how we dose {drug()} in {problem()}; has your pharmacy caught up?"


def c_word_names():
    return pick([f"Will do: hold the {drug()} and recheck the {lab()}. Hope it trends down.",
                 f"Faith in the {drug()} is fading; three {problem()} readmissions this quarter.",
                 f"Grace period on the {drug()} prior auth ends Friday. Patience is thin on our unit.",
                 f"Rusty on {eponym()}? Same. Penny-wise formularies make {drug()} hard to get.",
                 f"Sunny skies, so every {problem()} in the county comes in after yard work. {lab()} on the first one."])


def c_roles_only():
    return f"The charge nurse, the hospitalist and the pharmacist all flagged the {drug()} dose; the attending agreed after the {lab()}."


CLEAN_TEMPLATES = [c_eponyms, c_name_drugs, c_place_disease, c_numbers, c_may_verb, c_months_words,
                   c_weekday_routine, c_years, c_word_names, c_roles_only]
