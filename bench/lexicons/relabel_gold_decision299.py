#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 46 (decision 299), one question at a time.

Each QUESTION is one part of the "Labels settled in round 46" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/
README.md. Decision 292's source editor and decision 280's short-set editor do the work with this script's rule and
tables; each edit is printed (set, post, old -> new). Sets named unseen by GOLD_UNSEEN (default here 52,53,54) are
neither read nor written. Afterwards run pair_keys.py on the changed sources and regenerate their jsonl with
markup_to_jsonl.py (the guide's order).

Usage: python3 bench/lexicons/relabel_gold_decision299.py QUESTION [--write]
"""
import functools
import os
import re
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision280 import relabel_readable, relabel_short  # noqa: E402
from relabel_gold_decision292 import markup, relabel_source  # noqa: E402

# The index's code for a transplant rejection by organ (Rejection, transplant, kidney T86.11, liver T86.41, heart
# T86.21); T86.10 / T86.40 / T86.20 are the unspecified complication of that organ's transplant.
REJECTION_CODES = {"T86.10": "T86.11", "T86.40": "T86.41", "T86.20": "T86.21"}


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "old-codes" and kind == "d":
        if ident in REJECTION_CODES and "rejection" in low:
            return markup(surface, "d", REJECTION_CODES[ident], flags), 0
        if ident == "J70.1" and "pneumonitis" in low:  # Pneumonitis, radiation J70.0 (J70.1 is the fibrosis)
            return markup(surface, "d", "J70.0", flags), 0
    return None


def gout_alone(post, surface, flags):
    """A gout flare no drug is blamed for: "gout" is the disease span, "flare" stays outside."""
    old = "{{%s flare|d:M10.9%s}}" % (surface, "|" + flags if flags else "")
    return ("long-" + post.split("-")[0] if not post.startswith("long-") else "long", post, old,
            markup(surface, "d", "M10.9", flags) + " flare")


# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "gout-flare": [gout_alone("r18-061", "gout", "n"), gout_alone("r21-076", "gout", "u"),
                   gout_alone("r22-124", "gout", "")],
    "vaginal-estrogen": [
        ("long-r19", "r19-169", "Vaginal {{estrogen|c:estrogen|+}}", "{{Vaginal estrogen|g:estradiol|+}}"),
        ("long-r27", "r27-157", "Vaginal {{estrogen|c:estrogen}}", "{{Vaginal estrogen|g:estradiol}}"),
    ],
    "immune-globulin": [  # the words name no product and refer back to none: the lexicon's `immune globulin`
        ("long-r42", "r42-009", "{{immune globulin|g:rabies immune globulin|n}}", "{{immune globulin|g:immune globulin|n}}"),
        ("long-r42", "r42-009", "{{globulin|g:rabies immune globulin|u}}", "{{globulin|g:immune globulin|u}}"),
    ],
    "manifestations": [  # a diagnosis of the disease list in a patient, the problem worked up or managed
        ("long-r42", "r42-023", "Eosinophilia workup", "{{Eosinophilia|d:D72.10}} workup"),
        ("long-r42", "r42-067", "painful proctitis", "painful {{proctitis|d:K62.89}}"),
        ("long-r42", "r42-131", "tremor and gingivitis.", "tremor and {{gingivitis|d:K05.10}}."),
    ],
    "immunocompromised": [("long-r25", "r25-093", "Immunocompromised pt", "{{Immunocompromised|d:D84.9}} pt")],
    "supplements": [  # supplements as a group name no drug and have no class id: not annotated
        ("long-r42", "r42-154", "{{supplements|c:dietary-supplement|u}}", "supplements"),
        ("long-r43", "r43-099", "{{supplements|c:dietary-supplement}}", "supplements"),
    ],
    "vaccine-back": [  # "the vaccine" after a named vaccine is that vaccine (every mention, repeats included)
        ("long-r7", "r7-100", "the {{vaccine|c:vaccine}}", "the {{vaccine|g:zoster vaccine recombinant}}"),
        ("long-r13", "r13-031", "give the vaccine once", "give the {{vaccine|g:zoster vaccine recombinant, adjuvanted}} once"),
        ("long-r9", "r9-089", "if the vaccine was", "if the {{vaccine|g:respiratory syncytial virus vaccine}} was"),
    ],
}
# The short set has no source: (file, sentence id, surface, "add" or new type, code).
SHORT = {"erythema-migrans": [("diseases.jsonl", "diseases-120", "erythema migrans", "add", "A69.20")]}


def run_question(argv, rule, judged, short):
    """One QUESTION of argv with a script's own rule and tables over every readable set; decision 309's script calls it."""
    question, write = argv[1], "--write" in argv
    source_edit = functools.partial(relabel_source, rule=rule, judged_table=judged)
    short_edit = functools.partial(relabel_short, table=short)
    total = relabel_readable(lambda p, q, w: source_edit(p, q, w), lambda q, w: short_edit(q, w), question, write)
    listed = len(judged.get(question, [])) + len(short.get(question, []))
    print(f"## {question}: {total} spans changed ({listed} judged edits listed)")


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
