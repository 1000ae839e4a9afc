#!/usr/bin/env python3
"""Pools disease misses and false positives over the readable sets by cause of extent (decision 244): a span found with
the wrong words in or out, a disease split in two, a disease inside a longer phrase, and a miss whose head word comes in a
variant form. Reads a GoldSetEvaluation output already cut by cut_unseen.py (and drops unseen sets again by section).

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/pool_disease_extents.py CUT.txt [--show CAUSE]
Only surfaces are printed, with their set and count; --show CAUSE also prints each line of that cause (post id, surfaces),
never the sentence.
"""
import argparse
import collections
import re
import sys

from compare_gold_figures import sections
from unseen_sets import names_unseen

ERROR = re.compile(r'^ (\S+) (spurious|missed) disease "(.*?)" \((\S+)\): (.*)$')
VARIANTS = (
    ("plural", re.compile(r"(?i)(?<!s)s$|ies$")),
    ("possessive", re.compile(r"(?i)'s\b|s'\s")),
    ("hyphen", re.compile(r"-")),
    ("british", re.compile(r"(?i)ae|oe|our\b|tis\b")),
    ("number", re.compile(r"\d")),
)


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def inside(short, long_):
    s, l = words(short), words(long_)
    return bool(s) and any(l[i:i + len(s)] == s for i in range(len(l) - len(s) + 1))


def cause_of_miss(surface, spurious):
    """(cause, partner surfaces) of one missed gold span against the spurious spans of its post."""
    inner = [p for p, _ in spurious if inside(p, surface) and p.lower() != surface.lower()]
    outer = [p for p, _ in spurious if inside(surface, p) and p.lower() != surface.lower()]
    same = [p for p, _ in spurious if p.lower() == surface.lower()]
    if len(inner) >= 2:
        return "split", inner
    if inner:
        return "found-shorter", inner
    if outer:
        return "found-longer", outer
    if same:
        return "same-extent-other-code", same
    for name, pattern in VARIANTS:
        if pattern.search(surface):
            return f"unfound-{name}", []
    return "unfound" + ("-multiword" if " " in surface.strip() else "-oneword"), []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cut")
    ap.add_argument("--show")
    args = ap.parse_args()
    posts = collections.defaultdict(lambda: ([], []))
    seen = set()  # the short set is printed by more than one test: count each error line once per set
    for current, line in sections(args.cut):
        if not current or names_unseen(current) or names_unseen(line):
            continue
        m = ERROR.match(line)
        if m and (current, line) not in seen:
            seen.add((current, line))
            sid, what, surface, code, _ = m.groups()
            posts[(current, sid)][0 if what == "missed" else 1].append((surface, code))
    causes = collections.Counter()
    shown = []
    partnered = set()
    for (s, sid), (missed, spurious) in sorted(posts.items()):
        for surface, code in missed:
            cause, partners = cause_of_miss(surface, spurious)
            causes["miss " + cause] += 1
            partnered.update((s, sid, p) for p in partners)
            if args.show and cause.startswith(args.show):
                shown.append(f"{s}\t{sid}\tmissed {surface!r} {code}\t<- {partners!r} {[c for p, c in spurious if p in partners]}")
        for surface, code in spurious:
            if (s, sid, surface) in partnered:
                continue
            outer = [m for m, _ in missed if inside(surface, m)]
            cause = "inside-missed" if outer else "alone"
            causes["fp " + cause] += 1
    for k, n in sorted(causes.items(), key=lambda kv: (kv[0].split()[0], -kv[1])):
        print(f"{n}\t{k}")
    for line in shown:
        print(line)


if __name__ == "__main__":
    sys.exit(main())
