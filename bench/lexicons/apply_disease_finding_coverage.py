#!/usr/bin/env python3
"""Adds the conditions named by findings, labs, syndromes and named complications (disease_finding_coverage_*.txt,
decision 190) that the lexicon lacks, and the both-list rows of disease_finding_both_lists.txt.

Usage: python3 bench/lexicons/apply_disease_finding_coverage.py [--write]

Without --write it prints what it would add and every term it skips, with the reason. The rules are decision 177's
(apply_disease_coverage.py, whose term normalization and CSV reader this script imports) with four more:
- A concept one of whose terms adverse_events.csv holds is that file's concept as well (hyponatremia, hypokalemia,
  delirium): its missing variants (British spellings, shorthand) join the adverse-event row, so a variant reads as the
  spelling it varies does, and join diseases.csv's row for the code too when it has one (the concept is in both lists
  there). Without this a variant would be disease-only while its plain spelling is the event.
- A term in LEFT_OUT is skipped with its reason: symptoms the guide does not annotate, terms that would swallow an
  adverse-event term inside them, and words with another everyday or clinical sense.
- A single-word term of the anonymizer's name lists (src/Ingest/Anonymization/Data) is skipped: the name model reads
  the lexicon's words, and a bare eponym ("gilbert", "noonan") there could make the scrubber keep a real name. The
  eponym's multi-word form ("Gilbert syndrome") stays.
- A concept name with a parenthesised qualifier ("Hemochromatosis (secondary)") is a label for the reader, not a term.
Written rows are listed in disease_finding_coverage_added.tsv so count_added_gold_use.py finding can count gold spans.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize, read_concepts, read_csv, split, write_added, write_csv  # noqa: E402  the tagger's normalization and the lexicon reader

LISTS = "disease_finding_coverage_*.txt"

HERE = os.path.dirname(__file__)
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
LEX = os.path.join(ROOT, "src", "Analytics", "Lexicons")
NAME_DATA = os.path.join(ROOT, "src", "Ingest", "Anonymization", "Data")
SOURCE = "ICD-10-CM (hand-curated; round 29 coverage pass of findings, labs and syndromes, decision 190)"
AE_SOURCE = "MedDRA-style preferred term (hand-curated; round 29, decision 190: in both lists, a disease unless a drug of the sentence is blamed)"

_SYMPTOM = "a symptom the guide does not annotate (its symptom rule: not a diagnosis)"
_SWALLOWS = "holds an adverse-event term inside it: a disease span would swallow the event (decision 177's lesson)"
_AE_PASS = "the adverse-event vocabulary owns the family; left to the adverse-event pass (decision 191)"
LEFT_OUT = {
    **{t: _SYMPTOM for t in ["dysphagia", "oropharyngeal dysphagia", "esophageal dysphagia", "tachypnea", "tachypneic",
                             "tachypnoea", "wheezing", "wheeze", "wheezes", "chest pain", "atypical chest pain"]},
    **{t: _SWALLOWS for t in ["chronic cough", "refractory chronic cough", "fever of unknown origin",
                              "sinus bradycardia", "nephrotic range proteinuria", "nephrotic-range proteinuria"]},
    "fuo": "the written-out form holds the event fever, so the abbreviation stays out with it",
    "sinus brady": "the written-out form holds the event bradycardia, so the shorthand stays out with it",
    **{t: _AE_PASS for t in ["presyncope", "near syncope", "near-syncope", "pre-syncope", "presyncopal", "hematemesis",
                             "haematemesis", "coffee ground emesis", "melena", "melaena"]},
    **{t: "the guide leaves it unannotated (round 28: nocturia)" for t in ["nocturia", "nocturnal polyuria"]},
    "acute interstitial nephritis": "most often a drug's (PPIs, antibiotics, NSAIDs): left to the adverse-event pass (decision 191)",
    **{t: "older gold sets label it a drug's (or a transfusion's or device's) event: GoldListRuleTests; left to the adverse-event pass"
       for t in ["polyuria", "polyuric", "trali", "transfusion-related acute lung injury", "driveline infection",
                 "lvad driveline infection"]},
    "underweight": "decision 177 took it out after reading its false positives",
    "ams": "the tagger reads AMS as the event confusion by the guide's round-25 rule, and devices.csv's AMS 800 is a sphincter",
}
# Taken out after reading the new error lines on the gold sets (compare_gold_figures.py; the sets were not changed):
# the sets leave these findings unannotated beside the diagnosis they point to, or label them a drug's event.
_SIGN = "an examination sign the sets leave unannotated beside its diagnosis (serotonin syndrome's clonus, a stroke's aphasia)"
_IMAGING = "an imaging or ECG description the sets leave unannotated beside the diagnosis it points to"
TAKEN_OUT = {
    **{t: _SIGN for t in ["murmur", "murmurs", "cardiac murmur", "systolic murmur", "diastolic murmur", "holosystolic murmur",
                          "new murmur", "clonus", "ankle clonus", "sustained clonus", "asterixis", "flapping tremor",
                          "hyperreflexia", "hyperreflexic", "brisk reflexes", "facial droop", "facial weakness", "aphasia",
                          "aphasic", "expressive aphasia", "receptive aphasia", "global aphasia", "dysarthria", "dysarthric",
                          "hemispatial neglect", "left neglect", "ataxia", "ataxic", "truncal ataxia", "nystagmus",
                          "horizontal nystagmus", "vertical nystagmus", "foot drop", "footdrop", "peroneal palsy",
                          "anasarca", "generalized edema", "anasarcic", "gallop rhythm", "s3 gallop", "s4 gallop",
                          "pericardial friction rub", "pericardial rub", "friction rub", "soft tissue mass",
                          "subcutaneous nodule", "subcutaneous nodules"]},
    **{t: "a symptom or sign the sets leave unannotated or label a drug's event (cholangitis, neonatal and leptospiral jaundice)"
       for t in ["jaundice", "jaundiced", "icterus", "icteric", "scleral icterus", "cushingoid", "nephrocalcinosis",
                 "medullary nephrocalcinosis"]},
    **{t: _IMAGING for t in ["uip pattern", "usual interstitial pneumonia", "lipid-rich adenoma", "diastolic dysfunction",
                             "grade 1 diastolic dysfunction", "grade 2 diastolic dysfunction", "grade i diastolic dysfunction",
                             "pre-excitation", "preexcitation", "ventricular preexcitation", "wall motion abnormality",
                             "wall motion abnormalities", "regional wall motion abnormality", "hypokinesis", "akinesis",
                             "akinetic segment", "dyskinetic apex", "liver lesion", "hepatic lesion", "liver lesions",
                             "hepatic lesions", "liver mass", "hepatic mass", "pituitary lesion", "pancreatic lesion",
                             "pancreatic mass", "pancreatic lesions", "pancreatic head mass", "mass in the pancreas",
                             "renal lesion", "kidney lesion", "adrenal lesion", "adrenal lesions", "thyroid lesion",
                             "splenic lesion", "splenic lesions", "splenic mass", "bone lesion", "bone lesions", "lytic lesion",
                             "lytic lesions", "osteolytic lesion", "osteolytic lesions", "sclerotic lesion", "sclerotic lesions",
                             "blastic lesions", "cavitary lesion", "cavitary lung lesion", "cavitary lesions", "lung cavitation",
                             "lung cavity", "intracranial lesion", "space-occupying lesion", "ring-enhancing lesion",
                             "mediastinal lymphadenopathy", "mediastinal adenopathy", "hilar adenopathy", "hilar lymphadenopathy",
                             "bilateral hilar adenopathy", "bilateral hilar lymphadenopathy", "localized lymphadenopathy",
                             "axillary lymphadenopathy", "cervical lymphadenopathy", "inguinal lymphadenopathy",
                             "supraclavicular lymphadenopathy", "retroperitoneal lymphadenopathy", "mesenteric lymphadenopathy",
                             "axillary adenopathy", "cervical adenopathy", "generalized lymphadenopathy",
                             "diffuse lymphadenopathy", "generalized adenopathy", "pneumatosis", "variceal", "ascitic",
                             "ectopy", "ectopic beats", "premature beats"]},
    **{t: "holds the event proteinuria: the sets label the event or nothing" for t in
       ["persistent proteinuria", "isolated proteinuria", "orthostatic proteinuria", "postural proteinuria"]},
    **{t: "an explanation the sets leave unannotated (dyspnoea after a PE, fatigue after chemotherapy)" for t in
       ["deconditioning", "deconditioned", "physical deconditioning"]},
    **{t: "a wound complication the sets leave to the event a steroid is blamed for" for t in
       ["wound dehiscence", "dehiscence", "wound breakdown", "fascial dehiscence"]},
}
TAKEN_OUT["low phosphate"] = "long-r12 labels IV iron's low phosphate the event: GoldListRuleTests"
TAKEN_OUT["ssi"] = "sliding-scale insulin in an inpatient post (long-heldout): the ambiguity model read it as the infection"
LEFT_OUT.update(TAKEN_OUT)
LEFT_OUT = {normalize(k): v for k, v in LEFT_OUT.items()}


def read_both_lists():
    rows = []
    for line in open(os.path.join(HERE, "disease_finding_both_lists.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            name, terms = line.split("|")
            rows.append((name, [t for t in terms.split(";") if t]))
    return rows


def person_name_words():
    words = set()
    for f in ["first-names.txt", "given-names.txt", "world-given-names.txt", "family-names.txt", "surnames.txt"]:
        for w in open(os.path.join(NAME_DATA, f), encoding="utf-8"):
            w = w.strip().lower()
            if w and not w.startswith("#"):
                words.add(w.split("\t")[0])
    return words


def main():
    write = "--write" in sys.argv
    diseases, events = read_csv("diseases.csv"), read_csv("adverse_events.csv")
    body, ae_body = diseases[1:], events[1:]
    common = {w.strip() for w in open(os.path.join(LEX, "common_words.txt"), encoding="utf-8") if w.strip() and not w.startswith("#")}
    names = person_name_words()

    ae_owner = {}  # normalized term -> adverse_events.csv row
    for row in ae_body:
        for t in [row[0]] + split(row[1]):
            ae_owner.setdefault(normalize(t), row)
    others = {}
    for row in read_csv("drugs.csv")[1:]:
        for t in [row[0], row[1]] + split(row[3]):
            if t:
                others.setdefault(normalize(t), "drugs.csv")
    for row in read_csv("devices.csv")[1:]:
        for t in [row[1]] + split(row[3]):
            others.setdefault(normalize(t), "devices.csv")
    for row in read_csv("drug_classes.csv")[1:]:
        for t in [row[1]] + split(row[4]):
            others.setdefault(normalize(t), "drug_classes.csv")
    plain, ambiguous = {}, {}
    for r in body:
        target = ambiguous if r[3] == "true" else plain
        for t in [r[1]] + split(r[2]):
            target.setdefault(normalize(t), r[0])

    added, log, skipped = [], [], []

    def plain_row_of(code):
        return next((r for r in body + added if r[0] == code and r[3] == "false"), None)

    concepts = read_concepts(LISTS)
    for section, code, name, syns, ambs in concepts:
        is_label = "(" in name
        terms = ([] if is_label else [name]) + syns
        code = plain.get(normalize(name), code) if not is_label else code
        ae_row = next((ae_owner[normalize(t)] for t in terms if normalize(t) in ae_owner), None)
        missing = []
        for t in terms:
            n = normalize(t)
            if n in LEFT_OUT:
                skipped.append((code, t, LEFT_OUT[n]))
            elif n in ae_owner:
                if ae_owner[n] is not ae_row:
                    skipped.append((code, t, f"adverse_events.csv ({ae_owner[n][0]}): the first file wins"))
            elif n in others:
                skipped.append((code, t, others[n]))
            elif n in plain:
                if plain[n] != code:
                    skipped.append((code, t, f"diseases.csv has {plain[n]}"))
            elif n in ambiguous:
                skipped.append((code, t, f"ambiguous in diseases.csv ({ambiguous[n]})"))
            elif " " not in n and n in common:
                skipped.append((code, t, "common_words.txt"))
            elif " " not in n and n in names:
                skipped.append((code, t, "a person's name in the anonymizer's name lists"))
            elif n not in [normalize(m) for m in missing]:
                missing.append(t.lower())
        if missing and ae_row is not None:
            # A variant of an adverse-event term reads as that term does: it joins the event row, and the disease row
            # of the code when diseases.csv lists the concept (so a disease_unless_drug row still finds its disease).
            ae_row[1] = "|".join(split(ae_row[1]) + missing)
            log.append(("extended-event", section, ae_row[0], ae_row[0], ";".join(missing)))
            for m in missing:
                ae_owner[normalize(m)] = ae_row
            row = plain_row_of(code)
            if row is not None:
                row[2] = "|".join(split(row[2]) + missing)
                log.append(("extended", section, code, row[1], ";".join(missing)))
                for m in missing:
                    plain[normalize(m)] = code
            missing = []
        row = plain_row_of(code)
        if missing:
            if row is not None:
                row[2] = "|".join(split(row[2]) + missing)
                log.append(("extended", section, code, row[1], ";".join(missing)))
            else:
                # The row is named by the concept's name unless the name is a label or was skipped (a person's name).
                row_name = name if not is_label and normalize(name) in [normalize(m) for m in missing] else missing[0]
                row = [code, row_name, "|".join(m for m in missing if normalize(m) != normalize(row_name)), "false", SOURCE]
                added.append(row)
                log.append(("new", section, code, row[1], row[2].replace("|", ";")))
            for m in missing:
                plain[normalize(m)] = code
        amb_missing = []
        for a in ambs:
            n = normalize(a)
            if n in LEFT_OUT:
                skipped.append((code, a, LEFT_OUT[n]))
            elif n in ae_owner or n in others or n in plain or n in ambiguous:
                skipped.append((code, a, "abbreviation already listed"))
            else:
                amb_missing.append(a)
        if amb_missing:
            if row is None:
                skipped.extend((code, a, "no plain row to pair with") for a in amb_missing)
                continue
            amb_row = next((r for r in body + added if r[0] == code and r[3] == "true"), None)
            if amb_row is not None:
                amb_row[2] = "|".join(split(amb_row[2]) + amb_missing)
                log.append(("extended-ambiguous", section, code, amb_row[1], ";".join(amb_missing)))
            else:
                added.append([code, row[1], "|".join(amb_missing), "true", SOURCE])
                log.append(("new-ambiguous", section, code, row[1], ";".join(amb_missing)))
            for a in amb_missing:
                ambiguous[normalize(a)] = code

    new_events = []
    for name, terms in read_both_lists():
        held = [t for t in terms if normalize(t) in ae_owner]
        skipped.extend(("event", t, f"adverse_events.csv ({ae_owner[normalize(t)][0]}) already holds it") for t in held)
        unlisted = [t for t in terms if normalize(t) not in plain]
        skipped.extend(("event", t, "not a diseases.csv term: the both-list row would have no disease reading") for t in unlisted)
        kept = [t for t in terms if t not in held and t not in unlisted]
        if kept:
            new_events.append([name, "|".join(kept), "true", AE_SOURCE])
            log.append(("new-event", "both lists", name, name, ";".join(kept)))

    for entry in log:
        print("\t".join(entry))
    for code, term, why in skipped:
        print(f"skip\t{code}\t{term}\t{why}")
    kinds = [e[0] for e in log]
    terms_added = sum(len(e[4].split(";")) for e in log if e[4] and e[0] != "extended-event")
    print(f"# concepts {len(concepts)}; new plain rows {kinds.count('new')}; new ambiguous rows {kinds.count('new-ambiguous')}; "
          f"disease rows extended {kinds.count('extended')}; event rows extended {kinds.count('extended-event')}; "
          f"new both-list event rows {kinds.count('new-event')}; disease terms added {terms_added}; skipped {len(skipped)}", file=sys.stderr)
    if write:
        write_csv("diseases.csv", [diseases[0]] + body + added)
        write_csv("adverse_events.csv", [events[0]] + ae_body + new_events)
        write_added("disease_finding_coverage_added.tsv", ["action", "section", "code", "row", "terms"], log)


if __name__ == "__main__":
    main()
