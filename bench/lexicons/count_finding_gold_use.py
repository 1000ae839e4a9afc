#!/usr/bin/env python3
"""Counts the gold disease and adverse-event spans whose surface is a term the finding coverage pass added (decision 190).

Usage: python3 bench/lexicons/count_finding_gold_use.py [--text SET]
(run after apply_disease_finding_coverage.py --write). Prints, per gold set, the spans and distinct added rows they use
and whether the span's gold id agrees with the row (disease: the ICD-10-CM category, the scorer's unit). With --text SET
it also prints each added term found in that set's post text, to find a false positive in a set that prints no error
lines. Sets whose name holds r29 or r30 are never opened.
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize  # noqa: E402

HERE = os.path.dirname(__file__)
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
added = {}
for line in list(open(os.path.join(HERE, "disease_finding_coverage_added.tsv"), encoding="utf-8"))[1:]:
    action, _, code, row, terms = line.rstrip("\n").split("\t")
    if "ambiguous" in action:
        continue
    kind = "adverse-event" if action.endswith("event") else "disease"
    for t in ([row] if action.startswith("new") else []) + [t for t in terms.split(";") if t]:
        added[normalize(t)] = (kind, code, row)

text_set = sys.argv[sys.argv.index("--text") + 1] if "--text" in sys.argv else None
rows_used = set()
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "Sermo.Analytics.Tests", "Tagging", "Gold", "*", "*.jsonl"))):
    name = os.path.basename(path)[:-6]
    if "r29" in name or "r30" in name:
        continue
    spans, same, rows = 0, 0, set()
    for line in open(path, encoding="utf-8"):
        post = json.loads(line)
        for e in post["entities"]:
            hit = added.get(normalize(e["text"]))
            if hit and e["type"] == hit[0]:
                spans += 1
                same += e["id"].split(".")[0] == hit[1].split(".")[0] if hit[0] == "disease" else e["id"] == hit[2].lower()
                rows.add(hit)
        if name == text_set:
            words = " " + normalize(post["text"]) + " "
            for t in added:
                if re.search(r"\b" + re.escape(t) + r"\b", words):
                    print(f"text\t{name}\t{t}\t{added[t][1]}")
    rows_used |= rows
    print(f"{name}\tspans {spans}\tsame id {same}\trows {len(rows)}")
print(f"distinct added rows any gold set uses: {len(rows_used)} of {len(set(added.values()))}")
