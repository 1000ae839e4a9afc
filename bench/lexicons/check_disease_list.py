#!/usr/bin/env python3
"""Checks a coverage list's concepts against the lexicon before it is applied (decision 236): for each line, whether
diseases.csv already has its code (and under which name) and where each of its terms is already listed (diseases.csv
with the code it gives, or another lexicon file), so a concept the lexicon already holds is not written twice.

Usage: python3 bench/lexicons/check_disease_list.py disease_coverage_r37.txt
Prints one line per concept: NEW (no code, no term known), CODE (code known, terms new), HELD (every term known),
or PART (some terms known), with the known terms and where.
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from apply_disease_coverage import LEX, normalize, other_file_terms, read_concepts, split  # noqa: E402  one reader


def main(pattern):
    rows = list(csv.DictReader(open(os.path.join(LEX, "diseases.csv"), encoding="utf-8")))
    by_code, terms = {}, {}
    for r in rows:
        by_code.setdefault(r["icd10"], r["name"])
        for t in [r["name"]] + split(r["synonyms"]):
            terms.setdefault(normalize(t), f"diseases.csv {r['icd10']}" + (" ambiguous" if r["ambiguous"] == "true" else ""))
    others = other_file_terms()
    for chapter, code, name, syns, ambs in read_concepts(pattern):
        known = []
        for t in [name] + syns + ambs:
            where = others.get(normalize(t)) or terms.get(normalize(t))
            if where:
                known.append(f"{t}={where}")
        total = 1 + len(syns) + len(ambs)
        state = "HELD" if len(known) == total else "PART" if known else "CODE" if code in by_code else "NEW"
        code_note = f" [code has: {by_code[code]}]" if code in by_code else ""
        print(f"{state}\t{code}\t{name}{code_note}\t{'; '.join(known)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "disease_coverage_r37.txt")
