"""Round 27's identifier templates (decision 173): each takes the random source and returns one post's markup.

Over half tell one patient's story the way physicians write on a forum; the rest centre on the brief's settings
(dialysis, home health, sports, occupational and aviation medicine, portals, legal, long-term care, military,
wilderness, veterinary crossover, dental referrals, billing). Each is drawn at most 4 times by generate.py."""
from people import Person, tag, name_words, digits, letters, record_number, date_text, phone_text, old_age
from pools import (TOWNS, COUNTIES, NEIGHBOURHOODS, STREETS, STREETS_ABROAD, DIALYSIS, HOME_HEALTH, NURSING_HOMES, CLUBS,
                   EMPLOYERS, AIRLINES, BASES, PARKS, TRAILHEADS, VET_CLINICS, DENTAL, LAW_FIRMS, PETS)


def loc(value):
    return tag("LOCATION", value)


def town(rng):
    name, state = rng.choice(TOWNS)
    return f"{loc(name)}, {state}" if rng.random() < 0.5 else loc(name)


def dialysis_chair(rng):
    p = Person(rng)
    return (f"{p.full()} ({p.he} is 58) missed two runs at {loc(rng.choice(DIALYSIS))} this week, came in with K 6.9 and "
            f"peaked T waves. {p.his} {p.child_word} drove {p.him} from {town(rng)}. MRN {tag('ID', record_number(rng))}. "
            f"<<hyperkalemia>> again, third time since {tag('DATE', date_text(rng))}. social worker {name_words(Person(rng).given)} is calling {p.him} at {tag('PHONE', phone_text(rng))}. how do you all handle chronic no-shows?")


def transplant_list(rng):
    p = Person(rng)
    return (f"UNOS waitlist question: pt {p.last_first()}, listed {tag('DATE', date_text(rng))}, cPRA 98%, "
            f"UNOS ID {tag('ID', letters(rng, 3) + digits(rng, 4))}. {p.he} got a call from the center at "
            f"{tag('PHONE', phone_text(rng))} but the offer was a <<DCD kidney>> from {loc(rng.choice(['Sioux Falls', 'Billings', 'Rapid City', 'Missoula']))} with long cold time. {p.his} {p.spouse_word} {name_words(p.spouse_given)} says take it. would you")


def home_visit(rng):
    p = Person(rng)
    return (f"home health note pasted: SN visit to {p.full()} at {tag('LOCATION', str(rng.randrange(100, 9900)) + ' ' + rng.choice(STREETS))}, "
            f"{town(rng)}. wound vac on <<sacral pressure injury>> leaking, {p.spouse_word} {name_words(p.spouse_given)} "
            f"reinforced w/ tape. agency {loc(rng.choice(HOME_HEALTH))} wants an order by {tag('DATE', date_text(rng))}. fax {tag('PHONE', phone_text(rng))}, ref {tag('ID', 'HH' + digits(rng, 6))}.")


def hospital_at_home(rng):
    p = Person(rng)
    return (f"our hospital-at-home pilot admitted {old_age(rng, p.female)} {p.surname_markup()} w/ <<CHF exacerbation>>. "
            f"iv lasix at the kitchen table, paramedic visits twice a day. {p.his} neighbor in {loc(rng.choice(NEIGHBOURHOODS))} "
            f"called us at {tag('PHONE', phone_text(rng))} when {p.he} fell asleep in the recliner. honestly it went fine. discharged to PCP {name_words(Person(rng).full_plain())} on {tag('DATE', date_text(rng))}")


def team_physician(rng):
    p = Person(rng)
    return (f"team doc for the {loc(rng.choice(CLUBS))} here. our #{tag('ID', str(rng.randrange(2, 89)))}, {p.full()}, took a knee "
            f"to the flank, gross <<hematuria>> at halftime. CT showed a <<grade III renal laceration>>. coach {name_words(Person(rng).surname)} wants "
            f"{p.him} back for the {tag('DATE', date_text(rng))} game at {loc(rng.choice(['Hubbard Park', 'Dickey-Stephens', 'Cobb Field', 'Ballpark Commons']))}. lol no")


def tournament(rng):
    p = Person(rng)
    return (f"covering a youth tournament in {town(rng)}, 14yo {name_words(p.given)} ({tag('NAME', p.nickname)} on the roster) collapsed "
            f"after the 2nd set. <<commotio cordis>> ruled out, turned out to be <<exertional heat illness>>. mom "
            f"{mother_of(rng, p)} is a nurse at {loc(rng.choice(EMPLOYERS))}.")


def pilot_medical(rng):
    p = Person(rng)
    return (f"AME question. {p.last_first()}, first class, FAA applicant ID {tag('ID', letters(rng, 1) + digits(rng, 7))}, flies "
            f"for {loc(rng.choice(AIRLINES))}. new <<paroxysmal atrial fibrillation>> on a holter dated {tag('DATE', date_text(rng))}. "
            f"{p.his} chief pilot {name_words(Person(rng).full_plain())} emailed from {tag('EMAIL', 'crewmed' + digits(rng, 3) + '@' + rng.choice(['skywest.com', 'flymesa.com', 'horizonair.com']))}. do I defer to OKC or issue?")


def badge_injury(rng):
    p = Person(rng)
    return (f"occ med: {name_words(p.given.lower())} {name_words(p.surname)}, badge {tag('ID', digits(rng, 6))}, "
            f"from the {loc(rng.choice(EMPLOYERS))} plant in {town(rng)}. forklift pinned {p.his} foot, "
            f"<<Lisfranc injury>> missed on first films. HR at {tag('PHONE', phone_text(rng))} keeps calling about light duty")


def portal_thread(rng):
    p = Person(rng)
    handle = f"{p.given.lower()}{p.surname[:3].lower()}{rng.randrange(10, 99)}"
    return (f"MyChart message from user {tag('ID', handle)}: \"hi dr its {name_words(p.given)}, my {p.child_word} says my "
            f"<<ankle swelling>> is from the amlodipine?? also can you fax to {tag('PHONE', phone_text(rng))}\". sent "
            f"{tag('DATE', date_text(rng))}. third message today. {p.his} {p.spouse_word} {name_words(p.spouse_given)} replied from the same account {tag('DATE', date_text(rng))}.")


def telehealth_screenshot(rng):
    p = Person(rng)
    return (f"[screenshot] Visit with {p.full()} | DOB {tag('DATE', str(rng.randrange(1, 13)) + '/' + str(rng.randrange(1, 29)) + '/' + str(rng.randrange(1941, 2004)))} | "
            f"Location: {town(rng)}\n{p.he} was on a video visit from a grocery parking lot with <<acute urticaria>>. "
            "connection dropped twice")


def deposition(rng):
    p = Person(rng)
    q = Person(rng)
    return (f"got deposed Tuesday in {p.surname_markup()} v. {loc(rng.choice(NURSING_HOMES))}, case no. "
            f"{tag('ID', str(rng.randrange(19, 27)) + '-CV-' + digits(rng, 5))}. plaintiff's attorney {q.full()} of "
            f"{loc(rng.choice(LAW_FIRMS))} spent an hour on a <<stage 4 pressure ulcer>> i documented.")


def subpoena(rng):
    p = Person(rng)
    return (f"records subpoena came for {p.full()}, docket {tag('ID', letters(rng, 2) + '-' + digits(rng, 4) + '-' + digits(rng, 3))}, "
            f"return by {tag('DATE', date_text(rng))}. it asks for {p.his} psych notes too. {p.he} had <<alcohol use disorder>>. "
            f"{p.his} lawyer {name_words(Person(rng).full_plain())} at {loc(rng.choice(LAW_FIRMS))} says yes. do we just send everything?")


def nursing_home_room(rng):
    p = Person(rng)
    return (f"LTC: {old_age(rng, p.female)} in rm {tag('ID', str(rng.randrange(100, 350)) + rng.choice('AB'))} at "
            f"{loc(rng.choice(NURSING_HOMES))}, <<recurrent aspiration pneumonia>>. {p.his} {p.child_word} "
            f"{name_words(p.child_given)} {name_words(p.surname)} ({tag('PHONE', phone_text(rng))}) wants a PEG. I don't.")


def deployed(rng):
    p = Person(rng)
    return (f"deployed doc here. SPC {p.full()}, {tag('LOCATION', rng.choice(['1-187th Infantry', '3rd Bn 7th Marines', '82nd Airborne', '10th Mountain']))}, "
            f"<<heat stroke>> on a ruck at {loc(rng.choice(BASES))}. mail for the family goes to "
            f"{tag('LOCATION', 'Unit ' + digits(rng, 4) + ' Box ' + digits(rng, 3))}, {tag('LOCATION', 'APO AE ' + '09' + digits(rng, 3))}.")


def service_number(rng):
    p = Person(rng)
    return (f"{p.last_first()} DoD ID {tag('ID', digits(rng, 10))} medevaced from {loc(rng.choice(BASES))} on "
            f"{tag('DATE', date_text(rng))} with <<compartment syndrome>> of the calf. fasciotomy wounds look good now. {p.his} {p.spouse_word} {name_words(p.spouse_given)} is flying in from {loc(rng.choice(['Killeen', 'Fayetteville', 'Jacksonville', 'Clarksville']))}.")


def wilderness(rng):
    p = Person(rng)
    return (f"SAR call: {p.full()} ({p.he} is 61) from {town(rng)}, permit {tag('ID', rng.choice(['WR', 'BC', 'GL']) + digits(rng, 6))}, "
            f"<<HAPE>> at 11,800 ft above the {loc(rng.choice(TRAILHEADS))} trailhead in {loc(rng.choice(PARKS))}. "
            f"ranger {name_words(Person(rng).surname)} got {p.him} down on {tag('DATE', date_text(rng))}.")


def vet_crossover(rng):
    p = Person(rng)
    return (f"one-health fun: {p.full()}'s dog {tag('NAME', rng.choice(PETS))} was just dx'd with <<blastomycosis>> at "
            f"{loc(rng.choice(VET_CLINICS))}, and {p.he} has had a cough for 6 weeks. the vet called me at {tag('PHONE', phone_text(rng))}. same lake cabin in {loc(rng.choice(COUNTIES))}.")


def dental_referral(rng):
    p = Person(rng)
    return (f"referral from {loc(rng.choice(DENTAL))}: {p.last_first()}, pt acct {tag('ID', digits(rng, 7))}, "
            f"<<osteonecrosis of the jaw>> after an extraction; on zoledronic acid since {tag('DATE', date_text(rng))}. "
            f"oral surgeon is {name_words(Person(rng).full_plain())}, {tag('PHONE', phone_text(rng))}.")


def billing_appeal(rng):
    p = Person(rng)
    return (f"appeal #2 for {p.full()}, member ID {tag('ID', letters(rng, 3) + digits(rng, 9))}, claim "
            f"{tag('ID', digits(rng, 4) + '-' + digits(rng, 6))}. denied the <<continuous glucose monitor>> again. "
            f"{p.his} {p.child_word} {name_words(p.child_given)} says the collections letter went to {tag('LOCATION', str(rng.randrange(10, 999)) + ' ' + rng.choice(STREETS))}.")


def invoice(rng):
    p = Person(rng)
    return (f"invoice {tag('ID', 'INV-' + digits(rng, 6))} for {p.surname_markup()}, {p.given_markup()} "
            f"(acct {tag('ID', digits(rng, 3) + '-' + digits(rng, 5))}) billed a <<level 5 visit>> for a med refill. "
            f"{p.he} called from {tag('PHONE', phone_text(rng))} furious, rightly. date of service {tag('DATE', date_text(rng))}.")


def case_texting(rng):
    p = Person(rng)
    return (f"ugh. {p.lower()} back again, {p.he} lives out past {town(rng)}. <<DKA>> #4 this yr, insulin "
            f"rationing bc cost. {p.his} {p.spouse_word} {name_words(p.spouse_given)} said they pick between food and pens. MRN {tag('ID', record_number(rng))}")


def case_abroad(rng):
    p = Person(rng)
    return (f"returning traveller, {p.full()}, stayed at {tag('LOCATION', rng.choice(STREETS_ABROAD))} for a month. fever, "
            f"<<thrombocytopenia>>, rash. pcr pending. {p.he} flew back {tag('DATE', date_text(rng))}, {p.his} {p.spouse_word} {name_words(p.spouse_given)} has a fever too. MRN {tag('ID', record_number(rng))}.")


def case_initials(rng):
    p = Person(rng)
    return (f"case for the group: {p.initials()}, 44, {loc(rng.choice(COUNTIES))}. painless jaundice, weight loss, "
            f"Courvoisier sign. <<pancreatic adenocarcinoma>> on CT. {p.he} wants to wait until after {p.his} "
            f"{p.child_word}'s wedding on {tag('DATE', date_text(rng))} in {town(rng)}. thoughts?")


def case_email(rng):
    p = Person(rng)
    mail = f"{p.given.lower().replace(' ', '')}.{p.surname.lower().replace(' ', '').replace(chr(39), '')}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'proton.me'])}"
    return (f"{p.given_markup()} emailed me directly from {tag('EMAIL', mail)} asking to restart {p.his} "
            f"<<methotrexate>> after {p.he} stopped it for a <<herpes zoster>> flare. PCP in {town(rng)} is out till {tag('DATE', date_text(rng))}.")


def case_nickname(rng):
    p = Person(rng)
    return (f"\"{tag('NAME', p.nickname)}\" {name_words(p.surname)}, everyone at the feed store in {town(rng)} calls {p.him} that, "
            f"came in with <<Fournier gangrene>>. record {tag('ID', record_number(rng))}. debrided twice. {p.his} {p.spouse_word} {name_words(p.spouse_given)} sleeps in the chair.")


def pasted_header(rng):
    p = Person(rng)
    name, state = rng.choice(TOWNS)
    return (f"pasting the header bc I can't make sense of the rest:\nPt: {p.last_first()}  MRN: {tag('ID', record_number(rng))}\n"
            f"Addr: {tag('LOCATION', str(rng.randrange(100, 9999)) + ' ' + rng.choice(STREETS))}, {loc(name)} {state} {tag('LOCATION', digits(rng, 5))}\n"
            f"Ph: {tag('PHONE', phone_text(rng))}  Adm: {tag('DATE', date_text(rng))}\nDx: <<necrotizing pancreatitis>>\n"
            f"why is {p.he} on three antibiotics")


def expert_witness(rng):
    p = Person(rng)
    q = Person(rng)
    return (f"asked to be an expert witness for {loc(rng.choice(LAW_FIRMS))} in a missed <<cauda equina syndrome>> case, "
            f"{p.surname_markup()} v. {q.full()} MD, {loc(rng.choice(COUNTIES))} Superior Court no. "
            f"{tag('ID', digits(rng, 2) + letters(rng, 2) + digits(rng, 6))}. paralegal {name_words(Person(rng).given)} "
            f"sent the retainer from {tag('EMAIL', 'intake' + digits(rng, 2) + '@' + rng.choice(['morrowquint.com', 'hbk-law.com', 'pikedelacroix.law']))}. worth it?")


def facility_face_sheet(rng):
    p = Person(rng)
    return (f"face sheet from {loc(rng.choice(NURSING_HOMES))} came with the transfer, typed out:\nResident: {p.full()}  Rm {tag('ID', str(rng.randrange(100, 260)))}\n"
            f"Age: {tag('AGE', str(rng.randrange(90, 104)))}  Admit: {tag('DATE', date_text(rng, 2024))}\nPOA: {name_words(p.child_given)} {name_words(p.surname)} ({p.child_word}) "
            f"{tag('PHONE', phone_text(rng))}\nDx: <<vascular dementia>>, <<recurrent falls>>\nnothing about {p.his} code status, of course")


def medevac_card(rng):
    p = Person(rng)
    return (f"9-line and the casualty card, what I could read: {p.last_first()}, last4 {tag('ID', digits(rng, 4))}, "
            f"{tag('LOCATION', rng.choice(['1st Cavalry Division', '173rd Airborne', '2nd Stryker Cavalry', '101st Airborne']))}, "
            f"injured {tag('DATE', date_text(rng))} near {loc(rng.choice(['Baumholder', 'Grafenwoehr', 'Al Asad', 'Camp Lemonnier']))}. "
            f"<<tension pneumothorax>> decompressed in the field by medic {name_words(Person(rng).surname)}. family POC {name_words(p.spouse_given)} "
            f"{name_words(p.surname)}, {tag('PHONE', phone_text(rng))}.")


def mother_of(rng, child):
    """A mother's name: a woman's given name of any culture and the child's surname."""
    mother = Person(rng)
    while not mother.female:
        mother = Person(rng)
    return f"{name_words(mother.given)} {name_words(child.surname)}"


IDENTIFIER_TEMPLATES = [dialysis_chair, transplant_list, home_visit, hospital_at_home, team_physician, tournament,
                        pilot_medical, badge_injury, portal_thread, telehealth_screenshot, deposition, subpoena,
                        nursing_home_room, deployed, service_number, wilderness, vet_crossover, dental_referral,
                        billing_appeal, invoice, case_texting, case_abroad, case_initials, case_email, case_nickname,
                        pasted_header, expert_witness, facility_face_sheet, medevac_card]
