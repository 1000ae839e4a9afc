#!/usr/bin/env python3
"""Writes samples/labels/sentiment.csv: physician-style posts labelled negative/neutral/positive.

Written for Sermo (no post is copied from anywhere). Posts are composed from the hand-written clauses below:
a neutral context sentence, one or two clauses carrying the label, sometimes a neutral closer. The label is
the sentiment of the news for the patient or the physician's view of the treatment, so the clinical traps
read right: "negative for malignancy" is good news, "positive troponin" is bad news.
Deterministic: `python3 samples/labels/generate_labels.py --hand samples/labels/sentiment-hard.csv` rewrites the same
file: 960 composed posts, then the 309 hand-written harder posts of sentiment-hard.csv appended unchanged.
`--per-label 100000 --lexicons src/Analytics/Lexicons --out big.csv` makes the 300,000-post synthetic training set of
bench/sentiment (repeats allowed); `--lexicons` widens the drug and condition slots to every brand, generic and
disease name of Sermo's clinical lexicons, so the big set has a realistic vocabulary instead of 32 drugs.
"""
import argparse, csv, os, random

args = argparse.ArgumentParser()
args.add_argument("--per-label", type=int, default=320)
args.add_argument("--hand", help="CSV of hand-written labelled posts appended after the composed ones")
args.add_argument("--lexicons", help="folder with drugs.csv and diseases.csv to draw slot names from")
args.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentiment.csv"))
args = args.parse_args()

rng = random.Random(20261124)
DRUGS = ["apixaban", "Eliquis", "rivaroxaban", "Xarelto", "warfarin", "semaglutide", "Ozempic", "tirzepatide", "Mounjaro",
         "metformin", "empagliflozin", "Jardiance", "dapagliflozin", "sacubitril/valsartan", "Entresto", "atorvastatin",
         "pembrolizumab", "Keytruda", "osimertinib", "adalimumab", "Humira", "dupilumab", "ibrutinib", "insulin glargine",
         "lisinopril", "amiodarone", "methotrexate", "prednisone", "levothyroxine", "sertraline", "gabapentin", "Dupixent"]
CONDS = ["atrial fibrillation", "type 2 diabetes", "heart failure", "NSCLC", "breast cancer", "melanoma", "CLL", "rheumatoid arthritis",
         "Crohn's", "psoriasis", "asthma", "COPD", "hypertension", "CKD", "obesity", "hypothyroidism", "migraine", "atopic dermatitis"]
PATIENTS = ["my patient", "a 67yo man", "a woman in her 50s", "our patient", "the patient", "a retired teacher", "a 72 year old",
            "a young mother", "my clinic patient", "an elderly gentleman", "a 45F", "a 58M", "one of my regulars"]
WEEKS = ["2 weeks", "3 weeks", "six weeks", "3 months", "4 months", "six months", "a year", "two cycles", "four cycles", "8 weeks"]
LABS = ["A1c", "LDL", "BNP", "creatinine", "eGFR", "INR", "TSH", "CRP", "ferritin", "potassium"]
if args.lexicons:
    with open(os.path.join(args.lexicons, "drugs.csv"), encoding="utf-8") as fh:
        DRUGS = sorted({n for r in csv.DictReader(fh) for n in (r["brand"], r["generic"]) if n})
    with open(os.path.join(args.lexicons, "diseases.csv"), encoding="utf-8") as fh:
        CONDS = sorted({r["name"] for r in csv.DictReader(fh) if r["ambiguous"] != "true"})
SCANS = ["CT", "PET", "MRI", "echo", "biopsy", "colonoscopy", "mammogram", "CT chest", "bone scan", "ultrasound"]

CONTEXT = [
    "Started {p} on {d} for {c} about {w} ago.", "Quick update on {p} with {c}.", "Following up on the {c} case I posted last month.",
    "{p} has had {c} for years.", "Saw {p} in clinic today, {c} on {d}.", "Curious what others see with {d} in {c}.",
    "Posting this for the residents.", "Case from yesterday's clinic.", "Long-time lurker, first post.", "Tumor board discussed {p} this week.",
    "We switched {p} to {d} {w} ago.", "Rounding note, details changed.", "{c} follow-up, on {d} since spring.", "",
]
CLOSERS = ["", "", "", "Will update.", "Thoughts welcome.", "Anyone else seeing this?", "Details in the chart.", "More next visit.",
           "Curious about your experience.", "Just sharing."]

POSITIVE = [
    "Biopsy came back negative for malignancy.", "Path was negative for malignancy, huge relief for the family.",
    "{s} negative, no evidence of recurrence.", "No evidence of disease on the {s}.", "Margins were clear.",
    "{l} down nicely, from 9.1 to 6.8.", "{l} finally at goal and she feels great.", "Tolerating {d} really well, no side effects at all.",
    "Side effects were not an issue.", "Not a single bleed on {d} in {w}.", "Complete response on the {s}, everyone was thrilled.",
    "Symptoms much better, back to walking every day.", "He's doing great, best he's felt in years.", "Excellent response to {d}.",
    "Honestly impressed with {d} here.", "Weight down 15 kg and off insulin.", "The rash cleared completely on {d}.",
    "Troponin negative, reassuring workup.", "Cultures negative and afebrile, going home tomorrow.", "{s} was unremarkable, good news.",
    "No nausea, no hypoglycemia, very happy patient.", "Remission holding at {w}.", "Ejection fraction improved from 25 to 45 percent.",
    "Not bad at all, she tolerated the titration fine.", "Never had a single flare since starting {d}.", "Great outcome, really pleased.",
    "Tumor shrank by half, which is a win.", "Pain resolved and sleep is back to normal.", "Works well and coverage was easy for once.",
    "Labs normalized and she is grateful.", "HPV testing negative and cytology normal.", "Scan stable, no progression, good news.",
    "Would recommend {d} for this group without hesitation.", "Nice to see {l} finally improving.", "Zero exacerbations in {w}, amazing.",
]
NEGATIVE = [
    "Troponin came back positive, cath lab tonight.", "Positive troponin and new ST changes, not what we hoped.",
    "Tested positive for {c} progression on the {s}.", "Blood cultures positive for MRSA.", "Margins positive, back to the OR.",
    "{s} shows progression despite {d}.", "Developed a GI bleed on {d}, had to stop it.", "Terrible nausea on {d}, she quit after {w}.",
    "{l} went up again, really frustrating.", "No improvement at all after {w}.", "Failed to respond to {d}.", "Not working, switching again.",
    "Admitted with DKA, worst case this year.", "Severe hypoglycemia on {d}, scary night.", "The rash got much worse on {d}.",
    "Insurance denied {d} a third time, awful.", "Lost him to follow-up after the side effects.", "Angioedema on {d}, ICU overnight.",
    "Recurrence at {w}, devastating for the family.", "Hospitalized twice for {c} exacerbation.", "eGFR dropped sharply on {d}.",
    "Can't tolerate {d}, constant diarrhea.", "Brain mets on the MRI, very bad news.", "Biopsy positive for malignancy.",
    "Refractory to everything we tried.", "INR through the roof and a subdural.", "Liver enzymes tripled, had to stop {d}.",
    "Sadly she passed away last week.", "Disappointing results, no response.", "Never again with {d} in this population.",
    "Worst prior auth experience ever for {d}.", "Developed pancreatitis on {d}.", "Not tolerating it, and not improving either.",
    "Mammogram positive, BI-RADS 5.", "COVID positive and desaturating.",
]
NEUTRAL = [
    "What dose of {d} do you use for {c} with CrCl under 30?", "Anyone have data on {d} in pregnancy?", "Is there a washout period switching to {d}?",
    "Checking {l} again in {w}.", "Ordered a {s}, results pending.", "Does {d} need renal dose adjustment?", "Repeat {s} scheduled for next month.",
    "Which guideline do you follow for {c} screening?", "Plan is to continue {d} and recheck {l}.", "How do you time {d} around surgery?",
    "Referred to cardiology for the {s}.", "Any tips on prior auth paperwork for {d}?", "We usually start {d} at the lowest dose.",
    "Trial results are due out in the spring.", "Patient asked about {d} versus {d2}.", "Is anyone using {d} off label for {c}?",
    "{l} was 7.4 last time, checking again.", "Documented the discussion and shared decision making.", "Pharmacy switched the generic.",
    "Negative and positive predictive values depend on prevalence here.", "Does a positive ANA alone change management?",
    "Troponin pending, will repeat in three hours.", "Test came back, awaiting the formal read.", "Follow up in {w} as usual.",
    "She prefers weekly injections over daily pills.", "Reviewed the interaction with {d2}.", "Starting dose per the label, titrate monthly.",
    "Question for oncology: do you stop {d} before the {s}?", "We moved the visit to telehealth.", "Is {s} covered for {c} surveillance?",
    "Counseled on diet and exercise.", "Coding question about the {s}.", "Switched from {d2} to {d} for cost reasons.",
    "Please share your protocols for {c}.", "Sample size was 400 patients in that study.",
]

def fill(template):
    d, d2 = rng.sample(DRUGS, 2)
    return template.format(d=d, d2=d2, c=rng.choice(CONDS), p=rng.choice(PATIENTS), w=rng.choice(WEEKS), l=rng.choice(LABS), s=rng.choice(SCANS))

def post(pool):
    parts = [fill(rng.choice(CONTEXT))]
    core = rng.sample(pool, 2 if rng.random() < 0.3 else 1)
    parts += [fill(c) for c in core]
    parts.append(rng.choice(CLOSERS))
    text = " ".join(p for p in parts if p)
    text = text[0].upper() + text[1:]
    return text.lower() if rng.random() < 0.05 else text

rows, seen = [], set()
for label, pool in (("negative", NEGATIVE), ("neutral", NEUTRAL), ("positive", POSITIVE)):
    count = 0
    while count < args.per_label:
        text = post(pool)
        if text in seen and args.per_label <= 320:
            continue
        seen.add(text)
        rows.append((label, text))
        count += 1
rng.shuffle(rows)
if args.hand:
    with open(args.hand, encoding="utf-8") as fh:
        rows += [(r["label"], r["text"]) for r in csv.DictReader(fh)]
out = args.out
with open(out, "w", newline="", encoding="utf-8") as fh:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(["label", "text"])
    writer.writerows(rows)
print(f"wrote {len(rows)} rows to {out}")
