#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 51 (decision 355), one question at a time.

The questions are the surfaces decisions 347, 350 and 353 found labelled two ways; each is one part of the "Labels
settled in round 51" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md (after decision 349's). Decision
292's source editor and decision 280's short-set editor do the work through decision 299's run_question; each edit is
printed (set, post, old -> new). Sets named unseen by GOLD_UNSEEN (pass 52,53,54 this round) are neither read nor
written. Afterwards run pair_keys.py on the changed sources and regenerate their jsonl with markup_to_jsonl.py.

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision355.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import markup  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402
# decision 349's helpers name a post's set and write one judged edit; this script's tables use them as they are
from relabel_gold_decision349 import bare, relabel, span  # noqa: E402


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    if question == "tenofovir" and kind == "g" and ident == "tenofovir disoproxil fumarate" \
            and surface.lower() == "tenofovir":
        return markup(surface, "g", "tenofovir", flags), 0  # the id the word says; the salt is not written
    low = surface.lower()
    if question == "product-ids" and kind == "b":
        if low == "santyl" and ident != "collagenase":
            return markup(surface, "b", "collagenase", flags), 0  # the lexicon's id, 2 of 3 spans (Xiaflex's is apart)
        if low.startswith("enstilar") and ident == "calcipotriene/betamethasone dipropionate":
            return markup(surface, "b", "calcipotriene/betamethasone", flags), 0  # salt words drop (round 30)
    if question == "contraception" and kind == "c" and ident == "hormonal-contraceptive" and low == "contraception":
        return surface, 0  # the practice, any method: bare, as 22 readable mentions are
    return None


def opioid_split(post, key):
    """"Opioid overdose" as one event span split into the class word and the event, paired (round 25's overdose rule)."""
    old = span("Opioid overdose", "ae:overdose" + ("|" + key if key else ""))
    return relabel(post, old, span("Opioid", "c:opioid|" + (key or "p1")) + " " + span("overdose", "ae:overdose|" + (key or "p1")))


# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "vaccine": [  # vaccines a patient gets, has had, is held from or reacts to, none named: the class (14 of 20 spans)
        bare("r10-041", "Vaccines", "c:vaccine", "", " done."),
        bare("r10-079", "vaccines", "c:vaccine", "needed, ", " up to date"),
        bare("r12-125", "vaccines", "c:vaccine", "}} in ", ", and some"),
        bare("r9-131", "vaccines", "c:vaccine", "gelatin ", ". Anyone"),
        bare("r14-113", "vaccine", "c:vaccine", "Pre-travel and ", " catch-up"),
        bare("r30-172", "vaccines", "c:vaccine", "Pre transplant ", " for a liver"),
        # "the live vaccine" after named vaccines is the live one named (decision 299's vaccine refer-back)
        bare("r18-168", "live vaccine", "g:yellow fever vaccine", "before the ", "; none"),
        bare("r25-038", "live vaccine", "b:chikungunya vaccine", "with the ", ". We are"),
    ],
    "caffeine": [  # caffeine taken is the drug caffeine (23 of 26 spans), in a pre-workout or for a headache too
        bare("fresh-081", "caffeine", "g:caffeine", "400 mg ", "."),
        bare("r13-021", "caffeine", "g:caffeine", "faded with ", ", as promised"),
        bare("r14-075", "caffeine", "g:caffeine", "first month, ", " helped"),
    ],
    "lithium-toxicity": [  # the event list's "Lithium toxicity" row: one event span, paired with the lithium (12 of 15)
        relabel("r13-042", span("Lithium", "g:lithium|p2") + " " + span("toxicity", "ae:toxicity|p2"),
                span("Lithium toxicity", "ae:lithium toxicity|p1")),
        relabel("r24-035", span("lithium", "g:lithium carbonate") + " toxicity",
                span("lithium toxicity", "ae:lithium toxicity|p1")),
        relabel("r28-028", span("Lithium", "g:lithium|p2") + " " + span("toxicity", "ae:toxicity|p2"),
                span("Lithium toxicity", "ae:lithium toxicity|p1")),
    ],
    "opioid-overdose": [  # the event list names "overdose", not "opioid overdose": class word and event, paired
        opioid_split("r14-119", "p1"), opioid_split("r17-134", "p1"), opioid_split("r18-117", ""),
        opioid_split("r20-154", "p1"),
    ],
    "cranberry": [  # cranberry discussed for UTI prevention is the supplement, `u` as the labelled 3 of 5 are
        bare("r10-111", "Cranberry", "g:cranberry|u", "prevention. ", " helps"),
        bare("r11-034", "Cranberry", "g:cranberry|u", "help. ", " juice is useless"),
        bare("r11-076", "Cranberry", "g:cranberry|u", "}}. ", " meh"),
    ],
    "areds": [  # the formula named is its id (the lexicon's areds2 row); "vitamins" inside, as "AREDS vitamins" is
        bare("r13-063", "AREDS2 vitamins", "g:areds2", "He chose ", " for now"),
    ],
    "obstruction-again": [  # "a complete obstruction" after a malignant bowel obstruction is it again (every mention)
        bare("r13-140", "obstruction", "d:K56.699", "with a complete ", "."),
        bare("r29-165", "obstruction", "d:K56.699", "with a complete ", ". Venting"),
    ],
    "trait-again": [  # "trait" alone after sickle cell trait is that trait again (every mention; r42 so)
        bare("r43-065", "trait", "d:D57.3", "misunderstanding, ", " needs none"),
    ],
    "contraception": [  # "emergency contraception" names the emergency contraceptive class (2 of 3 spans)
        bare("r27-148", "Emergency contraception", "c:emergency-contraceptive", "", ". {{ella"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
