#!/usr/bin/env python3
"""Compares two GoldSetEvaluation outputs (dotnet test ... --logger "console;verbosity=detailed") for the types a lexicon
change touches; every coverage pass and tuning round reads its own rows' effect with it.

Usage: python3 bench/lexicons/compare_gold_figures.py BEFORE.txt AFTER.txt [TYPE...]
TYPE is a row name of the evaluation table (drug, brand, generic, drug-class, regimen, disease, adverse-event, device,
adverse-event-pair); the default is the event pass's four. Prints per set the row of each type (P, R, F1, tp, fp, fn) where
it changed, the totals over the sets, the number of error lines of those types fixed, then every error line only the second
output holds, so each new false positive or wrong id can be read. It replaces round 28's and 29's four per-pass copies
(compare_drug_figures.py, compare_disease_figures.py, compare_finding_figures.py, compare_event_figures.py).
"""
import re
import sys

TYPES = ("adverse-event", "disease", "device", "adverse-event-pair")


HEADER = re.compile(r"^ (\S+): \d+ sentences")


def sections(path):
    """Yields (set, line) for every line after a set's header line; the header itself is not yielded. A caller that
    must leave some sets unread drops them by set name here, before any line is shown (a header-dropping grep would
    leave their figure lines under the previous set's name)."""
    current = None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = HEADER.match(line)
        if m:
            current = m.group(1)
            continue
        yield current, line


def read(path, types):
    figures, errors = {}, set()
    for current, line in sections(path):
        m = re.match(r"^ (\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$", line)
        if m and current and m.group(1) in types:
            figures.setdefault(current, {})[m.group(1)] = m.groups()[1:]
            continue
        m = re.match(r"^ (\S+) (spurious|missed|wrong)\S* (\S+)", line)
        if m and any(f" {t} " in line.split(":")[0] + " " or f" {t}:" in line for t in types):
            errors.add(line.rstrip("\n")[:300])
    return figures, errors


def main():
    types = tuple(sys.argv[3:]) or TYPES
    before, after = read(sys.argv[1], types), read(sys.argv[2], types)
    for kind in types:
        print(f"## {kind}: set  before P R F1 tp fp fn  ->  after")
        totals = [[0, 0, 0], [0, 0, 0]]
        for s in sorted(after[0]):
            b, a = before[0].get(s, {}).get(kind), after[0][s].get(kind)
            for i, row in enumerate((b, a)):
                if row:
                    totals[i] = [x + int(y) for x, y in zip(totals[i], row[3:])]
            if b != a:
                print(f"{s}\t{' '.join(b) if b else '-'}\t->\t{' '.join(a) if a else '-'}")
        print(f"total tp fp fn\t{totals[0]}\t->\t{totals[1]}")
    # Only counted: a fixed line is a gold span found, and the pass never reads gold text to choose entries.
    print(f"## error lines only before (fixed): {len(before[1] - after[1])}")
    print("## error lines only after (new)")
    for e in sorted(after[1] - before[1]):
        print(e)


if __name__ == "__main__":
    main()
