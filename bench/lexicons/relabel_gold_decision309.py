#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 47 (decision 309), one question at a time.

Each QUESTION is one part of the "Labels settled in round 47" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/
README.md. Decision 292's source editor and decision 280's short-set editor do the work with this script's rule and
tables, as decision 299's script does; each edit is printed (set, post, old -> new). Sets named unseen by GOLD_UNSEEN
(default here 52,53,54) are neither read nor written. Afterwards run pair_keys.py on the changed sources and regenerate
their jsonl with markup_to_jsonl.py (the guide's order).

Usage: python3 bench/lexicons/relabel_gold_decision309.py QUESTION [--write]
"""
import os
import re
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import BONE_POST, markup  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402

# A post about a pregnancy, its delivery or its weeks: there the index reads a pre-existing hypertension as O10.
PREGNANCY_POST = re.compile(r"pregnan|pre-?eclampsia|trimester|postpartum|caesarean|cesarean|\bdeliver|\bnew OB\b|"
                            r"\bconception\b|\b\d+ (?:weeks|wks)\b|\bG\dP?\d?\b|HELLP|Bakri", re.I)
CHRONIC_HYPERTENSION = re.compile(r"chronic (?:hypertension|htn)", re.I)


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "chronic-htn-pregnancy" and kind == "d" and ident == "I10" and \
            CHRONIC_HYPERTENSION.fullmatch(surface) and PREGNANCY_POST.search(post_text):
        return markup(surface, "d", "O10.019", flags), 0  # Hypertension, complicating pregnancy, pre-existing, essential
    if question == "trd" and kind == "d" and ident.startswith("F32") and low == "depression":
        lead = re.search(r"(treatment[- ]resistant )$", before, re.I)
        if lead:  # the whole name is one span with the lexicon's F33 (the guide's round 31)
            return markup(lead.group(1) + surface, "d", "F33.2", flags), len(lead.group(1))
    if question == "crswnp" and kind == "d" and ident == "J32.9" and low == "chronic sinusitis with nasal polyps":
        return markup(surface, "d", "J33.9", flags), 0
    if question == "anca-vasculitis" and kind == "d" and ident == "M31.7" and re.fullmatch(r"anca vasculitis", low):
        return markup(surface, "d", "I77.82", flags), 0  # Vasculitis, ANCA I77.82 (M31.7 is microscopic polyangiitis)
    if question == "low-citrate" and kind == "d" and low == "low citrate":
        return surface, 0  # a urine result, bare as the guide's round 31 keeps it
    if question == "compression-fracture" and kind == "d" and ident == "M48.50XA" and \
            "compression fracture" in low and BONE_POST.search(post_text):
        return markup(surface, "d", "M80.08XA", flags), 0  # Collapse, vertebra, in osteoporosis M80.08
    return None


EVENT = "ae:adrenal insufficiency (drug-induced)"
# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "crswnp": [  # the disease and its polyps written as one name: one span J33.9
        ("long-fresh", "fresh-076", "{{Chronic rhinosinusitis|d:J32.9}} with {{nasal polyps|d:J33.9}}",
         "{{Chronic rhinosinusitis with nasal polyps|d:J33.9}}"),
        ("long-r7", "r7-027", "{{Chronic rhinosinusitis|d:J32.9}} with {{nasal polyps|d:J33.9}}",
         "{{Chronic rhinosinusitis with nasal polyps|d:J33.9}}"),
        ("long-r6", "r6-085", "{{Chronic sinusitis|d:J32.9}} with {{polyps|d:J33.9}}",
         "{{Chronic sinusitis with polyps|d:J33.9}}"),
    ],
    "procedure-named-by-disease": [  # round 32's "flutter ablation": the operation, no condition named
        ("long-r10", "r10-106", "{{Cataract|d:H26.9}} surgery", "Cataract surgery"),
        ("long-r10", "r10-123", "{{cataract|d:H26.9}} surgery", "cataract surgery"),
        ("long-r27", "r27-057", "{{Cataract|d:H26.9}} surgery", "Cataract surgery"),
        ("long-r6", "r6-015", "{{Cataract|d:H26.9}} surgery", "Cataract surgery"),
        ("long-r8", "r8-097", "{{cataract|d:H26.9}} surgery", "cataract surgery"),
        ("long-r8", "r8-108", "elective {{hernia|d:K46.90}} repair", "elective hernia repair"),
        ("long-r33", "r33-037", "open {{hernia|d:K46.90}} repair", "open hernia repair"),
    ],
    "adrenal-by-cause": [  # the sentence puts it on a steroid: the event (the guide's both-list rule by cause)
        ("long-r22", "r22-105", "{{adrenal insufficiency|d:E27.40}} secondary", "{{adrenal insufficiency|%s}} secondary" % EVENT),
        ("long-r8", "r8-026", "Secondary {{adrenal insufficiency|d:E27.40}} from", "Secondary {{adrenal insufficiency|%s}} from" % EVENT),
        ("long-r11", "r11-143", "{{Adrenal insufficiency|d:E27.3}} after stopping", "{{Adrenal insufficiency|%s}} after stopping" % EVENT),
        ("long-r11", "r11-143", "{{tertiary adrenal insufficiency|d:E27.3}}", "{{tertiary adrenal insufficiency|%s}}" % EVENT),
    ],
    "colonization": [  # Colonization, see Carrier: bacterial NEC Z22.39, one span with the organism
        ("long-r31", "r31-102", "{{Pseudomonas|d:B96.5}} colonization", "{{Pseudomonas colonization|d:Z22.39}}"),
        ("long-r8", "r8-046", "{{Pseudomonas|d:B96.5}} colonized", "{{Pseudomonas colonized|d:Z22.39}}"),
    ],
    "intralipid": [("long-r44", "r44-085", "{{Intralipid|b:lipid injectable emulsion}}", "{{Intralipid|b:lipid emulsion}}")],
    "triple-therapy": [  # an anticoagulant and two antiplatelets: the antithrombotic regimen by what it combines
        ("long-r19", "r19-034", "{{triple therapy|r:triple-therapy|-}}", "{{triple therapy|r:triple-antithrombotic-therapy|-}}"),
        ("long-fresh", "fresh-028", "Triple therapy is what", "{{Triple therapy|r:triple-antithrombotic-therapy}} is what"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
