#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 48 (decision 321), one question at a time.

Each QUESTION is one part of the "Labels settled in round 48" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/
README.md. Decision 292's source editor and decision 280's short-set editor do the work with this script's rule and
tables, through decision 299's run_question; each edit is printed (set, post, old -> new). Sets named unseen by
GOLD_UNSEEN (default here 52,53,54) are neither read nor written; long-r45 is readable this round and is edited by the
same rules. Afterwards run pair_keys.py on the changed sources and regenerate their jsonl with markup_to_jsonl.py.

Usage: python3 bench/lexicons/relabel_gold_decision321.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import markup  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402

# Contrast ids the readable sets used for one word (decision 316's list): the lexicon's two classes say what the words
# say, gadolinium for gadolinium, iodinated for the CT and angiography contrast every other readable span names.
CONTRAST_IDS = {"contrast-agent", "contrast-media", "iodinated contrast", "gadolinium-based-contrast-agent"}


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "heart-block" and kind == "d" and ident == "I44.2" and low == "heart block":
        return markup(surface, "d", "I45.9", flags), 0  # Block, heart I45.9; complete (atrioventricular) I44.2
    if question == "contrast" and kind in ("c", "g") and ident in CONTRAST_IDS:
        return markup(surface, "c", "gadolinium-contrast" if "gadolin" in low else "iodinated-contrast", flags), 0
    if question == "sliding-scale" and kind == "g" and ident == "insulin" and low.startswith("sliding scale"):
        rest = surface[len("sliding scale"):].lstrip()
        head = surface[:len(surface) - len(rest)]
        return head + (markup(rest, "g", "insulin", flags) if rest else ""), 0  # a dosing method, not a product
    return None


def event(surface, name, flags=""):
    return "{{%s|ae:%s%s}}" % (surface, name, "|" + flags if flags else "")


OH = "orthostatic hypotension"
# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "hot-flashes": [  # no drug blamed: the disease list's reading, N95.1 in a menopause post, R23.2 (Flushing) otherwise
        ("long-r10", "r10-084", "{{Hot flashes|ae:hot flashes}}", "{{Hot flashes|d:N95.1}}"),
        ("long-r10", "r10-084", "{{hot flashes|ae:hot flashes}}", "{{hot flashes|d:N95.1}}"),
        ("long-r13", "r13-087", "{{hot flashes|ae:hot flashes}}", "{{hot flashes|d:N95.1}}"),
        ("long-r14", "r14-165", "{{hot flashes|ae:hot flush}}", "{{hot flashes|d:N95.1}}"),
        ("long-r19", "r19-013", "{{hot flashes|ae:hot flashes}}", "{{hot flashes|d:N95.1}}"),
        ("long-r27", "r27-150", "{{Hot flashes|ae:hot flush}}", "{{Hot flashes|d:N95.1}}"),
        ("long-r27", "r27-151", "{{hot flashes|ae:hot flush}}", "{{hot flashes|d:R23.2}}"),
        ("long-r6", "r6-081", "{{hot flashes|ae:hot flashes}}", "{{hot flashes|d:N95.1}}"),
        ("long-r7", "r7-021", "{{hot flashes|ae:hot flashes}}", "{{hot flashes|d:N95.1}}"),
        ("long-r17", "r17-060", "{{hot flashes|d:R23.2}}", "{{hot flashes|d:N95.1}}"),
        ("long-r9", "r9-100", "severe hot flashes,", "severe {{hot flashes|d:N95.1}},"),
        ("long-r9", "r9-100", "}}, hot flashes down", "}}, {{hot flashes|d:N95.1}} down"),
        ("long", "long-107", "{{hot flashes|ae:hot flashes}}", "{{hot flashes|d:N95.1}}"),
    ],
    "hypokalemia": [  # round 31's rule (decision 204's guide): the disease unless a drug of the sentence is blamed
        ("long-fresh", "fresh-092", "{{hypokalemia|ae:hypokalemia}}", "{{hypokalemia|d:E87.6}}"),
        ("long-r18", "r18-042", "{{Hypokalemia|ae:hypokalemia}}", "{{Hypokalemia|d:E87.6}}"),
        ("long-r7", "r7-040", "{{hypokalemia|ae:hypokalemia}}", "{{hypokalemia|d:E87.6}}"),
        ("long", "long-022", "{{low K|ae:hypokalemia}}", "{{low K|d:E87.6}}"),
    ],
    "orthostatic": [  # both lists: the event where the sentence blames a drug or watches for it on one
        ("long-r14", "r14-098", "{{orthostasis|d:I95.1}}", event("orthostasis", OH)),
        ("long-r9", "r9-061", "{{orthostasis|d:I95.1}}", event("orthostasis", OH)),
        ("long-r26", "r26-047", "{{orthostasis|d:I95.1|u}}", event("orthostasis", OH, "u")),
        ("long-heldout", "long-108", "{{orthostasis|d:I95.1|u}}", event("orthostasis", OH, "u")),
        ("long-r34", "r34-069", "{{orthostatic hypotension|d:I95.1|u}}", event("orthostatic hypotension", OH, "u")),
        ("long-r7", "r7-001", "{{orthostatic hypotension|ae:hypotension|p1}}", event("orthostatic hypotension", OH, "p1")),
    ],
    "parkinsonism": [  # Parkinsonism, secondary, due to drugs NEC G21.19 where the post blames a drug
        ("long-r30", "r30-026", "{{parkinsonism|d:G20}}", "{{parkinsonism|d:G21.19}}"),
    ],
    "flumist": [  # the nasal live vaccine is its own product, as each influenza vaccine brand is
        ("long-r25", "r25-014", "{{FluMist|b:influenza vaccine live|n}}", "{{FluMist|b:influenza vaccine, live, intranasal|n}}"),
        ("long-r29", "r29-172", "{{FluMist|b:influenza vaccine|u}}", "{{FluMist|b:influenza vaccine, live, intranasal|u}}"),
    ],
    "sliding-scale": [("long-r44", "r44-121", "Stopped {{sliding scale|g:insulin}}", "Stopped sliding scale")],
    "smokers": [  # the conventions: a smoker F17.210, an ex- or former smoker Z87.891, wherever the post describes a patient
        ("long-r10", "r10-023", "young smoker", "young {{smoker|d:F17.210}}"),
        ("long-r12", "r12-022", "52M ex-smoker", "52M {{ex-smoker|d:Z87.891}}"),
        ("long-r12", "r12-026", "a former smoker", "a {{former smoker|d:Z87.891}}"),
        ("long-r12", "r12-160", "66F ex-smoker", "66F {{ex-smoker|d:Z87.891}}"),
        ("long-r15", "r15-016", "a former smoker", "a {{former smoker|d:Z87.891}}"),
        ("long-r21", "r21-073", "71M smoker", "71M {{smoker|d:F17.210}}"),
        ("long-r23", "r23-030", "68, ex-smoker", "68, {{ex-smoker|d:Z87.891}}"),
        ("long-r44", "r44-007", "older smokers", "older {{smokers|d:F17.210}}"),
    ],
}
# The short set has no source: (file, sentence id, surface, new type, code).
SHORT = {"heart-block": [("diseases.jsonl", "diseases-135", "Heart block", "disease", "I45.9")]}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
