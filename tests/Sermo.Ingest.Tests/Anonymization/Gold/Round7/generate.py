# Round-7 held-out set of issue #14 (decision 049): a fifth generator (Python, its own seed, templates and slot formats;
# nothing shared with GoldSetGenerator, Independent/generate.mjs, Fresh/generate.py or Round6/generate.py), hand-typed
# sources (sources.py) and hand-written posts (hand-written.txt). Written and committed before any rule of round 7.
# Usage: python3 generate.py -> round7.jsonl (deterministic). Markup: [[TYPE:text]] identifier, <<text>> clinical term.
import json, os, random, re
from sources import GIVEN, WORD_GIVEN, SURNAMES, WORD_SURNAMES, NICK, TOWNS, COUNTIES, STREETS, STATES

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(7049)
pick = rng.choice

DRUGS = ['Eliquis', 'Xarelto', 'Pradaxa', 'Entresto', 'Jardiance', 'Farxiga', 'Ozempic', 'Mounjaro', 'Trulicity',
         'Humira', 'Stelara', 'Skyrizi', 'Dupixent', 'Cosentyx', 'Kesimpta', 'Ocrevus', 'Tecfidera', 'Vumerity',
         'Emgality', 'Qulipta', 'Lybalvi', 'Invega Sustenna', 'Abilify Maintena', 'Seroquel', 'Zyprexa', 'Latuda',
         'Trintellix', 'Auvelity', 'Zurzuvae', 'Suboxone', 'Sublocade', 'Vivitrol', 'Narcan', 'Prolia', 'Forteo',
         'metoprolol', 'furosemide', 'torsemide', 'warfarin', 'heparin', 'vancomycin', 'cefepime', 'meropenem',
         'zosyn', 'doxycycline', 'azithromycin', 'prednisone', 'dexamethasone', 'insulin glargine', 'metformin',
         'gabapentin', 'pregabalin', 'tramadol', 'oxycodone', 'buprenorphine', 'methotrexate', 'hydroxychloroquine']
TERMS = ["Hashimoto's", "Graves' disease", "Cushing's", "Conn syndrome", "Wilson disease", "Gilbert syndrome",
         "Crohn's", "Hirschsprung", "Meckel diverticulum", "Barrett's esophagus", "Zenker diverticulum",
         "Mallory-Weiss tear", "Boerhaave", "Whipple procedure", "Nissen fundoplication", "Roux-en-Y",
         "Bell's palsy", "Parkinson's", "Huntington's", "Alzheimer's", "Tourette", "Ménière's", "Raynaud's",
         "Buerger disease", "Wegener's", "Churg-Strauss", "Kaposi sarcoma", "Ewing sarcoma", "Wilms tumor",
         "Hodgkin lymphoma", "Burkitt", "Waldenstrom", "Von Willebrand", "Glanzmann", "Bernard-Soulier",
         "Dressler syndrome", "Wellens sign", "Osborn waves", "Mobitz II", "Wenckebach", "Austin Flint murmur",
         "Argyll Robertson pupil", "Babinski", "Brudzinski", "Murphy's sign", "McBurney's point", "Rovsing sign",
         "Grey Turner sign", "Cullen sign", "Virchow's node", "Trendelenburg gait", "Thompson test", "McMurray",
         "Finkelstein test", "Boutonniere deformity", "Smith fracture", "Monteggia", "Galeazzi", "Lisfranc injury",
         "Maisonneuve fracture", "Hill-Sachs lesion", "Bankart lesion", "Glasgow Coma Scale", "APGAR", "Gleason 7",
         "Breslow depth", "Clark level", "Bishop score", "Alvarado score", "Centor criteria", "CURB-65", "HEART score",
         "PERC rule", "Geneva score", "Nexus criteria", "Denver shunt", "Baltimore criteria", "Hong Kong flu",
         "Spanish flu", "West Nile virus", "Ross River virus", "Rift Valley fever", "Colorado tick fever",
         "Lyme disease", "Oroya fever", "Chagas", "Crimean-Congo", "Lassa", "Hendra virus", "Nipah", "Tularemia"]
LABS = ['K 2.6', 'Na 118', 'lactate 9.1', 'INR 7.8', 'Hgb 6.2', 'plt 9', 'CK 31,000', 'lipase 3,400', 'AST 2,200',
        'Tbili 19', 'hs-trop 4,500', 'ferritin 12,000', 'Ca 15.2', 'pH 6.98', 'Cr 8.4', 'glucose 1,140', 'BNP 4,900',
        'TSH 0.01', 'A1c 13.2', 'WBC 48']

def t(x): return f'<<{x}>>'
def i(k, v): return f'[[{k}:{v}]]'
def d(n, lead=True): return ''.join(str(rng.randint(1 if (k == 0 and lead) else 0, 9)) for k in range(n))
def drug(): return t(pick(DRUGS))
def term(): return t(pick(TERMS))
def lab(): return t(pick(LABS))
def giv(): return pick(GIVEN + WORD_GIVEN)
def sur(): return pick(SURNAMES + WORD_SURNAMES)
def wsur(): return pick(WORD_SURNAMES)
def full():
    g, s = giv(), sur()
    return pick([f'{g} {s}', f'{g} {s}', f'{g} {pick("ABCDEFGHJKLMNPRSTW")} {s}', f'{g[0]}. {s}',
                 f'{g.lower()} {s.lower()}', f'{g} ({pick(NICK)}) {s}'])
def town(): return pick(TOWNS)
def st(): return pick(STATES)
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
def date():
    m, dd, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2020, 2026)
    return pick([f'{m}/{dd}', f'{m:02d}/{dd:02d}/{y}', f'{MON[m-1]}. {dd}', f'{dd} {MONTH[m-1]} {y}', f'{MONTH[m-1]} {dd}, {y}',
                 f'{y}-{m:02d}-{dd:02d}', f'{m}.{dd}.{str(y)[2:]}', f'{MON[m-1].lower()} {dd}', f'{dd}/{MON[m-1]}/{str(y)[2:]}'])
def dob():
    m, dd, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1919, 1936)
    return pick([f'{m}/{dd}/{y}', f'{m:02d}-{dd:02d}-{y}', f'{MON[m-1]} {dd}, {y}', f'{dd} {MON[m-1]} {y}', f'{m}/{dd}/{str(y)[2:]}'])
def phone():
    return pick([f'({d(3)}) {d(3)}-{d(4)}', f'{d(3)}-{d(3)}-{d(4)}', f'{d(3)}/{d(3)}-{d(4)}', f'+1 {d(3)} {d(3)} {d(4)}',
                 f'{d(3)}.{d(3)}.{d(4)} ext {d(2)}', f'1-{d(3)}-{d(3)}-{d(4)}'])
def mrn():
    L = 'ABCDEFGHKLMNPRSTUVWY'
    return pick([f'{d(8)}', f'{pick(L)}{d(7, False)}', f'{pick(L)}{pick(L)}-{d(6)}', f'{d(3)}-{d(3)}-{d(3)}',
                 f'{pick(L)}{pick(L)}{d(8)}', f'{d(2)}-{d(6)}'])
def email(g, s):
    dom = pick(['gmail.com', 'icloud.com', 'hotmail.com', 'windstream.net', 'centurylink.net', 'protonmail.com', 'ymail.com'])
    user = pick([f'{g[0].lower()}{s.lower()}', f'{g.lower()}_{s.lower()}{d(2)}', f'{s.lower()}.{g.lower()}'])
    return re.sub(r"[^a-z0-9._]", '', user) + '@' + dom
def age(): return str(rng.randint(90, 108))
def rel(): return pick(['husband', 'wife', 'son', 'daughter', 'son-in-law', 'daughter in law', 'granddaughter', 'grandson',
                        'sister', 'brother', 'aide', 'neighbor', 'HCPOA', 'guardian', 'stepdaughter', 'fiance', 'boyfriend'])
def zipc(): return d(5, False) if rng.random() < 0.8 else f'{d(5, False)}-{d(4)}'

T = []
def tpl(f): T.append(f); return f

@tpl
def handoff(): return (f'Handoff: bed [[ID:12]] {i("NAME", sur())} ({i("AGE", age())}F) {term()}; bed [[ID:14]] {i("NAME", full())} - '
                       f'{drug()}, watch {lab()}')
@tpl
def fyi(): return f'FYI {i("NAME", giv())} from {i("CITY", town())} called re: the {drug()} refill, cb {i("PHONE", phone())}'
@tpl
def fwd():
    g, s = giv(), pick(SURNAMES)
    return (f'---- Forwarded ----\nFrom: {i("NAME", g + " " + s)} <{i("EMAIL", email(g, s))}>\nSent: {i("DATE", date())}\n'
            f'Subject: mom\'s {drug()}')
@tpl
def signoff(): return f'{term()}, {drug()} x2 wks, no change. Ideas?\n{i("NAME", giv() + " " + sur())}, {pick(["DO", "MD, FACP", "NP-C", "PA", "MSN, APRN"])}'
@tpl
def sur_first_mi(): return f'{i("NAME", pick(SURNAMES) + ", " + giv() + " " + pick("ABCDEFGHJKLMNPRSTW") + ".")} - {term()} - seen {i("DATE", date())}'
@tpl
def lives_with(): return f'{i("AGE", age())}yo widow, lives w/ {rel()} {i("NAME", giv())} in {i("CITY", town())}, {term()}.'
@tpl
def nee(): return f'Mrs. {i("NAME", giv() + " " + pick(SURNAMES))} (nee {i("NAME", wsur())}) - {term()}, on {drug()}.'
@tpl
def db(): return f'd/w Dr {i("NAME", sur())} re {term()}; c/b Dr. {i("NAME", pick(SURNAMES))} later. Holding {drug()}.'
@tpl
def per_rel(): return f'per {rel()} {i("NAME", full())}: pt stopped {drug()} when it got too pricey.'
@tpl
def pcp(): return f'Her PCP, {i("NAME", giv() + " " + sur())}, in {i("CITY", town())}, started {drug()} for {term()}.'
@tpl
def fax(): return f'Fax records to {i("FAX", phone())} attn {i("NAME", giv())}, {lab()} trend please.'
@tpl
def dob_line(): return f'{i("NAME", full())} DOB {i("DATE", dob())} MRN {i("MRN", mrn())} -- {term()}'
@tpl
def label_line(): return f'Name: {i("NAME", sur() + ", " + giv())}\nAge: {i("AGE", age())}\nDx: {term()}\nAdmit: {i("DATE", date())}'
@tpl
def hometown(): return f'Lovely {i("AGE", age())} y.o. gentleman from outside {i("CITY", town())}, {st()}. {term()}, {lab()}.'
@tpl
def town_near(): return f'We\'re the only ED between {i("CITY", town())} and {i("CITY", town())}; {drug()} on backorder.'
@tpl
def parish(): return f'Anybody in {i("ADDRESS", pick(COUNTIES))} prescribing {drug()}? My pt moved there.'
@tpl
def street(): return (f'Home health to {i("ADDRESS", d(rng.randint(1, 5)) + " " + pick(STREETS))}, {i("CITY", town())} {st()} '
                      f'{i("ZIP", zipc())} for {drug()} teaching')
@tpl
def apt(): return f'new address {i("ADDRESS", d(3) + " " + pick(STREETS) + " Apt " + d(1) + pick("ABCD"))}, pls update for the {drug()} shipments'
@tpl
def military(): return f'Ship the {drug()} to {i("ADDRESS", "Unit " + d(4) + " Box " + d(3))}, {pick(["APO AE", "FPO AP", "DPO AA"])} {i("ZIP", pick(["09", "96", "34"]) + d(3))}'
@tpl
def title_age(): return f'{pick(["Mr.", "Mrs.", "Miss", "Ms", "Sr."])} {i("NAME", sur())}, {i("AGE", age())}, {term()} - family wants everything.'
@tpl
def word_pair(): return f'{i("NAME", pick(WORD_GIVEN) + " " + wsur())} is back with {term()}, {lab()}.'
@tpl
def after_detected(): return f'Admitted {i("NAME", pick(GIVEN) + " " + wsur())} overnight, {term()}.'
@tpl
def sister_of(): return f'{i("NAME", giv())}, her {rel()}, is the one giving the {drug()}.'
@tpl
def pt_lower(): return f'pt {i("NAME", pick(GIVEN).lower() + " " + pick(SURNAMES).lower())} no showed again, {drug()} lapsed'
@tpl
def ages_forms(): return f'{pick(["pt is", "she is", "he is now", "Patient aged", "age"])} {i("AGE", age())}, {term()}, on {drug()}.'
@tpl
def ages_short(): return f'{i("AGE", age())}{pick(["F", "M", "yoF", "yoM", " yo F", "y/o M"])} w/ {term()} and {lab()}'
@tpl
def birthday(): return f'Celebrated her {i("AGE", age())}th on the unit {i("DATE", date())}; {term()} stable.'
@tpl
def ssn_t(): return f'Intake form asked SSN - she wrote {i("SSN", d(3) + "-" + d(2) + "-" + d(4))} in the margin. Shredded.'
@tpl
def acct_t(): return f'HB account {i("ACCOUNT", d(9))} - {drug()} denied for {term()}.'
@tpl
def lic(): return f'State license {i("LICENSE", pick(["MD", "DO", "RN"]) + d(6))} expired, pharmacy rejected the {drug()} script.'
@tpl
def npi(): return f'Ordering: {i("NAME", giv() + " " + sur())} NPI {i("NPI", "1" + d(9, False))}'
@tpl
def url_t():
    s = pick(SURNAMES).lower().replace(' ', '').replace("'", '')
    return f'Obit: {i("URL", "legacy.com/us/obituaries/name/" + pick(GIVEN).lower() + "-" + s + "-obituary")} - {term()} at the end.'
@tpl
def voicemail(): return f'VM from {i("NAME", giv())} ({rel()}) at {i("PHONE", phone())} - asks if {drug()} can be crushed.'
@tpl
def quoted(): return f'Triage note: "{i("NAME", full())}, {i("AGE", age())}, c/o fall at home in {i("CITY", town())}, on {drug()}"'
@tpl
def thanks(): return f'Big thanks to {i("NAME", giv())} in pharmacy and {i("NAME", giv())} on 4W for the {drug()} catch.'
@tpl
def two_sur(): return f'{i("NAME", pick(SURNAMES))} and {i("NAME", pick(SURNAMES))} both bounced back with {term()} this week.'
@tpl
def room(): return f'rm {i("ID", d(3))}: {i("NAME", sur())}, {i("NAME", giv())} - {lab()} - {drug()} held'
@tpl
def dx_date(): return f'dx\'d {i("DATE", date())} w/ {term()}, {drug()} since {i("DATE", date())}'
@tpl
def upper_line(): return f'{i("NAME", (pick(SURNAMES) + " " + giv()).upper())} {i("MRN", mrn())} {term()}'
@tpl
def visiting(): return f'She was visiting {i("NAME", giv())} in {i("CITY", town())} when the {term()} started.'

CLEAN = [
    lambda: f'{term()} or {term()}? Would start {drug()} either way.',
    lambda: f'Summer is {term()} season here; stock {drug()}.',
    lambda: f'Grace notes from M&M: {term()} missed twice, {lab()}.',
    lambda: f'Hope this helps: {drug()} then {drug()} for {term()}.',
    lambda: f'Frank pus, {lab()} - surgery for {term()}.',
    lambda: f'Will {drug()} worsen {term()}? Asking for a friend (really a patient).',
    lambda: f'Sharp drop in {lab()} after {drug()}; {term()} ruled out.',
    lambda: f'Long story short, {term()}. {drug()} worked.',
    lambda: f'Strong opinions on {drug()} vs {drug()} for {term()}?',
    lambda: f'Young athlete, {term()}, cleared after {drug()}.',
    lambda: f'Fish oil will not fix {term()}; {drug()} did.',
    lambda: f'Green light from cards for {drug()} despite {term()}.',
    lambda: f'Black box warning on {drug()} - still worth it for {term()}?',
    lambda: f'Price of {drug()} doubled, switched to {drug()}.',
    lambda: f'Case in point: {term()} mimicking {term()}, {lab()}.',
    lambda: f'Power through the {drug()} nausea or stop? {term()} is mild.',
    lambda: f'Day 3 of {drug()}, {lab()}, still thinking {term()}.',
    lambda: f'Bear in mind {term()} when {lab()} with no clear source.',
    lambda: f'Ivy league data on {drug()} for {term()} is weak.',
    lambda: f'Crystal clear: {term()}, not {term()}.',
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
for n in range(232):
    f = T[n % len(T)] if n < len(T) * 4 else pick(T)
    posts.append(('r7-gen-%03d' % n, f()))
for n in range(44):
    posts.append(('r7-clean-%03d' % n, CLEAN[n % len(CLEAN)]()))
with open(os.path.join(here, 'hand-written.txt'), encoding='utf-8') as fh:
    hand = [l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#')]
for n, line in enumerate(hand):
    posts.append(('r7-hand-%03d' % n, line.replace('\\n', '\n')))
with open(os.path.join(here, 'round7.jsonl'), 'w', encoding='utf-8') as out:
    for pid, marked in posts:
        text, spans, terms = parse(marked)
        out.write(json.dumps({'id': pid, 'text': text, 'identifiers': spans, 'clinicalTerms': terms}, ensure_ascii=False) + '\n')
ids_ = sum(len(parse(m)[1]) for _, m in posts)
print(f'{len(posts)} posts, {ids_} identifiers, {sum(1 for _, m in posts if not parse(m)[1])} identifier-free, '
      f'{sum(len(parse(m)[2]) for _, m in posts)} clinical terms')
