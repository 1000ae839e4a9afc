#!/usr/bin/env python3
"""Counts the gold spans whose surface is a term a lexicon coverage pass added: whether a pass reached text anyone wrote.

Usage: python3 bench/lexicons/count_added_gold_use.py PASS [ADDED.tsv] [--text SET]
  PASS    disease (decision 177), drug (182; the second pass, 197, gives drug_coverage2_added.tsv), abbrev (189),
          finding (190: diseases and events), event (191: events and devices)
  --text  also print each added term found anywhere in SET's text, labelled or not
Run after the pass's apply script --write. Prints, per gold set, the spans that use an added term, how many carry the id
the added row gives (a disease span counts when its code shares the row's ICD-10-CM category, the scorer's unit), and
the distinct added terms used. The sets no engineer may read this round (unseen_sets.py) are never opened.
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize  # noqa: E402
from unseen_sets import names_unseen  # noqa: E402

HERE = os.path.dirname(__file__)
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
# The scorer's span types, grouped as the passes add them: a brand row and a generic row are both the drug's.
GROUP = {"brand": "drug", "generic": "drug", "drug-class": "class", "regimen": "class"}


def rows(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return []
    return [line.rstrip("\n").split("\t") for line in list(open(path, encoding="utf-8"))[1:]]


def disease_terms(action, row, terms):
    return ([row] if action.startswith("new") else []) + [t for t in terms.split(";") if t]


def read_disease(name):
    return {("disease", normalize(t)): code for action, _, code, row, terms in rows(name)
            if "ambiguous" not in action for t in disease_terms(action, row, terms)}


def read_abbrev(name):
    return {("disease", normalize(t)): code for action, _, code, row, term in rows(name)
            for t in [term] + ([row] if action == "new" else []) if t}


def read_finding(name):
    # An event row's id is its name in lower case; a disease row's its code.
    return {("adverse-event", normalize(t)) if action.endswith("event") else ("disease", normalize(t)):
            row if action.endswith("event") else code
            for action, _, code, row, terms in rows(name) if "ambiguous" not in action
            for t in disease_terms(action, row, terms)}


def read_drug(name):
    kinds = {"brand": "drug", "generic": "drug", "synonym": "drug", "class": "class", "class-synonym": "class"}
    return {(kinds[action], normalize(term)): ident for action, _, ident, term in rows(name) if action in kinds}


def read_event(_):
    added = {("adverse-event", normalize(term)): ident for action, _, ident, term in rows("event_coverage_added.tsv")
             if action in ("term", "row")}
    added.update({("device", normalize(term)): ident for action, _, ident, term in rows("device_coverage_added.tsv")
                  if action in ("name", "row")})
    return added


PASSES = {"disease": (read_disease, "disease_coverage_added.tsv"),
          "drug": (read_drug, "drug_coverage_added.tsv"),
          "abbrev": (read_abbrev, "disease_abbrev_coverage_added.tsv"),
          "finding": (read_finding, "disease_finding_coverage_added.tsv"),
          "event": (read_event, None)}


def same_id(kind, gold, added):
    if kind == "disease":
        return gold.split(".")[0] == added.split(".")[0]
    return gold.lower() == added.lower()


def main(argv):
    text_set = argv[argv.index("--text") + 1] if "--text" in argv else None
    args = [a for i, a in enumerate(argv) if a != "--text" and (i == 0 or argv[i - 1] != "--text")]
    if not args or args[0] not in PASSES:
        sys.exit(f"usage: count_added_gold_use.py {{{'|'.join(PASSES)}}} [ADDED.tsv] [--text SET]")
    read, default = PASSES[args[0]]
    added = read(args[1] if len(args) > 1 else default)
    if not added:
        sys.exit(f"{args[0]}: no added terms read (run the pass's apply script with --write first)")
    kinds = sorted({k for k, _ in added})
    used = {k: set() for k in kinds}
    total = {k: 0 for k in kinds}
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "Sermo.Analytics.Tests", "Tagging", "Gold", "*", "*.jsonl"))):
        name = os.path.basename(path)[:-6]
        if names_unseen(name):
            continue
        counts = {k: [0, 0, set()] for k in kinds}
        for line in open(path, encoding="utf-8"):
            post = json.loads(line)
            for e in post["entities"]:
                kind = GROUP.get(e["type"], e["type"])
                ident = added.get((kind, normalize(e["text"])))
                if ident is not None:
                    counts[kind][0] += 1
                    counts[kind][1] += same_id(kind, e["id"], ident)
                    counts[kind][2].add(normalize(e["text"]))
            if name == text_set:
                words = " " + normalize(post["text"]) + " "
                for (kind, term), ident in added.items():
                    if re.search(r"\b" + re.escape(term) + r"\b", words):
                        print(f"text\t{name}\t{kind}\t{term}\t{ident}")
        for k, (spans, _, terms) in counts.items():
            total[k] += spans
            used[k] |= terms
        if any(c[0] for c in counts.values()):
            print(name + "\t" + "\t".join(f"{k} spans {c[0]} same id {c[1]} terms {len(c[2])}" for k, c in counts.items()))
    for k in kinds:
        print(f"{k}: {total[k]} spans; distinct added terms any gold set uses: {len(used[k])} of "
              f"{sum(1 for kind, _ in added if kind == k)}: {sorted(used[k]) if len(used[k]) <= 40 else '(over 40)'}")


if __name__ == "__main__":
    main(sys.argv[1:])
