#!/usr/bin/env python3
"""Adds the abbreviations, acronyms, clipped, lay and British-spelling forms of the specialty lists
(disease_abbrev_coverage_*.txt, decision 189) that diseases.csv lacks.

Usage: python3 bench/lexicons/apply_disease_abbrev_coverage.py [--write] [--kept FILE]

List lines are `code|term|flag`: flag empty for a plain term, `ambiguous` for an abbreviation with another common
meaning (written to the code's ambiguous=true row, read only in capitals with clinical context), `name` for the
everyday name used only as the row name when diseases.csv lacks the code. Without --write the script prints what it
would add and every term it skips, with the reason:
- any lexicon file already holds the term (the first file wins; an older disease row's code was a round's decision);
- the term is the British spelling of a term another file holds (an adverse event stays an event: the guide's list
  rule), or of a disease term coded otherwise (the spelling takes the lexicon's code);
- a plain single word that is an ordinary English word or a person's name (the anonymizer's word and name lists: the
  name model reads the lexicon's words), or a word of common_words.txt;
- a code of the findings, statuses and injury chapters (R, S, T, Z) that diseases.csv lacks: decision 190 writes
  findings and syndromes, and this pass keeps to variants of conditions;
- an abbreviation already ambiguous for another code, or ambiguous for two codes in the lists already (the tagger's
  SecondReadings choose between two senses, never three).
A code diseases.csv lacks takes the lexicon's code when the list's other words for it are coded there (one concept,
one code). --kept FILE writes the list lines that add a term, so the committed lists hold only what was applied.
Written rows are listed in disease_abbrev_coverage_added.tsv for count_added_gold_use.py abbrev.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(__file__)
sys.path.insert(0, HERE)
from apply_disease_coverage import normalize, other_file_terms, read_csv, sectioned_lines, split, write_added, write_csv  # noqa: E402  one normalization and one reader

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
LEX = os.path.join(ROOT, "src", "Analytics", "Lexicons")
NAMES = os.path.join(ROOT, "src", "Ingest", "Anonymization", "Data")
SOURCE = "ICD-10-CM (hand-curated; round 29 abbreviation coverage pass by specialty, decision 189)"
NEW_CODE_CHAPTERS_LEFT_OUT = ("R", "S", "T", "Z")

# Plain terms of the lists that another sense owns in physicians' posts (a test, a procedure, a drug, an
# organisation, an ordinary word) or that decision 177 already left out; each reason is printed when skipped.
LEFT_OUT = {
    **{t: "a test, score, lab value or procedure has the abbreviation" for t in
       ["cmp", "ssa", "cre", "tdt", "g6pd", "sts", "tme", "mwa", "dre", "ige", "ttm", "ett", "cca", "apcr", "pgm",
        "saa", "igg4", "uip", "spn", "agma", "cpp", "vdd", "bcs", "rct", "aff", "svd", "pvl", "cme", "aop", "ptb",
        "dtc", "mmc", "hfs", "lst", "pas", "cbds", "evs", "ppa", "csr", "vh", "eih", "mgcs", "hspc", "pve", "aep"]},
    **{t: "a device, a drug or its shorthand has the abbreviation" for t in ["icm", "tio", "nvp", "ssd", "ccm"]},
    **{t: "an organisation, place, brand or everyday abbreviation" for t in
       ["ssl", "usc", "lms", "ncd", "aws", "misc", "chc", "ipa", "sca", "mcc", "asc", "pss", "hsd", "ris", "cbs", "cae",
        "rse", "trs", "une", "swd", "ipd", "rpa", "hz", "hzv", "nar", "bps", "pcm", "fha", "aav", "rta", "ph1", "macs",
        "bah", "honk", "oag", "csc", "mpc", "npc", "ecc", "sld", "eld", "pul", "eup", "gyno", "appy", "ppr", "cim",
        "bp1", "bp2", "bp-i", "pes", "malt", "ism", "nits", "drf", "fnf"]},
    **{t: "a symptom or finding (decision 190 writes findings)" for t in ["luts", "vms", "fainting", "frail"]},
    **{t: "gut angiodysplasia is not an AVM to the tagger (decision 177 dropped AVM for it)" for t in ["avms"]},
    **{t: "typo in the list (a Cyrillic letter)" for t in ["nlд"]},
    **{t: "a drug's adverse event by its words (the guide's list rule keeps events in adverse_events.csv)" for t in
       ["chemo induced neutropenia", "chemotherapy induced neutropenia", "chemo induced anemia",
        "chemotherapy induced anemia", "chemotherapy-induced anaemia", "chemo induced pancytopenia", "ici thyroiditis",
        "ici colitis", "immunotherapy colitis", "immune-related colitis", "checkpoint inhibitor colitis",
        "etoh pancreatitis", "htg pancreatitis", "hypertriglyceridemia induced pancreatitis",
        "hypertriglyceridaemic pancreatitis", "alcoholic pancreatitis", "dka in type 2", "laryngeal edema",
        "laryngeal oedema", "bowel perforation", "perforated bowel", "gi perforation", "gi perf", "ici diabetes",
        "checkpoint inhibitor diabetes", "ici myositis", "drug induced thyroiditis"]},
    **{t: "vague or not a diagnosis physicians name so (a finding, a complication by its words)" for t in
       ["viral syndrome", "viral infection", "viral illness", "benign tumor", "benign tumour", "stoma complication",
        "lap band complication", "band slip", "skin tag anal", "sga baby", "lupus anticoagulant", "renal atrophy",
        "atrophic kidney", "small kidneys", "pocd", "device infection", "cad s/p pci"]},
    **{t: "a severity, activity or risk word before the abbreviation: the span may stop at the disease" for t in
       ["severe as", "calcific as", "severe mr", "functional mr", "secondary mr", "primary mr", "degenerative mr",
        "severe tr", "severe ards", "moderate ards", "mild ards", "severe osa", "moderate osa", "mild osa", "severe htg",
        "early pd", "advanced pd", "early ra", "active ra", "active ms", "highly active ms", "early ad", "mild ad",
        "prodromal ad", "high risk myeloma", "lower risk mds", "higher risk mds", "low risk prostate cancer",
        "high risk prostate cancer", "severe mdd", "adult adhd", "adult acne", "severe acne", "moderate acne",
        "moderate-to-severe ad", "advanced hiv", "advanced nsclc", "early breast cancer", "early-stage breast cancer",
        "early stage nsclc", "unresectable nsclc", "resectable nsclc", "relapsed aml", "r/r aml", "r/r dlbcl",
        "rr dlbcl", "high risk adenoma", "large polyp", "esrd on hd", "esrd on dialysis", "aki on ckd", "type 2s",
        "type 1s", "gerd in infants", "lung primary", "the flu", "code blue"]},
    **{t: "a laboratory or imaging finding (decision 190 writes findings)" for t in
       ["low hgb", "low hb", "low blood count", "low blood counts", "high white count", "elevated wbc", "high wbc",
        "high platelets", "high uric acid", "low ferritin", "low vit d", "bone on bone", "liver mass", "liver cyst",
        "liver cysts", "hepatic cyst", "liver lesion", "liver lesions", "bmi over 40", "bmi 40", "back pain",
        "nephrotic range proteinuria", "low grade dysplasia", "high grade dysplasia"]},
    # Taken out after reading the new error lines on the gold sets this pass may read (decision 189's figures): the
    # guide annotates these otherwise or not at all, and the rows stay out rather than the sets changing.
    **{t: "gold sets split it: the organism is its own span, the bacteremia another" for t in
       ["mssa bacteremia", "mssa sepsis", "mssa bacteraemia", "mrsa bacteremia", "mrsa sepsis", "mrsa bacteraemia",
        "e coli sepsis", "e. coli bacteremia", "e coli bacteremia", "e coli bacteraemia", "strep sepsis",
        "group a strep sepsis"]},
    **{t: "gold sets leave resistance, genotype and status words unannotated" for t in
       ["vre infection", "esbl", "esbl infection", "cre infection", "mdro", "mdro infection", "cra", "dtr pseudomonas",
        "crpa", "hbss", "hb ss", "hbsc", "hb sc", "hbas", "immunocompromised", "immunosuppressed", "immunodeficient",
        "iei", "hypercoagulable", "menopausal", "vaping", "vaper", "pwid", "iv drug user", "ivda", "plwh", "pwh",
        "pwe", "pwms", "pwp", "pwcf", "pwha", "strongy", "campylobacter", "tea and toast", "beer potomania",
        "pre-excitation", "nonseminoma", "non-seminoma", "pemphigoid", "coagulopathic", "tophi", "tophus",
        "bone mets", "bone metastases", "bony mets", "osseous mets", "nodal mets", "lymph node metastases",
        "nodal metastases"]},
    **{t: "gold sets code it as the stroke itself (I63.9)" for t in ["old stroke", "prior stroke", "post-stroke"]},
    **{t: "gold sets read it in vaccine names (\"hep A vaccine\", \"polio booster\")" for t in ["hep a", "polio"]},
    **{t: "a gold set labels it an adverse event (GoldListRuleTests: the list rule)" for t in
       ["hyponatremic", "cushingoid", "diverticular bleed", "diverticular haemorrhage", "sinus infections",
        "sinus infection"]},
    **{t: "the longer span swallowed two gold spans (\"NASH cirrhosis\", \"GCA with PMR\")" for t in
       ["nash cirrhosis", "mash cirrhosis", "arld cirrhosis", "gca with pmr"]},
    **{t: "read in another sense or span on the gold sets" for t in
       ["manic", "nephrotic", "rms", "scle", "myelopathy", "insulinoma", "insulinomas", "cirrhotics",
        "post-op delirium", "postop delirium", "icu delirium"]},
    **{t: "an older test's span stops at the disease (\"Crohns\" in \"Crohns flare\", \"MS\" in \"Relapsing MS\")" for t in
       ["crohn's flare", "uc flare", "asuc flare", "ibd flare", "ibd flares", "ra flare", "lupus flare", "sle flare",
        "psa flare", "ms flare", "ms relapse", "relapsing ms", "secondary progressive ms", "primary progressive ms",
        "diverticulitis flare", "tic flare"]},
}
LEFT_OUT = {normalize(t): why for t, why in LEFT_OUT.items()}  # looked up by the tagger's normalized text
# The span is the disease, not the people who have it: "CKD patients" stays "CKD" (the guide's span rule).
PEOPLE_SUFFIXES = (" patients", " patient", " pts")

# The ambiguous abbreviations applied: each has a second common clinical sense the tagger's capitals-and-context
# rule and SecondReadings can choose between. The list's other ambiguous lines are left out (printed): their other
# meaning is the commoner one in a physician's post (ED, PE, CT, BP, LP, PAP, PET, CAP, MAC, POD, DR, PA, ID...),
# they are ordinary words (effusion, cold, piles, mole), or decision 177 already left them out (TOF, PTX, PROM, ICP).
AMBIGUOUS_APPLIED = {"asd", "tga", "lam", "arf", "crf", "mcd", "hpt", "sab", "pvt"}

# British spellings physicians write, mapped to the American spelling the lexicon mostly holds.
BRITISH = [("haem", "hem"), ("oedema", "edema"), ("oesophag", "esophag"), ("anaem", "anem"), ("aemia", "emia"),
           ("leukaem", "leukem"), ("tumour", "tumor"), ("ischaem", "ischem"), ("coeliac", "celiac"),
           ("diarrhoea", "diarrhea"), ("oestr", "estr"), ("paediatric", "pediatric"), ("orrhoea", "orrhea"),
           ("apnoea", "apnea"), ("tachypnoea", "tachypnea"), ("naevus", "nevus"), ("naevi", "nevi"),
           ("goitre", "goiter"), ("foetal", "fetal"), ("caecal", "cecal"), ("seborrhoe", "seborrhe"),
           ("dyspnoea", "dyspnea"), ("morphoea", "morphea"), ("generalised", "generalized"),
           ("necrotising", "necrotizing"), ("behaviour", "behavior"), ("hypovolaem", "hypovolem"),
           ("hypervolaem", "hypervolem"), ("glycaem", "glycem"), ("lipidaem", "lipidem"), ("triglyceridaem", "triglyceridem"),
           ("uraem", "urem"), ("calcaem", "calcem"), ("natraem", "natrem"), ("kalaem", "kalem"), ("phosphataem", "phosphatem"),
           ("magnesaem", "magnesem"), ("septicaem", "septicem"), ("bacteraem", "bacterem"), ("candidaem", "candidem"),
           ("paraproteinaem", "paraproteinem"), ("globulinaem", "globulinem"), ("prolactinaem", "prolactinem"),
           ("uricaem", "uricem"), ("polycythaem", "polycythem"), ("thrombocythaem", "thrombocythem"),
           ("lymphopaen", "lymphopen"), ("penia", "penia"), ("oea", "ea")]


def american(term):
    t = term
    for uk, us in BRITISH:
        t = t.replace(uk, us)
    return t


def is_abbreviation(word, english):
    """A token physicians abbreviate: holds a digit, or is a short letter string that is no English word."""
    return bool(re.search(r"\d", word)) or (re.fullmatch(r"[a-z.+']{1,5}", word) is not None and word not in english
                                             and word not in ("of", "the", "and", "with", "to", "in", "on"))


def word_list(*names):
    words = set()
    for name in names:
        for line in open(os.path.join(NAMES, name), encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                words.add(line.strip().lower())
    return words


def read_entries():
    entries = []  # (file, section, code, term, flag, line)
    for path, section, line in sectioned_lines("disease_abbrev_coverage_*.txt"):
        code, term, flag = line.split("|")
        entries.append((os.path.basename(path), section, code, term.strip(), flag, line))
    return entries


def main():
    write = "--write" in sys.argv
    kept_path = sys.argv[sys.argv.index("--kept") + 1] if "--kept" in sys.argv else None
    rows = read_csv("diseases.csv")
    header, body = rows[0], rows[1:]
    common = {w.strip() for w in open(os.path.join(LEX, "common_words.txt"), encoding="utf-8") if w.strip() and not w.startswith("#")}
    english = word_list("english-words.txt")
    person = word_list("first-names.txt", "given-names.txt", "world-given-names.txt", "surnames.txt", "family-names.txt")
    others = other_file_terms()
    codes = {r[0] for r in body}
    plain, ambiguous = {}, {}
    ambiguous_codes = collections.defaultdict(set)  # abbreviation -> every code an ambiguous row gives it
    for r in body:
        target = ambiguous if r[3] == "true" else plain
        for t in [r[1]] + split(r[2]):
            target.setdefault(normalize(t), r[0])
            if r[3] == "true":
                ambiguous_codes[normalize(t)].add(r[0])

    entries = read_entries()
    # One concept, one code: a code the lexicon lacks takes the lexicon's code for the concept's everyday name (the
    # `name` line), as decision 177's pass did. A concept whose words are an adverse event stays an event (the guide's
    # list rule): none of its terms becomes a disease term.
    ae_terms = {t for t, f in others.items() if f == "adverse_events.csv"}
    remap, event_codes = {}, set()
    for file, section, code, term, flag, line in entries:
        n = normalize(term)
        if flag == "name" and code not in codes and n in plain:
            remap.setdefault(code, plain[n])
        if n in ae_terms or normalize(american(term)) in ae_terms:
            event_codes.add(code)

    added_rows, log, skipped, kept = [], [], [], []
    names = {}
    amb_senses = collections.defaultdict(set)  # abbreviation -> codes the lists made ambiguous
    for file, section, code, term, flag, line in entries:
        if code in event_codes and code not in codes:
            if flag != "name":
                skipped.append((code, term, "the concept is an adverse-event term (list rule)"))
            continue
        code = remap.get(code, code)
        n = normalize(term)
        if flag == "name":
            # The row name is a term too: only a name no file holds can name a new row.
            if n not in others and n not in plain and n not in ambiguous and code not in codes:
                names.setdefault(code, term)
            continue
        us = normalize(american(term))
        if n in others:
            skipped.append((code, term, f"{others[n]} holds it"))
            continue
        if us != n and us in others:
            skipped.append((code, term, f"British spelling of a {others[us]} term"))
            continue
        if us != n and us in plain and plain[us] != code:
            code = plain[us]
        if flag == "ambiguous":
            if n not in AMBIGUOUS_APPLIED:
                skipped.append((code, term, "ambiguous: the other meaning is the commoner, or an ordinary word"))
                continue
            if n in plain:
                skipped.append((code, term, f"plain term of {plain[n]} already"))
                continue
            if n in ambiguous and ambiguous[n] == code:
                skipped.append((code, term, "already ambiguous here"))
                continue
            senses = ambiguous_codes[n] | amb_senses[n]
            if code in senses:
                skipped.append((code, term, "already ambiguous here"))
                continue
            if len(senses) >= 2 or any(c[0] == code[0] for c in senses):
                skipped.append((code, term, f"ambiguous for {sorted(senses)} already"))
                continue
            if code[0] in NEW_CODE_CHAPTERS_LEFT_OUT and code not in codes:
                skipped.append((code, term, "finding, status or injury code the lexicon lacks"))
                continue
            amb_senses[n].add(code)
            ambiguous.setdefault(n, code)
            add_term(body, added_rows, codes, names, code, term.upper() if " " not in term else term, True, section, log)
            kept.append((file, line))
            continue
        if n in plain:
            if plain[n] != code:
                skipped.append((code, term, f"diseases.csv has {plain[n]}"))
            continue
        if n in LEFT_OUT:
            skipped.append((code, term, LEFT_OUT[n]))
            continue
        if n.endswith(PEOPLE_SUFFIXES):
            skipped.append((code, term, "the span is the disease, not the patients"))
            continue
        if code.startswith("R"):
            skipped.append((code, term, "a finding or symptom code (decision 190 writes findings)"))
            continue
        if " " in n and us == n and not any(is_abbreviation(w, english) for w in re.split(r"[ /-]+", n)):
            skipped.append((code, term, "a full name, not an abbreviation or variant (decision 177's names)"))
            continue
        if n in ambiguous:
            skipped.append((code, term, f"ambiguous in diseases.csv ({ambiguous[n]})"))
            continue
        if " " not in n and n in common:
            skipped.append((code, term, "common_words.txt"))
            continue
        if " " not in n and n in english:
            skipped.append((code, term, "ordinary English word (anonymizer word list)"))
            continue
        if " " not in n and n in person:
            skipped.append((code, term, "a person's name (anonymizer name lists)"))
            continue
        if code[0] in NEW_CODE_CHAPTERS_LEFT_OUT and code not in codes:
            skipped.append((code, term, "finding, status or injury code the lexicon lacks"))
            continue
        plain[n] = code
        add_term(body, added_rows, codes, names, code, term.lower(), False, section, log)
        kept.append((file, line))

    for code, new in sorted(remap.items()):
        print(f"remap\t{code}\t->\t{new}")
    for entry in log:
        print("\t".join(entry))
    for code, term, why in skipped:
        print(f"skip\t{code}\t{term}\t{why}")
    new_plain = sum(1 for r in added_rows if r[3] == "false")
    print(f"# entries {len(entries)}; terms added {len(log)}; new plain rows {new_plain}; new ambiguous rows "
          f"{len(added_rows) - new_plain}; skipped {len(skipped)}", file=sys.stderr)

    if kept_path:
        with open(kept_path, "w", encoding="utf-8") as f:
            for file, line in kept:
                f.write(f"{file}\t{line}\n")
    if write:
        write_csv("diseases.csv", [header] + body + added_rows)
        write_added("disease_abbrev_coverage_added.tsv", ["action", "specialty", "code", "row", "term"], log)


def add_term(body, added_rows, codes, names, code, term, is_ambiguous, section, log):
    """Joins the term to the code's first plain (or ambiguous) row; a code without one gets a row."""
    flag = "true" if is_ambiguous else "false"
    row = next((r for r in body + added_rows if r[0] == code and r[3] == flag), None)
    if row is not None:
        row[2] = "|".join(split(row[2]) + [term])
        log.append(("extended-ambiguous" if is_ambiguous else "extended", section, code, row[1], term))
        return
    plain_row = next((r for r in body + added_rows if r[0] == code and r[3] == "false"), None)
    name = plain_row[1] if plain_row is not None else names.get(code, term)
    if is_ambiguous and plain_row is None:
        # An ambiguous row is paired with a plain row of the same code that holds the everyday name.
        added_rows.append([code, name, "", "false", SOURCE])
        log.append(("new", section, code, name, ""))
    if not is_ambiguous and normalize(name) == normalize(term):
        added_rows.append([code, name, "", flag, SOURCE])
    else:
        added_rows.append([code, name, term, flag, SOURCE])
    codes.add(code)
    log.append(("new-ambiguous" if is_ambiguous else "new", section, code, name, term))


if __name__ == "__main__":
    main()
