#!/usr/bin/env python3
"""Pools disease false positives and misses over every gold set one may read (decision 204), by term and by kind, so a
change is judged by what recurs across authors rather than by one set.

Usage: python3 bench/lexicons/pool_disease_errors.py RAW.txt [--kinds KINDS.tsv] [--readable OUT.txt] [--terms N]
RAW.txt is the whole output of `dotnet test tests/Sermo.Analytics.Tests --filter "FullyQualifiedName~GoldSetEvaluation"
--logger "console;verbosity=detailed"`. Sets nobody may read this round are dropped by their section (compare_gold_figures'
sections(), so a figure line under a dropped header stays that set's) and by any line naming them; nothing of theirs is
printed. --readable writes the rest, which compare_gold_figures.py can then diff safely. KINDS.tsv maps a lower-case
surface to its kind (tab-separated, `#` comments); a spurious span whose sentence also misses an overlapping disease span
is kind `code` (the tagger found the condition and coded it otherwise).
"""
import argparse
import collections
import re
import sys

from compare_gold_figures import sections
from unseen_sets import names_unseen
ERROR = re.compile(r'^ (\S+) (spurious|missed) disease "(.*?)" \((\S+)\): (.*)$')
FIGURE = re.compile(r"^ (disease|drug)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$")


def readable_lines(path):
    """(set, line) pairs of the sets one may read; a line outside any set is kept only if it names no unreadable set."""
    for current, line in sections(path):
        if names_unseen(current) or names_unseen(line):
            continue
        yield current, line


def read_kinds(path):
    kinds = {}
    if path:
        for line in open(path, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                term, kind = line.rstrip("\n").split("\t")[:2]
                kinds[term.lower()] = kind
    return kinds


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("raw")
    ap.add_argument("--kinds")
    ap.add_argument("--readable")
    ap.add_argument("--terms", type=int, default=400)
    args = ap.parse_args()
    kinds = read_kinds(args.kinds)
    figures, spurious, missed = {}, [], []
    out = open(args.readable, "w", encoding="utf-8") if args.readable else None
    last_set = None
    for current, line in readable_lines(args.raw):
        if out:
            if current != last_set and current:
                out.write(f" {current}: 0 sentences (section kept by pool_disease_errors.py)\n")
                last_set = current
            out.write(line)
        m = FIGURE.match(line)
        if m and current:
            figures.setdefault(current, {})[m.group(1)] = tuple(int(x) for x in m.groups()[4:])
            continue
        m = ERROR.match(line)
        if m and current:
            sid, what, surface, code, text = m.groups()
            (spurious if what == "spurious" else missed).append((current, sid, surface, code, text))
    if out:
        out.close()

    totals = {"disease": [0, 0, 0], "drug": [0, 0, 0]}
    print("## per set: disease P R F1 (tp fp fn) | drug F1")
    for s in sorted(figures):
        d, g = figures[s].get("disease"), figures[s].get("drug")
        for kind, row in (("disease", d), ("drug", g)):
            if row:
                totals[kind] = [a + b for a, b in zip(totals[kind], row)]
        if d:
            p, r, f = f1(*d)
            print(f"{s}\t{p:.3f} {r:.3f} {f:.3f} ({d[0]} {d[1]} {d[2]})\t| drug {f1(*g)[2]:.3f}" if g else f"{s}\t{f:.3f}")
    for kind, row in totals.items():
        p, r, f = f1(*row)
        print(f"## pooled {kind}: P {p:.4f} R {r:.4f} F1 {f:.4f} (tp {row[0]} fp {row[1]} fn {row[2]}) over {len(figures)} sets")

    missed_by_sentence = collections.defaultdict(list)
    for s, sid, surface, code, _ in missed:
        missed_by_sentence[(s, sid)].append(surface.lower())

    def kind_of(s, sid, surface):
        low = surface.lower()
        if any(low in m or m in low for m in missed_by_sentence[(s, sid)]):
            return "code"
        return kinds.get(low, "unsorted")

    by_kind = collections.Counter()
    by_term = collections.defaultdict(list)
    for s, sid, surface, code, text in spurious:
        k = kind_of(s, sid, surface)
        by_kind[k] += 1
        by_term[(surface.lower(), code, k)].append(s)
    print(f"## pooled disease false positives: {len(spurious)}; by kind")
    for k, n in by_kind.most_common():
        print(f"{n}\t{k}")
    print("## false positives by term (count, kind, code, term, sets)")
    for (term, code, k), sets in sorted(by_term.items(), key=lambda kv: (-len(kv[1]), kv[0]))[: args.terms]:
        print(f"{len(sets)}\t{k}\t{code}\t{term}\t{','.join(sorted(set(sets)))}")
    by_miss = collections.Counter((surface.lower(), code) for _, _, surface, code, _ in missed)
    print(f"## pooled disease misses: {len(missed)}; by term (count, code, term)")
    for (term, code), n in by_miss.most_common(args.terms):
        print(f"{n}\t{code}\t{term}")


if __name__ == "__main__":
    sys.exit(main())
