#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 49 (decision 329), one question at a time.

Each QUESTION is one part of the "Labels settled in round 49" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/
README.md. Decision 292's source editor and decision 280's short-set editor do the work with this script's rule and
tables, through decision 299's run_question; each edit is printed (set, post, old -> new). Sets named unseen by
GOLD_UNSEEN (default here 52,53,54) are neither read nor written; long-r46 is readable this round and is edited by the
same rules. Afterwards run pair_keys.py on the changed sources and regenerate their jsonl with markup_to_jsonl.py.

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision329.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import markup, without_pair_keys  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402

# Event ids the sets used for a subdural a drug is blamed for; the lexicon's and the majority's (7 of 10) is
# `intracranial hemorrhage`, the event row that holds "subdural hematoma" and "SDH".
SUBDURAL_EVENT_IDS = {"subdural hematoma", "subdural hemorrhage"}
# Spellings of the hormonal IUD the sets gave a brand or device id; the words name the drug the device releases.
HORMONAL_IUD = {"hormonal iud", "levonorgestrel iud", "lng-iud", "lng iud", "progestin iud"}


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "subdural" and kind == "ae" and ident in SUBDURAL_EVENT_IDS:
        return markup(surface, "ae", "intracranial hemorrhage", flags), 0
    if question == "driveline" and kind == "ae" and low.startswith("driveline infection"):
        # an infection of the pump's cable is a device complication, not a drug's reaction: T82.7 by the index
        return markup(surface, "d", "T82.7XXA", without_pair_keys(flags)), 0
    if question == "contrast" and kind == "c" and ident == "contrast-agent":
        return markup(surface, "c", "gadolinium-contrast" if "gadolin" in post_text.lower() else "iodinated-contrast",
                      flags), 0
    if question == "iud" and low in HORMONAL_IUD and (kind, ident) != ("g", "levonorgestrel"):
        return markup(surface, "g", "levonorgestrel", flags), 0
    if question == "iud" and kind == "dev" and ident in ("iud", "copper-iud") and "iud" in low:
        return markup(surface, "dev", "intrauterine-device", flags), 0
    return None


def span(surface, label):
    return "{{%s|%s}}" % (surface, label)


IODINATED = "c:iodinated-contrast"
DIATRIZOATE = "diatrizoate meglumine/diatrizoate sodium"
# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "contrast": [  # the agent given, held, kept low or blamed is the class; a study's or thread's name is not a product
        ("long-r18", "r18-039", "gastrografin challenge. Contrast reached",
         span("gastrografin", "b:" + DIATRIZOATE) + " challenge. " + span("Contrast", "g:" + DIATRIZOATE) + " reached"),
        ("long-r33", "r33-035", "challenge. Contrast reached", "challenge. " + span("Contrast", "g:" + DIATRIZOATE) + " reached"),
        ("long-r18", "r18-047", "Minimizing contrast for", "Minimizing " + span("contrast", IODINATED) + " for"),
        ("long-r33", "r33-056", "CT with contrast,", "CT with " + span("contrast", IODINATED) + ","),
        ("long-r33", "r33-103", "ruled out with contrast.", "ruled out with " + span("contrast", IODINATED) + "."),
        ("long-r34", "r34-112", "skip contrast for", "skip " + span("contrast", "c:gadolinium-contrast|n") + " for"),
        ("long-r41", "r41-019", "every contrast study", "every " + span("contrast", IODINATED) + " study"),
        ("long-r9", "r9-064", "plus contrast.", "plus " + span("contrast", IODINATED + "|p1") + "."),
        ("long", "long-140", "repeated it with contrast the", "repeated it with " + span("contrast", IODINATED) + " the"),
        ("long", "long-140", "after the contrast.", "after the " + span("contrast", IODINATED) + "."),
        ("long", "long-140", "give the contrast.", "give the " + span("contrast", IODINATED) + "."),
        ("long", "long-140", "than iodinated contrast ever", "than " + span("iodinated contrast", IODINATED) + " ever"),
    ],
    "subdural": [  # a subdural after a fall or a head strike is the injury, S06.5X- (Hematoma, subdural, traumatic)
        ("long-r44", "r44-119", "{{subdural|d:I62.00|n}}", "{{subdural|d:S06.5X0A|n}}"),
        ("long-r22", "r22-026", "and a subdural last year", "and a {{subdural|d:S06.5X0A}} last year"),
    ],
    "knee-pain": [  # round 30's findings rule: the reason for a drug is annotated (Pain, joint, knee M25.56-)
        ("long-r11", "r11-048", "for his knee pain,", "for his {{knee pain|d:M25.569}},"),
        ("long-r11", "r11-068", "for knee pain.", "for {{knee pain|d:M25.569}}."),
        ("long-r14", "r14-138", "for knee pain is", "for {{knee pain|d:M25.569}} is"),
        ("long-r36", "r36-048", "for knee pain and", "for {{knee pain|d:M25.569}} and"),
    ],
    "foot-drop": [("long-r40", "r40-045", "woman with foot drop and", "woman with {{foot drop|d:M21.379}} and")],
    "toe-ulcer": [("long-fresh", "fresh-051", "non healing toe ulcer", "non healing {{toe ulcer|d:L97.509}}")],
    "peg-prep": [("long-r44", "r44-029", "{{PEG-based prep|g:polyethylene glycol}}", "{{PEG|g:polyethylene glycol}}-based prep")],
    "diverticular-bleed": [  # the disease list's K57.91 (Diverticulosis, with bleeding) on a drug too, as 2 of 3 spans
        ("long-r6", "r6-066", "{{Eliquis|b:apixaban|p1}} and {{Plavix|b:clopidogrel|p1}} with {{diverticular bleed|ae:gi bleed|p1}}",
         "{{Eliquis|b:apixaban}} and {{Plavix|b:clopidogrel}} with {{diverticular bleed|d:K57.91}}"),
    ],
    "cocaine": [  # a screen's drug is the substance taken (r26's "Cocaine positive tox screen"); a user is F14.90
        ("long-r24", "r24-148", "Cocaine positive.", "{{Cocaine|g:cocaine}} positive."),
        ("long-r45", "r45-061", "Cocaine screen negative.", "{{Cocaine|g:cocaine|n}} screen negative."),
        ("long-fresh", "fresh-037", "44M cocaine user,", "44M {{cocaine user|d:F14.90}},"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
