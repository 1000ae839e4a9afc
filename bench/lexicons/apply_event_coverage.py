#!/usr/bin/env python3
"""Adds the adverse-event terms of event_coverage.txt (decision 191) that the lexicon lacks.

Usage: python3 bench/lexicons/apply_event_coverage.py [--write]

Without --write it prints what it would add and every term it skips, with the reason. A list line names a preferred
term; when adverse_events.csv already has a row of that name (any case) its variants join that row, so a gold id
spelled as the older row still agrees; otherwise the line becomes a new row. A term is skipped when any file already
holds it (a term two files list belongs to the first of adverse events, brands, generics, devices, diseases: another
listing adds nothing or would take a drug's or device's word), when it is an ordinary word or an abbreviation whose
other sense is the commoner one (LEFT_OUT, common_words.txt), or when diseases.csv lists it and the line is not
flagged `dud`: since adverse events come first, such a term would stop being a disease everywhere. A `dud` line's
disease terms are written to a disease_unless_drug row, so they stay the disease unless a drug of the sentence is
blamed. Written rows and terms are listed in event_coverage_added.tsv so a script can count which gold spans use them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize, read_csv, split, write_added, write_csv  # noqa: E402  the tagger's normalization and the CSV reader

HERE = os.path.dirname(__file__)
LEX = os.path.normpath(os.path.join(HERE, "..", "..", "src", "Analytics", "Lexicons"))
SOURCE = "MedDRA-style preferred term (hand-curated; round 29 coverage pass by organ system, decision 191)"

# Terms of the list that would fire on ordinary text or in another sense; each reason is printed when skipped.
LEFT_OUT = {
    **{t: "ordinary English word: it would fire on text that is not an event" for t in
       ["gas", "wind", "flush", "flashes", "fit", "fits", "faint", "fall", "code", "coded", "arrested", "stings",
        "rebound", "tolerance", "interaction", "expired", "mortality", "died", "passed away", "infiltration",
        "diversion", "gambling", "rage", "blunting", "flattening", "cramps", "weakness", "spotting", "sweating",
        "sweats", "unsteady", "shaky", "anxious", "paranoid", "withdrawing", "tired", "swelling", "numbness", "clot",
        "clots", "feeling sick", "the runs", "high", "flu", "cramping", "pulseless", "bruised", "wheeze", "flat affect",
        "low counts", "toxic level", "toxic levels", "winded", "aspirated", "seeing things",
        "feeling detached", "mood changes", "site reaction", "retention of urine", "hypovolemia", "hyperphagia"]},
    **{t: "abbreviation whose other sense is the commoner one in a physician's post" for t in
       ["si", "td", "sos", "vt", "vf", "fn", "ain", "cin", "ait", "nas", "od", "odd", "ddi", "hit", "hitt", "ten", "dil",
        "ppe", "isr", "irr", "fde", "loc", "doe", "ili", "cls", "aff", "taco", "pji", "ssi", "slud", "adr", "adrs",
        "mala", "hsr", "brady", "palps", "ams", "moh", "chb", "ses", "s/e", "sfx", "fn", "wrf", "uri", "urti", "em major",
        "vod", "ir hepatitis", "ir colitis", "ir arthritis", "ir pneumonitis", "oic", "eps", "sob", "pcp pneumonia",
        "imae", "edka", "giop", "oird", "oih", "ptld", "t-aml", "t-mds", "dihs", "rp bleed", "ndi", "methb", "tls",
        "crs"]},
    **{t: "a word of the anonymizer's name lists (src/Ingest/Anonymization/Data): its name model reads lexicon words" for t in
       ["sams", "vitt"]},
    **{t: "a symptom the guide names as not a span (GoldSource/README.md: chest pain, sore throat, loose stools)" for t in
       ["chest pain", "sore throat", "loose bowels", "chest discomfort", "chest tightness"]},
    **{t: "a gold set labels these words a disease span, so an event-only term breaks the list rule (GoldListRuleTests)" for t in
       ["polyuria", "vasospasm", "decompensated heart failure", "hypoglycemia unawareness", "oxaliplatin neuropathy",
        "acetaminophen overdose", "opioid overdose", "neutropenic fever", "salicylate toxicity", "apnea", "apneic",
        "apneas", "apnoea"]},
    **{t: "dropped after the gold measurement: it made new false positives or turned gold diseases into events" for t in
       ["losing weight", "lost weight", "intolerant", "anticholinergic burden", "anticholinergic effects", "wheezing",
        "conjunctival injection", "red eye", "agitated", "aggression", "aggressive behavior", "aggressive behaviour",
        "sore arm", "platelets dropped", "gi symptoms", "gi side effects", "runny nose", "rhinorrhea", "hematoma",
        "hematomas", "haematoma", "rectus sheath hematoma", "retroperitoneal hematoma", "groin hematoma",
        "access site hematoma", "facial swelling", "extravasation", "extravasation injury", "iv infiltration",
        "breathlessness", "twitching", "poor sleep", "proximal weakness", "neuropsychiatric effects",
        "neuropsychiatric side effects", "bp dropped", "missed periods", "nystagmus", "drug-induced nystagmus",
        "cushingoid", "cushingoid features", "moon face", "moon facies", "iatrogenic cushing",
        "drug-induced pemphigoid", "dpp4 pemphigoid", "bullous pemphigoid (drug-induced)", "pill esophagitis",
        "pill-induced esophagitis", "post-injection endophthalmitis", "endophthalmitis after injection",
        "endophthalmitis (post-injection)", "refeeding", "refeeding syndrome",
        # terms diseases.csv also lists (both-list rows): older sets label them the disease with a drug in the sentence
        "hypophosphatemia", "low phosphate", "low phos", "calciphylaxis", "calcific uremic arteriolopathy",
        "heart block", "av block", "complete heart block", "second degree heart block", "heavy periods",
        "heavy menstrual bleeding", "hmb", "menorrhagia (adverse)", "orthostasis", "postural hypotension",
        "nephrogenic diabetes insipidus", "neonatal abstinence syndrome", "neonatal withdrawal",
        "neonatal opioid withdrawal syndrome", "nows", "pjp", "pneumocystis", "pres",
        "posterior reversible encephalopathy syndrome", "secondary adrenal insufficiency", "hypoxia", "hypoxemia",
        "bk viremia", "bk virus", "bk nephropathy", "bk virus nephropathy", "bk viruria", "bk virus reactivation",
        "hyperinfection syndrome", "strongyloides hyperinfection", "strongyloides hyperinfection syndrome",
        # second measurement: new false positives, or a longer term that swallowed an older event term inside it
        "red eyes", "cold sensitivity", "wide qrs", "qrs widening", "qrs prolongation", "widened qrs", "pinpoint pupils",
        "trismus", "lockjaw", "throat clearing", "nausea and vomiting", "nausea/vomiting", "nausea vomiting",
        "sudden death", "sudden cardiac death", "sudden death (adverse)",
        # a disease's own feature the short set leaves unannotated ("Behcet's with oral ulcers")
        "oral ulcers"]},
}
LEFT_OUT = {normalize(k): v for k, v in LEFT_OUT.items()}
# Words that name a drug's effect only as part of a term ("low potassium", "insulin lipohypertrophy" aside) are
# allowed; any other drug or class word inside a term is left out: the guide makes the drug its own span
# ("oxaliplatin neuropathy" is oxaliplatin and the disease), so a longer event term would swallow it.
LAB_WORDS = {"potassium", "sodium", "magnesium", "calcium", "phosphate", "iron", "glucose", "insulin", "b12", "k", "na",
             "mg", "mag", "phos", "ck", "cpk", "inr", "vitamin d"}


def holds_drug_word(term, owner):
    words = term.split()
    for n in range(1, len(words) + 1):
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i:i + n])
            if gram != term and gram not in LAB_WORDS and owner.get(gram) in ("drugs.csv", "drug_classes.csv"):
                return gram
    return None


def read_event_list():
    concepts, section = [], ""
    for line in open(os.path.join(HERE, "event_coverage.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            section = line[3:]
            continue
        if not line or line.startswith("#"):
            continue
        name, variants, flag = line.split("|")
        concepts.append((section, name, [v for v in variants.split(";") if v], flag == "dud"))
    return concepts


def other_terms():
    """Terms of the files other than adverse_events.csv, each with the file that holds it."""
    owner = {}
    for row in read_csv("drugs.csv")[1:]:
        for t in [row[0], row[1]] + split(row[3]):
            if t:
                owner.setdefault(normalize(t), "drugs.csv")
    for row in read_csv("devices.csv")[1:]:
        for t in [row[1]] + split(row[3]):
            owner.setdefault(normalize(t), "devices.csv")
    for row in read_csv("drug_classes.csv")[1:]:
        for t in [row[1]] + split(row[4]):
            owner.setdefault(normalize(t), "drug_classes.csv")
    for row in read_csv("diseases.csv")[1:]:
        for t in [row[1]] + split(row[2]):
            owner.setdefault(normalize(t), "diseases.csv")
    return owner


def main():
    write = "--write" in sys.argv
    header, *events = read_csv("adverse_events.csv")
    by_name = {r[0].lower(): r for r in events}
    event_term = {}
    for r in events:
        for t in [r[0]] + split(r[1]):
            event_term.setdefault(normalize(t), r[0])
    owner = other_terms()
    common = {normalize(w) for w in open(os.path.join(LEX, "common_words.txt"), encoding="utf-8") if w.strip()}
    added, new_rows, counts = [], [], {"new rows": 0, "terms on new rows": 0, "terms on older rows": 0, "skipped": 0}

    for section, name, variants, dud in read_event_list():
        row = by_name.get(name.lower())
        if row is None and normalize(name) in event_term:
            row = by_name[event_term[normalize(name)].lower()]
            print(f"merge\t{section}\t{name}\tits name is already a term of the row \"{row[0]}\": variants join that row")
        if row is None:
            row_name, n = name, normalize(name)
            unusable = (f"{owner[n]} holds the name" if owner.get(n) and not (dud and owner[n] == "diseases.csv")
                        else LEFT_OUT.get(n) or ("a word of common_words.txt" if n in common else None)
                        or (f"the name holds the drug or class word \"{holds_drug_word(n, owner)}\"" if holds_drug_word(n, owner) else None))
            if unusable:
                row_name = name if "(" in name else f"{name} (adverse)"
                print(f"rename\t{section}\t{name}\t{unusable}; the row is \"{row_name}\" and the name is not a term")
            row = [row_name, "", "true" if dud else "false", SOURCE, bool(unusable)]
            new_rows.append(row)
            by_name[row_name.lower()] = row
            event_term[normalize(row_name)] = row_name
            counts["new rows"] += 1
            added.append(("row", section, row_name, row_name))
        is_new = row[3] == SOURCE
        row_dud = row[2] == "true"
        terms = split(row[1])
        for term in [name] + variants:
            t = normalize(term)
            if t == normalize(row[0]) and term == name:
                continue
            reason = None
            if t in event_term:
                reason = f"already an adverse-event term (row \"{event_term[t]}\")"
            elif t in LEFT_OUT:
                reason = LEFT_OUT[t]
            elif t in common:
                reason = "ordinary word of common_words.txt"
            elif owner.get(t) in ("drugs.csv", "devices.csv", "drug_classes.csv"):
                reason = f"a term of {owner[t]}: it belongs to that file"
            elif holds_drug_word(t, owner):
                reason = f"holds the drug or class word \"{holds_drug_word(t, owner)}\": the guide makes the drug its own span"
            elif owner.get(t) == "diseases.csv" and not row_dud:
                reason = "a disease term of diseases.csv and the row is not disease_unless_drug: it would stop being a disease"
            if reason:
                print(f"skip\t{section}\t{row[0]}\t{term}\t{reason}")
                counts["skipped"] += 1
                continue
            if owner.get(t) == "diseases.csv":
                print(f"both\t{section}\t{row[0]}\t{term}\tin diseases.csv too: the disease unless a drug is blamed")
            terms.append(term.lower())
            event_term[t] = row[0]
            counts["terms on new rows" if is_new else "terms on older rows"] += 1
            added.append(("term", section, row[0], term.lower()))
            print(f"add\t{section}\t{row[0]}\t{term.lower()}")
        row[1] = "|".join(terms)

    # A renamed row ("X (adverse)": the plain name is another file's term) that gained no term would add nothing a
    # physician writes, so it is dropped.
    for row in [r for r in new_rows if r[4] and not r[1]]:
        print(f"drop\t\t{row[0]}\tno term left beyond the renamed name")
        new_rows.remove(row)
        added.remove(("row", next(a[1] for a in added if a[2] == row[0]), row[0], row[0]))
        counts["new rows"] -= 1
    new_rows = [r[:4] for r in new_rows]
    print("# " + ", ".join(f"{k}: {v}" for k, v in counts.items()))
    # A second --write finds everything present; it must not empty the list of what the first run wrote.
    if write and added:
        write_csv("adverse_events.csv", [header] + events + new_rows)
        write_added("event_coverage_added.tsv", ["action", "section", "row", "term"], added)


if __name__ == "__main__":
    main()
