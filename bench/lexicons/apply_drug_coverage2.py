#!/usr/bin/env python3
"""Adds the drugs of the second coverage lists (drug_coverage2_*.txt, decision 197: biosimilars, pens and inhalers by
brand, approvals of 2022-2025, OTC and supplement brands, older brands, brands and spellings used abroad, veterinary and
compounded products, misspellings too far for fuzzy matching) that drugs.csv lacks, by apply_drug_coverage.py's rules.

Usage: python3 bench/lexicons/apply_drug_coverage2.py [--write]

Prints every added term and every skip with its reason; writes drug_coverage2_added.tsv with --write.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_drug_coverage import LEFT_OUT, main, normalize  # noqa: E402  one implementation of the first-file-wins rules

SOURCES = tuple(f"{what} (hand-curated; round 30 second coverage pass, decision 197)" for what in
                ["FDA label brand name", "FDA established name", "Pharmacologic class"])

# The first pass's skips hold, plus this pass's words that would fire on ordinary text or in another sense.
LEFT_OUT2 = {
    **LEFT_OUT,
    **{t: "a person's given name or surname: the anonymizer's name model reads lexicon words" for t in
       ["kirsty", "telma", "lovan", "allegra-d"]},
    **{t: "ordinary English word or phrase" for t in ["mom", "one a day", "fleet enema"]},
    # The guide's span is the brand; "pen" or "vial" after it is the device, so these would read a wrong span.
    **{t: "brand plus a device word: the span is the brand alone" for t in
       ["ozempic pen", "wegovy pen", "victoza pen", "saxenda pen", "trulicity pen", "zepbound vial"]},
    **{t: "laboratory value or other clinical sense is the commoner reading" for t in ["dhea"]},
    **{t: "names another drug in the US (Cartia XT is diltiazem; Cartia in Australia is aspirin)" for t in ["cartia"]},
}

if __name__ == "__main__":
    main("drug_coverage2_*.txt", None, "drug_coverage2_added.tsv", {normalize(k): v for k, v in LEFT_OUT2.items()}, SOURCES)
