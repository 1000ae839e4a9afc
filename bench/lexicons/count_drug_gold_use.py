#!/usr/bin/env python3
"""Counts the gold drug and class spans whose surface is a term the drug coverage pass added (decision 182).

Usage: python3 bench/lexicons/count_drug_gold_use.py [ADDED.tsv]  (run after apply_drug_coverage.py --write; the second
pass, decision 197, passes drug_coverage2_added.tsv)
Prints, per gold set, the spans that use an added brand, generic, synonym or class term, how many of them carry the
id the added row gives, and the distinct added terms used. Sets whose name holds r27, r28 or r29 are never opened
(r27 is another engineer's tuning set this round; r28 and r29 are unseen); round 30 adds r30 and r31, unseen then, and
keeps r29 out too, tuned on by another engineer that round.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize  # noqa: E402

HERE = os.path.dirname(__file__)
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
added = {}
for line in list(open(os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else "drug_coverage_added.tsv"), encoding="utf-8"))[1:]:
    action, _, ident, term = line.rstrip("\n").split("\t")
    if action in ("brand", "generic", "synonym", "class", "class-synonym"):
        added[normalize(term)] = ("drug" if action in ("brand", "generic", "synonym") else "class", ident)

used, total = set(), 0
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "Sermo.Analytics.Tests", "Tagging", "Gold", "*", "*.jsonl"))):
    name = os.path.basename(path)[:-6]
    if any(r in name for r in ("r27", "r28", "r29", "r30", "r31")):
        continue
    spans, same, terms = 0, 0, set()
    for line in open(path, encoding="utf-8"):
        for e in json.loads(line)["entities"]:
            kind = "class" if e["type"] in ("drug-class", "regimen") else "drug" if e["type"] in ("brand", "generic") else None
            hit = added.get(normalize(e["text"])) if kind else None
            if hit and hit[0] == kind:
                spans += 1
                same += e["id"].lower() == hit[1].lower()
                terms.add(normalize(e["text"]))
    used |= terms
    total += spans
    print(f"{name}\tspans {spans}\tsame id {same}\tterms {len(terms)}")
print(f"spans {total}; distinct added terms any gold set uses: {len(used)} of {len(added)}: {sorted(used)}")
