"""Round 26's identifier-free templates (decision 169): eponyms, brands that look like names, trial acronyms,
place-named diseases and scores, guideline years, doses, labs, ages under 90, habitual weekdays and holidays, name-words
used as words, societies and journals, generic departments, and numbers after index, file, version, page, lot and
series. Each template is used at most 4 times, so that one false hit counts at most four times."""


def _pick(rng, *options):
    return rng.choice(options)


def _t(rng, *terms):
    return f"<<{rng.choice(terms)}>>"


CLEAN_TEMPLATES = [
    lambda r: f"Positive {_pick(r, 'Homans', 'Trousseau', 'Chvostek', 'Kernig')} sign in a {r.randint(20, 80)}-year-old, which taught me nothing. The workup showed {_t(r, 'hypocalcemia', 'meningitis', 'deep vein thrombosis')}.",
    lambda r: f"Switched from {_pick(r, 'Jardiance', 'Farxiga', 'Ozempic', 'Mounjaro')} to {_pick(r, 'Trulicity', 'Victoza', 'metformin')} because of cost. {_t(r, 'type 2 diabetes', 'obesity')} control about the same.",
    lambda r: f"The {_pick(r, 'ISCHEMIA', 'COURAGE', 'FAME', 'SYNTAX')} trial changed how our cath lab treats {_t(r, 'stable angina', 'coronary artery disease')}. Version {r.randint(2, 9)} of our protocol cites it on page {r.randint(3, 60)}.",
    lambda r: f"{_t(r, 'West Nile virus', 'Rift Valley fever', 'Ebola virus disease', 'Lassa fever')} is named for a place, but nobody in our unit has ever been there. Series {r.randint(1, 12)} of the teaching files covers it.",
    lambda r: f"Glasgow Coma Scale of {r.randint(3, 14)} and a {_pick(r, 'Canadian CT Head Rule', 'NEXUS criterion')} positive. CT showed {_t(r, 'epidural hematoma', 'diffuse axonal injury', 'skull fracture')}.",
    lambda r: "The {} {} guideline still governs how we manage <<{}>> in clinic.".format(r.choice(['2013', '2018', '2021', '2023']), *r.choice([('ACC/AHA', 'heart failure'), ('KDIGO', 'chronic kidney disease'), ('GOLD', 'COPD'), ('ADA', 'type 2 diabetes')])),
    lambda r: f"{_pick(r, 'Amoxicillin', 'Cephalexin', 'Doxycycline')} {r.choice([250, 500, 875])} mg {_pick(r, 'BID', 'TID', 'q8h')} for {r.randint(5, 14)} days for {_t(r, 'cellulitis', 'sinusitis', 'otitis media', 'Lyme disease')}.",
    lambda r: f"Sodium {r.randint(118, 128)}, potassium {r.randint(28, 62) / 10}, creatinine {r.randint(9, 48) / 10}. {_t(r, 'SIADH', 'adrenal insufficiency', 'acute kidney injury')} was the answer.",
    lambda r: f"A {r.randint(18, 89)}-year-old with {_t(r, 'syncope', 'palpitations', 'chest pain')} and a normal ECG. We still admit if the {_pick(r, 'HEART', 'San Francisco Syncope', 'TIMI')} score says so.",
    lambda r: f"Every {_pick(r, 'Monday', 'Friday', 'Sunday')} the {_pick(r, 'dialysis unit', 'infusion center', 'wound clinic')} fills up with {_t(r, 'fluid overload', 'missed doses', 'infected wounds')} from the weekend.",
    lambda r: f"{_pick(r, 'New Year', 'Halloween', 'Labor Day', 'Easter')} weekend always brings {_t(r, 'alcohol poisoning', 'hand injuries', 'food poisoning')} to the ED. Staff the night shift accordingly.",
    lambda r: f"{_pick(r, 'Grace', 'Faith', 'Hope', 'Will')} is a word, not a treatment plan. {_t(r, 'metastatic pancreatic cancer', 'end-stage liver disease')} needs an honest talk early.",
    lambda r: f"Our {_pick(r, 'cath lab', 'trauma bay', 'burn unit', 'NICU', 'step-down unit')} ran a drill on {_t(r, 'massive transfusion', 'cardiac tamponade', 'neonatal resuscitation')} this week. Times improved.",
    lambda r: f"Read the {_pick(r, 'JAMA', 'Lancet', 'NEJM', 'BMJ')} piece on {_t(r, 'long COVID', 'antibiotic resistance', 'physician burnout')}. The {_pick(r, 'ACP', 'AAFP', 'SHM', 'IDSA')} statement was better.",
    lambda r: f"Index {r.randint(2, 40)} in the reference table is {_t(r, 'iron deficiency anemia', 'vitamin B12 deficiency', 'folate deficiency')}; the mean corpuscular volume of {r.randint(62, 118)} tells you which way to look.",
    lambda r: f"File {r.randint(2, 99)} of our QI folder is the {_t(r, 'fall with injury', 'pressure injury', 'central line infection')} audit. Page {r.randint(2, 40)} has the run chart.",
    lambda r: f"Lot {r.randint(100, 9999)} of {_pick(r, 'Shingrix', 'Prevnar 20', 'Tdap', 'Gardasil')} was fine; the nurse just logged it twice. No {_t(r, 'vaccine reaction', 'anaphylaxis')} reported.",
    lambda r: f"{_t(r, 'Guillain-Barré syndrome', 'Kawasaki disease', 'Takayasu arteritis', 'Wilson disease')} is an eponym that fooled the whole team for {r.randint(2, 9)} days.",
    lambda r: f"The {_pick(r, 'Apgar', 'Downes', 'Ballard', 'Silverman')} score was {r.randint(2, 9)}, and the baby went to the NICU with {_t(r, 'transient tachypnea of the newborn', 'neonatal jaundice', 'hypoglycemia')}.",
    lambda r: f"Dose: {_pick(r, 'apixaban 5 mg', 'rivaroxaban 20 mg', 'dabigatran 150 mg')} {_pick(r, 'twice daily', 'daily')} for {_t(r, 'atrial fibrillation', 'pulmonary embolism')}; reduce if creatinine clearance under {r.choice([15, 30, 50])}.",
    lambda r: f"Troponin {r.randint(12, 900)} ng/L, up from {r.randint(5, 11)}. Cath showed {_t(r, 'NSTEMI', 'Takotsubo cardiomyopathy', 'myocarditis')}.",
    lambda r: f"Our {_pick(r, 'hospitalist group', 'ICU', 'residency program')} switched from {_pick(r, 'Cerner', 'Meditech', 'Allscripts')} to {_pick(r, 'Epic', 'Oracle Health')} on a {_pick(r, 'Tuesday', 'weekend')}. Every {_t(r, 'insulin drip', 'heparin nomogram')} order set broke.",
    lambda r: f"{_pick(r, 'Brown', 'Rose', 'Bishop', 'Sharp', 'Bird')} is also a word: the {_pick(r, 'brown recluse', 'rose gardener', 'sharp object', 'bird fancier')} case last week turned out to be {_t(r, 'skin necrosis', 'sporotrichosis', 'hypersensitivity pneumonitis')}.",
    lambda r: f"Interpreters on our language line say {_pick(r, 'Tuesdays', 'night shifts', 'holiday weekends')} are the hardest. Plan {_t(r, 'informed consent', 'advance care planning')} conversations around that.",
    lambda r: f"Peer review committee reviewed {r.randint(3, 30)} cases of {_t(r, 'surgical site infection', 'unplanned extubation', 'sepsis')} this quarter. System fixes, not blame.",
    lambda r: f"IRB version {r.randint(2, 12)} of the consent now explains biobanking. Patients with {_t(r, 'prostate cancer', 'ovarian cancer', 'lymphoma')} read it most carefully.",
    lambda r: f"The {_pick(r, 'VA', 'DoD', 'military')} guideline for {_t(r, 'PTSD', 'mild TBI', 'chronic pain')} from {r.choice(['2017', '2021', '2023'])} is worth reading even if you never see a veteran.",
    lambda r: f"Organ donation after {_t(r, 'circulatory death', 'brain death')} takes a team. Our ICU does {r.randint(5, 30)} a year; the OPO staff are usually kind.",
]
