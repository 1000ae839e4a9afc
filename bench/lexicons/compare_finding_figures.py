#!/usr/bin/env python3
"""Compares two GoldSetEvaluation outputs (dotnet test ... --logger "console;verbosity=detailed", filtered as the brief
says) for the types the finding coverage pass touches: disease and adverse event (decision 190).

Usage: python3 bench/lexicons/compare_finding_figures.py BEFORE.txt AFTER.txt
Prints per set the disease and adverse-event rows (P, R, F1, tp, fp, fn) before and after, then every disease or
adverse-event error line only one of the two outputs holds, so each new false positive or wrong id can be read.
"""
import re
import sys

TYPES = ("disease", "adverse-event")


def read(path):
    figures, errors, current = {}, set(), None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^ (\S+): \d+ sentences", line)
        if m:
            current = m.group(1)
            continue
        m = re.match(r"^ (disease|adverse-event)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)", line)
        if m and current:
            figures.setdefault(current, {})[m.group(1)] = m.groups()[1:]
            continue
        m = re.match(r"^ (\S+) (spurious|missed|wrong)\S* (\S+)", line)
        if m and any(line.split(":")[0].find(" " + t) >= 0 for t in TYPES):
            errors.add(line.rstrip("\n")[:260])
    return figures, errors


before, after = read(sys.argv[1]), read(sys.argv[2])
for kind in TYPES:
    print(f"## {kind}: set  before P R F1 tp fp fn  ->  after")
    for s in sorted(after[0]):
        b, a = before[0].get(s, {}).get(kind), after[0][s].get(kind)
        print(f"{s}\t{' '.join(b) if b else '-'}\t->\t{' '.join(a) if a else '-'}{'' if a == b else '  *'}")
print("## error lines only before (fixed)")
for e in sorted(before[1] - after[1]):
    print(e)
print("## error lines only after (new)")
for e in sorted(after[1] - before[1]):
    print(e)
