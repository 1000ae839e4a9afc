#!/usr/bin/env python3
"""Counts the gold disease spans whose surface is a term the abbreviation pass added (decision 189).

Usage: python3 bench/lexicons/count_abbrev_gold_use.py  (run after apply_disease_abbrev_coverage.py --write)
Prints, per gold set, the spans and distinct added terms they use, and how many spans carry the added term's code at
the ICD-10-CM category (the scorer's unit). Sets whose name holds "r29" or "r30" (unseen) are never opened.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
added = {}
for line in list(open(os.path.join(os.path.dirname(__file__), "disease_abbrev_coverage_added.tsv"), encoding="utf-8"))[1:]:
    action, _, code, row, term = line.rstrip("\n").split("\t")
    for t in [term] + ([row] if action == "new" else []):
        if t:
            added[normalize(t)] = code

used = set()
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "Sermo.Analytics.Tests", "Tagging", "Gold", "*", "*.jsonl"))):
    name = os.path.relpath(path, os.path.dirname(os.path.dirname(path)))[:-6]
    if "r29" in path or "r30" in path:  # folder or file: the unseen sets are never opened
        continue
    spans, same, terms = 0, 0, set()
    for line in open(path, encoding="utf-8"):
        for e in json.loads(line)["entities"]:
            code = added.get(normalize(e["text"])) if e["type"] == "disease" else None
            if code:
                spans += 1
                same += e["id"].split(".")[0] == code.split(".")[0]
                terms.add(normalize(e["text"]))
    used |= terms
    if spans:
        print(f"{name}\tspans {spans}\tsame category {same}\tterms {len(terms)}")
print(f"distinct added terms any gold set uses: {len(used)} of {len(added)}")
