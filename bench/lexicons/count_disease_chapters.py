#!/usr/bin/env python3
"""Counts diseases.csv's codes, rows' terms by ICD-10-CM chapter, so a coverage pass can pick the chapters the lexicon
holds thinnest (decision 228).

Usage: python3 bench/lexicons/count_disease_chapters.py [path/to/diseases.csv]
"""
import collections
import csv
import os
import sys

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "Analytics", "Lexicons", "diseases.csv")
NAMED = {"E": "E endocrine", "F": "F mental", "G": "G nervous", "I": "I circulatory", "J": "J respiratory",
         "K": "K digestive", "L": "L skin", "M": "M musculoskeletal", "N": "N genitourinary", "O": "O pregnancy",
         "P": "P perinatal", "Q": "Q congenital", "R": "R signs", "Z": "Z factors", "U": "U special"}


def chapter(code):
    """The chapter of a code by its letter and, where a letter spans two chapters (D, H), its first two digits."""
    letter, number = code[0], int(code[1:3]) if code[1:3].isdigit() else 0
    if letter in "AB":
        return "A-B infectious"
    if letter == "C" or (letter == "D" and number < 50):
        return "C-D49 neoplasms"
    if letter == "D":
        return "D50-D89 blood/immune"
    if letter == "H":
        return "H00-H59 eye" if number < 60 else "H60-H95 ear"
    if letter in "ST":
        return "S-T injury/poisoning"
    if letter in "VWXY":
        return "V-Y external"
    return NAMED[letter]


def main(path):
    codes, terms = collections.defaultdict(set), collections.Counter()
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    for row in rows:
        name = chapter(row["icd10"])
        codes[name].add(row["icd10"])
        terms[name] += 1 + len([s for s in row["synonyms"].split("|") if s])
    for name in sorted(codes):
        print(f"{name:24s} {len(codes[name]):5d} codes {terms[name]:6d} terms")
    print(f"total {sum(len(c) for c in codes.values())} codes, {len(rows)} rows, {sum(terms.values())} terms")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
