#!/usr/bin/env python3
"""Pools the drug side's errors (brand, generic, drug-class, regimen) over every gold set one may read by cause, so a
change is judged by what recurs across authors rather than by one set (decision 283, after 252 and 270 for diseases).

Usage: python3 bench/lexicons/pool_drug_errors.py CUT.txt [--before BEFORE_CUT.txt] [--terms N]
CUT.txt is the GoldSet test output already cut by `GOLD_UNSEEN=52,53,54 python3 bench/lexicons/cut_unseen.py RAW > CUT`.
Each error line gets one cause: "id" (the tagger found the span and gave it another drug or type), "extent" (an
overlapping span of another length), "class" and "regimen" by the gold type, "vaccine", "supplement/otc", "shorthand"
(a miss of five letters or fewer), "other word" (a false positive with nothing of the gold beside it), else "unread".
--before also counts, per cause, the lines only before (fixed) and only after (new).
"""
import argparse
import collections
import re
import sys

from pool_disease_errors import readable_lines

DRUG_TYPES = ("brand", "generic", "drug-class", "regimen")
ERROR = re.compile(r'^ (\S+) (spurious|missed) (brand|generic|drug-class|regimen) "(.*?)" \(([^)]*)\): (.*)$')
SUPPLEMENT_WORDS = ("iron", "zinc", "calcium", "vitamin", "magnesium", "fish oil", "melatonin", "cranberry", "caffeine",
                    "probiotic", "fiber", "folate", "folic", "b12", "potassium", "omega", "turmeric", "creatine")


def errors(path):
    out = []
    for current, line in readable_lines(path):
        m = ERROR.match(line)
        if m and current:
            sid, what, kind, surface, code, text = m.groups()
            out.append((current, sid, what, kind, surface, code, text[:200]))
    return out


def causes(rows):
    """(row, cause) for each row; a row's opposite errors in its sentence decide id and extent."""
    by_sentence = collections.defaultdict(list)
    for row in rows:
        by_sentence[(row[0], row[1])].append(row)
    for row in rows:
        s, sid, what, kind, surface, code, text = row
        low = surface.lower()
        opposite = [o for o in by_sentence[(s, sid)] if o[2] != what]
        if any(o[4].lower() == low for o in opposite):
            yield row, "id"
        elif any(o[4].lower() in low or low in o[4].lower() for o in opposite):
            yield row, "extent"
        elif kind == "regimen":
            yield row, "regimen"
        elif "vaccin" in low or "vaccin" in code.lower():
            yield row, "vaccine"
        elif kind == "drug-class":
            yield row, "class"
        elif any(w in low for w in SUPPLEMENT_WORDS):
            yield row, "supplement/otc"
        elif what == "missed" and len(low) <= 5:
            yield row, "shorthand"
        elif what == "spurious":
            yield row, "other word"
        else:
            yield row, "unread"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cut")
    ap.add_argument("--before")
    ap.add_argument("--terms", type=int, default=40)
    args = ap.parse_args()
    rows = errors(args.cut)
    by_cause = collections.defaultdict(list)
    for row, cause in causes(rows):
        by_cause[(row[2], cause)].append(row)
    print(f"## drug error lines: {len(rows)} (missed {sum(r[2] == 'missed' for r in rows)}, spurious {sum(r[2] == 'spurious' for r in rows)})")
    print("## by cause (count, sets, what, cause)")
    for (what, cause), group in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(group)}\t{len({r[0] for r in group})}\t{what}\t{cause}")
    print("## terms by cause (count, sets, what, cause, surface, id)")
    by_term = collections.defaultdict(list)
    for (what, cause), group in by_cause.items():
        for r in group:
            by_term[(what, cause, r[4].lower(), r[5])].append(r[0])
    for (what, cause, term, code), sets in sorted(by_term.items(), key=lambda kv: (-len(kv[1]), kv[0]))[: args.terms]:
        print(f"{len(sets)}\t{len(set(sets))}\t{what}\t{cause}\t{term}\t{code}")
    if args.before:
        key = lambda r: (r[0], r[1], r[2], r[3], r[4], r[5])
        before = collections.Counter(key(r) for r in errors(args.before))
        after = collections.Counter(key(r) for r in rows)
        print(f"## fixed (only before) {sum((before - after).values())}, new (only after) {sum((after - before).values())}")
        for k, n in sorted((before - after).items()):
            print(f"fixed\t{n}\t{k[0]}\t{k[1]}\t{k[2]} {k[3]} \"{k[4]}\" ({k[5]})")
        for k, n in sorted((after - before).items()):
            print(f"new\t{n}\t{k[0]}\t{k[1]}\t{k[2]} {k[3]} \"{k[4]}\" ({k[5]})")


if __name__ == "__main__":
    sys.exit(main())
