#!/usr/bin/env python3
"""Share of the lexicon's own forms the tagger still finds when written another way (decision 272).

Takes every non-ambiguous disease, drug (brand, generic, synonyms), drug class and device form, writes it in each variant
kind physicians use (spelling, hyphen/space/closed, eponym apostrophe, plural, possessive, case, misspelling, word order)
inside a sentence of our own, runs the lot through the `tag` verb and prints, per kind and row group, the share of
variants found as the same concept (an entity of that id overlapping the variant). A variant counts only when the row's
own form is found in the same sentence frame, so the table measures form handling, not context rules.

Usage (repo root): python3 bench/lexicons/surface_form_variants.py WORKER_DLL [--misses KIND]
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

LEXICONS = "src/Analytics/Lexicons"
with open(f"{LEXICONS}/common_words.txt") as _words:
    COMMON_WORDS = {line.strip().lower() for line in _words if line.strip() and not line.startswith("#")}

TEMPLATES = {
    "disease": ["Her history is notable for {f} and she is otherwise well.", "We discussed {f} at clinic today."],
    "drug": ["She was started on {f} last month.", "He tolerated {f} without problems."],
    "class": ["She was started on {f} last month.", "He tolerated {f} without problems."],
    "device": ["He has a {f} in place now.", "We checked the {f} at the visit."],
}

# American to British (and back) pieces; whole-word endings for -ize.
US_UK = [("esophag", "oesophag"), ("hemorrh", "haemorrh"), ("hemat", "haemat"), ("hemo", "haemo"), ("emia", "aemia"),
         ("edema", "oedema"), ("tumor", "tumour"), ("rrhea", "rrhoea"), ("pnea", "pnoea"), ("estrogen", "oestrogen"),
         ("celiac", "coeliac"), ("pediatric", "paediatric"), ("anesthe", "anaesthe"), ("fetal", "foetal"),
         ("leukocyt", "leucocyt"), ("orthopedic", "orthopaedic"), ("gynecolog", "gynaecolog"), ("ize", "ise"),
         ("izat", "isat"), ("sulf", "sulph"), ("color", "colour"), ("behavior", "behaviour"), ("center", "centre")]

CLOSING_PREFIXES = {"beta", "alpha", "non", "anti", "post", "pre", "co", "sub", "re", "hyper", "hypo", "intra", "peri",
                    "para", "pseudo", "multi", "poly", "semi", "auto", "over", "under", "self", "cross", "ultra", "micro"}
ORDER_HEADS = {"cancer", "carcinoma", "fracture", "infection", "ulcer", "abscess", "tumor", "tumour", "metastases",
               "metastasis", "disease", "failure", "injury", "stenosis", "thrombosis", "adenocarcinoma", "lymphoma",
               "sarcoma", "cyst", "stones", "stone", "insufficiency", "inflammation", "obstruction", "prolapse",
               "rupture", "dissection", "aneurysm", "hemorrhage", "bleed", "polyp", "polyps", "mass", "nodule", "lesion"}
ORDER_MODIFIERS = {"lung", "breast", "colon", "rectal", "prostate", "bladder", "kidney", "liver", "skin", "bone",
                   "brain", "stomach", "gastric", "ovarian", "cervical", "pancreatic", "thyroid", "hip", "femur",
                   "wrist", "ankle", "heart", "renal", "hepatic", "urinary tract", "wound", "spinal cord", "aortic",
                   "mitral", "esophageal", "tongue", "uterine", "testicular", "vertebral", "rib", "pelvic", "knee",
                   "shoulder", "tibia", "humerus", "radius", "colorectal", "bile duct", "gallbladder", "adrenal"}
NOUN_OF = {"lung": "lung", "breast": "breast", "colon": "colon", "rectal": "rectum", "prostate": "prostate",
           "bladder": "bladder", "kidney": "kidney", "liver": "liver", "skin": "skin", "bone": "bone", "brain": "brain",
           "stomach": "stomach", "gastric": "stomach", "ovarian": "ovary", "cervical": "cervix", "pancreatic": "pancreas",
           "thyroid": "thyroid", "hip": "hip", "femur": "femur", "wrist": "wrist", "ankle": "ankle", "heart": "heart",
           "renal": "kidney", "hepatic": "liver", "aortic": "aorta", "mitral": "mitral valve", "esophageal": "esophagus",
           "uterine": "uterus", "testicular": "testis", "vertebral": "vertebra", "rib": "rib", "pelvic": "pelvis",
           "knee": "knee", "shoulder": "shoulder", "tibia": "tibia", "humerus": "humerus", "radius": "radius",
           "colorectal": "colon", "bile duct": "bile duct", "gallbladder": "gallbladder", "adrenal": "adrenal gland",
           "tongue": "tongue", "urinary tract": "urinary tract", "wound": "wound", "spinal cord": "spinal cord"}
ADJECTIVE_OF = {v: k for k, v in NOUN_OF.items() if k not in ("gastric", "hepatic", "renal", "colorectal")}
EPONYM_HEADS = {"disease", "syndrome", "palsy", "thyroiditis", "lymphoma", "sarcoma", "phenomenon", "encephalopathy",
                "disorder", "ulcer"}


def us_to_uk(form):
    out = form
    for us, uk in US_UK:
        if us == "ize":
            out = re.sub(r"iz(e|ed|es|ing|ation)\b", r"is\1", out)
        elif us == "izat":
            continue
        elif us in out.lower() and uk not in out.lower():
            out = re.sub(us, uk, out, flags=re.I)
    return out if out != form else None


def uk_to_us(form):
    out = form
    for us, uk in US_UK:
        if us in ("ize", "izat"):
            continue
        if uk in out.lower():
            out = re.sub(uk, us, out, flags=re.I)
    return out if out != form else None


def plural(form):
    words = form.split(" ")
    last = words[-1]
    if not last.isalpha() or last.lower().endswith(("s", "x")) or len(last) < 3:
        return None
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("ch", "sh")):
        last += "es"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def closed(form):
    """The first hyphen or space after a prefix ("beta-blocker", "non small cell") or a single letter ("a-fib") closed up."""
    m = re.search(r"\b([A-Za-z]+)[- ](?=[A-Za-z])", form)
    if m and "-" in m.group(0) and m.group(1).lower() in CLOSING_PREFIXES:
        return form[:m.end(1)] + form[m.end():]
    words = form.split(" ")
    if len(words) >= 2 and words[0].lower() in CLOSING_PREFIXES:
        return words[0] + words[1] + ("" if len(words) == 2 else " " + " ".join(words[2:]))
    return None


def opened(form):
    """A word that starts with a prefix written with a hyphen after it ("preeclampsia" -> "pre-eclampsia"), when the
    rest is itself a word of the lexicon ("eclampsia"), so that no made-up split ("pre-ssure") is counted."""
    global LEXICON_WORDS
    if LEXICON_WORDS is None:
        LEXICON_WORDS = {w for _, _, f in rows() for w in re.findall(r"[a-z]{4,}", f.lower())}
    for i, word in enumerate(words := form.split(" ")):
        for prefix in sorted(CLOSING_PREFIXES - {"re", "co"}, key=len, reverse=True):
            if word.lower().startswith(prefix) and word[len(prefix):].lower() in LEXICON_WORDS:
                words[i] = word[:len(prefix)] + "-" + word[len(prefix):]
                return " ".join(words)
    return None


def spaced_hyphens(form):
    return form.replace("-", " ") if "-" in form else (form.replace(" ", "-", 1) if " " in form else None)


def inner_words():
    """Words written in lower case after the first word of some form ("heart" of "congestive heart failure"): no surnames."""
    words = set()
    for _, _, form in rows():
        words.update(w for w in re.findall(r"[a-z]+", form.split(" ", 1)[1]) if len(w) > 2) if " " in form else None
    return words


def is_name(word):
    """A capitalized word that is no English word nor adjective ("Crohn", "Wilson"; not "Metabolic", "Mood")."""
    global INNER_WORDS
    if INNER_WORDS is None:
        INNER_WORDS = inner_words()
    return word[:1].isupper() and word.lower() not in COMMON_WORDS | INNER_WORDS and not re.search(
        r"(al|ic|ar|ous|ive|ory|ary|ile|oid|ed|ing|tal|lar)$", word.lower())


INNER_WORDS = None
LEXICON_WORDS = None


def eponym(form):
    m = re.match(r"^([A-Z][a-z]+)'s (\w+)(.*)$", form)
    if m and m.group(2).lower() in EPONYM_HEADS and is_name(m.group(1)):
        return f"{m.group(1)} {m.group(2)}{m.group(3)}"  # "Crohn's disease" -> "Crohn disease"
    m = re.match(r"^([A-Z][a-z]+[^s]) (\w+)(.*)$", form)
    if m and m.group(2).lower() in EPONYM_HEADS and is_name(m.group(1)):
        return f"{m.group(1)}'s {m.group(2)}{m.group(3)}"  # "Wilson disease" -> "Wilson's disease"
    return None


def eponym_bare(form):
    m = re.match(r"^([A-Z][a-z]+)(?:'s)? (\w+)(.*)$", form)
    if m and m.group(2).lower() in EPONYM_HEADS and is_name(m.group(1)) and not m.group(1).endswith("s"):
        return f"{m.group(1)}s {m.group(2)}{m.group(3)}"  # "Crohns disease"
    return None


def misspelt_longest_word(form, misspell):
    """The form with its longest word (seven or more letters) passed through misspell; None when none applies."""
    words = form.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    w = words[longest]
    if len(w) < 7 or not w.isalpha() or (wrong := misspell(w)) is None:
        return None
    words[longest] = wrong
    return " ".join(words)


def transpose(form):
    """Two neighbouring letters swapped in the middle of the longest word of seven or more letters."""
    return misspelt_longest_word(form, swapped_in_the_middle)


def swapped_in_the_middle(w):
    i = len(w) // 2
    if w[i] == w[i + 1]:
        i -= 1
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def dropped_letter(form):
    """A doubled letter written once, or a silent h dropped (diarrea, hemorage), in the longest word of seven or more."""
    return misspelt_longest_word(form, letter_dropped)


def letter_dropped(w):
    m = re.search(r"(rh|ph|th)", w[2:]) or re.search(r"([a-z])\1", w[1:])
    if not m:
        return None
    at = m.start() + (2 if re.search(r"(rh|ph|th)", w[2:]) else 1) + 1
    return w[:at] + w[at + 1:]


def word_order(form):
    low = form.lower()
    m = re.match(r"^(\w+) of (?:the )?(.+)$", low)
    if m and m.group(1) in ORDER_HEADS and m.group(2) in ADJECTIVE_OF:
        return f"{ADJECTIVE_OF[m.group(2)]} {m.group(1)}"
    for mod in ORDER_MODIFIERS:
        if low.startswith(mod + " ") and low[len(mod) + 1:] in ORDER_HEADS:
            return f"{low[len(mod) + 1:]} of the {NOUN_OF[mod]}"
    return None


KINDS = {
    "british spelling": us_to_uk,
    "american spelling": uk_to_us,
    "hyphen <-> space": spaced_hyphens,
    "closed compound": closed,
    "prefix hyphenated": opened,
    "eponym apostrophe": eponym,
    "eponym without apostrophe": eponym_bare,
    "plural": plural,
    "possessive": lambda f: f + "'s" if f[-1:].isalpha() and not f.endswith("s") else None,
    "upper case": lambda f: f.upper() if len(f) >= 4 and f.upper() != f else None,
    "title case": lambda f: f.title() if f.title() != f else None,
    "lower case": lambda f: f.lower() if f.lower() != f else None,
    "misspelt: letters swapped": transpose,
    "misspelt: letter dropped": dropped_letter,
    "word order": word_order,
}


def named_rows(file_name, group, id_column):
    """(group, id, form) for the name and every synonym of each non-ambiguous row of one lexicon file."""
    with open(f"{LEXICONS}/{file_name}", newline="") as f:
        for r in csv.DictReader(f):
            if r.get("ambiguous") == "true":
                continue
            for form in [r["name"], *filter(None, r["synonyms"].split("|"))]:
                yield group, r[id_column], form.strip()


def rows():
    """(group, id, form) for every non-ambiguous row's forms; a drug's id is its generic, as the tagger reports it."""
    yield from named_rows("diseases.csv", "disease", "icd10")
    with open(f"{LEXICONS}/drugs.csv", newline="") as f:
        for r in csv.DictReader(f):
            forms = [r["generic"]] + ([r["brand"]] if r["brand"] else []) + list(filter(None, r["synonyms"].split("|")))
            for form in forms:
                yield "drug", r["generic"], form.strip()
    yield from named_rows("drug_classes.csv", "class", "id")
    yield from named_rows("devices.csv", "device", "id")


def build_cases():
    seen = set()
    cases = []
    for n, (group, ident, form) in enumerate(rows()):
        if not form or (group, ident, form.lower()) in seen:
            continue
        seen.add((group, ident, form.lower()))
        template = TEMPLATES[group][n % 2]
        variants = [("own form", form)] + [(k, fn(form)) for k, fn in KINDS.items()]
        for kind, text in variants:
            if text is None or text == form and kind != "own form":
                continue
            start = template.index("{f}")
            cases.append({"id": f"{len(cases)}", "text": template.format(f=text), "group": group, "concept": ident,
                          "kind": kind, "form": form, "variant": text, "start": start, "end": start + len(text)})
    return cases


def tag(dll, cases):
    with tempfile.TemporaryDirectory() as work:
        src, out = os.path.join(work, "in.jsonl"), os.path.join(work, "out.jsonl")
        with open(src, "w") as f:
            for c in cases:
                f.write(json.dumps({"id": c["id"], "text": c["text"]}) + "\n")
        subprocess.run(["dotnet", dll, "tag", "--in", src, "--out", out], check=True, stdout=subprocess.DEVNULL)
        with open(out) as f:
            return {r["id"]: r["entities"] for r in map(json.loads, f)}


def main():
    dll = sys.argv[1]
    show_misses = sys.argv[sys.argv.index("--misses") + 1] if "--misses" in sys.argv else None
    cases = build_cases()
    tagged = tag(dll, cases)
    found = {}
    for c in cases:
        ents = tagged.get(c["id"], [])
        found[c["id"]] = any(e["id"] == c["concept"] and e["start"] < c["end"] and e["end"] > c["start"] for e in ents)
    own_found = {(c["group"], c["concept"], c["form"]) for c in cases if c["kind"] == "own form" and found[c["id"]]}
    table = defaultdict(lambda: [0, 0])
    for c in cases:
        if c["kind"] != "own form" and (c["group"], c["concept"], c["form"]) not in own_found:
            continue
        for key in ((c["kind"], c["group"]), (c["kind"], "all")):
            table[key][0] += found[c["id"]]
            table[key][1] += 1
        if show_misses and c["kind"] == show_misses and not found[c["id"]]:
            print(f"miss\t{c['group']}\t{c['form']}\t{c['variant']}")
    groups = ["disease", "drug", "class", "device", "all"]
    print("| variant kind | " + " | ".join(groups) + " |")
    print("|---|" + "---|" * len(groups))
    for kind in ["own form", *KINDS]:
        cells = []
        for g in groups:
            hit, n = table.get((kind, g), (0, 0))
            cells.append(f"{hit / n:.3f} ({hit}/{n})" if n else "-")
        print(f"| {kind} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
