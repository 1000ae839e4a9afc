#!/usr/bin/env python3
"""Pools the drug and disease misses of a GoldSetEvaluation output by surface FORM (decision 205): for each missed span,
is it a form of a term the lexicon already has (British/American spelling, plural, possessive, hyphen/space/joined,
word order, adjective) or something the lexicon lacks? The sets unseen_sets.py names are dropped while parsing, before any of
their lines is kept (a figure line under such a header is that set's). Reuses compare_gold_figures.py's header shape and apply_disease_coverage.py's normalization.

Usage: python3 bench/lexicons/pool_form_misses.py OUTPUT.txt [--list KIND]
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from apply_disease_coverage import normalize as norm  # the tagger's normalization, one copy
from compare_gold_figures import HEADER
from unseen_sets import names_unseen

DRUG_TYPES = {"brand", "generic", "drug-class", "regimen"}
LEX = Path(__file__).resolve().parents[2] / "src/Analytics/Lexicons"

# American -> British spelling pairs (substring); checked both ways.
SPELLING = [("emia", "aemia"), ("emic", "aemic"), ("hem", "haem"), ("edem", "oedem"), ("esophag", "oesophag"),
            ("estr", "oestr"), ("tumor", "tumour"), ("pediat", "paediat"), ("opedic", "opaedic"), ("rrhea", "rrhoea"),
            ("sulf", "sulph"), ("celiac", "coeliac"), ("pnea", "pnoea"), ("anesth", "anaesth"), ("gynec", "gynaec"),
            ("fetal", "foetal"), ("cesar", "caesar"), ("ameb", "amoeb"), ("leuk", "leuc"), ("fiber", "fibre")]


def lexicon_terms():
    terms = set()
    def add(t):
        if t:
            terms.add(norm(t))
            if "'s" in t.lower():
                terms.add(norm(t.lower().replace("'s", "s")))
    for row in csv.DictReader(open(LEX / "diseases.csv", encoding="utf-8")):
        add(row["name"]); [add(x) for x in row["synonyms"].split("|")]
    for row in csv.DictReader(open(LEX / "drugs.csv", encoding="utf-8")):
        add(row["brand"]); add(row["generic"]); [add(x) for x in row["synonyms"].split("|")]
    for row in csv.DictReader(open(LEX / "drug_classes.csv", encoding="utf-8")):
        add(row["name"]); [add(x) for x in row["synonyms"].split("|")]
    for row in csv.DictReader(open(LEX / "adverse_events.csv", encoding="utf-8")):
        add(row.get("name")); [add(x) for x in (row.get("synonyms") or "").split("|")]
    return terms


def read_misses(path, figures=None, sentences=False):
    """Misses of the sets one may read; a set printed twice ("short", by two tests) is read once, at its first block.
    With sentences=True each miss also carries its sentence id and text (decision 215 re-tags them)."""
    misses, current, skip, seen = [], None, False, set()
    for line in open(path, encoding="utf-8", errors="replace"):
        m = HEADER.match(line)
        if m:
            current = m.group(1)
            skip = bool(names_unseen(current)) or current in seen
            seen.add(current)
            continue
        if skip or names_unseen(line):
            continue
        m = re.match(r"^ (drug|disease)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$", line)
        if m and figures is not None and current:
            figures.setdefault(current, {})[m.group(1)] = tuple(int(x) for x in m.groups()[4:])
            continue
        m = re.match(r'^ (\S+) missed (\S+) "(.*?)" \((.*?)\): (.*)$', line.rstrip("\n"))
        if m and (m.group(2) in DRUG_TYPES or m.group(2) == "disease"):
            miss = (current, "drug" if m.group(2) in DRUG_TYPES else "disease", m.group(3), m.group(4))
            misses.append(miss + (m.group(1), m.group(5)) if sentences else miss)
    return misses


def spelling_variants(t):
    out = set()
    for a, b in SPELLING:
        if a in t: out.add(t.replace(a, b))
        if b in t: out.add(t.replace(b, a))
    return out


def classify(text, terms):
    t = norm(text)
    if t in terms:
        return "in lexicon (id or context)"
    if spelling_variants(t) & terms:
        return "british/american spelling"
    words = t.split()
    sing = " ".join(words[:-1] + [re.sub(r"(ies)$", "y", words[-1]) if words[-1].endswith("ies") else re.sub(r"e?s$", "", words[-1])]) if words else t
    if sing != t and (sing in terms or re.sub(r"s$", "", t) in terms):
        return "plural"
    if t + "s" in terms or any(w + "s" in " ".join(terms) for w in []):
        return "singular of plural term"
    if t.replace(" ", "") in {x.replace(" ", "") for x in terms_nospace_cache(terms)}:
        return "hyphen/space/joined"
    poss = re.sub(r"(\w)s\b", r"\1", t)
    if poss != t and poss in terms:
        return "possessive without apostrophe"
    m = re.match(r"(\w+) of (the )?(.+)", t)
    if m and f"{m.group(3)} {m.group(1)}" in terms:
        return "word order"
    if re.search(r"(ic|tic|ive|otic|oid)$", t):
        return "adjective (no term)"
    return "not a form of a lexicon term"


_nospace = {}
def terms_nospace_cache(terms):
    if not _nospace:
        _nospace["x"] = {x.replace(" ", "") for x in terms}
    return _nospace["x"]


def main():
    terms = lexicon_terms()
    figures = {}
    misses = read_misses(sys.argv[1], figures)
    for kind in ("drug", "disease"):
        tp, fp, fn = (sum(f[kind][i] for f in figures.values() if kind in f) for i in range(3))
        f1 = 2 * tp / (2 * tp + fp + fn)
        print(f"pooled {kind}: tp {tp} fp {fp} fn {fn} F1 {f1:.4f} over {len(figures)} sets")
    if "--sets" in sys.argv:
        for s in sorted(figures):
            print(s, figures[s])
    by = defaultdict(Counter)
    examples = defaultdict(Counter)
    for s, kind, text, gid in misses:
        c = classify(text, terms)
        by[kind][c] += 1
        examples[(kind, c)][text.lower()] += 1
    sets = sorted({m[0] for m in misses if m[0]})
    print(f"sets pooled: {len(sets)}; misses: {len(misses)}")
    for kind in ("drug", "disease"):
        print(f"## {kind}: {sum(by[kind].values())} misses")
        for c, n in by[kind].most_common():
            print(f"  {n:5d}  {c}")
    if "--list" in sys.argv:
        want = sys.argv[sys.argv.index("--list") + 1]
        for (kind, c), ex in sorted(examples.items()):
            if want in c:
                print(f"## {kind} / {c}: " + "; ".join(f"{t} x{n}" for t, n in ex.most_common()))


if __name__ == "__main__":
    main()
