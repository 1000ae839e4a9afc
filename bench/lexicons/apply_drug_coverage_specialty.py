#!/usr/bin/env python3
"""Adds the drugs of the round 43 specialty list (drug_coverage_specialty_r43.txt, decision 271: the drugs the `tag`
verb missed on specialty_probe_r43_*.txt) that drugs.csv lacks, by apply_drug_coverage.py's rules.

Usage: python3 bench/lexicons/apply_drug_coverage_specialty.py [--write]

Prints every added term and every skip with its reason; writes drug_coverage_specialty_r43_added.tsv with --write.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_drug_coverage import main, normalize  # noqa: E402  one implementation of the first-file-wins rules
from apply_drug_coverage_atc import LEFT_OUT_ATC  # noqa: E402  the earlier passes' skips hold

SOURCES = tuple(f"{what} (hand-curated; round 43 coverage pass by specialty, decision 271)" for what in
                ["FDA label brand name", "FDA established name", "Pharmacologic class"])

if __name__ == "__main__":
    main("drug_coverage_specialty_r43.txt", None, "drug_coverage_specialty_r43_added.tsv",
         {normalize(k): v for k, v in LEFT_OUT_ATC.items()}, SOURCES)
