// The independent gold set (issue #14): physician forum posts written by a generator that shares nothing with the
// scrubber or with the first gold set's GoldSetGenerator: other templates, other slot formats, and names and places
// drawn from npm packages the scrubber never loads (sources/, see extract-sources.mjs). Hand-written posts are added
// as they are.
// - Tuning part (tune.jsonl): the round-3 posts (seed 0x5eed2026, hand-written.txt). Round 3 held every third of them
//   out; its misses were read and listed in docs/anonymizer.md, so that part was no longer unseen and joined the tuning part.
// - Held-out part (holdout.jsonl), written in round 4 before any rule of that round: a new seed, names and places the
//   tuning part never drew, the old templates mixed with templates only this part uses, and hand-written-holdout.txt.
// Usage: node generate.mjs   -> tune.jsonl, holdout.jsonl (deterministic: fixed seeds)
// Markup of templates and hand-written posts: [[TYPE:text]] is an identifier, <<text>> a clinical term that must survive.
import fs from 'node:fs';

const here = new URL('./', import.meta.url);
const list = name => fs.readFileSync(new URL(`sources/${name}`, here), 'utf8').split('\n').filter(Boolean);
const given = list('given-names.txt');
const surnames = list('surnames.txt');
const places = list('us-places.tsv').map(l => l.split('\t'));
const streets = list('street-names.txt').map(s => s.split(' ')[0]);

let state = 0x5eed2026; // reset to the held-out seed below
const rnd = () => { state = (state + 0x6d2b79f5) | 0; let t = Math.imul(state ^ (state >>> 15), 1 | state); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = a => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const digits = n => Array.from({ length: n }, (_, k) => (k === 0 ? int(1, 9) : int(0, 9))).join('');
const id = (type, value) => `[[${type}:${value}]]`;

const drugs = ['Eliquis', 'apixaban', 'Xarelto', 'Brilinta', 'clopidogrel', 'Entresto', 'sacubitril-valsartan', 'spironolactone', 'Mounjaro', 'tirzepatide',
  'Wegovy', 'Ozempic', 'metformin', 'Januvia', 'glipizide', 'insulin lispro', 'Tresiba', 'Humira', 'Rinvoq', 'upadacitinib', 'Otezla', 'Cosentyx',
  'Taltz', 'methotrexate', 'Benlysta', 'Keytruda', 'Opdivo', 'Tagrisso', 'Ibrance', 'letrozole', 'tamoxifen', 'Lupron', 'Xtandi', 'Nexletol',
  'Repatha', 'rosuvastatin', 'ezetimibe', 'Vascepa', 'Trikafta', 'Spiriva', 'Trelegy', 'Breztri', 'montelukast', 'Nucala', 'Xolair', 'Zepbound',
  'Leqembi', 'donanemab', 'Nuplazid', 'Austedo', 'Ingrezza', 'Vyvgart', 'Lyrica', 'duloxetine', 'Cymbalta', 'sertraline', 'Lexapro', 'Vraylar',
  'Rexulti', 'lithium', 'Depakote', 'Keppra', 'lamotrigine', 'Nurtec', 'Ubrelvy', 'Aimovig', 'Botox', 'Paxlovid', 'Veklury', 'Biktarvy', 'Descovy',
  'Cabenuva', 'Epclusa', 'Mavyret', 'Jardiance', 'Farxiga', 'Kerendia', 'furosemide', 'torsemide', 'Bumex', 'amiodarone', 'Multaq', 'digoxin',
  'Camzyos', 'Vyndamax', 'tafamidis', 'Prolia', 'Evenity', 'alendronate', 'Forteo', 'Tymlos', 'Synthroid', 'Armour Thyroid', 'hydrocortisone'];
const diseases = ['atrial fibrillation', 'heart failure with reduced EF', 'HFpEF', 'type 2 diabetes', 'psoriatic arthritis', 'lupus nephritis',
  'rheumatoid arthritis', 'ulcerative colitis', 'COPD', 'severe asthma', 'cystic fibrosis', 'NSCLC', 'metastatic breast cancer', 'prostate cancer',
  'tardive dyskinesia', 'myasthenia gravis', 'chronic migraine', 'bipolar II', 'treatment-resistant depression', 'HIV', 'hepatitis C',
  'cardiac amyloidosis', 'hypertrophic cardiomyopathy', 'osteoporosis', 'Graves disease', 'Hashimoto thyroiditis', 'Addison disease',
  'Parkinson disease', 'Lewy body dementia', 'Alzheimer disease', 'Crohn disease', 'Sjogren syndrome', 'Guillain-Barre syndrome',
  'Cushing syndrome', 'Bell palsy', 'Kawasaki disease', 'Still disease', 'Behcet disease', 'Takotsubo cardiomyopathy', 'Wernicke encephalopathy',
  'Brown-Sequard syndrome', 'Dressler syndrome', 'Fournier gangrene', 'Charcot foot', 'Baker cyst', 'Dupuytren contracture', 'Osgood-Schlatter disease'];
const labs = ['A1c 9.2%', 'LDL 188', 'Lp(a) 240', 'NT-proBNP 4,800', 'troponin 0.08', 'eGFR 27', 'creatinine 2.4', 'K 6.1', 'Na 124', 'INR 4.8',
  'Hgb 7.2', 'plt 41k', 'ANC 600', 'ferritin 1,900', 'TSH 14', 'free T4 0.4', 'cortisol 2.1', 'CK 12,000', 'lipase 900', 'ALT 410',
  'bili 6.3', 'albumin 2.1', 'CRP 112', 'procalcitonin 3.4', 'lactate 5.2', 'pH 7.12', 'UACR 650', 'ESR 98', 'PSA 34', 'CEA 71'];

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ord = d => d + (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');
const stateCodes = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'ID', 'IL', 'IA', 'KS', 'KY', 'LA', 'MA', 'MI', 'MN', 'MO', 'MT', 'NE',
  'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY'];

function date() {
  const [m, d, y] = [int(1, 12), int(1, 28), int(2019, 2026)];
  const mm = String(m).padStart(2, '0'), dd = String(d).padStart(2, '0');
  return pick([
    () => `${m}/${d}/${y}`, () => `${mm}/${dd}/${y}`, () => `${m}/${d}/${String(y).slice(2)}`, () => `${y}-${mm}-${dd}`,
    () => `${months[m - 1]} ${d}, ${y}`, () => `${months[m - 1]} ${ord(d)}`, () => `${mon[m - 1]} ${d}`, () => `${d} ${months[m - 1]} ${y}`,
    () => `${dd}-${mon[m - 1]}-${y}`, () => `${mon[m - 1]}. ${d}`, () => `the ${ord(d)} of ${months[m - 1]}`, () => `${m}/${d}`,
  ])();
}
function birthDate() {
  const [m, d, y] = [int(1, 12), int(1, 28), int(1925, 1990)];
  return pick([() => `${m}/${d}/${y}`, () => `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`, () => `${months[m - 1]} ${d}, ${y}`, () => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`])();
}
const area = () => `${int(2, 9)}${int(0, 9)}${int(0, 9)}`;
function phone() {
  const [a, b, c] = [area(), `${int(2, 9)}${digits(2).slice(0, 2)}`, String(int(0, 9999)).padStart(4, '0')];
  return pick([() => `(${a}) ${b}-${c}`, () => `${a}-${b}-${c}`, () => `${a}.${b}.${c}`, () => `${a} ${b} ${c}`, () => `+1-${a}-${b}-${c}`, () => `1 (${a}) ${b}-${c}`, () => `${a}${b}${c}`])();
}
// The pools the name and place slots draw from; the held-out part draws only what the tuning part never drew.
const pools = { given, surnames, places };
const drawn = { given: new Set(), surnames: new Set(), places: new Set() };
const draw = kind => { const value = pick(pools[kind]); drawn[kind].add(value); return value; };
const givenName = () => draw('given');
const surname = () => draw('surnames');
const place = () => draw('places');
const street = () => `${int(2, 19999)} ${pick([...streets, ...streets, 'Old Mill', 'County Road 12', 'Route 9'])} ${pick(['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Blvd', 'Way', 'Pl', 'Ter', 'Cir'])}`;
function military() {
  const zip = pick(['09', '96', '340']) + digits(5).slice(0, 3);
  const code = zip.startsWith('09') ? 'AE' : zip.startsWith('96') ? 'AP' : 'AA';
  const z = zip.length === 5 ? zip : zip.slice(0, 5);
  return pick([
    () => `${id('ADDRESS', `PSC ${int(1000, 9999)}, Box ${int(100, 9999)}`)}, APO ${code} ${id('ZIP', z)}`,
    () => `${id('ADDRESS', `Unit ${int(2000, 9999)} Box ${int(100, 9999)}`)}, DPO ${code} ${id('ZIP', z)}`,
    () => `${id('ADDRESS', `CMR ${int(400, 499)} Box ${int(100, 9999)}`)}, APO ${code} ${id('ZIP', z)}`,
    () => `${id('ADDRESS', `USS ${surname()} (DDG ${int(50, 125)})`)}, FPO ${code} ${id('ZIP', `${z}-${digits(4)}`)}`,
  ])();
}

const slot = {
  G: () => id('NAME', givenName()),
  S: () => id('NAME', surname()),
  GS: () => id('NAME', `${givenName()} ${surname()}`),
  SG: () => `${id('NAME', surname())}, ${id('NAME', givenName())}`,
  GIS: () => id('NAME', `${givenName()} ${String.fromCharCode(65 + int(0, 25))}. ${surname()}`),
  DRS: () => `${pick(['Dr. ', 'Dr ', 'dr. '])}${id('NAME', surname())}`,
  DRGS: () => `${pick(['Dr. ', 'Dr '])}${id('NAME', `${givenName()} ${surname()}`)}`,
  MRS: () => `${pick(['Mr. ', 'Mrs. ', 'Ms. ', 'Mr ', 'Ms '])}${id('NAME', surname())}`,
  DATE: () => { const d = date(); return d.startsWith('the ') ? `the ${id('DATE', d.slice(4))}` : id('DATE', d); },
  DOB: () => id('DATE', birthDate()),
  AGE: () => {
    const a = int(90, 104);
    return pick([() => `${id('AGE', a)}-year-old`, () => `${id('AGE', a)} year old`, () => `${id('AGE', a)}yo`, () => `${id('AGE', a)} y.o.`,
      () => `age ${id('AGE', a)}`, () => `${id('AGE', a)} years old`, () => `aged ${id('AGE', a)}`])();
  },
  AGESEX: () => `${id('AGE', int(90, 103))}${pick(['F', 'M'])}`,
  YOUNG: () => `${int(19, 86)}-year-old`,
  PHONE: () => id('PHONE', phone()),
  FAX: () => id('FAX', phone()),
  EMAIL: () => id('EMAIL', `${pick([givenName().toLowerCase() + '.' + surname().toLowerCase(), surname().toLowerCase() + digits(2), givenName()[0].toLowerCase() + surname().toLowerCase()])}@${pick(['gmail.com', 'icloud.com', 'aol.com', 'comcast.net', 'med.umich.edu', 'bayhealth.org', 'hotmail.com'])}`),
  SSN: () => id('SSN', pick([() => `${digits(3)}-${digits(2)}-${digits(4)}`, () => `${digits(3)} ${digits(2)} ${digits(4)}`, () => digits(9)])()),
  MRN: () => `${pick(['MRN ', 'MRN: ', 'MR# ', 'med rec # ', 'medical record no. ', 'hospital number ', 'chart #'])}${id('MRN', pick([() => digits(8), () => `${digits(2)}-${digits(3)}-${digits(3)}`, () => `E${digits(7)}`])())}`,
  ACCT: () => `${pick(['acct ', 'account #', 'billing account ', 'Medicaid ID ', 'member ID ', 'policy number '])}${id('ACCOUNT', pick([() => digits(10), () => `${digits(2)}-${digits(7)}`, () => `XJ${digits(9)}`])())}`,
  MBI: () => `Medicare ${pick(['MBI ', 'ID ', 'number '])}${id('ACCOUNT', `${int(1, 9)}${pick(['EG', 'TW', 'KQ'])}${int(1, 9)}-${pick(['TE', 'HN', 'AC'])}${int(1, 9)}-${pick(['MK', 'RP', 'XY'])}${digits(2)}`)}`,
  LIC: () => pick([() => `DEA ${id('LICENSE', `${pick(['A', 'B', 'F', 'M'])}${String.fromCharCode(65 + int(0, 25))}${digits(7)}`)}`,
    () => `license ${pick(['#', 'no. ', ''])}${id('LICENSE', `${pick(['MD', 'DO', 'RN', 'G'])}${digits(6)}`)}`,
    () => `driver's license ${id('LICENSE', `${String.fromCharCode(65 + int(0, 25))}${digits(8)}`)}`,
    () => `plate ${id('LICENSE', `${int(1, 9)}${String.fromCharCode(65 + int(0, 25), 65 + int(0, 25), 65 + int(0, 25))}${digits(3)}`)}`])(),
  NPI: () => `NPI ${id('NPI', digits(10))}`,
  SERIAL: () => pick([() => `serial ${id('SERIAL', `${pick(['PJN', 'RNV', 'BLK', 'QXY'])}${digits(6)}`)}`,
    () => `VIN ${id('SERIAL', `1${pick(['HG', 'FT', 'G1', 'N4'])}${pick(['CM', 'BH', 'ZD'])}${digits(5)}${pick(['A', 'B', 'L'])}${digits(6)}`)}`,
    () => `lot ${id('SERIAL', `${pick(['EK', 'FL', 'GH'])}${digits(4)}`)}`,
    () => `S/N ${id('SERIAL', `${digits(3)}-${digits(3)}-${digits(3)}`)}`,
    () => `device ID ${id('SERIAL', `${pick(['DX', 'MT'])}${digits(8)}`)}`])(),
  URL: () => id('URL', pick([() => `https://www.facebook.com/${givenName().toLowerCase()}.${surname().toLowerCase()}.${digits(2)}`,
    () => `www.caringbridge.org/visit/${surname().toLowerCase()}family`, () => `https://gofund.me/${digits(8).slice(0, 8)}`,
    () => `http://${surname().toLowerCase()}-family.net/updates`, () => `https://imgur.com/a/${surname().slice(0, 3)}${digits(4)}`])()),
  IP: () => id('IP', pick([() => `${int(11, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, () => `2001:db8:${int(1, 9)}f::${int(10, 99)}`])()),
  ADDR: () => id('ADDRESS', street()),
  ADDRAPT: () => id('ADDRESS', `${street()}, ${pick(['Apt', 'Apt.', 'Unit', '#'])} ${int(1, 40)}${pick(['', 'B', 'C'])}`),
  POBOX: () => id('ADDRESS', `${pick(['PO Box', 'P.O. Box'])} ${int(10, 9999)}`),
  MIL: military,
  TOWN: () => id('CITY', place()[0]),
  TOWNST: () => { const [c, s] = place(); return `${id('CITY', c)}, ${s}`; },
  TOWNSTZIP: () => { const [c, s] = place(); return `${id('CITY', c)}, ${s} ${id('ZIP', digits(5))}`; },
  COUNTY: () => id('ADDRESS', `${surname()} County`),
  ZIP: () => id('ZIP', digits(5)),
  AT: () => `@${id('MENTION', pick([() => givenName().toLowerCase() + surname().slice(0, 1).toLowerCase(), () => `dr${surname().toLowerCase()}`, () => `${surname()}MD`, () => `${givenName()}_${surname()}`])())}`,
  DRUG: () => `<<${pick(drugs)}>>`,
  DX: () => `<<${pick(diseases)}>>`,
  LAB: () => `<<${pick(labs)}>>`,
  ST: () => pick(stateCodes),
};

const phi = [
  'Curbside q: {GS}, {AGE}, {DX}, on {DRUG}. Family wants everything done.',
  'Had {SG} in clinic today, {YOUNG} with {DX}; {LAB} on {DRUG}.',
  'Pt name on the fax cover was {SG} - nobody redacted it before it hit our inbox.',
  'Signed out {GS} to nights: {DX}, {LAB}, hold {DRUG}.',
  'My {AGE} patient from {TOWN} drove herself in with {DX}.',
  'She lives alone in {TOWN} and gets her {DRUG} by mail.',
  'He was transferred from {TOWN} after {LAB}; we started {DRUG}.',
  'Moved out to {TOWNST} to be near her son, still wants me to manage the {DRUG}.',
  'Mailing address {ADDR}, {TOWNSTZIP} - please send the {DRUG} samples there.',
  'Chart lists {ADDRAPT}, {TOWNST}; he says he now lives with his daughter.',
  'Soldier deployed, wife asked us to ship the {DRUG} refill to {MIL}.',
  'Her husband is stationed overseas: {MIL}. Any way to get {DRUG} there?',
  'Records request went to {POBOX}, {TOWNSTZIP}.',
  'DOB {DOB}, admitted {DATE} for {DX}, discharged {DATE}.',
  'Seen {DATE} by {DRS}; {LAB}, switched to {DRUG}.',
  'Follow-up booked for {DATE} with {DRGS} in cardiology.',
  'Her cell is {PHONE} if anyone from the {DX} trial wants to reach her.',
  'Call the daughter at {PHONE}; fax the {DRUG} PA to {FAX}.',
  'Fax: {FAX} (attn {MRS}), re: {DX} workup.',
  'Email from the patient ({EMAIL}) asking whether {DRUG} causes hair loss.',
  'Intake form had SSN {SSN} typed into the allergy field.',
  '{MRN} - {AGESEX} with {DX}, {LAB}.',
  'Prior auth denied for {ACCT}; {DRUG} for {DX} again.',
  'The {MBI} on the claim was wrong, so the {DRUG} claim bounced.',
  'Ordering physician {DRS}, {NPI}, {LIC}.',
  'Pharmacist wanted my {LIC} before releasing the {DRUG}.',
  'ICD pocket erosion, generator {SERIAL}, on {DRUG} for {DX}.',
  'Family car {SERIAL} was in the crash; he was on {DRUG}.',
  'His sister posted the whole story at {URL} with photos of the {DX} rash.',
  'Suspicious portal login from {IP} right before the {DRUG} refill was cancelled.',
  '{AT} did your {DX} patient on {DRUG} ever get that {LAB}?',
  'Agree with {AT} - {DRUG} is overused in {DX}.',
  'Pt is {AGESEX}, lives in {COUNTY}, {DX} on {DRUG}.',
  '{G} {S} ({AGE}) came back with {DX}; {LAB}.',
  '{GIS} is {YOUNG}, {DX}, doing well on {DRUG}.',
  'Consult note for {SG} ({AGESEX}): {DX}, {LAB}, recommend {DRUG}.',
  'Spoke to {G} about stopping {DRUG}; she prefers to wait until {DATE}.',
  'I told {MRS} that {DRUG} would not fix the {DX}.',
  'His granddaughter {G} {S} is the proxy, number {PHONE}.',
  'Pt {GS} was born {DOB}; {DX} diagnosed {DATE}.',
  'Resident presented {GS} on rounds: {AGE}, {DX}, {LAB}.',
  '{S}, {G} - {MRN} - {DX}, needs {DRUG} restarted.',
  'Readmitted: {SG}, {AGESEX}, from {TOWN}, {LAB}.',
  'Nursing home in {TOWN} sent her back on {DRUG} with {LAB}.',
  'Met {DRGS} from {TOWN} at the {DX} conference, great talk on {DRUG}.',
  'Hospice nurse {G} called from {PHONE} about the {DRUG} dose.',
  'Case: {AGE} man, {DX}, {LAB}. Wife {G} asks about {DRUG}.',
  'She turned {AGEN} on {DATE} and still walks two miles a day.',
  'He is {AGEN} and refuses {DRUG} for his {DX}.',
  'Appt moved to {DATE} at {ADDRSUITE}.',
];
slot.AGEN = () => id('AGE', int(90, 102));
slot.SUITE = () => String(int(100, 450));
// Decision 284: a suite after a street address is part of the address (Safe Harbor's street address includes it; the later
// sets fold it into the span), so it sits inside the ADDRESS span; the street is drawn before the suite as before.
slot.ADDRSUITE = () => slot.ADDR().replace(/\]\]$/, `, suite ${slot.SUITE()}]]`);

const clean = [
  'Anyone else seeing {DX} flares after switching to {DRUG}? {LAB} in two of mine.',
  'For {DX} I start {DRUG} low and titrate every 4 weeks; {LAB} is my trigger to stop.',
  'Coverage for {DRUG} in {DX} keeps changing; our PA team is drowning.',
  'Journal club: {DRUG} vs {DRUG} in {DX}, the subgroup data are thin.',
  'Would you add {DRUG} on top of {DRUG} with {LAB}?',
  'Classic {DX} picture with {LAB}, responded to {DRUG} within a week.',
  'Rural practice in {ST} here: no rheumatologist within 150 miles, so I manage {DX} with {DRUG} myself.',
  'Our formulary swapped {DRUG} for {DRUG} last year; {DX} patients are confused.',
  'Reminder that {DRUG} needs a dose cut when {LAB}.',
  'Tumor board today: two {DX} cases, both on {DRUG}, both with {LAB}.',
  'Will {DRUG} help with {DX} or just the {LAB}?',
  'Grand rounds on {DX} next week; the speaker trialled {DRUG}.',
  'Do you check {LAB} before restarting {DRUG} after a {DX} admission?',
  'Pediatrics: {DX} in a 6-year-old, {DRUG} off label, {LAB}.',
  'In 2023 we moved most {DX} patients to {DRUG}; outcomes look similar.',
  'The rep says {DRUG} will get a {DX} indication by spring.',
  'Honest question: is {DRUG} worth it for {DX} when {LAB}?',
  'Older adults with {DX} tolerate {DRUG} poorly in my hands.',
];

// Round 4: templates only the held-out part uses, written before any rule of that round (new contexts for names,
// towns and addresses: a name after a thanks or a call, a town before an institution noun, rural routes, a city with
// its state spelled out, chart lines with pipes).
const stateNames = { AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', ID: 'Idaho', IL: 'Illinois', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', MA: 'Massachusetts',
  MI: 'Michigan', MN: 'Minnesota', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', MD: 'Maryland', ME: 'Maine', MS: 'Mississippi', HI: 'Hawaii', IN: 'Indiana' };
slot.TOWNSTNAME = () => { const [c, s] = place(); return `${id('CITY', c)}, ${stateNames[s] ?? s}`; };
slot.RR = () => id('ADDRESS', pick([() => `Rural Route ${int(1, 9)}, Box ${int(1, 400)}`, () => `RR ${int(1, 9)} Box ${int(1, 400)}`,
  () => `RR #${int(1, 9)}, Box ${int(1, 400)}`, () => `HC ${int(60, 89)} Box ${int(100, 2999)}`, () => `Route ${int(1, 6)}, Box ${int(10, 300)}`])());
slot.EXT = () => String(int(200, 7999));
const phiHeldOut = [
  'Thanks {G} for covering my {DX} clinic while I was out.',
  'Got a voicemail from {G} at {PHONE} asking if she can double the {DRUG}.',
  'Transferred from the {TOWN} ED with {LAB}; nobody had started {DRUG}.',
  'Her PCP in {TOWN} started {DRUG} without checking {LAB}.',
  'Ran into {DRGS} at the {TOWN} hospital; we argued about {DRUG} for {DX}.',
  'Send the records to {ADDR}, {TOWNSTZIP}, attn {G} in medical records.',
  'Pt: {S}, {G} | DOB {DOB} | {MRN} | {DX}',
  'Sign-out: {S} in bed [[ID:12]], {DX}, {LAB}, watch the {DRUG}.',
  '{G} from the {DRUG} hub called twice about the PA; {ACCT}.',
  'He gets his mail at {RR}, {TOWNST} {ZIP}, so the {DRUG} goes there.',
  'Born {DOB} in {TOWN}; {DX}, now on {DRUG}.',
  'Wife {GS} emailed me at {EMAIL} on {DATE} about the {DRUG} refill.',
  'The {TOWN} fire department brought him in after a fall; {LAB}.',
  'Anyone know a {DX} specialist near {TOWNST}? She cannot travel far.',
  'Left a message for {MRS} at {PHONE} ext. {EXT} about the {DRUG}.',
  'Originally from {TOWNSTNAME}, {AGE}, {DX} on {DRUG}.',
  "{GS}'s daughter called from {TOWN} asking about {DRUG}.",
  'Patient portal message from {EMAIL}, sent from {IP}, asked for more {DRUG}.',
  'Covering for {DRS} this week: {G} {S} ({AGESEX}) with {DX} needs {DRUG}.',
  "Per {MRS}'s family, the {DRUG} was stopped on {DATE}.",
  'Tell {G} at the front desk that the {DRUG} samples came in.',
  'Records list {SG} at {ADDRAPT}, {TOWNST}; {DX}.',
  'My {AGE} patient in {COUNTY} still splits wood; {DX} on {DRUG}.',
  'Call from {G} {S}, {PHONE}, re: {DRUG} copay card.',
];
const cleanHeldOut = [
  'Superior vena cava syndrome from a lung mass; started {DRUG} while we wait on path.',
  'Rural hospitals cannot stock {DRUG}, so we send {DX} patients out.',
  'Box warning on {DRUG} scares families more than the {DX} does.',
  'Grand Rounds at noon: {DX} update, {DRUG} data, {LAB} thresholds.',
  'Our clinic in a small {ST} town sees more {DX} than the academic center.',
  'Spring allergy season makes my {DX} patients miserable even on {DRUG}.',
  'Fields of view on the new scanner help, but {DX} is still a clinical diagnosis.',
  'West Nile season again; my {DX} patients on {DRUG} keep asking about mosquitoes.',
];

function expand(template) { return template.replace(/\{([A-Z]+)\}/g, (_, name) => { if (!slot[name]) throw new Error(`slot ${name}`); return slot[name](); }); }

function parse(postId, markup) {
  let text = ''; const identifiers = []; const terms = [];
  for (let i = 0; i < markup.length;) {
    if (markup.startsWith('[[', i)) {
      const colon = markup.indexOf(':', i), close = markup.indexOf(']]', colon);
      const value = markup.slice(colon + 1, close);
      identifiers.push({ start: text.length, end: text.length + value.length, type: markup.slice(i + 2, colon) });
      text += value; i = close + 2;
    } else if (markup.startsWith('<<', i)) {
      const close = markup.indexOf('>>', i); const term = markup.slice(i + 2, close);
      terms.push(term); text += term; i = close + 2;
    } else { text += markup[i++]; }
  }
  return { id: postId, text, identifiers, clinicalTerms: [...new Set(terms)] };
}

function generatePosts(prefix, count, cleanCount, phiTemplates, cleanTemplates, handFile) {
  const posts = [];
  for (let i = 0; i < count; i++) {
    const parts = [pick(phiTemplates)];
    if (rnd() < 0.5) parts.push(rnd() < 0.5 ? pick(phiTemplates) : pick(cleanTemplates));
    if (rnd() < 0.3) parts.splice(int(0, parts.length), 0, pick(cleanTemplates));
    posts.push(parse(`${prefix}-gen-${String(i).padStart(4, '0')}`, parts.map(expand).join(' ')));
  }
  for (let i = 0; i < cleanCount; i++) posts.push(parse(`${prefix}-clean-${String(i).padStart(4, '0')}`, Array.from({ length: int(1, 3) }, () => expand(pick(cleanTemplates))).join(' ')));
  const hand = fs.readFileSync(new URL(handFile, here), 'utf8').split('\n').filter(l => l.length > 0 && !l.startsWith('#'));
  hand.forEach((line, i) => posts.push(parse(`${prefix}-hand-${String(i).padStart(4, '0')}`, line)));
  return posts;
}

const tune = generatePosts('ind', 900, 250, phi, clean, 'hand-written.txt');

// Held-out part: a new seed, fresh names and places, and templates of its own beside the old ones.
state = 0x0b5e4d27;
for (const kind of Object.keys(pools)) pools[kind] = pools[kind].filter(value => !drawn[kind].has(value));
const holdout = generatePosts('ind-h4', 330, 80, [...phi, ...phiHeldOut, ...phiHeldOut], [...clean, ...cleanHeldOut], 'hand-written-holdout.txt');

const jsonl = ps => ps.map(p => JSON.stringify(p)).join('\n') + '\n';
fs.writeFileSync(new URL('tune.jsonl', here), jsonl(tune));
fs.writeFileSync(new URL('holdout.jsonl', here), jsonl(holdout));
const count = ps => ps.reduce((n, p) => n + p.identifiers.length, 0);
console.log(`tune: ${tune.length} posts, ${count(tune)} identifiers; held out: ${holdout.length} posts, ${count(holdout)} identifiers`);
