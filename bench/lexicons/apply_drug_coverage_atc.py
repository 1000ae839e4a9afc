#!/usr/bin/env python3
"""Adds the drugs of the ATC-group list (drug_coverage_atc.txt, decision 237: the ATC second-level groups drugs.csv held
thinnest by count_drug_atc.py) that drugs.csv lacks, by apply_drug_coverage.py's rules.

Usage: python3 bench/lexicons/apply_drug_coverage_atc.py [--write]

Prints every added term and every skip with its reason; writes drug_coverage_atc_added.tsv with --write.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_drug_coverage import main, normalize  # noqa: E402  one implementation of the first-file-wins rules
from apply_drug_coverage2 import LEFT_OUT2  # noqa: E402  the earlier passes' skips hold

SOURCES = tuple(f"{what} (hand-curated; round 38 coverage pass by ATC group, decision 237)" for what in
                ["FDA label brand name", "FDA established name", "Pharmacologic class"])

# This pass's words that would fire on ordinary text, on a person's name or in another sense.
LEFT_OUT_ATC = {
    **LEFT_OUT2,
    **{t: "ordinary word or company name" for t in ["capex", "cambia", "tabloid"]},
    # Miochol-E's acetylcholine is read far more often as the neurotransmitter (acetylcholine receptor antibodies).
    **{t: "laboratory value or other clinical sense is the commoner reading" for t in ["acetylcholine", "miochol-e"]},
    # Bare "rifamycin" names the class (rifampin, rifabutin, rifapentine) in TB and HIV posts, not Aemcolo's drug: two
    # new false positives of the second batch on the read sets.
    **{t: "names the class, not the drug" for t in ["rifamycin", "aemcolo"]},
    # "DaTscan" names the imaging test more often than the tracer given for it.
    **{t: "names the test, not the drug, in physicians' posts" for t in ["datscan"]},
    # One edit from a frequent word that shares its first letter ("panel", "vision"): fuzzy matching would read the word.
    # Flarex was the one new false positive of the first apply on the read sets ("flared", twelve posts).
    **{t: "one edit from a frequent clinical word" for t in ["pandel", "vusion", "flarex", "depen", "corvert"]},
}

if __name__ == "__main__":
    main("drug_coverage_atc.txt", None, "drug_coverage_atc_added.tsv", {normalize(k): v for k, v in LEFT_OUT_ATC.items()},
         SOURCES)
