#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 51 (decision 349), one question at a time.

Each QUESTION is one part of the "Labels settled in round 51" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/
README.md. Decision 292's source editor and decision 280's short-set editor do the work with this script's rule and
tables, through decision 299's run_question; each edit is printed (set, post, old -> new). Sets named unseen by
GOLD_UNSEEN (pass 52,53,54 this round) are neither read nor written; long-r48 is readable this round and is edited by the
same rules. Afterwards run pair_keys.py on the changed sources and regenerate their jsonl with markup_to_jsonl.py.

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision349.py QUESTION [--write]
"""
import os
import re
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import markup  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "flonase" and kind == "b" and low == "flonase" and ident != "fluticasone":
        return markup(surface, "b", "fluticasone", flags), 0  # the molecule, no salt or route word (round 30)
    if question == "h-pylori" and kind == "d" and ident == "A04.8" and "pylori" in low:
        return markup(surface, "d", "B96.81", flags), 0  # the organism as the cause of the gastric disease treated
    if question == "short-bowel" and kind == "d" and ident == "K91.2" and re.search(r"short (bowel|gut)|sbs", low):
        return markup(surface, "d", "K90.829", flags), 0  # Syndrome, short bowel K90.829 (FY2023; K91.2 excludes it)
    if question == "aseptic-meningitis" and kind == "d" and ident == "A87.9" and "aseptic" in low:
        return markup(surface, "d", "G03.0", flags), 0  # Meningitis, aseptic G03.0 (an inclusion term of G03.0)
    return None


def span(surface, label):
    return "{{%s|%s}}" % (surface, label)


def named(post):
    return "long-fresh" if post.startswith("fresh") else "long" if post.startswith("long-") else "long-" + post.split("-")[0]


def bare(post, surface, label, before="", after=""):
    """A bare mention of one post made a span: (set, post, old markup, new markup)."""
    return named(post), post, before + surface + after, before + span(surface, label) + after


def relabel(post, old, new):
    return named(post), post, old, new


# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "polyps": [  # "polyps" after a named kind is that kind again, as every repeat is (the conventions' first rule)
        bare("fresh-076", "polyps", "d:J33.9", "surgery, ", " back in 8 months"),
        bare("fresh-076", "polyps", "d:J33.9", "}} plus ", " plus aspirin"),
        bare("r17-094", "polyps", "d:J33.9", "shrank the ", " to nothing"),
        bare("r22-094", "polyps", "d:J33.9", "given the ", "?"),
        bare("r41-142", "polyps", "d:J33.9", "}} and ", " regrowing"),
        bare("r43-132", "nasal polyps", "d:J33.9", "Her ", " shrank as a bonus"),
        bare("r7-027", "polyps", "d:J33.9", "surgeries, ", " back within a year"),
        bare("r7-027", "polyps", "d:J33.9", "for the ", "?"),
        bare("long-113", "polyps", "d:J33.9", "sinus surgeries, ", " back within a year each time"),
    ],
    "prematurity": [  # a word naming the newborn as preterm is the index's Preterm, newborn (P07.3-)
        bare("r11-095", "ex-preemie", "d:P07.30", "one ", " with"),
        bare("r29-005", "Late preterm twins", "d:P07.39", "", ", both with"),
        bare("r29-010", "Preterm", "d:P07.30", "", " at 26 weeks"),
        bare("r29-018", "Ex-preemie", "d:P07.30", "", " heading home"),
        bare("r29-030", "Preemie", "d:P07.30", "", " with {{anemia"),
        bare("r33-084", "prematurity", "d:P07.30", "}} from ", ". Externalized"),
        bare("r36-112", "preemie", "d:P07.30", "30-week ", " on day two"),
        bare("r37-143", "Preemie", "d:P07.30", "", " at 26 weeks"),
        bare("r37-167", "Premature baby", "d:P07.30", "", " with {{anemia"),
        bare("r37-168", "late preterm baby", "d:P07.39", "a ", ". Exchange"),
    ],
    "covid-ards": [  # ARDS due to COVID-19 takes both codes (U07.1 and J80), as "ARDS from COVID" has them
        relabel("r24-022", "{{COVID ARDS|d:U07.1}}", span("COVID", "d:U07.1") + " " + span("ARDS", "d:J80")),
        relabel("r45-155", "{{COVID ARDS|d:U07.1}}", span("COVID", "d:U07.1") + " " + span("ARDS", "d:J80")),
    ],
    "aseptic-meningitis": [  # only the disease list names "aseptic meningitis": a disease, and a disease has no pair key
        relabel("r47-079", "{{aseptic meningitis|d:G03.0|u,p1}}", span("aseptic meningitis", "d:G03.0|u")),
    ],
    "pill-esophagitis": [  # only the disease list names esophagitis: the disease (the list rule), "pill" inside
        relabel("r27-032", "pill {{esophagitis|d:K20.90|p1}}", span("pill esophagitis", "d:K20.90")),
        relabel("r29-087", "{{pill esophagitis|ae:oesophagitis|u,p1}}", span("pill esophagitis", "d:K20.90|u")),
        relabel("r40-127", "{{pill esophagitis|ae:esophagitis|p1}}", span("pill esophagitis", "d:K20.90")),
    ],
    "spasticity": [  # spasticity treated with a drug is the reason for it (round 48's findings rule): R25.2
        bare("r36-037", "spasticity", "d:R25.2", "TID for ", " after an"),
        bare("r40-076", "spasticity", "d:R25.2", "Her ", " is on"),
        bare("r44-158", "spasticity", "d:R25.2", "}} for ", " after"),
    ],
    "post-transplant-diabetes": [  # the named entity E13.9 (the lexicon's row; 5 of 8 spans), one span with its "post"
        relabel("r15-095", "Post liver transplant {{diabetes|d:E11.9}}", span("Post liver transplant diabetes", "d:E13.9")),
        relabel("r46-033", "Post-transplant {{diabetes|d:E09.9}}", span("Post-transplant diabetes", "d:E13.9")),
        relabel("long-122", "{{Post transplant diabetes|d:E11.9}}", span("Post transplant diabetes", "d:E13.9")),
    ],
    "steroid-diabetes": [  # round 50's rule: "steroid diabetes" is one span E09.9 (Diabetes, due to drug or chemical)
        relabel("r19-119", "{{steroid|c:corticosteroid|p1}} {{diabetes|d:E09.9}}", span("steroid diabetes", "d:E09.9")),
    ],
    "stomach-bug": [  # a lay name of viral gastroenteritis (the lexicon's A08.4): the conventions annotate a named condition
        bare("r16-063", "stomach bug", "d:A08.4", "after a ", " in a 45M"),
        bare("r35-162", "stomach bug", "d:A08.4|u", "for any ", ". The grandmother"),
        bare("r47-158", "stomach bug", "d:A08.4|f", "the same ", ". Neurosurgery"),
    ],
    "overdose": [  # the patient's overdose named again is round 25's event, paired; a shift's topic stays bare
        relabel("r24-082", "{{acetaminophen|g:acetaminophen}}, INR 6", span("acetaminophen", "g:acetaminophen|p1") + ", INR 6"),
        bare("r24-082", "overdose", "ae:overdose|p1", "with the ", " history"),
    ],
    "gastrostomy": [  # round 50's feeding-tube rule: the tube discussed is the device `u`
        bare("r28-170", "Gastrostomy", "dev:gastrostomy-tube|u", "", " discussion next visit"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
