# Round-5 fresh held-out set of issue #14: a third generator (Python; shares no template, slot format or list with
# GoldSetGenerator or Independent/generate.mjs), hand-typed sources (sources.py) and hand-written posts
# (hand-written.txt). Written and committed before any rule of round 5.
# Usage: python3 generate.py   -> fresh.jsonl (deterministic: fixed seed). Markup: [[TYPE:text]] identifier, <<text>> term.
import json, os, random, re
from sources import SURNAMES, WORD_GIVEN, OTHER_GIVEN, NICKNAMES, TOWNS, COUNTIES, HOSPITAL_SUFFIX, STREETS

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261202)
pick = rng.choice
GIVEN = WORD_GIVEN + OTHER_GIVEN

DRUGS = ['Eliquis', 'Xarelto', 'warfarin', 'Entresto', 'Jardiance', 'Farxiga', 'Ozempic', 'Mounjaro', 'Zepbound', 'metformin',
         'lisinopril', 'amlodipine', 'carvedilol', 'Lasix', 'Bumex', 'Keytruda', 'Imbruvica', 'Venclexta', 'Revlimid', 'Darzalex',
         'Humira', 'Skyrizi', 'Dupixent', 'Stelara', 'prednisone', 'Solu-Medrol', 'Zyprexa', 'Abilify Maintena', 'Invega Sustenna',
         'Narcan', 'Suboxone', 'Vivitrol', 'gabapentin', 'Norco', 'tramadol', 'Flomax', 'finasteride', 'Myrbetriq', 'Prolia',
         'Aricept', 'Namenda', 'Sinemet', 'Rytary', 'Xcopri', 'Briviact', 'Emgality', 'Qulipta', 'Vancomycin', 'Zosyn', 'cefepime']
EPONYM_TERMS = ["Bell's palsy", "Parkinson's disease", 'Hodgkin lymphoma', "Hashimoto's", "Addison's disease", "Cushing's",
                "Crohn's", "Raynaud's", "Meniere's disease", "Tourette syndrome", 'Down syndrome', 'Marfan syndrome',
                'Ehlers-Danlos', "Graves' disease", "Barrett's esophagus", 'Bence Jones protein', 'Babinski sign',
                'Whipple procedure', 'Nissen fundoplication', 'Roux-en-Y', 'Glasgow Coma Scale', 'Swan-Ganz catheter',
                'Holter monitor', 'Epley maneuver', 'Gleason 4+3', 'Lyme disease', 'Rocky Mountain spotted fever',
                'West Nile virus', "Legionnaires' disease", 'Chagas disease', "Huntington's chorea", 'Wilson disease',
                'Kaposi sarcoma', 'Burkitt lymphoma', 'Ewing sarcoma', 'Wilms tumor', 'Zollinger-Ellison', 'Stevens-Johnson syndrome',
                'Mallory-Weiss tear', "Osler's nodes", 'Virchow node', 'Homans sign', 'Murphy sign', 'McBurney point',
                'Lou Gehrig disease', 'Sister Mary Joseph nodule', 'Austin Flint murmur', 'Charcot-Marie-Tooth', 'Tommy John surgery']
LABS = ['K 2.9', 'Mg 1.1', 'BNP 2,340', 'hs-trop 412', 'WBC 23.4', 'Hgb 6.4', 'INR 7.9', 'glucose 612', 'Na 118', 'Cr 3.9',
        'TSH 0.01', 'A1c 13.1%', 'LDH 1,200', 'uric acid 11', 'ammonia 140', 'D-dimer 8,000', 'pCO2 78', 'SpO2 84%']

def term(t): return f'<<{t}>>'
def ids(t, v): return f'[[{t}:{v}]]'
def digits(n, first_nonzero=True): return ''.join(str(rng.randint(1 if (k == 0 and first_nonzero) else 0, 9)) for k in range(n))

def given(): return pick(GIVEN)
def surname(): return pick(SURNAMES)
def full():
    g, s = given(), surname()
    return pick([lambda: f'{g} {s}', lambda: f'{g} {s}', lambda: f'{g} {pick("ABCDEFGHJKLMNPRSTW")}. {s}',
                 lambda: f'{g[0]}. {s}', lambda: f'{g} "{pick(NICKNAMES)}" {s}', lambda: f'{g} {s}-{surname()}'])()
def town(): return pick(TOWNS)
def drug(): return term(pick(DRUGS))
def eponym(): return term(pick(EPONYM_TERMS))
def lab(): return term(pick(LABS))

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
def date():
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2020, 2026)
    return pick([lambda: f'{m}.{d}.{y}', lambda: f'{MONTHS[m-1][:3]} {d} \'{str(y)[2:]}', lambda: f'{d}/{MONTHS[m-1][:3]}/{y}',
                 lambda: f'{MONTHS[m-1]} the {d}{"th" if d > 3 else ["st", "nd", "rd"][d-1]}', lambda: f'{y}/{m:02d}/{d:02d}',
                 lambda: f'{MONTHS[m-1].upper()[:3]}-{d:02d}-{y}', lambda: f'{m}-{d}-{y}', lambda: f'{MONTHS[m-1]} {y}'])()
def dob():
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1921, 1935)
    return pick([lambda: f'{m}/{d}/{y}', lambda: f'{y}-{m:02d}-{d:02d}', lambda: f'{m:02d}/{d:02d}/{str(y)[2:]}',
                 lambda: f'{d} {MONTHS[m-1]} {y}', lambda: f'{MONTHS[m-1][:3]}. {d}, {y}'])()
def age():
    a = rng.randint(90, 107)
    return a, pick([lambda: (f'{ids("AGE", a)} y/o'), lambda: f'a {ids("AGE", a)}-year-old', lambda: f'age {ids("AGE", a)}',
                    lambda: f'aged {ids("AGE", a)}', lambda: f'{ids("AGE", a)}yo', lambda: f'({ids("AGE", a)} yrs)',
                    lambda: f'{ids("AGE", a)} years young'])()
def phone():
    return pick([lambda: f'+44 20 {digits(4)} {digits(4)}', lambda: f'+1-{digits(3)}-{digits(3)}-{digits(4)}',
                 lambda: f'011 52 55 {digits(4)} {digits(4)}', lambda: f'+63 917 {digits(3)} {digits(4)}',
                 lambda: f'({digits(3)}) {digits(3)}-{digits(4)} x{digits(3)}', lambda: f'{digits(3)}.{digits(3)}.{digits(4)}',
                 lambda: f'+91 98{digits(3)} {digits(5)}', lambda: f'+49 30 {digits(8)}', lambda: f'1-800-{digits(3)}-{digits(4)}'])()
def email():
    g, s = given().lower(), surname().lower().replace("'", '')
    return pick([f'{g}.{s}@gmail.com', f'{g[0]}{s}{digits(2)}@yahoo.com', f'{s}.{g}@{town()[0].lower().replace(" ", "")}health.org',
                 f'dr{s}@protonmail.com', f'{g}_{s}@outlook.com'])
def url():
    g, s = given().lower(), surname().lower().replace("'", '')
    return pick([f'https://www.facebook.com/{g}.{s}.{digits(3)}', f'www.caringbridge.org/visit/{g}{s}',
                 f'https://www.gofundme.com/f/help-{g}-{s}', f'linkedin.com/in/{g}-{s}-md', f'https://{s}familyclinic.com/about'])
def street():
    return f'{digits(rng.randint(2, 5))} {pick(["N. ", "S. ", "E. ", "W. ", "", "", ""])}{pick(STREETS)} {pick(["Rd", "Road", "Lane", "Trl", "Pkwy", "Hwy", "St.", "Ave.", "Loop", "Bend"])}'
def address_line():
    t, st = town()
    unit = pick(['', '', f', Apt {digits(1)}{pick("ABCD")}', f', Lot {digits(2)}', f', Unit {digits(3)}'])
    return f'{ids("ADDRESS", street() + unit)}, {ids("CITY", t)}, {st} {ids("ZIP", digits(5))}'
def military():
    return pick([lambda: f'{ids("ADDRESS", f"PSC {digits(4)} Box {digits(3)}")}, APO AE {ids("ZIP", "09" + digits(3, False))}',
                 lambda: f'{ids("ADDRESS", f"Unit {digits(4)}, Box {digits(4)}")}, DPO AE {ids("ZIP", "09" + digits(3, False) + "-" + digits(4))}',
                 lambda: f'{ids("ADDRESS", f"CMR {digits(3)}, Box {digits(4)}")}, APO AP {ids("ZIP", "96" + digits(3, False))}',
                 lambda: f'{ids("ADDRESS", f"USNS {pick(SURNAMES)} (T-AO {digits(3)})")}, FPO AP {ids("ZIP", "96" + digits(3, False))}'])()
def mrn(): return pick([f'{digits(8)}', f'A-{digits(5)}', f'{digits(3)}-{digits(2)}-{digits(4)}', f'MR{digits(7)}'])
def npi(): return '1' + digits(9, False)
def dea(): return pick('ABFM') + pick('ABCDFGHKLMNPRSTW') + digits(7, False)
def relative(): return pick(['husband', 'wife', 'son', 'daughter', 'son-in-law', 'daughter-in-law', 'granddaughter', 'grandson',
                             'niece', 'nephew', 'sister', 'brother', 'caregiver', 'neighbor'])

def t_signout():
    a, age_text = age()
    return f'Signout: rm {rng.randint(2, 40)} {ids("NAME", surname() + ", " + given())} {age_text}, {eponym()} hx, on {drug()}; watch {lab()}.'
def t_relative():
    return f'The {relative()}, {ids("NAME", given())}, brings the pill box every visit; still on {drug()} for {eponym()}.'
def t_relative_full():
    return f'Spoke with her {relative()} {ids("NAME", full())} by phone at {ids("PHONE", phone())} about stopping {drug()}.'
def t_from_town():
    t, st = town()
    return pick([f'He drives 90 minutes from {ids("CITY", t)} for infusions of {drug()}.',
                 f'Transferred from {ids("CITY", t)}, {st} with {lab()} and a {eponym()} history.',
                 f'She grew up in {ids("CITY", t)} and never saw a specialist before the {eponym()} workup.',
                 f'Our outreach clinic in {ids("CITY", t)} runs out of {drug()} every winter.'])
def t_hospital():
    t, _ = town()
    return f'Got a sign-out from {ids("CITY", t)} {pick(HOSPITAL_SUFFIX)}: {lab()}, started {drug()}, family at bedside.'
def t_county():
    return f'Half the {eponym()} referrals come from {ids("ADDRESS", pick(COUNTIES))}, where the nearest {drug()} pharmacy is an hour away.'
def t_dob():
    return pick([f'DOB {ids("DATE", dob())}, {eponym()}, allergic to {drug()}.', f'Born {ids("DATE", dob())} per the face sheet; {lab()} today.',
                 f'd.o.b. {ids("DATE", dob())} - chart still shows {drug()} as active.'])
def t_date():
    return pick([f'Last {drug()} dose was {ids("DATE", date())}, and {lab()} came back this morning.',
                 f'Admitted {ids("DATE", date())} for {eponym()}, discharged on {drug()}.',
                 f'Follow-up set for {ids("DATE", date())} to recheck {lab()}.'])
def t_age():
    a, age_text = age()
    return pick([f'My {age_text} patient with {eponym()} asked to stop {drug()}.',
                 f'{ids("NAME", given())} is {age_text} and still gardens daily despite {eponym()}.',
                 f'Pt {age_text}, {lab()}, family wants everything done.'])
def t_contact():
    return pick([f'Reach me at {ids("EMAIL", email())} if you need the {drug()} protocol.',
                 f'Her grandson posted updates at {ids("URL", url())} after the {eponym()} diagnosis.',
                 f'Call {ids("PHONE", phone())} for the {drug()} copay program; ask for {ids("NAME", given())}.',
                 f'Fax {ids("FAX", phone())} is the only way {ids("CITY", town()[0])} pharmacy takes {drug()} orders.'])
def t_ids():
    return pick([f'MRN: {ids("MRN", mrn())} still lists {drug()} twice.', f'chart #{ids("MRN", mrn())} was in the screenshot, please delete.',
                 f'My NPI {ids("NPI", npi())} got attached to a {drug()} claim I never wrote.',
                 f'DEA {ids("LICENSE", dea())} showed up on a forged {drug()} script.',
                 f'lic. #{ids("LICENSE", "MD-" + digits(5))} renewal form asks about {eponym()} CME.',
                 f'SSN {ids("SSN", digits(3) + "-" + digits(2) + "-" + digits(4))} was on the fax cover sheet.',
                 f'Medicaid # {ids("ACCOUNT", digits(2) + pick("ABCDEFGH") + digits(7))} was denied for {drug()}.'])
def t_address():
    return pick([f'Ship the {drug()} to {address_line()}; the old address bounced.', f'Home health address: {address_line()}.',
                 f'Son is deployed, mail to {military()} for the {drug()} refill.', f'Forward records to {military()}.'])
def t_name_context():
    g, s = given(), surname()
    return pick([f'Dr. {ids("NAME", s)} in {ids("CITY", town()[0])} still uses {drug()} first line.',
                 f'Shout out to {ids("NAME", g + " " + s)} on 4 West for catching the {lab()}.',
                 f'{ids("NAME", s + ", " + g)} - {eponym()}, {lab()}, consult GI.',
                 f'Met {ids("NAME", g)} {ids("NAME", s)} at the {eponym()} conference.',
                 f'Our NP {ids("NAME", g)} thinks the {drug()} caused it.',
                 f'{ids("NAME", full())} called twice about the {drug()} refill.',
                 f'patient {ids("NAME", g.lower() + " " + s.lower())} no-showed again, {lab()} pending.'])
def t_clean():
    return pick([f'Anyone else seeing {eponym()} flares after switching to {drug()}?', f'{eponym()} with {lab()} - would you still start {drug()}?',
                 f'Grand rounds on {eponym()} today; the {drug()} data were underwhelming.',
                 f'Switched from {drug()} to {drug()} because of {lab()}; no regrets.',
                 f'The {eponym()} lecture made me rethink {drug()} dosing in the elderly.'])

TEMPLATES = [t_signout, t_relative, t_relative_full, t_from_town, t_hospital, t_county, t_dob, t_date, t_age, t_contact,
             t_ids, t_address, t_name_context, t_name_context, t_from_town]

def parse(pid, markup):
    text, identifiers, terms, i = '', [], [], 0
    for m in re.finditer(r'\[\[([A-Z]+):(.+?)\]\]|<<(.+?)>>', markup):
        text += markup[i:m.start()]
        if m.group(1):
            identifiers.append({'start': len(text), 'end': len(text) + len(m.group(2)), 'type': m.group(1)})
            text += m.group(2)
        else:
            terms.append(m.group(3))
            text += m.group(3)
        i = m.end()
    text += markup[i:]
    return {'id': pid, 'text': text, 'identifiers': identifiers, 'clinicalTerms': terms}

posts = []
for k in range(440):
    body = ' '.join(f() for f in ([pick(TEMPLATES)] + ([pick(TEMPLATES)] if rng.random() < 0.6 else [])))
    posts.append(parse(f'ind-r5-gen-{k:04d}', body))
for k in range(60):
    posts.append(parse(f'ind-r5-clean-{k:04d}', t_clean()))
with open(os.path.join(here, 'hand-written.txt'), encoding='utf-8') as f:
    lines = [l.rstrip('\n') for l in f if l.strip() and not l.startswith('#')]
for k, line in enumerate(lines):
    posts.append(parse(f'ind-r5-hand-{k:04d}', line))
# Decision 282: a sign-out's room number is an ID (decision 210's rule). It is labelled after parsing, not in the
# template, because an empty county entry leaves unclosed markup in three posts (ind-r5-gen-0077, 0272, 0297) whose
# text would change if the template wrote more markup; a number already inside such a span is left as it is.
for p in posts:
    for m in re.finditer(r'Signout: rm (\d+) ', p['text']):
        if not any(s['start'] < m.end(1) and s['end'] > m.start(1) for s in p['identifiers']):
            p['identifiers'].append({'start': m.start(1), 'end': m.end(1), 'type': 'ID'})
    p['identifiers'].sort(key=lambda s: s['start'])
with open(os.path.join(here, 'fresh.jsonl'), 'w', encoding='utf-8') as f:
    for p in posts:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')

data = os.path.join(here, '..', '..', '..', '..', '..', 'src', 'Ingest', 'Anonymization', 'Data')
known = set()
for name in ['first-names.txt', 'surnames.txt', 'given-names.txt', 'family-names.txt', 'world-given-names.txt', 'us-cities.txt', 'us-word-cities.txt']:
    with open(os.path.join(data, name), encoding='utf-8') as f:
        known |= {l.strip().lower() for l in f if l.strip()}
names = set(SURNAMES + GIVEN + NICKNAMES)
print(f'{len(posts)} posts, {sum(len(p["identifiers"]) for p in posts)} identifiers, '
      f'{sum(1 for p in posts if not p["identifiers"])} identifier-free, {sum(len(p["clinicalTerms"]) for p in posts)} terms; '
      f'{sum(1 for n in names if n.lower() in known)} of {len(names)} source names and '
      f'{sum(1 for t, _ in TOWNS if t.lower() in known)} of {len(TOWNS)} towns are on a scrubber list')
