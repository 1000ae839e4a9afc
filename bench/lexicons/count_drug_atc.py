#!/usr/bin/env python3
"""Counts drugs.csv's generics by WHO ATC second-level group (decision 237), from atc_groups.py's hand-written table.

Usage: python3 bench/lexicons/count_drug_atc.py [--missing] [--unplaced]

A generic is placed by its own name, else by its first generic (a combination), else by dropping trailing words
("metoprolol succinate" -> "metoprolol", "insulin glargine-yfgn" -> "insulin glargine"); a biosimilar suffix is
dropped first. Prints per group: generics placed, brand rows of those generics, table generics drugs.csv lacks
(as a term: any generic, brand or synonym) and, with --missing, their names; --unplaced lists generics no group holds.
"""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_drug_coverage import LEX  # noqa: E402  one path to the lexicons
from atc_groups import ATC_GROUPS  # noqa: E402


def main():
    rows = list(csv.DictReader(open(os.path.join(LEX, "drugs.csv"), encoding="utf-8")))
    group_of = {}
    for group, names in ATC_GROUPS.items():
        for g in split_names(names):
            group_of.setdefault(g, group)
    terms = set()
    for r in rows:
        terms.update(t.lower() for t in [r["brand"], r["generic"]] + r["synonyms"].split("|") if t)
    generics = sorted({r["generic"].lower() for r in rows})
    brands = {}
    for r in rows:
        if r["brand"]:
            brands[r["generic"].lower()] = brands.get(r["generic"].lower(), 0) + 1
    placed, unplaced = {}, []
    for g in generics:
        group = place(g, group_of)
        if group:
            placed.setdefault(group, []).append(g)
        else:
            unplaced.append(g)
    print("group\tgenerics\tbrand_rows\ttable_missing\ttable_size")
    for group, names in ATC_GROUPS.items():
        table = split_names(names)
        # A table generic counts as held when a term starts with it ("tretinoin/benzoyl peroxide", "insulin glargine-yfgn").
        missing = [t for t in table if t not in terms and not any(p.startswith(t + " ") or p.startswith(t + "/") for p in terms)]
        here = placed.get(group, [])
        print(f"{group}\t{len(here)}\t{sum(brands.get(g, 0) for g in here)}\t{len(missing)}\t{len(table)}")
        if "--missing" in sys.argv and missing:
            print("  missing: " + "; ".join(missing))
    print(f"# generics {len(generics)}; placed {len(generics) - len(unplaced)}; unplaced {len(unplaced)}", file=sys.stderr)
    if "--unplaced" in sys.argv:
        print("\n".join(unplaced))


def split_names(names):
    """atc_groups.py writes each group's generics as one "; "-separated string (multi-word names stay whole)."""
    return [n.strip() for n in names.split(";") if n.strip()]


def place(g, group_of):
    g = re.sub(r"-[a-z]{4}$", "", g)
    first = g.split("/")[0].strip()
    for cand in (g, first):
        words = cand.split()
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n])
            if key in group_of:
                return group_of[key]
    return None


if __name__ == "__main__":
    main()
