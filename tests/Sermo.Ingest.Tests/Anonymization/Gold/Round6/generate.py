# Round-6 held-out set of issue #14 (decision 044): a fourth generator (Python, its own seed, templates and slot formats;
# nothing shared with GoldSetGenerator, Independent/generate.mjs or Fresh/generate.py), hand-typed sources (sources.py)
# and hand-written posts (hand-written.txt). Written and committed before any rule of round 6.
# Usage: python3 generate.py -> round6.jsonl (deterministic). Markup: [[TYPE:text]] identifier, <<text>> clinical term.
import json, os, random, re
from sources import GIVEN, WORD_GIVEN, SURNAMES, WORD_SURNAMES, NICK, TOWNS, COUNTIES, STREETS, STATES

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(44006)
pick = rng.choice

DRUGS = ['Brilinta', 'Savaysa', 'Kerendia', 'Leqembi', 'Nurtec', 'Ubrelvy', 'Aimovig', 'Vraylar', 'Rexulti', 'Caplyta',
         'Austedo', 'Ingrezza', 'Nuplazid', 'Tezspire', 'Fasenra', 'Nucala', 'Xolair', 'Otezla', 'Sotyktu', 'Tremfya',
         'Taltz', 'Rinvoq', 'Olumiant', 'Xeljanz', 'Orencia', 'Actemra', 'Benlysta', 'Evenity', 'Tymlos', 'Reclast',
         'Lovenox', 'Arixtra', 'Wegovy', 'Rybelsus', 'Trelegy', 'Breztri', 'Spiriva', 'Linzess', 'Xifaxan', 'Creon',
         'apixaban', 'digoxin', 'amiodarone', 'spironolactone', 'hydralazine', 'clozapine', 'lithium', 'haloperidol',
         'levetiracetam', 'ceftriaxone', 'Bactrim', 'Cipro', 'Augmentin', 'Paxlovid', 'Tamiflu', 'Keppra', 'Depakote']
TERMS = ["Addison's disease", "Sjogren's", "Behcet's", "Paget's disease of bone", "Dupuytren's contracture", "Peyronie's",
         'Osgood-Schlatter', 'Legg-Calve-Perthes', 'Charcot foot', 'Horner syndrome', 'Wernicke encephalopathy',
         'Korsakoff', 'Budd-Chiari', 'Brugada pattern', 'Takayasu arteritis', 'Kawasaki disease', 'Guillain-Barre',
         "Baker's cyst", 'Colles fracture', 'Jones fracture', 'Lewy body dementia', 'Creutzfeldt-Jakob', 'Merkel cell carcinoma',
         'Hurthle cell', 'Reed-Sternberg cells', 'Howell-Jolly bodies', 'Kussmaul breathing', 'Cheyne-Stokes',
         'Janeway lesions', 'Roth spots', 'Chvostek sign', 'Trousseau sign', 'Kernig sign', 'Romberg', 'Lachman',
         'Spurling test', 'Tinel sign', 'Phalen test', 'Salter-Harris II', 'Weber B ankle fracture', 'Mallampati IV',
         'Child-Pugh C', 'Hunt and Hess 3', 'Spetzler-Martin', 'Killip III', 'Ranson criteria', 'Wells score',
         'Caprini score', 'Padua score', 'Ottawa ankle rules', 'Canadian C-spine rule', 'San Francisco syncope rule',
         'Framingham risk', 'Duke criteria', 'Valley fever', 'Powassan virus', 'Heartland virus', 'Bourbon virus',
         'Jamestown Canyon virus', 'St. Louis encephalitis', 'Lassa fever', 'Marburg', 'Coxsackie', 'Norwalk virus',
         'Ebola', 'Zika', 'Mediterranean fever', 'Tangier disease', 'Minamata disease', 'Lake Louise score',
         'Seattle Heart Failure Model', 'Milwaukee protocol', 'Edmonton frailty scale', 'Oxford knee score', 'Mayo score']
LABS = ['K 6.8', 'Na 121', 'lactate 7.2', 'INR 5.4', 'Hgb 5.9', 'plt 14', 'CK 48,000', 'lipase 2,100', 'ALT 1,450',
        'bili 14.2', 'trop 3.1', 'ferritin 9,800', 'Ca 14.9', 'pH 7.01', 'BUN 112', 'ammonia 188']

def t(x): return f'<<{x}>>'
def i(k, v): return f'[[{k}:{v}]]'
def d(n, lead=True): return ''.join(str(rng.randint(1 if (k == 0 and lead) else 0, 9)) for k in range(n))
def drug(): return t(pick(DRUGS))
def term(): return t(pick(TERMS))
def lab(): return t(pick(LABS))
def giv(): return pick(GIVEN + WORD_GIVEN)
def sur(): return pick(SURNAMES + WORD_SURNAMES)
def full():
    g, s = giv(), sur()
    return pick([f'{g} {s}', f'{g} {s}', f'{g} {pick("BCDFGHJKLMNRSTVW")}. {s}', f'{g} "{pick(NICK)}" {s}',
                 f'{g} {s}-{pick(SURNAMES)}', f'{g.lower()} {s.lower()}'])
def town(): return pick(TOWNS)
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
def date():
    m, dd, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2019, 2026)
    return pick([f'{m}/{dd}', f'{m}/{dd}/{str(y)[2:]}', f'{MON[m-1]} {dd}', f'{dd}{MON[m-1].upper()}{y}', f'{MONTH[m-1]} {dd}th',
                 f'{y}.{m:02d}.{dd:02d}', f'{dd}-{MON[m-1]}', f'{m}-{dd}'])
def dob():
    m, dd, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1922, 1940)
    return pick([f'{m}/{dd}/{y}', f'{m:02d}{dd:02d}{y}', f'{dd}.{m}.{y}', f'{MON[m-1]} {dd} {y}', f'{y}{m:02d}{dd:02d}'])
def phone():
    return pick([f'({d(3)}) {d(3)}-{d(4)}', f'{d(3)}.{d(3)}.{d(4)}', f'{d(3)} {d(3)} {d(4)}', f'{d(3)}-{d(4)} x{d(3)}',
                 f'1{d(3)}{d(3)}{d(4)}'])
def mrn():
    L = 'ABCDEFGHJKMNPRTUVWXZ'
    return pick([f'{pick(L)}{pick(L)}{d(7)}', f'{pick(L)}{d(8, False)}', f'{d(2)}{pick(L)}{d(6)}', f'{pick(L)}{d(3)}-{d(4)}',
                 f'{pick(L)}{pick(L)}{pick(L)}{d(6)}', f'{d(9)}'])
def email(g, s):
    dom = pick(['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'frontiernet.net', 'bellsouth.net'])
    return f'{g.lower()}.{s.lower().replace(" ", "").replace(chr(39), "")}{d(2)}@{dom}'
def age(): return str(rng.randint(90, 106))
def rel(): return pick(['husband', 'wife', 'son', 'daughter', 'niece', 'nephew', 'grandson', 'granddaughter', 'sister',
                        'brother', 'caregiver', 'neighbor', 'POA', 'stepson', 'partner'])

T = []
def tpl(f): T.append(f); return f

@tpl
def spoke(): return f'spoke w/ {rel()} {i("NAME", full())} re: {drug()}, will call back {i("PHONE", phone())}'
@tpl
def per(): return f'Per {i("NAME", giv())} (the {rel()}), pt stopped the {drug()} 2 wks ago. {lab()} today.'
@tpl
def signature(): return f'{term()} - any thoughts appreciated.\n-- {i("NAME", giv() + " " + sur())}, MD, {i("CITY", town())}'
@tpl
def chart(): return f'Pt: {i("NAME", sur() + ", " + giv())} | {i("MRN", mrn())} | DOB {i("DATE", dob())} | {term()}'
@tpl
def chart2(): return f'{i("NAME", sur().upper() + ", " + giv().upper())}  {i("MRN", mrn())}  adm {i("DATE", date())}  dx: {term()}'
@tpl
def lone_mrn(): return f'old chart # {i("MRN", mrn())}, started {drug()} {i("DATE", date())}.'
@tpl
def mrn_bare(): return f'{i("MRN", mrn())} - {lab()}, gave {drug()}. recheck am.'
@tpl
def from_town(): return f'Had a {i("AGE", age())}yo from {i("CITY", town())} w/ {term()} last night. Wild.'
@tpl
def near_town(): return f'We are a 2-doc practice near {i("CITY", town())}, {pick(STATES)}; nobody here stocks {drug()}.'
@tpl
def drive(): return f'Family drove 3 hrs from {i("CITY", town())} because the ED in {i("CITY", town())} had no {drug()}.'
@tpl
def county(): return f'{i("ADDRESS", pick(COUNTIES))} has one pharmacy and it is out of {drug()} again.'
@tpl
def address(): return (f'Send the {drug()} PA to {i("ADDRESS", d(rng.randint(2, 5)) + " " + pick(STREETS))}, {i("CITY", town())}, '
                        f'{pick(STATES)} {i("ZIP", d(5))}')
@tpl
def mr(): return f'{pick(["Mr.", "Mrs.", "Ms.", "Mr", "Mrs"])} {i("NAME", sur())} is {i("AGE", age())} and still on {drug()}?!'
@tpl
def possessive(): return f'{i("NAME", giv())}\'s {term()} is back. {rel().capitalize()} {i("NAME", giv())} wants a 2nd opinion.'
@tpl
def husband(): return f'her {rel()} {i("NAME", giv())} found her down, {lab()}, intubated in the field.'
@tpl
def list_pts(): return (f'Today: 1) {i("NAME", full())} - {term()}  2) {i("NAME", sur())} - {drug()} toxicity  '
                         f'3) {i("NAME", giv() + " " + sur())}, {i("AGE", age())}, {lab()}')
@tpl
def dr(): return f'{pick(["Dr.", "Dr", "dr", "Doctor"])} {i("NAME", sur())} in {i("CITY", town())} still swears by {drug()} for {term()}.'
@tpl
def dr_full(): return f'curbside from Dr {i("NAME", giv() + " " + sur())}: {term()}, would you start {drug()}?'
@tpl
def surname_lead(): return f'{i("NAME", sur())} family asked again about {drug()}; {i("NAME", giv())} is the spokesperson.'
@tpl
def after_name(): return f'Saw {i("NAME", giv() + " " + pick(WORD_SURNAMES))} today, {term()}, {lab()}.'
@tpl
def quoted(): return f'Chart says: "{i("NAME", giv() + " " + sur())} c/o SOB x3d, hx {term()}, lives alone in {i("CITY", town())}."'
@tpl
def typo(): return f'pt {i("NAME", giv().lower())} ws seen {i("DATE", date())}, refsed {drug()}, dtr {i("NAME", giv())} at bedside'
@tpl
def email_t():
    g, s = giv(), pick(SURNAMES)
    return f'{i("NAME", g)} asked me to email results to {i("EMAIL", email(g, s))} - is that even allowed?'
@tpl
def ssn(): return f'Fax cover had SSN {i("SSN", f"{d(3)}-{d(2)}-{d(4)}")} and MRN {i("MRN", mrn())} in plain text. Reported it.'
@tpl
def phone_t(): return f'Pharmacy in {i("CITY", town())} ({i("PHONE", phone())}) finally got {drug()}.'
@tpl
def ages(): return f'{i("AGE", age())} y/o F, {term()}, on {drug()} - too old for this? {i("NAME", giv())} says no.'
@tpl
def ages2(): return f'She just turned {i("AGE", age())}. Still drives to {i("CITY", town())} for church.'
@tpl
def fort(): return f'transfer from {i("CITY", pick(["Port", "Fort", "Mount", "Lake"]) + " " + pick(["Alder", "Kessel", "Varney", "Ossipee", "Tamsin", "Rudd", "Lassiter", "Holloway", "Quint", "Bramwell"]))} for {term()}'
@tpl
def town_state(): return f'{i("CITY", town())}, {pick(STATES)} - EMS brought a {i("AGE", age())}M, {lab()}.'
@tpl
def visit(): return f'Seen {i("DATE", date())} with grandson {i("NAME", giv())}. {term()}, started {drug()}.'
@tpl
def thanks(): return f'Thanks {i("NAME", giv())} and {i("NAME", giv())} for the {term()} pearls.'
@tpl
def npi_t(): return f'Referring NPI {i("NPI", "1" + d(9, False))}, Dr. {i("NAME", sur())}, {i("CITY", town())}.'
@tpl
def url_t():
    g, s = giv().lower(), pick(SURNAMES).lower().replace(' ', '-').replace("'", '')
    return f'GoFundMe for her {drug()}: {i("URL", f"gofundme.com/f/help-{g}-{s}")}'
@tpl
def acct(): return f'Billing acct {i("ACCOUNT", d(10))} keeps bouncing the {drug()} claim.'
@tpl
def license_t(): return f'His DL {i("LICENSE", pick("ABCDEFGHKLMN") + d(8, False))} was in the chart scan, why.'
@tpl
def ivy_next(): return f'{i("NAME", pick(GIVEN) + " " + pick(WORD_GIVEN))} came in with {term()}.'
@tpl
def sur_first_line(): return f'Re: {i("NAME", pick(SURNAMES) + ", " + pick(WORD_GIVEN))} - {term()} follow up {i("DATE", date())}'

CLEAN = [
    lambda: f'Anyone else seeing {term()} more since the floods? Started {drug()} and {drug()}.',
    lambda: f'Grace period on the {drug()} PA ended, so back to {drug()}.',
    lambda: f'{term()} vs {term()} - I still mix them up on boards review.',
    lambda: f'Hope the {drug()} shortage ends soon; {lab()} on two patients this week.',
    lambda: f'Mercy, what a night: {term()}, then {term()}, then a {lab()}.',
    lambda: f'Will {drug()} help {term()}? Evidence is thin.',
    lambda: f'Rocky course: {term()} after {drug()}, {lab()}.',
    lambda: f'Clay-colored stools, {lab()} - thinking {term()}.',
    lambda: f'Major bleed on {drug()}; reversed, then {term()} showed up.',
    lambda: f'Faith in {drug()} for {term()} is not evidence.',
    lambda: f'Story short: {term()}, {drug()} failed, switched to {drug()}.',
    lambda: f'Sterling results with {drug()} in our {term()} clinic.',
    lambda: f'Justice for primary care: {drug()} PAs take an hour each.',
    lambda: f'Lucky catch - {term()} on the second read, {lab()}.',
    lambda: f'Brook no delay with {term()}: {drug()} within the hour.',
]

def parse(marked):
    text, spans, terms, pos = [], [], [], 0
    for m in re.finditer(r'\[\[([A-Z]+):(.+?)\]\]|<<(.+?)>>', marked):
        text.append(marked[pos:m.start()]); cur = sum(map(len, text))
        if m.group(1):
            spans.append({'start': cur, 'end': cur + len(m.group(2)), 'type': m.group(1)}); text.append(m.group(2))
        else:
            terms.append(m.group(3)); text.append(m.group(3))
        pos = m.end()
    text.append(marked[pos:])
    return ''.join(text), spans, terms

posts = []
for n in range(260):
    f = T[n % len(T)] if n < len(T) * 4 else pick(T)
    posts.append(('r6-gen-%03d' % n, f()))
for n in range(48):
    posts.append(('r6-clean-%03d' % n, CLEAN[n % len(CLEAN)]()))
with open(os.path.join(here, 'hand-written.txt'), encoding='utf-8') as fh:
    hand = [l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#')]
for n, line in enumerate(hand):
    posts.append(('r6-hand-%03d' % n, line.replace('\\n', '\n')))
with open(os.path.join(here, 'round6.jsonl'), 'w', encoding='utf-8') as out:
    for pid, marked in posts:
        text, spans, terms = parse(marked)
        out.write(json.dumps({'id': pid, 'text': text, 'identifiers': spans, 'clinicalTerms': terms}, ensure_ascii=False) + '\n')
ids_ = sum(len(parse(m)[1]) for _, m in posts)
print(f'{len(posts)} posts, {ids_} identifiers, {sum(1 for _, m in posts if not parse(m)[1])} identifier-free')
