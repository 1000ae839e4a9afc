#!/usr/bin/env python3
"""Compares two GoldSetEvaluation outputs (dotnet test ... --logger "console;verbosity=detailed") for diseases.

Usage: python3 bench/lexicons/compare_disease_figures.py BEFORE.txt AFTER.txt
Prints per set the disease row (P, R, F1, tp, fp, fn) before and after and the totals over the long sets, then every
disease error line only one of the two outputs holds, so each new false positive or wrong id can be read.
"""
import re
import sys


def read(path):
    figures, errors, current = {}, set(), None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^ (\S+): \d+ sentences", line)
        if m:
            current = m.group(1)
            continue
        m = re.match(r"^ disease\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)", line)
        if m and current:
            figures[current] = m.groups()
            continue
        if re.match(r"^ \S+ (spurious|missed|wrong)\S* disease ", line):
            errors.add(line.rstrip("\n")[:260])
    return figures, errors


before, after = read(sys.argv[1]), read(sys.argv[2])
totals = [[0, 0, 0], [0, 0, 0]]
print("set\tbefore P R F1 tp fp fn\t->\tafter")
for s in sorted(after[0]):
    b, a = before[0].get(s), after[0][s]
    mark = "" if b == a else "\t*"
    print(f"{s}\t{' '.join(b) if b else '-'}\t->\t{' '.join(a)}{mark}")
    if s.startswith("long") and b:
        for i, fig in enumerate((b, a)):
            for j in range(3):
                totals[i][j] += int(fig[3 + j])
print(f"long sets tp fp fn: {totals[0]} -> {totals[1]}")
print("## disease error lines only before (fixed)")
for e in sorted(before[1] - after[1]):
    print(e)
print("## disease error lines only after (new)")
for e in sorted(after[1] - before[1]):
    print(e)
