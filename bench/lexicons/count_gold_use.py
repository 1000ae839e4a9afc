#!/usr/bin/env python3
"""Counts the gold disease spans whose surface is a term the coverage pass added (decision 177).

Usage: python3 bench/lexicons/count_gold_use.py  (run after apply_disease_coverage.py --write)
Prints, per gold set, the spans and distinct added rows (code + row name) they use, and whether the span's gold code
shares the row's ICD-10-CM category (the scorer's unit). Sets whose name holds "r27" are never opened.
"""
import collections
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
added = {}
for line in list(open(os.path.join(os.path.dirname(__file__), "disease_coverage_added.tsv"), encoding="utf-8"))[1:]:
    action, _, code, row, terms = line.rstrip("\n").split("\t")
    if "ambiguous" in action:
        continue
    for t in ([row] if action == "new" else []) + [t for t in terms.split(";") if t]:
        added[normalize(t)] = (code, row)

rows_used = set()
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "Sermo.Analytics.Tests", "Tagging", "Gold", "*", "*.jsonl"))):
    name = os.path.basename(path)[:-6]
    if "r27" in name:
        continue
    spans, same, rows = 0, 0, set()
    for line in open(path, encoding="utf-8"):
        post = json.loads(line)
        for e in post["entities"]:
            hit = added.get(normalize(e["text"])) if e["type"] == "disease" else None
            if hit:
                spans += 1
                same += e["id"].split(".")[0] == hit[0].split(".")[0]
                rows.add(hit)
    rows_used |= rows
    print(f"{name}\tspans {spans}\tsame category {same}\trows {len(rows)}")
print(f"distinct added rows or synonyms any gold set uses: {len(rows_used)} of {len(set(added.values()))}")
