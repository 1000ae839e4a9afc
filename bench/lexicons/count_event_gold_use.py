#!/usr/bin/env python3
"""Counts the gold adverse-event and device spans whose surface is a term the coverage pass added (decision 191).

Usage: python3 bench/lexicons/count_event_gold_use.py  (run after apply_event_coverage.py and apply_device_coverage.py --write)
Prints, per gold set, the spans that use an added event term or device name, how many of them carry the added row's
id (an event span's id is its row's name in lower case; a device span's the row id or its kind), and the distinct added
terms used. Sets whose name holds r29 or r30 are never opened (this round's unseen sets).
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize  # noqa: E402

HERE = os.path.dirname(__file__)
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def read_added(name, kinds):
    added = {}
    path = os.path.join(HERE, name)
    if os.path.exists(path):
        for line in list(open(path, encoding="utf-8"))[1:]:
            action, _, ident, term = line.rstrip("\n").split("\t")
            if action in kinds:
                added[normalize(term)] = ident.lower()
    return added


added = {"adverse-event": read_added("event_coverage_added.tsv", ("term", "row")),
         "device": read_added("device_coverage_added.tsv", ("name", "row"))}
used = {k: set() for k in added}
total = {k: 0 for k in added}
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "Sermo.Analytics.Tests", "Tagging", "Gold", "*", "*.jsonl"))):
    name = os.path.basename(path)[:-6]
    if "r29" in path or "r30" in path:
        continue
    counts = {k: [0, 0] for k in added}
    for line in open(path, encoding="utf-8"):
        for e in json.loads(line)["entities"]:
            ident = added.get(e["type"], {}).get(normalize(e["text"]))
            if ident is not None:
                counts[e["type"]][0] += 1
                counts[e["type"]][1] += e["id"].lower() == ident
                used[e["type"]].add(normalize(e["text"]))
    for k, (spans, same) in counts.items():
        total[k] += spans
    if any(c[0] for c in counts.values()):
        print(name + "\t" + "\t".join(f"{k} spans {c[0]} same id {c[1]}" for k, c in counts.items()))
for k in added:
    print(f"{k}: {total[k]} spans; distinct added terms any gold set uses: {len(used[k])} of {len(added[k])}")
