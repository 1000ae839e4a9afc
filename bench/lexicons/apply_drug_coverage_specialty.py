#!/usr/bin/env python3
"""Adds the drugs of a round's specialty list (drug_coverage_specialty_r43.txt, decision 271; _r45.txt, 291; _r48.txt,
318; _r49.txt, 328, by form: the drugs the `tag` verb missed on that round's specialty_probe_r*_*.txt) that drugs.csv lacks, by
apply_drug_coverage.py's rules.

Usage: python3 bench/lexicons/apply_drug_coverage_specialty.py [--round 45] [--write]

Prints every added term and every skip with its reason; writes drug_coverage_specialty_rNN_added.tsv with --write.
--round picks the round's list (default 43).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_drug_coverage import main, normalize  # noqa: E402  one implementation of the first-file-wins rules
from apply_drug_coverage_atc import LEFT_OUT_ATC  # noqa: E402  the earlier passes' skips hold

DECISIONS = {"43": "271", "45": "291", "48": "318", "49": "328"}

if __name__ == "__main__":
    round_number = sys.argv[sys.argv.index("--round") + 1] if "--round" in sys.argv else "43"
    sources = tuple(f"{what} (hand-curated; round {round_number} coverage pass by specialty, decision "
                    f"{DECISIONS[round_number]})" for what in
                    ["FDA label brand name", "FDA established name", "Pharmacologic class"])
    main(f"drug_coverage_specialty_r{round_number}.txt", None, f"drug_coverage_specialty_r{round_number}_added.tsv",
         {normalize(k): v for k, v in LEFT_OUT_ATC.items()}, sources)
